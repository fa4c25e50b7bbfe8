// SPDX-License-Identifier: MIT
/*
 * An FLR while DMA reads are in flight does not hang and does not leak: the transfer stops, the
 * completions that arrive after the FLR are discarded silently (no Unexpected Completion logged,
 * PCIe 6.6.2), nothing is written to the destination, Transactions Pending stays set until the
 * last late completion is in, and a transfer started after the FLR moves exactly its own data
 * (the tags of the old reads are not reused while their completions can still arrive).
 */
#include <linux/pci_regs.h>

#include "diag.h"
#include "siov_test.h"
#include "sim.h"

SIOV_TEST_CONFIG(.summary = "FLR during DMA: late completions dropped, no stale data",
		 .sim_only = true);

bool test_main(void)
{
	struct siov_dev *d = siov_test_dev();
	const struct siov_caps *c = siov_caps(d);
	struct siov_dma_buf a = {0}, b = {0}, dst = {0};
	struct sim_timing tm, slow;
	struct diag_req r = {0};
	uint32_t v, err;
	uint16_t sta;
	int as;

	sim_get_timing(&tm);
	slow = tm;
	slow.mem_latency = 3000;
	sim_set_timing(&slow);
	CHECK_OK(diag_setup(d, SIOV_NO_PASID, &as));
	CHECK_OK(siov_dma_alloc(d, as, 4096, &a));
	CHECK_OK(siov_dma_alloc(d, as, 4096, &b));
	CHECK_OK(siov_dma_alloc(d, as, 4096, &dst));
	memset(a.cpu, 0xaa, 4096);
	memset(b.cpu, 0xbb, 4096);
	r.src = a.iova;
	r.dst = dst.iova;
	r.len = 4096;
	CHECK_OK(diag_start(d, &r));
	siov_wait(d, 200); /* reads are out, completions 3000 cycles away */
	CHECK_OK(siov_cfg_read16(d, c->pcie + PCI_EXP_DEVSTA, &sta));
	CHECK(sta & PCI_EXP_DEVSTA_TRPND, "Transactions Pending while reads are out");

	CHECK_OK(siov_flr(d));   /* restores BARs, MSE, BME */
	CHECK_OK(siov_cfg_read16(d, c->pcie + PCI_EXP_DEVSTA, &sta));
	CHECK(sta & PCI_EXP_DEVSTA_TRPND, "still pending: the old reads have not completed");

	/* A new transfer from another buffer right away. */
	r.src = b.iova;
	r.len = 4096;
	CHECK_OK(diag_run(d, &r, &err));
	CHECK_EQ(err, 0);
	for (int i = 0; i < 4096; i++)
		CHECK_EQ(((uint8_t *)dst.cpu)[i], 0xbb, "byte %d came from the new transfer only", i);
	siov_wait(d, 4000);
	CHECK_OK(siov_cfg_read16(d, c->pcie + PCI_EXP_DEVSTA, &sta));
	CHECK(!(sta & PCI_EXP_DEVSTA_TRPND), "all late completions are in");
	CHECK_OK(siov_cfg_read32(d, c->aer + PCI_ERR_UNCOR_STATUS, &v));
	CHECK_EQ(v & PCI_ERR_UNC_UNX_COMP, 0, "late completions are not unexpected");
	sim_set_timing(&tm);
	return true;
}
