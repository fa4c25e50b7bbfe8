// SPDX-License-Identifier: MIT
/*
 * BAR0 MMIO works: the version register holds the register map's reset value, the capability
 * registers read the values the generated docs give (those of the default build), the scratch
 * register returns what was written (32 and 64-bit accesses, single bytes), and the timestamp
 * counts device cycles.
 */
#include "siov_test.h"
#include "siov/siov_bar0_regs.h"

SIOV_TEST_CONFIG(.summary = "BAR0 MMIO: version, scratch (8/32/64-bit), timestamp");

bool test_main(void)
{
	struct siov_dev *d = siov_test_dev();
	uint32_t v, t0, t1;
	uint64_t q;
	uint8_t b;

	CHECK_OK(siov_mmio_read32(d, 0, SIOV_BAR0_VERSION_OFFSET, &v));
	CHECK_EQ(v, SIOV_BAR0_VERSION_RESET);
	/* docs/registers/siov_bar0.md documents the default build: it must read what it says. */
	static const uint32_t caps[][2] = {
		{SIOV_BAR0_CAP_ADI_OFFSET, SIOV_BAR0_CAP_ADI_RESET},
		{SIOV_BAR0_CAP_QUEUE_OFFSET, SIOV_BAR0_CAP_QUEUE_RESET},
		{SIOV_BAR0_CAP_IMS_OFFSET, SIOV_BAR0_CAP_IMS_RESET},
		{SIOV_BAR0_CAP_XFER_OFFSET, SIOV_BAR0_CAP_XFER_RESET},
		{SIOV_BAR0_OPCAP_LO_OFFSET, SIOV_BAR0_OPCAP_LO_RESET},
		{SIOV_BAR0_OPCAP_HI_OFFSET, SIOV_BAR0_OPCAP_HI_RESET},
	};
	for (unsigned int i = 0; i < sizeof(caps) / sizeof(caps[0]); i++) {
		CHECK_OK(siov_mmio_read32(d, 0, caps[i][0], &v));
		CHECK_EQ(v, caps[i][1], "capability register 0x%x", caps[i][0]);
	}

	for (int i = 0; i < 8; i++) {
		uint32_t w = (uint32_t)siov_test_rand();

		CHECK_OK(siov_mmio_write32(d, 0, SIOV_BAR0_SCRATCH_OFFSET, w));
		CHECK_OK(siov_mmio_read32(d, 0, SIOV_BAR0_SCRATCH_OFFSET, &v));
		CHECK_EQ(v, w);
	}
	/* A byte write changes only its byte (byte enables honoured). */
	CHECK_OK(siov_mmio_write32(d, 0, SIOV_BAR0_SCRATCH_OFFSET, 0x11223344u));
	b = 0xab;
	CHECK_OK(siov_mmio_write(d, 0, SIOV_BAR0_SCRATCH_OFFSET + 2, &b, 1));
	CHECK_OK(siov_mmio_read32(d, 0, SIOV_BAR0_SCRATCH_OFFSET, &v));
	CHECK_EQ(v, 0x11ab3344u);
	CHECK_OK(siov_mmio_read(d, 0, SIOV_BAR0_SCRATCH_OFFSET + 1, &b, 1));
	CHECK_EQ(b, 0x33);
	/* A 64-bit read covers scratch and the register after it (unmapped: reads 0). */
	CHECK_OK(siov_mmio_read64(d, 0, SIOV_BAR0_SCRATCH_OFFSET, &q));
	CHECK_EQ(q, 0x11ab3344u);
	/* The timestamp advances with simulated time. */
	CHECK_OK(siov_mmio_read32(d, 0, SIOV_BAR0_TIMESTAMP_LO_OFFSET, &t0));
	siov_wait(d, 1000);
	CHECK_OK(siov_mmio_read32(d, 0, SIOV_BAR0_TIMESTAMP_LO_OFFSET, &t1));
	CHECK(t1 - t0 >= 1000, "timestamp moved by %u", t1 - t0);
	return true;
}
