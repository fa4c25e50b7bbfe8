// SPDX-License-Identifier: MIT
/*
 * A read fault (the IOMMU answers UR for a page that is not mapped) ends every operation with
 * partial completion: status 0x03, bytes_completed and fault_addr as the C reference model
 * computes them, and exactly the destination bytes the model wrote before the fault (no more).
 * Each operation reads a source that runs off the end of the mapped arena, at random distances
 * before the end; two-source operations fault on either source; CRC reads its seed from an
 * unmapped address; a batch whose list cannot be read ends with 0x06.
 */
#include "op_util.h"
#include "siov_test.h"

SIOV_TEST_CONFIG(.summary = "read fault: partial completion, bytes completed, fault address");

#define ARENA (256u * 1024)
#define DATA  OP_CR_BYTES /* buffers above the completion records */

static struct op_arena A;
/* A source of len bytes that ends `over` bytes past the arena. */
static uint64_t tail_src(uint32_t len, uint32_t over)
{
	return op_iova(&A, ARENA - (len - over));
}

static uint32_t inside(uint32_t len)
{
	return DATA + (uint32_t)siov_test_rand_range(0, (ARENA / 2 - DATA - len) / 8) * 8;
}

static void expect_fault(const struct dsa_hw_desc *d, const char *what, unsigned int want)
{
	const struct dsa_completion_record *cr;

	CHECK_EQ(op_run_check(&A, d, what), want, "%s", what);
	cr = (const struct dsa_completion_record *)op_cpu(&A, d->completion_addr - A.mem.iova);
	if (want == DSA_COMP_PAGE_FAULT_NOBOF)
		CHECK(cr->fault_addr >= A.mem.iova + ARENA, "%s: fault address 0x%llx past the arena",
		      what, (unsigned long long)cr->fault_addr);
}

bool test_main(void)
{
	struct dsa_hw_desc d, *list;
	char what[96];

	CHECK_OK(op_arena_init(&A, siov_test_dev(), 4, 0x66, ARENA));
	siov_test_fill_random(A.mem.cpu, ARENA);

	for (unsigned int i = 0; i < 40; i++) {
		uint32_t len = (uint32_t)siov_test_rand_range(2, 40000);
		uint32_t over = (uint32_t)siov_test_rand_range(1, len - 1);
		uint32_t t = inside(len), t2;
		unsigned int kind = i % 10;

		switch (kind) {
		case 0:
			siov_desc_memmove(&d, tail_src(len, over), op_iova(&A, t), len, op_next_cr(&A), 0);
			break;
		case 1:
			siov_desc_crcgen(&d, tail_src(len, over), len, 7, op_next_cr(&A), 0);
			break;
		case 2:
			siov_desc_copy_crc(&d, tail_src(len, over), op_iova(&A, t), len, 7, op_next_cr(&A),
					   0);
			break;
		case 3: /* compare: the first source faults */
			memcpy(op_cpu(&A, t), op_cpu(&A, ARENA - (len - over)), len - over);
			siov_desc_compare(&d, tail_src(len, over), op_iova(&A, t), len, false,
					  op_next_cr(&A), 0);
			break;
		case 4: /* compare: the second source faults */
			memcpy(op_cpu(&A, t), op_cpu(&A, ARENA - (len - over)), len - over);
			siov_desc_compare(&d, op_iova(&A, t), tail_src(len, over), len, false,
					  op_next_cr(&A), 0);
			break;
		case 5:
			memset(op_cpu(&A, ARENA - (len - over)), 0x3c, len - over);
			siov_desc_compare_pattern(&d, tail_src(len, over), 0x3c3c3c3c3c3c3c3cull, len,
						  false, op_next_cr(&A), 0);
			break;
		case 6:
			/* The second destination in the upper half, clear of the source. */
			t2 = (t & 4095) + 4096 * (uint32_t)siov_test_rand_range(ARENA / 8192,
										   ARENA / 8192 + 9);
			siov_desc_dualcast(&d, tail_src(len, over), op_iova(&A, t), op_iova(&A, t2), len,
					   op_next_cr(&A), 0);
			break;
		case 7: /* create delta: the second source faults */
			len = (len + 7) & ~7u;
			over = (over + 7) & ~7u;
			if (over >= len)
				over = len - 8;
			if (!over)
				continue;
			memcpy(op_cpu(&A, t), op_cpu(&A, ARENA - (len - over)), len - over);
			siov_desc_create_delta(&d, op_iova(&A, t), tail_src(len, over), len,
					       op_iova(&A, ARENA / 2 + 8192), 80000, 0, op_next_cr(&A), 0);
			break;
		case 8: { /* DIF check of 512-byte blocks running off the arena */
			struct siov_dif dif = {0};
			uint32_t blocks = 1 + len / 1200;

			len = blocks * 520;
			over = (uint32_t)siov_test_rand_range(1, len - 1);
			/* No guard, reference or application tag checks: data-independent. */
			dif.src_flags = 0x40 | 0x20;
			dif.src_app_mask = 0xffff;
			siov_desc_dif(&d, DSA_OPCODE_DIF_STRP, tail_src(len, over), op_iova(&A, t), len,
				      &dif, op_next_cr(&A), 0);
			break;
		}
		default: /* CRC with its seed read from an unmapped address */
			siov_desc_crcgen(&d, op_iova(&A, t), len, 0, op_next_cr(&A), 0);
			siov_desc_crc_seed_addr(&d, A.mem.iova + ARENA + 64);
			break;
		}
		snprintf(what, sizeof(what), "case %u: opcode 0x%02x, %u bytes, %u past the end", kind,
			 d.opcode, len, over);
		expect_fault(&d, what, DSA_COMP_PAGE_FAULT_NOBOF);
	}

	/* A batch whose list is not readable: 0x06, nothing of it runs. */
	list = (struct dsa_hw_desc *)op_cpu(&A, ARENA - 64);
	siov_desc_memmove(list, op_iova(&A, DATA), op_iova(&A, DATA + 8192), 100, op_next_cr(&A), 0);
	siov_desc_batch(&d, op_iova(&A, ARENA - 64), 2, op_next_cr(&A), 0);
	expect_fault(&d, "batch list running off the arena", DSA_COMP_BATCH_PAGE_FAULT);
	/* A batch whose second descriptor faults: 0x05 for the batch, 0x03 for that one. */
	list = (struct dsa_hw_desc *)op_cpu(&A, DATA);
	siov_desc_memmove(&list[0], op_iova(&A, 3 * DATA), op_iova(&A, 5 * DATA), 1000, op_next_cr(&A), 0);
	siov_desc_memmove(&list[1], tail_src(3000, 100), op_iova(&A, 7 * DATA), 3000, op_next_cr(&A), 0);
	siov_desc_batch(&d, op_iova(&A, DATA), 2, op_next_cr(&A), 0);
	expect_fault(&d, "batch with a faulting descriptor", DSA_COMP_BATCH_FAIL);
	LOG_INFO("%u descriptors identical to the model", A.runs);
	return true;
}
