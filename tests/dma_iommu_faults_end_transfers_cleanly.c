// SPDX-License-Identifier: MIT
/*
 * DMA faults: a read of an address the IOMMU does not map (or of a PASID with no address space)
 * is answered with UR; the transfer ends with "read UR", nothing is written, the fault is
 * recorded with the request's PASID and address, the function logs Received Master Abort, and
 * the next transfer works. A write to an unmapped address is dropped by the IOMMU and recorded
 * (posted writes have no completion: the channel cannot know).
 */
#include <linux/pci_regs.h>

#include "diag.h"
#include "siov/siov_bar0_regs.h"
#include "siov_test.h"
#include "sim.h"

SIOV_TEST_CONFIG(.summary = "IOMMU faults: read UR ends the transfer; write fault recorded",
		 .sim_only = true);

#define PASID 0x321u

bool test_main(void)
{
	struct siov_dev *d = siov_test_dev();
	struct siov_dma_buf src = {0}, dst = {0};
	struct diag_req r = {0};
	struct sim_fault f;
	uint32_t err;
	uint16_t sta;
	int as;

	CHECK_OK(diag_setup(d, PASID, &as));
	CHECK_OK(siov_dma_alloc(d, as, 4096, &src));
	CHECK_OK(siov_dma_alloc(d, as, 4096, &dst));
	siov_test_fill_random(src.cpu, 4096);
	memset(dst.cpu, 0x5a, 4096);
	while (sim_fault_pop(&f))
		;

	/* Read runs into the unmapped guard page after the source buffer. */
	r.src = src.iova + 3000;
	r.dst = dst.iova;
	r.len = 2000;
	r.pasid_en = true;
	r.pasid = PASID;
	CHECK_OK(diag_run(d, &r, &err));
	CHECK_EQ(err, SIOV_BAR0_DIAG_STATUS_ERR_RD_UR);
	for (int i = 0; i < 4096; i++)
		CHECK_EQ(((uint8_t *)dst.cpu)[i], 0x5a, "nothing written (byte %d)", i);
	CHECK(sim_fault_pop(&f), "fault recorded");
	CHECK(f.has_pasid && f.pasid == PASID && !f.write, "read fault of PASID 0x%x", f.pasid);
	CHECK_EQ(f.addr, src.iova + 4096, "at the first unmapped byte");
	CHECK_EQ(f.reason, SIM_FAULT_UNMAPPED);
	while (sim_fault_pop(&f)) /* the following reads of the transfer faulted too */
		CHECK(f.addr >= src.iova + 4096, "only reads beyond the mapping fault");
	CHECK_OK(siov_cfg_read16(d, PCI_STATUS, &sta));
	CHECK(sta & PCI_STATUS_REC_MASTER_ABORT, "Received Master Abort");

	/* A PASID without an address space. */
	r.src = src.iova;
	r.len = 64;
	r.pasid = PASID + 1;
	CHECK_OK(diag_run(d, &r, &err));
	CHECK_EQ(err, SIOV_BAR0_DIAG_STATUS_ERR_RD_UR);
	CHECK(sim_fault_pop(&f), "fault recorded");
	CHECK_EQ(f.reason, SIM_FAULT_NO_AS);
	CHECK_EQ(f.pasid, PASID + 1);

	/* The channel recovered. */
	r.pasid = PASID;
	r.len = 4096;
	CHECK_OK(diag_run(d, &r, &err));
	CHECK_EQ(err, 0);
	CHECK_ARRAYS_EQ(dst.cpu, src.cpu, 4096);

	/* Write into the guard page: dropped and recorded, the mapped part lands. */
	r.dst = dst.iova + 4000;
	r.len = 200;
	CHECK_OK(diag_run(d, &r, &err));
	CHECK_EQ(err, 0, "writes are posted: the channel cannot see the fault");
	CHECK(sim_fault_pop(&f), "write fault recorded");
	CHECK(f.write && f.pasid == PASID, "write fault of the PASID");
	CHECK_ARRAYS_EQ((uint8_t *)dst.cpu + 4000, src.cpu, 96);
	return true;
}
