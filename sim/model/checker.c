// SPDX-License-Identifier: MIT
/*
 * checker.c - PCIe protocol checker on every TLP of the link.
 *
 * It follows the configuration the host writes (and the device returns) to know MPS, MRRS, the
 * tag modes, PASID Enable and Bus Master Enable as the device must see them, the way a protocol
 * analyzer tracks a link; it does not look inside the RTL. Rules (enum chk_rule in sim.h) are
 * checked on every TLP the device sends; a violation is printed at once and fails the running
 * test unless the test declared it expected (sim_checker_expect). Rule references: PCIe Base
 * Spec 2.2.4-2.2.9 (headers, byte enables, Length, 4 KiB), 2.2.6.2 (tags), 2.3.2 (completion
 * matching), 6.20 (PASID prefix), 7.5.1.1 (Bus Master Enable).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "sim_int.h"

static const char *const rule_names[CHK_NUM_RULES] = {
	[CHK_FRAMING] = "framing",
	[CHK_FMT_TYPE] = "fmt-type",
	[CHK_MPS] = "max-payload-size",
	[CHK_MRRS] = "max-read-request-size",
	[CHK_4K] = "4k-boundary",
	[CHK_BE] = "byte-enables",
	[CHK_ADDR_FMT] = "address-format",
	[CHK_TAG] = "tag",
	[CHK_CPL_MATCH] = "completion-match",
	[CHK_PREFIX_KIND] = "prefix-on-non-memory-tlp",
	[CHK_PREFIX_ENC] = "prefix-encoding",
	[CHK_PASID_DISABLED] = "pasid-disabled",
	[CHK_BME] = "bus-master-disabled",
	[CHK_REQ_ID] = "requester-id",
};

const char *chk_rule_name(enum chk_rule r)
{
	return (r > 0 && r < CHK_NUM_RULES) ? rule_names[r] : "?";
}

void chk_violation(struct sim *s, enum chk_rule r, const struct tlp *t, const char *fmt, ...)
{
	char msg[256], d[160] = "";
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (t)
		tlp_describe(t, d, sizeof(d));
	s->chk_count[r]++;
	if (!s->chk_expected[r])
		s->chk_unexpected++;
	sim_log("checker: %s %s: %s%s%s", s->chk_expected[r] ? "expected violation" : "VIOLATION",
		chk_rule_name(r), msg, t ? " -- " : "", d);
}

unsigned int sim_checker_violations(void)
{
	return sim_g->chk_unexpected;
}

unsigned int sim_checker_count(enum chk_rule r)
{
	return r < CHK_NUM_RULES ? sim_g->chk_count[r] : 0;
}

void sim_checker_expect(enum chk_rule r)
{
	if (r < CHK_NUM_RULES)
		sim_g->chk_expected[r] = true;
}

void chk_reset(struct sim *s, bool fundamental)
{
	if (fundamental) {
		s->busdev_captured = false;
		memset(s->cfg_shadow, 0, sizeof(s->cfg_shadow));
		memset(s->cfg_reset, 0, sizeof(s->cfg_reset));
		memset(s->cfg_known, 0, sizeof(s->cfg_known));
		memset(s->cfg_reset_known, 0, sizeof(s->cfg_reset_known));
		memset(s->cfg_written, 0, sizeof(s->cfg_written));
	} else {
		/* Function Level Reset: back to the values seen before the first write. */
		for (unsigned int i = 0; i < 1024; i++) {
			s->cfg_known[i] = s->cfg_reset_known[i];
			s->cfg_shadow[i] = s->cfg_reset[i];
			s->cfg_written[i] = false;
		}
	}
	memset(s->chk_reads, 0, sizeof(s->chk_reads));
	for (unsigned int i = 0; i < 256; i++)
		s->cfgrd_dw[i] = -1;
}

/* ---- configuration state ------------------------------------------------------------------ */

