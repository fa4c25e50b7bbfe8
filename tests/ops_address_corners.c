// SPDX-License-Identifier: MIT
/*
 * Address, length and alignment corners of the datapath, every byte checked against the C
 * reference model: source and destination offsets 0-63 and 4032-4095 within a page, lengths 1 B
 * to the maximum transfer size (2 MiB), transfers crossing many 4 KiB pages, for memory move
 * (both overlap directions), fill, CRC generation, copy with CRC, compare and dualcast. The
 * unaligned heads and tails exercise the byte enables of the first and last DW of every write
 * TLP; the long transfers exercise the Max Read Request / Max Payload / 4 KiB splits.
 */
#include "op_util.h"
#include "siov_test.h"

SIOV_TEST_CONFIG(.summary = "offsets 0-63 and 4032-4095, lengths 1 B to 2 MiB, many pages");

#define ARENA (6u << 20)
#define DATA  OP_CR_BYTES /* buffers above the completion records */

static struct op_arena A;
/* An in-page offset from the two corner ranges. */
static uint32_t corner(void)
{
	uint32_t o = (uint32_t)siov_test_rand_range(0, 63);

	return siov_test_rand_range(0, 1) ? o : 4032 + o;
}

static uint32_t page_at(uint32_t len)
{
	uint32_t pages = (ARENA - DATA - len - 8192) / 4096;

	return DATA + 4096 * (uint32_t)siov_test_rand_range(0, pages);
}

static void one(unsigned int op, uint32_t len)
{
	struct dsa_hw_desc d;
	uint32_t s = page_at(len) + corner(), t = page_at(len) + corner(), t2;
	char what[80];

	snprintf(what, sizeof(what), "opcode 0x%02x length %u src +%u dst +%u", op, len, s & 4095,
		 t & 4095);
	switch (op) {
	case DSA_OPCODE_MEMFILL:
		siov_desc_fill(&d, op_iova(&A, t), len, siov_test_rand(), op_next_cr(&A), 0);
		break;
	case DSA_OPCODE_CRCGEN:
		siov_desc_crcgen(&d, op_iova(&A, s), len, (uint32_t)siov_test_rand(), op_next_cr(&A), 0);
		break;
	case DSA_OPCODE_COPY_CRC:
		if (s < t + len && t < s + len)
			t = s + len + (t & 4095);
		if (t + len > ARENA)
			return;
		siov_desc_copy_crc(&d, op_iova(&A, s), op_iova(&A, t), len, 0, op_next_cr(&A), 0);
		break;
	case DSA_OPCODE_COMPARE:
		memmove(op_cpu(&A, t), op_cpu(&A, s), len);
		if (siov_test_rand_range(0, 1))
			op_cpu(&A, t)[siov_test_rand_range(0, len - 1)] ^= 0x80;
		siov_desc_compare(&d, op_iova(&A, s), op_iova(&A, t), len, false, op_next_cr(&A), 0);
		break;
	case DSA_OPCODE_DUALCAST:
		t2 = (t & 4095) + 4096 * (uint32_t)siov_test_rand_range(1, (ARENA - len) / 4096 - 2);
		if ((s < t + len && t < s + len) || (s < t2 + len && t2 < s + len) ||
		    (t < t2 + len && t2 < t + len))
			return;
		siov_desc_dualcast(&d, op_iova(&A, s), op_iova(&A, t), op_iova(&A, t2), len,
				   op_next_cr(&A), 0);
		break;
	default:
		siov_desc_memmove(&d, op_iova(&A, s), op_iova(&A, t), len, op_next_cr(&A), 0);
		break;
	}
	CHECK(op_run_check(&A, &d, what) <= DSA_COMP_SUCCESS_PRED, "%s succeeds", what);
}

bool test_main(void)
{
	static const unsigned int ops[] = {DSA_OPCODE_MEMMOVE, DSA_OPCODE_MEMFILL,
					   DSA_OPCODE_CRCGEN,  DSA_OPCODE_COPY_CRC,
					   DSA_OPCODE_COMPARE, DSA_OPCODE_DUALCAST};
	static const uint32_t lens[] = {1, 2, 3, 4, 5, 7, 8, 9, 63, 64, 65, 127, 128, 129,
					511, 512, 513, 4095, 4096, 4097, 8191, 8193, 12288};

	CHECK_OK(op_arena_init(&A, siov_test_dev(), 3, 0x5c, ARENA));
	siov_test_fill_random(A.mem.cpu, ARENA);

	/* Every corner length with every operation, random corner offsets. */
	for (size_t o = 0; o < sizeof(ops) / sizeof(ops[0]); o++)
		for (size_t l = 0; l < sizeof(lens) / sizeof(lens[0]); l++)
			one(ops[o], lens[l]);
	/* Random lengths across many pages. */
	for (unsigned int i = 0; i < 24; i++)
		one(ops[i % 6], (uint32_t)siov_test_rand_range(1, 300 * 1024));
	/* The maximum transfer size, and overlapping moves of many pages in both directions. */
	one(DSA_OPCODE_MEMMOVE, 2u << 20);
	one(DSA_OPCODE_CRCGEN, 2u << 20);
	{
		struct dsa_hw_desc d;

		siov_desc_memmove(&d, op_iova(&A, DATA + 100), op_iova(&A, DATA + 100 + 12345),
				  200000, op_next_cr(&A), 0);
		CHECK_EQ(op_run_check(&A, &d, "overlap, destination above"), DSA_COMP_SUCCESS);
		siov_desc_memmove(&d, op_iova(&A, DATA + 5000), op_iova(&A, DATA + 4033), 200000,
				  op_next_cr(&A), 0);
		CHECK_EQ(op_run_check(&A, &d, "overlap, destination below"), DSA_COMP_SUCCESS);
	}
	LOG_INFO("%u descriptors identical to the model", A.runs);
	return true;
}
