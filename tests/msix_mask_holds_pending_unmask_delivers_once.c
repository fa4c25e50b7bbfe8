// SPDX-License-Identifier: MIT
/*
 * MSI-X: a vector's message is the table entry's data written to its address as one DW without a
 * PASID prefix; while the vector (or the whole function) is masked the message is held and its
 * PBA bit is set; unmasking delivers it exactly once and clears the PBA bit; with MSI-X disabled
 * nothing is sent.
 */
#include <linux/pci_regs.h>

#include "diag.h"
#include "siov/siov_bar0_regs.h"
#include "siov_test.h"
#include "sim.h"

SIOV_TEST_CONFIG(.summary = "MSI-X: masked -> pending; unmask -> delivered once",
		 .sim_only = true);

static bool fire(struct siov_dev *d, struct siov_dma_buf *buf, unsigned int vector)
{
	struct diag_req r = {.src = buf->iova, .dst = buf->iova + 2048, .len = 64, .irq = true,
			     .vector = vector};
	uint32_t err;

	CHECK_OK(diag_start(d, &r));
	CHECK_OK(diag_wait(d, 100000, &err));
	CHECK_EQ(err, 0);
	siov_wait(d, 100);
	return true;
}

bool test_main(void)
{
	struct siov_dev *d = siov_test_dev();
	const struct siov_caps *c = siov_caps(d);
	struct siov_dma_buf buf = {0};
	uint32_t pba;
	uint16_t ctl;
	int as;

	CHECK_OK(diag_setup(d, SIOV_NO_PASID, &as));
	CHECK_OK(siov_dma_alloc(d, as, 4096, &buf));
	CHECK_OK(siov_irq_enable(d, 16));

	/* Unmasked: delivered, one DW, no prefix, the entry's data. */
	sim_capture_start();
	if (!fire(d, &buf, 5))
		return false;
	CHECK_EQ(siov_irq_count(d, 5), 1);
	{
		unsigned int msgs = 0;
		struct tlp t;

		for (unsigned int i = 0; i < sim_capture_count(); i++) {
			sim_capture_tlp(sim_capture_get(i), &t);
			if (tlp_kind(&t) == TLP_K_MWR && (tlp_addr(&t) >> 20) == 0xfee)
				msgs++;
		}
		CHECK_EQ(msgs, 1, "one interrupt message");
		for (unsigned int i = 0; i < sim_capture_count(); i++) {
			sim_capture_tlp(sim_capture_get(i), &t);
			if (tlp_kind(&t) == TLP_K_MWR && (tlp_addr(&t) >> 20) == 0xfee)
				break;
		}
		CHECK_EQ(tlp_addr(&t), 0xfee00000u);
		CHECK_EQ(tlp_len(&t), 1);
		CHECK_EQ(tlp_first_be(&t), 0xf);
		CHECK(!t.has_prefix, "interrupt messages carry no PASID prefix");
		CHECK_EQ(t.data[0], 5, "message data = entry data");
	}
	sim_capture_stop();

	/* Vector masked: held pending. */
	CHECK_OK(siov_mmio_write32(d, 0, SIOV_BAR0_MSIX_TABLE_VCTRL_ADDR(7), 1));
	if (!fire(d, &buf, 7))
		return false;
	CHECK_EQ(siov_irq_count(d, 7), 0, "masked vector does not fire");
	CHECK_OK(siov_mmio_read32(d, 0, SIOV_BAR0_MSIX_PBA_OFFSET, &pba));
	CHECK_EQ(pba, 1u << 7, "PBA bit set");
	/* A second request while masked does not queue a second message. */
	if (!fire(d, &buf, 7))
		return false;
	CHECK_OK(siov_mmio_write32(d, 0, SIOV_BAR0_MSIX_TABLE_VCTRL_ADDR(7), 0));
	siov_wait(d, 100);
	CHECK_EQ(siov_irq_count(d, 7), 1, "unmask delivers exactly once");
	CHECK_OK(siov_mmio_read32(d, 0, SIOV_BAR0_MSIX_PBA_OFFSET, &pba));
	CHECK_EQ(pba, 0, "PBA bit cleared");

	/* Function mask. */
	CHECK_OK(siov_cfg_read16(d, c->msix + PCI_MSIX_FLAGS, &ctl));
	CHECK_OK(siov_cfg_write16(d, c->msix + PCI_MSIX_FLAGS, ctl | PCI_MSIX_FLAGS_MASKALL));
	if (!fire(d, &buf, 3))
		return false;
	CHECK_EQ(siov_irq_count(d, 3), 0, "function mask holds it");
	CHECK_OK(siov_cfg_write16(d, c->msix + PCI_MSIX_FLAGS, ctl));
	siov_wait(d, 100);
	CHECK_EQ(siov_irq_count(d, 3), 1, "released with the function mask");

	/* MSI-X disabled: nothing. */
	CHECK_OK(siov_cfg_write16(d, c->msix + PCI_MSIX_FLAGS, ctl & ~PCI_MSIX_FLAGS_ENABLE));
	if (!fire(d, &buf, 2))
		return false;
	CHECK_OK(siov_cfg_write16(d, c->msix + PCI_MSIX_FLAGS, ctl));
	siov_wait(d, 100);
	CHECK_EQ(siov_irq_count(d, 2), 0, "no message for a request made while disabled");
	return true;
}
