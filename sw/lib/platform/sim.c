// SPDX-License-Identifier: MIT
/*
 * sim.c - the "sim" platform backend: libsiov on the simulator's platform model (sim/model).
 *
 * Only linked into the simulator. Opening plays the part of firmware unless SIOV_OPEN_RAW is
 * given: BAR0 (non-prefetchable) is placed below 4 GiB and BAR2 (64-bit prefetchable) above it,
 * the Read Completion Boundary is set to the root complex's, Max_Payload_Size to the largest the
 * device supports (the root complex takes 512 B), Extended Tags are enabled (as Linux does) and
 * Memory Space is enabled. Bus mastering
 * stays off until the caller enables it, as on a real system.
 * Interrupts: MSI-X entry n gets address 0xFEE00000 and data n; the platform model catches the
 * messages and this backend counts them per vector. Other interrupt sources (IMS entries,
 * in-memory interrupt-table entries) get address 0xFEE00000 and data 0x10000 + cookie
 * (siov_msg_alloc), so data below 0x10000 is an MSI-X vector and data from 0x10000 up a cookie,
 * counted here per cookie.
 * Deferrable Memory Writes go out as DMWr TLPs from the root complex (sim_dmwr).
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <linux/pci_regs.h>

#include "../core/siov_int.h"
#include "sim.h"

#define SIM_BAR32_BASE 0xe0000000ull
#define SIM_BAR64_BASE 0x4000000000ull
#define SIM_IOVA_BASE  0x10000000ull
#define SIM_MAX_AS     4096
#define SIM_MSI_ADDR   0xfee00000u
#define SIM_MSG_DATA   0x10000u /* data of cookie c: SIM_MSG_DATA + c */

_Static_assert(SIOV_MAX_VECTORS <= SIM_MSG_DATA, "MSI-X data and message data overlap");

/* Messages of one cookie: received, and consumed by siov_msg_wait. */
struct sim_msg {
	unsigned int cookie;
	unsigned int count, taken;
};

struct sim_priv {
	uint64_t iova_next[SIM_MAX_AS];
	struct sim_msg *msg;
	unsigned int nmsg, msg_cap;
};

static int sim_cfg_read_op(struct siov_dev *dev, unsigned int off, uint32_t *val)
{
	(void)dev;
	return sim_cfg_read(off, val);
}

static int sim_cfg_write_op(struct siov_dev *dev, unsigned int off, uint32_t val,
			    unsigned int be)
{
	(void)dev;
	return sim_cfg_write(off, val, be);
}

static int sim_mmio_read_op(struct siov_dev *dev, unsigned int bar, uint64_t off, void *buf,
			    size_t len)
{
	return sim_mmio_read(dev->bar[bar].addr + off, buf, (unsigned int)len);
}

static int sim_mmio_write_op(struct siov_dev *dev, unsigned int bar, uint64_t off,
			     const void *buf, size_t len)
{
	return sim_mmio_write(dev->bar[bar].addr + off, buf, (unsigned int)len);
}

static int sim_dmwr_op(struct siov_dev *dev, unsigned int bar, uint64_t off, const void *buf64,
		       unsigned int *status)
{
	return sim_dmwr(dev->bar[bar].addr + off, buf64, status);
}

