// SPDX-License-Identifier: MIT
/*
 * tlp.c - TLP field decoding and building for the platform model (PCIe Base Spec 2.2).
 */
#include "tlp.h"

#include <stdio.h>
#include <string.h>

unsigned int tlp_tag(const struct tlp *t)
{
	unsigned int hi = ((t->hdr[0] >> 23) & 1) << 9 | ((t->hdr[0] >> 19) & 1) << 8;
	unsigned int lo = (tlp_type(t) == TLP_TYPE_CPL || tlp_type(t) == TLP_TYPE_CPLLK) ?
				  (t->hdr[2] >> 8) & 0xff :
				  (t->hdr[1] >> 8) & 0xff;

	return hi | lo;
}

uint64_t tlp_addr(const struct tlp *t)
{
	if (tlp_is_4dw(t))
		return ((uint64_t)t->hdr[2] << 32) | (t->hdr[3] & ~3u);
	return t->hdr[2] & ~3u;
}

enum tlp_kind tlp_kind(const struct tlp *t)
{
	unsigned int fmt = tlp_fmt(t), type = tlp_type(t);

	if (fmt > 3)
		return TLP_K_BAD;
	if (type == TLP_TYPE_MEM)
		return (fmt & 2) ? TLP_K_MWR : TLP_K_MRD;
	if (type == TLP_TYPE_DMWR)
		return (fmt & 2) ? TLP_K_DMWR : TLP_K_BAD;
	if (type == TLP_TYPE_CFG0 && (fmt == 0 || fmt == 2))
		return fmt ? TLP_K_CFGWR : TLP_K_CFGRD;
	if (type == TLP_TYPE_CPL && (fmt == 0 || fmt == 2))
		return TLP_K_CPL;
	if ((type & 0x18) == 0x10 && (fmt == 1 || fmt == 3))
		return TLP_K_MSG;
	if ((type == TLP_TYPE_IO || type == TLP_TYPE_CFG1) && (fmt == 0 || fmt == 2))
		return TLP_K_OTHER;
	if (type == TLP_TYPE_MEMLK && fmt < 2)
		return TLP_K_OTHER;
	if ((type == TLP_TYPE_FETCHADD || type == TLP_TYPE_SWAP || type == TLP_TYPE_CAS) && fmt >= 2)
		return TLP_K_OTHER;
	if (type == TLP_TYPE_CPLLK && (fmt == 0 || fmt == 2))
		return TLP_K_OTHER;
	return TLP_K_BAD;
}

const char *tlp_kind_name(enum tlp_kind k)
{
	static const char *const names[] = {"MRd", "MWr", "DMWr", "CfgRd0", "CfgWr0",
					    "Cpl", "Msg", "Other", "Bad"};

	return names[k];
}

static unsigned int lead_zeros(unsigned int be)
{
	unsigned int n = 0;

	while (n < 4 && !(be & (1u << n)))
		n++;
	return n;
}

static unsigned int trail_zeros(unsigned int be)
{
	unsigned int n = 0;

	while (n < 4 && !(be & (8u >> n)))
		n++;
	return n;
}

unsigned int tlp_first_byte(const struct tlp *t)
{
	unsigned int fbe = tlp_first_be(t);

	return fbe ? lead_zeros(fbe) : 0;
}

unsigned int tlp_req_bytes(const struct tlp *t)
{
	unsigned int len = tlp_len(t), fbe = tlp_first_be(t), lbe = tlp_last_be(t);

	if (len == 1) {
		if (!fbe)
			return 1; /* zero-length request: byte count 1 (PCIe 2.2.9) */
		return 4 - lead_zeros(fbe) - trail_zeros(fbe);
	}
	return len * 4 - lead_zeros(fbe) - trail_zeros(lbe);
}

static uint32_t dw0(unsigned int fmt, unsigned int type, unsigned int tag, unsigned int tc,
		    unsigned int attr, unsigned int len)
{
	return (fmt << 29) | (type << 24) | (((tag >> 9) & 1) << 23) | ((tc & 7) << 20) |
	       (((tag >> 8) & 1) << 19) | (((attr >> 2) & 1) << 18) | ((attr & 3) << 12) |
	       (len & 0x3ff);
}

