/* SPDX-License-Identifier: MIT */
/*
 * siov_int.h - libsiov internals: the device structure shared by the core and the backends.
 */
#ifndef SIOV_LIB_SIOV_INT_H_
#define SIOV_LIB_SIOV_INT_H_

#include "siov/siov.h"
#include "siov/siov_platform.h"

#define SIOV_MAX_VECTORS 2048

/* ADI bookkeeping limits (adi.c): cap_adi.num_adis is at most 1024; a queue starts at slot 0..255
 * and holds at most 255 slots, so no queue reaches beyond slot 509. */
#define SIOV_MAX_ADIS        1024
#define SIOV_MAX_QUEUE_SLOTS 512
/* PASID Permissions Table (ppt.c): at most 65536 entries (16-bit selectors). */
#define SIOV_MAX_PPT_ENTRIES 65536

struct siov_dev {
	const struct siov_platform_ops *ops;
	void *priv;
	char name[64];
	struct siov_bar bar[6];
	struct siov_caps caps;
	unsigned int nvec;
	unsigned int irq_count[SIOV_MAX_VECTORS];
	unsigned int irq_taken[SIOV_MAX_VECTORS];
	/* What libsiov configured, restored after an FLR. */
	bool pasid_on, pasid_exec, pasid_priv;
	uint64_t page_size;
	bool bus_master;
	/* ADI bookkeeping (adi.c), forgotten on FLR and reset_device. */
	bool dcaps_valid;
	unsigned int num_adis, slots, ims_entries, max_ring_shift;
	uint64_t opcap;
	uint64_t adi_used[SIOV_MAX_ADIS / 64];          /* handed out by siov_adi_alloc */
	uint64_t slot_used[SIOV_MAX_QUEUE_SLOTS / 64];  /* handed out by siov_queue_alloc */
	uint64_t cmd_timeout;                           /* 0: the default */
	uint32_t cmd_err;                               /* cmdsts.err of the last command */
	/* PASID Permissions Table (ppt.c): the table this handle programmed, if ppt_owner. */
	bool ppt_owner;
	struct siov_dma_buf ppt;                        /* entries × 32 bytes, 4 KiB aligned */
	unsigned int ppt_entries;
	uint64_t ppt_used[SIOV_MAX_PPT_ENTRIES / 64];   /* selectors handed out */
};

/* Capability discovery after the backend is open (caps.c). */
int siov_discover(struct siov_dev *dev);
/* BAR decode from the current configuration space (device.c). */
int siov_read_bars(struct siov_dev *dev);
/* Forget the ADI and queue-slot allocations and the cached capabilities (adi.c). */
void siov_adi_forget(struct siov_dev *dev);
/* Descriptor builders (wq.c): zero *d, set the opcode and flags (24 bits), and when cr is not 0
 * the completion record address with CRAV | RCR. */
#define SIOV_DESC_FLAGS_MASK 0x00ffffffu
struct dsa_hw_desc;
void siov_desc_init(struct dsa_hw_desc *d, unsigned int opcode, uint64_t cr, uint32_t flags);
/* The handle is going away: it no longer lends its PPT to other handles (ppt.c). */
void siov_ppt_forget(struct siov_dev *dev);

#endif /* SIOV_LIB_SIOV_INT_H_ */