static int sim_open(struct siov_dev *dev, const char *arg, unsigned int flags)
{
	struct sim_priv *p = calloc(1, sizeof(*p));
	struct sim_timing t;
	unsigned int pcie;
	uint32_t devcap;
	uint16_t devctl, lnkctl, cmd;
	int ret;

	(void)arg;
	if (!p)
		return -ENOMEM;
	siov_set_priv(dev, p);
	siov_set_name(dev, "sim:01:00.0");
	if (flags & SIOV_OPEN_RAW)
		return 0;
	ret = siov_platform_assign_bars(dev, SIM_BAR32_BASE, SIM_BAR64_BASE);
	if (ret)
		return ret;
	pcie = siov_find_cap(dev, PCI_CAP_ID_EXP);
	if (pcie) {
		sim_get_timing(&t);
		siov_cfg_read32(dev, pcie + PCI_EXP_DEVCAP, &devcap);
		siov_cfg_read16(dev, pcie + PCI_EXP_DEVCTL, &devctl);
		devctl = (uint16_t)((devctl & ~PCI_EXP_DEVCTL_PAYLOAD) |
				    ((devcap & PCI_EXP_DEVCAP_PAYLOAD) > 2 ? 2 : devcap & 7) << 5);
		/* Extended (8-bit) tags, as Linux's PCI core enables them on every device that
		 * supports them. */
		if (devcap & PCI_EXP_DEVCAP_EXT_TAG)
			devctl |= PCI_EXP_DEVCTL_EXT_TAG;
		siov_cfg_write16(dev, pcie + PCI_EXP_DEVCTL, devctl);
		siov_cfg_read16(dev, pcie + PCI_EXP_LNKCTL, &lnkctl);
		lnkctl = t.rcb == 128 ? (lnkctl | PCI_EXP_LNKCTL_RCB) :
					(lnkctl & ~PCI_EXP_LNKCTL_RCB);
		siov_cfg_write16(dev, pcie + PCI_EXP_LNKCTL, lnkctl);
	}
	siov_cfg_read16(dev, PCI_COMMAND, &cmd);
	return siov_cfg_write16(dev, PCI_COMMAND, cmd | PCI_COMMAND_MEMORY);
}

static void sim_close(struct siov_dev *dev)
{
	struct sim_priv *p = siov_priv(dev);

	if (p)
		free(p->msg);
	free(p);
}

static int sim_list(void (*fn)(const char *spec, void *arg), void *arg, const char *where)
{
	(void)where;
	fn("sim", arg);
	return 0;
}

static int sim_as_create_op(struct siov_dev *dev, int *as)
{
	struct sim_priv *p = siov_priv(dev);
	int id = sim_as_create();

	if (id < 0)
		return id;
	p->iova_next[id] = SIM_IOVA_BASE;
	*as = id;
	return 0;
}

static int sim_as_attach_op(struct siov_dev *dev, int as, uint32_t pasid)
{
	(void)dev;
	return sim_as_attach(as, pasid == SIOV_NO_PASID ? SIM_NO_PASID : pasid);
}

static int sim_as_detach_op(struct siov_dev *dev, uint32_t pasid)
{
	(void)dev;
	return sim_as_detach(pasid == SIOV_NO_PASID ? SIM_NO_PASID : pasid);
}

static int sim_dma_alloc_op(struct siov_dev *dev, int as, size_t size, struct siov_dma_buf *buf)
{
	struct sim_priv *p = siov_priv(dev);
	uint64_t bytes = (size + 4095) & ~4095ull, pa;
	int ret;

	if (as <= 0 || as >= SIM_MAX_AS)
		return -EINVAL;
	pa = sim_mem_alloc(bytes, 4096);
	if (!pa)
		return -ENOMEM;
	ret = sim_as_map(as, p->iova_next[as], pa, bytes, SIM_PROT_READ | SIM_PROT_WRITE);
	if (ret)
		return ret;
	buf->cpu = sim_mem_ptr(pa);
	buf->iova = p->iova_next[as];
	buf->size = size;
	buf->as = as;
	/* Leave an unmapped guard page after every buffer. */
	p->iova_next[as] += bytes + 4096;
	return 0;
}

static void sim_dma_free_op(struct siov_dev *dev, struct siov_dma_buf *buf)
{
	(void)dev;
	sim_as_unmap(buf->as, buf->iova, (buf->size + 4095) & ~4095ull);
}

