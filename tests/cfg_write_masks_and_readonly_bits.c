// SPDX-License-Identifier: MIT
/*
 * Writing all ones, then zero, to each configuration register changes exactly its writable bits:
 * RW fields take the value, read-only fields (IDs, capability structure, DevCap*, DVSEC headers)
 * ignore it, BARs keep their type bits and size alignment, and registers with restricted values
 * (Power State, System Page Size, Target Link Speed) ignore unsupported values.
 */
#include "siov_test.h"

SIOV_TEST_CONFIG(.summary = "configuration write masks: RW vs RO bits, restricted values",
		 .open_flags = SIOV_OPEN_RAW, .sim_only = true);

static const struct {
	unsigned int off;
	uint32_t write;     /* value written first ("all ones", minus bits with side effects) */
	uint32_t after_set;
	uint32_t after_clear; /* after writing 0 */
} regs[] = {
	{0x000, 0xffffffff, 0x51001d5a, 0x51001d5a},
	{0x004, 0x0000ffff, 0x00100546, 0x00100000}, /* Command: MSE, BME, PERR, SERR, INTxDis */
	{0x008, 0xffffffff, 0x08800001, 0x08800001},
	{0x00c, 0xffffffff, 0x000000ff, 0x00000000}, /* Cache Line Size */
	{0x010, 0xffffffff, 0xfff00004, 0x00000004}, /* BAR0: 1 MiB */
	{0x014, 0xffffffff, 0xffffffff, 0x00000000},
	{0x018, 0xffffffff, 0xffc0000c, 0x0000000c}, /* BAR2: 4 MiB */
	{0x01c, 0xffffffff, 0xffffffff, 0x00000000},
	{0x020, 0xffffffff, 0x00000000, 0x00000000}, /* BAR4/5 not implemented */
	{0x024, 0xffffffff, 0x00000000, 0x00000000},
	{0x030, 0xffffffff, 0x00000000, 0x00000000}, /* no expansion ROM */
	{0x034, 0xffffffff, 0x00000040, 0x00000040},
	{0x03c, 0xffffffff, 0x000000ff, 0x00000000}, /* Interrupt Line; no INTx pin */
	{0x040, 0xffffffff, 0x00035001, 0x00035001},
	{0x044, 0xffffffff, 0x0000000b, 0x00000008}, /* D3hot, then D0 */
	{0x050, 0xffffffff, 0xc00f6011, 0x000f6011}, /* MSI-X Enable, Function Mask */
	{0x054, 0xffffffff, 0x00001000, 0x00001000},
	{0x060, 0xffffffff, 0x00020010, 0x00020010},
	{0x064, 0xffffffff, 0x10008fe2, 0x10008fe2},
	{0x068, 0xffff7fff, 0x000079ff, 0x00000000}, /* DevCtl (not Initiate FLR) */
	{0x06c, 0xffffffff, 0x00000104, 0x00000104},
	{0x070, 0xffffffff, 0x110400cb, 0x11040000}, /* LinkCtl: ASPM, RCB, CCC, ES */
	{0x084, 0xffffffff, 0x10730010, 0x10730010},
	{0x088, 0xffffffff, 0x0000101f, 0x00000000}, /* DevCtl2: CTO, 10-bit tag enable */
	{0x090, 0x00000003, 0x00000003, 0x00000003}, /* Target Link Speed: 0 is not a speed */
	{0x100, 0xffffffff, 0x15020001, 0x15020001},
	{0x108, 0xffffffff, 0x0015d000, 0x00000000}, /* UE mask (implemented errors) */
	{0x10c, 0xffffffff, 0x0057f030, 0x00422030}, /* UE severity */
	{0x114, 0xffffffff, 0x0000a000, 0x00000000}, /* CE mask */
	{0x150, 0xffffffff, 0x1601001b, 0x1601001b},
	{0x154, 0xffffffff, 0x00071406, 0x00001406}, /* PASID Enable, Exec, Priv */
	{0x160, 0xffffffff, 0x00010023, 0x00010023},
	{0x164, 0xffffffff, 0x01808086, 0x01808086},
	{0x168, 0xffffffff, 0x00000005, 0x00000005},
	{0x16c, 0xffffffff, 0x00000015, 0x00000015},
	{0x170, 0xffffffff, 0x00000001, 0x00000001}, /* several bits: ignored */
	{0x174, 0xffffffff, 0x00000001, 0x00000001},
	{0x200, 0xffffffff, 0x00000000, 0x00000000}, /* unimplemented space */
};

bool test_main(void)
{
	struct siov_dev *d = siov_test_dev();
	uint32_t v;
	uint16_t pmcsr;

	for (unsigned int i = 0; i < sizeof(regs) / sizeof(regs[0]); i++) {
		CHECK_OK(siov_cfg_write32(d, regs[i].off, regs[i].write));
		CHECK_OK(siov_cfg_read32(d, regs[i].off, &v));
		CHECK_EQ(v, regs[i].after_set, "offset 0x%03x after writing 0x%08x", regs[i].off,
			 regs[i].write);
		CHECK_OK(siov_cfg_write32(d, regs[i].off, 0));
		CHECK_OK(siov_cfg_read32(d, regs[i].off, &v));
		CHECK_EQ(v, regs[i].after_clear, "offset 0x%03x after writing 0", regs[i].off);
	}

	/* System Page Size takes one supported size only. */
	CHECK_OK(siov_cfg_write32(d, 0x170, 0x4)); /* 16 KiB: supported */
	CHECK_OK(siov_cfg_read32(d, 0x170, &v));
	CHECK_EQ(v, 0x4);
	CHECK_OK(siov_cfg_write32(d, 0x170, 0x2)); /* 8 KiB: not supported */
	CHECK_OK(siov_cfg_read32(d, 0x170, &v));
	CHECK_EQ(v, 0x4);
	CHECK_OK(siov_cfg_write32(d, 0x170, 0x0));
	CHECK_OK(siov_cfg_read32(d, 0x170, &v));
	CHECK_EQ(v, 0x4);
	/* Byte writes touch only their byte. */
	CHECK_OK(siov_cfg_write8(d, 0x3c, 0x5a));
	CHECK_OK(siov_cfg_write8(d, 0x0c, 0x10));
	CHECK_OK(siov_cfg_read32(d, 0x3c, &v));
	CHECK_EQ(v, 0x5a);
	CHECK_OK(siov_cfg_read32(d, 0x0c, &v));
	CHECK_EQ(v, 0x10);
	/* Power state D1 / D2 are not supported: writes of 01 / 10 are ignored. */
	CHECK_OK(siov_cfg_write16(d, 0x44, 0x1));
	CHECK_OK(siov_cfg_read16(d, 0x44, &pmcsr));
	CHECK_EQ(pmcsr & 3, 0);
	return true;
}
