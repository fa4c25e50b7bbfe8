// SPDX-License-Identifier: MIT
/*
 * adi_util.c - shared set-up for the ADI tests (adi_util.h).
 */
#include "adi_util.h"

#include <errno.h>
#include <string.h>


int adi_env_init(struct siov_dev *d, unsigned int nvec, struct siov_dev_caps *caps)
{
	struct siov_dev_caps c = {0};
	int ret;

	ret = siov_pasid_enable(d, false, true);
	if (!ret)
		ret = siov_set_bus_master(d, true);
	if (!ret && nvec)
		ret = siov_irq_enable(d, nvec);
	if (!ret)
		ret = siov_dev_caps(d, &c);
	if (!ret)
		ret = siov_device_enable(d);
	if (!ret && caps)
		*caps = c;
	return ret;
}

int adi_as_new(struct siov_dev *d, uint32_t pasid, size_t skew, int *as)
{
	struct siov_dma_buf pad = {0};
	int ret = siov_as_create(d, as);

	if (!ret)
		ret = siov_as_attach(d, *as, pasid);
	if (!ret && skew)
		ret = siov_dma_alloc(d, *as, skew, &pad); /* never freed: keeps its IOVAs */
	return ret;
}

int adi_ctx_up(struct siov_dev *d, unsigned int adi, const struct siov_adi_config *cfg,
	       int desc_as, struct adi_ctx *c)
{
	int ret;

	memset(c, 0, sizeof(*c));
	c->adi = adi;
	c->cfg = *cfg;
	ret = siov_queue_alloc(d, cfg->queue_size, &c->cfg.queue_base);
	if (ret)
		return ret;
	if (cfg->mode == SIOV_ADI_RING) {
		ret = siov_dma_alloc(d, desc_as, (size_t)cfg->ring_entries * 64, &c->ring_mem);
		if (!ret)
			ret = siov_ring_init(&c->ring, &c->ring_mem, cfg->ring_entries);
		if (ret)
			return ret;
		c->cfg.ring_iova = c->ring.iova;
	}
	ret = siov_adi_configure(d, adi, &c->cfg);
	if (!ret)
		ret = siov_adi_enable(d, adi);
	if (!ret)
		ret = siov_wq_open(d, adi, cfg->mode, &c->wq);
	if (!ret)
		ret = siov_ims_alloc(d, adi, &c->ims);
	return ret;
}

void adi_ctx_close(struct adi_ctx *c)
{
	siov_wq_close(c->wq);
	c->wq = NULL;
}

int adi_submit(struct adi_ctx *c, const struct dsa_hw_desc *desc)
{
	switch (c->cfg.mode) {
	case SIOV_ADI_RING:
		return siov_submit_ring(c->wq, &c->ring, desc, 1);
	case SIOV_ADI_PORTAL:
		return siov_submit_portal(c->wq, desc);
	case SIOV_ADI_SHARED:
		return siov_submit_swq(c->wq, desc);
	}
	return -EINVAL;
}

int adi_cr_wait(struct siov_dev *d, const struct dsa_completion_record *cr, uint64_t timeout)
{
	int ret = siov_cr_wait(d, cr, timeout);

	return ret ? ret : (cr->status & DSA_COMP_STATUS_MASK);
}
