// SPDX-License-Identifier: MIT
/*
 * Isolation between ADIs (SIOV §2.3-2.6). Three ADIs in three address spaces (a portal, a ring,
 * a shared queue):
 *  - a portal descriptor that names another ADI's PASID in its own PASID field still runs in its
 *    ADI's address space: the same IOVA holds different data in the two spaces, and the result
 *    is its own data while the other space is untouched;
 *  - writing every register offset of one ADI's page (all ones) changes nothing of the other
 *    ADIs and nothing of its own identity (its PASIDs read back unchanged);
 *  - an ADI cannot raise another ADI's IMS entry (0x19, the entry stays silent);
 *  - a read fault in one ADI's move ends only that move (0x03); the other ADIs' concurrent
 *    moves complete bit-exactly.
 */
#include "adi_util.h"
#include "siov/siov_adi_page_regs.h"
#include "siov/siov_bar0_regs.h"
#include "siov_test.h"

SIOV_TEST_CONFIG(.summary = "ADIs cannot reach each other's data, pages, identity or interrupts");

#define BIG (128 * 1024)

struct side {
	struct adi_ctx c;
	uint32_t pasid;
	int as;
	struct siov_dma_buf src, dst, crs;
};

static struct siov_dev *d;
static struct side s[3];

static bool up(unsigned int i, unsigned int adi, enum siov_adi_mode mode)
{
	struct side *x = &s[i];
	struct siov_adi_config cfg = {0};

	x->pasid = 0x400 + i;
	/* No skew: the three spaces hand out the same IOVAs for the same allocation order. */
	CHECK_OK(adi_as_new(d, x->pasid, 0, &x->as));
	CHECK_OK(siov_dma_alloc(d, x->as, BIG, &x->src));
	CHECK_OK(siov_dma_alloc(d, x->as, BIG, &x->dst));
	CHECK_OK(siov_dma_alloc(d, x->as, 4096, &x->crs));
	siov_test_fill_random(x->src.cpu, BIG);
	cfg.mode = mode;
	cfg.desc_pasid = cfg.data_pasid = x->pasid;
	cfg.int_pasid = SIOV_NO_PASID;
	cfg.queue_size = 4;
	cfg.ring_entries = 8;
	cfg.swq_threshold = 4;
	CHECK_OK(adi_ctx_up(d, adi, &cfg, x->as, &x->c));
	return true;
}

static struct dsa_completion_record *cr(unsigned int i, unsigned int k)
{
	return (struct dsa_completion_record *)((uint8_t *)s[i].crs.cpu + 32 * k);
}

static void move(unsigned int i, unsigned int k, uint64_t so, uint64_t dof, uint32_t len,
		 uint32_t pasid_field)
{
	struct dsa_hw_desc desc;

	memset(cr(i, k), 0, 32);
	siov_desc_memmove(&desc, s[i].src.iova + so, s[i].dst.iova + dof, len,
			  s[i].crs.iova + 32 * k, 0);
	siov_desc_set_pasid(&desc, pasid_field, false);
	CHECK_OK(adi_submit(&s[i].c, &desc));
}

