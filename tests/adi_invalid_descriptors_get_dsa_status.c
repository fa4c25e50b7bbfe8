// SPDX-License-Identifier: MIT
/*
 * Every invalid descriptor gets its DSA status code in its completion record (or in SWERR when
 * the record itself cannot be written), and the ADI keeps working: after each bad descriptor a
 * good memory move on the same ADI completes bit-exactly. Also: no-op, drain and a batch of
 * moves succeed; a read fault ends a move with a partial completion; a batch with a failing
 * descriptor or an unreadable list reports batch failure / batch fault.
 */
#include "adi_util.h"
#include "siov/siov_bar0_regs.h"
#include "siov_test.h"

SIOV_TEST_CONFIG(.summary = "invalid descriptors: DSA status codes, the ADI keeps working");

#define BUFSZ (16 * 1024)

static struct siov_dev *d;
static struct adi_ctx a, b, sh;
static struct siov_dma_buf src, dst, crs, list;
static unsigned int ncr;

/* A fresh completion record. */
static uint64_t next_cr(struct dsa_completion_record **cr)
{
	*cr = (struct dsa_completion_record *)((uint8_t *)crs.cpu + 32 * ncr);
	return crs.iova + 32 * ncr++;
}

/* Submit on ADI a and return the completion status. */
static int run(struct adi_ctx *c, struct dsa_hw_desc *desc, struct dsa_completion_record *cr)
{
	CHECK_OK(adi_submit(c, desc));
	return adi_cr_wait(d, cr, 300000);
}

/* A good move on the ADI still works. */
static bool still_works(struct adi_ctx *c)
{
	struct dsa_hw_desc desc;
	struct dsa_completion_record *cr;
	uint32_t len = (uint32_t)siov_test_rand_range(1, 5000);
	uint32_t so = (uint32_t)siov_test_rand_range(0, BUFSZ / 2 - len);
	uint32_t dof = (uint32_t)siov_test_rand_range(0, BUFSZ / 2 - len);

	siov_desc_memmove(&desc, src.iova + so, dst.iova + dof, len, next_cr(&cr), 0);
	CHECK_EQ(run(c, &desc, cr), DSA_COMP_SUCCESS, "good move after a bad descriptor");
	CHECK_ARRAYS_EQ((uint8_t *)dst.cpu + dof, (uint8_t *)src.cpu + so, len);
	return true;
}

/* A bad descriptor on ADI a: its status (and invalid-flags field), then a good one. */
static bool expect(const char *what, struct dsa_hw_desc *desc, struct dsa_completion_record *cr,
		   unsigned int status, uint32_t bad_flags)
{
	LOG_INFO("%s: expect status 0x%02x", what, status);
	CHECK_EQ(run(&a, desc, cr), status, "%s", what);
	if (status == DSA_COMP_INVALID_FLAGS)
		CHECK_EQ(cr->invalid_flags, bad_flags, "%s: invalid flags field", what);
	return still_works(&a);
}

