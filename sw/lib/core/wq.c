// SPDX-License-Identifier: MIT
/*
 * wq.c - direct-path submission to an ADI through its BAR2 page (siov_wq.h): ring + doorbell,
 * dedicated portal, shared work queue (DMWr with retry), completion-record polling and
 * descriptor builders. Offsets come from the generated siov_adi_page_regs.h; docs/adi.md §3 is
 * the contract. Only BAR2 and configuration space (the DVSEC System Page Size) are used.
 */
#include <errno.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "siov/siov_adi_page_regs.h"
#include "siov/siov_wq.h"
#include "siov_int.h"

#define BAR2 2u

#define FLD_GET(name, v) (((uint32_t)(v) & name##_MASK) >> name##_SHIFT)
#define FLD_MAX(name) (name##_MASK >> name##_SHIFT)

#define DESC_SIZE        64u
#define SWQ_TRIES        16u
#define SWQ_BACKOFF      16u /* cycles before the first retry; doubles with each */
#define CR_POLL_CYCLES   20u
#define DESC_PASID_MASK  0x000fffffu

_Static_assert(sizeof(struct dsa_hw_desc) == DESC_SIZE, "descriptor is 64 bytes");
_Static_assert(sizeof(struct dsa_completion_record) == 32, "completion record is 32 bytes");

struct siov_wq {
	struct siov_dev *dev;
	unsigned int adi;
	enum siov_adi_mode mode;
	uint64_t page;             /* BAR2 offset of the ADI's page */
	unsigned int last_retries;
};

int siov_wq_open(struct siov_dev *dev, unsigned int adi, enum siov_adi_mode mode,
		 struct siov_wq **wqp)
{
	const struct siov_bar *bar = siov_bar(dev, BAR2);
	struct siov_dvsec dv;
	struct siov_wq *wq;
	uint64_t page_bytes;
	int ret;

	*wqp = NULL;
	if (mode != SIOV_ADI_RING && mode != SIOV_ADI_PORTAL && mode != SIOV_ADI_SHARED)
		return -EINVAL;
	if (!bar)
		return -ENODEV;
	ret = siov_dvsec_read(dev, &dv);
	if (ret)
		return ret;
	/* One bit set: page size 4 KiB << bit. */
	if (!dv.system_page_size || (dv.system_page_size & (dv.system_page_size - 1))) {
		siov_log(SIOV_LOG_ERR, "%s: DVSEC System Page Size 0x%x is not one page size",
			 siov_name(dev), dv.system_page_size);
		return -EIO;
	}
	page_bytes = 4096ull << __builtin_ctz(dv.system_page_size);
	if (bar->size && (uint64_t)adi * page_bytes + SIOV_ADI_PAGE_SIZE > bar->size)
		return -EINVAL;
	wq = calloc(1, sizeof(*wq));
	if (!wq)
		return -ENOMEM;
	wq->dev = dev;
	wq->adi = adi;
	wq->mode = mode;
	wq->page = (uint64_t)adi * page_bytes;
	*wqp = wq;
	return 0;
}

void siov_wq_close(struct siov_wq *wq)
{
	free(wq);
}

unsigned int siov_wq_adi(const struct siov_wq *wq)
{
	return wq->adi;
}

uint64_t siov_wq_page(const struct siov_wq *wq)
{
	return wq->page;
}

unsigned int siov_wq_last_retries(const struct siov_wq *wq)
{
	return wq->last_retries;
}

int siov_wq_status(struct siov_wq *wq, struct siov_wq_status *st)
{
	uint32_t v;
	int ret = siov_mmio_read32(wq->dev, BAR2, wq->page + SIOV_ADI_PAGE_STATUS_OFFSET, &v);

	memset(st, 0, sizeof(*st));
	if (ret)
		return ret;
	st->enabled = v & SIOV_ADI_PAGE_STATUS_ENABLED_MASK;
	st->mode = FLD_GET(SIOV_ADI_PAGE_STATUS_MODE, v);
	st->occupancy = FLD_GET(SIOV_ADI_PAGE_STATUS_OCCUPANCY, v);
	return 0;
}

/* ---- ring ------------------------------------------------------------------------------------ */

