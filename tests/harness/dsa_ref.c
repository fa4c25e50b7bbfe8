// SPDX-License-Identifier: MIT
/*
 * dsa_ref.c - independent C model of the data-mover operations (dsa_ref.h). Written from
 * docs/operations.md, not from the RTL: byte loops, no chunking.
 */
#include "dsa_ref.h"

#include <string.h>

#define PAGE 4096ull

/* ---- bytes of the descriptor ------------------------------------------------------------- */
static uint8_t db(const struct dsa_hw_desc *d, unsigned int i)
{
	return ((const uint8_t *)d)[i];
}

static uint64_t dq(const struct dsa_hw_desc *d, unsigned int i, unsigned int n)
{
	uint64_t v = 0;

	for (unsigned int k = 0; k < n; k++)
		v |= (uint64_t)db(d, i + k) << (8 * k);
	return v;
}

/* ---- memory ------------------------------------------------------------------------------- */
/* Bytes of [a, a+n) readable from the start (page granular). */
static uint64_t readable(const struct dsa_ref_env *e, uint64_t a, uint64_t n)
{
	uint64_t off = 0;

	while (off < n) {
		uint64_t pg = (a + off) & ~(PAGE - 1);

		if (!e->xlate(e->ctx, a + off))
			return off;
		off = pg + PAGE - a;
	}
	return n;
}

/* Bytes of [a, a+n) readable from the end; *bad = the highest byte that is not. */
static uint64_t readable_desc(const struct dsa_ref_env *e, uint64_t a, uint64_t n, uint64_t *bad)
{
	uint64_t done = 0;

	while (done < n) {
		uint64_t last = a + n - done - 1;

		if (!e->xlate(e->ctx, last)) {
			*bad = last;
			return done;
		}
		done = a + n - (last & ~(PAGE - 1));
		if (done > n)
			done = n;
	}
	return n;
}

static uint8_t rd8(const struct dsa_ref_env *e, uint64_t a)
{
	return *e->xlate(e->ctx, a);
}

static void wr8(const struct dsa_ref_env *e, uint64_t a, uint8_t v)
{
	uint8_t *p = e->xlate(e->ctx, a);

	if (p) /* posted writes to unmapped pages are dropped */
		*p = v;
}

static uint64_t rd_le(const struct dsa_ref_env *e, uint64_t a, unsigned int n)
{
	uint64_t v = 0;

	for (unsigned int k = 0; k < n; k++)
		v |= (uint64_t)rd8(e, a + k) << (8 * k);
	return v;
}

/* ---- CRCs --------------------------------------------------------------------------------- */
static uint32_t rev32(uint32_t v)
{
	uint32_t r = 0;

	for (int i = 0; i < 32; i++)
		r |= ((v >> i) & 1u) << (31 - i);
	return r;
}

static uint8_t rev8(uint8_t v)
{
	uint8_t r = 0;

	for (int i = 0; i < 8; i++)
		r |= (uint8_t)(((v >> i) & 1u) << (7 - i));
	return r;
}

static uint32_t crc32c_start(uint32_t seed, uint32_t flags)
{
	return (flags & 0x20000u) ? rev32(seed) : ~seed;
}

static uint32_t crc32c_byte(uint32_t c, uint8_t b, uint32_t flags)
{
	if (flags & 0x40000u)
		b = rev8(b);
	c ^= b;
	for (int i = 0; i < 8; i++)
		c = (c >> 1) ^ ((c & 1u) ? 0x82f63b78u : 0u);
	return c;
}

static uint32_t crc32c_end(uint32_t c, uint32_t flags)
{
	return (flags & 0x20000u) ? rev32(c) : ~c;
}

uint32_t dsa_ref_crc32c(uint32_t seed, const uint8_t *p, size_t n, uint32_t op_flags)
{
	uint32_t c = crc32c_start(seed, op_flags);

	for (size_t i = 0; i < n; i++)
		c = crc32c_byte(c, p[i], op_flags);
	return crc32c_end(c, op_flags);
}

