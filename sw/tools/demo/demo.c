// SPDX-License-Identifier: MIT
/*
 * demo.c - the narrated siovdm scenario that `make demo` runs in the simulator.
 *
 * It does what a host does with a new device: enumerate it and decode its capabilities (through
 * siovctl), talk to its registers over MMIO, set up an I/O address space bound to a PASID and let
 * the device copy a buffer with DMA, every request tagged with that PASID, and signal the end
 * with an MSI-X interrupt. Then Scalable IOV proper: two Assignable Device Interfaces given to
 * two address spaces (a "VM" using a descriptor ring, a "process" using the shared work queue
 * with ENQCMD-style DMWr), moving data at the same time and completing with IMS interrupts.
 * Last, the centrepiece of the PASID Permissions Table (docs/ppt.md): a virtual switch copying a
 * packet from one VM's memory to another's with one descriptor, then the patent's other two use
 * cases (tests/harness/ppt_cases.c, shared with the test ppt_patent_use_cases).
 * Figures are simulated device cycles.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ppt_cases.h"
#include "sim.h"
#include "siov/siov.h"
#include "siov/siov_adi.h"
#include "siov/siov_bar0_regs.h"
#include "siov/siov_wq.h"
#include "tlp.h"

int siovctl_main(int argc, char **argv);

#define DEMO_PASID 0x42u
#define DEMO_LEN   4096u

static void step(const char *what)
{
	printf("\n== %s\n", what);
}

static int fail(const char *what, int err)
{
	fprintf(stderr, "demo: %s: %s\n", what, strerror(-err));
	return 1;
}

static int diag_copy(struct siov_dev *d, const struct siov_dma_buf *src,
		     const struct siov_dma_buf *dst, uint32_t len, uint32_t *status)
{
	int ret = 0;

	ret |= siov_mmio_write32(d, 0, SIOV_BAR0_DIAG_SRC_LO_OFFSET, (uint32_t)src->iova);
	ret |= siov_mmio_write32(d, 0, SIOV_BAR0_DIAG_SRC_HI_OFFSET, (uint32_t)(src->iova >> 32));
	ret |= siov_mmio_write32(d, 0, SIOV_BAR0_DIAG_DST_LO_OFFSET, (uint32_t)dst->iova);
	ret |= siov_mmio_write32(d, 0, SIOV_BAR0_DIAG_DST_HI_OFFSET, (uint32_t)(dst->iova >> 32));
	ret |= siov_mmio_write32(d, 0, SIOV_BAR0_DIAG_LEN_OFFSET, len);
	ret |= siov_mmio_write32(d, 0, SIOV_BAR0_DIAG_PASID_OFFSET,
				 SIOV_BAR0_DIAG_PASID_EN_MASK | DEMO_PASID);
	ret |= siov_mmio_write32(d, 0, SIOV_BAR0_DIAG_CTRL_OFFSET,
				 SIOV_BAR0_DIAG_CTRL_START_MASK | SIOV_BAR0_DIAG_CTRL_IRQ_EN_MASK |
					 (0u << SIOV_BAR0_DIAG_CTRL_VECTOR_SHIFT));
	if (ret)
		return -EIO;
	ret = siov_irq_wait(d, 0, 1000000);
	if (ret)
		return ret;
	return siov_mmio_read32(d, 0, SIOV_BAR0_DIAG_STATUS_OFFSET, status);
}

/* ---- Scalable IOV: two ADIs in two address spaces ---------------------------------------- */

#define ADI_LEN   (64u * 1024)
#define ADI_NDESC 4u

struct tenant {
	const char *who;
	unsigned int adi;
	enum siov_adi_mode mode;
	uint32_t pasid;
	int as;
	struct siov_dma_buf src, dst, crs, ring_mem;
	struct siov_ring ring;
	struct siov_wq *wq;
	unsigned int ims;
	uint64_t t_done;
};

