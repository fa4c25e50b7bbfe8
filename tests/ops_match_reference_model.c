// SPDX-License-Identifier: MIT
/*
 * Every data-mover operation against the independent C reference model (tests/harness/dsa_ref.c)
 * for random sizes, offsets, flags and contents: memory move (both directions of overlap), fill,
 * compare and compare pattern (equal and with a difference at a random byte, with and without
 * Check Result), create and apply delta record (including overflow and bad offsets), dualcast,
 * CRC generation and copy with CRC (all seed and reflection options), DIF check / insert / strip
 * / update (all four block sizes, tag types, F-detect escapes, corrupted guard / tags), and
 * batches of them with Fence. After each descriptor the whole arena and the completion record
 * must be byte-identical to the model's. The CRCs themselves are pinned to their standard check
 * values first.
 */
#include "op_util.h"
#include "siov_test.h"

SIOV_TEST_CONFIG(.summary = "every operation bit-exact against the C reference model");

#define ARENA   (512u * 1024)
#define LIST    OP_CR_BYTES  /* batch lists: 4 KiB above the completion records */
#define DATA    8192u
#define ITER    120u

static struct op_arena A;
static uint32_t rsize(uint32_t max)
{
	/* Mostly small, sometimes up to max, log-uniform. */
	unsigned int bits = (unsigned int)siov_test_rand_range(0, 31 - __builtin_clz(max));
	uint32_t v = (uint32_t)siov_test_rand_range(1u << bits, (2u << bits) - 1);

	return v > max ? max : v;
}

/* A random offset for len bytes, aligned, inside the data part of the arena. */
static uint32_t roff(uint32_t len, uint32_t align)
{
	uint32_t o = (uint32_t)siov_test_rand_range(DATA, ARENA - len);

	return o & ~(align - 1);
}

static void build_dif_source(uint32_t off, uint32_t bs, uint32_t blocks, uint8_t f,
			     uint32_t ref, bool ref_fixed, uint16_t app, bool app_inc)
{
	for (uint32_t k = 0; k < blocks; k++) {
		uint8_t *b = op_cpu(&A, off + k * (bs + 8));
		uint16_t g = dsa_ref_crc16_t10((f & 4) ? 0xffff : 0, b, bs);
		uint32_t r = ref_fixed ? ref : ref + k;
		uint16_t a = app_inc ? (uint16_t)(app + k) : app;

		if (f & 8)
			g = (uint16_t)~g;
		b[bs] = (uint8_t)(g >> 8);
		b[bs + 1] = (uint8_t)g;
		b[bs + 2] = (uint8_t)(a >> 8);
		b[bs + 3] = (uint8_t)a;
		for (int i = 0; i < 4; i++)
			b[bs + 4 + i] = (uint8_t)(r >> (24 - 8 * i));
	}
}

