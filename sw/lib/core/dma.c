// SPDX-License-Identifier: MIT
/*
 * dma.c - I/O address spaces, DMA memory and interrupts (MSI-X vectors and the messages of other
 * interrupt sources), through the platform backend.
 */
#include <errno.h>
#include <string.h>

#include "siov_int.h"

int siov_as_create(struct siov_dev *dev, int *as)
{
	return dev->ops->as_create ? dev->ops->as_create(dev, as) : -EOPNOTSUPP;
}

int siov_as_attach(struct siov_dev *dev, int as, uint32_t pasid)
{
	return dev->ops->as_attach ? dev->ops->as_attach(dev, as, pasid) : -EOPNOTSUPP;
}

int siov_as_detach(struct siov_dev *dev, uint32_t pasid)
{
	return dev->ops->as_detach ? dev->ops->as_detach(dev, pasid) : -EOPNOTSUPP;
}

int siov_dma_alloc(struct siov_dev *dev, int as, size_t size, struct siov_dma_buf *buf)
{
	memset(buf, 0, sizeof(*buf));
	if (!size)
		return -EINVAL;
	return dev->ops->dma_alloc ? dev->ops->dma_alloc(dev, as, size, buf) : -EOPNOTSUPP;
}

void siov_dma_free(struct siov_dev *dev, struct siov_dma_buf *buf)
{
	if (buf->cpu && dev->ops->dma_free)
		dev->ops->dma_free(dev, buf);
	memset(buf, 0, sizeof(*buf));
}

int siov_irq_enable(struct siov_dev *dev, unsigned int nvec)
{
	int ret;

	if (!nvec || nvec > SIOV_MAX_VECTORS)
		return -EINVAL;
	if (!dev->ops->irq_enable)
		return -EOPNOTSUPP;
	ret = dev->ops->irq_enable(dev, nvec);
	if (!ret) {
		dev->nvec = nvec;
		memset(dev->irq_count, 0, sizeof(dev->irq_count));
		memset(dev->irq_taken, 0, sizeof(dev->irq_taken));
	}
	return ret;
}

int siov_irq_disable(struct siov_dev *dev)
{
	dev->nvec = 0;
	return dev->ops->irq_disable ? dev->ops->irq_disable(dev) : -EOPNOTSUPP;
}

int siov_irq_wait(struct siov_dev *dev, unsigned int vector, uint64_t timeout)
{
	if (vector >= dev->nvec)
		return -EINVAL;
	return dev->ops->irq_wait ? dev->ops->irq_wait(dev, vector, timeout) : -EOPNOTSUPP;
}

unsigned int siov_irq_count(struct siov_dev *dev, unsigned int vector)
{
	if (vector >= dev->nvec || !dev->ops->irq_count)
		return 0;
	return dev->ops->irq_count(dev, vector);
}

int siov_msg_alloc(struct siov_dev *dev, unsigned int cookie, uint64_t *addr, uint32_t *data)
{
	if (!addr || !data)
		return -EINVAL;
	if (!dev->ops->msg_alloc) {
		siov_log(SIOV_LOG_ERR, "%s: the %s backend has no interrupt messages besides MSI-X",
			 siov_name(dev), dev->ops->name);
		return -EOPNOTSUPP;
	}
	return dev->ops->msg_alloc(dev, cookie, addr, data);
}

int siov_msg_wait(struct siov_dev *dev, unsigned int cookie, uint64_t timeout)
{
	return dev->ops->msg_wait ? dev->ops->msg_wait(dev, cookie, timeout) : -EOPNOTSUPP;
}

unsigned int siov_msg_count(struct siov_dev *dev, unsigned int cookie)
{
	return dev->ops->msg_count ? dev->ops->msg_count(dev, cookie) : 0;
}
