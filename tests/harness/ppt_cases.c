// SPDX-License-Identifier: MIT
/*
 * ppt_cases.c - the patent's PPT use cases as narrated scenarios (ppt_cases.h).
 */
#include "ppt_cases.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "sim.h"
#include "tlp.h"

#define FAIL(...)                                                                       \
	do {                                                                            \
		printf("FAILED: " __VA_ARGS__);                                         \
		printf("\n");                                                           \
		return -1;                                                              \
	} while (0)

static volatile struct dsa_completion_record *cr_at(const struct ppt_dom *dom, uint64_t off)
{
	return (volatile struct dsa_completion_record *)ppt_cpu(dom, off);
}

/* ---- 1. virtual switch ------------------------------------------------------------------ */
#define PKT_LEN   1500u
#define VM_MEM    (64u * 1024)
#define RX_OFF    8192u   /* VM B's receive buffer */
#define RXN_OFF   4096u   /* VM B's receive notification slot */

int ppt_case_vswitch(struct ppt_env *e)
{
	struct ppt_dom vmm = {0}, vma = {0}, vmb = {0};
	struct adi_ctx cv = {0}, cb = {0};
	struct siov_ppt_entry pe = {0};
	struct dsa_hw_desc d;
	uint16_t sel_a = 0, sel_b = 0;
	const struct siov_ppt_notify *nt;
	unsigned int rd[3] = {0}, wr[3] = {0}, nopasid = 0, irqs = 0, tbl = 0;
	struct ppt_dom *dom[3] = {0};
	uint64_t t0;
	int st;

	if (ppt_dom_new(e, &vmm, 0x100, VM_MEM) || ppt_dom_new(e, &vma, 0x200, VM_MEM) ||
	    ppt_dom_new(e, &vmb, 0x300, VM_MEM) || ppt_adi_up(e, 20, &vmm, 8, &cv) ||
	    ppt_adi_up(e, 21, &vmb, 8, &cb))
		FAIL("set-up");
	dom[0] = &vmm;
	dom[1] = &vma;
	dom[2] = &vmb;
	printf("VMM (PASID 0x%x) on ADI %u; VM A (PASID 0x%x); VM B (PASID 0x%x) on ADI %u with "
	       "IMS handle %u\n", vmm.pasid, cv.adi, vma.pasid, vmb.pasid, cb.adi, cb.ims);
	/* VM A's transmit buffer holds a packet. */
	for (unsigned int i = 0; i < PKT_LEN; i++)
		ppt_cpu(&vma, 0)[i] = (uint8_t)(i * 31 + 7);
	memset(ppt_cpu(&vmb, 0), 0, VM_MEM);

	/* The host driver opens VM A's transmit area (read) and VM B's receive area (write, with
	 * the notification interrupt bound to VM B's ADI) to the VMM (FIG. 4). */
	pe.valid = pe.read = pe.range_check = true;
	pe.submitter_pasid = vmm.pasid;
	pe.access_pasid = vma.pasid;
	pe.base = ppt_iova(&vma, 0);
	pe.size = 16384;
	if (siov_ppt_alloc(e->d, &pe, &sel_a))
		FAIL("entry for VM A");
	memset(&pe, 0, sizeof(pe));
	pe.valid = pe.write = pe.range_check = pe.notify_int = true;
	pe.notify_ims = (uint16_t)cb.ims;
	pe.submitter_pasid = vmm.pasid;
	pe.access_pasid = vmb.pasid;
	pe.base = ppt_iova(&vmb, RXN_OFF);
	pe.size = VM_MEM - RXN_OFF;
	if (siov_ppt_alloc(e->d, &pe, &sel_b))
		FAIL("entry for VM B");
	printf("host driver: selector %u = VM A's TX area, read-only; selector %u = VM B's RX area, "
	       "write-only, notification interrupt -> VM B's IMS handle %u\n", sel_a, sel_b, cb.ims);

	/* The VMM switches the packet with one descriptor. */
	siov_desc_id_memmove(&d, ppt_iova(&vma, 0), sel_a, ppt_iova(&vmb, RX_OFF), sel_b, PKT_LEN,
			     ppt_iova(&vmm, 0), 0);
	siov_desc_id_notify(&d, ppt_iova(&vmb, RXN_OFF), 0x70a0001u);
	sim_capture_start();
	t0 = siov_now(e->d);
	st = ppt_run(e, &cv, &d, cr_at(&vmm, 0));
	if (siov_ims_wait(e->d, cb.ims, 100000))
		FAIL("VM B's interrupt");
	sim_capture_stop();
	printf("VMM: one inter-domain memory move (0x23) of %u bytes, A -> B: completion record in "
	       "the VMM's space: status 0x%02x (%s), %u bytes, after %" PRIu64 " cycles\n", PKT_LEN,
	       st, st == DSA_COMP_SUCCESS ? "success" : "error", cr_at(&vmm, 0)->bytes_completed,
	       siov_now(e->d) - t0);
	if (st != DSA_COMP_SUCCESS)
		FAIL("status 0x%x", st);
	if (memcmp(ppt_cpu(&vmb, RX_OFF), ppt_cpu(&vma, 0), PKT_LEN))
		FAIL("packet bytes in VM B");
	nt = (const struct siov_ppt_notify *)ppt_cpu(&vmb, RXN_OFF);
	printf("VM B: packet in its RX buffer byte for byte; notification in its own space: value "
	       "0x%x, %u bytes; IMS interrupt on its ADI: %u\n", nt->value, nt->bytes,
	       siov_ims_count(e->d, cb.ims));
	if (nt->value != 0x70a0001u || nt->bytes != PKT_LEN || siov_ims_count(e->d, cb.ims) != 1)
		FAIL("notification or interrupt");
	/* What the link carried, by PASID. */
	for (unsigned int i = 0; i < sim_capture_count(); i++) {
		struct tlp t;
		unsigned int kind;
		uint64_t ad;
		bool found = false;

		sim_capture_tlp(sim_capture_get(i), &t);
		kind = tlp_kind(&t);
		if (kind != TLP_K_MRD && kind != TLP_K_MWR)
			continue;
		ad = tlp_addr(&t);
		if (!t.has_prefix) {
			if ((ad >> 20) == 0xfee)
				irqs++;
			else if (kind == TLP_K_MRD)
				tbl++;
			else
				nopasid++;
			continue;
		}
		for (unsigned int k = 0; k < 3; k++) {
			if (tlp_pasid(&t) == dom[k]->pasid && ad >= dom[k]->mem.iova &&
			    ad < dom[k]->mem.iova + VM_MEM) {
				found = true;
				rd[k] += kind == TLP_K_MRD;
				wr[k] += kind == TLP_K_MWR;
			}
		}
		if (!found)
			FAIL("request to 0x%" PRIx64 " with PASID 0x%x outside its space", ad,
			     tlp_pasid(&t));
	}
	for (unsigned int k = 0; k < 3; k++)
		printf("link: PASID 0x%x (%s): %u reads, %u writes\n", dom[k]->pasid,
		       k == 0 ? "VMM" : (k == 1 ? "VM A" : "VM B"), rd[k], wr[k]);
	printf("link: %u PPT entry reads (host driver's space, no PASID), %u interrupt message(s)\n",
	       tbl, irqs);
	if (rd[1] == 0 || wr[1] || rd[2] || wr[2] < 2 || wr[0] != 1 || nopasid || tbl != 2 ||
	    irqs != 1)
		FAIL("traffic by PASID");
	adi_ctx_close(&cv);
	adi_ctx_close(&cb);
	return 0;
}

