// SPDX-License-Identifier: MIT
/*
 * Requests the function does not support get the answer PCIe gives, and nothing hangs:
 * non-posted (IO read/write, Type 1 configuration, locked read, AtomicOps, DMWr to BAR0 or outside
 * the BARs, memory read outside both BARs, configuration request to function 1) -> a UR
 * completion with the request's tag; posted (memory write outside the BARs) -> dropped; messages
 * -> silently discarded. Each UR is logged: Device Status URD, AER UR status with the header of
 * the first one in the header log. Afterwards the function still works.
 */
#include <linux/pci_regs.h>

#include "siov/siov_bar0_regs.h"
#include "siov_test.h"
#include "sim.h"

SIOV_TEST_CONFIG(.summary = "unsupported requests: UR completion or drop+log; no hang",
		 .sim_only = true);

static void set_fmt_type(struct tlp *t, unsigned int fmt, unsigned int type)
{
	t->hdr[0] = (t->hdr[0] & 0x00ffffffu) | (fmt << 29) | (type << 24);
}

static bool expect_ur(struct tlp *t, const char *what)
{
	struct tlp cpl;

	CHECK_OK(sim_raw_request(t, &cpl), "%s", what);
	CHECK_EQ(tlp_cpl_status(&cpl), TLP_CPL_UR, "%s", what);
	CHECK(!tlp_has_data(&cpl), "%s: UR completion without data", what);
	/* The completion matched the request's tag: the protocol checker verifies it. */
	return true;
}

bool test_main(void)
{
	struct siov_dev *d = siov_test_dev();
	const struct siov_caps *c = siov_caps(d);
	uint64_t bar0 = siov_bar(d, 0)->addr;
	uint32_t v, hdrlog0;
	uint16_t devsta;
	struct tlp t;

	/* IO read and write. */
	tlp_make_mem(&t, false, 0x1000, 1, 0, 0, 0xf, 0);
	set_fmt_type(&t, 0, TLP_TYPE_IO);
	if (!expect_ur(&t, "IORd"))
		return false;
	tlp_make_mem(&t, true, 0x1000, 1, 0, 0, 0xf, 0);
	set_fmt_type(&t, 2, TLP_TYPE_IO);
	t.data[0] = 1;
	if (!expect_ur(&t, "IOWr"))
		return false;
	/* Type 1 configuration read, and a configuration read of function 1. */
	tlp_make_cfg(&t, false, SIM_DEV_BDF, 0, 0, 0, 0xf);
	set_fmt_type(&t, 0, TLP_TYPE_CFG1);
	if (!expect_ur(&t, "CfgRd1"))
		return false;
	tlp_make_cfg(&t, false, SIM_DEV_BDF | 1, 0, 0, 0, 0xf);
	if (!expect_ur(&t, "CfgRd0 to function 1"))
		return false;
	/* Locked read, FetchAdd, DMWr to BAR0, memory read outside the BARs. */
	tlp_make_mem(&t, false, bar0, 1, 0, 0, 0xf, 0);
	set_fmt_type(&t, 0, TLP_TYPE_MEMLK);
	if (!expect_ur(&t, "MRdLk"))
		return false;
	tlp_make_mem(&t, true, bar0, 1, 0, 0, 0xf, 0);
	set_fmt_type(&t, 2, TLP_TYPE_FETCHADD);
	if (!expect_ur(&t, "FetchAdd"))
		return false;
	tlp_make_dmwr(&t, bar0, 16, 0, 0);
	memset(t.data, 0, 64);
	if (!expect_ur(&t, "DMWr to BAR0"))
		return false;
	tlp_make_mem(&t, false, 0x90000000u, 1, 0, 0, 0xf, 0);
	if (!expect_ur(&t, "MRd outside the BARs"))
		return false;
	CHECK_OK(siov_cfg_read32(d, c->aer + PCI_ERR_HEADER_LOG, &hdrlog0));
	CHECK_EQ(hdrlog0 >> 24, 0x02, "header log holds the first UR (IORd: Fmt 000, Type 00010)");

	/* Posted: a write outside the BARs, a message. Dropped; the next read still works. */
	tlp_make_mem(&t, true, 0x90000000u, 1, 0, 0, 0xf, 0);
	t.data[0] = 0xdeadbeef;
	CHECK_OK(sim_raw_request(&t, NULL));
	tlp_make_mem(&t, false, 0, 0, 0, 0, 0, 0);
	t.hdr[0] = (1u << 29) | (0x14u << 24); /* Msg, routed to the receiver, no data */
	t.hdr[1] = 0x7f; /* a vendor-defined-style message code */
	t.ndata = 0;
	CHECK_OK(sim_raw_request(&t, NULL));
	CHECK_OK(siov_mmio_read32(d, 0, SIOV_BAR0_VERSION_OFFSET, &v));
	CHECK_EQ(v, SIOV_BAR0_VERSION_RESET, "the function still answers");

	/* Logging: URD in Device Status, UR in AER (RW1C, sticky). */
	CHECK_OK(siov_cfg_read16(d, c->pcie + PCI_EXP_DEVSTA, &devsta));
	CHECK(devsta & PCI_EXP_DEVSTA_URD, "URD");
	CHECK(devsta & PCI_EXP_DEVSTA_NFED, "the posted UR is a non-fatal error");
	CHECK_OK(siov_cfg_read32(d, c->aer + PCI_ERR_UNCOR_STATUS, &v));
	CHECK(v & PCI_ERR_UNC_UNSUP, "AER UR status");
	CHECK_OK(siov_cfg_read32(d, c->aer + PCI_ERR_CAP, &v));
	CHECK_EQ(v & 0x1f, 20, "First Error Pointer = UR");
	/* RW1C: writing 1 clears, writing 0 does not. */
	CHECK_OK(siov_cfg_write16(d, c->pcie + PCI_EXP_DEVSTA, 0));
	CHECK_OK(siov_cfg_read16(d, c->pcie + PCI_EXP_DEVSTA, &devsta));
	CHECK(devsta & PCI_EXP_DEVSTA_URD, "writing 0 keeps URD");
	CHECK_OK(siov_cfg_write16(d, c->pcie + PCI_EXP_DEVSTA, 0x000f));
	CHECK_OK(siov_cfg_read16(d, c->pcie + PCI_EXP_DEVSTA, &devsta));
	CHECK_EQ(devsta & 0xf, 0, "writing 1 clears");
	CHECK_OK(siov_cfg_write32(d, c->aer + PCI_ERR_UNCOR_STATUS, PCI_ERR_UNC_UNSUP));
	CHECK_OK(siov_cfg_read32(d, c->aer + PCI_ERR_UNCOR_STATUS, &v));
	CHECK_EQ(v & PCI_ERR_UNC_UNSUP, 0);
	return true;
}
