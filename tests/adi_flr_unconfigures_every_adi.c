// SPDX-License-Identifier: MIT
/*
 * Function Level Reset resets every ADI and leaves none configured: with ADIs enabled and moves
 * in flight, after FLR the device is disabled, every ADI is disabled with its privileged
 * registers at their reset values, every IMS entry is unbound and masked, SWERR is clear, and
 * no request of the old work reaches memory; the device can then be set up again from scratch.
 */
#include "adi_util.h"
#include "siov/siov_bar0_regs.h"
#include "siov_test.h"

SIOV_TEST_CONFIG(.summary = "FLR: every ADI disabled and unconfigured, IMS unbound");

#define LEN (256 * 1024)

bool test_main(void)
{
	struct siov_dev *d = siov_test_dev();
	struct siov_dev_caps caps = {0};
	struct siov_adi_config cfg = {0};
	struct adi_ctx c[3];
	struct siov_dma_buf src = {0}, dst = {0}, crs = {0};
	struct dsa_hw_desc desc;
	struct siov_adi_status st;
	struct siov_ims_entry e;
	struct siov_swerr sw;
	uint32_t v;
	int as;

	CHECK_OK(adi_env_init(d, 1, &caps));
	CHECK_OK(adi_as_new(d, 0x99, 0, &as));
	CHECK_OK(siov_dma_alloc(d, as, LEN, &src));
	CHECK_OK(siov_dma_alloc(d, as, 4 * LEN, &dst));
	CHECK_OK(siov_dma_alloc(d, as, 4096, &crs));
	siov_test_fill_random(src.cpu, LEN);
	cfg.desc_pasid = cfg.data_pasid = 0x99;
	cfg.int_pasid = SIOV_NO_PASID;
	cfg.queue_size = 4;
	cfg.ring_entries = 8;
	cfg.swq_threshold = 4;
	for (unsigned int i = 0; i < 3; i++) {
		cfg.mode = (enum siov_adi_mode)i;
		CHECK_OK(adi_ctx_up(d, 50 + i, &cfg, as, &c[i]));
	}
	for (unsigned int i = 0; i < 3; i++) {
		siov_desc_memmove(&desc, src.iova, dst.iova + i * (uint64_t)LEN, LEN,
				  crs.iova + 32 * i, 0);
		siov_desc_set_pasid(&desc, 0x99, false);
		CHECK_OK(adi_submit(&c[i], &desc));
	}
	siov_wait(d, 2000);
	CHECK_OK(siov_mmio_write32(d, 0, SIOV_BAR0_ADI_CTRL_ADDR(50), 0)); /* a SWERR (0x44) */

	CHECK_OK(siov_flr(d));
	for (unsigned int i = 0; i < 3; i++)
		adi_ctx_close(&c[i]);
	siov_wait(d, 50000);
	for (unsigned int i = 0; i < 3; i++)
		CHECK_EQ(((struct dsa_completion_record *)crs.cpu)[i].status, 0,
			 "no completion record of the work the FLR cut short");

	CHECK_OK(siov_mmio_read32(d, 0, SIOV_BAR0_GENSTS_OFFSET, &v));
	CHECK_EQ(v & SIOV_BAR0_GENSTS_STATE_MASK, SIOV_BAR0_GENSTS_STATE_DISABLED);
	for (unsigned int n = 0; n < caps.num_adis; n++) {
		CHECK_OK(siov_adi_status(d, n, &st));
		CHECK_EQ(st.state, SIOV_BAR0_ADI_STATUS_STATE_DISABLED, "ADI %u", n);
		CHECK_EQ(st.occupancy + st.inflight + st.overflow + st.err, 0, "ADI %u", n);
		CHECK_OK(siov_mmio_read32(d, 0, SIOV_BAR0_ADI_CTRL_ADDR(n), &v));
		CHECK_EQ(v, SIOV_BAR0_ADI_CTRL_RESET, "ADI %u ctrl", n);
		CHECK_OK(siov_mmio_read32(d, 0, SIOV_BAR0_ADI_QUEUE_ADDR(n), &v));
		CHECK_EQ(v, 0, "ADI %u queue", n);
		CHECK_OK(siov_mmio_read32(d, 0, SIOV_BAR0_ADI_DESC_PASID_ADDR(n), &v));
		CHECK_EQ(v, 0, "ADI %u desc_pasid", n);
		CHECK_OK(siov_mmio_read32(d, 0, SIOV_BAR0_ADI_OPS_LO_ADDR(n), &v));
		CHECK_EQ(v, SIOV_BAR0_ADI_OPS_LO_RESET, "ADI %u ops_lo", n);
	}
	for (unsigned int i = 0; i < 3; i++) {
		CHECK_OK(siov_ims_read(d, c[i].ims, &e));
		CHECK(!e.bound && e.masked && !e.pending, "IMS entry %u after FLR", c[i].ims);
	}
	CHECK_OK(siov_swerr_read(d, &sw));
	CHECK(!sw.valid, "SWERR cleared");

	/* Set up again from scratch and move data. */
	CHECK_OK(adi_env_init(d, 1, NULL));
	cfg.mode = SIOV_ADI_PORTAL;
	CHECK_OK(adi_ctx_up(d, 50, &cfg, as, &c[0]));
	memset(dst.cpu, 0, dst.size);
	siov_desc_memmove(&desc, src.iova, dst.iova, LEN, crs.iova + 32 * 8, 0);
	CHECK_OK(adi_submit(&c[0], &desc));
	CHECK_EQ(adi_cr_wait(d, (void *)((uint8_t *)crs.cpu + 32 * 8), 1000000), DSA_COMP_SUCCESS);
	CHECK_ARRAYS_EQ(dst.cpu, src.cpu, LEN);
	adi_ctx_close(&c[0]);
	return true;
}
