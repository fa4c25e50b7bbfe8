/* SPDX-License-Identifier: MIT */
/*
 * siov_ppt.h - libsiov API for the PASID Permissions Table (PPT): one descriptor that names
 * several address spaces through PASID selectors. docs/ppt.md is the device's side of the
 * contract (§1 registers and commands, §2 entry format, §3 descriptors, §4 status codes).
 *
 *   entry format     struct siov_ppt_entry, siov_ppt_entry_pack/unpack()
 *   host driver      siov_ppt_init/fini() (the table in DMA memory, the BAR0 ppt_* registers),
 *                    siov_ppt_alloc/update/revoke/read(), siov_ppt_invalidate(),
 *                    siov_ppt_stats(), siov_ppt_allocated(), siov_ppt_share()
 *   submitters       siov_desc_id_*() (inter-domain operations, DSA 2.0 opcodes 0x23-0x26),
 *                    siov_desc_update_window() (0x21), siov_desc_drain_access()
 *   results          SIOV_PPT_ST_* status codes, siov_ppt_status_name(), struct siov_ppt_notify
 *
 * The table belongs to the host driver: the handle that called siov_ppt_init() owns it and keeps
 * the selector allocation (a bitmap in the handle). Another handle, e.g. a separate siovctl
 * process, sees only the registers: the entry functions return -ENODEV there.
 *
 * Peer sharing (US 2020/0319913 [0041]-[0042]): the owner of an address space (PASID A) opens a
 * window of it to a peer (PASID B):
 *   1. the owner asks the host driver, which calls siov_ppt_share(dev, A, B, base, size, flags,
 *      &sel): an entry with access PASID A, submitter PASID B, allow_update set;
 *   2. the driver hands the selector to the owner, who passes it to the peer out of band;
 *   3. the owner narrows (or moves) the window whenever it likes with an Update Window
 *      descriptor (siov_desc_update_window) submitted on one of its own ADIs: the device drains
 *      the jobs using the entry, rewrites it in the table and completes;
 *   4. the owner tells the peer the window is ready; the peer submits inter-domain descriptors
 *      (siov_desc_id_*) with the selector. siov_ppt_revoke() closes the window for good.
 *
 * Functions return 0 or a negative errno and never exit. Descriptor builders follow siov_wq.h.
 */
#ifndef SIOV_SIOV_PPT_H_
#define SIOV_SIOV_PPT_H_

#include <stdbool.h>
#include <stdint.h>

#include <linux/idxd.h>

#include "siov/siov.h"
#include "siov/siov_bar0_regs.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- entry format (docs/ppt.md §2) ---------------------------------------------------------- */
#define SIOV_PPT_ENTRY_BYTES 32
#define SIOV_PPT_MAX_ENTRIES 65536u /* ppt_size.entries: 0..65536; selectors are 16 bits */

/* One table entry, decoded. PASIDs are below 2^20. */
struct siov_ppt_entry {
	bool valid;          /* the entry may be used */
	bool allow_update;   /* the owner (access PASID) may change the window (Update Window) */
	bool read;           /* sources may go through the entry */
	bool write;          /* destinations and the destination notification may */
	bool drain;          /* the submitter may drain the access PASID (siov_desc_drain_access) */
	bool range_check;    /* accesses must lie in [base, base + size); 0: the whole space */
	bool offset_mode;    /* addresses are offsets from base, checked against size */
	bool any_submitter;  /* no submitter check: open to every submitter */
	bool access_priv;    /* requests through the entry ask for Privileged Mode */
	uint32_t submitter_pasid; /* the only PASID allowed to use the entry (unless any_submitter) */
	uint32_t access_pasid;    /* the address space the entry opens */
	/* After a destination notification written through the entry (address 2), raise this IMS
	 * handle (bound by the driver to the destination's ADI, e.g. VM B's). */
	bool notify_int;
	uint16_t notify_ims;
	uint64_t base, size;      /* the window */
};

