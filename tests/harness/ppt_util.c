// SPDX-License-Identifier: MIT
/*
 * ppt_util.c - PASID Permissions Table test set-up (ppt_util.h).
 */
#include "ppt_util.h"

#include <errno.h>
#include <string.h>

#include "siov_test.h"

int ppt_env_init(struct ppt_env *e, struct siov_dev *d, unsigned int nvec, unsigned int entries)
{
	int ret;

	memset(e, 0, sizeof(*e));
	e->d = d;
	ret = adi_env_init(d, nvec, &e->caps);
	if (!ret)
		ret = adi_as_new(d, SIOV_NO_PASID, 0, &e->as_drv);
	if (!ret)
		ret = siov_ppt_init(d, e->as_drv, SIOV_NO_PASID, entries);
	return ret;
}

int ppt_dom_new(struct ppt_env *e, struct ppt_dom *dom, uint32_t pasid, size_t size)
{
	int ret;

	memset(dom, 0, sizeof(*dom));
	dom->pasid = pasid;
	/* 16 MiB of IOVA space burnt per domain: addresses of different domains differ. */
	ret = adi_as_new(e->d, pasid, (size_t)(++e->ndom) << 24, &dom->as);
	if (!ret)
		ret = siov_dma_alloc(e->d, dom->as, size, &dom->mem);
	if (!ret)
		siov_test_fill_random(dom->mem.cpu, size);
	return ret;
}

int ppt_adi_up(struct ppt_env *e, unsigned int adi, const struct ppt_dom *dom, unsigned int qsize,
	       struct adi_ctx *c)
{
	struct siov_adi_config cfg = {0};

	cfg.mode = SIOV_ADI_PORTAL;
	cfg.desc_pasid = dom->pasid;
	cfg.data_pasid = dom->pasid;
	cfg.int_pasid = SIOV_NO_PASID;
	cfg.queue_size = qsize;
	return adi_ctx_up(e->d, adi, &cfg, dom->as, c);
}

int ppt_grant(struct ppt_env *e, const struct ppt_dom *submitter, const struct ppt_dom *access,
	      uint64_t base, uint64_t size, unsigned int win_flags, bool allow_update, uint16_t *sel)
{
	struct siov_ppt_entry pe = {0};

	pe.valid = true;
	pe.allow_update = allow_update;
	pe.read = (win_flags & SIOV_PPT_WIN_READ) != 0;
	pe.write = (win_flags & SIOV_PPT_WIN_WRITE) != 0;
	pe.drain = (win_flags & SIOV_PPT_WIN_DRAIN) != 0;
	pe.range_check = (win_flags & SIOV_PPT_WIN_CHECK) != 0;
	pe.offset_mode = (win_flags & SIOV_PPT_WIN_OFFSET) != 0;
	pe.any_submitter = submitter == NULL;
	pe.submitter_pasid = submitter ? submitter->pasid : 0;
	pe.access_pasid = access->pasid;
	pe.base = base;
	pe.size = size;
	return siov_ppt_alloc(e->d, &pe, sel);
}

int ppt_run(struct ppt_env *e, struct adi_ctx *c, const struct dsa_hw_desc *d,
	    volatile struct dsa_completion_record *cr)
{
	int ret;

	memset((void *)cr, 0, sizeof(*cr));
	ret = adi_submit(c, d);
	if (ret)
		return ret;
	ret = adi_cr_wait(e->d, (const struct dsa_completion_record *)cr, 400000);
	return ret < 0 ? ret : (ret & 0x7f);
}
