// SPDX-License-Identifier: MIT
/*
 * Every DW of the 4 KiB configuration space reads its reset value after a fundamental reset (no
 * firmware set-up): the Type 0 header, PM, MSI-X, PCI Express v2, AER, PASID and the Intel SIOV
 * DVSEC as docs/config-space.md describes them, and zero everywhere else.
 */
#include "siov_test.h"

SIOV_TEST_CONFIG(.summary = "configuration space reset values, all 1024 DWs",
		 .open_flags = SIOV_OPEN_RAW, .sim_only = true);

static const struct {
	unsigned int off;
	uint32_t val;
} expect[] = {
	{0x000, 0x51001d5a}, /* Device ID 5100, Vendor ID 1d5a */
	{0x004, 0x00100000}, /* Status: Capabilities List; Command 0 */
	{0x008, 0x08800001}, /* class 088000, revision 01 */
	{0x010, 0x00000004}, /* BAR0: 64-bit, non-prefetchable */
	{0x018, 0x0000000c}, /* BAR2: 64-bit, prefetchable */
	{0x02c, 0x00011d5a}, /* subsystem 0001, subsystem vendor 1d5a */
	{0x034, 0x00000040}, /* capabilities pointer */
	{0x040, 0x00035001}, /* PM v3, next 0x50 */
	{0x044, 0x00000008}, /* PMCSR: D0, No_Soft_Reset */
	{0x050, 0x000f6011}, /* MSI-X, 16 vectors, disabled, next 0x60 */
	{0x054, 0x00001000}, /* table at BAR0 + 0x1000 */
	{0x058, 0x00002000}, /* PBA at BAR0 + 0x2000 */
	{0x060, 0x00020010}, /* PCI Express v2, endpoint, end of list */
	{0x064, 0x10008fe2}, /* DevCap: FLR, RBER, ExtTag, MPS 512 */
	{0x068, 0x00002910}, /* DevCtl: MRRS 512, NoSnoop, ExtTag, RO */
	{0x06c, 0x00000104}, /* LinkCap: 16 GT/s x16 */
	{0x070, 0x11040000}, /* LinkSta: 16 GT/s x16, slot clock */
	{0x084, 0x10730010}, /* DevCap2: DMWr Completer, E2E prefix (1), ExtFmt, 10-bit tags, CTO disable */
	{0x08c, 0x0000001e}, /* LinkCap2: 2.5-16 GT/s */
	{0x090, 0x00000004}, /* LinkCtl2: target 16 GT/s */
	{0x100, 0x15020001}, /* AER v2, next 0x150 */
	{0x10c, 0x00462030}, /* UE severity default */
	{0x114, 0x00002000}, /* CE mask: Advisory Non-Fatal */
	{0x150, 0x1601001b}, /* PASID v1, next 0x160 */
	{0x154, 0x00001406}, /* width 20, Priv, Exec supported; disabled */
	{0x160, 0x00010023}, /* DVSEC v1, end of list */
	{0x164, 0x01808086}, /* length 0x18, rev 0, vendor 8086 */
	{0x168, 0x00000005}, /* ID 5, FDL 0, flags 0 */
	{0x16c, 0x00000015}, /* supported pages 4K, 16K, 64K */
	{0x170, 0x00000001}, /* system page size 4K */
	{0x174, 0x00000001}, /* IMS supported */
};

bool test_main(void)
{
	struct siov_dev *d = siov_test_dev();
	unsigned int e = 0;

	for (unsigned int off = 0; off < 4096; off += 4) {
		uint32_t v, want = 0;

		if (e < sizeof(expect) / sizeof(expect[0]) && expect[e].off == off)
			want = expect[e++].val;
		CHECK_OK(siov_cfg_read32(d, off, &v), "offset 0x%03x", off);
		CHECK_EQ(v, want, "configuration offset 0x%03x", off);
	}
	return true;
}
