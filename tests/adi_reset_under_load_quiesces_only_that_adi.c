// SPDX-License-Identifier: MIT
/*
 * Reset of one ADI under load (SIOV §2.7): four ADIs (ring, portal, shared queue, portal), each
 * in its own address space, run large memory moves; ADI v is reset while its moves are in
 * flight (one at a time: its max_inflight is 1). When reset_adi reports completion the link carries no further request of v (no read,
 * no data write, no completion record: nothing with v's PASIDs), v is disabled with its
 * configuration kept, the move it was running was stopped part-way (no completion record, not
 * all of its data written) and its queued moves were discarded, and every other ADI's moves
 * complete bit-exactly. v then works again after
 * enable_adi (head and tail restart at 0).
 */
#include "adi_util.h"
#include "siov/siov_bar0_regs.h"
#include "sim.h"
#include "siov_test.h"

SIOV_TEST_CONFIG(.summary = "reset of one ADI under load: nothing of it after, others exact",
		 .sim_only = true);

#define NADI  4
#define NDESC 6
#define LEN   (96 * 1024)

struct load {
	struct adi_ctx c;
	uint32_t pasid;
	struct siov_dma_buf src, dst, crs;
	struct dsa_hw_desc desc[NDESC];
};

static struct load ld[NADI];

static bool setup(struct siov_dev *d, unsigned int i, enum siov_adi_mode mode, unsigned int adi)
{
	struct load *l = &ld[i];
	struct siov_adi_config cfg = {0};
	int as;

	l->pasid = 0x100 + i;
	CHECK_OK(adi_as_new(d, l->pasid, (size_t)i << 20, &as));
	CHECK_OK(siov_dma_alloc(d, as, (size_t)NDESC * LEN, &l->src));
	CHECK_OK(siov_dma_alloc(d, as, (size_t)NDESC * LEN, &l->dst));
	CHECK_OK(siov_dma_alloc(d, as, NDESC * 32, &l->crs));
	siov_test_fill_random(l->src.cpu, l->src.size);
	cfg.mode = mode;
	cfg.desc_pasid = cfg.data_pasid = l->pasid;
	cfg.int_pasid = SIOV_NO_PASID;
	cfg.queue_size = NDESC;
	cfg.ring_entries = 16;
	cfg.swq_threshold = NDESC;
	cfg.max_inflight = mode == SIOV_ADI_PORTAL && i == NADI - 1 ? 1 : 0;
	CHECK_OK(adi_ctx_up(d, adi, &cfg, as, &l->c));
	for (unsigned int k = 0; k < NDESC; k++) {
		siov_desc_memmove(&l->desc[k], l->src.iova + (uint64_t)k * LEN,
				  l->dst.iova + (uint64_t)k * LEN, LEN, l->crs.iova + 32 * k, 0);
		siov_desc_set_pasid(&l->desc[k], l->pasid, false);
	}
	return true;
}

static void submit_all(struct load *l)
{
	for (unsigned int k = 0; k < NDESC; k++)
		CHECK_OK(adi_submit(&l->c, &l->desc[k]), "ADI %u descriptor %u", l->c.adi, k);
}

