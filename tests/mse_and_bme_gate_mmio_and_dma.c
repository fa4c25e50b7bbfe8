// SPDX-License-Identifier: MIT
/*
 * Command register gating: with Memory Space Enable clear the device answers MMIO reads with UR
 * and drops MMIO writes (logging the unsupported request); with Bus Master Enable clear it sends
 * no DMA at all: the self-test channel reports "bus master disabled", the link carries no
 * request from the device, and no interrupt is sent until bus mastering is back.
 */
#include <errno.h>

#include <linux/pci_regs.h>

#include "diag.h"
#include "siov/siov_bar0_regs.h"
#include "siov_test.h"
#include "sim.h"

SIOV_TEST_CONFIG(.summary = "MSE=0: MMIO gets UR; BME=0: no DMA, no interrupt", .sim_only = true);

bool test_main(void)
{
	struct siov_dev *d = siov_test_dev();
	struct siov_dma_buf src = {0}, dst = {0};
	struct diag_req r = {0};
	uint32_t v, err;
	uint16_t devsta;
	int as;

	CHECK_OK(siov_mmio_write32(d, 0, SIOV_BAR0_SCRATCH_OFFSET, 0xc0ffee00u));
	/* Memory Space off: reads get UR (all ones), writes are dropped. */
	CHECK_OK(siov_set_memory_enable(d, false));
	CHECK_EQ(siov_mmio_read32(d, 0, SIOV_BAR0_SCRATCH_OFFSET, &v), -EIO);
	CHECK_EQ(v, 0xffffffffu);
	CHECK_OK(siov_mmio_write32(d, 0, SIOV_BAR0_SCRATCH_OFFSET, 0x12345678u));
	CHECK_OK(siov_cfg_read16(d, siov_caps(d)->pcie + PCI_EXP_DEVSTA, &devsta));
	CHECK(devsta & PCI_EXP_DEVSTA_URD, "Unsupported Request Detected");
	CHECK_OK(siov_set_memory_enable(d, true));
	CHECK_OK(siov_mmio_read32(d, 0, SIOV_BAR0_SCRATCH_OFFSET, &v));
	CHECK_EQ(v, 0xc0ffee00u, "the write while MSE was 0 was dropped");

	/* Bus Master off: no request leaves the device. */
	CHECK_OK(diag_setup(d, SIOV_NO_PASID, &as));
	CHECK_OK(siov_dma_alloc(d, as, 4096, &src));
	CHECK_OK(siov_dma_alloc(d, as, 4096, &dst));
	CHECK_OK(siov_irq_enable(d, 2));
	CHECK_OK(siov_set_bus_master(d, false));
	siov_test_fill_random(src.cpu, 4096);
	r.src = src.iova;
	r.dst = dst.iova;
	r.len = 4096;
	r.irq = true;
	r.vector = 1;
	sim_capture_start();
	CHECK_OK(diag_start(d, &r));
	CHECK_OK(diag_wait(d, 100000, &err));
	CHECK_EQ(err, SIOV_BAR0_DIAG_STATUS_ERR_BME_OFF);
	siov_wait(d, 2000);
	for (unsigned int i = 0; i < sim_capture_count(); i++) {
		struct tlp t;

		sim_capture_tlp(sim_capture_get(i), &t);
		CHECK_EQ(tlp_kind(&t), TLP_K_CPL,
			 "only completions (of MMIO reads) while BME = 0: no DMA, no interrupt");
	}
	CHECK_EQ(siov_irq_count(d, 1), 0);
	/* Bus mastering back: the held interrupt is delivered, and DMA works. */
	CHECK_OK(siov_set_bus_master(d, true));
	CHECK_OK(siov_irq_wait(d, 1, 10000), "pending MSI-X message sent once BME is set");
	CHECK_OK(diag_run(d, &r, &err));
	CHECK_EQ(err, 0);
	CHECK_ARRAYS_EQ(dst.cpu, src.cpu, 4096);
	sim_capture_stop();
	return true;
}