static int sim_irq_enable_op(struct siov_dev *dev, unsigned int nvec)
{
	unsigned int msix = dev->caps.msix;
	uint16_t ctl;
	uint32_t tbl;
	uint64_t base;

	if (!msix)
		return -ENODEV;
	siov_cfg_read16(dev, msix + PCI_MSIX_FLAGS, &ctl);
	if (nvec > (unsigned int)(ctl & PCI_MSIX_FLAGS_QSIZE) + 1)
		return -EINVAL;
	siov_cfg_read32(dev, msix + PCI_MSIX_TABLE, &tbl);
	base = tbl & PCI_MSIX_TABLE_OFFSET;
	/* Enable with the function masked, program, then unmask (as Linux does). */
	siov_cfg_write16(dev, msix + PCI_MSIX_FLAGS,
			 (uint16_t)(ctl | PCI_MSIX_FLAGS_ENABLE | PCI_MSIX_FLAGS_MASKALL));
	for (unsigned int v = 0; v < nvec; v++) {
		uint64_t e = base + 16ull * v;
		unsigned int bir = tbl & PCI_MSIX_TABLE_BIR;

		siov_mmio_write32(dev, bir, e + PCI_MSIX_ENTRY_LOWER_ADDR, 0xfee00000u);
		siov_mmio_write32(dev, bir, e + PCI_MSIX_ENTRY_UPPER_ADDR, 0);
		siov_mmio_write32(dev, bir, e + PCI_MSIX_ENTRY_DATA, v);
		siov_mmio_write32(dev, bir, e + PCI_MSIX_ENTRY_VECTOR_CTRL, 0);
	}
	return siov_cfg_write16(dev, msix + PCI_MSIX_FLAGS,
				(uint16_t)((ctl | PCI_MSIX_FLAGS_ENABLE) &
					   ~PCI_MSIX_FLAGS_MASKALL));
}

static int sim_irq_disable_op(struct siov_dev *dev)
{
	unsigned int msix = dev->caps.msix;
	uint16_t ctl;

	if (!msix)
		return -ENODEV;
	siov_cfg_read16(dev, msix + PCI_MSIX_FLAGS, &ctl);
	return siov_cfg_write16(dev, msix + PCI_MSIX_FLAGS,
				(uint16_t)(ctl & ~PCI_MSIX_FLAGS_ENABLE));
}

/* The record of a cookie; created (count 0) when create is true, else NULL if there is none. */
static struct sim_msg *msg_find(struct sim_priv *p, unsigned int cookie, bool create)
{
	for (unsigned int i = 0; i < p->nmsg; i++) {
		if (p->msg[i].cookie == cookie)
			return &p->msg[i];
	}
	if (!create)
		return NULL;
	if (p->nmsg == p->msg_cap) {
		unsigned int cap = p->msg_cap ? 2 * p->msg_cap : 64;
		struct sim_msg *m = realloc(p->msg, cap * sizeof(*m));

		if (!m)
			return NULL;
		p->msg = m;
		p->msg_cap = cap;
	}
	p->msg[p->nmsg] = (struct sim_msg){.cookie = cookie};
	return &p->msg[p->nmsg++];
}

/* Count one caught interrupt message: an MSI-X vector, or a cookie's message. */
static void sim_irq_route(struct siov_dev *dev, const struct sim_irq *irq)
{
	struct sim_priv *p = siov_priv(dev);
	struct sim_msg *m;

	/* nvec <= SIOV_MAX_VECTORS < SIM_MSG_DATA: vectors and cookies cannot be confused. */
	if (irq->addr == SIM_MSI_ADDR && irq->data < dev->nvec) {
		dev->irq_count[irq->data]++;
		return;
	}
	if (irq->addr == SIM_MSI_ADDR && irq->data >= SIM_MSG_DATA) {
		m = msg_find(p, irq->data - SIM_MSG_DATA, false);
		if (m) {
			m->count++;
			return;
		}
		/* Keep it countable, but say that nothing asked for this message. */
		m = msg_find(p, irq->data - SIM_MSG_DATA, true);
		if (m)
			m->count++;
		siov_log(SIOV_LOG_WARN, "interrupt message for cookie 0x%x, which was never "
			 "allocated", irq->data - SIM_MSG_DATA);
		return;
	}
	siov_log(SIOV_LOG_WARN, "interrupt to 0x%llx data 0x%x matches no vector or message",
		 (unsigned long long)irq->addr, irq->data);
}

