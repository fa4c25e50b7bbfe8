// SPDX-License-Identifier: MIT
/*
 * diag.c - DMA self-test channel helpers for tests (see diag.h).
 */
#include <errno.h>

#include "diag.h"
#include "siov/siov_bar0_regs.h"

int diag_start(struct siov_dev *d, const struct diag_req *r)
{
	uint32_t pasid = 0;
	int ret = 0;

	if (r->pasid_en)
		pasid = SIOV_BAR0_DIAG_PASID_EN_MASK | (r->pasid & SIOV_BAR0_DIAG_PASID_PASID_MASK) |
			(r->priv ? SIOV_BAR0_DIAG_PASID_PRIV_MASK : 0) |
			(r->exec ? SIOV_BAR0_DIAG_PASID_EXEC_MASK : 0);
	ret |= siov_mmio_write32(d, 0, SIOV_BAR0_DIAG_SRC_LO_OFFSET, (uint32_t)r->src);
	ret |= siov_mmio_write32(d, 0, SIOV_BAR0_DIAG_SRC_HI_OFFSET, (uint32_t)(r->src >> 32));
	ret |= siov_mmio_write32(d, 0, SIOV_BAR0_DIAG_DST_LO_OFFSET, (uint32_t)r->dst);
	ret |= siov_mmio_write32(d, 0, SIOV_BAR0_DIAG_DST_HI_OFFSET, (uint32_t)(r->dst >> 32));
	ret |= siov_mmio_write32(d, 0, SIOV_BAR0_DIAG_LEN_OFFSET, r->len);
	ret |= siov_mmio_write32(d, 0, SIOV_BAR0_DIAG_PASID_OFFSET, pasid);
	ret |= siov_mmio_write32(d, 0, SIOV_BAR0_DIAG_CTRL_OFFSET,
				 SIOV_BAR0_DIAG_CTRL_START_MASK |
					 (r->irq ? SIOV_BAR0_DIAG_CTRL_IRQ_EN_MASK : 0) |
					 (r->vector << SIOV_BAR0_DIAG_CTRL_VECTOR_SHIFT));
	return ret ? -EIO : 0;
}

int diag_wait(struct siov_dev *d, uint64_t timeout, uint32_t *err)
{
	uint64_t end = siov_now(d) + timeout;
	uint32_t st;

	for (;;) {
		int ret = siov_mmio_read32(d, 0, SIOV_BAR0_DIAG_STATUS_OFFSET, &st);

		if (ret)
			return ret;
		if (st & SIOV_BAR0_DIAG_STATUS_DONE_MASK) {
			*err = (st & SIOV_BAR0_DIAG_STATUS_ERR_MASK) >> SIOV_BAR0_DIAG_STATUS_ERR_SHIFT;
			return siov_mmio_write32(d, 0, SIOV_BAR0_DIAG_STATUS_OFFSET,
						 SIOV_BAR0_DIAG_STATUS_DONE_MASK);
		}
		if (siov_now(d) > end)
			return -ETIMEDOUT;
		siov_wait(d, 50);
	}
}

int diag_run(struct siov_dev *d, const struct diag_req *r, uint32_t *err)
{
	int ret = diag_start(d, r);

	if (ret)
		return ret;
	if (r->irq) {
		ret = siov_irq_wait(d, r->vector, 2000000);
		if (ret)
			return ret;
	}
	return diag_wait(d, 2000000, err);
}

int diag_setup(struct siov_dev *d, uint32_t pasid, int *as)
{
	int ret;

	if (pasid != SIOV_NO_PASID) {
		ret = siov_pasid_enable(d, false, false);
		if (ret)
			return ret;
	}
	ret = siov_as_create(d, as);
	if (!ret)
		ret = siov_as_attach(d, *as, pasid);
	if (!ret)
		ret = siov_set_bus_master(d, true);
	return ret;
}
