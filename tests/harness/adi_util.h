/* SPDX-License-Identifier: MIT */
/*
 * adi_util.h - shared set-up for the ADI tests: the device enabled for Scalable IOV work, ADIs
 * configured and enabled in one call, address spaces tied to PASIDs, DSA completion-record
 * waits, and a checker of the PASID of every captured memory request (sim only).
 */
#ifndef SIOV_TESTS_ADI_UTIL_H_
#define SIOV_TESTS_ADI_UTIL_H_

#include <stdbool.h>
#include <stdint.h>

#include <linux/idxd.h>

#include "siov/siov.h"
#include "siov/siov_adi.h"
#include "siov/siov_wq.h"

/* PASID capability enabled (with Privileged Mode), bus mastering, MSI-X with nvec vectors,
 * enable_device. *caps gets the device capabilities (may be NULL). */
int adi_env_init(struct siov_dev *d, unsigned int nvec, struct siov_dev_caps *caps);

/* A new address space attached to pasid (SIOV_NO_PASID: requests without PASID). skew bytes of
 * IOVA space are burnt first, so that IOVAs of different spaces do not coincide. */
int adi_as_new(struct siov_dev *d, uint32_t pasid, size_t skew, int *as);

/* Everything one test ADI needs: configuration, its queue slots, its page, a ring (ring mode),
 * and an IMS handle. */
struct adi_ctx {
	unsigned int adi;
	struct siov_adi_config cfg;
	struct siov_wq *wq;
	struct siov_dma_buf ring_mem;   /* ring mode: the ring (descriptor PASID space) */
	struct siov_ring ring;
	unsigned int ims;               /* IMS handle bound to the ADI */
};

/* Allocate queue slots (cfg->queue_size; base chosen here), and in ring mode a ring of
 * cfg->ring_entries in address space desc_as; configure, enable, open the page, allocate an IMS
 * handle. cfg->queue_base and cfg->ring_iova are filled in. */
int adi_ctx_up(struct siov_dev *d, unsigned int adi, const struct siov_adi_config *cfg,
	       int desc_as, struct adi_ctx *c);
/* Close the page (the ADI is left as it is). */
void adi_ctx_close(struct adi_ctx *c);

/* Submit one descriptor on the ADI's path (ring: one doorbell per call; shared: with retries).
 */
int adi_submit(struct adi_ctx *c, const struct dsa_hw_desc *desc);

/* Wait for a completion record (status != 0): its status, or -ETIMEDOUT. */
int adi_cr_wait(struct siov_dev *d, const struct dsa_completion_record *cr, uint64_t timeout);

/* A region of I/O virtual addresses and the PASID its requests must carry. */
struct pasid_region {
	uint64_t lo, hi;        /* [lo, hi) */
	uint32_t pasid;         /* SIOV_NO_PASID: requests without prefix */
	unsigned int reads, writes; /* counted by adi_check_capture */
};
/* Check every memory request captured since sim_capture_start(): interrupt messages (address
 * 0xFEExxxxx) are one-DW writes without prefix; every other request lies inside a region whose
 * PASID it carries (a matching region with that PASID must exist). Counts requests per region
 * and interrupt messages (*irqs, may be NULL). Stops the test on a mismatch. */
void adi_check_capture(struct pasid_region *r, unsigned int n, unsigned int *irqs);

#endif /* SIOV_TESTS_ADI_UTIL_H_ */
