/* SPDX-License-Identifier: MIT */
/*
 * siov_platform.h - the platform backend interface of libsiov (like libpci's access methods:
 * a table of operations chosen at run time behind one API). Backends: sim (the simulator's
 * platform model), pci (libpci + vfio-pci/iommufd or sysfs), dump (libpci dump file).
 */
#ifndef SIOV_SIOV_PLATFORM_H_
#define SIOV_SIOV_PLATFORM_H_

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "siov/siov.h"

struct siov_platform_ops {
	const char *name;
	/* arg: what follows "name:" in the open spec (may be empty). */
	int (*open)(struct siov_dev *dev, const char *arg, unsigned int flags);
	void (*close)(struct siov_dev *dev);
	int (*list)(void (*fn)(const char *spec, void *arg), void *arg, const char *where);
	int (*cfg_read)(struct siov_dev *dev, unsigned int off, uint32_t *val);
	int (*cfg_write)(struct siov_dev *dev, unsigned int off, uint32_t val, unsigned int be);
	/* MMIO of len bytes (1..64, within one 64-byte block) at offset off of a BAR. */
	int (*mmio_read)(struct siov_dev *dev, unsigned int bar, uint64_t off, void *buf,
			 size_t len);
	int (*mmio_write)(struct siov_dev *dev, unsigned int bar, uint64_t off, const void *buf,
			  size_t len);
	/* Deferrable Memory Write of 64 bytes (64-byte aligned off) as one request; *status gets
	 * the completion status (SIOV_DMWR_*). NULL: not supported. */
	int (*dmwr)(struct siov_dev *dev, unsigned int bar, uint64_t off, const void *buf64,
		    unsigned int *status);
	int (*as_create)(struct siov_dev *dev, int *as);
	int (*as_attach)(struct siov_dev *dev, int as, uint32_t pasid);
	int (*as_detach)(struct siov_dev *dev, uint32_t pasid);
	int (*dma_alloc)(struct siov_dev *dev, int as, size_t size, struct siov_dma_buf *buf);
	void (*dma_free)(struct siov_dev *dev, struct siov_dma_buf *buf);
	int (*irq_enable)(struct siov_dev *dev, unsigned int nvec);
	int (*irq_disable)(struct siov_dev *dev);
	int (*irq_wait)(struct siov_dev *dev, unsigned int vector, uint64_t timeout);
	unsigned int (*irq_count)(struct siov_dev *dev, unsigned int vector);
	/* Interrupt messages outside the MSI-X table (see siov_msg_alloc in siov.h): the
	 * address/data the device must write for cookie (restarting its count), the wait for one
	 * message of it (consumed), its count. NULL: not supported. */
	int (*msg_alloc)(struct siov_dev *dev, unsigned int cookie, uint64_t *addr,
			 uint32_t *data);
	int (*msg_wait)(struct siov_dev *dev, unsigned int cookie, uint64_t timeout);
	unsigned int (*msg_count)(struct siov_dev *dev, unsigned int cookie);
	uint64_t (*now)(struct siov_dev *dev);
	void (*wait)(struct siov_dev *dev, uint64_t cycles);
};

/* Backend private data. */
void *siov_priv(struct siov_dev *dev);
void siov_set_priv(struct siov_dev *dev, void *priv);
void siov_set_name(struct siov_dev *dev, const char *name);
/* BAR assignment as firmware would do it (used by the sim backend). */
int siov_platform_assign_bars(struct siov_dev *dev, uint64_t base32, uint64_t base64);

/* Backends. The sim backend is only linked into the simulator; elsewhere the weak reference is
 * NULL and "sim" is reported as unavailable. */
extern const struct siov_platform_ops siov_platform_pci;
extern const struct siov_platform_ops siov_platform_dump;
extern const struct siov_platform_ops siov_platform_sim __attribute__((weak));

/* Library-internal logging. */
void siov_log(enum siov_log_level level, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif /* SIOV_SIOV_PLATFORM_H_ */
