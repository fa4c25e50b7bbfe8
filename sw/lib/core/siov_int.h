/* SPDX-License-Identifier: MIT */
/*
 * siov_int.h - libsiov internals: the device structure shared by the core and the backends.
 */
#ifndef SIOV_LIB_SIOV_INT_H_
#define SIOV_LIB_SIOV_INT_H_

#include "siov/siov.h"
#include "siov/siov_platform.h"

#define SIOV_MAX_VECTORS 2048

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
};

/* Capability discovery after the backend is open (caps.c). */
int siov_discover(struct siov_dev *dev);
/* BAR decode from the current configuration space (device.c). */
int siov_read_bars(struct siov_dev *dev);

#endif /* SIOV_LIB_SIOV_INT_H_ */
