/* SPDX-License-Identifier: MIT */
/*
 * siov_adi.h - libsiov host-driver API for Assignable Device Interfaces (ADIs): what the host
 * driver (or the VDCM) does through BAR0, the intercepted path. The direct path (submission
 * through an ADI's BAR2 page) is in siov_wq.h.
 *
 * The checklist is SIOV rev 1.1 Table 4-1; docs/adi.md is the device's side of the contract and
 * docs/host-api.md the programmer's guide. In short:
 *   capabilities     siov_dev_caps()
 *   enumeration      siov_adi_status() for n < caps.num_adis; siov_adi_alloc()
 *   configuration    siov_adi_configure() (PASID identity, queue, ring, QoS, allowed opcodes,
 *                    interrupt mode) while the ADI is disabled; siov_adi_read_config()
 *   life cycle       siov_adi_enable/disable/drain/abort/reset/release(), siov_pasid_drain/abort()
 *   device           siov_device_enable/disable/reset(), siov_swerr_read()
 *   interrupts       IMS: siov_ims_alloc/release/mask/wait/count/pending();
 *                    in-memory interrupt table: siov_itbl_set/msg/wait/count(),
 *                    siov_int_table_invalidate()
 * Functions return 0 or a negative errno and never exit. Commands that the device refuses return
 * -EIO; siov_cmd_last_error() then gives the device's reason (SIOV_BAR0_CMDSTS_ERR_*).
 * ADI numbers are checked against caps.num_adis, IMS handles against caps.ims_entries (-EINVAL).
 * Times are device clock cycles.
 */
#ifndef SIOV_SIOV_ADI_H_
#define SIOV_SIOV_ADI_H_

#include <stdbool.h>
#include <stdint.h>

#include "siov/siov.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- capabilities ------------------------------------------------------------------------- */
struct siov_dev_caps {
	unsigned int num_adis;       /* cap_adi.num_adis */
	unsigned int num_engines;    /* cap_adi.num_engines */
	unsigned int slots;          /* cap_queue.slots: descriptor slots shared by all ADIs */
	unsigned int ims_entries;    /* cap_ims.entries */
	unsigned int max_xfer_shift; /* largest transfer: 2^max_xfer_shift bytes */
	unsigned int max_batch_shift; /* largest batch: 2^max_batch_shift descriptors */
	unsigned int max_ring_shift; /* largest ring: 2^max_ring_shift descriptors */
	uint64_t opcap;              /* supported opcodes: bit n = opcode n */
	unsigned int version_major, version_minor; /* BAR0 register map version */
};

/* Read the device's capabilities from BAR0. Fails with -EPROTONOSUPPORT if the register map's
 * major version is not the one this library was built for, -EIO if BAR0 reads all ones. */
int siov_dev_caps(struct siov_dev *dev, struct siov_dev_caps *caps);

/* ---- commands (BAR0 cmd / cmdsts) ---------------------------------------------------------- */
/* Run one command: wait until no command is active, write cmd (code: a SIOV_BAR0_CMD_CODE_*
 * value; operand: ADI, handle or PASID), poll cmdsts.active (siov_wait(dev, 20) between polls)
 * until it clears. Returns 0 when cmdsts.err is 0 (*result = cmdsts.result if result is not
 * NULL), -EIO when the device refused the command (*cmd_err = cmdsts.err if cmd_err is not NULL;
 * see also siov_cmd_last_error), -ETIMEDOUT when the command did not complete within the command
 * timeout, -EINVAL for a code or operand that does not fit the register. */
int siov_cmd(struct siov_dev *dev, unsigned int code, uint32_t operand, uint32_t *result,
	     uint32_t *cmd_err);
/* cmdsts.err of the last command siov_cmd() completed on this device (0: it succeeded). */
uint32_t siov_cmd_last_error(const struct siov_dev *dev);
/* How long siov_cmd() waits for a command (default 2,000,000 cycles; 0 restores the default).
 * Draining commands wait for the work in flight, so large transfers may need more. */
void siov_set_cmd_timeout(struct siov_dev *dev, uint64_t cycles);
/* Names for messages: "enable_adi", "bad_queue", ... ("?" when unknown). Static strings. */
const char *siov_cmd_name(unsigned int code);
const char *siov_cmd_err_name(uint32_t err);

/* Device-wide commands. siov_device_reset() (reset_device) also forgets the library's ADI and
 * queue-slot allocations, since the device unconfigures every ADI. */
int siov_device_enable(struct siov_dev *dev);
int siov_device_disable(struct siov_dev *dev);
int siov_device_reset(struct siov_dev *dev);
int siov_drain_all(struct siov_dev *dev);
int siov_abort_all(struct siov_dev *dev);

/* Per-ADI commands (docs/adi.md §6, §7). siov_adi_release() (release_adi) also returns the ADI
 * to the pool of siov_adi_alloc(); the queue slots it used stay allocated until
 * siov_queue_free(). */
