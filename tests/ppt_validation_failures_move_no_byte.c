// SPDX-License-Identifier: MIT
/*
 * FIG. 6 validation: every way a PPT check can fail ends the descriptor before a byte moves, with
 * its own status code (docs/ppt.md section 4), the failing address in the result byte and the
 * selector in the fault-address field: selector beyond the table (0x30), invalid entry (0x31),
 * an entry of another submitter (0x32), no read (0x33) / write (0x34) permission, outside the
 * window in address and offset mode and for the notification (0x35), the table not readable
 * (0x36), drain without permission (0x3A; with it, the drain waits for the fills into the
 * access space that were running); selector fields without their flags (0x12), flags an
 * opcode does not take (0x11). No request reaches A's or B's memory for any of them. An entry
 * with the submitter check disabled serves two submitters; the same error without a completion
 * record goes to SWERR.
 */
#include <string.h>

#include "ppt_util.h"
#include "sim.h"
#include "siov_test.h"
#include "tlp.h"

SIOV_TEST_CONFIG(.summary = "PPT: each validation failure has its status, no byte moves",
		 .sim_only = true);

#define MEM (128u * 1024)
#define WIN 65536u

static struct ppt_env e = {0};
static struct ppt_dom s = {0}, x = {0}, a = {0}, b = {0};
static struct adi_ctx cs = {0}, cs2 = {0}, cx = {0};
static uint8_t snap_a[MEM], snap_b[MEM];

static void expect_fail(struct adi_ctx *c, const struct ppt_dom *sub, struct dsa_hw_desc *d,
			unsigned int st, unsigned int which, unsigned int sel, const char *what)
{
	volatile struct dsa_completion_record *cr =
		(volatile struct dsa_completion_record *)ppt_cpu(sub, 0);

	d->completion_addr = ppt_iova(sub, 0);
	d->flags |= IDXD_OP_FLAG_CRAV | IDXD_OP_FLAG_RCR;
	memcpy(snap_a, a.mem.cpu, MEM);
	memcpy(snap_b, b.mem.cpu, MEM);
	sim_capture_start();
	CHECK_EQ(ppt_run(&e, c, d, cr), st, "%s: status", what);
	siov_wait(e.d, 2000);
	sim_capture_stop();
	CHECK_EQ(cr->result, which, "%s: which address", what);
	if (st >= 0x30)
		CHECK_EQ(cr->fault_addr, sel, "%s: selector in the fault address", what);
	CHECK_EQ(cr->bytes_completed, 0, "%s", what);
	CHECK_ARRAYS_EQ((uint8_t *)a.mem.cpu, snap_a, MEM, "%s: A untouched", what);
	CHECK_ARRAYS_EQ((uint8_t *)b.mem.cpu, snap_b, MEM, "%s: B untouched", what);
	for (unsigned int i = 0; i < sim_capture_count(); i++) {
		struct tlp t;
		uint64_t ad;

		sim_capture_tlp(sim_capture_get(i), &t);
		ad = tlp_addr(&t);
		if (tlp_kind(&t) != TLP_K_MRD && tlp_kind(&t) != TLP_K_MWR)
			continue;
		CHECK(!(ad >= a.mem.iova && ad < a.mem.iova + MEM) &&
		      !(ad >= b.mem.iova && ad < b.mem.iova + MEM),
		      "%s: request %u to 0x%llx in A or B", what, i, (unsigned long long)ad);
	}
}

