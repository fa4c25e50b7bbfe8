// SPDX-License-Identifier: MIT
/*
 * DMA request sizes follow the configuration: for every Max_Payload_Size the device supports and
 * every Max_Read_Request_Size, and both Read Completion Boundaries, reads never exceed MRRS, every
 * read after the first of a transfer starts on an RCB boundary, writes never exceed MPS nor
 * cross an MPS-aligned boundary, no request crosses 4 KiB, and the data arrives intact.
 */
#include <linux/pci_regs.h>

#include "diag.h"
#include "siov_test.h"
#include "sim.h"

SIOV_TEST_CONFIG(.summary = "DMA requests split by MPS, MRRS, RCB and 4 KiB", .sim_only = true);

bool test_main(void)
{
	struct siov_dev *d = siov_test_dev();
	unsigned int pcie = siov_caps(d)->pcie;
	struct siov_dma_buf src = {0}, dst = {0};
	struct sim_timing tm;
	uint16_t devctl = 0, lnkctl = 0;
	uint32_t err;
	int as;

	CHECK_OK(diag_setup(d, SIOV_NO_PASID, &as));
	CHECK_OK(siov_dma_alloc(d, as, 3 * 4096, &src));
	CHECK_OK(siov_dma_alloc(d, as, 3 * 4096, &dst));
	CHECK_OK(siov_cfg_read16(d, pcie + PCI_EXP_DEVCTL, &devctl));
	CHECK_OK(siov_cfg_read16(d, pcie + PCI_EXP_LNKCTL, &lnkctl));
	sim_get_timing(&tm);

	for (unsigned int rcb = 64; rcb <= 128; rcb += 64) {
		tm.rcb = rcb;
		sim_set_timing(&tm);
		CHECK_OK(siov_cfg_write16(d, pcie + PCI_EXP_LNKCTL,
					  rcb == 128 ? (lnkctl | PCI_EXP_LNKCTL_RCB) :
						       (lnkctl & ~PCI_EXP_LNKCTL_RCB)));
		for (unsigned int mps = 0; mps <= 2; mps++) {
			for (unsigned int mrrs = 0; mrrs <= 5; mrrs++) {
				uint32_t len = (uint32_t)siov_test_rand_range(1, 4096);
				uint32_t so = (uint32_t)siov_test_rand_range(0, 8191);
				uint32_t dof = (uint32_t)siov_test_rand_range(0, 8191);
				struct diag_req r = {.src = src.iova + so, .dst = dst.iova + dof,
						     .len = len};
				bool first = true;

				devctl = (uint16_t)((devctl & ~(PCI_EXP_DEVCTL_PAYLOAD |
								PCI_EXP_DEVCTL_READRQ)) |
						    (mps << 5) | (mrrs << 12));
				CHECK_OK(siov_cfg_write16(d, pcie + PCI_EXP_DEVCTL, devctl));
				siov_test_fill_random(src.cpu, 3 * 4096);
				sim_capture_start();
				CHECK_OK(diag_run(d, &r, &err));
				sim_capture_stop();
				CHECK_EQ(err, 0);
				CHECK_ARRAYS_EQ((uint8_t *)dst.cpu + dof, (uint8_t *)src.cpu + so, len,
						"MPS %u MRRS %u RCB %u", 128u << mps, 128u << mrrs, rcb);
				for (unsigned int i = 0; i < sim_capture_count(); i++) {
					struct tlp t;
					uint64_t a;
					unsigned int bytes;

					sim_capture_tlp(sim_capture_get(i), &t);
					a = tlp_addr(&t);
					bytes = 4 * tlp_len(&t);
					CHECK((a & 0xfff) + bytes <= 4096, "4 KiB crossing");
					if (tlp_kind(&t) == TLP_K_MRD) {
						CHECK(bytes <= (128u << mrrs), "read above MRRS");
						if (!first)
							CHECK((a & (rcb - 1)) == 0,
							      "read after the first not RCB aligned");
						first = false;
					} else if (tlp_kind(&t) == TLP_K_MWR) {
						CHECK(bytes <= (128u << mps), "write above MPS");
						CHECK((a & ~(uint64_t)((128u << mps) - 1)) ==
							      ((a + bytes - 1) & ~(uint64_t)((128u << mps) - 1)),
						      "write crosses an MPS boundary");
					}
				}
			}
		}
	}
	return true;
}
