// SPDX-License-Identifier: MIT
/*
 * Back-pressure on the direct paths. Shared work queue (DMWr, ENQCMD semantics): Successful
 * Completion while there is room, Request Retry Status once the queue holds swq_threshold
 * entries (unprivileged) or is full (privileged), with the queue unchanged by a refused DMWr;
 * a DMWr to an ADI not in shared mode, or not a full 64-byte write to the swq window, gets UR;
 * libsiov's submit retries with back-off until the device takes the descriptor. Dedicated
 * portal: descriptors that find the queue full are dropped, counted in adi[n].overflow and
 * reported in SWERR (0x40); nothing queued is overwritten and every accepted descriptor
 * completes. A portal write that is not one aligned 64-byte write is dropped (SWERR 0x45).
 */
#include "adi_util.h"
#include "siov/siov_adi_page_regs.h"
#include "siov/siov_bar0_regs.h"
#include "siov_test.h"

SIOV_TEST_CONFIG(.summary = "SWQ: SC / Retry / UR, threshold, library retries; portal overflow");

#define LEN (256 * 1024)
#define QSZ 4

static struct siov_dev *d;
static struct siov_dma_buf src, dst, crs;

static struct dsa_completion_record *cr_at(unsigned int i)
{
	return (struct dsa_completion_record *)((uint8_t *)crs.cpu + 32 * i);
}

static void mk(struct dsa_hw_desc *desc, unsigned int i, uint32_t pasid, bool priv)
{
	siov_desc_memmove(desc, src.iova, dst.iova + (uint64_t)i * LEN, LEN, crs.iova + 32 * i, 0);
	siov_desc_set_pasid(desc, pasid, priv);
}

static unsigned int dmwr(struct adi_ctx *c, uint64_t off, const struct dsa_hw_desc *desc)
{
	unsigned int status = 99;

	CHECK_OK(siov_mmio_dmwr(d, 2, siov_wq_page(c->wq) + off, desc, &status));
	return status;
}

