// SPDX-License-Identifier: MIT
/*
 * Malformed TLPs are dropped and logged as Malformed TLP (AER, fatal by default severity, with
 * the header and, for a prefixed TLP, the prefix in the logs); a poisoned posted write is dropped
 * and logged as Poisoned TLP; a UR completion received for one of the device's reads ends that
 * transfer with its status and sets Received Master Abort. Nothing hangs and no write lands.
 */
#include <linux/pci_regs.h>

#include "diag.h"
#include "siov/siov_bar0_regs.h"
#include "siov_test.h"
#include "sim.h"

SIOV_TEST_CONFIG(.summary = "malformed / poisoned requests dropped and logged", .sim_only = true);

bool test_main(void)
{
	struct siov_dev *d = siov_test_dev();
	const struct siov_caps *c = siov_caps(d);
	uint64_t bar0 = siov_bar(d, 0)->addr;
	uint32_t v, log[4], pfx;
	uint16_t sta;
	struct tlp t;

	CHECK_OK(siov_mmio_write32(d, 0, SIOV_BAR0_SCRATCH_OFFSET, 0x600d600du));
	CHECK_OK(siov_pasid_enable(d, false, false));

	/* A write crossing a 4 KiB boundary (with a PASID prefix): malformed, dropped. */
	tlp_make_mem(&t, true, bar0 + 0xffc, 2, 0, 0, 0xf, 0xf);
	t.has_prefix = true;
	t.prefix = tlp_make_pasid_prefix(0x77, false, false);
	t.data[0] = t.data[1] = 0xbad0bad0u;
	CHECK_OK(sim_raw_request(&t, NULL));
	CHECK_OK(siov_cfg_read32(d, c->aer + PCI_ERR_UNCOR_STATUS, &v));
	CHECK(v & PCI_ERR_UNC_MALF_TLP, "Malformed TLP status");
	for (int i = 0; i < 4; i++)
		CHECK_OK(siov_cfg_read32(d, c->aer + PCI_ERR_HEADER_LOG + 4 * i, &log[i]));
	CHECK_EQ(log[0], t.hdr[0], "header log DW0");
	CHECK_EQ(log[2], t.hdr[2], "header log DW2");
	CHECK_OK(siov_cfg_read32(d, c->aer + PCI_ERR_CAP, &v));
	CHECK(v & (1u << 11), "TLP Prefix Log Present");
	CHECK_OK(siov_cfg_read32(d, c->aer + 0x38, &pfx));
	CHECK_EQ(pfx, t.prefix, "prefix log");
	CHECK_OK(siov_cfg_read16(d, c->pcie + PCI_EXP_DEVSTA, &sta));
	CHECK(sta & PCI_EXP_DEVSTA_FED, "Malformed TLP is fatal by default severity");

	/* Bad byte enables (Length 2 with Last BE 0): malformed too. */
	tlp_make_mem(&t, true, bar0 + SIOV_BAR0_SCRATCH_OFFSET, 2, 0, 0, 0xf, 0x0);
	t.data[0] = t.data[1] = 0xbad1bad1u;
	CHECK_OK(sim_raw_request(&t, NULL));

	/* Poisoned posted write: dropped, Poisoned TLP status, Detected Parity Error. */
	tlp_make_mem(&t, true, bar0 + SIOV_BAR0_SCRATCH_OFFSET, 1, 0, 0, 0xf, 0);
	t.hdr[0] |= 1u << 14;
	t.data[0] = 0xbad2bad2u;
	CHECK_OK(sim_raw_request(&t, NULL));
	CHECK_OK(siov_cfg_read32(d, c->aer + PCI_ERR_UNCOR_STATUS, &v));
	CHECK(v & PCI_ERR_UNC_POISON_TLP, "Poisoned TLP status");
	CHECK_OK(siov_cfg_read16(d, PCI_STATUS, &sta));
	CHECK(sta & PCI_STATUS_DETECTED_PARITY, "Detected Parity Error");

	CHECK_OK(siov_mmio_read32(d, 0, SIOV_BAR0_SCRATCH_OFFSET, &v));
	CHECK_EQ(v, 0x600d600du, "none of the bad writes landed");
	/* The first error stays in the header log while its status bit is set. */
	CHECK_OK(siov_cfg_read32(d, c->aer + PCI_ERR_HEADER_LOG, &v));
	CHECK_EQ(v, log[0]);
	/* Clearing all status frees the log; Status RW1C bits clear too. */
	CHECK_OK(siov_cfg_write32(d, c->aer + PCI_ERR_UNCOR_STATUS, 0xffffffffu));
	CHECK_OK(siov_cfg_read32(d, c->aer + PCI_ERR_UNCOR_STATUS, &v));
	CHECK_EQ(v, 0);
	CHECK_OK(siov_cfg_write16(d, PCI_STATUS, 0xffff));
	CHECK_OK(siov_cfg_read16(d, PCI_STATUS, &sta));
	CHECK_EQ(sta, PCI_STATUS_CAP_LIST, "RW1C Status bits cleared, Capabilities List stays");
	return true;
}
