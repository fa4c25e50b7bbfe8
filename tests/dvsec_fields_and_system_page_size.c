// SPDX-License-Identifier: MIT
/*
 * The Intel Scalable IOV DVSEC reads as SIOV spec rev 1.1 section 2.8 lays it out (vendor 8086,
 * revision 0, length 0x18, ID 5, Function Dependency Link = own function, flags, supported page
 * sizes with 4 KiB, System Page Size defaulting to 4 KiB, IMS supported), and System Page Size
 * takes each supported size through libsiov, refusing unsupported ones.
 */
#include <errno.h>

#include <linux/pci_regs.h>

#include "siov_test.h"

SIOV_TEST_CONFIG(.summary = "SIOV DVSEC fields; System Page Size settable to supported sizes");

bool test_main(void)
{
	struct siov_dev *d = siov_test_dev();
	struct siov_dvsec s = {0};
	uint32_t h1, h2;

	CHECK(siov_caps(d)->dvsec != 0, "SIOV DVSEC found");
	CHECK_EQ(siov_find_dvsec(d, 0x8086, 5), siov_caps(d)->dvsec);
	CHECK_EQ(siov_find_dvsec(d, 0x8086, 6), 0, "no other DVSEC");
	CHECK_OK(siov_cfg_read32(d, siov_caps(d)->dvsec + PCI_DVSEC_HEADER1, &h1));
	CHECK_OK(siov_cfg_read32(d, siov_caps(d)->dvsec + PCI_DVSEC_HEADER2, &h2));
	CHECK_EQ(PCI_DVSEC_HEADER1_VID(h1), 0x8086);
	CHECK_EQ(PCI_DVSEC_HEADER1_REV(h1), 0);
	CHECK_EQ(PCI_DVSEC_HEADER1_LEN(h1), 0x18);
	CHECK_EQ(PCI_DVSEC_HEADER2_ID(h2), 5);

	CHECK_OK(siov_dvsec_read(d, &s));
	CHECK_EQ(s.function_dependency_link, 0, "independent function: its own number");
	CHECK_EQ(s.homogeneous, 0);
	CHECK(s.supported_page_sizes & 1, "4 KiB pages are mandatory");
	CHECK_EQ(s.supported_page_sizes, 0x15, "4, 16 and 64 KiB");
	CHECK_EQ(s.system_page_size, 1, "default 4 KiB");
	CHECK(s.ims_supported, "IMS supported");

	for (unsigned int b = 0; b < 8; b++) {
		uint64_t bytes = 4096ull << b;
		int ret = siov_set_system_page_size(d, bytes);

		if (s.supported_page_sizes & (1u << b)) {
			CHECK_OK(ret, "page size %llu", (unsigned long long)bytes);
			CHECK_OK(siov_dvsec_read(d, &s));
			CHECK_EQ(s.system_page_size, 1u << b);
		} else {
			CHECK_EQ(ret, -EOPNOTSUPP, "page size %llu", (unsigned long long)bytes);
			CHECK_OK(siov_dvsec_read(d, &s));
			CHECK(s.system_page_size != (1u << b), "unsupported size not taken");
		}
	}
	CHECK_OK(siov_set_system_page_size(d, 4096));
	CHECK_EQ(siov_set_system_page_size(d, 12288), -EINVAL, "not a power of two");
	return true;
}
