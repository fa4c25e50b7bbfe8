// SPDX-License-Identifier: MIT
/*
 * PASID Enable gates every PASID prefix: with PASID disabled a transfer that asks for one is
 * refused before any request leaves (status "PASID disabled"), a request to the device that
 * carries a PASID prefix is answered with UR; with PASID enabled every read and write of the
 * transfer carries the prefix (0x91, the PASID, PMR/ER only as requested AND enabled), requests
 * without PASID carry none, and the interrupt message never carries one.
 */
#include <errno.h>

#include "diag.h"
#include "siov/siov_bar0_regs.h"
#include "siov_test.h"
#include "sim.h"

SIOV_TEST_CONFIG(.summary = "PASID prefix only while PASID is enabled; PMR/ER only if enabled",
		 .sim_only = true);

#define PASID 0xabcdeu

/* Every memory request of a capture: PASID prefix as expected; interrupts without prefix. */
static bool check_capture(bool prefixed, bool pmr, bool er)
{
	unsigned int reqs = 0;

	for (unsigned int i = 0; i < sim_capture_count(); i++) {
		struct tlp t;

		sim_capture_tlp(sim_capture_get(i), &t);
		if (tlp_kind(&t) != TLP_K_MRD && tlp_kind(&t) != TLP_K_MWR)
			continue;
		if ((tlp_addr(&t) >> 20) == 0xfee) {
			CHECK(!t.has_prefix, "interrupt message without PASID prefix");
			continue;
		}
		reqs++;
		CHECK_EQ(t.has_prefix, prefixed, "request %u", i);
		if (!prefixed)
			continue;
		CHECK_EQ(t.prefix >> 24, 0x91);
		CHECK_EQ(tlp_pasid(&t), PASID);
		CHECK_EQ(tlp_pmr(&t), pmr);
		CHECK_EQ(tlp_er(&t), er);
		CHECK_EQ((t.prefix >> 20) & 3, 0, "reserved prefix bits");
	}
	CHECK(reqs >= 2, "saw %u requests", reqs);
	return true;
}

bool test_main(void)
{
	struct siov_dev *d = siov_test_dev();
	struct siov_dma_buf src = {0}, dst = {0};
	struct diag_req r = {0};
	struct tlp t, cpl;
	uint32_t err;
	int as;

	/* Address spaces for requests with and without PASID; PASID still disabled. */
	CHECK_OK(siov_as_create(d, &as));
	CHECK_OK(siov_as_attach(d, as, PASID));
	CHECK_OK(siov_as_attach(d, as, SIOV_NO_PASID));
	CHECK_OK(siov_set_bus_master(d, true));
	CHECK_OK(siov_irq_enable(d, 1));
	CHECK_OK(siov_dma_alloc(d, as, 4096, &src));
	CHECK_OK(siov_dma_alloc(d, as, 4096, &dst));
	siov_test_fill_random(src.cpu, 4096);
	r.src = src.iova;
	r.dst = dst.iova;
	r.len = 600;
	r.irq = true;

	/* 1. PASID disabled: a prefixed transfer is refused, nothing leaves. */
	r.pasid_en = true;
	r.pasid = PASID;
	sim_capture_start();
	CHECK_OK(diag_run(d, &r, &err));
	CHECK_EQ(err, SIOV_BAR0_DIAG_STATUS_ERR_PASID_OFF);
	for (unsigned int i = 0; i < sim_capture_count(); i++) {
		sim_capture_tlp(sim_capture_get(i), &t);
		CHECK(!t.has_prefix, "no prefix while PASID is disabled");
		if (tlp_kind(&t) == TLP_K_CPL)
			continue; /* completions of the status polls */
		CHECK((tlp_addr(&t) >> 20) == 0xfee, "only the interrupt left the device");
	}
	/* ... and the same transfer without PASID goes out unprefixed. */
	r.pasid_en = false;
	sim_capture_start();
	CHECK_OK(diag_run(d, &r, &err));
	CHECK_EQ(err, 0);
	if (!check_capture(false, false, false))
		return false;

	/* 2. A request to the device with a PASID prefix while PASID is disabled: UR. */
	tlp_make_mem(&t, false, siov_bar(d, 0)->addr, 1, 0x0000, 0, 0xf, 0);
	t.has_prefix = true;
	t.prefix = tlp_make_pasid_prefix(5, false, false);
	CHECK_OK(sim_raw_request(&t, &cpl));
	CHECK_EQ(tlp_cpl_status(&cpl), TLP_CPL_UR);

	/* 3. PASID enabled without Exec/Priv: prefix on every request, PMR/ER cleared even though
	 * the transfer asks for them. */
	CHECK_OK(siov_pasid_enable(d, false, false));
	CHECK_OK(sim_raw_request(&t, &cpl));
	CHECK_EQ(tlp_cpl_status(&cpl), TLP_CPL_SC, "prefixed MMIO read accepted once enabled");
	r.pasid_en = true;
	r.priv = true;
	r.exec = true;
	sim_capture_start();
	CHECK_OK(diag_run(d, &r, &err));
	CHECK_EQ(err, 0);
	if (!check_capture(true, false, false))
		return false;
	CHECK_ARRAYS_EQ(dst.cpu, src.cpu, 600);

	/* 4. Privileged mode enabled: PMR set; Execute still not enabled: ER clear. */
	CHECK_OK(siov_pasid_enable(d, false, true));
	sim_capture_start();
	CHECK_OK(diag_run(d, &r, &err));
	CHECK_EQ(err, 0);
	if (!check_capture(true, true, false))
		return false;
	/* 5. Both enabled. */
	CHECK_OK(siov_pasid_enable(d, true, true));
	sim_capture_start();
	CHECK_OK(diag_run(d, &r, &err));
	CHECK_EQ(err, 0);
	if (!check_capture(true, true, true))
		return false;
	sim_capture_stop();
	return true;
}
