// SPDX-License-Identifier: MIT
/*
 * adi_capture.c - PASID check of captured requests for the ADI tests (adi_util.h); simulator
 * only (it reads the platform model's capture).
 */
#include "adi_util.h"
#include "sim.h"
#include "siov_test.h"
#include "tlp.h"

void adi_check_capture(struct pasid_region *r, unsigned int n, unsigned int *irqs)
{
	unsigned int nirq = 0;

	for (unsigned int k = 0; k < n; k++)
		r[k].reads = r[k].writes = 0;
	for (unsigned int i = 0; i < sim_capture_count(); i++) {
		const struct sim_tlp_rec *rec = sim_capture_get(i);
		struct tlp t;
		unsigned int kind;
		uint64_t a;
		uint32_t pasid;
		bool found = false;

		sim_capture_tlp(rec, &t);
		kind = tlp_kind(&t);
		if (kind != TLP_K_MRD && kind != TLP_K_MWR)
			continue;
		a = tlp_addr(&t);
		if ((a >> 20) == 0xfee) {
			CHECK(kind == TLP_K_MWR && !t.has_prefix && tlp_len(&t) == 1,
			      "interrupt message %u: one DW, no PASID prefix", i);
			nirq++;
			continue;
		}
		pasid = t.has_prefix ? tlp_pasid(&t) : SIOV_NO_PASID;
		for (unsigned int k = 0; k < n && !found; k++) {
			if (a >= r[k].lo && a < r[k].hi && r[k].pasid == pasid) {
				found = true;
				if (kind == TLP_K_MRD)
					r[k].reads++;
				else
					r[k].writes++;
			}
		}
		CHECK(found, "request %u (%s 0x%llx, PASID %s 0x%x) in no region of that PASID", i,
		      kind == TLP_K_MRD ? "MRd" : "MWr", (unsigned long long)a,
		      t.has_prefix ? "" : "none", t.has_prefix ? pasid : 0);
	}
	if (irqs)
		*irqs = nirq;
}
