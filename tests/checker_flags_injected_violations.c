// SPDX-License-Identifier: MIT
/*
 * The protocol checker can fail: each deliberately broken TLP is flagged under its own rule.
 * Mutations of real device traffic (a write moved across 4 KiB, a reused read tag, bad byte
 * enables, a prefix on a completion, a reserved prefix bit, a PASID prefix while PASID is off, a
 * payload above MPS) and injected TLPs (DMA while Bus Master Enable is 0, an unmatched
 * completion, a 4-DW header below 4 GiB, a read above MRRS, a wrong requester ID, a TLP an
 * endpoint may not send). Correct traffic in between raises nothing.
 */
#include "diag.h"
#include "siov_test.h"
#include "sim.h"

SIOV_TEST_CONFIG(.summary = "protocol checker flags every injected violation", .sim_only = true);

static struct siov_dma_buf src, dst;

static void traffic(struct siov_dev *d, bool pasid)
{
	struct diag_req r = {.src = src.iova + 4, .dst = dst.iova + 8, .len = 1024,
			     .pasid_en = pasid, .pasid = 9};
	uint32_t err;

	diag_start(d, &r);
	diag_wait(d, 2000000, &err);
}

static bool expect_flag(enum chk_rule rule, unsigned int before)
{
	CHECK_EQ(sim_checker_count(rule), before + 1, "rule %s flagged once", chk_rule_name(rule));
	return true;
}

bool test_main(void)
{
	struct siov_dev *d = siov_test_dev();
	struct sim_timing tm;
	unsigned int n;
	struct tlp t;
	uint32_t v;
	int as;

	CHECK_OK(siov_as_create(d, &as));
	CHECK_OK(siov_as_attach(d, as, SIOV_NO_PASID));
	CHECK_OK(siov_as_attach(d, as, 9));
	CHECK_OK(siov_set_bus_master(d, true));
	CHECK_OK(siov_dma_alloc(d, as, 8192, &src));
	CHECK_OK(siov_dma_alloc(d, as, 8192, &dst));
	traffic(d, false);
	CHECK_EQ(sim_checker_violations(), 0, "clean traffic raises nothing");
	/* Keep reads outstanding long enough to collide with. */
	sim_get_timing(&tm);
	tm.mem_latency = 800;
	sim_set_timing(&tm);

	static const struct {
		enum sim_mutation m;
		enum chk_rule rule;
		bool pasid;
	} muts[] = {
		{SIM_MUT_CROSS_4K, CHK_4K, false},
		{SIM_MUT_BAD_BE, CHK_BE, false},
		{SIM_MUT_OVER_MPS, CHK_MPS, false},
		{SIM_MUT_ADD_PASID, CHK_PASID_DISABLED, false},
		{SIM_MUT_PREFIX_ON_CPL, CHK_PREFIX_KIND, false},
	};
	for (unsigned int i = 0; i < sizeof(muts) / sizeof(muts[0]); i++) {
		sim_checker_expect(muts[i].rule);
		n = sim_checker_count(muts[i].rule);
		sim_inject_mutation(muts[i].m);
		if (muts[i].m == SIM_MUT_PREFIX_ON_CPL)
			siov_mmio_read32(d, 0, 0, &v); /* a completion from the device */
		else
			traffic(d, muts[i].pasid);
		if (!expect_flag(muts[i].rule, n))
			return false;
	}
	/* Reserved prefix bit: needs PASID traffic. */
	CHECK_OK(siov_pasid_enable(d, false, false));
	sim_checker_expect(CHK_PREFIX_ENC);
	n = sim_checker_count(CHK_PREFIX_ENC);
	sim_inject_mutation(SIM_MUT_PREFIX_RSVD);
	traffic(d, true);
	if (!expect_flag(CHK_PREFIX_ENC, n))
		return false;
	/* Duplicate tag: the second read of a transfer reuses the first one's tag. */
	sim_checker_expect(CHK_TAG);
	n = sim_checker_count(CHK_TAG);
	sim_inject_mutation(SIM_MUT_DUP_TAG);
	{
		struct diag_req r = {.src = src.iova, .dst = dst.iova, .len = 2048};

		CHECK_OK(diag_start(d, &r));
		siov_wait(d, 300);
	}
	if (!expect_flag(CHK_TAG, n))
		return false;

	/* Injected TLPs, as if from the device. */
	sim_checker_expect(CHK_ADDR_FMT);
	n = sim_checker_count(CHK_ADDR_FMT);
	tlp_make_mem(&t, false, 0x10000000ull, 1, SIM_DEV_BDF, 30, 0xf, 0);
	t.hdr[0] |= 1u << 29; /* 4-DW form */
	t.hdr[3] = t.hdr[2];
	t.hdr[2] = 0;
	sim_inject_device_tlp(&t);
	if (!expect_flag(CHK_ADDR_FMT, n))
		return false;

	sim_checker_expect(CHK_MRRS);
	n = sim_checker_count(CHK_MRRS);
	tlp_make_mem(&t, false, 0x10000000ull, 256, SIM_DEV_BDF, 29, 0xf, 0xf);
	sim_inject_device_tlp(&t); /* 1 KiB read, MRRS is 512 */
	if (!expect_flag(CHK_MRRS, n))
		return false;

	sim_checker_expect(CHK_REQ_ID);
	n = sim_checker_count(CHK_REQ_ID);
	tlp_make_mem(&t, true, 0x10000000ull, 1, 0x0200, 0, 0xf, 0);
	t.data[0] = 0;
	sim_inject_device_tlp(&t);
	if (!expect_flag(CHK_REQ_ID, n))
		return false;

	sim_checker_expect(CHK_CPL_MATCH);
	n = sim_checker_count(CHK_CPL_MATCH);
	tlp_make_cpl(&t, true, 1, SIM_DEV_BDF, TLP_CPL_SC, 4, SIM_RC_ID, 0x77, 0, 0, 0);
	sim_inject_device_tlp(&t);
	if (!expect_flag(CHK_CPL_MATCH, n))
		return false;

	sim_checker_expect(CHK_FMT_TYPE);
	n = sim_checker_count(CHK_FMT_TYPE);
	tlp_make_cfg(&t, false, 0x0000, 0, SIM_DEV_BDF, 0, 0xf);
	sim_inject_device_tlp(&t);
	if (!expect_flag(CHK_FMT_TYPE, n))
		return false;

	CHECK_OK(siov_set_bus_master(d, false));
	sim_checker_expect(CHK_BME);
	n = sim_checker_count(CHK_BME);
	tlp_make_mem(&t, true, 0x10000000ull, 1, SIM_DEV_BDF, 0, 0xf, 0);
	t.data[0] = 0;
	sim_inject_device_tlp(&t);
	if (!expect_flag(CHK_BME, n))
		return false;
	return true;
}
