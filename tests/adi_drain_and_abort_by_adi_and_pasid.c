// SPDX-License-Identifier: MIT
/*
 * Drain and abort (SIOV §2.7): drain_adi and drain_pasid complete only after every descriptor
 * accepted before them has its completion record; a drain descriptor completes after every
 * earlier descriptor of its ADI; abort_adi discards queued descriptors (their records are never
 * written) and leaves the ADI enabled and working (a ring continues from its tail); abort_pasid
 * on a shared work queue discards only that PASID's descriptors while the other submitter's all
 * complete; disable_adi drains, then the ADI takes no more work (SWERR 0x41).
 */
#include "adi_util.h"
#include "siov/siov_bar0_regs.h"
#include "siov_test.h"

SIOV_TEST_CONFIG(.summary = "drain / abort by ADI and by PASID, drain descriptor, disable");

#define N   6
#define LEN (48 * 1024)

static struct siov_dev *d;
static struct siov_dma_buf src, dst, crs;
static unsigned int ncr;

static struct dsa_completion_record *cr_at(unsigned int i)
{
	return (struct dsa_completion_record *)((uint8_t *)crs.cpu + 32 * i);
}

/* A move of LEN bytes into its own destination slice, with its own record. */
static unsigned int mk_move(struct dsa_hw_desc *desc, uint32_t pasid)
{
	unsigned int i = ncr++;

	siov_desc_memmove(desc, src.iova + (uint64_t)(i % 8) * LEN, dst.iova + (uint64_t)i * LEN,
			  LEN, crs.iova + 32 * i, 0);
	siov_desc_set_pasid(desc, pasid, false);
	return i;
}

static unsigned int written(unsigned int first, unsigned int n)
{
	unsigned int c = 0;

	for (unsigned int i = first; i < first + n; i++)
		c += cr_at(i)->status != 0;
	return c;
}

