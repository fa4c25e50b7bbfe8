/* SPDX-License-Identifier: MIT */
/*
 * siov_wq.h - libsiov user (direct-path) submission: work submitted to an ADI through its BAR2
 * page, as a guest or a process that was given only that page does it (docs/adi.md §3). Nothing
 * here touches BAR0; the host driver configured and enabled the ADI (siov_adi.h).
 *
 *   ring     descriptors written into a ring in DMA memory, then the new tail to the doorbell
 *   portal   one 64-byte posted write (MOVDIR64B) of a descriptor to the portal window
 *   shared   one 64-byte Deferrable Memory Write (ENQCMD) to the swq window; the device may
 *            answer Retry, and libsiov retries with exponential back-off
 *
 * Descriptors and completion records are those of <linux/idxd.h>. Functions return 0 or a
 * negative errno and never exit. Times are device clock cycles.
 */
#ifndef SIOV_SIOV_WQ_H_
#define SIOV_SIOV_WQ_H_

#include <stdint.h>

#include <linux/idxd.h>

#include "siov/siov.h"
#include "siov/siov_adi.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The submission side of one ADI: its BAR2 page and the mode it is used in. Opaque. */
struct siov_wq;

/* Open the page of ADI adi: BAR2 offset adi × the DVSEC System Page Size. mode says which
 * submit function is allowed (the others fail with -EINVAL); it is not checked against the
 * device, so that a test can also submit on the wrong path. -EINVAL if the page lies beyond
 * BAR2, -ENODEV without BAR2 or the SIOV DVSEC. *wq is owned by the caller (siov_wq_close). */
int siov_wq_open(struct siov_dev *dev, unsigned int adi, enum siov_adi_mode mode,
		 struct siov_wq **wq);
/* Free the handle (NULL is allowed); the ADI is not touched. */
void siov_wq_close(struct siov_wq *wq);
/* The ADI the handle submits to. */
unsigned int siov_wq_adi(const struct siov_wq *wq);
/* BAR2 offset of the ADI's page. */
uint64_t siov_wq_page(const struct siov_wq *wq);

/* The unprivileged view of the ADI (page register status). */
struct siov_wq_status {
	bool enabled;
	unsigned int mode;      /* SIOV_ADI_PAGE_STATUS_MODE_* */
	unsigned int occupancy; /* descriptors queued, not dispatched */
};
/* Read the page's status register. */
int siov_wq_status(struct siov_wq *wq, struct siov_wq_status *st);

/* ---- ring ------------------------------------------------------------------------------------ */
/* A ring of 64-byte descriptors in DMA memory the caller allocated (in the ADI's descriptor
 * PASID address space). The caller owns the struct and the memory. */
struct siov_ring {
	struct dsa_hw_desc *desc; /* CPU view of the ring */
	uint64_t iova;            /* the ring's address for the device (adi config ring_iova) */
	unsigned int entries;     /* power of two, 2..65536 */
	unsigned int tail;        /* next slot software writes (what the doorbell was last given) */
};

/* Describe the ring at the start of mem (64-byte aligned, at least entries × 64 bytes). The
 * tail starts at 0, where the device's head and tail are for a freshly configured ADI. */
int siov_ring_init(struct siov_ring *ring, struct siov_dma_buf *mem, unsigned int entries);
/* Take the software tail from the device's doorbell register (after a reset of the ADI, or
 * when another submitter shares the ring). */
int siov_ring_sync(struct siov_wq *wq, struct siov_ring *ring);
/* Read the device's head: the next ring slot it will fetch. */
int siov_ring_head(struct siov_wq *wq, unsigned int *head);
/* Copy n descriptors to the ring at the tail and write the new tail to the doorbell (one MMIO
 * write). At most entries - 1 descriptors are outstanding (head == tail means empty): -EAGAIN
 * if the free entries, computed from the device's head, are fewer than n (nothing is written). */
int siov_submit_ring(struct siov_wq *wq, struct siov_ring *ring, const struct dsa_hw_desc *descs,
		     unsigned int n);

/* ---- dedicated portal ------------------------------------------------------------------------ */
/* One 64-byte write of the descriptor to the portal (the platform's MOVDIR64B). The device drops
 * descriptors that find the ADI's queue full (counted in adi overflow): keep no more descriptors
 * outstanding than the queue holds. */
int siov_submit_portal(struct siov_wq *wq, const struct dsa_hw_desc *desc);

/* ---- shared work queue ---------------------------------------------------------------------- */
/* One 64-byte DMWr of the descriptor to the swq window. Bytes 0-3 carry the submitter's PASID
 * and privilege (desc->pasid, desc->priv): the caller sets them; ENQCMD on real hardware
 * replaces them with the process's PASID. Request Retry Status is retried after
 * siov_wait(16 << try) cycles, up to 16 attempts: -EAGAIN if every attempt was refused, -EIO on
 * Unsupported Request or Completer Abort (e.g. the ADI is not in shared mode), -EOPNOTSUPP when
 * the platform cannot send a DMWr. */
int siov_submit_swq(struct siov_wq *wq, const struct dsa_hw_desc *desc);
/* Retries (attempts - 1) the last siov_submit_swq() on this wq needed. */
unsigned int siov_wq_last_retries(const struct siov_wq *wq);

/* ---- completion ------------------------------------------------------------------------------ */
/* Poll cr->status until it is not 0 (siov_wait(dev, 20) between polls): 0, or -ETIMEDOUT after
 * timeout cycles. The caller then reads the record (status & DSA_COMP_STATUS_MASK). */
int siov_cr_wait(struct siov_dev *dev, const volatile struct dsa_completion_record *cr,
		 uint64_t timeout);