/* The 32 bytes of an entry: four little-endian qwords, reserved bits 0, PASIDs cut to 20 bits. */
void siov_ppt_entry_pack(const struct siov_ppt_entry *e, uint8_t out[SIOV_PPT_ENTRY_BYTES]);
/* Decode 32 bytes of the table (reserved bits ignored). */
void siov_ppt_entry_unpack(const uint8_t in[SIOV_PPT_ENTRY_BYTES], struct siov_ppt_entry *e);

/* ---- window flags: the Update Window flags byte (docs/ppt.md §3.2) ---------------------------- */
#define SIOV_PPT_WIN_READ   0x01u /* read permission */
#define SIOV_PPT_WIN_WRITE  0x02u /* write permission */
#define SIOV_PPT_WIN_CHECK  0x04u /* range check */
#define SIOV_PPT_WIN_OFFSET 0x08u /* offset mode (Update Window: must equal the entry's) */
#define SIOV_PPT_WIN_DRAIN  0x10u /* drain permission (siovdm) */
#define SIOV_PPT_WIN_MASK   0x1fu

/* ---- completion / SWERR status codes (docs/ppt.md §4), from the generated register map ---- */
#define SIOV_PPT_ST_SEL_RANGE     SIOV_BAR0_SWERR_STATUS_CODE_PPT_SEL_RANGE     /* 0x30 */
#define SIOV_PPT_ST_ENTRY_INVALID SIOV_BAR0_SWERR_STATUS_CODE_PPT_ENTRY_INVALID /* 0x31 */
#define SIOV_PPT_ST_SUBMITTER     SIOV_BAR0_SWERR_STATUS_CODE_PPT_SUBMITTER     /* 0x32 */
#define SIOV_PPT_ST_NO_READ       SIOV_BAR0_SWERR_STATUS_CODE_PPT_NO_READ       /* 0x33 */
#define SIOV_PPT_ST_NO_WRITE      SIOV_BAR0_SWERR_STATUS_CODE_PPT_NO_WRITE      /* 0x34 */
#define SIOV_PPT_ST_RANGE         SIOV_BAR0_SWERR_STATUS_CODE_PPT_RANGE         /* 0x35 */
#define SIOV_PPT_ST_READ_FAULT    SIOV_BAR0_SWERR_STATUS_CODE_PPT_READ_FAULT    /* 0x36 */
#define SIOV_PPT_ST_NOT_OWNER     SIOV_BAR0_SWERR_STATUS_CODE_PPT_NOT_OWNER     /* 0x37 */
#define SIOV_PPT_ST_NO_UPDATE     SIOV_BAR0_SWERR_STATUS_CODE_PPT_NO_UPDATE     /* 0x38 */
#define SIOV_PPT_ST_BAD_WINDOW    SIOV_BAR0_SWERR_STATUS_CODE_PPT_BAD_WINDOW    /* 0x39 */
#define SIOV_PPT_ST_NO_DRAIN      SIOV_BAR0_SWERR_STATUS_CODE_PPT_NO_DRAIN      /* 0x3a */
/* On a PPT failure, completion-record byte 2 (result) says which address failed and the fault
 * address field holds the selector. */
#define SIOV_PPT_FAILED_ADDR1  1u /* address 1 */
#define SIOV_PPT_FAILED_ADDR2  2u /* address 2, or the Update Window / drain selector */
#define SIOV_PPT_FAILED_NOTIFY 3u /* the notification address */

/* "ppt_sel_range", ... for 0x30..0x3a (the status bits of a completion record: bit 7 is
 * ignored), "?" for any other code. A static string. */
const char *siov_ppt_status_name(unsigned int st);

/* ---- host driver: the table ------------------------------------------------------------------ */
/* Allocate a table of entries (1..65536) × 32 bytes in address space as (attached by the caller
 * to pasid, or to SIOV_NO_PASID for requests without PASID), zero it, program ppt_base_lo/hi,
 * ppt_size and ppt_pasid (en = 0 for SIOV_NO_PASID) and read them back, then run
 * ppt_invalidate_all. The handle owns the table from then on. -EINVAL for a bad count or PASID,
 * -EBUSY if this handle already owns a table, -EIO if the registers did not take the values (no
 * PPT in this device) or the memory is not 4 KiB aligned; command errors as siov_cmd(). A table
 * another process programmed is replaced. */
