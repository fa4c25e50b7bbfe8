// SPDX-License-Identifier: MIT
/*
 * ppt.c - the PASID Permissions Table (siov_ppt.h): entry encoding, the host driver's table in
 * DMA memory with its BAR0 registers and selector allocation, the cache commands, and the
 * builders of the descriptors that use selectors. docs/ppt.md is the contract; offsets, fields
 * and command codes come from the generated siov_bar0_regs.h.
 *
 * The table and the bitmap of selectors handed out live in struct siov_dev (ppt_*), only in the
 * handle that called siov_ppt_init(). Entries are written in the order docs/ppt.md §1 gives
 * (qwords 3, 2, 1, then qword 0 which holds valid), each qword with one 64-bit store, and then
 * invalidated in the device's cache.
 */
#include <endian.h>
#include <errno.h>
#include <stdatomic.h>
#include <string.h>

#include "siov/siov_adi.h"
#include "siov/siov_bar0_regs.h"
#include "siov/siov_ppt.h"
#include "siov_int.h"

#define BAR0 0u

#define FLD_GET(name, v) (((uint32_t)(v) & name##_MASK) >> name##_SHIFT)
#define FLD_PREP(name, x) (((uint32_t)(x) << name##_SHIFT) & name##_MASK)
#define FLD_MAX(name) (name##_MASK >> name##_SHIFT)

#define PASID_MAX   FLD_MAX(SIOV_BAR0_PPT_PASID_PASID)
#define TABLE_ALIGN 4096u
/* Rewrites of an entry an owner's Update Window keeps changing before giving up (entry_replace). */
#define PPT_REWRITE_ROUNDS 8u

/* Qword 0 of an entry (docs/ppt.md §2). */
#define Q0_VALID          (1ull << 0)
#define Q0_ALLOW_UPDATE   (1ull << 1)
#define Q0_READ           (1ull << 2)
#define Q0_WRITE          (1ull << 3)
#define Q0_DRAIN          (1ull << 4)
#define Q0_RANGE_CHECK    (1ull << 5)
#define Q0_OFFSET_MODE    (1ull << 6)
#define Q0_ANY_SUBMITTER  (1ull << 7)
#define Q0_ACCESS_PRIV    (1ull << 8)
#define Q0_SUBMITTER_SHIFT 32
#define Q1_ACCESS_SHIFT    0
#define Q1_NTF_IMS_SHIFT 32 /* qword 1 bits 47:32: IMS handle raised after a notification */
#define Q1_NTF_INT_BIT   48 /* qword 1 bit 48: ... enable */
#define PPT_PASID_MASK    0xfffffull

/* Descriptor bytes that struct dsa_hw_desc has no field for (docs/ppt.md §3). */
#define DESC_SIZE        64u
#define OFF_NOTIFY_ADDR  48u
#define OFF_NOTIFY_VALUE 56u
#define OFF_SEL1         60u
#define OFF_SEL2         62u
#define OFF_WIN_BASE     16u
#define OFF_WIN_SIZE     24u
#define OFF_WIN_FLAGS    61u
#define OFF_WIN_SEL      62u

_Static_assert(SIOV_MAX_PPT_ENTRIES == SIOV_PPT_MAX_ENTRIES, "one PPT size limit");
_Static_assert(SIOV_PPT_MAX_ENTRIES <= SIOV_BAR0_PPT_SIZE_ENTRIES_MASK + 1u,
	       "ppt_size holds every table size");
_Static_assert(sizeof(struct siov_ppt_notify) == 8, "the notification is 8 bytes");
_Static_assert(sizeof(struct dsa_hw_desc) == DESC_SIZE, "descriptor is 64 bytes");

static int rd(struct siov_dev *dev, uint64_t off, uint32_t *val)
{
	return siov_mmio_read32(dev, BAR0, off, val);
}

static int wr(struct siov_dev *dev, uint64_t off, uint32_t val)
{
	return siov_mmio_write32(dev, BAR0, off, val);
}

/* ---- entry format ---------------------------------------------------------------------------- */