/* Move caught interrupt messages into the counters. */
static void sim_irq_collect(struct siov_dev *dev)
{
	struct sim_irq irq;

	while (sim_irq_pop(&irq))
		sim_irq_route(dev, &irq);
}

/* Consume one message of MSI-X vector key (msg false) or of cookie key (msg true): 0, or -EAGAIN
 * when none is waiting. */
static int take_one(struct siov_dev *dev, bool msg, unsigned int key)
{
	unsigned int *count, *taken;

	if (msg) {
		struct sim_msg *m = msg_find(siov_priv(dev), key, true);

		if (!m)
			return -ENOMEM;
		count = &m->count;
		taken = &m->taken;
	} else {
		count = &dev->irq_count[key];
		taken = &dev->irq_taken[key];
	}
	if (*count <= *taken)
		return -EAGAIN;
	(*taken)++;
	return 0;
}

static int sim_wait_for(struct siov_dev *dev, bool msg, unsigned int key, uint64_t timeout)
{
	uint64_t deadline = sim_now() + timeout;

	for (;;) {
		struct sim_irq irq;
		int ret;

		sim_irq_collect(dev);
		ret = take_one(dev, msg, key);
		if (ret != -EAGAIN)
			return ret;
		if (sim_now() >= deadline)
			return -ETIMEDOUT;
		if (sim_irq_wait(deadline - sim_now(), &irq))
			sim_irq_route(dev, &irq);
	}
}

static int sim_irq_wait_op(struct siov_dev *dev, unsigned int vector, uint64_t timeout)
{
	return sim_wait_for(dev, false, vector, timeout);
}

static unsigned int sim_irq_count_op(struct siov_dev *dev, unsigned int vector)
{
	sim_irq_collect(dev);
	return dev->irq_count[vector];
}

static int sim_msg_alloc_op(struct siov_dev *dev, unsigned int cookie, uint64_t *addr,
			    uint32_t *data)
{
	struct sim_msg *m;

	if (cookie > UINT32_MAX - SIM_MSG_DATA)
		return -EINVAL;
	/* Messages of an earlier owner of the cookie are not this one's. */
	sim_irq_collect(dev);
	m = msg_find(siov_priv(dev), cookie, true);
	if (!m)
		return -ENOMEM;
	m->count = 0;
	m->taken = 0;
	*addr = SIM_MSI_ADDR;
	*data = SIM_MSG_DATA + cookie;
	return 0;
}

static int sim_msg_wait_op(struct siov_dev *dev, unsigned int cookie, uint64_t timeout)
{
	return sim_wait_for(dev, true, cookie, timeout);
}

static unsigned int sim_msg_count_op(struct siov_dev *dev, unsigned int cookie)
{
	struct sim_msg *m;

	sim_irq_collect(dev);
	m = msg_find(siov_priv(dev), cookie, false);
	return m ? m->count : 0;
}

static uint64_t sim_now_op(struct siov_dev *dev)
{
	(void)dev;
	return sim_now();
}

static void sim_wait_op(struct siov_dev *dev, uint64_t cycles)
{
	(void)dev;
	sim_wait(cycles);
}

const struct siov_platform_ops siov_platform_sim = {
	.name = "sim",
	.open = sim_open,
	.close = sim_close,
	.list = sim_list,
	.cfg_read = sim_cfg_read_op,
	.cfg_write = sim_cfg_write_op,
	.mmio_read = sim_mmio_read_op,
	.mmio_write = sim_mmio_write_op,
	.dmwr = sim_dmwr_op,
	.as_create = sim_as_create_op,
	.as_attach = sim_as_attach_op,
	.as_detach = sim_as_detach_op,
	.dma_alloc = sim_dma_alloc_op,
	.dma_free = sim_dma_free_op,
	.irq_enable = sim_irq_enable_op,
	.irq_disable = sim_irq_disable_op,
	.irq_wait = sim_irq_wait_op,
	.irq_count = sim_irq_count_op,
	.msg_alloc = sim_msg_alloc_op,
	.msg_wait = sim_msg_wait_op,
	.msg_count = sim_msg_count_op,
	.now = sim_now_op,
	.wait = sim_wait_op,
};
