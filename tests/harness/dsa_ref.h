/* SPDX-License-Identifier: MIT */
/*
 * dsa_ref.h - an independent C model of the data-mover operations (docs/operations.md), for
 * tests: it validates and executes a <linux/idxd.h> descriptor on memory it reaches through a
 * translation callback, the way the device does on host memory, and produces the completion
 * record the device must write. Tests run the same descriptor on the device (real buffers) and
 * on the model (a shadow copy of them) and compare every byte.
 *
 * Memory faults are page granular, as the IOMMU's: a page is readable or not.
 */
#ifndef SIOV_TESTS_DSA_REF_H_
#define SIOV_TESTS_DSA_REF_H_

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <linux/idxd.h>

struct dsa_ref_env {
	/* CPU pointer of the byte at addr, or NULL when its page is not mapped. */
	uint8_t *(*xlate)(void *ctx, uint64_t addr);
	void *ctx;
	/* Interrupt handle usable by the submitting ADI. */
	bool (*handle_ok)(void *ctx, unsigned int handle);
	uint64_t opcap;            /* opcodes the device implements */
	uint64_t ops;              /* the ADI's allowed opcodes */
	unsigned int max_xfer_shift, max_batch_shift;
	bool shared;               /* descriptor from a shared work queue */
	bool priv_enabled;         /* PASID capability Privileged Mode Enable */
};

/* Validate and execute one descriptor (a batch with its descriptors), writing destinations and
 * completion records through env->xlate. *cr gets the record of the descriptor itself (written
 * to memory too when it asks for one). Returns the status code. */
unsigned int dsa_ref_run(const struct dsa_ref_env *env, const struct dsa_hw_desc *d,
			 struct dsa_completion_record *cr);

/* The CRCs (reflected CRC-32C with the DSA flag semantics; CRC-16/T10-DIF). */
uint32_t dsa_ref_crc32c(uint32_t seed, const uint8_t *p, size_t n, uint32_t op_flags);
uint16_t dsa_ref_crc16_t10(uint16_t init, const uint8_t *p, size_t n);

/* Opcodes the device implements (bit n = opcode n). */
#define DSA_REF_OPCAP 0x00000000003f03ffull

#endif /* SIOV_TESTS_DSA_REF_H_ */