static int tenant_up(struct siov_dev *d, struct tenant *t)
{
	struct siov_adi_config cfg = {0};
	int ret;

	if ((ret = siov_as_create(d, &t->as)) || (ret = siov_as_attach(d, t->as, t->pasid)) ||
	    (ret = siov_dma_alloc(d, t->as, ADI_LEN * ADI_NDESC, &t->src)) ||
	    (ret = siov_dma_alloc(d, t->as, ADI_LEN * ADI_NDESC, &t->dst)) ||
	    (ret = siov_dma_alloc(d, t->as, 32 * ADI_NDESC, &t->crs)))
		return ret;
	for (uint32_t i = 0; i < ADI_LEN * ADI_NDESC; i++)
		((uint8_t *)t->src.cpu)[i] = (uint8_t)(i * 13 + t->adi);
	cfg.mode = t->mode;
	cfg.desc_pasid = cfg.data_pasid = t->pasid;
	cfg.int_pasid = SIOV_NO_PASID;
	cfg.queue_size = 8;
	if ((ret = siov_queue_alloc(d, cfg.queue_size, &cfg.queue_base)))
		return ret;
	cfg.swq_threshold = 8;
	if (t->mode == SIOV_ADI_RING) {
		cfg.ring_entries = 64;
		if ((ret = siov_dma_alloc(d, t->as, 64 * 64, &t->ring_mem)) ||
		    (ret = siov_ring_init(&t->ring, &t->ring_mem, 64)))
			return ret;
		cfg.ring_iova = t->ring.iova;
	}
	if ((ret = siov_adi_configure(d, t->adi, &cfg)) || (ret = siov_adi_enable(d, t->adi)) ||
	    (ret = siov_wq_open(d, t->adi, t->mode, &t->wq)) ||
	    (ret = siov_ims_alloc(d, t->adi, &t->ims)))
		return ret;
	printf("%-8s ADI %u, %s, address space %d bound to PASID 0x%x, IMS handle %u\n", t->who,
	       t->adi, t->mode == SIOV_ADI_RING ? "descriptor ring + doorbell"
						: "shared work queue (ENQCMD / DMWr)",
	       t->as, t->pasid, t->ims);
	return 0;
}

/* Submit ADI_NDESC moves of ADI_LEN bytes, the last with a completion interrupt. */
static int tenant_submit(struct tenant *t)
{
	struct dsa_hw_desc desc[ADI_NDESC];
	int ret = 0;

	for (unsigned int i = 0; i < ADI_NDESC; i++) {
		siov_desc_memmove(&desc[i], t->src.iova + (uint64_t)i * ADI_LEN,
				  t->dst.iova + (uint64_t)i * ADI_LEN, ADI_LEN, t->crs.iova + 32 * i, 0);
		siov_desc_set_pasid(&desc[i], t->pasid, false); /* ENQCMD fills this in */
	}
	siov_desc_set_int(&desc[ADI_NDESC - 1], t->ims);
	if (t->mode == SIOV_ADI_RING)
		return siov_submit_ring(t->wq, &t->ring, desc, ADI_NDESC);
	for (unsigned int i = 0; i < ADI_NDESC && !ret; i++)
		ret = siov_submit_swq(t->wq, &desc[i]);
	return ret;
}