static uint16_t crc16_byte(uint16_t r, uint8_t b)
{
	r ^= (uint16_t)(b << 8);
	for (int i = 0; i < 8; i++)
		r = (uint16_t)((r << 1) ^ ((r & 0x8000u) ? 0x8bb7u : 0u));
	return r;
}

uint16_t dsa_ref_crc16_t10(uint16_t init, const uint8_t *p, size_t n)
{
	uint16_t r = init;

	for (size_t i = 0; i < n; i++)
		r = crc16_byte(r, p[i]);
	return r;
}

/* ---- validation --------------------------------------------------------------------------- */
static bool overlap(uint64_t a, uint64_t la, uint64_t b, uint64_t lb)
{
	return la && lb && a < b + lb && b < a + la;
}

static bool wraps(uint64_t a, uint64_t n)
{
	return a + n < a;
}

/* Reserved bits of bytes 16-63 for each opcode (bytes 38-39 always). */
static bool rsvd_nonzero(const struct dsa_hw_desc *d, unsigned int op)
{
	uint8_t m[64] = {0};

#define RS(from, to) memset(&m[from], 0xff, (to) - (from) + 1)
	RS(38, 39);
	switch (op) {
	case DSA_OPCODE_NOOP:
	case DSA_OPCODE_DRAIN:
		RS(16, 35);
		RS(40, 63);
		break;
	case DSA_OPCODE_BATCH:
		RS(24, 31);
		RS(40, 63);
		break;
	case DSA_OPCODE_MEMMOVE:
	case DSA_OPCODE_MEMFILL:
		RS(40, 63);
		break;
	case DSA_OPCODE_COMPARE:
	case DSA_OPCODE_COMPVAL:
		m[40] = 0xfe;
		RS(41, 63);
		break;
	case DSA_OPCODE_CR_DELTA:
		RS(52, 55);
		m[56] = 0xf8;
		RS(57, 63);
		break;
	case DSA_OPCODE_AP_DELTA:
		RS(44, 63);
		break;
	case DSA_OPCODE_DUALCAST:
		RS(48, 63);
		break;
	case DSA_OPCODE_CRCGEN:
		RS(24, 31);
		RS(44, 47);
		RS(56, 63);
		break;
	case DSA_OPCODE_COPY_CRC:
		RS(44, 47);
		RS(56, 63);
		break;
	case DSA_OPCODE_DIF_CHECK:
		RS(24, 31);
		RS(41, 41);
		m[42] = 0xf0;
		RS(43, 47);
		RS(56, 63);
		break;
	case DSA_OPCODE_DIF_INS:
		RS(40, 40);
		m[41] = 0x6f;
		m[42] = 0xf0;
		RS(43, 55);
		break;
	case DSA_OPCODE_DIF_STRP:
		RS(41, 41);
		m[42] = 0xf0;
		RS(43, 47);
		RS(56, 63);
		break;
	case DSA_OPCODE_DIF_UPDT:
		m[41] = 0x07;
		m[42] = 0xf0;
		RS(43, 47);
		break;
	default:
		break;
	}
#undef RS
	for (unsigned int i = 16; i < 64; i++)
		if (db(d, i) & m[i])
			return true;
	return false;
}

static bool is_dif(unsigned int op)
{
	return op >= DSA_OPCODE_DIF_CHECK && op <= DSA_OPCODE_DIF_UPDT;
}

static bool is_data(unsigned int op)
{
	return (op >= DSA_OPCODE_MEMMOVE && op <= DSA_OPCODE_DUALCAST) ||
	       op == DSA_OPCODE_CRCGEN || op == DSA_OPCODE_COPY_CRC || is_dif(op);
}

static uint32_t dif_bs(uint8_t flags)
{
	static const uint32_t bs[4] = {512, 520, 4096, 4104};

	return bs[flags & 3];
}

