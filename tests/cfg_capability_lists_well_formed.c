// SPDX-License-Identifier: MIT
/*
 * The capability lists are well formed and terminated: legacy PM -> MSI-X -> PCI Express,
 * extended AER -> PASID -> Intel SIOV DVSEC, every pointer DW-aligned and inside its region,
 * no structure overlapping the next; the PCI Express capability is a v2 endpoint advertising
 * what Linux needs before it enables PASID (Extended Fmt, End-End TLP Prefix with at least one
 * prefix) plus FLR, Extended Tag and 10-bit tags; libsiov finds every structure.
 */
#include <linux/pci_regs.h>

#include "siov_test.h"

SIOV_TEST_CONFIG(.summary = "capability lists well formed; PCIe v2 advertises PASID prerequisites",
		 /* the layout is the simulation model's; the P-tile hard IP has its own */
		 .sim_only = true);

struct walk {
	unsigned int n;
	bool ext[16];
	unsigned int id[16], off[16];
};

static void record(bool ext, unsigned int id, unsigned int off, void *arg)
{
	struct walk *w = arg;

	if (w->n < 16) {
		w->ext[w->n] = ext;
		w->id[w->n] = id;
		w->off[w->n] = off;
	}
	w->n++;
}

bool test_main(void)
{
	static const struct {
		bool ext;
		unsigned int id, size;
	} want[] = {
		{false, PCI_CAP_ID_PM, 8},     {false, PCI_CAP_ID_MSIX, 12},
		{false, PCI_CAP_ID_EXP, 0x3c}, {true, PCI_EXT_CAP_ID_ERR, 0x48},
		{true, PCI_EXT_CAP_ID_PASID, 8}, {true, PCI_EXT_CAP_ID_DVSEC, 0x18},
	};
	struct siov_dev *d = siov_test_dev();
	const struct siov_caps *c = siov_caps(d);
	struct walk w = {0};
	uint32_t v, cap2;
	uint16_t flags;

	CHECK_OK(siov_walk_caps(d, record, &w));
	CHECK_EQ(w.n, 6);
	for (unsigned int i = 0; i < 6; i++) {
		CHECK_EQ(w.ext[i], want[i].ext, "entry %u", i);
		CHECK_EQ(w.id[i], want[i].id, "entry %u", i);
		CHECK((w.off[i] & 3) == 0, "entry %u at 0x%x not DW aligned", i, w.off[i]);
		CHECK(want[i].ext ? (w.off[i] >= 0x100 && w.off[i] <= 0xffc) :
				    (w.off[i] >= 0x40 && w.off[i] <= 0xfc),
		      "entry %u at 0x%x", i, w.off[i]);
		if (i + 1 < 6 && want[i + 1].ext == want[i].ext)
			CHECK(w.off[i] + want[i].size <= w.off[i + 1], "entry %u overlaps the next", i);
	}
	/* Both lists end with a zero pointer. */
	CHECK_OK(siov_cfg_read32(d, w.off[2], &v));
	CHECK_EQ((v >> 8) & 0xff, 0, "PCIe capability is the last legacy one");
	CHECK_OK(siov_cfg_read32(d, w.off[5], &v));
	CHECK_EQ(PCI_EXT_CAP_NEXT(v), 0, "DVSEC is the last extended one");
	CHECK_EQ(PCI_EXT_CAP_VER(v), 1);
	/* libsiov found the same structures. */
	CHECK_EQ(c->pm, w.off[0]);
	CHECK_EQ(c->msix, w.off[1]);
	CHECK_EQ(c->pcie, w.off[2]);
	CHECK_EQ(c->aer, w.off[3]);
	CHECK_EQ(c->pasid, w.off[4]);
	CHECK_EQ(c->dvsec, w.off[5]);

	/* PCI Express capability v2, endpoint. */
	CHECK_OK(siov_cfg_read16(d, c->pcie + PCI_EXP_FLAGS, &flags));
	CHECK_EQ(flags & PCI_EXP_FLAGS_VERS, 2);
	CHECK_EQ((flags & PCI_EXP_FLAGS_TYPE) >> 4, PCI_EXP_TYPE_ENDPOINT);
	CHECK_OK(siov_cfg_read32(d, c->pcie + PCI_EXP_DEVCAP, &v));
	CHECK(v & PCI_EXP_DEVCAP_FLR, "FLR capable");
	CHECK(v & PCI_EXP_DEVCAP_EXT_TAG, "Extended Tag supported");
	CHECK((v & PCI_EXP_DEVCAP_PAYLOAD) >= 2, "MPS supported >= 512");
	CHECK_OK(siov_cfg_read32(d, c->pcie + PCI_EXP_DEVCAP2, &cap2));
	CHECK(cap2 & (1u << 20), "Extended Fmt Field Supported");
	CHECK(cap2 & PCI_EXP_DEVCAP2_EE_PREFIX, "End-End TLP Prefix Supported");
	CHECK(((cap2 >> 22) & 3) != 0 || (cap2 & PCI_EXP_DEVCAP2_EE_PREFIX),
	      "Max End-End TLP Prefixes >= 1");
	CHECK_EQ((cap2 >> 22) & 3, 1, "Max End-End TLP Prefixes = 1");
	CHECK(cap2 & (1u << 16), "10-Bit Tag Completer Supported");
	CHECK(cap2 & (1u << 17), "10-Bit Tag Requester Supported");
	CHECK(cap2 & (1u << 28), "DMWr Completer Supported (shared work queue portals)");
	/* AER version 2 with room for the TLP Prefix Log. */
	CHECK_OK(siov_cfg_read32(d, c->aer, &v));
	CHECK_EQ(PCI_EXT_CAP_VER(v), 2);
	return true;
}