bool test_main(void)
{
	struct siov_adi_config cfg = {0};
	struct adi_ctx ring, portal, other, shared;
	struct dsa_hw_desc desc[N];
	struct siov_adi_status st;
	struct siov_swerr e;
	unsigned int first, head, p1[4], p2[4];
	const uint32_t P = 0x77, Q = 0x78, P1 = 0x91, P2 = 0x92;
	int as;

	d = siov_test_dev();
	CHECK_OK(adi_env_init(d, 1, NULL));
	/* One address space for all PASIDs (the identities are checked elsewhere). */
	CHECK_OK(adi_as_new(d, P, 0, &as));
	CHECK_OK(siov_as_attach(d, as, Q));
	CHECK_OK(siov_as_attach(d, as, P1));
	CHECK_OK(siov_as_attach(d, as, P2));
	CHECK_OK(siov_dma_alloc(d, as, 8 * LEN, &src));
	CHECK_OK(siov_dma_alloc(d, as, 64 * (size_t)LEN, &dst));
	CHECK_OK(siov_dma_alloc(d, as, 32 * 64, &crs));
	siov_test_fill_random(src.cpu, src.size);

	cfg.desc_pasid = cfg.data_pasid = P;
	cfg.int_pasid = SIOV_NO_PASID;
	cfg.queue_size = 8;
	cfg.ring_entries = 16;
	cfg.mode = SIOV_ADI_RING;
	CHECK_OK(adi_ctx_up(d, 0, &cfg, as, &ring));
	cfg.mode = SIOV_ADI_PORTAL;
	CHECK_OK(adi_ctx_up(d, 1, &cfg, as, &portal));
	cfg.desc_pasid = cfg.data_pasid = Q;
	CHECK_OK(adi_ctx_up(d, 2, &cfg, as, &other));
	cfg.mode = SIOV_ADI_SHARED;
	cfg.swq_threshold = 8;
	cfg.max_inflight = 1;
	CHECK_OK(adi_ctx_up(d, 3, &cfg, as, &shared));

	/* drain_adi: every earlier descriptor has its record when the command completes. */
	first = ncr;
	for (unsigned int i = 0; i < N; i++) {
		mk_move(&desc[i], 0);
		CHECK_OK(adi_submit(&portal, &desc[i]));
	}
	CHECK_OK(siov_adi_drain(d, portal.adi));
	CHECK_EQ(written(first, N), N, "drain_adi waited for all %u", N);

	/* drain_pasid P: the ring ADI and the portal ADI use P, the third ADI does not. */
	first = ncr;
	for (unsigned int i = 0; i < N; i++)
		mk_move(&desc[i], 0);
	CHECK_OK(siov_submit_ring(ring.wq, &ring.ring, desc, 3));
	for (unsigned int i = 3; i < N; i++)
		CHECK_OK(adi_submit(&portal, &desc[i]));
	CHECK_OK(siov_pasid_drain(d, P));
	CHECK_EQ(written(first, N), N, "drain_pasid waited for both ADIs using the PASID");

	/* A drain descriptor completes after everything before it on its ADI. */
	first = ncr;
	for (unsigned int i = 0; i < N - 1; i++)
		mk_move(&desc[i], 0);
	siov_desc_drain(&desc[N - 1], crs.iova + 32 * ncr, 0);
	ncr++;
	CHECK_OK(siov_submit_ring(ring.wq, &ring.ring, desc, N));
	CHECK_EQ(adi_cr_wait(d, cr_at(first + N - 1), 1000000), DSA_COMP_SUCCESS);
	CHECK_EQ(written(first, N - 1), N - 1, "drain descriptor after all earlier ones");

	/* abort_adi on the ring: queued work discarded, the ADI stays enabled; head == tail. */
	first = ncr;
	for (unsigned int i = 0; i < N; i++)
		mk_move(&desc[i], 0);
	CHECK_OK(siov_submit_ring(ring.wq, &ring.ring, desc, N));
	CHECK_OK(siov_adi_abort(d, ring.adi));
	siov_wait(d, 50000);
	CHECK(written(first, N) < N, "abort discarded work (%u of %u written)", written(first, N),
	      N);
	for (unsigned int i = first; i < first + N; i++) {
		if (cr_at(i)->status)
			CHECK_EQ(cr_at(i)->status, DSA_COMP_SUCCESS);
	}
	CHECK_OK(siov_adi_status(d, ring.adi, &st));
	CHECK_EQ(st.state, SIOV_BAR0_ADI_STATUS_STATE_ENABLED);
	CHECK_EQ(st.occupancy, 0);
	CHECK_OK(siov_ring_head(ring.wq, &head));
	CHECK_EQ(head, ring.ring.tail, "the ring continues from the tail");
	first = ncr;
	mk_move(&desc[0], 0);
	CHECK_OK(siov_submit_ring(ring.wq, &ring.ring, desc, 1));
	CHECK_EQ(adi_cr_wait(d, cr_at(first), 400000), DSA_COMP_SUCCESS, "works after abort");

	/* abort_pasid on a shared queue: P1's descriptors go, P2's all complete. */
	for (unsigned int i = 0; i < 4; i++) {
		p1[i] = mk_move(&desc[0], P1);
		CHECK_OK(adi_submit(&shared, &desc[0]));
		p2[i] = mk_move(&desc[1], P2);
		CHECK_OK(adi_submit(&shared, &desc[1]));
	}
	CHECK_OK(siov_pasid_abort(d, P1));
	for (unsigned int i = 0; i < 4; i++)
		CHECK_EQ(adi_cr_wait(d, cr_at(p2[i]), 1000000), DSA_COMP_SUCCESS, "P2 move %u", i);
	siov_wait(d, 20000);
	{
		unsigned int n1 = 0;

		for (unsigned int i = 0; i < 4; i++)
			n1 += cr_at(p1[i])->status != 0;
		CHECK(n1 < 4, "abort_pasid discarded P1's queued moves (%u of 4 ran)", n1);
	}
	CHECK_OK(siov_adi_status(d, shared.adi, &st));
	CHECK_EQ(st.state, SIOV_BAR0_ADI_STATUS_STATE_ENABLED);

	/* disable_adi: drains, then refuses work (the portal write is dropped, SWERR 0x41). */
	first = ncr;
	for (unsigned int i = 0; i < 3; i++) {
		mk_move(&desc[i], 0);
		CHECK_OK(adi_submit(&other, &desc[i]));
	}
	CHECK_OK(siov_adi_disable(d, other.adi));
	CHECK_EQ(written(first, 3), 3, "disable drained first");
	CHECK_OK(siov_swerr_clear(d));
	first = ncr;
	mk_move(&desc[0], 0);
	CHECK_OK(adi_submit(&other, &desc[0]));
	siov_wait(d, 20000);
	CHECK_EQ(cr_at(first)->status, 0, "nothing runs on a disabled ADI");
	CHECK_OK(siov_swerr_read(d, &e));
	CHECK(e.valid && e.code == SIOV_BAR0_SWERR_STATUS_CODE_ADI_DISABLED && e.adi == other.adi,
	      "SWERR adi_disabled (code 0x%x ADI %u)", e.code, e.adi);
	return true;
}