static unsigned int validate(const struct dsa_ref_env *e, const struct dsa_hw_desc *d,
			     bool in_batch, uint32_t *bad_flags)
{
	unsigned int op = d->opcode;
	uint32_t fl = d->flags, allowed = 0x003f1d, size = d->xfer_size;
	uint64_t a1 = d->src_addr, a2 = d->dst_addr, a3 = dq(d, 40, 8);
	uint32_t w40 = (uint32_t)dq(d, 40, 4), w48 = (uint32_t)dq(d, 48, 4);
	uint32_t maxx = 1u << e->max_xfer_shift;
	uint32_t stride = 0, blocks = 0;

	*bad_flags = 0;
	if (op >= 64 || !((e->opcap >> op) & 1) || !((e->ops >> op) & 1) ||
	    (in_batch && (op == DSA_OPCODE_BATCH || op == DSA_OPCODE_DRAIN)))
		return DSA_COMP_BAD_OPCODE;
	if (op == DSA_OPCODE_COMPARE || op == DSA_OPCODE_COMPVAL || op == DSA_OPCODE_CR_DELTA)
		allowed |= IDXD_OP_FLAG_CR;
	if (op == DSA_OPCODE_CRCGEN || op == DSA_OPCODE_COPY_CRC)
		allowed |= 0x070000;
	*bad_flags = fl & ~allowed;
	if ((fl & IDXD_OP_FLAG_RCR) && !(fl & IDXD_OP_FLAG_CRAV))
		*bad_flags |= IDXD_OP_FLAG_RCR;
	if (*bad_flags)
		return DSA_COMP_INVALID_FLAGS;
	if ((fl & IDXD_OP_FLAG_CRAV) && (d->completion_addr & 31))
		return DSA_COMP_CRA_ALIGN;
	if (rsvd_nonzero(d, op) || (e->shared && d->rsvd))
		return DSA_COMP_NOZERO_RESERVE;
	if (e->shared && d->priv && !e->priv_enabled)
		return DSA_COMP_PRIV_BAD;
	if (is_dif(op)) {
		stride = dif_bs(db(d, 42)) + (op == DSA_OPCODE_DIF_INS ? 0 : 8);
		blocks = size / stride;
	}
	if (is_data(op)) {
		bool bad = size == 0 || size > maxx;

		if ((op == DSA_OPCODE_CR_DELTA || op == DSA_OPCODE_AP_DELTA) && size > 0x80000)
			bad = true;
		if (is_dif(op) && size % stride)
			bad = true;
		if (op != DSA_OPCODE_MEMFILL && op != DSA_OPCODE_AP_DELTA && wraps(a1, size))
			bad = true;
		if ((op == DSA_OPCODE_MEMMOVE || op == DSA_OPCODE_MEMFILL ||
		     op == DSA_OPCODE_COMPARE || op == DSA_OPCODE_CR_DELTA ||
		     op == DSA_OPCODE_AP_DELTA || op == DSA_OPCODE_DUALCAST ||
		     op == DSA_OPCODE_COPY_CRC || op == DSA_OPCODE_DIF_INS ||
		     op == DSA_OPCODE_DIF_STRP || op == DSA_OPCODE_DIF_UPDT) && wraps(a2, size))
			bad = true;
		if (bad)
			return DSA_COMP_XFER_ERANGE;
	}
	if (op == DSA_OPCODE_BATCH && (size < 2 || size > (1u << e->max_batch_shift)))
		return DSA_COMP_DESC_CNT_ERANGE;
	if ((op == DSA_OPCODE_CR_DELTA && (w48 % 10 || w48 < 80 || w48 > maxx)) ||
	    (op == DSA_OPCODE_AP_DELTA && (w40 == 0 || w40 % 10 || w40 > maxx)))
		return DSA_COMP_DR_ERANGE;
	switch (op) {
	case DSA_OPCODE_DUALCAST:
		if (overlap(a1, size, a2, size) || overlap(a1, size, a3, size) ||
		    overlap(a2, size, a3, size))
			return DSA_COMP_OVERLAP_BUFFERS;
		break;
	case DSA_OPCODE_COPY_CRC:
	case DSA_OPCODE_DIF_UPDT:
		if (overlap(a1, size, a2, size))
			return DSA_COMP_OVERLAP_BUFFERS;
		break;
	case DSA_OPCODE_CR_DELTA:
		if (overlap(a3, w48, a1, size) || overlap(a3, w48, a2, size))
			return DSA_COMP_OVERLAP_BUFFERS;
		break;
	case DSA_OPCODE_AP_DELTA:
		if (overlap(a1, w40, a2, size))
			return DSA_COMP_OVERLAP_BUFFERS;
		break;
	case DSA_OPCODE_DIF_INS:
		if (overlap(a1, size, a2, size + 8ull * blocks))
			return DSA_COMP_OVERLAP_BUFFERS;
		break;
	case DSA_OPCODE_DIF_STRP:
		if (overlap(a1, size, a2, size - 8ull * blocks))
			return DSA_COMP_OVERLAP_BUFFERS;
		break;
	default:
		break;
	}
	if (op == DSA_OPCODE_DUALCAST && (a2 & 0xfff) != (a3 & 0xfff))
		return DSA_COMP_DCAST_ERR;
	if (op == DSA_OPCODE_BATCH && (a1 & 63))
		return DSA_COMP_DESCLIST_ALIGN;
	if ((op == DSA_OPCODE_CR_DELTA && ((a1 | a2 | a3 | size) & 7)) ||
	    (op == DSA_OPCODE_AP_DELTA && ((a1 | a2 | size) & 7)) ||
	    ((op == DSA_OPCODE_CRCGEN || op == DSA_OPCODE_COPY_CRC) && (fl & 0x10000) &&
	     (dq(d, 48, 8) & 3)))
		return DSA_COMP_ADDR_ALIGN;
	if ((fl & IDXD_OP_FLAG_RCI) && !e->handle_ok(e->ctx, d->int_handle))
		return DSA_COMP_INT_HANDLE_INVAL;
	return DSA_COMP_SUCCESS;
}

