// SPDX-License-Identifier: MIT
/*
 * link.c - the PCIe link between the device and the root complex, in both directions.
 *
 * Bandwidth: each direction has a byte budget per cycle. A TLP costs its wire size (framing +
 * prefix + header + payload, tlp_wire_bytes()); it may start when the direction's backlog is
 * below one cycle's budget, and adds its cost to the backlog, which drains by the budget every
 * cycle. The beats of a TLP that has started are never held back (store-and-forward into the
 * link), so sustained throughput is exactly budget * payload / wire size.
 *
 * Device -> host: beats are assembled into TLPs (checking the framing), then handed to the
 * protocol checker and the root complex (rc.c).
 * Host -> device: requests from the CPU go first, in order; completions for device reads go
 * when no request waits, chosen among those ready (rc.c decides when they are ready); the
 * completions of one request always leave in address order (PCIe 2.4.1).
 */
#include <stdlib.h>
#include <string.h>

#include "sim_int.h"

void link_reset(struct sim *s)
{
	struct sim_pkt *p, *n;

	for (p = s->hostq; p; p = n) {
		n = p->next;
		free(p);
	}
	for (p = s->cplq; p; p = n) {
		n = p->next;
		free(p);
	}
	free(s->rx_cur);
	s->hostq = NULL;
	s->hostq_tail = &s->hostq;
	s->hostq_len = 0;
	s->cplq = NULL;
	s->rx_cur = NULL;
	s->rx_beat = 0;
	s->rx_valid_q = false;
	s->rx_backlog = 0;
	s->tx_in_tlp = false;
	s->tx_backlog = 0;
	s->tx_ready_q = false;
}

/* ---- device -> host ----------------------------------------------------------------------- */

static void tx_framing(struct sim *s, const char *what)
{
	chk_violation(s, CHK_FRAMING, s->tx_in_tlp ? &s->tx_cur : NULL, "%s", what);
	s->tx_bad_framing = true;
}

void link_tx_beat(struct sim *s, bool sop, bool eop, const uint32_t *hdr, bool prfx_vld,
		  uint32_t prfx, const uint32_t *data, uint32_t strb)
{
	struct tlp *t = &s->tx_cur;
	unsigned int lanes = 0;

	if (sop) {
		if (s->tx_in_tlp)
			tx_framing(s, "sop inside a TLP");
		memcpy(t->hdr, hdr, sizeof(t->hdr));
		t->has_prefix = prfx_vld;
		t->prefix = prfx_vld ? prfx : 0;
		t->ndata = 0;
		s->tx_in_tlp = true;
		s->tx_beats = 0;
		s->tx_bad_framing = false;
		s->tx_backlog += tlp_wire_bytes(t, s->timing.framing_bytes) +
				 (tlp_has_data(t) ? 4 * tlp_len(t) : 0);
	} else if (!s->tx_in_tlp) {
		chk_violation(s, CHK_FRAMING, NULL, "beat without sop outside a TLP");
		return;
	}
	/* strb: contiguous from lane 0; every beat but the last full. */
	while (lanes < s->dws && (strb >> lanes) & 1)
		lanes++;
	if (lanes < 32 && (strb >> lanes) != 0)
		tx_framing(s, "payload lanes not contiguous from lane 0");
	else if (!eop && lanes != s->dws && tlp_has_data(t))
		tx_framing(s, "partial beat before the last one");
	else if (!tlp_has_data(t) && strb != 0)
		tx_framing(s, "payload on a TLP without data");
	if (t->ndata + lanes <= TLP_MAX_DW) {
		memcpy(&t->data[t->ndata], data, lanes * sizeof(uint32_t));
		t->ndata += lanes;
	} else {
		tx_framing(s, "payload longer than 1024 DW");
	}
	s->tx_beats++;
	if (!eop)
		return;
	s->tx_in_tlp = false;
	if (tlp_has_data(t) && t->ndata != tlp_len(t) && !s->tx_bad_framing)
		tx_framing(s, "payload DW count differs from Length");
	rc_device_tlp(s, t);
}

bool link_tx_ready_next(struct sim *s)
{
	s->tx_backlog -= s->timing.tx_bytes_per_cycle;
	if (s->tx_backlog < 0)
		s->tx_backlog = 0;
	/* Mid-TLP beats always go; a new TLP waits for the link. */
	return s->tx_in_tlp || s->tx_backlog < (int64_t)s->timing.tx_bytes_per_cycle;
}

/* ---- host -> device ------------------------------------------------------------------------- */

void link_enqueue_host(struct sim *s, const struct tlp *t)
{
	struct sim_pkt *p = malloc(sizeof(*p));

	if (!p)
		abort();
	p->next = NULL;
	p->ready = s->cycle;
	p->seq = s->pkt_seq++;
	p->is_cpl = false;
	p->tag = 0;
	p->t = *t;
	*s->hostq_tail = p;
	s->hostq_tail = &p->next;
	s->hostq_len++;
}

