/* SPDX-License-Identifier: MIT */
/*
 * ppt_cases.h - the three PASID Permissions Table use cases of patent US 2020/0319913 as
 * runnable scenarios, shared by the test ppt_patent_use_cases and `make demo`
 * (docs/ppt.md section 6). Each prints what happens and returns 0 when every observable
 * (bytes, status codes, interrupts, PASIDs on the link) is as it must be, else -1 (with the
 * reason printed). The vswitch case needs the simulator's capture (sim only).
 */
#ifndef SIOV_TESTS_PPT_CASES_H_
#define SIOV_TESTS_PPT_CASES_H_

#include "ppt_util.h"

/* [0016] A VMM copies a packet from VM A to VM B with one descriptor: completion record in the
 * VMM's space, destination notification in VM B's, IMS interrupt to VM B's ADI. */
int ppt_case_vswitch(struct ppt_env *e);
/* [0017], [0041]-[0042] Process A shares a window with process B, B copies, A narrows the
 * window with Update Window, B's copy outside the new window fails, inside still works. */
int ppt_case_shared_memory(struct ppt_env *e);
/* [0039] A VMM reads part of a VM's memory through a range-limited, read-only entry. */
int ppt_case_vmm_window(struct ppt_env *e);

#endif /* SIOV_TESTS_PPT_CASES_H_ */