int siov_ppt_init(struct siov_dev *dev, int as, uint32_t pasid, unsigned int entries);
/* Disable the table (ppt_size 0, base and PASID registers 0), run ppt_invalidate_all and free
 * the memory and the selector bookkeeping. Nothing if the handle owns no table. */
void siov_ppt_fini(struct siov_dev *dev);

/* ---- host driver: entries -------------------------------------------------------------------- */
/* Write *e into the lowest free selector (qwords 3, 2, 1, then qword 0 with valid) and run
 * ppt_invalidate(sel); *sel gets the selector. -EINVAL unless e->valid, the window does not wrap
 * (base + size <= 2^64, the device's Update Window rule) and the PASIDs are below 2^20 (the
 * submitter PASID is not checked with any_submitter); -ENOSPC when every selector is in use;
 * -ENODEV without a table. */
int siov_ppt_alloc(struct siov_dev *dev, const struct siov_ppt_entry *e, uint16_t *sel);
/* Privileged rewrite of an allocated entry: clear valid in qword 0, write qwords 3, 2, 1, then
 * qword 0, then ppt_invalidate(sel), which returns once no running job uses the old contents.
 * Checks *e as siov_ppt_alloc; -ENOENT if sel is not allocated. An owner's Update Window that
 * looked the entry up before the write rewrites it in memory when it ends: the table is read
 * back after the invalidate and written again while it differs (-EAGAIN after 8 rounds), so the
 * driver's entry wins. */
int siov_ppt_update(struct siov_dev *dev, uint16_t sel, const struct siov_ppt_entry *e);
/* Clear qword 0 (valid = 0), run ppt_invalidate(sel) (waits for the jobs using the entry), check
 * that no Update Window set valid again (else repeat, as siov_ppt_update) and free the selector.
 * -ENOENT if sel is not allocated; on an error the selector stays allocated (call again). */
int siov_ppt_revoke(struct siov_dev *dev, uint16_t sel);
/* Read entry sel (allocated or not) from the table memory: what the device sees on a miss,
 * including windows the owner changed with Update Window. -EINVAL beyond the table, -ENODEV if
 * this handle owns no table. */
int siov_ppt_read(struct siov_dev *dev, uint16_t sel, struct siov_ppt_entry *e);
/* ppt_invalidate(sel), or ppt_invalidate_all for sel < 0: the device drops the cached entry and
 * returns once no job that looked it up before is running. Needs no table of this handle.
 * -EINVAL for sel > 65535. */
int siov_ppt_invalidate(struct siov_dev *dev, int sel);
/* Whether this handle owns a table and handed out sel. */
bool siov_ppt_allocated(const struct siov_dev *dev, uint16_t sel);

/* The PPT registers and this handle's bookkeeping. */
struct siov_ppt_stats {
	uint32_t hits, misses, evictions; /* cache counters (wrap at 2^32, cleared by FLR) */
	unsigned int cache_entries;       /* ppt_cap.cache_entries */
	unsigned int entries;             /* ppt_size.entries (0: no table) */
	unsigned int used;                /* selectors handed out (0 if this handle owns no table) */
	uint64_t base;                    /* ppt_base_hi:lo */
	uint32_t pasid;                   /* ppt_pasid.pasid, SIOV_NO_PASID when !pasid_en */
	bool pasid_en;                    /* ppt_pasid.en */
};
/* Read the PPT registers into *s (any handle). */
int siov_ppt_stats(struct siov_dev *dev, struct siov_ppt_stats *s);

/* ---- peer sharing ---------------------------------------------------------------------------- */
/* Open a window of owner_pasid's space to peer_pasid (see the top of this file): an entry with
 * access PASID owner_pasid, submitter PASID peer_pasid, allow_update, and read / write / drain /
 * range check / offset mode from win_flags (SIOV_PPT_WIN_*). *sel as siov_ppt_alloc; -EINVAL
 * for bits outside SIOV_PPT_WIN_MASK. */
