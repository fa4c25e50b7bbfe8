// SPDX-License-Identifier: MIT
/*
 * The direct-path pages of BAR2 repeat at the DVSEC System Page Size: with 4 KiB pages ADI n's
 * page is at n * 4 KiB, with 64 KiB pages at n * 64 KiB, so each page can be mapped on its own.
 * Each page shows its own ADI (status: mode, enabled; doorbell: its tail), a doorbell written
 * through page n moves only ADI n's ring, offsets inside a large page past the first 4 KiB stay
 * in that page, and work submitted through a page runs on its ADI. Offsets beyond the last ADI's
 * page read 0.
 */
#include "adi_util.h"
#include "siov/siov_adi_page_regs.h"
#include "siov_test.h"

SIOV_TEST_CONFIG(.summary = "BAR2 page stride follows the System Page Size (4 KiB, 64 KiB)");

#define NADI 4

static bool run(struct siov_dev *d, uint64_t page)
{
	struct adi_ctx c[NADI];
	struct siov_dma_buf src = {0}, dst = {0}, crs = {0};
	struct dsa_hw_desc desc;
	const enum siov_adi_mode modes[NADI] = {SIOV_ADI_RING, SIOV_ADI_PORTAL, SIOV_ADI_RING,
						SIOV_ADI_SHARED};
	uint32_t v;
	int as;

	LOG_INFO("system page size %llu KiB", (unsigned long long)page >> 10);
	CHECK_OK(siov_device_reset(d));
	CHECK_OK(siov_set_system_page_size(d, page));
	CHECK_OK(siov_device_enable(d));
	CHECK_OK(adi_as_new(d, 0x55, 0, &as));
	CHECK_OK(siov_dma_alloc(d, as, 8192, &src));
	CHECK_OK(siov_dma_alloc(d, as, 8192, &dst));
	CHECK_OK(siov_dma_alloc(d, as, 4096, &crs));
	siov_test_fill_random(src.cpu, 8192);
	for (unsigned int n = 0; n < NADI; n++) {
		struct siov_adi_config cfg = {0};

		cfg.mode = modes[n];
		cfg.desc_pasid = cfg.data_pasid = 0x55;
		cfg.int_pasid = SIOV_NO_PASID;
		cfg.queue_size = 4;
		cfg.ring_entries = 16;
		cfg.swq_threshold = 4;
		CHECK_OK(adi_ctx_up(d, n, &cfg, as, &c[n]));
		CHECK_EQ(siov_wq_page(c[n].wq), n * page, "page of ADI %u", n);
	}
	/* Each page shows its own ADI. */
	for (unsigned int n = 0; n < NADI; n++) {
		CHECK_OK(siov_mmio_read32(d, 2, n * page + SIOV_ADI_PAGE_STATUS_OFFSET, &v));
		CHECK_EQ(v & SIOV_ADI_PAGE_STATUS_ENABLED_MASK, 1, "ADI %u enabled", n);
		CHECK_EQ((v & SIOV_ADI_PAGE_STATUS_MODE_MASK) >> SIOV_ADI_PAGE_STATUS_MODE_SHIFT,
			 modes[n], "page %u shows ADI %u's mode", n, n);
	}
	/* Doorbells: ADI 0 tail 3, ADI 2 tail 5, through their own pages (no-op descriptors). */
	for (unsigned int k = 0; k < 5; k++) {
		siov_desc_noop(&desc, 0, 0);
		if (k < 3)
			CHECK_OK(siov_submit_ring(c[0].wq, &c[0].ring, &desc, 1));
		CHECK_OK(siov_submit_ring(c[2].wq, &c[2].ring, &desc, 1));
	}
	CHECK_OK(siov_mmio_read32(d, 2, 0 * page + SIOV_ADI_PAGE_DOORBELL_OFFSET, &v));
	CHECK_EQ(v, 3, "ADI 0's tail");
	CHECK_OK(siov_mmio_read32(d, 2, 2 * page + SIOV_ADI_PAGE_DOORBELL_OFFSET, &v));
	CHECK_EQ(v, 5, "ADI 2's tail");
	/* Past the first 4 KiB of a large page: still that page (no register there). */
	if (page > 4096) {
		CHECK_OK(siov_mmio_write32(d, 2, 1 * page + 4096 + SIOV_ADI_PAGE_DOORBELL_OFFSET, 7));
		CHECK_OK(siov_mmio_read32(d, 2, 2 * page + SIOV_ADI_PAGE_DOORBELL_OFFSET, &v));
		CHECK_EQ(v, 5, "a write at 4 KiB into page 1 did not reach page 2");
		CHECK_OK(siov_mmio_read32(d, 2, 1 * page + 4096 + SIOV_ADI_PAGE_STATUS_OFFSET, &v));
		CHECK_EQ(v, 0, "nothing mapped past 4 KiB inside a page");
	}
	/* Beyond the last ADI's page (64 ADIs). */
	if (64 * page < siov_bar(d, 2)->size) {
		CHECK_OK(siov_mmio_read32(d, 2, 64 * page + SIOV_ADI_PAGE_STATUS_OFFSET, &v));
		CHECK_EQ(v, 0, "no ADI beyond the last page");
	}
	/* Work through ADI 1's page (portal) runs on ADI 1. */
	siov_desc_memmove(&desc, src.iova, dst.iova, 8192, crs.iova, 0);
	CHECK_OK(siov_submit_portal(c[1].wq, &desc));
	CHECK_EQ(adi_cr_wait(d, crs.cpu, 200000), DSA_COMP_SUCCESS);
	CHECK_ARRAYS_EQ(dst.cpu, src.cpu, 8192);
	for (unsigned int n = 0; n < NADI; n++)
		adi_ctx_close(&c[n]);
	return true;
}

bool test_main(void)
{
	struct siov_dev *d = siov_test_dev();

	CHECK_OK(adi_env_init(d, 1, NULL));
	return run(d, 4096) && run(d, 64 * 1024);
}