static int scalable_iov(struct siov_dev *d)
{
	char *list_argv[] = {"siovctl", "adi", "list", NULL};
	char *ims_argv[] = {"siovctl", "ims", "list", NULL};
	struct tenant t[2] = {
		{.who = "VM", .adi = 0, .mode = SIOV_ADI_RING, .pasid = 0x101},
		{.who = "process", .adi = 1, .mode = SIOV_ADI_SHARED, .pasid = 0x202},
	};
	struct siov_dev_caps caps;
	unsigned int rd[2] = {0}, wr[2] = {0}, irqs = 0, other = 0;
	uint64_t t0;
	int ret;

	if ((ret = siov_pasid_enable(d, false, true)) || (ret = siov_dev_caps(d, &caps)) ||
	    (ret = siov_device_enable(d)))
		return fail("device enable", ret);
	printf("%u ADIs, %u shared engines, %u descriptor slots, %u IMS entries; device enabled\n",
	       caps.num_adis, caps.num_engines, caps.slots, caps.ims_entries);
	if ((ret = tenant_up(d, &t[0])) || (ret = tenant_up(d, &t[1])))
		return fail("ADI set-up", ret);

	sim_capture_start();
	t0 = siov_now(d);
	if ((ret = tenant_submit(&t[0])) || (ret = tenant_submit(&t[1])))
		return fail("submission", ret);
	/* Watch both interrupt counters (20-cycle resolution). */
	while (!t[0].t_done || !t[1].t_done) {
		for (unsigned int k = 0; k < 2; k++) {
			if (!t[k].t_done && siov_ims_count(d, t[k].ims))
				t[k].t_done = siov_now(d);
		}
		if (siov_now(d) - t0 > 4000000)
			return fail("completion interrupt", -ETIMEDOUT);
		siov_wait(d, 20);
	}
	sim_capture_stop();
	for (unsigned int k = 0; k < 2; k++) {
		const struct dsa_completion_record *cr = t[k].crs.cpu;
		bool ok = !memcmp(t[k].src.cpu, t[k].dst.cpu, ADI_LEN * ADI_NDESC);

		for (unsigned int i = 0; i < ADI_NDESC; i++)
			ok = ok && cr[i].status == DSA_COMP_SUCCESS;
		printf("%-8s %u x %u KiB moved, completion records all success: %s; IMS interrupt "
		       "after %" PRIu64 " cycles\n", t[k].who, ADI_NDESC, ADI_LEN / 1024,
		       ok ? "yes" : "NO", t[k].t_done - t0);
		if (!ok)
			return 1;
	}
	printf("both: %u bytes in %" PRIu64 " cycles = %.1f bytes/cycle over the link\n",
	       2 * ADI_LEN * ADI_NDESC, (t[0].t_done > t[1].t_done ? t[0].t_done : t[1].t_done) - t0,
	       (double)(2 * ADI_LEN * ADI_NDESC) /
		       (double)((t[0].t_done > t[1].t_done ? t[0].t_done : t[1].t_done) - t0));
	/* What the link carried, by PASID. */
	for (unsigned int i = 0; i < sim_capture_count(); i++) {
		struct tlp tl;
		unsigned int kind;

		sim_capture_tlp(sim_capture_get(i), &tl);
		kind = tlp_kind(&tl);
		if (kind != TLP_K_MRD && kind != TLP_K_MWR)
			continue;
		if (!tl.has_prefix) {
			if ((tlp_addr(&tl) >> 20) == 0xfee)
				irqs++;
			else
				other++;
			continue;
		}
		for (unsigned int k = 0; k < 2; k++) {
			if (tlp_pasid(&tl) == t[k].pasid) {
				rd[k] += kind == TLP_K_MRD;
				wr[k] += kind == TLP_K_MWR;
			}
		}
	}
	for (unsigned int k = 0; k < 2; k++)
		printf("link: PASID 0x%x (%s): %u reads, %u writes\n", t[k].pasid, t[k].who, rd[k],
		       wr[k]);
	printf("link: %u interrupt messages (one DW, no PASID), %u requests without PASID otherwise\n",
	       irqs, other);
	printf("\n$ siovctl adi list\n");
	fflush(stdout);
	if ((ret = siovctl_main(3, list_argv)))
		return ret;
	printf("\n$ siovctl ims list\n");
	fflush(stdout);
	return siovctl_main(3, ims_argv);
}