/* ---- operations --------------------------------------------------------------------------- */
struct res {
	unsigned int st;
	uint8_t result;
	uint32_t bc;
	uint64_t fault;
	uint8_t opsp[16];
};

static void put32(uint8_t *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

static void put16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
}

static void op_move(const struct dsa_ref_env *e, const struct dsa_hw_desc *d, struct res *r)
{
	uint64_t s = d->src_addr, t = d->dst_addr, n = d->xfer_size, bad = 0;

	if (s < t && t < s + n) {
		/* Descending: the end first. */
		uint64_t ok = readable_desc(e, s, n, &bad);

		for (uint64_t i = 0; i < ok; i++)
			wr8(e, t + n - 1 - i, rd8(e, s + n - 1 - i));
		r->bc = (uint32_t)ok;
		if (ok < n) {
			r->st = DSA_COMP_PAGE_FAULT_NOBOF;
			r->result = 1;
			r->fault = bad;
		}
		return;
	}
	{
		uint64_t ok = readable(e, s, n);

		for (uint64_t i = 0; i < ok; i++)
			wr8(e, t + i, rd8(e, s + i));
		r->bc = (uint32_t)ok;
		if (ok < n) {
			r->st = DSA_COMP_PAGE_FAULT_NOBOF;
			r->fault = s + ok;
		}
	}
}

static void op_dualcast(const struct dsa_ref_env *e, const struct dsa_hw_desc *d, struct res *r)
{
	uint64_t s = d->src_addr, n = d->xfer_size, ok = readable(e, s, n);

	for (uint64_t i = 0; i < ok; i++) {
		uint8_t v = rd8(e, s + i);

		wr8(e, d->dst_addr + i, v);
		wr8(e, d->dest2 + i, v);
	}
	r->bc = (uint32_t)ok;
	if (ok < n) {
		r->st = DSA_COMP_PAGE_FAULT_NOBOF;
		r->fault = s + ok;
	}
}

