// SPDX-License-Identifier: MIT
/*
 * rc.c - the root complex: requester for the host CPU, completer for the device.
 *
 * Host side: configuration and memory requests from the host program become TLPs (tags from a
 * 256-entry table); a read waits (the host coroutine is suspended) until its completion arrives
 * or the completion timeout passes, as a CPU load would; posted writes go without waiting.
 * Device side: memory reads wait the memory latency, are translated by the IOMMU and answered
 * with completions split at the Read Completion Boundary and within the device's
 * Max_Payload_Size (seeded random split points when splitting is on); a fault answers UR. Memory
 * writes are translated and applied, or dropped and recorded on a fault. Writes to 0xFEExxxxx
 * without a PASID prefix are interrupt messages and are caught, not written (SIOV 2.5.2); with a
 * PASID prefix they are ordinary DMA.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "sim_int.h"

#define MSI_BASE 0xfee00000ull
#define MSI_END  0xfef00000ull

void rc_reset(struct sim *s)
{
	struct sim_read *r, *n;

	for (r = s->reads; r; r = n) {
		n = r->next;
		free(r);
	}
	s->reads = NULL;
	s->reads_tail = &s->reads;
	memset(s->rc_req, 0, sizeof(s->rc_req));
	if (!s->irqs) {
		s->irq_cap = 4096;
		s->irqs = calloc(s->irq_cap, sizeof(*s->irqs));
		s->fault_cap = 4096;
		s->faults = calloc(s->fault_cap, sizeof(*s->faults));
		if (!s->irqs || !s->faults)
			abort();
	}
}

/* ---- host requests ------------------------------------------------------------------------- */

static int rc_alloc_tag(struct sim *s)
{
	for (unsigned int i = 0; i < 256; i++) {
		unsigned int tag = (s->rc_next_tag + i) & 0xff;

		if (!s->rc_req[tag].active) {
			s->rc_next_tag = tag + 1;
			return (int)tag;
		}
	}
	return -1;
}

static bool rc_req_done(void *arg)
{
	struct sim_rc_req *r = arg;

	return r->done || sim_g->cycle >= r->deadline;
}

static bool hostq_has_room(void *arg)
{
	(void)arg;
	return sim_g->hostq_len < 16;
}

/* Send a non-posted request and wait for its completion. Returns 0 with the completion in *cpl,
 * or -ETIMEDOUT. */
static int rc_np_request(struct sim *s, struct tlp *t, struct tlp *cpl)
{
	int tag;
	struct sim_rc_req *r;

	while ((tag = rc_alloc_tag(s)) < 0)
		sim_wait(1);
	t->hdr[0] &= ~((1u << 23) | (1u << 19));
	t->hdr[1] = (t->hdr[1] & ~0xff00u) | ((unsigned int)tag << 8);
	r = &s->rc_req[tag];
	r->active = true;
	r->done = false;
	r->deadline = s->cycle + s->cpl_timeout;
	memcpy(r->req_hdr, t->hdr, sizeof(r->req_hdr));
	link_enqueue_host(s, t);
	host_wait_cond(rc_req_done, r);
	r->active = false;
	if (!r->done) {
		sim_log("rc: completion timeout for tag %d", tag);
		return -ETIMEDOUT;
	}
	if (cpl)
		*cpl = r->cpl;
	return 0;
}

static void rc_posted(struct sim *s, const struct tlp *t)
{
	if (s->hostq_len >= 16)
		host_wait_cond(hostq_has_room, NULL);
	link_enqueue_host(s, t);
}

int sim_cfg_read(unsigned int off, uint32_t *val)
{
	struct tlp t, cpl;
	int ret;

	tlp_make_cfg(&t, false, SIM_DEV_BDF, off >> 2, SIM_RC_ID, 0, 0xf);
	ret = rc_np_request(sim_g, &t, &cpl);
	*val = 0xffffffffu;
	if (ret)
		return ret;
	if (tlp_cpl_status(&cpl) != TLP_CPL_SC || !tlp_has_data(&cpl))
		return -EIO;
	*val = cpl.data[0];
	return 0;
}