bool test_main(void)
{
	struct siov_dev_caps caps;
	struct siov_dvsec dv = {0};
	struct dsa_hw_desc desc;
	struct siov_adi_status before[3], after;
	uint64_t page_a, page_size;
	uint32_t v, pas[3];
	unsigned int head_b;
	uint8_t zero[4096] = {0};

	d = siov_test_dev();
	CHECK_OK(adi_env_init(d, 1, &caps));
	if (!up(0, 30, SIOV_ADI_PORTAL) || !up(1, 31, SIOV_ADI_RING) || !up(2, 32, SIOV_ADI_SHARED))
		return false;
	CHECK_EQ(s[0].src.iova, s[1].src.iova, "same IOVA, different address spaces");

	/* 1. A descriptor of ADI 30 naming ADI 31's PASID runs with ADI 30's PASID. */
	move(0, 0, 0, 0, 4096, s[1].pasid);
	CHECK_EQ(adi_cr_wait(d, cr(0, 0), 200000), DSA_COMP_SUCCESS);
	CHECK_ARRAYS_EQ(s[0].dst.cpu, s[0].src.cpu, 4096, "its own data");
	CHECK_ARRAYS_EQ(s[1].dst.cpu, zero, 4096, "the other space untouched");
	CHECK_EQ(cr(1, 0)->status, 0);

	/* 2. Every register offset of ADI 30's page, all ones: nothing else changes. */
	CHECK_OK(siov_dvsec_read(d, &dv));
	page_size = dv.system_page_size;
	page_a = siov_wq_page(s[0].c.wq);
	move(1, 1, 0, 8192, 64, 0); /* ADI 31's ring: tail 1, head 1 once fetched */
	CHECK_EQ(adi_cr_wait(d, cr(1, 1), 200000), DSA_COMP_SUCCESS);
	for (unsigned int i = 0; i < 3; i++) {
		CHECK_OK(siov_adi_status(d, s[i].c.adi, &before[i]));
		CHECK_OK(siov_mmio_read32(d, 0, SIOV_BAR0_ADI_DESC_PASID_ADDR(s[i].c.adi), &pas[i]));
	}
	CHECK_OK(siov_swerr_clear(d));
	for (uint64_t off = 0; off < page_size; off += 4) {
		if (off >= SIOV_ADI_PAGE_PORTAL_OFFSET && off < SIOV_ADI_PAGE_SWQ_OFFSET + 64)
			continue; /* the submission windows take whole descriptors */
		CHECK_OK(siov_mmio_write32(d, 2, page_a + off, 0xffffffffu));
	}
	for (unsigned int i = 0; i < 3; i++) {
		CHECK_OK(siov_adi_status(d, s[i].c.adi, &after));
		CHECK_EQ(after.state, before[i].state, "ADI %u", s[i].c.adi);
		CHECK_EQ(after.occupancy, before[i].occupancy, "ADI %u", s[i].c.adi);
		CHECK_OK(siov_mmio_read32(d, 0, SIOV_BAR0_ADI_DESC_PASID_ADDR(s[i].c.adi), &v));
		CHECK_EQ(v, pas[i], "ADI %u PASID identity", s[i].c.adi);
	}
	CHECK_OK(siov_ring_head(s[1].c.wq, &head_b));
	CHECK_EQ(head_b, 1, "ADI 31's ring untouched");
	CHECK_OK(siov_mmio_read32(d, 2, siov_wq_page(s[1].c.wq), &v));
	CHECK_EQ(v, 1, "ADI 31's tail untouched");
	/* The page still works for its owner. */
	move(0, 2, 100, 100, 3000, 0);
	CHECK_EQ(adi_cr_wait(d, cr(0, 2), 200000), DSA_COMP_SUCCESS);

	/* 3. ADI 30 asks for ADI 31's interrupt: refused, silent. */
	siov_desc_noop(&desc, s[0].crs.iova + 32 * 3, 0);
	siov_desc_set_int(&desc, s[1].c.ims);
	CHECK_OK(adi_submit(&s[0].c, &desc));
	CHECK_EQ(adi_cr_wait(d, cr(0, 3), 200000), DSA_COMP_INT_HANDLE_INVAL);
	siov_wait(d, 5000);
	CHECK_EQ(siov_ims_count(d, s[1].c.ims), 0);

	/* 4. A fault in ADI 30 while 31 and 32 move 128 KiB each. */
	move(1, 4, 0, 0, BIG, 0);
	move(2, 4, 0, 0, BIG, s[2].pasid);
	move(0, 4, BIG - 4096, 0, 8192, 0); /* runs into the unmapped page after src */
	CHECK_EQ(adi_cr_wait(d, cr(0, 4), 400000), DSA_COMP_PAGE_FAULT_NOBOF);
	CHECK_EQ(cr(0, 4)->bytes_completed, 4096);
	for (unsigned int i = 1; i < 3; i++) {
		CHECK_EQ(adi_cr_wait(d, cr(i, 4), 1000000), DSA_COMP_SUCCESS, "ADI %u", s[i].c.adi);
		CHECK_ARRAYS_EQ(s[i].dst.cpu, s[i].src.cpu, BIG, "ADI %u bit-exact", s[i].c.adi);
	}
	return true;
}