/* One random descriptor of opcode op (memory prepared in the arena). */
static void gen(struct dsa_hw_desc *d, unsigned int op, uint64_t cr)
{
	uint32_t n, s, t, t2;

	switch (op) {
	case DSA_OPCODE_MEMMOVE:
		n = rsize(64 * 1024);
		s = roff(n, 1);
		/* Sometimes overlapping, in either direction. */
		if (siov_test_rand_range(0, 3) == 0) {
			uint32_t shift = (uint32_t)siov_test_rand_range(1, n);

			t = siov_test_rand_range(0, 1) && s >= DATA + shift ? s - shift : s + shift;
			if (t + n > ARENA)
				t = s;
		} else {
			t = roff(n, 1);
		}
		siov_desc_memmove(d, op_iova(&A, s), op_iova(&A, t), n, cr, 0);
		break;
	case DSA_OPCODE_MEMFILL:
		n = rsize(64 * 1024);
		siov_desc_fill(d, op_iova(&A, roff(n, 1)), n, siov_test_rand(), cr, 0);
		break;
	case DSA_OPCODE_COMPARE:
	case DSA_OPCODE_COMPVAL: {
		bool equal = siov_test_rand_range(0, 1);
		uint64_t pat = siov_test_rand();

		n = rsize(32 * 1024);
		s = roff(n, 1);
		t = roff(n, 1);
		if (op == DSA_OPCODE_COMPARE) {
			memmove(op_cpu(&A, t), op_cpu(&A, s), n);
		} else {
			for (uint32_t i = 0; i < n; i++)
				op_cpu(&A, s)[i] = (uint8_t)(pat >> (8 * (i % 8)));
		}
		if (!equal)
			op_cpu(&A, s)[siov_test_rand_range(0, n - 1)] ^= 0x5a;
		if (op == DSA_OPCODE_COMPARE)
			siov_desc_compare(d, op_iova(&A, s), op_iova(&A, t), n,
					  siov_test_rand_range(0, 1), cr,
					  siov_test_rand_range(0, 1) ? IDXD_OP_FLAG_CR : 0);
		else
			siov_desc_compare_pattern(d, op_iova(&A, s), pat, n,
						  siov_test_rand_range(0, 1), cr,
						  siov_test_rand_range(0, 1) ? IDXD_OP_FLAG_CR : 0);
		break;
	}
	case DSA_OPCODE_CR_DELTA: {
		uint32_t max, words;

		n = (rsize(16 * 1024) + 7) & ~7u;
		words = n / 8;
		s = roff(n, 8);
		t = roff(n, 8);
		memmove(op_cpu(&A, t), op_cpu(&A, s), n);
		for (uint32_t k = (uint32_t)siov_test_rand_range(0, words < 40 ? words : 40); k; k--)
			op_cpu(&A, t)[8 * siov_test_rand_range(0, words - 1) +
				      siov_test_rand_range(0, 7)] ^= 0xa5;
		max = 10 * (uint32_t)siov_test_rand_range(8, 48);
		t2 = roff(max, 8);
		siov_desc_create_delta(d, op_iova(&A, s), op_iova(&A, t), n, op_iova(&A, t2), max,
				       (uint8_t)siov_test_rand_range(0, 7), cr,
				       siov_test_rand_range(0, 1) ? IDXD_OP_FLAG_CR : 0);
		break;
	}
	case DSA_OPCODE_AP_DELTA: {
		uint32_t recs, o = 0, size;

		n = (rsize(16 * 1024) + 7) & ~7u;
		recs = (uint32_t)siov_test_rand_range(1, 24);
		size = 10 * recs;
		s = roff(size, 8);
		t = roff(n, 8);
		for (uint32_t k = 0; k < recs; k++) {
			uint8_t *r = op_cpu(&A, s + 10 * k);

			o += (uint32_t)siov_test_rand_range(k ? 1 : 0, 1 + n / 8 / recs);
			if (siov_test_rand_range(0, 40) == 0)
				o -= (uint32_t)siov_test_rand_range(0, o); /* not increasing */
			r[0] = (uint8_t)o;
			r[1] = (uint8_t)(o >> 8);
		}
		siov_desc_apply_delta(d, op_iova(&A, s), size, op_iova(&A, t), n, cr, 0);
		break;
	}
	case DSA_OPCODE_DUALCAST:
		n = rsize(32 * 1024);
		s = roff(n, 1);
		t = roff(n, 1);
		t2 = (uint32_t)(t & 0xfff) + 4096 * (uint32_t)siov_test_rand_range(2, ARENA / 4096 - 2 -
										   n / 4096);
		siov_desc_dualcast(d, op_iova(&A, s), op_iova(&A, t), op_iova(&A, t2), n, cr, 0);
		break;
	case DSA_OPCODE_CRCGEN:
	case DSA_OPCODE_COPY_CRC: {
		uint32_t fl = (uint32_t)siov_test_rand_range(0, 7) << 16, seed = (uint32_t)siov_test_rand();

		n = rsize(32 * 1024);
		s = roff(n, 1);
		t = roff(n, 1);
		if (op == DSA_OPCODE_CRCGEN)
			siov_desc_crcgen(d, op_iova(&A, s), n, seed, cr, fl & ~SIOV_CRC_FLAG_SEED_ADDR);
		else
			siov_desc_copy_crc(d, op_iova(&A, s), op_iova(&A, t), n, seed, cr,
					   fl & ~SIOV_CRC_FLAG_SEED_ADDR);
		if (fl & SIOV_CRC_FLAG_SEED_ADDR)
			siov_desc_crc_seed_addr(d, op_iova(&A, roff(4, 4)));
		break;
	}
	default: { /* DIF */
		struct siov_dif dif = {0};
		uint32_t bs, blocks, stride;
		bool ins = op == DSA_OPCODE_DIF_INS;

		dif.flags = (uint8_t)siov_test_rand_range(0, 15);
		bs = (uint32_t[]){512, 520, 4096, 4104}[dif.flags & 3];
		stride = ins ? bs : bs + 8;
		blocks = (uint32_t)siov_test_rand_range(1, bs > 1000 ? 4 : 12);
		n = blocks * stride;
		s = roff(n + 8 * blocks, 1);
		t = roff(n + 8 * blocks, 1);
		dif.src_flags = (uint8_t)(siov_test_rand() & 0xff);
		dif.dst_flags = (uint8_t)(siov_test_rand() & 0xf8);
		dif.src_ref = (uint32_t)siov_test_rand();
		dif.dst_ref = (uint32_t)siov_test_rand();
		dif.src_app = (uint16_t)siov_test_rand();
		dif.dst_app = (uint16_t)siov_test_rand();
		dif.src_app_mask = siov_test_rand_range(0, 2) ? 0 : (uint16_t)siov_test_rand();
		dif.dst_app_mask = siov_test_rand_range(0, 2) ? 0 : (uint16_t)siov_test_rand();
		if (siov_test_rand_range(0, 3))
			dif.src_flags &= 0x90; /* usually: checks on, only the tag types random */
		if (!ins) {
			build_dif_source(s, bs, blocks, dif.flags, dif.src_ref, dif.src_flags & 0x80,
					 dif.src_app, dif.src_flags & 0x10);
			if (siov_test_rand_range(0, 3) == 0) /* corrupt a byte of some block */
				op_cpu(&A, s)[siov_test_rand_range(0, n - 1)] ^= 0x01;
			if (siov_test_rand_range(0, 8) == 0) /* an all-ones tuple */
				memset(op_cpu(&A, s + (blocks - 1) * stride + bs), 0xff, 8);
		}
		if (op != DSA_OPCODE_DIF_UPDT)
			dif.dst_flags &= 0x90;
		siov_desc_dif(d, op, op_iova(&A, s), op_iova(&A, t), n, &dif, cr, 0);
		break;
	}
	}
}

