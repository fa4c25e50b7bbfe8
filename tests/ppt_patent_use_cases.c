// SPDX-License-Identifier: MIT
/*
 * The three use cases of patent US 2020/0319913 end to end (tests/harness/ppt_cases.c, also run
 * by `make demo`): a virtual switch copying a packet between two VMs with one descriptor
 * ([0016]), shared memory between two processes with the owner narrowing the window ([0017],
 * [0041]-[0042]), and a VMM reading a range-limited, read-only part of a VM ([0039]).
 */
#include "ppt_cases.h"
#include "sim.h"
#include "siov_test.h"

SIOV_TEST_CONFIG(.summary = "PPT: virtual switch, shared memory, VMM window (patent use cases)",
		 .sim_only = true);

bool test_main(void)
{
	struct ppt_env e = {0};

	CHECK_OK(ppt_env_init(&e, siov_test_dev(), 1, 64));
	CHECK_OK(ppt_case_vswitch(&e), "virtual switch");
	CHECK_OK(ppt_case_shared_memory(&e), "shared memory");
	CHECK_OK(ppt_case_vmm_window(&e), "VMM window");
	CHECK_EQ(sim_checker_violations(), 0);
	return true;
}