static void entry_qwords(const struct siov_ppt_entry *e, uint64_t q[4])
{
	q[0] = (e->valid ? Q0_VALID : 0) | (e->allow_update ? Q0_ALLOW_UPDATE : 0) |
	       (e->read ? Q0_READ : 0) | (e->write ? Q0_WRITE : 0) | (e->drain ? Q0_DRAIN : 0) |
	       (e->range_check ? Q0_RANGE_CHECK : 0) | (e->offset_mode ? Q0_OFFSET_MODE : 0) |
	       (e->any_submitter ? Q0_ANY_SUBMITTER : 0) | (e->access_priv ? Q0_ACCESS_PRIV : 0) |
	       (((uint64_t)e->submitter_pasid & PPT_PASID_MASK) << Q0_SUBMITTER_SHIFT);
	q[1] = ((uint64_t)e->access_pasid & PPT_PASID_MASK) << Q1_ACCESS_SHIFT;
	q[1] |= (uint64_t)e->notify_ims << Q1_NTF_IMS_SHIFT;
	if (e->notify_int)
		q[1] |= 1ull << Q1_NTF_INT_BIT;
	q[2] = e->base;
	q[3] = e->size;
}

static void entry_from_qwords(const uint64_t q[4], struct siov_ppt_entry *e)
{
	memset(e, 0, sizeof(*e));
	e->valid = q[0] & Q0_VALID;
	e->allow_update = q[0] & Q0_ALLOW_UPDATE;
	e->read = q[0] & Q0_READ;
	e->write = q[0] & Q0_WRITE;
	e->drain = q[0] & Q0_DRAIN;
	e->range_check = q[0] & Q0_RANGE_CHECK;
	e->offset_mode = q[0] & Q0_OFFSET_MODE;
	e->any_submitter = q[0] & Q0_ANY_SUBMITTER;
	e->access_priv = q[0] & Q0_ACCESS_PRIV;
	e->submitter_pasid = (uint32_t)((q[0] >> Q0_SUBMITTER_SHIFT) & PPT_PASID_MASK);
	e->access_pasid = (uint32_t)((q[1] >> Q1_ACCESS_SHIFT) & PPT_PASID_MASK);
	e->notify_ims = (uint16_t)(q[1] >> Q1_NTF_IMS_SHIFT);
	e->notify_int = (q[1] >> Q1_NTF_INT_BIT) & 1;
	e->base = q[2];
	e->size = q[3];
}

void siov_ppt_entry_pack(const struct siov_ppt_entry *e, uint8_t out[SIOV_PPT_ENTRY_BYTES])
{
	uint64_t q[4];

	entry_qwords(e, q);
	for (unsigned int i = 0; i < 4; i++) {
		uint64_t le = htole64(q[i]);

		memcpy(out + 8 * i, &le, 8);
	}
}

void siov_ppt_entry_unpack(const uint8_t in[SIOV_PPT_ENTRY_BYTES], struct siov_ppt_entry *e)
{
	uint64_t q[4];

	for (unsigned int i = 0; i < 4; i++) {
		memcpy(&q[i], in + 8 * i, 8);
		q[i] = le64toh(q[i]);
	}
	entry_from_qwords(q, e);
}

/* ---- status names ---------------------------------------------------------------------------- */

const char *siov_ppt_status_name(unsigned int st)
{
	switch (st & DSA_COMP_STATUS_MASK) {
	case SIOV_PPT_ST_SEL_RANGE:
		return "ppt_sel_range";
	case SIOV_PPT_ST_ENTRY_INVALID:
		return "ppt_entry_invalid";
	case SIOV_PPT_ST_SUBMITTER:
		return "ppt_submitter";
	case SIOV_PPT_ST_NO_READ:
		return "ppt_no_read";
	case SIOV_PPT_ST_NO_WRITE:
		return "ppt_no_write";
	case SIOV_PPT_ST_RANGE:
		return "ppt_range";
	case SIOV_PPT_ST_READ_FAULT:
		return "ppt_read_fault";
	case SIOV_PPT_ST_NOT_OWNER:
		return "ppt_not_owner";
	case SIOV_PPT_ST_NO_UPDATE:
		return "ppt_no_update";
	case SIOV_PPT_ST_BAD_WINDOW:
		return "ppt_bad_window";
	case SIOV_PPT_ST_NO_DRAIN:
		return "ppt_no_drain";
	default:
		return "?";
	}
}

/* ---- table memory ---------------------------------------------------------------------------- */

/* The handle that owns the table of this process, so that other handles of the same device in
 * the process (siovctl run by the demo or a test) can list its entries read-only. */
static struct siov_dev *ppt_holder;