static void op_fill(const struct dsa_ref_env *e, const struct dsa_hw_desc *d, struct res *r)
{
	for (uint64_t i = 0; i < d->xfer_size; i++)
		wr8(e, d->dst_addr + i, (uint8_t)(d->pattern >> (8 * (i % 8))));
	r->bc = d->xfer_size;
}

static void op_compare(const struct dsa_ref_env *e, const struct dsa_hw_desc *d, bool pattern,
		       struct res *r)
{
	uint64_t n = d->xfer_size, ok1 = readable(e, d->src_addr, n), ok2 = n, ok;
	bool check = d->flags & IDXD_OP_FLAG_CR;
	uint8_t expect = db(d, 40) & 1;

	if (!pattern)
		ok2 = readable(e, d->src2_addr, n);
	ok = ok1 < ok2 ? ok1 : ok2;
	for (uint64_t i = 0; i < ok; i++) {
		uint8_t a = rd8(e, d->src_addr + i);
		uint8_t b = pattern ? (uint8_t)(d->comp_pattern >> (8 * (i % 8)))
				    : rd8(e, d->src2_addr + i);

		if (a != b) {
			r->result = 1;
			r->bc = (uint32_t)i;
			r->st = check && expect != 1 ? DSA_COMP_SUCCESS_PRED : DSA_COMP_SUCCESS;
			return;
		}
	}
	if (ok < n) {
		r->st = DSA_COMP_PAGE_FAULT_NOBOF;
		r->bc = (uint32_t)(pattern ? ok & ~7ull : ok);
		r->fault = ok1 <= ok2 ? d->src_addr + ok1 : d->src2_addr + ok2;
		return;
	}
	r->bc = (uint32_t)n;
	r->st = check && expect != 0 ? DSA_COMP_SUCCESS_PRED : DSA_COMP_SUCCESS;
}

static void op_create_delta(const struct dsa_ref_env *e, const struct dsa_hw_desc *d,
			    struct res *r)
{
	uint64_t n = d->xfer_size, ok1 = readable(e, d->src_addr, n);
	uint64_t ok2 = readable(e, d->src2_addr, n), ok = ok1 < ok2 ? ok1 : ok2;
	uint32_t max = d->max_delta_size, size = 0;
	bool any = false, ovf = false;

	for (uint64_t w = 0; w < ok / 8; w++) {
		uint64_t x = rd_le(e, d->src_addr + 8 * w, 8), y = rd_le(e, d->src2_addr + 8 * w, 8);

		if (x == y)
			continue;
		if (size + 10 > max) {
			ovf = true;
			r->bc = (uint32_t)(8 * w);
			break;
		}
		wr8(e, d->delta_addr + size, (uint8_t)w);
		wr8(e, d->delta_addr + size + 1, (uint8_t)(w >> 8));
		for (int k = 0; k < 8; k++)
			wr8(e, d->delta_addr + size + 2 + k, (uint8_t)(y >> (8 * k)));
		size += 10;
		any = true;
	}
	if (!ovf) {
		r->bc = (uint32_t)ok;
		if (ok < n) {
			r->st = DSA_COMP_PAGE_FAULT_NOBOF;
			r->fault = ok1 <= ok2 ? d->src_addr + ok1 : d->src2_addr + ok2;
		}
	}
	r->result = ovf ? 2 : any ? 1 : 0;
	put32(r->opsp, size);
	if (r->st == DSA_COMP_SUCCESS && (d->flags & IDXD_OP_FLAG_CR) &&
	    !((d->expected_res_mask >> r->result) & 1))
		r->st = DSA_COMP_SUCCESS_PRED;
}

