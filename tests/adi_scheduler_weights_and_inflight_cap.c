// SPDX-License-Identifier: MIT
/*
 * Quality of service (SIOV §2.6): the scheduler shares the engines among ADIs by weighted round
 * robin, so with two ADIs full of equal work the one with weight 3 gets three dispatches for
 * every one of the ADI with weight 1 (checked on the order of their completion-record writes);
 * an ADI flooding the engines with long moves cannot hold back another ADI's descriptor for
 * more than one move; and max_inflight caps an ADI's descriptors in flight.
 */
#include "adi_util.h"
#include "sim.h"
#include "siov_test.h"

SIOV_TEST_CONFIG(.summary = "WRR weights, no starvation, max_inflight", .sim_only = true);

#define N 32

static struct siov_dev *d;
static struct siov_dma_buf src, dst, crs;

static bool up(struct adi_ctx *c, unsigned int adi, unsigned int weight,
	       unsigned int max_inflight, int as)
{
	struct siov_adi_config cfg = {0};

	cfg.mode = SIOV_ADI_PORTAL;
	cfg.desc_pasid = cfg.data_pasid = 0x88;
	cfg.int_pasid = SIOV_NO_PASID;
	cfg.queue_size = N;
	cfg.weight = weight;
	cfg.max_inflight = max_inflight;
	CHECK_OK(adi_ctx_up(d, adi, &cfg, as, c));
	return true;
}

bool test_main(void)
{
	struct adi_ctx a, b, h, l, m;
	struct dsa_hw_desc desc;
	struct dsa_completion_record *cr;
	struct siov_adi_status st;
	struct siov_dev_caps caps = {0};
	unsigned int na = 0, seen = 0, maxin = 0;
	uint64_t t0;
	int as = 0;

	d = siov_test_dev();
	CHECK_OK(adi_env_init(d, 1, &caps));
	CHECK(caps.num_engines <= N, "one long move per engine fits a queue");
	CHECK_OK(adi_as_new(d, 0x88, 0, &as));
	CHECK_OK(siov_dma_alloc(d, as, 256 * 1024, &src));
	CHECK_OK(siov_dma_alloc(d, as, 2 * 1024 * 1024, &dst));
	CHECK_OK(siov_dma_alloc(d, as, 32 * 256, &crs));
	cr = crs.cpu;

	/* 1. Weights 3 : 1, both queues full of equal 1 KiB moves (records of a at cr[0..N), of b
	 * at cr[N..2N)). Long moves on a third ADI hold every engine while the queues fill. */
	if (!up(&a, 40, 3, 0, as) || !up(&b, 41, 1, 0, as) || !up(&h, 42, 1, 0, as))
		return false;
	for (unsigned int i = 0; i < caps.num_engines; i++) {
		siov_desc_memmove(&desc, src.iova, dst.iova + 1024 * 1024 + i * 32768ull, 32768,
				  crs.iova + 32 * (2 * N + i), 0);
		CHECK_OK(siov_submit_portal(h.wq, &desc));
	}
	for (unsigned int i = 0; i < N; i++) {
		siov_desc_memmove(&desc, src.iova, dst.iova + 1024 * i, 1024, crs.iova + 32 * i, 0);
		CHECK_OK(siov_submit_portal(a.wq, &desc));
		siov_desc_memmove(&desc, src.iova, dst.iova + 1024 * (N + i), 1024,
				  crs.iova + 32 * (N + i), 0);
		CHECK_OK(siov_submit_portal(b.wq, &desc));
	}
	sim_capture_start();
	for (unsigned int i = 0; i < 2 * N; i++)
		CHECK_EQ(adi_cr_wait(d, &cr[i], 2000000), DSA_COMP_SUCCESS, "move %u", i);
	sim_capture_stop();
	/* Order of the record writes while both ADIs still had work: the first 24. */
	for (unsigned int k = 0; k < sim_capture_count() && seen < 24; k++) {
		struct tlp t;
		uint64_t ad;

		sim_capture_tlp(sim_capture_get(k), &t);
		ad = tlp_addr(&t);
		if (tlp_kind(&t) != TLP_K_MWR || ad < crs.iova || ad >= crs.iova + 32 * 2 * N)
			continue;
		seen++;
		na += (ad - crs.iova) / 32 < N;
	}
	LOG_INFO("weight 3 vs 1: %u of the first %u records were the weight-3 ADI's", na, seen);
	CHECK_EQ(seen, 24);
	CHECK(na >= 16 && na <= 20, "weight 3:1 gives ~18 of 24 (got %u)", na);

	/* 2. No starvation: h floods with 256 KiB moves; l's no-op waits for one, not all. */
	memset(cr, 0, crs.size);
	if (!up(&l, 43, 1, 0, as))
		return false;
	for (unsigned int i = 0; i < 8; i++) {
		siov_desc_memmove(&desc, src.iova, dst.iova, 256 * 1024, crs.iova + 32 * i, 0);
		CHECK_OK(siov_submit_portal(h.wq, &desc));
	}
	siov_wait(d, 500);
	t0 = siov_now(d);
	siov_desc_noop(&desc, crs.iova + 32 * 10, 0);
	CHECK_OK(siov_submit_portal(l.wq, &desc));
	CHECK_EQ(adi_cr_wait(d, &cr[10], 4000000), DSA_COMP_SUCCESS);
	LOG_INFO("no-op behind a flood: %llu cycles", (unsigned long long)(siov_now(d) - t0));
	CHECK_EQ(cr[7].status, 0, "the no-op did not wait for the whole flood");
	for (unsigned int i = 0; i < 8; i++)
		CHECK_EQ(adi_cr_wait(d, &cr[i], 4000000), DSA_COMP_SUCCESS);

	/* 3. max_inflight 2. */
	memset(cr, 0, crs.size);
	if (!up(&m, 44, 1, 2, as))
		return false;
	for (unsigned int i = 0; i < 8; i++) {
		siov_desc_memmove(&desc, src.iova, dst.iova + i * 65536ull, 65536, crs.iova + 32 * i,
				  0);
		CHECK_OK(siov_submit_portal(m.wq, &desc));
	}
	while (cr[7].status == 0) {
		CHECK_OK(siov_adi_status(d, m.adi, &st));
		if (st.inflight > maxin)
			maxin = st.inflight;
		siov_wait(d, 200);
	}
	CHECK_EQ(maxin, 2, "at most (and at times exactly) 2 in flight");
	return true;
}
