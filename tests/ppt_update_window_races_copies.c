// SPDX-License-Identifier: MIT
/*
 * Update Window (0x21) from the owner, racing a stream of copies by the peer ([0036], [0037],
 * [0041]-[0042]). A (owner, PASID 0x510) shares 128 KiB with B (peer, 0x620) through the host
 * driver; B copies 4 KiB chunks out of it on two ADIs while A narrows the window to the first
 * 64 KiB. Every copy ends either whole (status 0x01, all 4096 bytes) or refused (0x35, no byte):
 * never a mix; no copy of a chunk the new window forbids completes after the Update Window's
 * completion record; copies submitted after it obey the new window; the table in memory holds the
 * new window. Also: only the owner may update (0x37), only entries with allow-update (0x38),
 * the mode cannot change and the window cannot wrap (0x39).
 */
#include <string.h>

#include "ppt_util.h"
#include "sim.h"
#include "siov_test.h"
#include "tlp.h"

SIOV_TEST_CONFIG(.summary = "PPT: Update Window racing copies: old or new window, never a mix",
		 .sim_only = true);

#define SHARE  (128u * 1024)
#define NARROW (64u * 1024)
#define CHUNK  4096u
#define NCOPY  48

static struct ppt_env e = {0};
static struct ppt_dom a = {0}, b = {0};
static struct adi_ctx ca = {0}, cb[2] = {0};