static void op_apply_delta(const struct dsa_ref_env *e, const struct dsa_hw_desc *d,
			   struct res *r)
{
	uint64_t rec = d->src_addr, len = d->delta_rec_size, ok = readable(e, rec, len);
	uint16_t prev = 0;

	for (uint64_t k = 0; k + 10 <= len; k += 10) {
		uint16_t o;
		uint64_t v;

		if (k + 10 > ok) {
			r->st = DSA_COMP_PAGE_FAULT_NOBOF;
			r->bc = (uint32_t)k;
			r->fault = rec + ok;
			return;
		}
		o = (uint16_t)rd_le(e, rec + k, 2);
		v = rd_le(e, rec + k + 2, 8);
		if (k && o <= prev) {
			r->st = DSA_COMP_DR_OFFSET_NOINC;
			r->bc = (uint32_t)k;
			return;
		}
		if (8ull * o >= d->xfer_size) {
			r->st = DSA_COMP_DR_OFFSET_ERANGE;
			r->bc = (uint32_t)k;
			return;
		}
		for (int b = 0; b < 8; b++)
			wr8(e, d->dst_addr + 8ull * o + b, (uint8_t)(v >> (8 * b)));
		prev = o;
	}
	r->bc = (uint32_t)len;
}

static void op_crc(const struct dsa_ref_env *e, const struct dsa_hw_desc *d, bool copy,
		   struct res *r)
{
	uint32_t fl = d->flags, seed = d->crc_seed, c;
	uint64_t n = d->xfer_size, ok;

	if (fl & 0x10000) {
		if (readable(e, d->seed_addr, 4) < 4) {
			r->st = DSA_COMP_PAGE_FAULT_NOBOF;
			r->fault = d->seed_addr;
			return;
		}
		seed = (uint32_t)rd_le(e, d->seed_addr, 4);
	}
	ok = readable(e, d->src_addr, n);
	c = crc32c_start(seed, fl);
	for (uint64_t i = 0; i < ok; i++) {
		uint8_t v = rd8(e, d->src_addr + i);

		c = crc32c_byte(c, v, fl);
		if (copy)
			wr8(e, d->dst_addr + i, v);
	}
	put32(r->opsp, crc32c_end(c, fl));
	r->bc = (uint32_t)ok;
	if (ok < n) {
		r->st = DSA_COMP_PAGE_FAULT_NOBOF;
		r->fault = d->src_addr + ok;
	}
}

static void dif_tags(const struct dsa_hw_desc *d, unsigned int op, uint32_t k, struct res *r)
{
	uint8_t sf = db(d, 40), df = db(d, 41);
	uint32_t sref = (uint32_t)dq(d, 48, 4), dref = (uint32_t)dq(d, 56, 4);
	uint16_t smask = (uint16_t)dq(d, 52, 2), sapp = (uint16_t)dq(d, 54, 2);
	uint16_t dmask = (uint16_t)dq(d, 60, 2), dapp = (uint16_t)dq(d, 62, 2);

	memset(r->opsp, 0, sizeof(r->opsp));
	if (op != DSA_OPCODE_DIF_INS) {
		put32(&r->opsp[0], (sf & 0x80) ? sref : sref + k);
		put16(&r->opsp[4], smask);
		put16(&r->opsp[6], (sf & 0x10) ? (uint16_t)(sapp + k) : sapp);
	}
	if (op == DSA_OPCODE_DIF_INS || op == DSA_OPCODE_DIF_UPDT) {
		put32(&r->opsp[8], (df & 0x80) ? dref : dref + k);
		put16(&r->opsp[12], dmask);
		put16(&r->opsp[14], (uint16_t)(((df & 0x10) ? (uint16_t)(dapp + k) : dapp) & ~dmask));
	}
}