static const struct siov_dev *table_of(const struct siov_dev *dev)
{
	if (dev->ppt_owner)
		return dev;
	if (ppt_holder && ppt_holder->ops == dev->ops && !strcmp(ppt_holder->name, dev->name))
		return ppt_holder;
	return NULL;
}

void siov_ppt_forget(struct siov_dev *dev)
{
	if (ppt_holder == dev)
		ppt_holder = NULL;
}

static volatile uint64_t *entry_ptr(struct siov_dev *dev, uint16_t sel)
{
	return (volatile uint64_t *)((uint8_t *)dev->ppt.cpu + (size_t)sel * SIOV_PPT_ENTRY_BYTES);
}

static bool sel_used(const struct siov_dev *dev, unsigned int sel)
{
	return dev->ppt_used[sel / 64] & (1ull << (sel % 64));
}

static void sel_mark(struct siov_dev *dev, unsigned int sel, bool used)
{
	if (used)
		dev->ppt_used[sel / 64] |= 1ull << (sel % 64);
	else
		dev->ppt_used[sel / 64] &= ~(1ull << (sel % 64));
}

/* Qwords 3, 2, 1, then qword 0: a device that reads the entry while it changes finds either the
 * valid bit clear or the whole new entry. */
static void entry_write(struct siov_dev *dev, uint16_t sel, const struct siov_ppt_entry *e)
{
	volatile uint64_t *q = entry_ptr(dev, sel);
	uint64_t v[4];

	entry_qwords(e, v);
	q[3] = htole64(v[3]);
	q[2] = htole64(v[2]);
	q[1] = htole64(v[1]);
	atomic_thread_fence(memory_order_release);
	q[0] = htole64(v[0]);
	/* In memory before the invalidate command can make the device read it. */
	atomic_thread_fence(memory_order_release);
}

/* Write qword 0 alone (valid cleared, or the whole qword 0 = 0). */
static void entry_write_q0(struct siov_dev *dev, uint16_t sel, uint64_t q0)
{
	entry_ptr(dev, sel)[0] = htole64(q0);
	atomic_thread_fence(memory_order_release);
}

static int check_entry(struct siov_dev *dev, const struct siov_ppt_entry *e)
{
	const char *why = NULL;

	if (!e)
		return -EINVAL;
	if (!e->valid)
		why = "valid is 0 (siov_ppt_revoke closes an entry)";
	else if (e->base && e->size > 0 - e->base) /* base + size > 2^64, as Update Window */
		why = "the window wraps past the top of the address space";
	else if (e->access_pasid > PASID_MAX)
		why = "access PASID not below 2^20";
	else if (!e->any_submitter && e->submitter_pasid > PASID_MAX)
		why = "submitter PASID not below 2^20";
	if (!why)
		return 0;
	siov_log(SIOV_LOG_WARN, "%s: invalid PPT entry: %s", siov_name(dev), why);
	return -EINVAL;
}

static int check_owner(const struct siov_dev *dev)
{
	return dev->ppt_owner ? 0 : -ENODEV;
}

/* ---- commands -------------------------------------------------------------------------------- */

int siov_ppt_invalidate(struct siov_dev *dev, int sel)
{
	if (sel < 0)
		return siov_cmd(dev, SIOV_BAR0_CMD_CODE_PPT_INVALIDATE_ALL, 0, NULL, NULL);
	if ((unsigned int)sel >= SIOV_PPT_MAX_ENTRIES)
		return -EINVAL;
	return siov_cmd(dev, SIOV_BAR0_CMD_CODE_PPT_INVALIDATE, (uint32_t)sel, NULL, NULL);
}

/* ---- the table ------------------------------------------------------------------------------- */

/* ppt_pasid as docs/ppt.md §1 wants it: en = 0 for requests without PASID. */
static uint32_t ppt_pasid_reg(uint32_t pasid)
{
	if (pasid == SIOV_NO_PASID)
		return 0;
	return SIOV_BAR0_PPT_PASID_EN_MASK | FLD_PREP(SIOV_BAR0_PPT_PASID_PASID, pasid);
}

/* Write the four table registers, ppt_size first when disabling and last when enabling, so that
 * the device never sees a table size with another table's base. */