void link_enqueue_cpl(struct sim *s, const struct tlp *t, unsigned int tag)
{
	struct sim_pkt *p = malloc(sizeof(*p)), **pp;

	if (!p)
		abort();
	p->next = NULL;
	p->ready = s->cycle;
	p->seq = s->pkt_seq++;
	p->is_cpl = true;
	p->tag = tag;
	p->t = *t;
	for (pp = &s->cplq; *pp; pp = &(*pp)->next)
		;
	*pp = p;
}

/* Next completion to send: the oldest ready one, or with reordering a random one among the ready
 * completions that are the first of their request. */
static struct sim_pkt *pick_cpl(struct sim *s)
{
	struct sim_pkt *cand[64], *p, *q;
	unsigned int n = 0;

	for (p = s->cplq; p && n < 64; p = p->next) {
		bool first = true;

		if (p->ready > s->cycle)
			continue;
		for (q = s->cplq; q != p; q = q->next)
			if (q->tag == p->tag)
				first = false;
		if (!first)
			continue;
		if (!s->timing.reorder)
			return p;
		cand[n++] = p;
	}
	return n ? cand[sim_rand_below(n)] : NULL;
}

/* Bytes of its read a completion delivers (an unsuccessful one ends the rest of it). */
static unsigned int cpl_bytes(const struct tlp *t)
{
	unsigned int bc = tlp_cpl_bc(t), n;

	if (!tlp_has_data(t))
		return bc;
	n = 4 * t->ndata - (tlp_cpl_la(t) & 3);
	return n < bc ? n : bc;
}

static void rx_start_next(struct sim *s)
{
	struct sim_pkt *p = NULL, **pp;

	if (s->rx_backlog >= (int64_t)s->timing.rx_bytes_per_cycle)
		return;
	if (s->hostq && s->hostq->ready <= s->cycle) {
		p = s->hostq;
		s->hostq = p->next;
		if (!s->hostq)
			s->hostq_tail = &s->hostq;
		s->hostq_len--;
	} else {
		p = pick_cpl(s);
		if (!p)
			return;
		for (pp = &s->cplq; *pp != p; pp = &(*pp)->next)
			;
		*pp = p->next;
	}
	p->next = NULL;
	s->rx_cur = p;
	s->rx_beat = 0;
	s->rx_backlog += tlp_wire_bytes(&p->t, s->timing.framing_bytes);
	s->stats.rx_tlps++;
	s->stats.rx_bytes += tlp_wire_bytes(&p->t, s->timing.framing_bytes);
	s->stats.rx_payload += 4ull * p->t.ndata;
	if (p->is_cpl)
		s->rd_outstanding -= cpl_bytes(&p->t);
	chk_host_tlp(s, &p->t);
	if (s->verbose) {
		char d[160];

		tlp_describe(&p->t, d, sizeof(d));
		sim_log("link  -> dev %s", d);
	}
}

void link_rx_accepted(struct sim *s)
{
	unsigned int beats;

	if (!s->rx_cur)
		return;
	beats = s->rx_cur->t.ndata ? (s->rx_cur->t.ndata + s->dws - 1) / s->dws : 1;
	if (++s->rx_beat >= beats) {
		free(s->rx_cur);
		s->rx_cur = NULL;
	}
}

void link_rx_present(struct sim *s, bool *valid, bool *sop, bool *eop, uint32_t *hdr,
		     bool *prfx_vld, uint32_t *prfx, uint32_t *data, uint32_t *strb)
{
	const struct tlp *t;
	unsigned int beats, first, n;

	s->rx_backlog -= s->timing.rx_bytes_per_cycle;
	if (s->rx_backlog < 0)
		s->rx_backlog = 0;
	if (!s->rx_cur)
		rx_start_next(s);
	memset(data, 0, s->dws * sizeof(uint32_t));
	if (!s->rx_cur) {
		*valid = *sop = *eop = *prfx_vld = false;
		memset(hdr, 0, 4 * sizeof(uint32_t));
		*prfx = 0;
		*strb = 0;
		return;
	}
	t = &s->rx_cur->t;
	beats = t->ndata ? (t->ndata + s->dws - 1) / s->dws : 1;
	first = s->rx_beat * s->dws;
	n = t->ndata > first ? t->ndata - first : 0;
	if (n > s->dws)
		n = s->dws;
	*valid = true;
	*sop = s->rx_beat == 0;
	*eop = s->rx_beat + 1 == beats;
	memcpy(hdr, t->hdr, 4 * sizeof(uint32_t));
	*prfx_vld = t->has_prefix;
	*prfx = t->prefix;
	memcpy(data, &t->data[first], n * sizeof(uint32_t));
	*strb = n >= 32 ? 0xffffffffu : (1u << n) - 1;
}