int siov_demo_main(int argc, char **argv)
{
	char *info_argv[] = {"siovctl", "info", NULL};
	struct siov_dma_buf src, dst;
	struct siov_dev *d;
	uint32_t v, scratch, status;
	uint64_t t0, t1;
	int as, ret;

	(void)argc;
	(void)argv;
	printf("siovdm demo: a Scalable IOV endpoint, simulated cycle by cycle with its C host stack\n");

	step("1. Enumerate: firmware sizes and places the BARs, the host library walks the "
	     "capabilities");
	ret = siovctl_main(2, info_argv);
	if (ret)
		return ret;

	step("2. MMIO: BAR0 registers");
	ret = siov_open("sim", 0, &d);
	if (ret)
		return fail("open", ret);
	siov_mmio_read32(d, 0, SIOV_BAR0_VERSION_OFFSET, &v);
	printf("register map version %u.%u (BAR0 at 0x%" PRIx64 ")\n", v >> 16, v & 0xffff,
	       siov_bar(d, 0)->addr);
	siov_mmio_write32(d, 0, SIOV_BAR0_SCRATCH_OFFSET, 0x5107d3a0u);
	siov_mmio_read32(d, 0, SIOV_BAR0_SCRATCH_OFFSET, &scratch);
	printf("scratch: wrote 0x5107d3a0, read back 0x%08x\n", scratch);
	t0 = siov_now(d);
	siov_mmio_read32(d, 0, SIOV_BAR0_TIMESTAMP_LO_OFFSET, &v);
	t1 = siov_now(d);
	printf("device timestamp %u; one MMIO read round trip took %" PRIu64 " cycles\n", v,
	       t1 - t0);
	if (scratch != 0x5107d3a0u)
		return fail("scratch register", -EIO);

	step("3. DMA round trip in an address space bound to PASID 0x42");
	if ((ret = siov_pasid_enable(d, false, false)) ||
	    (ret = siov_as_create(d, &as)) || (ret = siov_as_attach(d, as, DEMO_PASID)) ||
	    (ret = siov_dma_alloc(d, as, DEMO_LEN, &src)) ||
	    (ret = siov_dma_alloc(d, as, DEMO_LEN, &dst)) || (ret = siov_irq_enable(d, 1)) ||
	    (ret = siov_set_bus_master(d, true)))
		return fail("DMA set-up", ret);
	for (uint32_t i = 0; i < DEMO_LEN; i++)
		((uint8_t *)src.cpu)[i] = (uint8_t)(i * 7 + 3);
	printf("PASID enabled; address space %d attached to PASID 0x%x; source at IOVA 0x%" PRIx64
	       ", destination at IOVA 0x%" PRIx64 "\n", as, DEMO_PASID, src.iova, dst.iova);
	t0 = siov_now(d);
	ret = diag_copy(d, &src, &dst, DEMO_LEN, &status);
	t1 = siov_now(d);
	if (ret)
		return fail("self-test DMA", ret);
	printf("self-test channel copied %u bytes: status 0x%08x, MSI-X vector 0 received after "
	       "%" PRIu64 " cycles\n", DEMO_LEN, status, t1 - t0);
	if (memcmp(src.cpu, dst.cpu, DEMO_LEN) ||
	    (status & SIOV_BAR0_DIAG_STATUS_ERR_MASK)) {
		printf("destination does not match the source\n");
		return 1;
	}
	printf("destination matches the source byte for byte; every read and write carried PASID "
	       "0x%x (the protocol checker and the IOMMU model verify it)\n", DEMO_PASID);

	step("4. Scalable IOV: two ADIs assigned to two address spaces, moving data at once");
	ret = scalable_iov(d);
	if (ret)
		return ret;

	step("5. PASID Permissions Table: a virtual switch moves a packet from VM A to VM B with "
	     "one descriptor");
	{
		struct ppt_env e;
		char *stats_argv[] = {"siovctl", "ppt", "stats", NULL};
		char *plist_argv[] = {"siovctl", "ppt", "list", NULL};

		if ((ret = ppt_env_init(&e, d, 1, 64)))
			return fail("PPT set-up", ret);
		if (ppt_case_vswitch(&e))
			return 1;
		step("6. PPT: shared memory between two processes, the owner narrows the window");
		if (ppt_case_shared_memory(&e))
			return 1;
		step("7. PPT: a VMM reads a range-limited, read-only part of a VM's memory");
		if (ppt_case_vmm_window(&e))
			return 1;
		printf("\n$ siovctl ppt list\n");
		fflush(stdout);
		if ((ret = siovctl_main(3, plist_argv)))
			return ret;
		printf("\n$ siovctl ppt stats\n");
		fflush(stdout);
		if ((ret = siovctl_main(3, stats_argv)))
			return ret;
	}

	step("Done");
	siov_dma_free(d, &src);
	siov_dma_free(d, &dst);
	siov_close(d);
	return 0;
}