bool test_main(void)
{
	struct dsa_hw_desc d;
	volatile struct dsa_completion_record *cr;
	struct siov_swerr sw = {0};
	struct siov_ppt_stats st = {0};
	uint16_t r_a = 0, w_b = 0, off_b = 0, foreign = 0, any_a = 0, nodrain = 0, dr = 0, dead = 0;

	CHECK_OK(ppt_env_init(&e, siov_test_dev(), 1, 256));
	CHECK_OK(ppt_dom_new(&e, &s, 0x111, MEM));
	CHECK_OK(ppt_dom_new(&e, &x, 0x222, MEM));
	CHECK_OK(ppt_dom_new(&e, &a, 0x333, MEM));
	CHECK_OK(ppt_dom_new(&e, &b, 0x444, MEM));
	CHECK_OK(ppt_adi_up(&e, 2, &s, 8, &cs));
	CHECK_OK(ppt_adi_up(&e, 9, &x, 8, &cx));
	CHECK_OK(ppt_adi_up(&e, 12, &s, 8, &cs2));
	/* S may read A's first 64 KiB and write B's first 64 KiB; B's second half through an
	 * offset window; X may read A; anyone may read A's second half. */
	CHECK_OK(ppt_grant(&e, &s, &a, ppt_iova(&a, 0), WIN, SIOV_PPT_WIN_READ | SIOV_PPT_WIN_CHECK,
			   false, &r_a));
	CHECK_OK(ppt_grant(&e, &s, &b, ppt_iova(&b, 0), WIN, SIOV_PPT_WIN_WRITE | SIOV_PPT_WIN_CHECK,
			   false, &w_b));
	CHECK_OK(ppt_grant(&e, &s, &b, ppt_iova(&b, WIN), WIN,
			   SIOV_PPT_WIN_WRITE | SIOV_PPT_WIN_CHECK | SIOV_PPT_WIN_OFFSET, false, &off_b));
	CHECK_OK(ppt_grant(&e, &x, &a, ppt_iova(&a, 0), MEM, SIOV_PPT_WIN_READ, false, &foreign));
	CHECK_OK(ppt_grant(&e, NULL, &a, ppt_iova(&a, WIN), WIN,
			   SIOV_PPT_WIN_READ | SIOV_PPT_WIN_CHECK, false, &any_a));
	CHECK_OK(ppt_grant(&e, &s, &b, 0, 0, SIOV_PPT_WIN_READ, false, &nodrain));
	CHECK_OK(ppt_grant(&e, &s, &b, 0, 0, SIOV_PPT_WIN_DRAIN, false, &dr));
	CHECK_OK(ppt_grant(&e, &s, &a, 0, 0, SIOV_PPT_WIN_READ, false, &dead));
	CHECK_OK(siov_ppt_revoke(e.d, dead));

	/* Selector beyond the table. */
	siov_desc_id_memmove(&d, ppt_iova(&a, 0), 300, ppt_iova(&b, 0), w_b, 64, 0, 0);
	expect_fail(&cs, &s, &d, SIOV_PPT_ST_SEL_RANGE, 1, 300, "selector 300 of 256");
	/* Invalid (revoked) entry. */
	siov_desc_id_memmove(&d, ppt_iova(&a, 0), r_a, ppt_iova(&b, 0), dead, 64, 0, 0);
	expect_fail(&cs, &s, &d, SIOV_PPT_ST_ENTRY_INVALID, 2, dead, "revoked entry");
	/* X's entry named by S: refused. */
	siov_desc_id_memmove(&d, ppt_iova(&a, 0), foreign, ppt_iova(&b, 0), w_b, 64, 0, 0);
	expect_fail(&cs, &s, &d, SIOV_PPT_ST_SUBMITTER, 1, foreign, "another submitter's entry");
	/* Permissions: reading through a write-only entry, writing through a read-only one. */
	siov_desc_id_compare(&d, ppt_iova(&a, 0), r_a, ppt_iova(&b, 0), w_b, 64, false, 0, 0);
	expect_fail(&cs, &s, &d, SIOV_PPT_ST_NO_READ, 2, w_b, "compare reads B (write-only)");
	siov_desc_id_memmove(&d, ppt_iova(&a, 0), r_a, ppt_iova(&a, 1000), r_a, 64, 0, 0);
	expect_fail(&cs, &s, &d, SIOV_PPT_ST_NO_WRITE, 2, r_a, "move into A (read-only)");
	/* Windows: past the end, below the base, offset beyond the size, the notification. */
	siov_desc_id_memmove(&d, ppt_iova(&a, WIN - 100), r_a, ppt_iova(&b, 0), w_b, 101, 0, 0);
	expect_fail(&cs, &s, &d, SIOV_PPT_ST_RANGE, 1, r_a, "source one byte past the window");
	siov_desc_id_memmove(&d, ppt_iova(&a, 0), r_a, ppt_iova(&b, 0) - 1, w_b, 64, 0, 0);
	expect_fail(&cs, &s, &d, SIOV_PPT_ST_RANGE, 2, w_b, "destination one byte below the base");
	siov_desc_id_fill(&d, WIN - 8, off_b, 9, 0, 0, 0);
	expect_fail(&cs, &s, &d, SIOV_PPT_ST_RANGE, 2, off_b, "offset + size beyond the window");
	siov_desc_id_memmove(&d, ppt_iova(&a, 0), r_a, ppt_iova(&b, 0), w_b, 64, 0, 0);
	siov_desc_id_notify(&d, ppt_iova(&b, WIN), 1);
	expect_fail(&cs, &s, &d, SIOV_PPT_ST_RANGE, 3, w_b, "notification just past the window");
	/* Drain of B's PASID without the drain permission. */
	siov_desc_drain_access(&d, nodrain, 0, 0);
	expect_fail(&cs, &s, &d, SIOV_PPT_ST_NO_DRAIN, 1, nodrain, "drain without permission");
	/* Field checks before the table: a selector without its flag, a flag fill does not take. */
	siov_desc_id_memmove(&d, ppt_iova(&a, 0), r_a, ppt_iova(&s, 8192), -1, 64, 0, 0);
	((uint8_t *)&d)[62] = 1;
	expect_fail(&cs, &s, &d, DSA_COMP_NOZERO_RESERVE, 0, 0, "address-2 selector without flag 17");
	siov_desc_id_fill(&d, ppt_iova(&b, 0), w_b, 64, 0, 0, SIOV_ID_FLAG_SRC_SEL);
	expect_fail(&cs, &s, &d, DSA_COMP_INVALID_FLAGS, 0, 0, "fill with flag 16");

	/* The table not readable: base moved to unmapped memory, cache invalidated. */
	CHECK_OK(siov_ppt_stats(e.d, &st));
	CHECK_OK(siov_mmio_write32(e.d, 0, SIOV_BAR0_PPT_BASE_HI_OFFSET, 0x7000));
	CHECK_OK(siov_ppt_invalidate(e.d, -1));
	siov_desc_id_memmove(&d, ppt_iova(&a, 0), r_a, ppt_iova(&b, 0), w_b, 64, 0, 0);
	expect_fail(&cs, &s, &d, SIOV_PPT_ST_READ_FAULT, 1, r_a, "table read fault");
	while (sim_fault_count()) {
		struct sim_fault f;

		sim_fault_pop(&f);
	}
	CHECK_OK(siov_mmio_write32(e.d, 0, SIOV_BAR0_PPT_BASE_HI_OFFSET, (uint32_t)(st.base >> 32)));

	/* The same checks pass: data moves. Drain with the permission completes. */
	cr = (volatile struct dsa_completion_record *)ppt_cpu(&s, 0);
	siov_desc_id_memmove(&d, ppt_iova(&a, 100), r_a, ppt_iova(&b, 200), w_b, 5000,
			     ppt_iova(&s, 0), 0);
	CHECK_EQ(ppt_run(&e, &cs, &d, cr), DSA_COMP_SUCCESS, "valid move");
	CHECK_ARRAYS_EQ(ppt_cpu(&b, 200), ppt_cpu(&a, 100), 5000);
	siov_desc_id_fill(&d, WIN - 64, off_b, 64, 0x1111111111111111ull, ppt_iova(&s, 0), 0);
	CHECK_EQ(ppt_run(&e, &cs, &d, cr), DSA_COMP_SUCCESS, "offset fill up to the window end");
	CHECK_EQ(ppt_cpu(&b, 2 * WIN - 1)[0], 0x11);
	/* Drain of B's PASID with the permission: it completes only after the fills into B that
	 * were running on another ADI when it started. */
	{
		volatile struct dsa_completion_record *fcr =
			(volatile struct dsa_completion_record *)ppt_cpu(&s, 1024);

		memset((void *)fcr, 0, 4 * 32);
		for (unsigned int i = 0; i < 4; i++) {
			siov_desc_id_fill(&d, ppt_iova(&b, 0), w_b, WIN, 0x2222222222222222ull * (i + 1),
					  ppt_iova(&s, 1024 + 32 * i), 0);
			CHECK_OK(adi_submit(&cs2, &d));
		}
		siov_wait(e.d, 200); /* the fills are on engines */
		siov_desc_drain_access(&d, dr, ppt_iova(&s, 0), 0);
		CHECK_EQ(ppt_run(&e, &cs, &d, cr), DSA_COMP_SUCCESS, "drain with permission");
		for (unsigned int i = 0; i < 4; i++)
			CHECK_EQ(fcr[i].status, DSA_COMP_SUCCESS,
				 "fill %u into B complete when the drain of B's PASID is", i);
	}

	/* Submitter check disabled: S and X both read A's second half through one entry. */
	siov_desc_id_memmove(&d, ppt_iova(&a, WIN + 10), any_a, ppt_iova(&s, 9000), -1, 3000,
			     ppt_iova(&s, 0), 0);
	CHECK_EQ(ppt_run(&e, &cs, &d, cr), DSA_COMP_SUCCESS, "S through the open entry");
	CHECK_ARRAYS_EQ(ppt_cpu(&s, 9000), ppt_cpu(&a, WIN + 10), 3000);
	siov_desc_id_memmove(&d, ppt_iova(&a, WIN + 20), any_a, ppt_iova(&x, 9000), -1, 3000,
			     ppt_iova(&x, 0), 0);
	CHECK_EQ(ppt_run(&e, &cx, &d, (volatile struct dsa_completion_record *)ppt_cpu(&x, 0)),
		 DSA_COMP_SUCCESS, "X through the open entry");
	CHECK_ARRAYS_EQ(ppt_cpu(&x, 9000), ppt_cpu(&a, WIN + 20), 3000);

	/* Without a completion record the error goes to SWERR. */
	CHECK_OK(siov_swerr_clear(e.d));
	siov_desc_id_memmove(&d, ppt_iova(&a, WIN), r_a, ppt_iova(&b, 0), w_b, 64, 0, 0);
	CHECK_OK(adi_submit(&cs, &d));
	siov_wait(e.d, 3000);
	CHECK_OK(siov_swerr_read(e.d, &sw));
	CHECK(sw.valid && sw.code == SIOV_PPT_ST_RANGE && sw.opcode == SIOV_OPCODE_ID_MEMMOVE &&
	      sw.adi == cs.adi && sw.pasid == s.pasid, "SWERR: code 0x%x opcode 0x%x", sw.code,
	      sw.opcode);
	CHECK_OK(siov_swerr_clear(e.d));
	CHECK_EQ(sim_checker_violations(), 0);
	return true;
}