void tlp_make_mem(struct tlp *t, bool write, uint64_t addr, unsigned int len_dw, uint16_t req_id,
		  unsigned int tag, unsigned int first_be, unsigned int last_be)
{
	bool four = (addr >> 32) != 0;
	unsigned int fmt = (write ? 2 : 0) | (four ? 1 : 0);

	memset(t->hdr, 0, sizeof(t->hdr));
	t->has_prefix = false;
	t->prefix = 0;
	t->hdr[0] = dw0(fmt, TLP_TYPE_MEM, tag, 0, 0, len_dw);
	t->hdr[1] = ((uint32_t)req_id << 16) | ((tag & 0xff) << 8) | ((last_be & 0xf) << 4) |
		    (first_be & 0xf);
	if (four) {
		t->hdr[2] = (uint32_t)(addr >> 32);
		t->hdr[3] = (uint32_t)addr & ~3u;
	} else {
		t->hdr[2] = (uint32_t)addr & ~3u;
	}
	t->ndata = write ? len_dw : 0;
}

void tlp_make_dmwr(struct tlp *t, uint64_t addr, unsigned int len_dw, uint16_t req_id,
		   unsigned int tag)
{
	tlp_make_mem(t, true, addr, len_dw, req_id, tag, 0xf, len_dw > 1 ? 0xf : 0);
	t->hdr[0] = (t->hdr[0] & ~(0x1fu << 24)) | ((uint32_t)TLP_TYPE_DMWR << 24);
}

void tlp_make_cfg(struct tlp *t, bool write, uint16_t target, unsigned int dw, uint16_t req_id,
		  unsigned int tag, unsigned int be)
{
	memset(t->hdr, 0, sizeof(t->hdr));
	t->has_prefix = false;
	t->prefix = 0;
	t->hdr[0] = dw0(write ? 2 : 0, TLP_TYPE_CFG0, tag, 0, 0, 1);
	t->hdr[1] = ((uint32_t)req_id << 16) | ((tag & 0xff) << 8) | (be & 0xf);
	t->hdr[2] = ((uint32_t)target << 16) | ((dw & 0x3ff) << 2);
	t->ndata = write ? 1 : 0;
}

void tlp_make_cpl(struct tlp *t, bool with_data, unsigned int len_dw, uint16_t cpl_id,
		  unsigned int status, unsigned int byte_count, uint16_t req_id, unsigned int tag,
		  unsigned int lower_addr, unsigned int tc, unsigned int attr)
{
	memset(t->hdr, 0, sizeof(t->hdr));
	t->has_prefix = false;
	t->prefix = 0;
	t->hdr[0] = dw0(with_data ? 2 : 0, TLP_TYPE_CPL, tag, tc, attr, with_data ? len_dw : 0);
	t->hdr[1] = ((uint32_t)cpl_id << 16) | ((status & 7) << 13) | (byte_count & 0xfff);
	t->hdr[2] = ((uint32_t)req_id << 16) | ((tag & 0xff) << 8) | (lower_addr & 0x7f);
	t->ndata = with_data ? len_dw : 0;
}

unsigned int tlp_wire_bytes(const struct tlp *t, unsigned int framing)
{
	return framing + (t->has_prefix ? 4 : 0) + 4 * tlp_hdr_dws(t) + 4 * t->ndata;
}

void tlp_describe(const struct tlp *t, char *buf, unsigned long size)
{
	enum tlp_kind k = tlp_kind(t);
	int n = 0;

	if (t->has_prefix)
		n = snprintf(buf, size, "[prefix %08x] ", t->prefix);
	if (n < 0 || (unsigned long)n >= size)
		return;
	switch (k) {
	case TLP_K_MRD:
	case TLP_K_MWR:
	case TLP_K_DMWR:
		snprintf(buf + n, size - n,
			 "%s %udw addr=0x%llx len=%u be=%x/%x req=%04x tag=%03x", tlp_kind_name(k),
			 tlp_hdr_dws(t), (unsigned long long)tlp_addr(t), tlp_len(t),
			 tlp_first_be(t), tlp_last_be(t), tlp_req_id(t), tlp_tag(t));
		break;
	case TLP_K_CFGRD:
	case TLP_K_CFGWR:
		snprintf(buf + n, size - n, "%s target=%04x reg=0x%03x be=%x tag=%03x",
			 tlp_kind_name(k), tlp_cfg_target(t), tlp_cfg_dw(t) * 4, tlp_first_be(t),
			 tlp_tag(t));
		break;
	case TLP_K_CPL:
		snprintf(buf + n, size - n,
			 "Cpl%s status=%u len=%u bc=%u la=0x%02x cpl=%04x req=%04x tag=%03x",
			 tlp_has_data(t) ? "D" : "", tlp_cpl_status(t),
			 tlp_has_data(t) ? tlp_len(t) : 0, tlp_cpl_bc(t), tlp_cpl_la(t),
			 tlp_cpl_id(t), tlp_req_id(t), tlp_tag(t));
		break;
	default:
		snprintf(buf + n, size - n, "%s fmt=%u type=0x%02x len=%u", tlp_kind_name(k),
			 tlp_fmt(t), tlp_type(t), tlp_len(t));
		break;
	}
}