int siov_ring_init(struct siov_ring *ring, struct siov_dma_buf *mem, unsigned int entries)
{
	memset(ring, 0, sizeof(*ring));
	if (!mem || !mem->cpu || entries < 2 || (entries & (entries - 1)) ||
	    entries > FLD_MAX(SIOV_ADI_PAGE_DOORBELL_TAIL) + 1 ||
	    (uint64_t)entries * DESC_SIZE > (uint64_t)mem->size || (mem->iova & (DESC_SIZE - 1)) ||
	    ((uintptr_t)mem->cpu & (DESC_SIZE - 1)))
		return -EINVAL;
	ring->desc = mem->cpu;
	ring->iova = mem->iova;
	ring->entries = entries;
	ring->tail = 0;
	return 0;
}

static int check_ring(const struct siov_wq *wq, const struct siov_ring *ring)
{
	if (wq->mode != SIOV_ADI_RING || !ring || !ring->desc || ring->entries < 2 ||
	    (ring->entries & (ring->entries - 1)))
		return -EINVAL;
	return 0;
}

int siov_ring_head(struct siov_wq *wq, unsigned int *head)
{
	uint32_t v;
	int ret = siov_mmio_read32(wq->dev, BAR2, wq->page + SIOV_ADI_PAGE_HEAD_OFFSET, &v);

	if (!ret)
		*head = FLD_GET(SIOV_ADI_PAGE_HEAD_HEAD, v);
	return ret;
}

int siov_ring_sync(struct siov_wq *wq, struct siov_ring *ring)
{
	uint32_t v;
	int ret = check_ring(wq, ring);

	if (!ret)
		ret = siov_mmio_read32(wq->dev, BAR2, wq->page + SIOV_ADI_PAGE_DOORBELL_OFFSET, &v);
	if (!ret)
		ring->tail = FLD_GET(SIOV_ADI_PAGE_DOORBELL_TAIL, v) & (ring->entries - 1);
	return ret;
}

int siov_submit_ring(struct siov_wq *wq, struct siov_ring *ring, const struct dsa_hw_desc *descs,
		     unsigned int n)
{
	unsigned int head, used, tail, mask;
	int ret = check_ring(wq, ring);

	if (ret)
		return ret;
	mask = ring->entries - 1;
	if (!n)
		return 0;
	if (!descs || n > mask)
		return -EINVAL;
	ret = siov_ring_head(wq, &head);
	if (ret)
		return ret;
	used = (ring->tail - head) & mask;
	if (n > mask - used)
		return -EAGAIN;
	tail = ring->tail & mask;
	for (unsigned int i = 0; i < n; i++) {
		memcpy(&ring->desc[tail], &descs[i], DESC_SIZE);
		tail = (tail + 1) & mask;
	}
	/* The descriptors must be in memory before the device can see the new tail. */
	atomic_thread_fence(memory_order_release);
	ret = siov_mmio_write32(wq->dev, BAR2, wq->page + SIOV_ADI_PAGE_DOORBELL_OFFSET,
				tail & SIOV_ADI_PAGE_DOORBELL_TAIL_MASK);
	if (!ret)
		ring->tail = tail;
	return ret;
}

/* ---- dedicated portal ------------------------------------------------------------------------ */

int siov_submit_portal(struct siov_wq *wq, const struct dsa_hw_desc *desc)
{
	if (wq->mode != SIOV_ADI_PORTAL || !desc)
		return -EINVAL;
	atomic_thread_fence(memory_order_release);
	return siov_mmio_write(wq->dev, BAR2, wq->page + SIOV_ADI_PAGE_PORTAL_OFFSET, desc,
			       SIOV_ADI_PAGE_PORTAL_SIZE);
}

/* ---- shared work queue ---------------------------------------------------------------------- */

int siov_submit_swq(struct siov_wq *wq, const struct dsa_hw_desc *desc)
{
	if (wq->mode != SIOV_ADI_SHARED || !desc)
		return -EINVAL;
	wq->last_retries = 0;
	atomic_thread_fence(memory_order_release);
	for (unsigned int attempt = 0;; attempt++) {
		unsigned int status;
		int ret = siov_mmio_dmwr(wq->dev, BAR2, wq->page + SIOV_ADI_PAGE_SWQ_OFFSET, desc,
					 &status);

		if (ret)
			return ret;
		wq->last_retries = attempt;
		if (status == SIOV_DMWR_SC)
			return 0;
		if (status != SIOV_DMWR_RRS) {
			siov_log(SIOV_LOG_DEBUG, "%s: ADI %u: shared-queue DMWr completed with "
				 "status %u", siov_name(wq->dev), wq->adi, status);
			return -EIO;
		}
		if (attempt + 1 >= SWQ_TRIES)
			return -EAGAIN;
		siov_wait(wq->dev, (uint64_t)SWQ_BACKOFF << attempt);
	}
}

