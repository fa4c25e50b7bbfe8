/* SPDX-License-Identifier: MIT */
/*
 * ppt_util.h - set-up shared by the PASID Permissions Table tests, examples and the bench: the
 * device enabled, a PPT in the host driver's address space (requests without PASID), domains
 * (an address space on a PASID with one block of memory each) and portal ADIs submitting for a
 * domain (descriptor PASID = data PASID = the domain's: it is the submitter).
 */
#ifndef SIOV_TESTS_PPT_UTIL_H_
#define SIOV_TESTS_PPT_UTIL_H_

#include <stdbool.h>
#include <stdint.h>

#include "adi_util.h"
#include "siov/siov_ppt.h"

struct ppt_dom {
	uint32_t pasid;
	int as;
	struct siov_dma_buf mem;
};

struct ppt_env {
	struct siov_dev *d;
	struct siov_dev_caps caps;
	int as_drv;     /* the host driver's space (no PASID): the table */
	unsigned int ndom;
};

/* adi_env_init (nvec MSI-X vectors) and a table of entries in the driver's space. */
int ppt_env_init(struct ppt_env *e, struct siov_dev *d, unsigned int nvec, unsigned int entries);
/* A domain on pasid with size bytes (filled with random bytes); IOVAs of different domains never
 * coincide. */
int ppt_dom_new(struct ppt_env *e, struct ppt_dom *dom, uint32_t pasid, size_t size);
static inline uint64_t ppt_iova(const struct ppt_dom *dom, uint64_t off)
{
	return dom->mem.iova + off;
}
static inline uint8_t *ppt_cpu(const struct ppt_dom *dom, uint64_t off)
{
	return (uint8_t *)dom->mem.cpu + off;
}
/* A dedicated-portal ADI whose submitter is dom (queue of qsize slots, IMS handle in c->ims). */
int ppt_adi_up(struct ppt_env *e, unsigned int adi, const struct ppt_dom *dom, unsigned int qsize,
	       struct adi_ctx *c);
/* An entry opening access's window [base, base + size) (IOVAs) to submitter with win_flags
 * (SIOV_PPT_WIN_*); allow_update as asked. */
int ppt_grant(struct ppt_env *e, const struct ppt_dom *submitter, const struct ppt_dom *access,
	      uint64_t base, uint64_t size, unsigned int win_flags, bool allow_update, uint16_t *sel);
/* Submit d (its completion record at *cr, cleared first) on c and wait: the status (7 bits), or
 * a negative errno. */
int ppt_run(struct ppt_env *e, struct adi_ctx *c, const struct dsa_hw_desc *d,
	    volatile struct dsa_completion_record *cr);

#endif /* SIOV_TESTS_PPT_UTIL_H_ */