static int program_regs(struct siov_dev *dev, uint64_t base, unsigned int entries, uint32_t pasid)
{
	const uint32_t regs[3][2] = {
		{SIOV_BAR0_PPT_BASE_LO_OFFSET, (uint32_t)base & SIOV_BAR0_PPT_BASE_LO_ADDR_MASK},
		{SIOV_BAR0_PPT_BASE_HI_OFFSET, (uint32_t)(base >> 32)},
		{SIOV_BAR0_PPT_PASID_OFFSET, ppt_pasid_reg(pasid)},
	};
	int ret = wr(dev, SIOV_BAR0_PPT_SIZE_OFFSET, 0);

	for (unsigned int i = 0; i < 3 && !ret; i++)
		ret = wr(dev, regs[i][0], regs[i][1]);
	if (!ret && entries)
		ret = wr(dev, SIOV_BAR0_PPT_SIZE_OFFSET,
			 FLD_PREP(SIOV_BAR0_PPT_SIZE_ENTRIES, entries));
	for (unsigned int i = 0; i < 3 && !ret; i++) {
		uint32_t v;

		ret = rd(dev, regs[i][0], &v);
		if (!ret && v != regs[i][1]) {
			siov_log(SIOV_LOG_ERR, "%s: PPT register 0x%x reads 0x%08x after writing "
				 "0x%08x", siov_name(dev), regs[i][0], v, regs[i][1]);
			ret = -EIO;
		}
	}
	if (!ret) {
		uint32_t v;

		ret = rd(dev, SIOV_BAR0_PPT_SIZE_OFFSET, &v);
		if (!ret && FLD_GET(SIOV_BAR0_PPT_SIZE_ENTRIES, v) != entries) {
			siov_log(SIOV_LOG_ERR, "%s: ppt_size reads %u entries after writing %u (no "
				 "PPT in this device?)", siov_name(dev),
				 FLD_GET(SIOV_BAR0_PPT_SIZE_ENTRIES, v), entries);
			ret = -EIO;
		}
	}
	return ret;
}

int siov_ppt_init(struct siov_dev *dev, int as, uint32_t pasid, unsigned int entries)
{
	uint32_t old;
	int ret;

	if (!entries || entries > SIOV_PPT_MAX_ENTRIES ||
	    (pasid != SIOV_NO_PASID && pasid > PASID_MAX))
		return -EINVAL;
	if (dev->ppt_owner)
		return -EBUSY;
	ret = siov_dma_alloc(dev, as, (size_t)entries * SIOV_PPT_ENTRY_BYTES, &dev->ppt);
	if (ret)
		return ret;
	if ((dev->ppt.iova & (TABLE_ALIGN - 1)) || ((uintptr_t)dev->ppt.cpu & 7)) {
		siov_log(SIOV_LOG_ERR, "%s: PPT memory at IOVA 0x%llx is not 4 KiB aligned",
			 siov_name(dev), (unsigned long long)dev->ppt.iova);
		siov_dma_free(dev, &dev->ppt);
		return -EIO;
	}
	memset(dev->ppt.cpu, 0, (size_t)entries * SIOV_PPT_ENTRY_BYTES);
	atomic_thread_fence(memory_order_release);
	if (!rd(dev, SIOV_BAR0_PPT_SIZE_OFFSET, &old) && FLD_GET(SIOV_BAR0_PPT_SIZE_ENTRIES, old))
		siov_log(SIOV_LOG_INFO, "%s: replacing a PPT of %u entries", siov_name(dev),
			 FLD_GET(SIOV_BAR0_PPT_SIZE_ENTRIES, old));
	ret = program_regs(dev, dev->ppt.iova, entries, pasid);
	if (!ret)
		ret = siov_ppt_invalidate(dev, -1);
	if (ret) {
		/* Leave no table behind that points at memory about to be freed. */
		program_regs(dev, 0, 0, SIOV_NO_PASID);
		siov_dma_free(dev, &dev->ppt);
		return ret;
	}
	dev->ppt_entries = entries;
	memset(dev->ppt_used, 0, sizeof(dev->ppt_used));
	dev->ppt_owner = true;
	ppt_holder = dev;
	return 0;
}

void siov_ppt_fini(struct siov_dev *dev)
{
	int ret;

	if (!dev->ppt_owner)
		return;
	/* Size 0 first: from here every selector fails with ppt_sel_range, and the invalidate
	 * waits for the jobs that still use cached entries. */
	ret = program_regs(dev, 0, 0, SIOV_NO_PASID);
	if (!ret)
		ret = siov_ppt_invalidate(dev, -1);
	if (ret)
		siov_log(SIOV_LOG_WARN, "%s: PPT disable: %d; freeing the table anyway",
			 siov_name(dev), ret);
	siov_dma_free(dev, &dev->ppt);
	dev->ppt_entries = 0;
	memset(dev->ppt_used, 0, sizeof(dev->ppt_used));
	dev->ppt_owner = false;
	siov_ppt_forget(dev);
}