static const unsigned int ops[] = {
	DSA_OPCODE_MEMMOVE, DSA_OPCODE_MEMFILL, DSA_OPCODE_COMPARE, DSA_OPCODE_COMPVAL,
	DSA_OPCODE_CR_DELTA, DSA_OPCODE_AP_DELTA, DSA_OPCODE_DUALCAST, DSA_OPCODE_CRCGEN,
	DSA_OPCODE_COPY_CRC, DSA_OPCODE_DIF_CHECK, DSA_OPCODE_DIF_INS, DSA_OPCODE_DIF_STRP,
	DSA_OPCODE_DIF_UPDT,
};
#define NOPS (sizeof(ops) / sizeof(ops[0]))

bool test_main(void)
{
	static const uint8_t check[] = "123456789";
	unsigned int hist[0x20] = {0}, st;
	struct dsa_hw_desc d;

	/* The reference CRCs are the standard ones. */
	CHECK_EQ(dsa_ref_crc32c(0, check, 9, 0), 0xe3069283u, "CRC-32C check value");
	CHECK_EQ(dsa_ref_crc16_t10(0, check, 9), 0xd0db, "CRC-16/T10-DIF check value");
	CHECK_EQ(dsa_ref_crc32c(0, check, 9, SIOV_CRC_FLAG_BYPASS_INV), 0x045fc71au);
	CHECK_EQ(dsa_ref_crc32c(0x12345678, check, 9, SIOV_CRC_FLAG_BYPASS_DREFL), 0x6c2ecb49u);

	CHECK_OK(op_arena_init(&A, siov_test_dev(), 2, 0x77, ARENA));
	siov_test_fill_random(A.mem.cpu, ARENA);

	/* Every operation once on a known input first: the CRC check value through the device. */
	memcpy(op_cpu(&A, DATA), check, 9);
	siov_desc_crcgen(&d, op_iova(&A, DATA), 9, 0, op_next_cr(&A), 0);
	CHECK_EQ(op_run_check(&A, &d, "crc of 123456789"), DSA_COMP_SUCCESS);
	CHECK_EQ(((struct dsa_completion_record *)op_cpu(&A, 0))->crc_val, 0xe3069283u);

	for (unsigned int i = 0; i < ITER; i++) {
		char what[64];

		if (siov_test_rand_range(0, 7) == 0) {
			/* A batch of 2-4 random descriptors, some with Fence. */
			struct dsa_hw_desc *list = (struct dsa_hw_desc *)op_cpu(&A, LIST);
			unsigned int cnt = (unsigned int)siov_test_rand_range(2, 4);

			for (unsigned int k = 0; k < cnt; k++) {
				gen(&list[k], ops[siov_test_rand_range(0, NOPS - 1)], op_next_cr(&A));
				if (siov_test_rand_range(0, 2) == 0)
					list[k].flags |= IDXD_OP_FLAG_FENCE;
			}
			siov_desc_batch(&d, op_iova(&A, LIST), cnt, op_next_cr(&A), 0);
			snprintf(what, sizeof(what), "iteration %u: batch of %u", i, cnt);
		} else {
			gen(&d, ops[siov_test_rand_range(0, NOPS - 1)], op_next_cr(&A));
			snprintf(what, sizeof(what), "iteration %u: opcode 0x%02x size %u", i, d.opcode,
				 d.xfer_size);
		}
		st = op_run_check(&A, &d, what);
		hist[st & 0x1f]++;
	}
	LOG_INFO("%u descriptors; statuses: success %u, false predicate %u, batch fail %u, "
		 "delta order %u, delta range %u, DIF error %u, overlap %u", A.runs,
		 hist[DSA_COMP_SUCCESS], hist[DSA_COMP_SUCCESS_PRED], hist[DSA_COMP_BATCH_FAIL],
		 hist[DSA_COMP_DR_OFFSET_NOINC], hist[DSA_COMP_DR_OFFSET_ERANGE], hist[DSA_COMP_DIF_ERR],
		 hist[DSA_COMP_OVERLAP_BUFFERS]);
	CHECK(hist[DSA_COMP_SUCCESS] > ITER / 2, "most descriptors succeed");
	return true;
}
