/* SPDX-License-Identifier: MIT */
/*
 * op_util.h - running data-mover descriptors on the device and on the C reference model
 * (dsa_ref.h) side by side. An arena of DMA memory holds every buffer of a test; before each
 * descriptor a shadow copy of the arena is taken, the model runs on the shadow, the device on
 * the arena, and then the two arenas and the two completion records must be identical byte for
 * byte. Addresses outside the arena are unmapped for both (the IOMMU faults them; the model
 * treats them as unreadable pages).
 */
#ifndef SIOV_TESTS_OP_UTIL_H_
#define SIOV_TESTS_OP_UTIL_H_

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "adi_util.h"
#include "dsa_ref.h"

struct op_arena {
	struct siov_dev *d;
	struct siov_dev_caps caps;
	struct adi_ctx c;          /* a dedicated-portal ADI */
	struct siov_dma_buf mem;   /* the arena */
	uint8_t *shadow;
	struct dsa_ref_env env;
	unsigned int runs;
	unsigned int crn;          /* next completion record of the ring (op_next_cr) */
};

/* The first OP_CR_BYTES of an arena hold a ring of completion records: op_next_cr() hands them
 * out in turn (record 0 first). Tests place their buffers above it. */
#define OP_CR_BYTES 4096u

/* Enable the device (adi_env_init), make an address space for pasid with one arena of size
 * bytes, and a portal ADI adi on it. */
int op_arena_init(struct op_arena *a, struct siov_dev *d, unsigned int adi, uint32_t pasid,
		  size_t size);
uint64_t op_iova(const struct op_arena *a, uint64_t off);
uint8_t *op_cpu(const struct op_arena *a, uint64_t off);
uint64_t op_next_cr(struct op_arena *a);

/* Run one descriptor (its completion record must be requested and lie in the arena) on the
 * device and on the model; stop the test on any difference. Returns the status. */
unsigned int op_run_check(struct op_arena *a, const struct dsa_hw_desc *desc, const char *what);

#endif /* SIOV_TESTS_OP_UTIL_H_ */