int sim_cfg_write(unsigned int off, uint32_t val, unsigned int be)
{
	struct tlp t, cpl;
	int ret;

	tlp_make_cfg(&t, true, SIM_DEV_BDF, off >> 2, SIM_RC_ID, 0, be);
	t.data[0] = val;
	ret = rc_np_request(sim_g, &t, &cpl);
	if (ret)
		return ret;
	return tlp_cpl_status(&cpl) == TLP_CPL_SC ? 0 : -EIO;
}

/* DW span and byte enables of an access of len bytes at addr (within one 64-byte block). */
static unsigned int span(uint64_t addr, unsigned int len, unsigned int *fbe, unsigned int *lbe)
{
	unsigned int first = addr & 3, last = (unsigned int)((addr + len - 1) & 3);
	unsigned int dws = (unsigned int)(((addr & 3) + len + 3) / 4);

	*fbe = (0xfu << first) & 0xf;
	*lbe = 0xfu >> (3 - last);
	if (dws == 1) {
		*fbe &= *lbe;
		*lbe = 0;
	}
	return dws;
}

int sim_mmio_read(uint64_t addr, void *buf, unsigned int len)
{
	struct tlp t, cpl;
	unsigned int fbe, lbe, dws;
	int ret;

	if (!len || len > 64 || (addr & 63) + len > 64)
		return -EINVAL;
	dws = span(addr, len, &fbe, &lbe);
	tlp_make_mem(&t, false, addr, dws, SIM_RC_ID, 0, fbe, lbe);
	ret = rc_np_request(sim_g, &t, &cpl);
	memset(buf, 0xff, len);
	if (ret)
		return ret;
	if (tlp_cpl_status(&cpl) != TLP_CPL_SC || !tlp_has_data(&cpl))
		return -EIO;
	memcpy(buf, (uint8_t *)cpl.data + (addr & 3), len);
	return 0;
}

int sim_mmio_write(uint64_t addr, const void *buf, unsigned int len)
{
	struct tlp t;
	unsigned int fbe, lbe, dws;

	if (!len || len > 64 || (addr & 63) + len > 64)
		return -EINVAL;
	dws = span(addr, len, &fbe, &lbe);
	tlp_make_mem(&t, true, addr, dws, SIM_RC_ID, 0, fbe, lbe);
	memset(t.data, 0, dws * 4);
	memcpy((uint8_t *)t.data + (addr & 3), buf, len);
	rc_posted(sim_g, &t);
	return 0;
}

int sim_dmwr(uint64_t addr, const void *buf, unsigned int *status)
{
	struct tlp t, cpl;
	int ret;

	if (addr & 63)
		return -EINVAL;
	tlp_make_dmwr(&t, addr, 16, SIM_RC_ID, 0);
	memcpy(t.data, buf, 64);
	ret = rc_np_request(sim_g, &t, &cpl);
	if (ret)
		return ret;
	*status = tlp_cpl_status(&cpl);
	return 0;
}

int sim_raw_request(const struct tlp *in, struct tlp *cpl)
{
	struct tlp t = *in;
	enum tlp_kind k = tlp_kind(&t);
	bool posted = k == TLP_K_MWR || k == TLP_K_MSG || k == TLP_K_BAD;

	if (posted) {
		rc_posted(sim_g, &t);
		return 0;
	}
	return rc_np_request(sim_g, &t, cpl);
}

/* ---- device requests ---------------------------------------------------------------------- */

static void push_irq(struct sim *s, uint64_t addr, uint32_t data)
{
	unsigned int next = (s->irq_tail + 1) % s->irq_cap;

	if (next == s->irq_head) {
		sim_log("rc: interrupt queue full, message dropped");
		return;
	}
	s->irqs[s->irq_tail] = (struct sim_irq){.cycle = s->cycle, .addr = addr, .data = data};
	s->irq_tail = next;
	s->stats.irqs++;
}

