// SPDX-License-Identifier: MIT
/*
 * op_util.c - device vs reference-model runs of data-mover descriptors (op_util.h).
 */
#include "op_util.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "siov_test.h"

static uint8_t *shadow_xlate(void *ctx, uint64_t addr)
{
	struct op_arena *a = ctx;

	if (addr < a->mem.iova || addr - a->mem.iova >= a->mem.size)
		return NULL;
	return a->shadow + (addr - a->mem.iova);
}

static bool any_handle(void *ctx, unsigned int handle)
{
	struct op_arena *a = ctx;

	return handle == a->c.ims;
}

int op_arena_init(struct op_arena *a, struct siov_dev *d, unsigned int adi, uint32_t pasid,
		  size_t size)
{
	struct siov_adi_config cfg = {0};
	int as = 0, ret;

	memset(a, 0, sizeof(*a));
	a->d = d;
	ret = adi_env_init(d, 1, &a->caps);
	if (!ret)
		ret = adi_as_new(d, pasid, 0, &as);
	if (!ret)
		ret = siov_dma_alloc(d, as, size, &a->mem);
	if (ret)
		return ret;
	a->shadow = malloc(size);
	if (!a->shadow)
		return -ENOMEM;
	cfg.mode = SIOV_ADI_PORTAL;
	cfg.desc_pasid = cfg.data_pasid = pasid;
	cfg.int_pasid = SIOV_NO_PASID;
	cfg.queue_size = 4;
	ret = adi_ctx_up(d, adi, &cfg, as, &a->c);
	a->env.xlate = shadow_xlate;
	a->env.handle_ok = any_handle;
	a->env.ctx = a;
	a->env.opcap = a->caps.opcap;
	a->env.ops = ~0ull;
	a->env.max_xfer_shift = a->caps.max_xfer_shift;
	a->env.max_batch_shift = a->caps.max_batch_shift;
	a->env.priv_enabled = true;
	return ret;
}

uint64_t op_iova(const struct op_arena *a, uint64_t off)
{
	return a->mem.iova + off;
}

uint8_t *op_cpu(const struct op_arena *a, uint64_t off)
{
	return (uint8_t *)a->mem.cpu + off;
}

uint64_t op_next_cr(struct op_arena *a)
{
	return op_iova(a, 32ull * (a->crn++ % (OP_CR_BYTES / 32)));
}

unsigned int op_run_check(struct op_arena *a, const struct dsa_hw_desc *desc, const char *what)
{
	struct dsa_completion_record model;
	uint64_t cr = desc->completion_addr;
	volatile struct dsa_completion_record *dev;
	unsigned int st;
	size_t at;

	CHECK(cr >= a->mem.iova && cr + 32 <= a->mem.iova + a->mem.size,
	      "%s: completion record in the arena", what);
	dev = (volatile struct dsa_completion_record *)op_cpu(a, cr - a->mem.iova);
	memset((void *)dev, 0, 32);
	memcpy(a->shadow, a->mem.cpu, a->mem.size);
	st = dsa_ref_run(&a->env, desc, &model);
	CHECK_OK(siov_submit_portal(a->c.wq, desc), "%s", what);
	CHECK_OK(siov_cr_wait(a->d, dev, 300000), "%s: completion (model says 0x%02x)", what, st);
	siov_wait(a->d, 200); /* a record written after this one (a batch's) has landed */
	a->runs++;
	if (memcmp((const void *)dev, &model, 32)) {
		const uint8_t *x = (const uint8_t *)dev, *y = (const uint8_t *)&model;

		for (int i = 0; i < 32; i += 8)
			siov_test_log("  record %2d: device %02x %02x %02x %02x %02x %02x %02x %02x"
				      "  model %02x %02x %02x %02x %02x %02x %02x %02x", i, x[i],
				      x[i + 1], x[i + 2], x[i + 3], x[i + 4], x[i + 5], x[i + 6],
				      x[i + 7], y[i], y[i + 1], y[i + 2], y[i + 3], y[i + 4],
				      y[i + 5], y[i + 6], y[i + 7]);
		CHECK(false, "%s: completion record differs from the model's", what);
	}
	at = siov_test_first_diff(a->mem.cpu, a->shadow, a->mem.size);
	if (at != (size_t)-1) {
		size_t last = at, cnt = 0;

		for (size_t i = at; i < a->mem.size; i++) {
			if (op_cpu(a, i)[0] != a->shadow[i]) {
				last = i;
				cnt++;
			}
		}
		siov_test_log("  memory differs at arena offset 0x%zx: device 0x%02x model 0x%02x "
			      "(%zu bytes differ, up to 0x%zx); descriptor addr1 +0x%llx addr2 +0x%llx "
			      "addr3 +0x%llx size %u", at, op_cpu(a, at)[0], a->shadow[at], cnt, last,
			      (unsigned long long)(desc->src_addr - a->mem.iova),
			      (unsigned long long)(desc->dst_addr - a->mem.iova),
			      (unsigned long long)(desc->delta_addr - a->mem.iova), desc->xfer_size);
	}
	CHECK(at == (size_t)-1, "%s: memory differs from the model's (status 0x%02x)", what, st);
	return st;
}
