// SPDX-License-Identifier: MIT
/*
 * In-memory interrupt table (patent claims 10-11): an ADI in interrupt-table mode reads the
 * entry its descriptor names from a table in host memory with its interrupt PASID (not its
 * descriptor or data PASID), caches it (a second interrupt reads nothing), keeps using the
 * cached entry after the table changes until invalidate_int_table, then reads the new one; a
 * masked entry sends nothing; a handle beyond the table size fails with 0x19; an entry that
 * cannot be read sends nothing and is reported in SWERR (0x43).
 */
#include "adi_util.h"
#include "siov/siov_bar0_regs.h"
#include "sim.h"
#include "siov_test.h"

SIOV_TEST_CONFIG(.summary = "in-memory interrupt table: interrupt PASID, cache, invalidate",
		 .sim_only = true);

#define ADI   12
#define PD    0x201u /* descriptor and data PASID */
#define PI    0x202u /* interrupt PASID */
#define NENT  512    /* entries the ADI may name; the buffer holds 256 */

static struct siov_dev *d;
static struct adi_ctx a;
static struct siov_dma_buf crs, tbl;
static unsigned int ncr;

static int noop_irq(unsigned int h)
{
	struct dsa_hw_desc desc;
	struct dsa_completion_record *cr = (void *)((uint8_t *)crs.cpu + 32 * ncr);

	siov_desc_noop(&desc, crs.iova + 32 * ncr++, 0);
	siov_desc_set_int(&desc, h);
	CHECK_OK(adi_submit(&a, &desc));
	return adi_cr_wait(d, cr, 100000);
}

/* Table reads (interrupt PASID) seen in the capture. */
static unsigned int table_reads(void)
{
	struct pasid_region r[] = {
		{tbl.iova, tbl.iova + 2 * tbl.size, PI, 0, 0},
		{crs.iova, crs.iova + crs.size, PD, 0, 0},
	};

	adi_check_capture(r, 2, NULL);
	return r[0].reads;
}

bool test_main(void)
{
	struct siov_adi_config cfg = {0};
	struct siov_swerr e;
	uint64_t ad[4];
	uint32_t da[4];
	int as_d, as_i;

	d = siov_test_dev();
	CHECK_OK(adi_env_init(d, 1, NULL));
	CHECK_OK(adi_as_new(d, PD, 0, &as_d));
	CHECK_OK(adi_as_new(d, PI, 1 << 20, &as_i));
	CHECK_OK(siov_dma_alloc(d, as_d, 4096, &crs));
	CHECK_OK(siov_dma_alloc(d, as_i, 4096, &tbl));
	for (unsigned int i = 0; i < 4; i++) {
		CHECK_OK(siov_itbl_msg(d, ADI, i, &ad[i], &da[i]));
		CHECK_OK(siov_itbl_set(&tbl, i, ad[i], da[i], i == 1));
	}
	cfg.mode = SIOV_ADI_PORTAL;
	cfg.desc_pasid = cfg.data_pasid = PD;
	cfg.int_pasid = PI;
	cfg.queue_size = 4;
	cfg.int_table = true;
	cfg.itbl_iova = tbl.iova;
	cfg.itbl_entries = NENT;
	CHECK_OK(adi_ctx_up(d, ADI, &cfg, as_d, &a));

	/* Entry 2: read with the interrupt PASID, message delivered. */
	sim_capture_start();
	CHECK_EQ(noop_irq(2), DSA_COMP_SUCCESS);
	CHECK_OK(siov_itbl_wait(d, ADI, 2, 20000));
	CHECK_EQ(table_reads(), 1, "one read of the entry");
	/* Again: from the cache, no read. */
	sim_capture_start();
	CHECK_EQ(noop_irq(2), DSA_COMP_SUCCESS);
	CHECK_OK(siov_itbl_wait(d, ADI, 2, 20000));
	CHECK_EQ(table_reads(), 0, "cached");
	/* The table changes (entry 2 now carries entry 3's message): the cached copy is used until
	 * invalidate_int_table. */
	CHECK_OK(siov_itbl_set(&tbl, 2, ad[3], da[3], false));
	CHECK_EQ(noop_irq(2), DSA_COMP_SUCCESS);
	CHECK_OK(siov_itbl_wait(d, ADI, 2, 20000), "stale cached entry still used");
	CHECK_OK(siov_int_table_invalidate(d, ADI));
	sim_capture_start();
	CHECK_EQ(noop_irq(2), DSA_COMP_SUCCESS);
	CHECK_OK(siov_itbl_wait(d, ADI, 3, 20000), "new entry after invalidate");
	CHECK_EQ(table_reads(), 1, "read again after invalidate");
	CHECK_EQ(siov_itbl_count(d, ADI, 2), 3);
	/* Masked entry 1: nothing. */
	CHECK_EQ(noop_irq(1), DSA_COMP_SUCCESS);
	siov_wait(d, 20000);
	CHECK_EQ(siov_itbl_count(d, ADI, 1), 0, "masked table entry sends nothing");
	/* Beyond the table size: 0x19. */
	CHECK_EQ(noop_irq(NENT), DSA_COMP_INT_HANDLE_INVAL);
	/* Entry 300 lies in the unmapped page after the buffer: SWERR itbl_fault, no message. */
	CHECK_OK(siov_swerr_clear(d));
	CHECK_EQ(noop_irq(300), DSA_COMP_SUCCESS);
	siov_wait(d, 20000);
	CHECK_OK(siov_swerr_read(d, &e));
	CHECK(e.valid && e.code == SIOV_BAR0_SWERR_STATUS_CODE_ITBL_FAULT && e.adi == ADI,
	      "SWERR itbl_fault (0x%x)", e.code);
	CHECK_EQ(e.addr, tbl.iova + 300 * 16);
	CHECK_EQ(sim_checker_violations(), 0);
	adi_ctx_close(&a);
	return true;
}