static void op_dif(const struct dsa_ref_env *e, const struct dsa_hw_desc *d, struct res *r)
{
	unsigned int op = d->opcode;
	uint8_t sf = db(d, 40), df = db(d, 41), f = db(d, 42);
	uint32_t bs = dif_bs(f), stride = bs + (op == DSA_OPCODE_DIF_INS ? 0 : 8);
	uint32_t blocks = d->xfer_size / stride, dstride = (op == DSA_OPCODE_DIF_STRP) ? bs : bs + 8;
	uint32_t sref = (uint32_t)dq(d, 48, 4), dref = (uint32_t)dq(d, 56, 4);
	uint16_t smask = (uint16_t)dq(d, 52, 2), sapp = (uint16_t)dq(d, 54, 2);
	uint16_t dmask = (uint16_t)dq(d, 60, 2), dapp = (uint16_t)dq(d, 62, 2);
	uint64_t ok = readable(e, d->src_addr, d->xfer_size);
	uint32_t k;

	for (k = 0; k < blocks; k++) {
		uint64_t s = d->src_addr + (uint64_t)k * stride, t = d->dst_addr + (uint64_t)k * dstride;
		uint16_t g = (f & 4) ? 0xffff : 0, guard, tg = 0, ta = 0, app, na;
		uint32_t tr = 0, ref, nr;
		uint8_t err = 0, tb[8];

		if ((uint64_t)k * stride + stride > ok) {
			r->st = DSA_COMP_PAGE_FAULT_NOBOF;
			r->bc = k * stride;
			r->fault = d->src_addr + ok;
			dif_tags(d, op, k, r);
			return;
		}
		for (uint32_t i = 0; i < bs; i++)
			g = crc16_byte(g, rd8(e, s + i));
		guard = (f & 8) ? (uint16_t)~g : g;
		if (op != DSA_OPCODE_DIF_INS) {
			bool all1 = true;

			for (int i = 0; i < 8; i++) {
				tb[i] = rd8(e, s + bs + i);
				all1 = all1 && tb[i] == 0xff;
			}
			tg = (uint16_t)(tb[0] << 8 | tb[1]);
			ta = (uint16_t)(tb[2] << 8 | tb[3]);
			tr = (uint32_t)tb[4] << 24 | (uint32_t)tb[5] << 16 | (uint32_t)tb[6] << 8 | tb[7];
			ref = (sf & 0x80) ? sref : sref + k;
			app = (sf & 0x10) ? (uint16_t)(sapp + k) : sapp;
			if ((sf & 2) && all1) {
				if (sf & 1)
					err = 8;
			} else if (!(((sf & 4) && ta == 0xffff) ||
				     ((sf & 8) && ta == 0xffff && tr == 0xffffffffu))) {
				if (!(sf & 0x20) && tg != guard)
					err |= 1;
				if (smask != 0xffff && ((ta ^ app) & ~smask))
					err |= 2;
				if (!(sf & 0x40) && tr != ref)
					err |= 4;
			}
			if (err) {
				r->st = DSA_COMP_DIF_ERR;
				r->result = err;
				r->bc = k * stride;
				dif_tags(d, op, k, r);
				return;
			}
		}
		if (op == DSA_OPCODE_DIF_CHECK)
			continue;
		for (uint32_t i = 0; i < bs; i++)
			wr8(e, t + i, rd8(e, s + i));
		if (op == DSA_OPCODE_DIF_STRP)
			continue;
		na = (uint16_t)(((df & 0x10) ? (uint16_t)(dapp + k) : dapp) & ~dmask);
		nr = (df & 0x80) ? dref : dref + k;
		if (op == DSA_OPCODE_DIF_UPDT) {
			if (df & 0x20)
				guard = tg;
			if (df & 0x08)
				na = ta;
			if (df & 0x40)
				nr = tr;
		}
		wr8(e, t + bs, (uint8_t)(guard >> 8));
		wr8(e, t + bs + 1, (uint8_t)guard);
		wr8(e, t + bs + 2, (uint8_t)(na >> 8));
		wr8(e, t + bs + 3, (uint8_t)na);
		for (int i = 0; i < 4; i++)
			wr8(e, t + bs + 4 + i, (uint8_t)(nr >> (24 - 8 * i)));
	}
	r->bc = d->xfer_size;
	dif_tags(d, op, k, r);
}