bool test_main(void)
{
	struct siov_adi_config cfg = {0};
	struct adi_ctx sh = {0}, po = {0};
	struct dsa_hw_desc desc;
	struct siov_adi_status st;
	struct siov_swerr e;
	const uint32_t P = 0x66;
	unsigned int n = 0, sc_first;
	int as;

	d = siov_test_dev();
	CHECK_OK(adi_env_init(d, 1, NULL));
	CHECK_OK(adi_as_new(d, P, 0, &as));
	CHECK_OK(siov_dma_alloc(d, as, LEN, &src));
	CHECK_OK(siov_dma_alloc(d, as, 32 * (size_t)LEN, &dst));
	CHECK_OK(siov_dma_alloc(d, as, 32 * 32, &crs));
	siov_test_fill_random(src.cpu, LEN);

	cfg.desc_pasid = cfg.data_pasid = P;
	cfg.int_pasid = SIOV_NO_PASID;
	cfg.queue_size = QSZ;
	cfg.max_inflight = 1; /* one long move runs, the rest waits in the queue */
	cfg.swq_threshold = 2;
	cfg.mode = SIOV_ADI_SHARED;
	CHECK_OK(adi_ctx_up(d, 20, &cfg, as, &sh));
	cfg.mode = SIOV_ADI_PORTAL;
	cfg.queue_size = 2;
	CHECK_OK(adi_ctx_up(d, 21, &cfg, as, &po));

	/* Shared queue: 1 dispatched + 2 queued unprivileged, then Retry at the threshold. */
	sc_first = n;
	mk(&desc, n++, P, false);
	CHECK_EQ(dmwr(&sh, SIOV_ADI_PAGE_SWQ_OFFSET, &desc), SIOV_DMWR_SC);
	siov_wait(d, 200);
	for (unsigned int i = 0; i < 2; i++) {
		mk(&desc, n++, P, false);
		CHECK_EQ(dmwr(&sh, SIOV_ADI_PAGE_SWQ_OFFSET, &desc), SIOV_DMWR_SC, "queued %u", i);
	}
	CHECK_OK(siov_adi_status(d, sh.adi, &st));
	CHECK_EQ(st.inflight, 1);
	CHECK_EQ(st.occupancy, 2);
	mk(&desc, n, P, false);
	CHECK_EQ(dmwr(&sh, SIOV_ADI_PAGE_SWQ_OFFSET, &desc), SIOV_DMWR_RRS, "unprivileged at threshold");
	CHECK_OK(siov_adi_status(d, sh.adi, &st));
	CHECK_EQ(st.occupancy, 2, "a refused DMWr leaves the queue unchanged");
	/* Privileged submitters (ENQCMDS) may fill the queue. */
	for (unsigned int i = 0; i < 2; i++) {
		mk(&desc, n++, P, true);
		CHECK_EQ(dmwr(&sh, SIOV_ADI_PAGE_SWQ_OFFSET, &desc), SIOV_DMWR_SC, "privileged %u", i);
	}
	mk(&desc, n, P, true);
	CHECK_EQ(dmwr(&sh, SIOV_ADI_PAGE_SWQ_OFFSET, &desc), SIOV_DMWR_RRS, "privileged, full");
	/* Wrong window, partial write: UR. Portal-mode ADI: UR. */
	CHECK_EQ(dmwr(&sh, SIOV_ADI_PAGE_PORTAL_OFFSET, &desc), SIOV_DMWR_UR, "DMWr to the portal");
	CHECK_EQ(dmwr(&po, SIOV_ADI_PAGE_SWQ_OFFSET, &desc), SIOV_DMWR_UR, "ADI not in shared mode");
	/* The library retries until the running move finishes and makes room. */
	mk(&desc, n++, P, false);
	CHECK_OK(siov_submit_swq(sh.wq, &desc));
	CHECK(siov_wq_last_retries(sh.wq) > 0, "took %u retries", siov_wq_last_retries(sh.wq));
	LOG_INFO("library submit needed %u retries", siov_wq_last_retries(sh.wq));
	for (unsigned int i = sc_first; i < n; i++) {
		CHECK_EQ(adi_cr_wait(d, cr_at(i), 4000000), DSA_COMP_SUCCESS, "shared move %u", i);
		CHECK_ARRAYS_EQ((uint8_t *)dst.cpu + (size_t)i * LEN, src.cpu, LEN, "move %u", i);
	}

	/* Portal: 1 running + 2 queued; the next 3 are dropped and counted. */
	CHECK_OK(siov_swerr_clear(d));
	sc_first = n;
	for (unsigned int i = 0; i < 6; i++) {
		mk(&desc, n++, 0, false);
		CHECK_OK(siov_submit_portal(po.wq, &desc));
		if (i == 0)
			siov_wait(d, 200);
	}
	CHECK_OK(siov_adi_status(d, po.adi, &st));
	CHECK_EQ(st.overflow, 3, "three descriptors found the queue full");
	CHECK_OK(siov_swerr_read(d, &e));
	CHECK(e.valid && e.code == SIOV_BAR0_SWERR_STATUS_CODE_PORTAL_OVERFLOW && e.adi == po.adi,
	      "SWERR portal_overflow (0x%x)", e.code);
	CHECK(e.overflow, "the later drops set SWERR overflow");
	for (unsigned int i = sc_first; i < sc_first + 3; i++) {
		CHECK_EQ(adi_cr_wait(d, cr_at(i), 4000000), DSA_COMP_SUCCESS, "portal move %u", i);
		CHECK_ARRAYS_EQ((uint8_t *)dst.cpu + (size_t)i * LEN, src.cpu, LEN, "move %u", i);
	}
	siov_wait(d, 20000);
	for (unsigned int i = sc_first + 3; i < n; i++)
		CHECK_EQ(cr_at(i)->status, 0, "dropped descriptor %u never ran", i);
	CHECK_OK(siov_adi_clear_overflow(d, po.adi));
	CHECK_OK(siov_adi_status(d, po.adi, &st));
	CHECK_EQ(st.overflow, 0, "overflow is write-1-to-clear");

	/* A 32-byte write to the portal: dropped, SWERR bad_submission. */
	CHECK_OK(siov_swerr_clear(d));
	mk(&desc, n, 0, false);
	CHECK_OK(siov_mmio_write(d, 2, siov_wq_page(po.wq) + SIOV_ADI_PAGE_PORTAL_OFFSET, &desc, 32));
	siov_wait(d, 20000);
	CHECK_EQ(cr_at(n)->status, 0);
	CHECK_OK(siov_swerr_read(d, &e));
	CHECK(e.valid && e.code == SIOV_BAR0_SWERR_STATUS_CODE_BAD_SUBMISSION, "code 0x%x", e.code);
	return true;
}