/* ---- completion ------------------------------------------------------------------------------ */

int siov_cr_wait(struct siov_dev *dev, const volatile struct dsa_completion_record *cr,
		 uint64_t timeout)
{
	uint64_t start = siov_now(dev), waited = 0;

	if (!cr)
		return -EINVAL;
	for (;;) {
		if (cr->status) {
			/* The rest of the record (and the data) is read after the status. */
			atomic_thread_fence(memory_order_acquire);
			return 0;
		}
		if (waited >= timeout || siov_now(dev) - start >= timeout)
			return -ETIMEDOUT;
		siov_wait(dev, CR_POLL_CYCLES);
		waited += CR_POLL_CYCLES;
	}
}

/* ---- descriptors ---------------------------------------------------------------------------- */

void siov_desc_init(struct dsa_hw_desc *d, unsigned int opcode, uint64_t cr, uint32_t flags)
{
	memset(d, 0, sizeof(*d));
	d->opcode = opcode & 0xffu;
	if (cr) {
		d->completion_addr = cr;
		flags |= IDXD_OP_FLAG_CRAV | IDXD_OP_FLAG_RCR;
	}
	d->flags = flags & SIOV_DESC_FLAGS_MASK;
}

void siov_desc_memmove(struct dsa_hw_desc *d, uint64_t src, uint64_t dst, uint32_t size,
		       uint64_t cr, uint32_t flags)
{
	siov_desc_init(d, DSA_OPCODE_MEMMOVE, cr, flags);
	d->src_addr = src;
	d->dst_addr = dst;
	d->xfer_size = size;
}

void siov_desc_noop(struct dsa_hw_desc *d, uint64_t cr, uint32_t flags)
{
	siov_desc_init(d, DSA_OPCODE_NOOP, cr, flags);
}

void siov_desc_drain(struct dsa_hw_desc *d, uint64_t cr, uint32_t flags)
{
	siov_desc_init(d, DSA_OPCODE_DRAIN, cr, flags);
}

void siov_desc_batch(struct dsa_hw_desc *d, uint64_t list_iova, uint32_t count, uint64_t cr,
		     uint32_t flags)
{
	siov_desc_init(d, DSA_OPCODE_BATCH, cr, flags);
	d->desc_list_addr = list_iova;
	d->desc_count = count;
}

void siov_desc_fill(struct dsa_hw_desc *d, uint64_t dst, uint32_t size, uint64_t pattern,
		    uint64_t cr, uint32_t flags)
{
	siov_desc_init(d, DSA_OPCODE_MEMFILL, cr, flags);
	d->pattern = pattern;
	d->dst_addr = dst;
	d->xfer_size = size;
}

void siov_desc_compare(struct dsa_hw_desc *d, uint64_t src1, uint64_t src2, uint32_t size,
		       bool expect_different, uint64_t cr, uint32_t flags)
{
	siov_desc_init(d, DSA_OPCODE_COMPARE, cr, flags);
	d->src_addr = src1;
	d->src2_addr = src2;
	d->xfer_size = size;
	d->expected_res = expect_different ? 1 : 0;
}

void siov_desc_compare_pattern(struct dsa_hw_desc *d, uint64_t src, uint64_t pattern,
			       uint32_t size, bool expect_different, uint64_t cr, uint32_t flags)
{
	siov_desc_init(d, DSA_OPCODE_COMPVAL, cr, flags);
	d->src_addr = src;
	d->comp_pattern = pattern;
	d->xfer_size = size;
	d->expected_res = expect_different ? 1 : 0;
}

void siov_desc_create_delta(struct dsa_hw_desc *d, uint64_t src1, uint64_t src2, uint32_t size,
			    uint64_t delta, uint32_t max_delta_size, uint8_t expect_mask,
			    uint64_t cr, uint32_t flags)
{
	siov_desc_init(d, DSA_OPCODE_CR_DELTA, cr, flags);
	d->src_addr = src1;
	d->src2_addr = src2;
	d->xfer_size = size;
	d->delta_addr = delta;
	d->max_delta_size = max_delta_size;
	d->expected_res_mask = expect_mask;
}

