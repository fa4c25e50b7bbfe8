// SPDX-License-Identifier: MIT
/*
 * The three submission paths (ring with doorbell, dedicated portal with 64-byte posted writes,
 * shared work queue with DMWr) each move data bit-exactly, write a DSA completion record per
 * descriptor and raise the ADI's IMS interrupt when asked; every memory request carries the
 * right PASID: ring fetches and completion records the ADI's descriptor PASID, data the ADI's
 * data PASID (shared queue: the submitter PASID from descriptor bytes 0-3 for both), whatever
 * a ring or portal descriptor says in its own PASID field. Ring descriptors submitted together
 * are fetched several per read.
 */
#include "adi_util.h"
#include "sim.h"
#include "siov_test.h"

SIOV_TEST_CONFIG(.summary = "ring / portal / shared queue: data, completion records, PASIDs",
		 .sim_only = true);

#define NDESC   6
#define BUFSZ   (64 * 1024)
#define FOREIGN 0x5a5a5u

struct path {
	enum siov_adi_mode mode;
	unsigned int adi;
	uint32_t desc_pasid, data_pasid, submitter;
};

static bool run_path(struct siov_dev *d, const struct path *p)
{
	struct siov_adi_config cfg = {0};
	struct adi_ctx c = {0};
	struct siov_dma_buf src = {0}, dst = {0}, crs = {0};
	struct dsa_hw_desc desc[NDESC];
	struct dsa_completion_record *cr;
	uint32_t off_s[NDESC], off_d[NDESC], len[NDESC];
	int as_desc, as_data;
	uint32_t dp = p->mode == SIOV_ADI_SHARED ? p->submitter : p->desc_pasid;
	uint32_t xp = p->mode == SIOV_ADI_SHARED ? p->submitter : p->data_pasid;
	unsigned int irqs;

	LOG_INFO("path %s on ADI %u", siov_adi_mode_name(p->mode), p->adi);
	/* Address spaces of the descriptor side and of the data; IOVAs skewed so that the two
	 * never coincide. */
	CHECK_OK(adi_as_new(d, dp, 0, &as_desc));
	if (xp != dp)
		CHECK_OK(adi_as_new(d, xp, 1 << 20, &as_data));
	else
		as_data = as_desc;
	CHECK_OK(siov_dma_alloc(d, as_desc, NDESC * 32, &crs));
	CHECK_OK(siov_dma_alloc(d, as_data, BUFSZ, &src));
	CHECK_OK(siov_dma_alloc(d, as_data, BUFSZ, &dst));
	siov_test_fill_random(src.cpu, BUFSZ);
	cr = crs.cpu;

	cfg.mode = p->mode;
	cfg.desc_pasid = p->desc_pasid;
	cfg.data_pasid = p->data_pasid;
	cfg.int_pasid = SIOV_NO_PASID;
	cfg.queue_size = 8;
	cfg.ring_entries = 16;
	cfg.swq_threshold = 8;
	CHECK_OK(adi_ctx_up(d, p->adi, &cfg, as_desc, &c));

	for (unsigned int i = 0; i < NDESC; i++) {
		len[i] = (uint32_t)siov_test_rand_range(1, 9000);
		off_s[i] = (uint32_t)siov_test_rand_range(0, BUFSZ / NDESC - len[i]) +
			   i * (BUFSZ / NDESC);
		off_d[i] = (uint32_t)siov_test_rand_range(0, BUFSZ / NDESC - len[i]) +
			   i * (BUFSZ / NDESC);
		siov_desc_memmove(&desc[i], src.iova + off_s[i], dst.iova + off_d[i], len[i],
				  crs.iova + 32 * i, 0);
		if (p->mode == SIOV_ADI_SHARED)
			siov_desc_set_pasid(&desc[i], p->submitter, false);
		else
			siov_desc_set_pasid(&desc[i], FOREIGN, false); /* must be ignored */
	}
	siov_desc_set_int(&desc[NDESC - 1], c.ims);

	sim_capture_start();
	if (p->mode == SIOV_ADI_RING) {
		CHECK_OK(siov_submit_ring(c.wq, &c.ring, desc, NDESC)); /* one doorbell */
	} else {
		for (unsigned int i = 0; i < NDESC; i++)
			CHECK_OK(adi_submit(&c, &desc[i]), "descriptor %u", i);
	}
	for (unsigned int i = 0; i < NDESC; i++) {
		CHECK_EQ(adi_cr_wait(d, &cr[i], 400000), DSA_COMP_SUCCESS, "descriptor %u", i);
		CHECK_EQ(cr[i].bytes_completed, len[i], "descriptor %u", i);
		CHECK_ARRAYS_EQ((uint8_t *)dst.cpu + off_d[i], (uint8_t *)src.cpu + off_s[i], len[i],
				"descriptor %u", i);
	}
	CHECK_OK(siov_ims_wait(d, c.ims, 100000), "completion interrupt");
	siov_wait(d, 2000);
	CHECK_EQ(siov_ims_count(d, c.ims), 1, "one interrupt: only the last descriptor asked");
	sim_capture_stop();

	struct pasid_region r[] = {
		{c.ring.iova, c.ring.iova + 64ull * cfg.ring_entries, dp, 0, 0},
		{crs.iova, crs.iova + crs.size, dp, 0, 0},
		{src.iova, src.iova + src.size, xp, 0, 0},
		{dst.iova, dst.iova + dst.size, xp, 0, 0},
	};
	adi_check_capture(r, 4, &irqs);
	CHECK_EQ(irqs, 1);
	CHECK_EQ(r[1].writes, NDESC, "one completion-record write per descriptor");
	CHECK(r[2].reads >= NDESC && r[3].writes >= NDESC, "data moved with the data PASID");
	if (p->mode == SIOV_ADI_RING) {
		CHECK(r[0].reads >= 1 && r[0].reads < NDESC,
		      "%u ring reads for %u descriptors: several per read", r[0].reads, NDESC);
	} else {
		CHECK_EQ(r[0].reads, 0);
	}
	CHECK_EQ(sim_checker_violations(), 0);
	adi_ctx_close(&c);
	return true;
}

bool test_main(void)
{
	struct siov_dev *d = siov_test_dev();
	const struct path paths[] = {
		{SIOV_ADI_RING, 3, 0x00101, 0x00202, 0},
		{SIOV_ADI_PORTAL, 17, 0x00303, 0x00404, 0},
		{SIOV_ADI_SHARED, 40, 0x00505, 0x00606, 0x00707},
	};

	CHECK_OK(adi_env_init(d, 1, NULL));
	for (unsigned int i = 0; i < 3; i++) {
		if (!run_path(d, &paths[i]))
			return false;
	}
	return true;
}
