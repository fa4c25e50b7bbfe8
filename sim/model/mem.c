// SPDX-License-Identifier: MIT
/*
 * mem.c - host memory and a PASID-granular IOMMU.
 *
 * Host memory is one lazily backed region of host-physical addresses [MEM_BASE, MEM_BASE +
 * MEM_SIZE), handed out by a bump allocator. The IOMMU holds I/O address spaces (4 KiB pages,
 * read/write permissions per page, a hash table per space) and attaches them to PASIDs and to
 * requests without a PASID, the way VT-d scalable mode attaches domains to a device's RID and
 * PASIDs. A device access whose PASID (or RID) has no address space, whose page is not mapped,
 * or which lacks the permission is a fault.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "sim_int.h"

#define MEM_BASE 0x100000000ull   /* 4 GiB: host RAM the model hands out */
#define MEM_SIZE (8ull << 30)
#define PAGE 4096ull
#define MAX_AS 4096
#define NUM_PASIDS (1u << 20)

struct pte {
	uint64_t vpn;      /* key: IOVA >> 12, plus one (0 = empty slot) */
	uint64_t pfn;      /* host-physical page */
	unsigned int prot;
};

struct as {
	bool used;
	struct pte *tab;
	uint64_t cap, count;
};

static uint8_t *ram;
static uint64_t ram_next;
static struct as spaces[MAX_AS];
static uint16_t *pasid_as;   /* PASID -> address space id (0 = none) */
static uint16_t rid_as;      /* requests without PASID */

