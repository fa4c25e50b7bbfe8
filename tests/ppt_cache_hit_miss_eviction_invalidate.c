// SPDX-License-Identifier: MIT
/*
 * The on-device PPT cache: the first lookup of a selector misses (one table read), the next ones
 * hit; with more selectors in use than the cache holds the oldest entry is evicted (first in,
 * first out) and misses again; a privileged update or an invalidate makes the device read the
 * entry again (the new window applies at once); revoking an entry while a long copy uses it
 * returns only after that copy has finished (the invalidate waits for its users), and later
 * descriptors through it fail with 0x31. The counters are the BAR0 ppt_hits / ppt_misses /
 * ppt_evictions registers.
 */
#include <string.h>

#include "ppt_util.h"
#include "siov_test.h"

SIOV_TEST_CONFIG(.summary = "PPT cache: hits, misses, FIFO eviction, invalidate, revoke");

#define MEM (4u << 20)

static struct ppt_env e = {0};
static struct ppt_dom s = {0}, a = {0};
static struct adi_ctx c = {0};
static struct siov_ppt_stats st0;

static int copy_via(uint16_t sel, uint32_t off, uint32_t len)
{
	struct dsa_hw_desc d;
	volatile struct dsa_completion_record *cr =
		(volatile struct dsa_completion_record *)ppt_cpu(&s, 0);

	siov_desc_id_memmove(&d, ppt_iova(&a, off), sel, ppt_iova(&s, 4096 + off), -1, len,
			     ppt_iova(&s, 0), 0);
	return ppt_run(&e, &c, &d, cr);
}

/* Counter changes since the last call. */
static void delta(unsigned int *h, unsigned int *m, unsigned int *ev)
{
	struct siov_ppt_stats st = {0};

	CHECK_OK(siov_ppt_stats(e.d, &st));
	*h = st.hits - st0.hits;
	*m = st.misses - st0.misses;
	*ev = st.evictions - st0.evictions;
	st0 = st;
}

bool test_main(void)
{
	uint16_t sel[80] = {0};
	unsigned int h, m, ev, n;
	struct siov_ppt_entry pe = {0};
	struct dsa_hw_desc d;
	volatile struct dsa_completion_record *cr2;

	CHECK_OK(ppt_env_init(&e, siov_test_dev(), 1, 1024));
	CHECK_OK(ppt_dom_new(&e, &s, 0x11, MEM));
	CHECK_OK(ppt_dom_new(&e, &a, 0x22, MEM));
	CHECK_OK(ppt_adi_up(&e, 1, &s, 8, &c));
	CHECK_OK(siov_ppt_stats(e.d, &st0));
	n = st0.cache_entries;
	CHECK(n >= 2 && n + 8 <= 80, "cache of %u entries", n);
	for (unsigned int i = 0; i < n + 8; i++)
		CHECK_OK(ppt_grant(&e, &s, &a, ppt_iova(&a, 0), MEM,
				   SIOV_PPT_WIN_READ | SIOV_PPT_WIN_CHECK, false, &sel[i]));
	delta(&h, &m, &ev);

	/* Miss, then hits. */
	CHECK_EQ(copy_via(sel[0], 0, 64), DSA_COMP_SUCCESS);
	delta(&h, &m, &ev);
	CHECK(h == 0 && m == 1 && ev == 0, "first lookup: %u hits %u misses %u evictions", h, m, ev);
	for (unsigned int i = 0; i < 3; i++)
		CHECK_EQ(copy_via(sel[0], 64 * i, 64), DSA_COMP_SUCCESS);
	delta(&h, &m, &ev);
	CHECK(h == 3 && m == 0, "cached: %u hits %u misses", h, m);

	/* Fill the cache (sel[0..n-1]), then one more: sel[0], the oldest, is evicted. */
	for (unsigned int i = 1; i < n; i++)
		CHECK_EQ(copy_via(sel[i], 0, 64), DSA_COMP_SUCCESS);
	delta(&h, &m, &ev);
	CHECK(m == n - 1 && ev == 0, "%u new entries: %u misses %u evictions", n - 1, m, ev);
	CHECK_EQ(copy_via(sel[n], 0, 64), DSA_COMP_SUCCESS);
	delta(&h, &m, &ev);
	CHECK(m == 1 && ev == 1, "entry %u: %u misses %u evictions", n + 1, m, ev);
	CHECK_EQ(copy_via(sel[n], 0, 64), DSA_COMP_SUCCESS);
	CHECK_EQ(copy_via(sel[n - 1], 0, 64), DSA_COMP_SUCCESS);
	delta(&h, &m, &ev);
	CHECK(h == 2 && m == 0, "newest entries still cached: %u hits %u misses", h, m);
	CHECK_EQ(copy_via(sel[0], 0, 64), DSA_COMP_SUCCESS);
	delta(&h, &m, &ev);
	CHECK(m == 1 && ev == 1, "evicted entry read again: %u misses %u evictions", m, ev);

	/* Invalidate one: it misses again; the others still hit. */
	CHECK_OK(siov_ppt_invalidate(e.d, sel[n]));
	CHECK_EQ(copy_via(sel[n], 0, 64), DSA_COMP_SUCCESS);
	CHECK_EQ(copy_via(sel[n - 1], 0, 64), DSA_COMP_SUCCESS);
	delta(&h, &m, &ev);
	CHECK(h == 1 && m == 1, "after invalidate: %u hits %u misses", h, m);
	/* Invalidate all: everything misses once. */
	CHECK_OK(siov_ppt_invalidate(e.d, -1));
	CHECK_EQ(copy_via(sel[n], 0, 64), DSA_COMP_SUCCESS);
	CHECK_EQ(copy_via(sel[n - 1], 0, 64), DSA_COMP_SUCCESS);
	delta(&h, &m, &ev);
	CHECK(h == 0 && m == 2, "after invalidate all: %u hits %u misses", h, m);

	/* A privileged update narrows a cached entry: the new window applies to the next copy. */
	CHECK_OK(siov_ppt_read(e.d, sel[n], &pe));
	pe.size = 4096;
	CHECK_OK(siov_ppt_update(e.d, sel[n], &pe));
	CHECK_EQ(copy_via(sel[n], 4000, 200), SIOV_PPT_ST_RANGE, "outside the narrowed window");
	CHECK_EQ(copy_via(sel[n], 0, 4096), DSA_COMP_SUCCESS, "inside it");

	/* Revoke while a 2 MiB copy uses the entry: the revoke returns after the copy is done. */
	cr2 = (volatile struct dsa_completion_record *)ppt_cpu(&s, 64);
	memset((void *)cr2, 0, 32);
	siov_desc_id_memmove(&d, ppt_iova(&a, 0), sel[1], ppt_iova(&s, 4096), -1, 2u << 20,
			     ppt_iova(&s, 64), 0);
	CHECK_OK(adi_submit(&c, &d));
	siov_wait(e.d, 3000); /* the copy has looked the entry up and is moving data */
	CHECK_EQ(cr2->status, 0, "the long copy is still running");
	CHECK_OK(siov_ppt_revoke(e.d, sel[1]));
	CHECK_EQ(cr2->status & 0x7f, DSA_COMP_SUCCESS,
		 "when the revoke returns, the copy that held the entry has completed");
	CHECK_ARRAYS_EQ(ppt_cpu(&s, 4096), ppt_cpu(&a, 0), 2u << 20);
	CHECK_EQ(copy_via(sel[1], 0, 64), SIOV_PPT_ST_ENTRY_INVALID, "revoked");
	return true;
}
