/* SPDX-License-Identifier: MIT */
/*
 * diag.h - driving the DMA self-test channel (BAR0 diag_* registers) from tests.
 */
#ifndef SIOV_TESTS_DIAG_H_
#define SIOV_TESTS_DIAG_H_

#include <stdbool.h>
#include <stdint.h>

#include "siov/siov.h"

struct diag_req {
	uint64_t src, dst;   /* IOVAs */
	uint32_t len;
	bool pasid_en;
	uint32_t pasid;
	bool priv, exec;
	bool irq;            /* raise MSI-X vector `vector` when done */
	unsigned int vector;
};

/* Program and start a transfer (does not wait). */
int diag_start(struct siov_dev *d, const struct diag_req *r);
/* Poll diag_status until done (or timeout cycles); *err gets diag_status.err. */
int diag_wait(struct siov_dev *d, uint64_t timeout, uint32_t *err);
/* Start, then wait for the interrupt (r->irq) or poll; *err gets diag_status.err. */
int diag_run(struct siov_dev *d, const struct diag_req *r, uint32_t *err);

/* Set up PASID (if pasid != SIOV_NO_PASID), an address space attached to it, and bus mastering;
 * returns the address space id in *as. */
int diag_setup(struct siov_dev *d, uint32_t pasid, int *as);

#endif /* SIOV_TESTS_DIAG_H_ */