int sim_irq_pop(struct sim_irq *irq)
{
	struct sim *s = sim_g;

	if (s->irq_head == s->irq_tail)
		return 0;
	*irq = s->irqs[s->irq_head];
	s->irq_head = (s->irq_head + 1) % s->irq_cap;
	return 1;
}

static uint64_t irq_deadline;

static bool irq_or_deadline(void *arg)
{
	(void)arg;
	return sim_g->irq_head != sim_g->irq_tail || sim_g->cycle >= irq_deadline;
}

int sim_irq_wait(uint64_t timeout, struct sim_irq *irq)
{
	irq_deadline = sim_g->cycle + timeout;
	if (sim_g->irq_head == sim_g->irq_tail)
		host_wait_cond(irq_or_deadline, NULL);
	return sim_irq_pop(irq);
}

static void device_write(struct sim *s, const struct tlp *t)
{
	uint64_t addr = tlp_addr(t);
	unsigned int len = tlp_len(t), fbe = tlp_first_be(t), lbe = tlp_last_be(t);
	bool has_pasid = tlp_prefix_is_pasid(t);
	uint8_t *cpu;
	int reason;

	s->stats.dev_writes++;
	if (!t->has_prefix && addr >= MSI_BASE && addr < MSI_END) {
		push_irq(s, addr, t->data[0]);
		return;
	}
	reason = mem_translate(has_pasid, tlp_pasid(t), addr, len * 4, true, &cpu);
	if (reason) {
		mem_record_fault(s, has_pasid, tlp_pasid(t), addr + tlp_first_byte(t), true, reason);
		return;
	}
	for (unsigned int dw = 0; dw < len && dw < t->ndata; dw++) {
		unsigned int be = dw == 0 ? fbe : (dw == len - 1 ? lbe : 0xf);

		for (unsigned int b = 0; b < 4; b++)
			if (be & (1u << b))
				cpu[dw * 4 + b] = (uint8_t)(t->data[dw] >> (8 * b));
	}
}

/* Answer a device read that has waited its latency. */
static void serve_read(struct sim *s, const struct tlp *req)
{
	uint64_t addr = tlp_addr(req) + tlp_first_byte(req);
	unsigned int total = tlp_req_bytes(req), done = 0, tag = tlp_tag(req);
	unsigned int mps, rcb = s->timing.rcb;
	bool has_pasid = tlp_prefix_is_pasid(req);
	struct chk_cfg cc;
	struct tlp c;
	uint8_t *cpu;
	int reason;

	chk_cfg_state(s, &cc);
	mps = cc.mps;
	if (s->drop_cpls) {
		s->drop_cpls--;
		sim_log("rc: dropping the completions of read tag %03x (fault injection)", tag);
		return;
	}
	reason = mem_translate(has_pasid, tlp_pasid(req), tlp_addr(req), tlp_len(req) * 4, false,
			       &cpu);
	if (reason) {
		mem_record_fault(s, has_pasid, tlp_pasid(req), addr, false, reason);
		tlp_make_cpl(&c, false, 0, SIM_RC_ID, TLP_CPL_UR, total & 0xfff, tlp_req_id(req), tag,
			     (unsigned int)addr & 0x7f, tlp_tc(req), tlp_attr(req));
		link_enqueue_cpl(s, &c, tag);
		return;
	}
	cpu += tlp_first_byte(req);
	if (tlp_first_be(req) == 0) {
		/* Zero-length read: one DW, Byte Count 1 (PCIe 2.2.5). */
		tlp_make_cpl(&c, true, 1, SIM_RC_ID, TLP_CPL_SC, 1, tlp_req_id(req), tag,
			     (unsigned int)addr & 0x7f, tlp_tc(req), tlp_attr(req));
		c.data[0] = 0;
		link_enqueue_cpl(s, &c, tag);
		return;
	}
	while (done < total) {
		uint64_t a = addr + done;
		unsigned int rem = total - done, n, dws;
		unsigned int to_rcb = rcb - (unsigned int)(a & (rcb - 1));
		unsigned int cap = mps - (unsigned int)(a & 3);

		/* Up to the next RCB boundary at least; more RCB blocks if splitting is off or by
		 * chance; never above MPS; the rest in one if it fits. */
		n = rem;
		if (n > cap)
			n = to_rcb + ((cap - to_rcb) / rcb) * rcb;
		if (s->timing.split && rem > to_rcb) {
			unsigned int blocks = (n - to_rcb) / rcb;
			unsigned int pick = (unsigned int)sim_rand_below(blocks + 2);

			if (pick <= blocks)
				n = to_rcb + pick * rcb;
		}
		if (n > rem)
			n = rem;
		dws = (unsigned int)(((a & 3) + n + 3) / 4);
		tlp_make_cpl(&c, true, dws, SIM_RC_ID, TLP_CPL_SC, rem & 0xfff, tlp_req_id(req), tag,
			     (unsigned int)a & 0x7f, tlp_tc(req), tlp_attr(req));
		memset(c.data, 0, dws * 4);
		memcpy((uint8_t *)c.data + (a & 3), cpu + done, n);
		link_enqueue_cpl(s, &c, tag);
		done += n;
	}
}