int siov_adi_enable(struct siov_dev *dev, unsigned int adi);
int siov_adi_disable(struct siov_dev *dev, unsigned int adi);
int siov_adi_drain(struct siov_dev *dev, unsigned int adi);
int siov_adi_abort(struct siov_dev *dev, unsigned int adi);
int siov_adi_reset(struct siov_dev *dev, unsigned int adi);
int siov_adi_release(struct siov_dev *dev, unsigned int adi);
/* Drain / abort the work of every ADI using a PASID (pasid < 2^20). */
int siov_pasid_drain(struct siov_dev *dev, uint32_t pasid);
int siov_pasid_abort(struct siov_dev *dev, uint32_t pasid);
/* Drop the ADI's cached in-memory interrupt-table entries (after changing the table). */
int siov_int_table_invalidate(struct siov_dev *dev, unsigned int adi);

/* ---- ADI allocation and configuration ------------------------------------------------------- */
/* Hand out the lowest ADI that this library instance has not handed out and that is disabled.
 * -ENOSPC when there is none. Bookkeeping only: nothing is written to the device. */
int siov_adi_alloc(struct siov_dev *dev, unsigned int *adi);
/* Return an ADI to the pool without a device command (siov_adi_release() does both). */
int siov_adi_free(struct siov_dev *dev, unsigned int adi);

enum siov_adi_mode {
	SIOV_ADI_RING,   /* descriptors fetched from a ring in memory; doorbell = tail */
	SIOV_ADI_PORTAL, /* dedicated portal: 64-byte posted writes (MOVDIR64B) */
	SIOV_ADI_SHARED, /* shared work queue: 64-byte DMWr (ENQCMD/ENQCMDS) */
};

/* Everything the privileged registers of one ADI hold. Zero-initialise it and fill in what
 * matters; fields that do not apply to the mode are written as 0. */
struct siov_adi_config {
	enum siov_adi_mode mode;
	unsigned int weight;       /* QoS share per weighted round-robin round, 1..255 (0: 1) */
	unsigned int max_inflight; /* dispatched and not complete, 0..255 (0: no limit) */
	/* Address spaces: a PASID below 2^20, or SIOV_NO_PASID for requests without PASID. priv
	 * (Privileged Mode Requested) needs a PASID. */
	uint32_t desc_pasid;       /* ring, completion records, batch lists */
	uint32_t data_pasid;       /* data buffers */
	uint32_t int_pasid;        /* in-memory interrupt table */
	bool desc_priv, data_priv, int_priv;
	unsigned int queue_base, queue_size; /* descriptor slots: base 0..255, size 1..255 */
	uint64_t ring_iova;        /* ring mode: 64-byte aligned, in the descriptor PASID's space */
	unsigned int ring_entries; /* ring mode: power of two, 2..2^caps.max_ring_shift */
	/* Shared mode: unprivileged DMWr get Retry once the queue holds this many entries (0..255;
	 * 0 admits no unprivileged submitter). */
	unsigned int swq_threshold;
	uint64_t ops;              /* allowed opcodes, bit n = opcode n; 0: all the device has */
	bool int_table;            /* completion interrupt handles index the in-memory table */
	uint64_t itbl_iova;        /* int_table: 16-byte aligned, in the interrupt PASID's space */
	unsigned int itbl_entries; /* int_table: 1..65535 entries of 16 bytes */
};

/* Write the privileged registers of a disabled ADI (-EBUSY if its state is not disabled),
 * clear its portal overflow count, and read everything back (-EIO if a register did not take
 * the value). The configuration is checked first (-EINVAL) against the register fields and the
 * capabilities (queue within the slots, ring size, PASID range). Does not enable the ADI. */
int siov_adi_configure(struct siov_dev *dev, unsigned int adi, const struct siov_adi_config *cfg);
/* Read an ADI's privileged registers back into *cfg (ops as read, not 0). */
int siov_adi_read_config(struct siov_dev *dev, unsigned int adi, struct siov_adi_config *cfg);

/* ---- status ---------------------------------------------------------------------------------- */
struct siov_adi_status {
	unsigned int state;     /* SIOV_BAR0_ADI_STATUS_STATE_*: disabled, enabled, busy, halted */
	unsigned int occupancy; /* descriptors queued, not dispatched */
	unsigned int inflight;  /* descriptors dispatched, not complete */
	unsigned int err;       /* last error recorded for the ADI (SWERR code), 0 if none */
	unsigned int overflow;  /* portal descriptors dropped because the queue was full */
};

/* Read an ADI's status and portal overflow count. */
int siov_adi_status(struct siov_dev *dev, unsigned int adi, struct siov_adi_status *st);
/* "disabled", "enabled", "busy", "halted" or "?"; a static string. */
const char *siov_adi_state_name(unsigned int state);
/* "ring", "portal", "shared" or "?"; a static string. */
const char *siov_adi_mode_name(unsigned int mode);
/* Clear the portal overflow count of an ADI. */
int siov_adi_clear_overflow(struct siov_dev *dev, unsigned int adi);