/* ---- 2. shared memory between two processes ---------------------------------------------- */
int ppt_case_shared_memory(struct ppt_env *e)
{
	struct ppt_dom pa = {0}, pb = {0};
	struct adi_ctx ca = {0}, cb = {0};
	struct dsa_hw_desc d;
	uint16_t sel = 0;
	int st;

	if (ppt_dom_new(e, &pa, 0x410, VM_MEM) || ppt_dom_new(e, &pb, 0x420, VM_MEM) ||
	    ppt_adi_up(e, 22, &pa, 8, &ca) || ppt_adi_up(e, 23, &pb, 8, &cb))
		FAIL("set-up");
	if (siov_ppt_share(e->d, pa.pasid, pb.pasid, ppt_iova(&pa, 0), 32768,
			   SIOV_PPT_WIN_READ | SIOV_PPT_WIN_CHECK, &sel))
		FAIL("share");
	printf("process A (PASID 0x%x) asks the driver to share 32 KiB with process B (PASID 0x%x): "
	       "selector %u, passed to B out of band\n", pa.pasid, pb.pasid, sel);
	siov_desc_id_memmove(&d, ppt_iova(&pa, 16384), sel, ppt_iova(&pb, 4096), -1, 4096,
			     ppt_iova(&pb, 0), 0);
	st = ppt_run(e, &cb, &d, cr_at(&pb, 0));
	printf("B copies A's bytes 16384..20479: status 0x%02x\n", st);
	if (st != DSA_COMP_SUCCESS || memcmp(ppt_cpu(&pb, 4096), ppt_cpu(&pa, 16384), 4096))
		FAIL("B's first copy");
	siov_desc_update_window(&d, sel, ppt_iova(&pa, 0), 8192,
				SIOV_PPT_WIN_READ | SIOV_PPT_WIN_CHECK, ppt_iova(&pa, 0), 0);
	st = ppt_run(e, &ca, &d, cr_at(&pa, 0));
	printf("A narrows the window to its first 8 KiB with Update Window (0x21) on its own ADI: "
	       "status 0x%02x\n", st);
	if (st != DSA_COMP_SUCCESS)
		FAIL("Update Window");
	memset(ppt_cpu(&pb, 8192), 0, 4096);
	siov_desc_id_memmove(&d, ppt_iova(&pa, 16384), sel, ppt_iova(&pb, 8192), -1, 4096,
			     ppt_iova(&pb, 0), 0);
	st = ppt_run(e, &cb, &d, cr_at(&pb, 0));
	printf("B copies bytes 16384..20479 again: status 0x%02x (%s), nothing written\n", st,
	       siov_ppt_status_name((unsigned int)st));
	if (st != SIOV_PPT_ST_RANGE || ppt_cpu(&pb, 8192)[0] || ppt_cpu(&pb, 12287)[0])
		FAIL("copy outside the new window");
	siov_desc_id_memmove(&d, ppt_iova(&pa, 4096), sel, ppt_iova(&pb, 8192), -1, 4096,
			     ppt_iova(&pb, 0), 0);
	st = ppt_run(e, &cb, &d, cr_at(&pb, 0));
	printf("B copies bytes 4096..8191 (inside the new window): status 0x%02x\n", st);
	if (st != DSA_COMP_SUCCESS || memcmp(ppt_cpu(&pb, 8192), ppt_cpu(&pa, 4096), 4096))
		FAIL("copy inside the new window");
	adi_ctx_close(&ca);
	adi_ctx_close(&cb);
	return 0;
}

