// SPDX-License-Identifier: MIT
/*
 * The DMA self-test channel copies any length (1..4096 bytes) between any source and destination
 * byte alignment, including offsets 0-63 and 4032-4095 of a page and transfers that cross pages:
 * destination bytes equal the source, bytes around the destination stay untouched, every request
 * carries the PASID of the address space (checked by the IOMMU model and the protocol checker).
 */
#include "diag.h"
#include "siov_test.h"

SIOV_TEST_CONFIG(.summary = "self-test DMA: every length and alignment lands exactly");

#define PASID 0x1234u
#define BUF   (3 * 4096)

static bool one(struct siov_dev *d, struct siov_dma_buf *src, struct siov_dma_buf *dst,
		uint32_t soff, uint32_t doff, uint32_t len)
{
	static uint8_t expect[BUF];
	struct diag_req r = {.src = src->iova + soff, .dst = dst->iova + doff, .len = len,
			     .pasid_en = true, .pasid = PASID, .irq = true};
	uint32_t err;

	siov_test_fill_random(src->cpu, BUF);
	siov_test_fill_random(dst->cpu, BUF);
	memcpy(expect, dst->cpu, BUF);
	memcpy(expect + doff, (uint8_t *)src->cpu + soff, len);
	CHECK_OK(diag_run(d, &r, &err));
	CHECK_EQ(err, 0, "len %u src+%u dst+%u", len, soff, doff);
	CHECK_ARRAYS_EQ(dst->cpu, expect, BUF, "len %u src+%u dst+%u", len, soff, doff);
	return true;
}

bool test_main(void)
{
	struct siov_dev *d = siov_test_dev();
	struct siov_dma_buf src = {0}, dst = {0};
	int as;

	CHECK_OK(diag_setup(d, PASID, &as));
	CHECK_OK(siov_dma_alloc(d, as, BUF, &src));
	CHECK_OK(siov_dma_alloc(d, as, BUF, &dst));
	CHECK_OK(siov_irq_enable(d, 1));

	/* Corners: page starts and ends, short and full lengths. */
	static const uint32_t offs[] = {0, 1, 2, 3, 4, 63, 64, 4032, 4093, 4095};
	static const uint32_t lens[] = {1, 2, 3, 4, 5, 63, 64, 65, 128, 511, 512, 513, 4096};

	for (unsigned int i = 0; i < sizeof(lens) / sizeof(lens[0]); i++) {
		uint32_t so = offs[i % 10], dof = offs[(i * 7 + 3) % 10];

		if (!one(d, &src, &dst, so, dof, lens[i]))
			return false;
	}
	/* Random lengths and alignments. */
	for (int i = 0; i < 24; i++) {
		uint32_t len = (uint32_t)siov_test_rand_range(1, 4096);
		uint32_t so = (uint32_t)siov_test_rand_range(0, BUF - len);
		uint32_t dof = (uint32_t)siov_test_rand_range(0, BUF - len);

		if (!one(d, &src, &dst, so, dof, len))
			return false;
	}
	return true;
}