int siov_ppt_share(struct siov_dev *dev, uint32_t owner_pasid, uint32_t peer_pasid, uint64_t base,
		   uint64_t size, unsigned int win_flags, uint16_t *sel);

/* ---- descriptors (docs/ppt.md §3) ---------------------------------------------------------- */
/* Opcodes and operation flags not in <linux/idxd.h> (DSA 2.0 encodings). */
#define SIOV_OPCODE_UPDATE_WIN  0x21u
#define SIOV_OPCODE_ID_MEMMOVE  0x23u
#define SIOV_OPCODE_ID_FILL     0x24u
#define SIOV_OPCODE_ID_COMPARE  0x25u
#define SIOV_OPCODE_ID_COMPVAL  0x26u
#define SIOV_ID_FLAG_SRC_SEL    (1u << 16) /* address 1 through the selector at bytes 60-61 */
#define SIOV_ID_FLAG_DST_SEL    (1u << 17) /* address 2 through the selector at bytes 62-63 */
#define SIOV_ID_FLAG_NOTIFY     (1u << 18) /* destination notification (0x23, 0x24) */

/*
 * Like the builders of siov_wq.h: zero *d, set opcode, operands and flags (24 bits), and with a
 * non-zero cr the completion address and IDXD_OP_FLAG_CRAV | IDXD_OP_FLAG_RCR. A selector
 * argument is 0..65535, or -1: that address does not go through a selector (it is in the
 * submitter's data address space; no flag, field 0). The completion record goes to the
 * submitter's space.
 */
/* Inter-domain memory move: src (read) to dst (write). */
void siov_desc_id_memmove(struct dsa_hw_desc *d, uint64_t src, int src_sel, uint64_t dst,
			  int dst_sel, uint32_t size, uint64_t cr, uint32_t flags);
/* Inter-domain fill of dst with the 8-byte pattern. */
void siov_desc_id_fill(struct dsa_hw_desc *d, uint64_t dst, int dst_sel, uint32_t size,
		       uint64_t pattern, uint64_t cr, uint32_t flags);
/* Inter-domain compare of src1 with src2 (results as siov_desc_compare). */
void siov_desc_id_compare(struct dsa_hw_desc *d, uint64_t src1, int sel1, uint64_t src2, int sel2,
			  uint32_t size, bool expect_different, uint64_t cr, uint32_t flags);
/* Inter-domain compare of src with an 8-byte pattern. */
void siov_desc_id_compare_pattern(struct dsa_hw_desc *d, uint64_t src, int sel, uint64_t pattern,
				  uint32_t size, bool expect_different, uint64_t cr,
				  uint32_t flags);
/* Ask a built 0x23 / 0x24 descriptor for the destination notification: SIOV_ID_FLAG_NOTIFY, the
 * address (8-byte aligned, in the destination's address space: through the address-2 selector
 * when there is one) at bytes 48-55 and the value at 56-59. After the data, the device writes
 * struct siov_ppt_notify there, then the completion record. */
void siov_desc_id_notify(struct dsa_hw_desc *d, uint64_t addr, uint32_t value);
/* Update Window (0x21), submitted by the owner (the entry's access PASID): new base and size,
 * SIOV_PPT_WIN_* flags at byte 61 (offset mode as the entry has it), selector at 62-63. */
void siov_desc_update_window(struct dsa_hw_desc *d, uint16_t sel, uint64_t base, uint64_t size,
			     unsigned int win_flags, uint64_t cr, uint32_t flags);
/* Drain (0x02) of the access PASID of entry sel: SIOV_ID_FLAG_SRC_SEL, selector at 60-61. */
void siov_desc_drain_access(struct dsa_hw_desc *d, uint16_t sel, uint64_t cr, uint32_t flags);

/* The 8 bytes of the destination notification (little endian). */
struct siov_ppt_notify {
	uint32_t value; /* the descriptor's notification value */
	uint32_t bytes; /* bytes written */
};

#ifdef __cplusplus
}
#endif

#endif /* SIOV_SIOV_PPT_H_ */