bool test_main(void)
{
	struct siov_adi_config cfg = {0};
	struct dsa_hw_desc desc, *sub;
	struct dsa_completion_record *cr, *scr;
	struct siov_swerr e;
	int as;

	d = siov_test_dev();
	CHECK_OK(adi_env_init(d, 1, NULL));
	CHECK_OK(adi_as_new(d, 0x42, 0, &as));
	CHECK_OK(siov_dma_alloc(d, as, BUFSZ, &src));
	CHECK_OK(siov_dma_alloc(d, as, BUFSZ, &dst));
	CHECK_OK(siov_dma_alloc(d, as, 32 * 256, &crs));
	CHECK_OK(siov_dma_alloc(d, as, 4096, &list));
	siov_test_fill_random(src.cpu, BUFSZ);

	/* ADI a: dedicated portal, every opcode but no-op allowed. ADI b: another portal. */
	cfg.mode = SIOV_ADI_PORTAL;
	cfg.desc_pasid = cfg.data_pasid = 0x42;
	cfg.int_pasid = SIOV_NO_PASID;
	cfg.queue_size = 4;
	cfg.ops = 0xe | 1u << DSA_OPCODE_COPY_CRC; /* batch, drain, memmove, copy with CRC */
	CHECK_OK(adi_ctx_up(d, 5, &cfg, as, &a));
	cfg.ops = 0;
	CHECK_OK(adi_ctx_up(d, 6, &cfg, as, &b));

	/* Valid: drain, a batch of moves. */
	siov_desc_drain(&desc, next_cr(&cr), 0);
	CHECK_EQ(run(&a, &desc, cr), DSA_COMP_SUCCESS, "drain");
	sub = list.cpu;
	siov_desc_memmove(&sub[0], src.iova, dst.iova + 8192, 1000, next_cr(&scr), 0);
	siov_desc_memmove(&sub[1], src.iova + 1000, dst.iova + 9192, 3000, 0, 0);
	siov_desc_batch(&desc, list.iova, 2, next_cr(&cr), 0);
	CHECK_EQ(run(&a, &desc, cr), DSA_COMP_SUCCESS, "batch");
	CHECK_EQ(cr->bytes_completed, 2, "descriptors processed");
	CHECK_EQ(scr->status, DSA_COMP_SUCCESS, "record of the first descriptor of the batch");
	CHECK_ARRAYS_EQ((uint8_t *)dst.cpu + 8192, src.cpu, 4000);
	/* A drain cannot be part of a batch: 0x10 for it, batch failure for the batch. */
	siov_desc_memmove(&sub[0], src.iova, dst.iova + 8192, 100, 0, 0);
	siov_desc_drain(&sub[1], next_cr(&scr), 0);
	siov_desc_batch(&desc, list.iova, 2, next_cr(&cr), 0);
	CHECK_EQ(run(&a, &desc, cr), DSA_COMP_BATCH_FAIL, "batch with a drain");
	CHECK_EQ(scr->status, DSA_COMP_BAD_OPCODE, "the drain inside");
	if (!still_works(&a))
		return false;
	/* No-op on ADI b (allowed there). */
	siov_desc_noop(&desc, next_cr(&cr), 0);
	CHECK_EQ(run(&b, &desc, cr), DSA_COMP_SUCCESS, "no-op");

	/* 0x10: opcode the device does not have; opcode not in the ADI's bitmap. */
	siov_desc_noop(&desc, next_cr(&cr), 0);
	desc.opcode = 0x3f;
	if (!expect("unsupported opcode", &desc, cr, DSA_COMP_BAD_OPCODE, 0))
		return false;
	siov_desc_noop(&desc, next_cr(&cr), 0);
	if (!expect("no-op not allowed on this ADI", &desc, cr, DSA_COMP_BAD_OPCODE, 0))
		return false;
	/* 0x11: Block On Fault; destination readback; reserved flag bit 6. */
	siov_desc_memmove(&desc, src.iova, dst.iova, 64, next_cr(&cr), IDXD_OP_FLAG_BOF);
	if (!expect("block on fault", &desc, cr, DSA_COMP_INVALID_FLAGS, IDXD_OP_FLAG_BOF))
		return false;
	siov_desc_memmove(&desc, src.iova, dst.iova, 64, next_cr(&cr),
			  IDXD_OP_FLAG_DRDBK | 0x40);
	if (!expect("readback + bit 6", &desc, cr, DSA_COMP_INVALID_FLAGS,
		    IDXD_OP_FLAG_DRDBK | 0x40))
		return false;
	/* 0x12: reserved bytes 38-39; operation-specific bytes of a move. */
	siov_desc_memmove(&desc, src.iova, dst.iova, 64, next_cr(&cr), 0);
	desc.rsvd1 = 1;
	if (!expect("reserved bytes 38-39", &desc, cr, DSA_COMP_NOZERO_RESERVE, 0))
		return false;
	siov_desc_memmove(&desc, src.iova, dst.iova, 64, next_cr(&cr), 0);
	desc.delta_addr = 0x1000;
	if (!expect("operation-specific bytes", &desc, cr, DSA_COMP_NOZERO_RESERVE, 0))
		return false;
	/* 0x13: transfer size 0; beyond the maximum (2 MiB). */
	siov_desc_memmove(&desc, src.iova, dst.iova, 0, next_cr(&cr), 0);
	if (!expect("size 0", &desc, cr, DSA_COMP_XFER_ERANGE, 0))
		return false;
	siov_desc_memmove(&desc, src.iova, dst.iova + (4u << 20), (2u << 20) + 1, next_cr(&cr), 0);
	if (!expect("size 2 MiB + 1", &desc, cr, DSA_COMP_XFER_ERANGE, 0))
		return false;
	/* 0x14: batch of 1; of 33. */
	siov_desc_batch(&desc, list.iova, 1, next_cr(&cr), 0);
	if (!expect("batch of 1", &desc, cr, DSA_COMP_DESC_CNT_ERANGE, 0))
		return false;
	siov_desc_batch(&desc, list.iova, 33, next_cr(&cr), 0);
	if (!expect("batch of 33", &desc, cr, DSA_COMP_DESC_CNT_ERANGE, 0))
		return false;
	/* 0x16: overlapping source and destination (memory move handles overlap; copy with CRC
	 * does not, as on DSA). */
	siov_desc_copy_crc(&desc, src.iova, src.iova + 100, 200, 0, next_cr(&cr), 0);
	if (!expect("overlap", &desc, cr, DSA_COMP_OVERLAP_BUFFERS, 0))
		return false;
	/* 0x18: batch list not 64-byte aligned. */
	siov_desc_batch(&desc, list.iova + 32, 2, next_cr(&cr), 0);
	if (!expect("list misaligned", &desc, cr, DSA_COMP_DESCLIST_ALIGN, 0))
		return false;
	/* 0x19: a handle bound to ADI b; a handle beyond the IMS. b gets no message. */
	siov_desc_noop(&desc, next_cr(&cr), 0);
	desc.opcode = DSA_OPCODE_DRAIN;
	siov_desc_set_int(&desc, b.ims);
	if (!expect("handle of another ADI", &desc, cr, DSA_COMP_INT_HANDLE_INVAL, 0))
		return false;
	siov_desc_drain(&desc, next_cr(&cr), 0);
	siov_desc_set_int(&desc, 0xffff);
	if (!expect("handle beyond the IMS", &desc, cr, DSA_COMP_INT_HANDLE_INVAL, 0))
		return false;
	CHECK_EQ(siov_ims_count(d, b.ims), 0, "ADI b's entry was never raised");
	/* A batch inside a batch: 0x10 for it, batch failure for the batch. */
	sub = list.cpu;
	siov_desc_memmove(&sub[0], src.iova, dst.iova, 10, next_cr(&scr), 0);
	siov_desc_batch(&sub[1], list.iova, 2, next_cr(&scr), 0);
	siov_desc_batch(&desc, list.iova, 2, next_cr(&cr), 0);
	if (!expect("batch in a batch", &desc, cr, DSA_COMP_BATCH_FAIL, 0))
		return false;
	CHECK_EQ(scr->status, DSA_COMP_BAD_OPCODE, "the inner batch");
	CHECK_EQ(cr->bytes_completed, 2);
	/* Read fault: the page after src is not mapped: 0x03 with the bytes before it. */
	siov_desc_memmove(&desc, src.iova + BUFSZ - 100, dst.iova + 8192, 5000, next_cr(&cr), 0);
	if (!expect("source runs into an unmapped page", &desc, cr, DSA_COMP_PAGE_FAULT_NOBOF, 0))
		return false;
	CHECK_EQ(cr->bytes_completed, 100);
	CHECK_EQ(cr->fault_addr, src.iova + BUFSZ);
	/* Batch list unreadable: batch page fault. */
	siov_desc_batch(&desc, list.iova + 8192, 2, next_cr(&cr), 0);
	if (!expect("unreadable list", &desc, cr, DSA_COMP_BATCH_PAGE_FAULT, 0))
		return false;

	/* 0x1B: misaligned completion record: no record, SWERR has it. */
	CHECK_OK(siov_swerr_clear(d));
	siov_desc_memmove(&desc, src.iova, dst.iova, 64, crs.iova + 32 * ncr + 8, 0);
	CHECK_OK(adi_submit(&a, &desc));
	siov_wait(d, 3000);
	CHECK_OK(siov_swerr_read(d, &e));
	CHECK(e.valid, "SWERR latched");
	CHECK_EQ(e.code, DSA_COMP_CRA_ALIGN);
	CHECK(e.adi_valid && e.adi == a.adi);
	CHECK_EQ(e.opcode, DSA_OPCODE_MEMMOVE);
	CHECK_EQ(e.addr, crs.iova + 32 * ncr + 8);
	CHECK(e.pasid_valid && e.pasid == 0x42);
	/* RCR without CRAV: invalid flags, reported in SWERR (no record address). */
	CHECK_OK(siov_swerr_clear(d));
	siov_desc_memmove(&desc, src.iova, dst.iova, 64, 0, IDXD_OP_FLAG_RCR);
	CHECK_OK(adi_submit(&a, &desc));
	siov_wait(d, 3000);
	CHECK_OK(siov_swerr_read(d, &e));
	CHECK(e.valid && e.code == DSA_COMP_INVALID_FLAGS, "code 0x%x", e.code);
	if (!still_works(&a))
		return false;

	/* 0x1D: a privileged shared-queue descriptor while Privileged Mode is disabled. */
	cfg.mode = SIOV_ADI_SHARED;
	cfg.ops = 0;
	cfg.swq_threshold = 4;
	CHECK_OK(adi_ctx_up(d, 7, &cfg, as, &sh));
	CHECK_OK(siov_pasid_enable(d, false, false));
	siov_desc_memmove(&desc, src.iova, dst.iova, 64, next_cr(&cr), 0);
	siov_desc_set_pasid(&desc, 0x42, true);
	CHECK_EQ(run(&sh, &desc, cr), DSA_COMP_PRIV_BAD, "privileged descriptor");
	/* Bits 30:20 of a shared-queue descriptor's PASID field are reserved. */
	siov_desc_memmove(&desc, src.iova, dst.iova, 64, next_cr(&cr), 0);
	siov_desc_set_pasid(&desc, 0x42, false);
	desc.rsvd = 1;
	CHECK_EQ(run(&sh, &desc, cr), DSA_COMP_NOZERO_RESERVE, "PASID field bits 30:20");
	siov_desc_memmove(&desc, src.iova, dst.iova + 100, 64, next_cr(&cr), 0);
	siov_desc_set_pasid(&desc, 0x42, false);
	CHECK_EQ(run(&sh, &desc, cr), DSA_COMP_SUCCESS, "the shared queue still works");
	return true;
}