/* The latched software error (BAR0 swerr_*). */
struct siov_swerr {
	bool valid, overflow;
	bool adi_valid;
	unsigned int adi;
	unsigned int code;      /* DSA status code, or SIOV_BAR0_SWERR_STATUS_CODE_* from 0x40 */
	unsigned int opcode;
	bool pasid_valid;
	uint32_t pasid;
	uint64_t addr;
};
/* Read the SWERR registers (e->valid says whether an error is latched). */
int siov_swerr_read(struct siov_dev *dev, struct siov_swerr *e);
/* Clear the latched error (and its overflow bit) so that the next one is recorded. */
int siov_swerr_clear(struct siov_dev *dev);
/* Name of a SWERR code ("portal_overflow", "bad_opcode", "ppt_range", ...) or "?"; a static
 * string. */
const char *siov_swerr_name(unsigned int code);

/* ---- descriptor slots ------------------------------------------------------------------------ */
/* First-fit allocation of size (1..255) contiguous slots of caps.slots for an ADI's queue;
 * *base gets the first one (0..255). -ENOSPC when no such range is free. Bookkeeping only, in the
 * device handle; forgotten by siov_flr() and siov_device_reset(). */
int siov_queue_alloc(struct siov_dev *dev, unsigned int size, unsigned int *base);
/* Free a range returned by siov_queue_alloc (-EINVAL if it is not exactly allocated). */
int siov_queue_free(struct siov_dev *dev, unsigned int base, unsigned int size);

/* ---- interrupt messages: cookies ------------------------------------------------------------ */
/*
 * The platform gives each interrupt source its own message (address/data pair), named by a
 * cookie (siov_msg_alloc in siov.h). IMS handle h uses cookie h (< 0x10000); entry i of ADI a's
 * in-memory interrupt table uses cookie (a + 1) << 16 | i (>= 0x10000, i < 0x10000, a < 1024).
 * The two ranges cannot overlap, and within each the cookie is unique.
 */
#define SIOV_MSG_COOKIE_IMS(h)       ((unsigned int)(h))
#define SIOV_MSG_COOKIE_ITBL(adi, i) ((((unsigned int)(adi) + 1u) << 16) | (unsigned int)(i))

/* ---- IMS (docs/adi.md §5) -------------------------------------------------------------------- */
/* Bind a free IMS entry to the ADI (alloc_int_handle), program it with this platform's message
 * for the handle and unmask it. *handle is what descriptors put in int_handle (with
 * IDXD_OP_FLAG_RCI). On a platform without a message for it (pci: -EOPNOTSUPP) the handle is
 * released again. */
int siov_ims_alloc(struct siov_dev *dev, unsigned int adi, unsigned int *handle);
/* Release a handle (release_int_handle: masked, unbound, pending bit cleared). */
int siov_ims_release(struct siov_dev *dev, unsigned int handle);
/* Mask or unmask a bound entry (-ENOENT if the entry is not bound). Unmasking a pending entry
 * sends its message once. */
int siov_ims_mask(struct siov_dev *dev, unsigned int handle, bool masked);
/* Wait up to timeout cycles for a message of the handle and consume it: 0, or -ETIMEDOUT. */
int siov_ims_wait(struct siov_dev *dev, unsigned int handle, uint64_t timeout);
/* Messages received for the handle since siov_ims_alloc (consumed or not). */
unsigned int siov_ims_count(struct siov_dev *dev, unsigned int handle);
/* Whether the entry's pending bit (ims_pba) is set. */
int siov_ims_pending(struct siov_dev *dev, unsigned int handle, bool *pending);

/* One IMS entry as the device holds it (for tools). */
struct siov_ims_entry {
	bool bound;
	unsigned int owner; /* ADI, valid when bound */
	bool masked, pending;
	uint64_t addr;
	uint32_t data;
};
/* Read IMS entry handle (bound or not) and its pending bit. */
int siov_ims_read(struct siov_dev *dev, unsigned int handle, struct siov_ims_entry *e);

/* ---- in-memory interrupt table (docs/adi.md §5) -------------------------------------------- */
#define SIOV_ITBL_ENTRY_SIZE 16u
/* Write entry index of a table in host memory: {address low, address high, data, control (bit 0
 * = mask)}, the control word last. The caller owns table (table->size bytes). After changing an
 * entry of a table an enabled ADI uses, call siov_int_table_invalidate(). -EINVAL if the entry
 * lies beyond the buffer. */
int siov_itbl_set(struct siov_dma_buf *table, unsigned int index, uint64_t addr, uint32_t data,
		  bool masked);
/* Change only the mask bit of an entry. */
int siov_itbl_mask(struct siov_dma_buf *table, unsigned int index, bool masked);
/* This platform's message (address/data) for entry index of ADI adi's table, cookie
 * SIOV_MSG_COOKIE_ITBL(adi, index); its message count restarts at 0. */
int siov_itbl_msg(struct siov_dev *dev, unsigned int adi, unsigned int index, uint64_t *addr,
		  uint32_t *data);
/* Wait for / count messages of that entry, as siov_ims_wait / siov_ims_count. */
int siov_itbl_wait(struct siov_dev *dev, unsigned int adi, unsigned int index, uint64_t timeout);
unsigned int siov_itbl_count(struct siov_dev *dev, unsigned int adi, unsigned int index);

#ifdef __cplusplus
}
#endif

#endif /* SIOV_SIOV_ADI_H_ */