static uint32_t shadow(struct sim *s, unsigned int off, bool *known)
{
	unsigned int dw = (off >> 2) & 0x3ff;

	if (known)
		*known = s->cfg_known[dw];
	return s->cfg_shadow[dw];
}

static unsigned int find_cap(struct sim *s, unsigned int id)
{
	bool known;
	unsigned int ptr = shadow(s, 0x34, &known) & 0xfc;

	for (int n = 0; known && ptr >= 0x40 && n < 48; n++) {
		uint32_t h = shadow(s, ptr, &known);

		if (!known)
			break;
		if ((h & 0xff) == id)
			return ptr;
		ptr = (h >> 8) & 0xfc;
	}
	return 0;
}

static unsigned int find_ecap(struct sim *s, unsigned int id)
{
	bool known;
	unsigned int ptr = 0x100;

	for (int n = 0; ptr >= 0x100 && n < 480; n++) {
		uint32_t h = shadow(s, ptr, &known);

		if (!known || h == 0 || h == 0xffffffffu)
			break;
		if ((h & 0xffff) == id)
			return ptr;
		ptr = (h >> 20) & 0xffc;
	}
	return 0;
}

void chk_cfg_state(struct sim *s, struct chk_cfg *c)
{
	unsigned int pcie = find_cap(s, 0x10), pasid = find_ecap(s, 0x1b);
	uint32_t devctl = pcie ? shadow(s, pcie + 8, NULL) : 0x2910;
	uint32_t devctl2 = pcie ? shadow(s, pcie + 0x28, NULL) : 0;
	uint32_t devcap = pcie ? shadow(s, pcie + 4, NULL) : 0;
	uint32_t pasid_dw = pasid ? shadow(s, pasid + 4, NULL) : 0;
	unsigned int mps_sup = devcap & 7, mps = (devctl >> 5) & 7;

	c->bme = (shadow(s, 0x04, NULL) >> 2) & 1;
	c->mps = 128u << (mps > mps_sup ? mps_sup : mps);
	c->mrrs = 128u << ((devctl >> 12) & 7);
	c->ext_tag = (devctl >> 8) & 1;
	c->tag10 = (devctl2 >> 12) & 1;
	c->pasid_en = (pasid_dw >> 16) & 1;
	c->pasid_exec_en = (pasid_dw >> 17) & 1;
	c->pasid_priv_en = (pasid_dw >> 18) & 1;
	c->pasid_width = (pasid_dw >> 8) & 0x1f;
}

/* ---- host -> device ------------------------------------------------------------------------ */

void chk_host_tlp(struct sim *s, const struct tlp *t)
{
	enum tlp_kind k = tlp_kind(t);

	if (k == TLP_K_CFGRD && tlp_cfg_target(t) == SIM_DEV_BDF) {
		s->cfgrd_dw[tlp_tag(t) & 0xff] = (int)tlp_cfg_dw(t);
	} else if (k == TLP_K_CFGWR && tlp_cfg_target(t) == SIM_DEV_BDF && t->ndata) {
		unsigned int dw = tlp_cfg_dw(t), be = tlp_first_be(t);
		uint32_t mask = 0;
		unsigned int pcie = find_cap(s, 0x10);

		for (unsigned int b = 0; b < 4; b++)
			if (be & (1u << b))
				mask |= 0xffu << (8 * b);
		s->cfg_shadow[dw] = (s->cfg_shadow[dw] & ~mask) | (t->data[0] & mask);
		s->cfg_known[dw] = true;
		s->cfg_written[dw] = true;
		s->busdev_captured = true;
		if (pcie && dw == (pcie + 8) / 4 && (be & 2) && (t->data[0] & 0x8000))
			chk_reset(s, false); /* Initiate FLR */
	} else if (k == TLP_K_CPL) {
		/* Completion for a device read: account for it. */
		struct chk_read *r = &s->chk_reads[tlp_tag(t)];
		unsigned int bytes;

		if (!r->active)
			return;
		if (tlp_cpl_status(t) != TLP_CPL_SC || !tlp_has_data(t)) {
			r->active = false;
			return;
		}
		bytes = tlp_len(t) * 4 - (tlp_cpl_la(t) & 3);
		if (bytes > tlp_cpl_bc(t))
			bytes = tlp_cpl_bc(t);
		if (bytes >= r->remaining)
			r->active = false;
		else
			r->remaining -= bytes;
	}
}