void mem_init(struct sim *s)
{
	(void)s;
	ram = mmap(NULL, MEM_SIZE, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	pasid_as = calloc(NUM_PASIDS, sizeof(*pasid_as));
	if (ram == MAP_FAILED || !pasid_as)
		abort();
	ram_next = MEM_BASE;
}

uint64_t sim_mem_alloc(uint64_t size, uint64_t align)
{
	uint64_t pa;

	if (align < 64)
		align = 64;
	pa = (ram_next + align - 1) & ~(align - 1);
	if (pa + size > MEM_BASE + MEM_SIZE)
		return 0;
	ram_next = pa + size;
	memset(ram + (pa - MEM_BASE), 0, size);
	return pa;
}

void *sim_mem_ptr(uint64_t pa)
{
	if (pa < MEM_BASE || pa >= MEM_BASE + MEM_SIZE)
		return NULL;
	return ram + (pa - MEM_BASE);
}

static uint64_t hash(uint64_t x)
{
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdull;
	x ^= x >> 33;
	return x;
}

static struct pte *lookup(struct as *a, uint64_t vpn, bool insert)
{
	uint64_t i;

	if (insert && (a->count + 1) * 2 > a->cap) {
		uint64_t ocap = a->cap, ncap = ocap ? ocap * 2 : 1024;
		struct pte *old = a->tab, *nt = calloc(ncap, sizeof(*nt));

		if (!nt)
			abort();
		a->tab = nt;
		a->cap = ncap;
		a->count = 0;
		for (uint64_t j = 0; j < ocap; j++) {
			if (old[j].vpn) {
				struct pte *p = lookup(a, old[j].vpn - 1, true);

				*p = old[j];
				a->count++;
			}
		}
		free(old);
	}
	if (!a->cap)
		return NULL;
	for (i = hash(vpn) & (a->cap - 1);; i = (i + 1) & (a->cap - 1)) {
		if (a->tab[i].vpn == vpn + 1)
			return &a->tab[i];
		if (!a->tab[i].vpn)
			return insert ? &a->tab[i] : NULL;
	}
}

int sim_as_create(void)
{
	for (int i = 1; i < MAX_AS; i++) {
		if (!spaces[i].used) {
			spaces[i].used = true;
			return i;
		}
	}
	return -ENOSPC;
}

int sim_as_map(int as, uint64_t iova, uint64_t pa, uint64_t size, unsigned int prot)
{
	struct as *a;

	if (as <= 0 || as >= MAX_AS || !spaces[as].used)
		return -EINVAL;
	if ((iova | pa | size) & (PAGE - 1))
		return -EINVAL;
	if (pa < MEM_BASE || pa + size > MEM_BASE + MEM_SIZE)
		return -EINVAL;
	a = &spaces[as];
	for (uint64_t off = 0; off < size; off += PAGE) {
		struct pte *p = lookup(a, (iova + off) / PAGE, true);

		if (!p->vpn)
			a->count++;
		p->vpn = (iova + off) / PAGE + 1;
		p->pfn = (pa + off) / PAGE;
		p->prot = prot;
	}
	return 0;
}

int sim_as_unmap(int as, uint64_t iova, uint64_t size)
{
	struct as *a;

	if (as <= 0 || as >= MAX_AS || !spaces[as].used)
		return -EINVAL;
	a = &spaces[as];
	for (uint64_t off = 0; off < size; off += PAGE) {
		struct pte *p = lookup(a, (iova + off) / PAGE, false);

		/* Keep the slot as a tombstone so that probing chains stay intact. */
		if (p)
			p->prot = 0;
	}
	return 0;
}

int sim_as_attach(int as, uint32_t pasid)
{
	if (as <= 0 || as >= MAX_AS || !spaces[as].used)
		return -EINVAL;
	if (pasid == SIM_NO_PASID)
		rid_as = (uint16_t)as;
	else if (pasid < NUM_PASIDS)
		pasid_as[pasid] = (uint16_t)as;
	else
		return -EINVAL;
	return 0;
}

int sim_as_detach(uint32_t pasid)
{
	if (pasid == SIM_NO_PASID)
		rid_as = 0;
	else if (pasid < NUM_PASIDS)
		pasid_as[pasid] = 0;
	else
		return -EINVAL;
	return 0;
}

int mem_translate(bool has_pasid, uint32_t pasid, uint64_t addr, unsigned int len, bool write,
		  uint8_t **cpu)
{
	unsigned int as = has_pasid ? pasid_as[pasid & (NUM_PASIDS - 1)] : rid_as;
	struct as *a = &spaces[as];
	uint64_t pfn0 = 0;

	if (!as)
		return SIM_FAULT_NO_AS;
	/* Requests never cross 4 KiB pages (checked separately); translate every page touched. */
	for (uint64_t page = addr / PAGE; page <= (addr + len - 1) / PAGE; page++) {
		struct pte *p = lookup(a, page, false);

		if (!p || !p->prot)
			return SIM_FAULT_UNMAPPED;
		if (!(p->prot & (write ? SIM_PROT_WRITE : SIM_PROT_READ)))
			return SIM_FAULT_PERM;
		if (page == addr / PAGE)
			pfn0 = p->pfn;
		else if (p->pfn != pfn0 + (page - addr / PAGE))
			return SIM_FAULT_UNMAPPED; /* not contiguous: cannot serve as one access */
	}
	*cpu = ram + (pfn0 * PAGE - MEM_BASE) + (addr & (PAGE - 1));
	return 0;
}

void mem_record_fault(struct sim *s, bool has_pasid, uint32_t pasid, uint64_t addr, bool write,
		      int reason)
{
	unsigned int next = (s->fault_tail + 1) % s->fault_cap;

	sim_log("iommu: %s fault, %s %05x, addr 0x%llx: %s", write ? "write" : "read",
		has_pasid ? "PASID" : "no PASID", has_pasid ? pasid : 0, (unsigned long long)addr,
		reason == SIM_FAULT_NO_AS ? "no address space attached" :
		reason == SIM_FAULT_UNMAPPED ? "not mapped" : "permission");
	if (next == s->fault_head)
		return;
	s->faults[s->fault_tail] = (struct sim_fault){
		.cycle = s->cycle, .has_pasid = has_pasid, .pasid = pasid, .addr = addr,
		.write = write, .reason = (enum sim_fault_reason)reason};
	s->fault_tail = next;
}

int sim_fault_pop(struct sim_fault *f)
{
	struct sim *s = sim_g;

	if (s->fault_head == s->fault_tail)
		return 0;
	*f = s->faults[s->fault_head];
	s->fault_head = (s->fault_head + 1) % s->fault_cap;
	return 1;
}

unsigned int sim_fault_count(void)
{
	struct sim *s = sim_g;

	return (s->fault_tail + s->fault_cap - s->fault_head) % s->fault_cap;
}