/* ---- entries --------------------------------------------------------------------------------- */

int siov_ppt_alloc(struct siov_dev *dev, const struct siov_ppt_entry *e, uint16_t *sel)
{
	unsigned int s;
	int ret = check_owner(dev);

	if (ret)
		return ret;
	ret = check_entry(dev, e);
	if (ret || !sel)
		return ret ? ret : -EINVAL;
	for (s = 0; s < dev->ppt_entries; s += 64) {
		uint64_t avail = ~dev->ppt_used[s / 64];

		if (avail) {
			s += (unsigned int)__builtin_ctzll(avail);
			break;
		}
	}
	if (s >= dev->ppt_entries)
		return -ENOSPC;
	entry_write(dev, (uint16_t)s, e);
	ret = siov_ppt_invalidate(dev, (int)s);
	if (ret) {
		/* Nobody knows the selector yet: close it again and leave it free. */
		entry_write_q0(dev, (uint16_t)s, 0);
		return ret;
	}
	sel_mark(dev, s, true);
	*sel = (uint16_t)s;
	return 0;
}

/* Whether the table holds what the driver last wrote: qword 0 always, qwords 1-3 when want is a
 * whole entry (revoke writes only qword 0). */
static bool entry_holds(struct siov_dev *dev, uint16_t sel, const uint64_t want[4], bool whole)
{
	const volatile uint64_t *q = entry_ptr(dev, sel);

	atomic_thread_fence(memory_order_acquire);
	for (unsigned int i = 0; i < (whole ? 4u : 1u); i++)
		if (le64toh(q[i]) != want[i])
			return false;
	return true;
}

/*
 * An owner's Update Window that looked the entry up before the driver's write rewrites the
 * whole entry in memory when it ends (docs/ppt.md §3.2), and ppt_invalidate waits for it: it can
 * land on top of the driver's write and, for a revoke, set valid again. So check the table after
 * the invalidate and write again; each round leaves fewer such Update Windows (a lookup after
 * the driver's write sees the driver's entry). e: the new entry, or NULL to revoke.
 */
static int entry_replace(struct siov_dev *dev, uint16_t sel, const struct siov_ppt_entry *e)
{
	uint64_t want[4] = {0};
	int ret;

	if (e)
		entry_qwords(e, want);
	for (unsigned int round = 0; round < PPT_REWRITE_ROUNDS; round++) {
		if (e) {
			/* A miss while the other qwords change finds the entry invalid, never half
			 * old. */
			entry_write_q0(dev, sel, le64toh(entry_ptr(dev, sel)[0]) & ~Q0_VALID);
			entry_write(dev, sel, e);
		} else {
			entry_write_q0(dev, sel, 0);
		}
		ret = siov_ppt_invalidate(dev, sel);
		if (ret)
			return ret;
		if (entry_holds(dev, sel, want, e != NULL))
			return 0;
		siov_log(SIOV_LOG_DEBUG, "%s: PPT entry %u changed by an Update Window while it was "
			 "rewritten; writing it again", siov_name(dev), sel);
	}
	siov_log(SIOV_LOG_ERR, "%s: PPT entry %u: Update Windows keep rewriting it", siov_name(dev),
		 sel);
	return -EAGAIN;
}

/* The owner's selector sel is handed out: 0, or why not. */
static int check_allocated(const struct siov_dev *dev, uint16_t sel)
{
	int ret = check_owner(dev);

	if (ret)
		return ret;
	if (sel >= dev->ppt_entries)
		return -EINVAL;
	return sel_used(dev, sel) ? 0 : -ENOENT;
}

int siov_ppt_update(struct siov_dev *dev, uint16_t sel, const struct siov_ppt_entry *e)
{
	int ret = check_allocated(dev, sel);

	if (!ret)
		ret = check_entry(dev, e);
	return ret ? ret : entry_replace(dev, sel, e);
}

int siov_ppt_revoke(struct siov_dev *dev, uint16_t sel)
{
	int ret = check_allocated(dev, sel);

	if (ret)
		return ret;
	ret = entry_replace(dev, sel, NULL);
	if (!ret)
		sel_mark(dev, sel, false);
	return ret;
}