bool test_main(void)
{
	struct dsa_hw_desc d;
	volatile struct dsa_completion_record *cr, *ucr;
	struct siov_ppt_entry pe = {0};
	uint16_t sel = 0, fixed = 0;
	unsigned int chunk[NCOPY], phase[NCOPY];
	int cr_at[NCOPY], ucr_at = -1;
	unsigned int ok_narrow = 0, ok_wide = 0, refused = 0;

	CHECK_OK(ppt_env_init(&e, siov_test_dev(), 1, 64));
	CHECK_OK(ppt_dom_new(&e, &a, 0x510, 2 * SHARE));
	CHECK_OK(ppt_dom_new(&e, &b, 0x620, 2 * SHARE + NCOPY * CHUNK));
	CHECK_OK(ppt_adi_up(&e, 1, &a, 8, &ca));
	CHECK_OK(ppt_adi_up(&e, 2, &b, 32, &cb[0]));
	CHECK_OK(ppt_adi_up(&e, 3, &b, 32, &cb[1]));
	CHECK_OK(siov_ppt_share(e.d, a.pasid, b.pasid, ppt_iova(&a, 0), SHARE,
				SIOV_PPT_WIN_READ | SIOV_PPT_WIN_CHECK, &sel));
	CHECK_OK(ppt_grant(&e, &b, &a, ppt_iova(&a, 0), SHARE, SIOV_PPT_WIN_READ, false, &fixed));
	ucr = (volatile struct dsa_completion_record *)ppt_cpu(&a, 2 * SHARE - 64);

	/* Refused updates. */
	siov_desc_update_window(&d, sel, ppt_iova(&a, 0), 4096, SIOV_PPT_WIN_READ, ppt_iova(&b, 0), 0);
	CHECK_EQ(ppt_run(&e, &cb[0], &d, (volatile struct dsa_completion_record *)ppt_cpu(&b, 0)),
		 SIOV_PPT_ST_NOT_OWNER, "the peer cannot update");
	siov_desc_update_window(&d, fixed, ppt_iova(&a, 0), 4096, SIOV_PPT_WIN_READ,
				ppt_iova(&a, 2 * SHARE - 64), 0);
	CHECK_EQ(ppt_run(&e, &ca, &d, ucr), SIOV_PPT_ST_NO_UPDATE, "entry without allow-update");
	siov_desc_update_window(&d, sel, 0, 4096, SIOV_PPT_WIN_READ | SIOV_PPT_WIN_OFFSET,
				ppt_iova(&a, 2 * SHARE - 64), 0);
	CHECK_EQ(ppt_run(&e, &ca, &d, ucr), SIOV_PPT_ST_BAD_WINDOW, "mode change");
	siov_desc_update_window(&d, sel, ~0ull - 100, 4096, SIOV_PPT_WIN_READ,
				ppt_iova(&a, 2 * SHARE - 64), 0);
	CHECK_EQ(ppt_run(&e, &ca, &d, ucr), SIOV_PPT_ST_BAD_WINDOW, "window wrapping");
	CHECK_OK(siov_ppt_read(e.d, sel, &pe));
	CHECK(pe.valid && pe.base == ppt_iova(&a, 0) && pe.size == SHARE, "refused updates change nothing");

	/* The race: copies in three phases: before the update, while it runs, after it completed. */
	memset(ppt_cpu(&b, SHARE), 0, NCOPY * CHUNK);
	cr = (volatile struct dsa_completion_record *)ppt_cpu(&b, 0);
	memset((void *)cr, 0, NCOPY * 32);
	memset((void *)ucr, 0, 32);
	sim_capture_start();
	for (unsigned int i = 0; i < NCOPY; i++) {
		phase[i] = i < 16 ? 0 : (i < 32 ? 1 : 2);
		chunk[i] = (i * 7) % (SHARE / CHUNK); /* both halves, interleaved */
		if (i == 16) {
			siov_desc_update_window(&d, sel, ppt_iova(&a, 0), NARROW,
						SIOV_PPT_WIN_READ | SIOV_PPT_WIN_CHECK,
						ppt_iova(&a, 2 * SHARE - 64), 0);
			CHECK_OK(adi_submit(&ca, &d));
		}
		if (i == 32)
			CHECK_EQ(adi_cr_wait(e.d, (const struct dsa_completion_record *)ucr, 400000),
				 DSA_COMP_SUCCESS, "Update Window");
		siov_desc_id_memmove(&d, ppt_iova(&a, chunk[i] * CHUNK), sel,
				     ppt_iova(&b, SHARE + i * CHUNK), -1, CHUNK, ppt_iova(&b, 32 * i), 0);
		CHECK_OK(adi_submit(&cb[i & 1], &d), "copy %u", i);
	}
	for (unsigned int i = 0; i < NCOPY; i++)
		CHECK(adi_cr_wait(e.d, (const struct dsa_completion_record *)&cr[i], 400000) > 0,
		      "copy %u", i);
	sim_capture_stop();

	/* Where each completion record was written in the captured traffic. */
	for (unsigned int i = 0; i < NCOPY; i++)
		cr_at[i] = -1;
	for (unsigned int k = 0; k < sim_capture_count(); k++) {
		struct tlp t;
		uint64_t ad;

		sim_capture_tlp(sim_capture_get(k), &t);
		if (tlp_kind(&t) != TLP_K_MWR)
			continue;
		ad = tlp_addr(&t);
		if (ad == ppt_iova(&a, 2 * SHARE - 64))
			ucr_at = (int)k;
		if (ad >= ppt_iova(&b, 0) && ad < ppt_iova(&b, 32 * NCOPY) && !(ad & 31))
			cr_at[(ad - ppt_iova(&b, 0)) / 32] = (int)k;
	}
	CHECK(ucr_at >= 0, "Update Window record captured");

	for (unsigned int i = 0; i < NCOPY; i++) {
		unsigned int st = cr[i].status & 0x7f;
		bool inside_new = chunk[i] * CHUNK + CHUNK <= NARROW;
		const uint8_t *dst = ppt_cpu(&b, SHARE + i * CHUNK);

		CHECK(st == DSA_COMP_SUCCESS || st == SIOV_PPT_ST_RANGE, "copy %u: status 0x%x", i, st);
		if (st == DSA_COMP_SUCCESS) {
			CHECK_EQ(cr[i].bytes_completed, CHUNK, "copy %u", i);
			CHECK_ARRAYS_EQ(dst, ppt_cpu(&a, chunk[i] * CHUNK), CHUNK, "copy %u: whole", i);
			if (!inside_new) {
				/* Allowed only by the old window: done before the update completed. */
				CHECK(phase[i] != 2, "copy %u after the update used the old window", i);
				CHECK(cr_at[i] >= 0 && cr_at[i] < ucr_at,
				      "copy %u (chunk %u) completed at %d, after the update (%d)", i,
				      chunk[i], cr_at[i], ucr_at);
				ok_wide++;
			} else {
				ok_narrow++;
			}
		} else {
			CHECK(!inside_new, "copy %u inside the new window refused", i);
			for (unsigned int j = 0; j < CHUNK; j++)
				CHECK_EQ(dst[j], 0, "copy %u refused but byte %u written", i, j);
			refused++;
		}
	}
	LOG_INFO("%u copies inside the new window, %u outside it done under the old one, %u refused",
		 ok_narrow, ok_wide, refused);
	CHECK(ok_wide > 0 && refused > 0, "the race had copies on both sides");
	CHECK_OK(siov_ppt_read(e.d, sel, &pe));
	CHECK(pe.valid && pe.allow_update && pe.read && pe.range_check && !pe.write &&
	      pe.base == ppt_iova(&a, 0) && pe.size == NARROW && pe.submitter_pasid == b.pasid &&
	      pe.access_pasid == a.pasid, "the table holds the new window");
	CHECK_EQ(sim_checker_violations(), 0);
	return true;
}
