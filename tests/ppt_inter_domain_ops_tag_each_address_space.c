// SPDX-License-Identifier: MIT
/*
 * One descriptor, several address spaces: a submitter (PASID 0x101) runs the inter-domain
 * memory move, fill, compare and compare pattern (0x23-0x26) between the spaces of A (0x202) and
 * B (0x303) through PPT entries. Every byte lands where it should; every request the device
 * sends carries the PASID of the space it touches (sources A, destinations B, completion records
 * the submitter's, the table no PASID), checked request by request on the captured traffic, and
 * the protocol checker sees no violation. Offset mode adds the window base; an address without
 * its flag stays in the submitter's own space; a destination notification lands in B's space
 * after the data and before the completion record.
 */
#include <string.h>

#include "ppt_util.h"
#include "sim.h"
#include "siov_test.h"
#include "tlp.h"

SIOV_TEST_CONFIG(.summary = "PPT: inter-domain ops move data with each space's PASID",
		 .sim_only = true);

#define MEM (256u * 1024)

bool test_main(void)
{
	struct ppt_env e = {0};
	struct ppt_dom s = {0}, a = {0}, b = {0};
	struct adi_ctx c = {0};
	struct dsa_hw_desc d;
	volatile struct dsa_completion_record *cr;
	const struct siov_ppt_notify *nt;
	uint16_t sel_a = 0, sel_b = 0, sel_boff = 0;
	unsigned int irqs;
	uint8_t expect[4096];

	CHECK_OK(ppt_env_init(&e, siov_test_dev(), 1, 256));
	CHECK_OK(ppt_dom_new(&e, &s, 0x101, MEM));
	CHECK_OK(ppt_dom_new(&e, &a, 0x202, MEM));
	CHECK_OK(ppt_dom_new(&e, &b, 0x303, MEM));
	CHECK_OK(ppt_adi_up(&e, 5, &s, 16, &c));
	cr = (volatile struct dsa_completion_record *)ppt_cpu(&s, 0);
	/* A opens its whole buffer for reading, B for reading and writing; B also through an
	 * offset-mode window starting 64 KiB into its buffer. */
	CHECK_OK(ppt_grant(&e, &s, &a, ppt_iova(&a, 0), MEM, SIOV_PPT_WIN_READ | SIOV_PPT_WIN_CHECK,
			   false, &sel_a));
	CHECK_OK(ppt_grant(&e, &s, &b, ppt_iova(&b, 0), MEM,
			   SIOV_PPT_WIN_READ | SIOV_PPT_WIN_WRITE | SIOV_PPT_WIN_CHECK, false, &sel_b));
	CHECK_OK(ppt_grant(&e, &s, &b, ppt_iova(&b, 65536), 65536,
			   SIOV_PPT_WIN_WRITE | SIOV_PPT_WIN_CHECK | SIOV_PPT_WIN_OFFSET, false,
			   &sel_boff));

	sim_capture_start();

	/* 1. Move A -> B (both through selectors) with a destination notification in B. */
	siov_desc_id_memmove(&d, ppt_iova(&a, 4096 + 3), sel_a, ppt_iova(&b, 8192 + 61), sel_b, 9000,
			     ppt_iova(&s, 0), 0);
	siov_desc_id_notify(&d, ppt_iova(&b, 200000), 0xcafe0001u);
	CHECK_EQ(ppt_run(&e, &c, &d, cr), DSA_COMP_SUCCESS, "move A -> B");
	CHECK_EQ(cr->bytes_completed, 9000);
	CHECK_ARRAYS_EQ(ppt_cpu(&b, 8192 + 61), ppt_cpu(&a, 4096 + 3), 9000, "A's bytes in B");
	nt = (const struct siov_ppt_notify *)ppt_cpu(&b, 200000);
	CHECK_EQ(nt->value, 0xcafe0001u, "notification value in B's space");
	CHECK_EQ(nt->bytes, 9000, "notification: bytes written");

	/* 2. Fill B through the offset-mode window: offset 100 is B + 64 KiB + 100. */
	siov_desc_id_fill(&d, 100, sel_boff, 3000, 0x0123456789abcdefull, ppt_iova(&s, 32), 0);
	CHECK_EQ(ppt_run(&e, &c, &d, cr + 1), DSA_COMP_SUCCESS, "fill B (offset mode)");
	for (unsigned int i = 0; i < 3000; i++)
		expect[i] = (uint8_t)(0x0123456789abcdefull >> (8 * (i % 8)));
	CHECK_ARRAYS_EQ(ppt_cpu(&b, 65536 + 100), expect, 3000, "pattern at base + offset");

	/* 3. Compare A with B (both reads through selectors): equal, then one byte different. */
	memcpy(ppt_cpu(&b, 150000), ppt_cpu(&a, 20000), 5000);
	siov_desc_id_compare(&d, ppt_iova(&a, 20000), sel_a, ppt_iova(&b, 150000), sel_b, 5000, false,
			     ppt_iova(&s, 64), 0);
	CHECK_EQ(ppt_run(&e, &c, &d, cr + 2), DSA_COMP_SUCCESS, "compare equal");
	CHECK_EQ(cr[2].result, 0);
	ppt_cpu(&b, 150000)[4321] ^= 0x40;
	CHECK_EQ(ppt_run(&e, &c, &d, cr + 2), DSA_COMP_SUCCESS, "compare different");
	CHECK_EQ(cr[2].result, 1);
	CHECK_EQ(cr[2].bytes_completed, 4321, "first difference");

	/* 4. Compare pattern on A. */
	memset(ppt_cpu(&a, 100000), 0x5a, 2000);
	siov_desc_id_compare_pattern(&d, ppt_iova(&a, 100000), sel_a, 0x5a5a5a5a5a5a5a5aull, 2000,
				     false, ppt_iova(&s, 96), 0);
	CHECK_EQ(ppt_run(&e, &c, &d, cr + 3), DSA_COMP_SUCCESS, "compare pattern");
	CHECK_EQ(cr[3].result, 0);

	/* 5. Move A -> the submitter's own space (address 2 without its flag). */
	siov_desc_id_memmove(&d, ppt_iova(&a, 30000), sel_a, ppt_iova(&s, 40000), -1, 4096,
			     ppt_iova(&s, 128), 0);
	CHECK_EQ(ppt_run(&e, &c, &d, cr + 4), DSA_COMP_SUCCESS, "move A -> own space");
	CHECK_ARRAYS_EQ(ppt_cpu(&s, 40000), ppt_cpu(&a, 30000), 4096);
	sim_capture_stop();

	/* Every request in its space, with its PASID. */
	struct siov_ppt_stats st = {0};

	CHECK_OK(siov_ppt_stats(e.d, &st));
	struct pasid_region r[] = {
		{s.mem.iova, s.mem.iova + MEM, s.pasid, 0, 0},
		{a.mem.iova, a.mem.iova + MEM, a.pasid, 0, 0},
		{b.mem.iova, b.mem.iova + MEM, b.pasid, 0, 0},
		{st.base, st.base + 32ull * st.entries, SIOV_NO_PASID, 0, 0}, /* the table */
	};
	adi_check_capture(r, 4, &irqs);
	CHECK(r[1].reads > 0 && r[1].writes == 0, "A read only (%u reads)", r[1].reads);
	CHECK(r[2].reads > 0 && r[2].writes > 0, "B read and written");
	CHECK(r[0].writes >= 6, "completion records and the own-space move in the submitter's");
	CHECK_EQ(r[3].writes, 0, "the table is only read");
	CHECK(r[3].reads >= 1 && r[3].reads <= 3, "%u table reads: one per entry (cached)",
	      r[3].reads);

	/* Order of the first descriptor: data to B, then the notification, then the record. */
	{
		int last_data = -1, ntf = -1, rec = -1;

		for (unsigned int i = 0; i < sim_capture_count(); i++) {
			struct tlp t;
			uint64_t ad;

			sim_capture_tlp(sim_capture_get(i), &t);
			if (tlp_kind(&t) != TLP_K_MWR)
				continue;
			ad = tlp_addr(&t);
			if (ad >= ppt_iova(&b, 8192) && ad < ppt_iova(&b, 8192 + 9100) && ntf < 0)
				last_data = (int)i;
			if (ad == ppt_iova(&b, 200000) && ntf < 0)
				ntf = (int)i;
			if (ad == ppt_iova(&s, 0) && rec < 0)
				rec = (int)i;
		}
		CHECK(last_data >= 0 && ntf > last_data && rec > ntf,
		      "data (last %d) < notification (%d) < completion record (%d)", last_data, ntf,
		      rec);
	}
	CHECK_EQ(sim_checker_violations(), 0);
	adi_ctx_close(&c);
	return true;
}