int siov_ppt_read(struct siov_dev *dev, uint16_t sel, struct siov_ppt_entry *e)
{
	const volatile uint64_t *q;
	const struct siov_dev *t = table_of(dev);
	uint64_t v[4];

	if (!t)
		return -ENODEV;
	if (sel >= t->ppt_entries || !e)
		return -EINVAL;
	q = (const volatile uint64_t *)((const uint8_t *)t->ppt.cpu +
					(size_t)sel * SIOV_PPT_ENTRY_BYTES);
	for (unsigned int i = 0; i < 4; i++)
		v[i] = le64toh(q[i]);
	entry_from_qwords(v, e);
	return 0;
}

bool siov_ppt_allocated(const struct siov_dev *dev, uint16_t sel)
{
	const struct siov_dev *t = table_of(dev);

	return t && sel < t->ppt_entries && sel_used(t, sel);
}

int siov_ppt_stats(struct siov_dev *dev, struct siov_ppt_stats *s)
{
	uint32_t lo, hi, size, pasid, cap;
	int ret;

	memset(s, 0, sizeof(*s));
	ret = rd(dev, SIOV_BAR0_PPT_BASE_LO_OFFSET, &lo);
	if (!ret)
		ret = rd(dev, SIOV_BAR0_PPT_BASE_HI_OFFSET, &hi);
	if (!ret)
		ret = rd(dev, SIOV_BAR0_PPT_SIZE_OFFSET, &size);
	if (!ret)
		ret = rd(dev, SIOV_BAR0_PPT_PASID_OFFSET, &pasid);
	if (!ret)
		ret = rd(dev, SIOV_BAR0_PPT_CAP_OFFSET, &cap);
	if (!ret)
		ret = rd(dev, SIOV_BAR0_PPT_HITS_OFFSET, &s->hits);
	if (!ret)
		ret = rd(dev, SIOV_BAR0_PPT_MISSES_OFFSET, &s->misses);
	if (!ret)
		ret = rd(dev, SIOV_BAR0_PPT_EVICTIONS_OFFSET, &s->evictions);
	if (ret)
		return ret;
	s->base = ((uint64_t)hi << 32) | (lo & SIOV_BAR0_PPT_BASE_LO_ADDR_MASK);
	s->entries = FLD_GET(SIOV_BAR0_PPT_SIZE_ENTRIES, size);
	s->pasid_en = pasid & SIOV_BAR0_PPT_PASID_EN_MASK;
	s->pasid = s->pasid_en ? FLD_GET(SIOV_BAR0_PPT_PASID_PASID, pasid) : SIOV_NO_PASID;
	s->cache_entries = FLD_GET(SIOV_BAR0_PPT_CAP_CACHE_ENTRIES, cap);
	if (table_of(dev))
		for (unsigned int i = 0; i < SIOV_MAX_PPT_ENTRIES / 64; i++)
			s->used += (unsigned int)__builtin_popcountll(table_of(dev)->ppt_used[i]);
	return 0;
}

/* ---- peer sharing ---------------------------------------------------------------------------- */

int siov_ppt_share(struct siov_dev *dev, uint32_t owner_pasid, uint32_t peer_pasid, uint64_t base,
		   uint64_t size, unsigned int win_flags, uint16_t *sel)
{
	struct siov_ppt_entry e = {0};

	if (win_flags & ~SIOV_PPT_WIN_MASK)
		return -EINVAL;
	e.valid = true;
	e.allow_update = true;
	e.read = win_flags & SIOV_PPT_WIN_READ;
	e.write = win_flags & SIOV_PPT_WIN_WRITE;
	e.drain = win_flags & SIOV_PPT_WIN_DRAIN;
	e.range_check = win_flags & SIOV_PPT_WIN_CHECK;
	e.offset_mode = win_flags & SIOV_PPT_WIN_OFFSET;
	e.submitter_pasid = peer_pasid;
	e.access_pasid = owner_pasid;
	e.base = base;
	e.size = size;
	return siov_ppt_alloc(dev, &e, sel);
}

/* ---- descriptors ----------------------------------------------------------------------------- */

static void put16(struct dsa_hw_desc *d, unsigned int off, uint16_t v)
{
	uint16_t le = htole16(v);

	memcpy((uint8_t *)d + off, &le, sizeof(le));
}