/* ---- device -> host ------------------------------------------------------------------------ */

static bool be_contig_high(unsigned int be)
{
	return be == 0xf || be == 0xe || be == 0xc || be == 0x8;
}

static bool be_contig_low(unsigned int be)
{
	return be == 0xf || be == 0x7 || be == 0x3 || be == 0x1;
}

static void check_mem_request(struct sim *s, const struct tlp *t, const struct chk_cfg *c)
{
	enum tlp_kind k = tlp_kind(t);
	uint64_t addr = tlp_addr(t);
	unsigned int len = tlp_len(t), fbe = tlp_first_be(t), lbe = tlp_last_be(t);

	if (!c->bme)
		chk_violation(s, CHK_BME, t, "memory request while Bus Master Enable is 0");
	if (tlp_req_id(t) != SIM_DEV_BDF)
		chk_violation(s, CHK_REQ_ID, t, "requester ID %04x, function is %04x",
			      tlp_req_id(t), SIM_DEV_BDF);
	if (tlp_is_4dw(t) && (addr >> 32) == 0)
		chk_violation(s, CHK_ADDR_FMT, t, "4-DW header for an address below 4 GiB");
	if ((addr & 0xfff) + 4ull * len > 4096)
		chk_violation(s, CHK_4K, t, "request crosses a 4 KiB boundary");
	if (len == 1) {
		if (lbe)
			chk_violation(s, CHK_BE, t, "Last BE must be 0 for a 1-DW request");
	} else if (!fbe || !lbe) {
		chk_violation(s, CHK_BE, t, "First/Last BE must be non-zero for Length > 1");
	} else if (!(len == 2 && (addr & 7) == 0) &&
		   (!be_contig_high(fbe) || !be_contig_low(lbe))) {
		chk_violation(s, CHK_BE, t, "non-contiguous byte enables");
	}
	if (k == TLP_K_MWR && 4 * len > c->mps)
		chk_violation(s, CHK_MPS, t, "payload %u bytes, Max_Payload_Size %u", 4 * len,
			      c->mps);
	if (k == TLP_K_MRD) {
		unsigned int tag = tlp_tag(t);

		if (4 * len > c->mrrs)
			chk_violation(s, CHK_MRRS, t, "read of %u bytes, Max_Read_Request_Size %u",
				      4 * len, c->mrrs);
		if (!c->tag10 && tag > 0xff)
			chk_violation(s, CHK_TAG, t, "10-bit tag while 10-Bit Tag Requester is off");
		else if (!c->tag10 && !c->ext_tag && tag > 0x1f)
			chk_violation(s, CHK_TAG, t, "8-bit tag while Extended Tag is off");
		if (s->chk_reads[tag].active)
			chk_violation(s, CHK_TAG, t, "tag %03x already outstanding", tag);
		s->chk_reads[tag].active = true;
		s->chk_reads[tag].addr = addr + tlp_first_byte(t);
		s->chk_reads[tag].remaining = tlp_req_bytes(t);
	}
	if (t->has_prefix) {
		if (!tlp_prefix_is_pasid(t) || (t->prefix & (3u << 20)))
			chk_violation(s, CHK_PREFIX_ENC, t, "not a well-formed PASID prefix");
		else if (!c->pasid_en)
			chk_violation(s, CHK_PASID_DISABLED, t, "PASID prefix while PASID is disabled");
		else if ((tlp_pmr(t) && !c->pasid_priv_en) || (tlp_er(t) && !c->pasid_exec_en))
			chk_violation(s, CHK_PREFIX_ENC, t, "PMR/ER set but not enabled");
		else if (c->pasid_width < 20 && tlp_pasid(t) >= (1u << c->pasid_width))
			chk_violation(s, CHK_PREFIX_ENC, t, "PASID above Max PASID Width");
	}
}

