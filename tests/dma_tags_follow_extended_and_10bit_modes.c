// SPDX-License-Identifier: MIT
/*
 * Read tags follow the tag mode: without Extended Tag only tags 0-31 are used (a 33rd read waits
 * for a free tag), with Extended Tag 8-bit tags above 31 are used once more than 32 reads are
 * outstanding, with the 10-Bit Tag Requester Enable every tag has T9:T8 != 00; outstanding tags
 * are unique (the protocol checker verifies that), and the data is intact in every mode.
 */
#include <linux/pci_regs.h>

#include "diag.h"
#include "siov_test.h"
#include "sim.h"

SIOV_TEST_CONFIG(.summary = "tags: 5-bit, 8-bit, 10-bit modes", .sim_only = true);

bool test_main(void)
{
	struct siov_dev *d = siov_test_dev();
	unsigned int pcie = siov_caps(d)->pcie;
	struct siov_dma_buf src = {0}, dst = {0};
	uint16_t devctl = 0;
	uint32_t err;
	int as;

	CHECK_OK(diag_setup(d, SIOV_NO_PASID, &as));
	CHECK_OK(siov_dma_alloc(d, as, 8192, &src));
	CHECK_OK(siov_dma_alloc(d, as, 8192, &dst));
	CHECK_OK(siov_cfg_read16(d, pcie + PCI_EXP_DEVCTL, &devctl));
	/* MRRS 128: a 4 KiB transfer at an odd offset takes 33 reads. */
	devctl = (uint16_t)(devctl & ~PCI_EXP_DEVCTL_READRQ);

	for (int mode = 0; mode < 3; mode++) {
		struct diag_req r = {.src = src.iova + 100, .dst = dst.iova + 7, .len = 4096};
		unsigned int max_tag = 0, min_tag = 1024, reads = 0;

		CHECK_OK(siov_cfg_write16(d, pcie + PCI_EXP_DEVCTL,
					  mode == 0 ? (devctl & ~PCI_EXP_DEVCTL_EXT_TAG) :
						      (devctl | PCI_EXP_DEVCTL_EXT_TAG)));
		CHECK_OK(siov_cfg_write16(d, pcie + PCI_EXP_DEVCTL2, mode == 2 ? 0x1000 : 0));
		siov_test_fill_random(src.cpu, 8192);
		sim_capture_start();
		CHECK_OK(diag_run(d, &r, &err));
		sim_capture_stop();
		CHECK_EQ(err, 0);
		CHECK_ARRAYS_EQ((uint8_t *)dst.cpu + 7, (uint8_t *)src.cpu + 100, 4096);
		for (unsigned int i = 0; i < sim_capture_count(); i++) {
			struct tlp t;

			sim_capture_tlp(sim_capture_get(i), &t);
			if (tlp_kind(&t) != TLP_K_MRD)
				continue;
			reads++;
			if (tlp_tag(&t) > max_tag)
				max_tag = tlp_tag(&t);
			if (tlp_tag(&t) < min_tag)
				min_tag = tlp_tag(&t);
		}
		CHECK_EQ(reads, 33, "mode %d", mode);
		if (mode == 0) {
			CHECK(max_tag <= 31, "5-bit tags only, saw 0x%x", max_tag);
		} else if (mode == 1) {
			CHECK(max_tag >= 32 && max_tag <= 255, "8-bit tags above 31, saw 0x%x",
			      max_tag);
		} else {
			CHECK(min_tag >= 0x100, "10-bit tags with T9:T8 != 00, saw 0x%x", min_tag);
		}
	}
	return true;
}
