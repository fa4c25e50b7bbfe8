// SPDX-License-Identifier: MIT
/*
 * Interrupt Message Storage (SIOV §2.5): a completion interrupt for a masked IMS entry is held
 * in the entry's pending bit (one message however many requests), and unmasking delivers it
 * exactly once; messages are one-DW writes without PASID prefix; an entry is bound to the ADI
 * that allocated it (ims[n].ctrl owner); releasing the handle, or releasing the ADI, revokes it:
 * the entry is unbound and masked, and descriptors naming it fail with 0x19 and send nothing.
 */
#include <errno.h>

#include "adi_util.h"
#include "siov/siov_bar0_regs.h"
#include "sim.h"
#include "siov_test.h"

SIOV_TEST_CONFIG(.summary = "IMS: mask holds pending, unmask delivers once, release revokes",
		 .sim_only = true);

static struct siov_dev *d;
static struct siov_dma_buf crs;
static unsigned int ncr;

/* A no-op with a completion interrupt on handle h; its completion status. */
static int noop_irq(struct adi_ctx *c, unsigned int h)
{
	struct dsa_hw_desc desc;
	struct dsa_completion_record *cr = (void *)((uint8_t *)crs.cpu + 32 * ncr);

	siov_desc_noop(&desc, crs.iova + 32 * ncr++, 0);
	siov_desc_set_int(&desc, h);
	CHECK_OK(adi_submit(c, &desc));
	return adi_cr_wait(d, cr, 100000);
}

bool test_main(void)
{
	struct siov_adi_config cfg = {0};
	struct adi_ctx a;
	struct siov_ims_entry ent;
	bool pend;
	unsigned int h2, irqs;
	int as;

	d = siov_test_dev();
	CHECK_OK(adi_env_init(d, 1, NULL));
	CHECK_OK(adi_as_new(d, 0x31, 0, &as));
	CHECK_OK(siov_dma_alloc(d, as, 4096, &crs));
	cfg.mode = SIOV_ADI_PORTAL;
	cfg.desc_pasid = cfg.data_pasid = 0x31;
	cfg.int_pasid = SIOV_NO_PASID;
	cfg.queue_size = 4;
	CHECK_OK(adi_ctx_up(d, 9, &cfg, as, &a));

	CHECK_OK(siov_ims_read(d, a.ims, &ent));
	CHECK(ent.bound && ent.owner == 9 && !ent.masked && !ent.pending, "bound to ADI 9");

	/* Unmasked: one message per request, one DW without prefix. */
	sim_capture_start();
	CHECK_EQ(noop_irq(&a, a.ims), DSA_COMP_SUCCESS);
	CHECK_OK(siov_ims_wait(d, a.ims, 20000));
	sim_capture_stop();
	{
		struct pasid_region r = {crs.iova, crs.iova + crs.size, 0x31, 0, 0};

		adi_check_capture(&r, 1, &irqs);
		CHECK_EQ(r.writes, 1, "the completion record");
	}
	CHECK_EQ(irqs, 1);

	/* Masked: requests set the pending bit, nothing is sent. */
	CHECK_OK(siov_ims_mask(d, a.ims, true));
	CHECK_EQ(noop_irq(&a, a.ims), DSA_COMP_SUCCESS);
	CHECK_EQ(noop_irq(&a, a.ims), DSA_COMP_SUCCESS);
	siov_wait(d, 10000);
	CHECK_EQ(siov_ims_count(d, a.ims), 1, "nothing while masked");
	CHECK_OK(siov_ims_pending(d, a.ims, &pend));
	CHECK(pend, "pending bit set");
	/* Unmask: exactly one message. */
	CHECK_OK(siov_ims_mask(d, a.ims, false));
	CHECK_OK(siov_ims_wait(d, a.ims, 20000), "held message delivered");
	siov_wait(d, 20000);
	CHECK_EQ(siov_ims_count(d, a.ims), 2, "delivered once");
	CHECK_OK(siov_ims_pending(d, a.ims, &pend));
	CHECK(!pend, "pending bit cleared");

	/* Release the handle: unbound, masked; descriptors naming it fail and send nothing. */
	CHECK_OK(siov_ims_mask(d, a.ims, true));
	CHECK_EQ(noop_irq(&a, a.ims), DSA_COMP_SUCCESS); /* pending again... */
	CHECK_OK(siov_ims_release(d, a.ims));
	CHECK_OK(siov_ims_read(d, a.ims, &ent));
	CHECK(!ent.bound && ent.masked && !ent.pending, "released: unbound, masked, not pending");
	CHECK_EQ(noop_irq(&a, a.ims), DSA_COMP_INT_HANDLE_INVAL, "revoked handle");
	CHECK_EQ(siov_ims_mask(d, a.ims, false), -ENOENT, "libsiov refuses an unbound entry");
	/* ... and even unmasked behind its back, an unbound entry stays quiet. */
	CHECK_OK(siov_mmio_write32(d, 0, SIOV_BAR0_IMS_CTRL_ADDR(a.ims), 0));
	siov_wait(d, 20000);
	CHECK_EQ(siov_ims_count(d, a.ims), 2, "nothing from a released entry");

	/* Release the ADI: every handle it held is revoked. */
	CHECK_OK(siov_ims_alloc(d, 9, &h2));
	CHECK_EQ(noop_irq(&a, h2), DSA_COMP_SUCCESS);
	CHECK_OK(siov_ims_wait(d, h2, 20000));
	CHECK_OK(siov_adi_release(d, 9));
	CHECK_OK(siov_ims_read(d, h2, &ent));
	CHECK(!ent.bound && ent.masked, "release_adi revoked handle %u", h2);
	CHECK_EQ(sim_checker_violations(), 0);
	adi_ctx_close(&a);
	return true;
}
