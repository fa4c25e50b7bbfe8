// SPDX-License-Identifier: MIT
/*
 * Function Level Reset returns the function to its reset state: after Initiate FLR the command
 * register, BARs, Device Control (2), MSI-X, PASID control and System Page Size read their reset
 * values, BAR0 registers are back to reset once the BARs are restored, and the sticky AER status
 * logged before the FLR is still there while the non-sticky Device Status bits are clear. The
 * completion of the configuration write that started the FLR arrives.
 */
#include <linux/pci_regs.h>

#include "siov/siov_bar0_regs.h"
#include "siov_test.h"
#include "sim.h"

SIOV_TEST_CONFIG(.summary = "FLR resets the function; sticky AER bits survive", .sim_only = true);

bool test_main(void)
{
	struct siov_dev *d = siov_test_dev();
	const struct siov_caps *c = siov_caps(d);
	uint32_t v, bar0;
	uint16_t w;
	struct tlp t, cpl;

	/* Change state everywhere. */
	CHECK_OK(siov_mmio_write32(d, 0, SIOV_BAR0_SCRATCH_OFFSET, 0x1234abcdu));
	CHECK_OK(siov_set_system_page_size(d, 65536));
	CHECK_OK(siov_pasid_enable(d, true, true));
	CHECK_OK(siov_irq_enable(d, 4));
	CHECK_OK(siov_set_bus_master(d, true));
	CHECK_OK(siov_cfg_write16(d, c->pcie + PCI_EXP_DEVCTL2, 0x1000));
	/* Log an error: a memory read outside the BARs (UR, AER UR status is sticky). */
	tlp_make_mem(&t, false, 0x90000000u, 1, 0, 0, 0xf, 0);
	CHECK_OK(sim_raw_request(&t, &cpl));
	CHECK_EQ(tlp_cpl_status(&cpl), TLP_CPL_UR);
	CHECK_OK(siov_cfg_read16(d, c->pcie + PCI_EXP_DEVSTA, &w));
	CHECK(w & PCI_EXP_DEVSTA_URD);
	CHECK_OK(siov_cfg_read32(d, PCI_BASE_ADDRESS_0, &bar0));

	/* Initiate FLR: the configuration write completes successfully. */
	CHECK_OK(siov_cfg_write16(d, c->pcie + PCI_EXP_DEVCTL, PCI_EXP_DEVCTL_BCR_FLR));
	siov_wait(d, 200);

	CHECK_OK(siov_cfg_read32(d, PCI_COMMAND, &v));
	CHECK_EQ(v & 0xffff, 0, "Command");
	CHECK_OK(siov_cfg_read32(d, PCI_BASE_ADDRESS_0, &v));
	CHECK_EQ(v, 0x4, "BAR0 address reset");
	CHECK_OK(siov_cfg_read32(d, c->pcie + PCI_EXP_DEVCTL, &v));
	CHECK_EQ(v & 0xffff, 0x2910, "Device Control");
	CHECK_EQ(v >> 16 & 0xf, 0, "Device Status error bits (not sticky)");
	CHECK_OK(siov_cfg_read16(d, c->pcie + PCI_EXP_DEVCTL2, &w));
	CHECK_EQ(w, 0, "Device Control 2");
	CHECK_OK(siov_cfg_read16(d, c->msix + PCI_MSIX_FLAGS, &w));
	CHECK_EQ(w & (PCI_MSIX_FLAGS_ENABLE | PCI_MSIX_FLAGS_MASKALL), 0, "MSI-X disabled");
	CHECK_OK(siov_cfg_read16(d, c->pasid + PCI_PASID_CTRL, &w));
	CHECK_EQ(w, 0, "PASID control");
	CHECK_OK(siov_cfg_read32(d, c->dvsec + SIOV_DVSEC_SYS_PAGE_SIZE, &v));
	CHECK_EQ(v, 1, "System Page Size back to 4 KiB");
	CHECK_OK(siov_cfg_read32(d, c->aer + PCI_ERR_UNCOR_STATUS, &v));
	CHECK(v & PCI_ERR_UNC_UNSUP, "AER UR status is sticky");

	/* Restore BARs and memory decode; BAR0 registers are at their reset values. */
	CHECK_OK(siov_cfg_write32(d, PCI_BASE_ADDRESS_0, bar0));
	CHECK_OK(siov_cfg_write32(d, PCI_BASE_ADDRESS_1, 0));
	CHECK_OK(siov_set_memory_enable(d, true));
	CHECK_OK(siov_mmio_read32(d, 0, SIOV_BAR0_SCRATCH_OFFSET, &v));
	CHECK_EQ(v, 0, "scratch reset");
	CHECK_OK(siov_mmio_read32(d, 0, SIOV_BAR0_MSIX_TABLE_VCTRL_OFFSET, &v));
	CHECK_EQ(v, 1, "MSI-X vector 0 masked again");

	/* A fundamental reset clears the sticky bits too. */
	sim_fundamental_reset();
	CHECK_OK(siov_cfg_read32(d, c->aer + PCI_ERR_UNCOR_STATUS, &v));
	CHECK_EQ(v, 0, "fundamental reset clears sticky AER status");
	return true;
}