void siov_desc_apply_delta(struct dsa_hw_desc *d, uint64_t delta, uint32_t delta_size,
			   uint64_t dst, uint32_t size, uint64_t cr, uint32_t flags)
{
	siov_desc_init(d, DSA_OPCODE_AP_DELTA, cr, flags);
	d->src_addr = delta;
	d->dst_addr = dst;
	d->xfer_size = size;
	d->delta_rec_size = delta_size;
}

void siov_desc_dualcast(struct dsa_hw_desc *d, uint64_t src, uint64_t dst1, uint64_t dst2,
			uint32_t size, uint64_t cr, uint32_t flags)
{
	siov_desc_init(d, DSA_OPCODE_DUALCAST, cr, flags);
	d->src_addr = src;
	d->dst_addr = dst1;
	d->dest2 = dst2;
	d->xfer_size = size;
}

void siov_desc_crcgen(struct dsa_hw_desc *d, uint64_t src, uint32_t size, uint32_t seed,
		      uint64_t cr, uint32_t flags)
{
	siov_desc_init(d, DSA_OPCODE_CRCGEN, cr, flags);
	d->src_addr = src;
	d->xfer_size = size;
	d->crc_seed = seed;
}

void siov_desc_copy_crc(struct dsa_hw_desc *d, uint64_t src, uint64_t dst, uint32_t size,
			uint32_t seed, uint64_t cr, uint32_t flags)
{
	siov_desc_init(d, DSA_OPCODE_COPY_CRC, cr, flags);
	d->src_addr = src;
	d->dst_addr = dst;
	d->xfer_size = size;
	d->crc_seed = seed;
}

void siov_desc_crc_seed_addr(struct dsa_hw_desc *d, uint64_t seed_addr)
{
	d->flags = (d->flags | SIOV_CRC_FLAG_SEED_ADDR) & SIOV_DESC_FLAGS_MASK;
	d->crc_seed = 0;
	d->seed_addr = seed_addr;
}

void siov_desc_dif(struct dsa_hw_desc *d, unsigned int opcode, uint64_t src, uint64_t dst,
		   uint32_t size, const struct siov_dif *dif, uint64_t cr, uint32_t flags)
{
	siov_desc_init(d, (uint8_t)opcode, cr, flags);
	d->src_addr = src;
	d->xfer_size = size;
	switch (opcode) {
	case DSA_OPCODE_DIF_CHECK:
	case DSA_OPCODE_DIF_STRP:
		d->src_dif_flags = dif->src_flags;
		d->dif_chk_flags = dif->flags;
		d->chk_ref_tag_seed = dif->src_ref;
		d->chk_app_tag_mask = dif->src_app_mask;
		d->chk_app_tag_seed = dif->src_app;
		break;
	case DSA_OPCODE_DIF_INS:
		d->dest_dif_flag = dif->dst_flags;
		d->dif_ins_flags = dif->flags;
		d->ins_ref_tag_seed = dif->dst_ref;
		d->ins_app_tag_mask = dif->dst_app_mask;
		d->ins_app_tag_seed = dif->dst_app;
		break;
	default: /* update */
		d->src_upd_flags = dif->src_flags;
		d->upd_dest_flags = dif->dst_flags;
		d->dif_upd_flags = dif->flags;
		d->src_ref_tag_seed = dif->src_ref;
		d->src_app_tag_mask = dif->src_app_mask;
		d->src_app_tag_seed = dif->src_app;
		d->dest_ref_tag_seed = dif->dst_ref;
		d->dest_app_tag_mask = dif->dst_app_mask;
		d->dest_app_tag_seed = dif->dst_app;
		break;
	}
	if (opcode != DSA_OPCODE_DIF_CHECK)
		d->dst_addr = dst;
}

void siov_desc_set_int(struct dsa_hw_desc *d, unsigned int handle)
{
	d->flags = (d->flags | IDXD_OP_FLAG_RCI) & SIOV_DESC_FLAGS_MASK;
	d->int_handle = (uint16_t)handle;
}

void siov_desc_set_pasid(struct dsa_hw_desc *d, uint32_t pasid, bool priv)
{
	d->pasid = pasid & DESC_PASID_MASK;
	d->rsvd = 0;
	d->priv = priv ? 1 : 0;
}