static enum sim_mutation take_mutation(struct sim *s, enum sim_mutation m)
{
	if (s->mutation != m)
		return SIM_MUT_NONE;
	s->mutation = SIM_MUT_NONE;
	sim_log("inject: mutating the next device TLP (%d)", (int)m);
	return m;
}

/* Fault injection on a TLP the device has just sent, before anyone looks at it. */
static void mutate(struct sim *s, struct tlp *t)
{
	enum tlp_kind k = tlp_kind(t);

	if (s->mutation == SIM_MUT_NONE)
		return;
	if (k == TLP_K_MWR && tlp_len(t) > 1 && take_mutation(s, SIM_MUT_CROSS_4K)) {
		uint64_t a = (tlp_addr(t) & ~0xfffull) | 0xffc;

		tlp_make_mem(t, true, a, tlp_len(t), tlp_req_id(t), tlp_tag(t), tlp_first_be(t),
			     tlp_last_be(t));
	} else if (k == TLP_K_MRD && s->mutation == SIM_MUT_DUP_TAG) {
		/* Needs a read outstanding to collide with: wait for one. */
		for (unsigned int i = 0; i < 1024; i++) {
			if (s->chk_reads[i].active) {
				take_mutation(s, SIM_MUT_DUP_TAG);
				t->hdr[0] = (t->hdr[0] & ~((1u << 23) | (1u << 19))) |
					    (((i >> 9) & 1) << 23) | (((i >> 8) & 1) << 19);
				t->hdr[1] = (t->hdr[1] & ~0xff00u) | ((i & 0xff) << 8);
				break;
			}
		}
	} else if (k == TLP_K_MWR && tlp_len(t) > 1 && take_mutation(s, SIM_MUT_BAD_BE)) {
		t->hdr[1] &= ~0xf0u;
	} else if (k == TLP_K_CPL && take_mutation(s, SIM_MUT_PREFIX_ON_CPL)) {
		t->has_prefix = true;
		t->prefix = tlp_make_pasid_prefix(1, false, false);
	} else if (t->has_prefix && take_mutation(s, SIM_MUT_PREFIX_RSVD)) {
		t->prefix |= 1u << 20;
	} else if (k == TLP_K_MWR && !t->has_prefix && take_mutation(s, SIM_MUT_ADD_PASID)) {
		t->has_prefix = true;
		t->prefix = tlp_make_pasid_prefix(1, false, false);
	} else if (k == TLP_K_MWR && take_mutation(s, SIM_MUT_OVER_MPS)) {
		struct chk_cfg cc;
		unsigned int len;

		chk_cfg_state(s, &cc);
		len = cc.mps / 4 + 1;
		tlp_make_mem(t, true, tlp_addr(t) & ~0xfffull, len, tlp_req_id(t), tlp_tag(t), 0xf,
			     0xf);
		for (unsigned int i = t->ndata; i < len; i++)
			t->data[i] = 0;
		t->ndata = len;
	}
}