/* ---- descriptors ---------------------------------------------------------------------------- */
/* Each builder zeroes *d, sets the opcode, the operands and flags (24 bits, IDXD_OP_FLAG_*), and
 * when cr (the completion record's address, 32-byte aligned) is not 0, completion_addr and
 * IDXD_OP_FLAG_CRAV | IDXD_OP_FLAG_RCR. */
void siov_desc_memmove(struct dsa_hw_desc *d, uint64_t src, uint64_t dst, uint32_t size,
		       uint64_t cr, uint32_t flags);
void siov_desc_noop(struct dsa_hw_desc *d, uint64_t cr, uint32_t flags);
void siov_desc_drain(struct dsa_hw_desc *d, uint64_t cr, uint32_t flags);
/* A batch of count descriptors at list_iova (64-byte aligned, descriptor PASID space). */
void siov_desc_batch(struct dsa_hw_desc *d, uint64_t list_iova, uint32_t count, uint64_t cr,
		     uint32_t flags);
/* Memory fill: dst[i] = byte (i mod 8) of pattern (little endian). */
void siov_desc_fill(struct dsa_hw_desc *d, uint64_t dst, uint32_t size, uint64_t pattern,
		    uint64_t cr, uint32_t flags);
/* Compare src1 with src2 (result 0 equal, 1 different; bytes_completed = first difference).
 * With IDXD_OP_FLAG_CR the status is DSA_COMP_SUCCESS_PRED when the result is not the
 * expected one. */
void siov_desc_compare(struct dsa_hw_desc *d, uint64_t src1, uint64_t src2, uint32_t size,
		       bool expect_different, uint64_t cr, uint32_t flags);
/* Compare src with an 8-byte pattern repeated from its start. */
void siov_desc_compare_pattern(struct dsa_hw_desc *d, uint64_t src, uint64_t pattern,
			       uint32_t size, bool expect_different, uint64_t cr, uint32_t flags);
/* Create a delta record of src2 against src1 (8-byte aligned, size a multiple of 8, at most
 * 512 KiB) at delta (max_delta_size: a multiple of 10, at least 80). expect_mask: bit r set =
 * result r (0 equal, 1 different, 2 overflow) expected, for IDXD_OP_FLAG_CR. The record size is
 * returned in the completion record (delta_rec_size). */
void siov_desc_create_delta(struct dsa_hw_desc *d, uint64_t src1, uint64_t src2, uint32_t size,
			    uint64_t delta, uint32_t max_delta_size, uint8_t expect_mask,
			    uint64_t cr, uint32_t flags);
/* Apply a delta record of delta_size bytes to the size-byte region at dst. */
void siov_desc_apply_delta(struct dsa_hw_desc *d, uint64_t delta, uint32_t delta_size,
			   uint64_t dst, uint32_t size, uint64_t cr, uint32_t flags);
/* Copy src to dst1 and dst2 (bits 11:0 of dst1 and dst2 equal). */
void siov_desc_dualcast(struct dsa_hw_desc *d, uint64_t src, uint64_t dst1, uint64_t dst2,
			uint32_t size, uint64_t cr, uint32_t flags);
/* CRC-32C of src (seed: 0 for the iSCSI CRC); the CRC is at completion-record byte 16
 * (crc_val). Op flags: SIOV_CRC_FLAG_* (in flags). */
void siov_desc_crcgen(struct dsa_hw_desc *d, uint64_t src, uint32_t size, uint32_t seed,
		      uint64_t cr, uint32_t flags);
void siov_desc_copy_crc(struct dsa_hw_desc *d, uint64_t src, uint64_t dst, uint32_t size,
			uint32_t seed, uint64_t cr, uint32_t flags);
/* Read the CRC seed (4 bytes, 4-byte aligned) from seed_addr instead (sets op flag 16). */
void siov_desc_crc_seed_addr(struct dsa_hw_desc *d, uint64_t seed_addr);
#define SIOV_CRC_FLAG_SEED_ADDR     0x010000u /* seed read from memory (byte 48) */
#define SIOV_CRC_FLAG_BYPASS_INV    0x020000u /* no inversion and reflection of seed / result */
#define SIOV_CRC_FLAG_BYPASS_DREFL  0x040000u /* data bytes fed MSB first */

/* DIF (T10 PI) operations: opcode DSA_OPCODE_DIF_CHECK / _INS / _STRP / _UPDT. flags bits 1:0
 * block size (0: 512, 1: 520, 2: 4096, 3: 4104), bit 2 invert the guard seed, bit 3 invert the
 * guard; source / destination flags and tags as docs/operations.md describes. size is in
 * source bytes. */
struct siov_dif {
	uint8_t src_flags, dst_flags, flags;
	uint32_t src_ref, dst_ref;
	uint16_t src_app_mask, src_app, dst_app_mask, dst_app;
};
void siov_desc_dif(struct dsa_hw_desc *d, unsigned int opcode, uint64_t src, uint64_t dst,
		   uint32_t size, const struct siov_dif *dif, uint64_t cr, uint32_t flags);

/* Ask for a completion interrupt: IDXD_OP_FLAG_RCI and int_handle (an IMS handle bound to the
 * ADI, or an index into its in-memory interrupt table). */
void siov_desc_set_int(struct dsa_hw_desc *d, unsigned int handle);
/* Set the submitter PASID field of a shared-queue descriptor (bits 19:0, bit 31 privileged). */
void siov_desc_set_pasid(struct dsa_hw_desc *d, uint32_t pasid, bool priv);

#ifdef __cplusplus
}
#endif

#endif /* SIOV_SIOV_WQ_H_ */