bool test_main(void)
{
	struct siov_dev *d = siov_test_dev();
	const enum siov_adi_mode modes[NADI] = {SIOV_ADI_RING, SIOV_ADI_PORTAL, SIOV_ADI_SHARED,
						SIOV_ADI_PORTAL};
	const unsigned int v = 3; /* the victim: ld[v] */
	struct dsa_completion_record *cr;
	struct siov_adi_status st = {0};
	uint64_t t_done;
	unsigned int after = 0, before = 0, v_done = 0;

	CHECK_OK(adi_env_init(d, 1, NULL));
	for (unsigned int i = 0; i < NADI; i++) {
		if (!setup(d, i, modes[i], 10 + 7 * i))
			return false;
	}
	for (unsigned int i = 0; i < NADI; i++)
		submit_all(&ld[i]);

	/* Let the victim get going: some of its data written, moves still in flight. */
	cr = ld[v].crs.cpu;
	for (int n = 0; n < 400 && cr[0].status == 0; n++)
		siov_wait(d, 100);
	/* ... and its second move dispatched. */
	for (int n = 0; n < 100; n++) {
		CHECK_OK(siov_adi_status(d, ld[v].c.adi, &st));
		if (st.inflight)
			break;
		siov_wait(d, 20);
	}
	CHECK(st.inflight > 0, "victim busy when reset (inflight %u, occupancy %u)", st.inflight,
	      st.occupancy);

	sim_capture_start();
	CHECK_OK(siov_adi_reset(d, ld[v].c.adi));
	t_done = siov_now(d);
	CHECK_OK(siov_adi_status(d, ld[v].c.adi, &st));
	CHECK_EQ(st.state, SIOV_BAR0_ADI_STATUS_STATE_DISABLED);
	CHECK_EQ(st.occupancy, 0);
	CHECK_EQ(st.inflight, 0);

	/* The others finish, exactly. */
	for (unsigned int i = 0; i < NADI; i++) {
		if (i == v)
			continue;
		cr = ld[i].crs.cpu;
		for (unsigned int k = 0; k < NDESC; k++) {
			CHECK_EQ(adi_cr_wait(d, &cr[k], 2000000), DSA_COMP_SUCCESS, "ADI %u desc %u",
				 ld[i].c.adi, k);
		}
		CHECK_ARRAYS_EQ(ld[i].dst.cpu, ld[i].src.cpu, ld[i].src.size, "ADI %u", ld[i].c.adi);
	}
	siov_wait(d, 20000);
	sim_capture_stop();

	/* Nothing with the victim's PASID after the reset completed. */
	for (unsigned int k = 0; k < sim_capture_count(); k++) {
		const struct sim_tlp_rec *rec = sim_capture_get(k);
		struct tlp t;

		sim_capture_tlp(rec, &t);
		if (!t.has_prefix || tlp_pasid(&t) != ld[v].pasid)
			continue;
		if (rec->cycle > t_done)
			after++;
		else
			before++;
	}
	LOG_INFO("victim: %u requests during the reset, %u after it", before, after);
	CHECK_EQ(after, 0, "no request of the reset ADI after reset_adi completed");
	cr = ld[v].crs.cpu;
	for (unsigned int k = 0; k < NDESC; k++)
		v_done += cr[k].status != 0;
	CHECK_EQ(v_done, 1, "only the move that completed before the reset has a record");
	CHECK(memcmp((uint8_t *)ld[v].dst.cpu + LEN, (uint8_t *)ld[v].src.cpu + LEN, LEN) != 0,
	      "the move in flight was stopped part-way");
	for (unsigned int k = 0; k < NDESC; k++) {
		if (cr[k].status) {
			CHECK_EQ(cr[k].status, DSA_COMP_SUCCESS);
			CHECK_ARRAYS_EQ((uint8_t *)ld[v].dst.cpu + (size_t)k * LEN,
					(uint8_t *)ld[v].src.cpu + (size_t)k * LEN, LEN);
		}
	}
	CHECK_EQ(sim_checker_violations(), 0);

	/* Configuration kept: enable again and run everything once more. */
	memset(ld[v].crs.cpu, 0, ld[v].crs.size);
	memset(ld[v].dst.cpu, 0, ld[v].dst.size);
	CHECK_OK(siov_adi_enable(d, ld[v].c.adi));
	submit_all(&ld[v]);
	for (unsigned int k = 0; k < NDESC; k++)
		CHECK_EQ(adi_cr_wait(d, &cr[k], 2000000), DSA_COMP_SUCCESS, "after re-enable %u", k);
	CHECK_ARRAYS_EQ(ld[v].dst.cpu, ld[v].src.cpu, ld[v].src.size);
	return true;
}