static void check_completion(struct sim *s, const struct tlp *t)
{
	struct sim_rc_req *r = &s->rc_req[tlp_tag(t) & 0xff];
	struct tlp req;
	enum tlp_kind rk;

	if (t->has_prefix)
		chk_violation(s, CHK_PREFIX_KIND, t, "prefix on a completion");
	/* Before its first configuration write a function completes with Bus and Device Number 0
	 * (PCIe 2.2.6.2). */
	if (tlp_cpl_id(t) != (s->busdev_captured ? SIM_DEV_BDF : (SIM_DEV_BDF & 7)))
		chk_violation(s, CHK_REQ_ID, t, "completer ID %04x, function is %04x",
			      tlp_cpl_id(t), s->busdev_captured ? SIM_DEV_BDF : (SIM_DEV_BDF & 7));
	if (tlp_req_id(t) != SIM_RC_ID || tlp_tag(t) > 0xff || !r->active || r->done) {
		chk_violation(s, CHK_CPL_MATCH, t, "no outstanding request with this tag");
		return;
	}
	memset(&req, 0, offsetof(struct tlp, data)); /* header fields only; no payload needed */
	memcpy(req.hdr, r->req_hdr, sizeof(req.hdr));
	rk = tlp_kind(&req);
	if (tlp_cpl_status(t) == TLP_CPL_SC) {
		bool want_data = rk == TLP_K_MRD || rk == TLP_K_CFGRD;

		if (tlp_has_data(t) != want_data)
			chk_violation(s, CHK_CPL_MATCH, t, "%s for a %s", tlp_has_data(t) ? "CplD" : "Cpl",
				      tlp_kind_name(rk));
		else if (rk == TLP_K_MRD && (tlp_cpl_bc(t) != tlp_req_bytes(&req) ||
					     tlp_cpl_la(t) != ((tlp_addr(&req) +
								tlp_first_byte(&req)) & 0x7f)))
			chk_violation(s, CHK_CPL_MATCH, t, "Byte Count / Lower Address do not match");
		else if (rk != TLP_K_MRD && tlp_cpl_bc(t) != 4)
			chk_violation(s, CHK_CPL_MATCH, t, "Byte Count must be 4");
	} else if (tlp_has_data(t)) {
		chk_violation(s, CHK_CPL_MATCH, t, "unsuccessful completion with data");
	}
	/* The completion of a config read tells the checker the register's value. */
	if (rk == TLP_K_CFGRD && tlp_has_data(t)) {
		int dw = s->cfgrd_dw[tlp_tag(t) & 0xff];

		if (dw >= 0) {
			s->cfg_shadow[dw] = t->data[0];
			s->cfg_known[dw] = true;
			if (!s->cfg_written[dw]) {
				s->cfg_reset[dw] = t->data[0];
				s->cfg_reset_known[dw] = true;
			}
		}
	}
}

void chk_device_tlp(struct sim *s, const struct tlp *t)
{
	enum tlp_kind k = tlp_kind(t);
	struct chk_cfg c;

	chk_cfg_state(s, &c);
	switch (k) {
	case TLP_K_MRD:
	case TLP_K_MWR:
		check_mem_request(s, t, &c);
		break;
	case TLP_K_CPL:
		check_completion(s, t);
		break;
	default:
		chk_violation(s, CHK_FMT_TYPE, t, "an endpoint does not send this TLP");
		if (t->has_prefix)
			chk_violation(s, CHK_PREFIX_KIND, t, "prefix on a non-memory TLP");
		break;
	}
}
