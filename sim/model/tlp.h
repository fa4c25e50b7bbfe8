/* SPDX-License-Identifier: MIT */
/*
 * tlp.h - Transaction Layer Packets as the platform model sees them.
 *
 * A TLP is an optional End-End prefix DW, a 3- or 4-DW header in PCIe bit numbering (hdr[0] is
 * DW0, whose bits 31:24 are byte 0 on the wire) and a payload of DWs. Encoders and decoders for
 * the fields the model and the protocol checker use (PCIe Base Spec 2.2).
 */
#ifndef SIOV_SIM_TLP_H_
#define SIOV_SIM_TLP_H_

#include <stdbool.h>
#include <stdint.h>

#define TLP_MAX_DW 1024

enum tlp_fmt {
	TLP_FMT_3DW = 0,
	TLP_FMT_4DW = 1,
	TLP_FMT_3DW_DATA = 2,
	TLP_FMT_4DW_DATA = 3,
	TLP_FMT_PREFIX = 4,
};

enum tlp_type {
	TLP_TYPE_MEM = 0x00,
	TLP_TYPE_MEMLK = 0x01,
	TLP_TYPE_IO = 0x02,
	TLP_TYPE_CFG0 = 0x04,
	TLP_TYPE_CFG1 = 0x05,
	TLP_TYPE_CPL = 0x0a,
	TLP_TYPE_CPLLK = 0x0b,
	TLP_TYPE_FETCHADD = 0x0c,
	TLP_TYPE_SWAP = 0x0d,
	TLP_TYPE_CAS = 0x0e,
	TLP_TYPE_DMWR = 0x1b,
};

enum tlp_cpl_status {
	TLP_CPL_SC = 0,
	TLP_CPL_UR = 1,
	TLP_CPL_RRS = 2,
	TLP_CPL_CA = 4,
};

/* What a TLP is, as far as the model cares. */
enum tlp_kind {
	TLP_K_MRD,
	TLP_K_MWR,
	TLP_K_DMWR,
	TLP_K_CFGRD,
	TLP_K_CFGWR,
	TLP_K_CPL,   /* Cpl or CplD */
	TLP_K_MSG,
	TLP_K_OTHER, /* IO, Type 1 config, locked, atomics */
	TLP_K_BAD,   /* no such Fmt/Type */
};

#define TLP_PREFIX_PASID_BYTE0 0x91u

struct tlp {
	bool has_prefix;
	uint32_t prefix;
	uint32_t hdr[4];
	unsigned int ndata;            /* payload DWs actually carried */
	uint32_t data[TLP_MAX_DW];     /* payload, DW n = bytes 4n..4n+3, byte 0 in bits 7:0 */
	unsigned int bar;              /* device RX side: unused; kept for traces */
};

static inline unsigned int tlp_fmt(const struct tlp *t) { return t->hdr[0] >> 29; }
static inline unsigned int tlp_type(const struct tlp *t) { return (t->hdr[0] >> 24) & 0x1f; }
static inline bool tlp_has_data(const struct tlp *t) { return (tlp_fmt(t) & 2) != 0; }
static inline bool tlp_is_4dw(const struct tlp *t) { return (tlp_fmt(t) & 1) != 0; }
static inline unsigned int tlp_hdr_dws(const struct tlp *t) { return tlp_is_4dw(t) ? 4 : 3; }
/* Length field in DWs (0 encodes 1024). */
static inline unsigned int tlp_len(const struct tlp *t)
{
	unsigned int l = t->hdr[0] & 0x3ff;

	return l ? l : 1024;
}
static inline bool tlp_ep(const struct tlp *t) { return (t->hdr[0] >> 14) & 1; }
static inline unsigned int tlp_attr(const struct tlp *t)
{
	return ((t->hdr[0] >> 16) & 4) | ((t->hdr[0] >> 12) & 3);
}
static inline unsigned int tlp_tc(const struct tlp *t) { return (t->hdr[0] >> 20) & 7; }
/* 10-bit tag of a request or completion (T9, T8 in DW0; Tag[7:0] in DW1 or DW2). */
unsigned int tlp_tag(const struct tlp *t);
static inline uint16_t tlp_req_id(const struct tlp *t)
{
	return (tlp_type(t) == TLP_TYPE_CPL || tlp_type(t) == TLP_TYPE_CPLLK) ? t->hdr[2] >> 16 :
									      t->hdr[1] >> 16;
}
static inline unsigned int tlp_first_be(const struct tlp *t) { return t->hdr[1] & 0xf; }
static inline unsigned int tlp_last_be(const struct tlp *t) { return (t->hdr[1] >> 4) & 0xf; }
uint64_t tlp_addr(const struct tlp *t);
enum tlp_kind tlp_kind(const struct tlp *t);
const char *tlp_kind_name(enum tlp_kind k);