void sim_inject_mutation(enum sim_mutation m)
{
	sim_g->mutation = m;
}

void sim_drop_completions(unsigned int n)
{
	sim_g->drop_cpls = n;
}

#define CAPTURE_MAX 65536

void sim_capture_start(void)
{
	struct sim *s = sim_g;

	if (!s->cap) {
		s->cap = calloc(CAPTURE_MAX, sizeof(*s->cap));
		if (!s->cap)
			abort();
	}
	s->cap_count = 0;
	s->capturing = true;
}

void sim_capture_stop(void)
{
	sim_g->capturing = false;
}

unsigned int sim_capture_count(void)
{
	return sim_g->cap_count;
}

const struct sim_tlp_rec *sim_capture_get(unsigned int i)
{
	return i < sim_g->cap_count ? &sim_g->cap[i] : NULL;
}

void sim_capture_tlp(const struct sim_tlp_rec *r, struct tlp *t)
{
	t->has_prefix = r->has_prefix;
	t->prefix = r->prefix;
	memcpy(t->hdr, r->hdr, sizeof(t->hdr));
	t->ndata = r->ndata;
	t->data[0] = r->data0;
}

static void capture(struct sim *s, const struct tlp *t)
{
	struct sim_tlp_rec *r;

	if (!s->capturing || s->cap_count >= CAPTURE_MAX)
		return;
	r = &s->cap[s->cap_count++];
	r->cycle = s->cycle;
	r->has_prefix = t->has_prefix;
	r->prefix = t->prefix;
	memcpy(r->hdr, t->hdr, sizeof(r->hdr));
	r->ndata = t->ndata;
	r->data0 = t->ndata ? t->data[0] : 0;
}

static void handle_device_tlp(struct sim *s, struct tlp *t)
{
	enum tlp_kind k;

	if (s->verbose) {
		char d[160];

		tlp_describe(t, d, sizeof(d));
		sim_log("link <-  dev %s", d);
	}
	s->stats.tx_tlps++;
	s->stats.tx_bytes += tlp_wire_bytes(t, s->timing.framing_bytes);
	s->stats.tx_payload += 4ull * t->ndata;
	capture(s, t);
	chk_device_tlp(s, t);
	k = tlp_kind(t);
	if (k == TLP_K_MRD) {
		struct sim_read *r = malloc(sizeof(*r));

		if (!r)
			abort();
		s->stats.dev_reads++;
		s->rd_outstanding += tlp_req_bytes(t);
		r->next = NULL;
		r->due = s->cycle + s->timing.mem_latency;
		r->req = *t;
		r->req.ndata = 0;
		*s->reads_tail = r;
		s->reads_tail = &r->next;
	} else if (k == TLP_K_MWR) {
		device_write(s, t);
	} else if (k == TLP_K_CPL) {
		unsigned int tag = tlp_tag(t) & 0xff;
		struct sim_rc_req *r = &s->rc_req[tag];

		if (r->active && !r->done && tlp_req_id(t) == SIM_RC_ID) {
			r->cpl = *t;
			r->done = true;
		}
	}
}

void rc_device_tlp(struct sim *s, struct tlp *t)
{
	mutate(s, t);
	handle_device_tlp(s, t);
}

void sim_inject_device_tlp(const struct tlp *t)
{
	struct tlp c = *t;

	sim_log("inject: TLP presented as if sent by the device");
	handle_device_tlp(sim_g, &c);
}

void rc_tick(struct sim *s)
{
	while (s->reads && s->reads->due <= s->cycle) {
		struct sim_read *r = s->reads;

		s->reads = r->next;
		if (!s->reads)
			s->reads_tail = &s->reads;
		serve_read(s, &r->req);
		free(r);
	}
}