/* ---- 3. VMM access to part of a VM's memory ---------------------------------------------- */
int ppt_case_vmm_window(struct ppt_env *e)
{
	struct ppt_dom vmm = {0}, vm = {0};
	struct adi_ctx cv = {0};
	struct dsa_hw_desc d;
	uint16_t sel = 0;
	int st;

	if (ppt_dom_new(e, &vmm, 0x130, VM_MEM) || ppt_dom_new(e, &vm, 0x530, VM_MEM) ||
	    ppt_adi_up(e, 24, &vmm, 8, &cv))
		FAIL("set-up");
	if (ppt_grant(e, &vmm, &vm, ppt_iova(&vm, 16384), 16384,
		      SIOV_PPT_WIN_READ | SIOV_PPT_WIN_CHECK, false, &sel))
		FAIL("entry");
	printf("host driver: selector %u lets the VMM (PASID 0x%x) read 16 KiB of the VM's memory "
	       "(PASID 0x%x, IOVA 0x%" PRIx64 ")\n", sel, vmm.pasid, vm.pasid, ppt_iova(&vm, 16384));
	siov_desc_id_memmove(&d, ppt_iova(&vm, 20000), sel, ppt_iova(&vmm, 4096), -1, 2000,
			     ppt_iova(&vmm, 0), 0);
	st = ppt_run(e, &cv, &d, cr_at(&vmm, 0));
	printf("VMM reads 2000 bytes inside the window: status 0x%02x\n", st);
	if (st != DSA_COMP_SUCCESS || memcmp(ppt_cpu(&vmm, 4096), ppt_cpu(&vm, 20000), 2000))
		FAIL("read inside");
	siov_desc_id_memmove(&d, ppt_iova(&vm, 0), sel, ppt_iova(&vmm, 8192), -1, 2000,
			     ppt_iova(&vmm, 0), 0);
	st = ppt_run(e, &cv, &d, cr_at(&vmm, 0));
	printf("VMM reads outside the window: status 0x%02x (%s)\n", st,
	       siov_ppt_status_name((unsigned int)st));
	if (st != SIOV_PPT_ST_RANGE)
		FAIL("read outside");
	siov_desc_id_fill(&d, ppt_iova(&vm, 20000), sel, 64, 0, ppt_iova(&vmm, 0), 0);
	st = ppt_run(e, &cv, &d, cr_at(&vmm, 0));
	printf("VMM writes into the window: status 0x%02x (%s)\n", st,
	       siov_ppt_status_name((unsigned int)st));
	if (st != SIOV_PPT_ST_NO_WRITE)
		FAIL("write");
	adi_ctx_close(&cv);
	return 0;
}
