// SPDX-License-Identifier: MIT
/*
 * BARs size the standard way: writing all ones to BAR0/1 and BAR2/3 reads back the size masks of
 * 64-bit memory BARs (BAR0 1 MiB non-prefetchable for the privileged registers, BAR2 prefetchable
 * and large enough for one direct-path page per ADI at the largest system page size), the type
 * bits are read-only, BAR4/5 are not implemented; firmware-style assignment places BAR0 below
 * 4 GiB and BAR2 above, and libsiov decodes them.
 */
#include "siov_test.h"

SIOV_TEST_CONFIG(.summary = "64-bit BARs size the standard way", .open_flags = SIOV_OPEN_RAW,
		 .sim_only = true);

static uint64_t size_of(struct siov_dev *d, unsigned int off, uint32_t *type)
{
	uint32_t lo, hi;

	siov_cfg_read32(d, off, type);
	siov_cfg_write32(d, off, 0xffffffffu);
	siov_cfg_write32(d, off + 4, 0xffffffffu);
	siov_cfg_read32(d, off, &lo);
	siov_cfg_read32(d, off + 4, &hi);
	siov_cfg_write32(d, off, 0);
	siov_cfg_write32(d, off + 4, 0);
	return ~((((uint64_t)hi << 32) | (lo & ~0xfu))) + 1;
}

bool test_main(void)
{
	struct siov_dev *d = siov_test_dev();
	uint32_t t0, t2, v;
	struct siov_dev *fw = NULL;

	CHECK_EQ(size_of(d, 0x10, &t0), 1u << 20, "BAR0");
	CHECK_EQ(t0 & 0xf, 0x4, "BAR0: memory, 64-bit, non-prefetchable");
	CHECK_EQ(size_of(d, 0x18, &t2), 64ull * 65536, "BAR2: 64 ADIs x 64 KiB");
	CHECK_EQ(t2 & 0xf, 0xc, "BAR2: memory, 64-bit, prefetchable");
	for (unsigned int off = 0x20; off <= 0x24; off += 4) {
		CHECK_OK(siov_cfg_write32(d, off, 0xffffffffu));
		CHECK_OK(siov_cfg_read32(d, off, &v));
		CHECK_EQ(v, 0, "BAR at 0x%x is not implemented", off);
	}
	/* Address bits below the size are read-only zero. */
	CHECK_OK(siov_cfg_write32(d, 0x10, 0x123456f0));
	CHECK_OK(siov_cfg_read32(d, 0x10, &v));
	CHECK_EQ(v, 0x12300004);
	CHECK_OK(siov_cfg_write32(d, 0x10, 0));

	/* Firmware-style assignment (a second open without SIOV_OPEN_RAW). */
	CHECK_OK(siov_open("sim", 0, &fw));
	CHECK(siov_bar(fw, 0) && siov_bar(fw, 2), "BAR0 and BAR2 decoded");
	CHECK_EQ(siov_bar(fw, 0)->size, 1u << 20);
	CHECK(siov_bar(fw, 0)->addr < (1ull << 32) && !siov_bar(fw, 0)->prefetch, "BAR0 below 4G");
	CHECK_EQ(siov_bar(fw, 2)->size, 64ull * 65536);
	CHECK(siov_bar(fw, 2)->addr >= (1ull << 32) && siov_bar(fw, 2)->prefetch,
	      "BAR2 above 4G");
	CHECK((siov_bar(fw, 2)->addr & (siov_bar(fw, 2)->size - 1)) == 0, "naturally aligned");
	CHECK(siov_bar(fw, 4) == NULL, "no BAR4");
	siov_close(fw);
	return true;
}