static void put32(struct dsa_hw_desc *d, unsigned int off, uint32_t v)
{
	uint32_t le = htole32(v);

	memcpy((uint8_t *)d + off, &le, sizeof(le));
}

static void put64(struct dsa_hw_desc *d, unsigned int off, uint64_t v)
{
	uint64_t le = htole64(v);

	memcpy((uint8_t *)d + off, &le, sizeof(le));
}

/* Address 1 / address 2 through a selector (sel >= 0): the flag and the field. */
static void set_sel(struct dsa_hw_desc *d, int sel, uint32_t flag, unsigned int off)
{
	if (sel < 0)
		return;
	d->flags = (d->flags | flag) & SIOV_DESC_FLAGS_MASK;
	put16(d, off, (uint16_t)sel);
}

void siov_desc_id_memmove(struct dsa_hw_desc *d, uint64_t src, int src_sel, uint64_t dst,
			  int dst_sel, uint32_t size, uint64_t cr, uint32_t flags)
{
	siov_desc_init(d, SIOV_OPCODE_ID_MEMMOVE, cr, flags);
	d->src_addr = src;
	d->dst_addr = dst;
	d->xfer_size = size;
	set_sel(d, src_sel, SIOV_ID_FLAG_SRC_SEL, OFF_SEL1);
	set_sel(d, dst_sel, SIOV_ID_FLAG_DST_SEL, OFF_SEL2);
}

void siov_desc_id_fill(struct dsa_hw_desc *d, uint64_t dst, int dst_sel, uint32_t size,
		       uint64_t pattern, uint64_t cr, uint32_t flags)
{
	siov_desc_init(d, SIOV_OPCODE_ID_FILL, cr, flags);
	d->pattern = pattern;
	d->dst_addr = dst;
	d->xfer_size = size;
	set_sel(d, dst_sel, SIOV_ID_FLAG_DST_SEL, OFF_SEL2);
}

void siov_desc_id_compare(struct dsa_hw_desc *d, uint64_t src1, int sel1, uint64_t src2, int sel2,
			  uint32_t size, bool expect_different, uint64_t cr, uint32_t flags)
{
	siov_desc_init(d, SIOV_OPCODE_ID_COMPARE, cr, flags);
	d->src_addr = src1;
	d->src2_addr = src2;
	d->xfer_size = size;
	d->expected_res = expect_different ? 1 : 0;
	set_sel(d, sel1, SIOV_ID_FLAG_SRC_SEL, OFF_SEL1);
	set_sel(d, sel2, SIOV_ID_FLAG_DST_SEL, OFF_SEL2);
}

void siov_desc_id_compare_pattern(struct dsa_hw_desc *d, uint64_t src, int sel, uint64_t pattern,
				  uint32_t size, bool expect_different, uint64_t cr,
				  uint32_t flags)
{
	siov_desc_init(d, SIOV_OPCODE_ID_COMPVAL, cr, flags);
	d->src_addr = src;
	d->comp_pattern = pattern;
	d->xfer_size = size;
	d->expected_res = expect_different ? 1 : 0;
	set_sel(d, sel, SIOV_ID_FLAG_SRC_SEL, OFF_SEL1);
}

void siov_desc_id_notify(struct dsa_hw_desc *d, uint64_t addr, uint32_t value)
{
	d->flags = (d->flags | SIOV_ID_FLAG_NOTIFY) & SIOV_DESC_FLAGS_MASK;
	put64(d, OFF_NOTIFY_ADDR, addr);
	put32(d, OFF_NOTIFY_VALUE, value);
}

void siov_desc_update_window(struct dsa_hw_desc *d, uint16_t sel, uint64_t base, uint64_t size,
			     unsigned int win_flags, uint64_t cr, uint32_t flags)
{
	siov_desc_init(d, SIOV_OPCODE_UPDATE_WIN, cr, flags);
	put64(d, OFF_WIN_BASE, base);
	put64(d, OFF_WIN_SIZE, size);
	((uint8_t *)d)[OFF_WIN_FLAGS] = (uint8_t)win_flags;
	put16(d, OFF_WIN_SEL, sel);
}

void siov_desc_drain_access(struct dsa_hw_desc *d, uint16_t sel, uint64_t cr, uint32_t flags)
{
	siov_desc_init(d, DSA_OPCODE_DRAIN, cr, flags);
	set_sel(d, sel, SIOV_ID_FLAG_SRC_SEL, OFF_SEL1);
}