/* Completion fields. */
static inline uint16_t tlp_cpl_id(const struct tlp *t) { return t->hdr[1] >> 16; }
static inline unsigned int tlp_cpl_status(const struct tlp *t) { return (t->hdr[1] >> 13) & 7; }
static inline unsigned int tlp_cpl_bc(const struct tlp *t)
{
	unsigned int bc = t->hdr[1] & 0xfff;

	return bc ? bc : 4096;
}
static inline unsigned int tlp_cpl_la(const struct tlp *t) { return t->hdr[2] & 0x7f; }

/* Config request fields: target ID and DW register number. */
static inline uint16_t tlp_cfg_target(const struct tlp *t) { return t->hdr[2] >> 16; }
static inline unsigned int tlp_cfg_dw(const struct tlp *t) { return (t->hdr[2] >> 2) & 0x3ff; }

/* PASID prefix fields. */
static inline bool tlp_prefix_is_pasid(const struct tlp *t)
{
	return t->has_prefix && (t->prefix >> 24) == TLP_PREFIX_PASID_BYTE0;
}
static inline uint32_t tlp_pasid(const struct tlp *t) { return t->prefix & 0xfffff; }
static inline bool tlp_pmr(const struct tlp *t) { return (t->prefix >> 23) & 1; }
static inline bool tlp_er(const struct tlp *t) { return (t->prefix >> 22) & 1; }
static inline uint32_t tlp_make_pasid_prefix(uint32_t pasid, bool pmr, bool er)
{
	return (TLP_PREFIX_PASID_BYTE0 << 24) | ((uint32_t)pmr << 23) | ((uint32_t)er << 22) |
	       (pasid & 0xfffff);
}

/* Byte count of a memory request from Length and byte enables (PCIe 2.2.5). */
unsigned int tlp_req_bytes(const struct tlp *t);
/* Offset of the first enabled byte within the first DW. */
unsigned int tlp_first_byte(const struct tlp *t);

/* Builders. tag is 10 bits (T9:T8 go into DW0). */
void tlp_make_mem(struct tlp *t, bool write, uint64_t addr, unsigned int len_dw, uint16_t req_id,
		  unsigned int tag, unsigned int first_be, unsigned int last_be);
void tlp_make_dmwr(struct tlp *t, uint64_t addr, unsigned int len_dw, uint16_t req_id,
		   unsigned int tag);
void tlp_make_cfg(struct tlp *t, bool write, uint16_t target, unsigned int dw, uint16_t req_id,
		  unsigned int tag, unsigned int be);
void tlp_make_cpl(struct tlp *t, bool with_data, unsigned int len_dw, uint16_t cpl_id,
		  unsigned int status, unsigned int byte_count, uint16_t req_id, unsigned int tag,
		  unsigned int lower_addr, unsigned int tc, unsigned int attr);

/* Bytes the TLP occupies on the link: framing + prefix + header + payload. */
unsigned int tlp_wire_bytes(const struct tlp *t, unsigned int framing);

/* One-line description, for logs ("MWr 64b addr=... len=... tag=..."). */
void tlp_describe(const struct tlp *t, char *buf, unsigned long size);

#endif /* SIOV_SIM_TLP_H_ */
