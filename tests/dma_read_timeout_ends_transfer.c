// SPDX-License-Identifier: MIT
/*
 * A read whose completion never comes ends its transfer with "completion timeout" instead of
 * hanging: the function logs Completion Timeout in AER, nothing is written, and the channel
 * works again for the next transfer.
 */
#include <linux/pci_regs.h>

#include "diag.h"
#include "siov/siov_bar0_regs.h"
#include "siov_test.h"
#include "sim.h"

SIOV_TEST_CONFIG(.summary = "lost completion -> completion timeout, no hang", .sim_only = true);

bool test_main(void)
{
	struct siov_dev *d = siov_test_dev();
	struct siov_dma_buf src = {0}, dst = {0};
	struct diag_req r = {0};
	uint32_t err, v;
	int as;

	CHECK_OK(diag_setup(d, SIOV_NO_PASID, &as));
	CHECK_OK(siov_dma_alloc(d, as, 4096, &src));
	CHECK_OK(siov_dma_alloc(d, as, 4096, &dst));
	siov_test_fill_random(src.cpu, 4096);
	r.src = src.iova;
	r.dst = dst.iova;
	r.len = 256;
	sim_drop_completions(1);
	CHECK_OK(diag_start(d, &r));
	CHECK_OK(diag_wait(d, 1000000, &err));
	CHECK_EQ(err, SIOV_BAR0_DIAG_STATUS_ERR_CPL_TIMEOUT);
	for (int i = 0; i < 256; i++)
		CHECK_EQ(((uint8_t *)dst.cpu)[i], 0, "nothing written");
	CHECK_OK(siov_cfg_read32(d, siov_caps(d)->aer + PCI_ERR_UNCOR_STATUS, &v));
	CHECK(v & PCI_ERR_UNC_COMP_TIME, "AER Completion Timeout");
	r.len = 4096;
	CHECK_OK(diag_run(d, &r, &err));
	CHECK_EQ(err, 0);
	CHECK_ARRAYS_EQ(dst.cpu, src.cpu, 4096);
	return true;
}