/* ---- descriptors -------------------------------------------------------------------------- */
static void write_cr(const struct dsa_ref_env *e, const struct dsa_hw_desc *d,
		     const struct res *r, struct dsa_completion_record *cr)
{
	uint8_t b[32] = {0};

	b[0] = (uint8_t)r->st;
	b[1] = r->result;
	put32(&b[4], r->bc);
	for (int i = 0; i < 8; i++)
		b[8 + i] = (uint8_t)(r->fault >> (8 * i));
	memcpy(&b[16], r->opsp, 16);
	memcpy(cr, b, 32);
	if ((d->flags & IDXD_OP_FLAG_CRAV) && (d->flags & IDXD_OP_FLAG_RCR) &&
	    !(d->completion_addr & 31))
		for (int i = 0; i < 32; i++)
			wr8(e, d->completion_addr + i, b[i]);
}

static unsigned int run_one(const struct dsa_ref_env *e, const struct dsa_hw_desc *d,
			    bool in_batch, struct dsa_completion_record *cr)
{
	struct res r;
	uint32_t bad;

	memset(&r, 0, sizeof(r));
	r.st = validate(e, d, in_batch, &bad);
	if (r.st == DSA_COMP_INVALID_FLAGS)
		put32(r.opsp, bad);
	if (r.st == DSA_COMP_SUCCESS) {
		switch (d->opcode) {
		case DSA_OPCODE_MEMMOVE:
			op_move(e, d, &r);
			break;
		case DSA_OPCODE_MEMFILL:
			op_fill(e, d, &r);
			break;
		case DSA_OPCODE_COMPARE:
			op_compare(e, d, false, &r);
			break;
		case DSA_OPCODE_COMPVAL:
			op_compare(e, d, true, &r);
			break;
		case DSA_OPCODE_CR_DELTA:
			op_create_delta(e, d, &r);
			break;
		case DSA_OPCODE_AP_DELTA:
			op_apply_delta(e, d, &r);
			break;
		case DSA_OPCODE_DUALCAST:
			op_dualcast(e, d, &r);
			break;
		case DSA_OPCODE_CRCGEN:
			op_crc(e, d, false, &r);
			break;
		case DSA_OPCODE_COPY_CRC:
			op_crc(e, d, true, &r);
			break;
		case DSA_OPCODE_BATCH: {
			uint32_t n = d->desc_count;
			bool fail = false;

			if (readable(e, d->desc_list_addr, 64ull * n) < 64ull * n) {
				r.st = DSA_COMP_BATCH_PAGE_FAULT;
				r.fault = d->desc_list_addr;
				break;
			}
			for (uint32_t i = 0; i < n; i++) {
				struct dsa_hw_desc sub = {0};
				struct dsa_completion_record scr;

				for (int b = 0; b < 64; b++)
					((uint8_t *)&sub)[b] = rd8(e, d->desc_list_addr + 64ull * i + b);
				if ((sub.flags & IDXD_OP_FLAG_FENCE) && fail) {
					r.bc = i;
					break;
				}
				fail = run_one(e, &sub, true, &scr) != DSA_COMP_SUCCESS || fail;
				r.bc = i + 1;
			}
			r.st = fail ? DSA_COMP_BATCH_FAIL : DSA_COMP_SUCCESS;
			break;
		}
		default:
			if (is_dif(d->opcode))
				op_dif(e, d, &r);
			break; /* no-op, drain */
		}
	}
	write_cr(e, d, &r, cr);
	return r.st;
}

unsigned int dsa_ref_run(const struct dsa_ref_env *env, const struct dsa_hw_desc *d,
			 struct dsa_completion_record *cr)
{
	return run_one(env, d, false, cr);
}
