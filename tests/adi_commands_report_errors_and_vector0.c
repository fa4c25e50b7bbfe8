// SPDX-License-Identifier: MIT
/*
 * The command interface answers every refusal with its code in cmdsts.err (invalid command,
 * invalid operand, device not enabled, Bus Master Enable off, ADI already enabled, bad queue
 * (size 0, beyond the slots, overlapping an enabled ADI's), bad ring size, PASID not enabled,
 * bad mode, no free interrupt handle) and changes nothing; privileged registers written while
 * the ADI is enabled are ignored and logged in SWERR (0x44, with the offset); MSI-X vector 0
 * fires for software errors and for commands that ask for it, with the cause in intcause; a
 * second error before software clears the first sets the overflow bit.
 */
#include <errno.h>

#include "adi_util.h"
#include "siov/siov_bar0_regs.h"
#include "siov_test.h"

SIOV_TEST_CONFIG(.summary = "command errors, SWERR on privileged writes, vector 0 interrupts");

static struct siov_dev *d;

static uint32_t rd(uint64_t off)
{
	uint32_t v = 0xdeadbeef;

	CHECK_OK(siov_mmio_read32(d, 0, off, &v));
	return v;
}

static void wr(uint64_t off, uint32_t v)
{
	CHECK_OK(siov_mmio_write32(d, 0, off, v));
}

/* Run a command expected to fail with err. */
static void refused(unsigned int code, uint32_t operand, uint32_t err, const char *what)
{
	uint32_t e = 0;

	CHECK_EQ(siov_cmd(d, code, operand, NULL, &e), -EIO, "%s", what);
	CHECK_EQ(e, err, "%s: %s", what, siov_cmd_err_name(e));
}

/* Raw configuration of ADI n (what a buggy or hostile driver might write). */
static void raw_cfg(unsigned int n, uint32_t ctrl, uint32_t queue, uint32_t ring_size,
		    uint32_t desc_pasid)
{
	wr(SIOV_BAR0_ADI_CTRL_ADDR(n), ctrl);
	wr(SIOV_BAR0_ADI_QUEUE_ADDR(n), queue);
	wr(SIOV_BAR0_ADI_RING_SIZE_ADDR(n), ring_size);
	wr(SIOV_BAR0_ADI_DESC_PASID_ADDR(n), desc_pasid);
	wr(SIOV_BAR0_ADI_DATA_PASID_ADDR(n), 0);
	wr(SIOV_BAR0_ADI_INT_PASID_ADDR(n), 0);
}

#define Q(base, size) ((uint32_t)(base) | (uint32_t)(size) << 8)
#define PORTAL        SIOV_BAR0_ADI_CTRL_MODE_PORTAL
#define PASID_EN      SIOV_BAR0_ADI_DESC_PASID_EN_MASK
#define PASID_PRIV    SIOV_BAR0_ADI_DESC_PASID_PRIV_MASK

bool test_main(void)
{
	struct siov_dev_caps caps = {0};
	struct siov_swerr e;
	struct siov_adi_status st;
	uint32_t handle, v;
	unsigned int n0;

	d = siov_test_dev();
	CHECK_OK(siov_dev_caps(d, &caps));
	CHECK_EQ(caps.num_adis, 64);
	CHECK_EQ(caps.num_engines, 24);
	CHECK_EQ(caps.slots, 256);
	CHECK_EQ(caps.ims_entries, 2048);
	CHECK_EQ(caps.opcap & 0xf, 0xf, "no-op, batch, drain, memory move");

	/* Unknown codes; operands out of range. */
	refused(0, 0, SIOV_BAR0_CMDSTS_ERR_INVALID_CMD, "code 0");
	refused(19, 0, SIOV_BAR0_CMDSTS_ERR_INVALID_CMD, "code 19 (first undefined)");
	refused(SIOV_BAR0_CMD_CODE_PPT_INVALIDATE, 0x10000, SIOV_BAR0_CMDSTS_ERR_INVALID_OPERAND,
		"ppt_invalidate of selector 65536");
	refused(31, 0, SIOV_BAR0_CMDSTS_ERR_INVALID_CMD, "code 31");
	refused(SIOV_BAR0_CMD_CODE_ENABLE_ADI, 64, SIOV_BAR0_CMDSTS_ERR_INVALID_OPERAND, "ADI 64");
	refused(SIOV_BAR0_CMD_CODE_RESET_ADI, 0xfffff, SIOV_BAR0_CMDSTS_ERR_INVALID_OPERAND,
		"ADI 0xfffff");
	refused(SIOV_BAR0_CMD_CODE_RELEASE_INT_HANDLE, 2048, SIOV_BAR0_CMDSTS_ERR_INVALID_OPERAND,
		"handle 2048");

	/* The device is not enabled; without Bus Master Enable it cannot be. */
	raw_cfg(1, PORTAL, Q(0, 8), 0, 0);
	refused(SIOV_BAR0_CMD_CODE_ENABLE_ADI, 1, SIOV_BAR0_CMDSTS_ERR_DEV_NOT_ENABLED,
		"enable_adi before enable_device");
	CHECK_OK(siov_set_bus_master(d, false));
	refused(SIOV_BAR0_CMD_CODE_ENABLE_DEVICE, 0, SIOV_BAR0_CMDSTS_ERR_BME_OFF, "BME off");
	CHECK_EQ(rd(SIOV_BAR0_GENSTS_OFFSET) & SIOV_BAR0_GENSTS_STATE_MASK,
		 SIOV_BAR0_GENSTS_STATE_DISABLED);
	CHECK_OK(siov_set_bus_master(d, true));
	CHECK_OK(siov_irq_enable(d, 1));
	CHECK_OK(siov_device_enable(d));
	CHECK_EQ(rd(SIOV_BAR0_GENSTS_OFFSET) & SIOV_BAR0_GENSTS_STATE_MASK,
		 SIOV_BAR0_GENSTS_STATE_ENABLED);

	/* enable_adi checks. ADI 1 (slots 0-7) is enabled first. */
	CHECK_OK(siov_adi_enable(d, 1));
	refused(SIOV_BAR0_CMD_CODE_ENABLE_ADI, 1, SIOV_BAR0_CMDSTS_ERR_ADI_ENABLED, "twice");
	raw_cfg(2, PORTAL, Q(4, 8), 0, 0);
	refused(SIOV_BAR0_CMD_CODE_ENABLE_ADI, 2, SIOV_BAR0_CMDSTS_ERR_BAD_QUEUE,
		"queue overlapping ADI 1's");
	raw_cfg(2, PORTAL, Q(8, 0), 0, 0);
	refused(SIOV_BAR0_CMD_CODE_ENABLE_ADI, 2, SIOV_BAR0_CMDSTS_ERR_BAD_QUEUE, "size 0");
	raw_cfg(2, PORTAL, Q(250, 7), 0, 0);
	refused(SIOV_BAR0_CMD_CODE_ENABLE_ADI, 2, SIOV_BAR0_CMDSTS_ERR_BAD_QUEUE,
		"beyond the slots");
	raw_cfg(2, SIOV_BAR0_ADI_CTRL_MODE_RING, Q(8, 8), 3, 0);
	refused(SIOV_BAR0_CMD_CODE_ENABLE_ADI, 2, SIOV_BAR0_CMDSTS_ERR_BAD_RING, "ring of 3");
	raw_cfg(2, SIOV_BAR0_ADI_CTRL_MODE_RING, Q(8, 8), 1, 0);
	refused(SIOV_BAR0_CMD_CODE_ENABLE_ADI, 2, SIOV_BAR0_CMDSTS_ERR_BAD_RING, "ring of 1");
	raw_cfg(2, SIOV_BAR0_ADI_CTRL_MODE_RING, Q(8, 8), 0x1ffff, 0);
	refused(SIOV_BAR0_CMD_CODE_ENABLE_ADI, 2, SIOV_BAR0_CMDSTS_ERR_BAD_RING, "ring too big");
	raw_cfg(2, 3, Q(8, 8), 0, 0);
	refused(SIOV_BAR0_CMD_CODE_ENABLE_ADI, 2, SIOV_BAR0_CMDSTS_ERR_BAD_MODE, "mode 3");
	raw_cfg(2, PORTAL, Q(8, 8), 0, PASID_EN | 7);
	refused(SIOV_BAR0_CMD_CODE_ENABLE_ADI, 2, SIOV_BAR0_CMDSTS_ERR_PASID_NOT_ENABLED,
		"PASID while the capability is off");
	raw_cfg(2, SIOV_BAR0_ADI_CTRL_MODE_SHARED, Q(8, 8), 0, 0);
	refused(SIOV_BAR0_CMD_CODE_ENABLE_ADI, 2, SIOV_BAR0_CMDSTS_ERR_PASID_NOT_ENABLED,
		"shared queue while PASID is off");
	CHECK_OK(siov_pasid_enable(d, false, false));
	raw_cfg(2, PORTAL, Q(8, 8), 0, PASID_EN | PASID_PRIV | 7);
	refused(SIOV_BAR0_CMD_CODE_ENABLE_ADI, 2, SIOV_BAR0_CMDSTS_ERR_PASID_NOT_ENABLED,
		"privileged PASID while Privileged Mode is off");
	CHECK_OK(siov_adi_status(d, 2, &st));
	CHECK_EQ(st.state, SIOV_BAR0_ADI_STATUS_STATE_DISABLED, "refusals change nothing");
	raw_cfg(2, PORTAL, Q(8, 8), 0, PASID_EN | 7);
	CHECK_OK(siov_adi_enable(d, 2));

	/* Privileged registers of an enabled ADI: write ignored, SWERR 0x44 with the offset. */
	CHECK_OK(siov_swerr_clear(d));
	wr(SIOV_BAR0_GENCTRL_OFFSET, SIOV_BAR0_GENCTRL_SWERR_INT_MASK |
				     SIOV_BAR0_GENCTRL_CMD_INT_MASK);
	n0 = siov_irq_count(d, 0);
	wr(SIOV_BAR0_ADI_DESC_PASID_ADDR(2), PASID_EN | 9);
	CHECK_EQ(rd(SIOV_BAR0_ADI_DESC_PASID_ADDR(2)), PASID_EN | 7, "PASID identity unchanged");
	CHECK_OK(siov_irq_wait(d, 0, 20000), "vector 0 for the software error");
	CHECK_EQ(siov_irq_count(d, 0), n0 + 1);
	CHECK_EQ(rd(SIOV_BAR0_INTCAUSE_OFFSET), SIOV_BAR0_INTCAUSE_SWERR_MASK);
	CHECK_OK(siov_swerr_read(d, &e));
	CHECK(e.valid && !e.overflow);
	CHECK_EQ(e.code, SIOV_BAR0_SWERR_STATUS_CODE_PRIV_WRITE_ENABLED);
	CHECK(e.adi_valid && e.adi == 2);
	CHECK_EQ(e.addr, SIOV_BAR0_ADI_DESC_PASID_ADDR(2));
	CHECK_OK(siov_adi_status(d, 2, &st));
	CHECK_EQ(st.err, SIOV_BAR0_SWERR_STATUS_CODE_PRIV_WRITE_ENABLED, "ADI's last error");
	/* A second error before clearing: overflow, the record keeps the first. */
	wr(SIOV_BAR0_ADI_CTRL_ADDR(1), 0);
	CHECK_OK(siov_swerr_read(d, &e));
	CHECK(e.valid && e.overflow && e.adi == 2, "overflow set, first error kept");
	CHECK_EQ(rd(SIOV_BAR0_ADI_CTRL_ADDR(1)) & SIOV_BAR0_ADI_CTRL_MODE_MASK, PORTAL);
	wr(SIOV_BAR0_INTCAUSE_OFFSET, SIOV_BAR0_INTCAUSE_SWERR_MASK);
	CHECK_EQ(rd(SIOV_BAR0_INTCAUSE_OFFSET), 0, "intcause is write-1-to-clear");
	CHECK_OK(siov_swerr_clear(d));
	CHECK_OK(siov_swerr_read(d, &e));
	CHECK(!e.valid && !e.overflow);

	/* A command with int_req: vector 0 when it completes. */
	n0 = siov_irq_count(d, 0);
	wr(SIOV_BAR0_CMD_OFFSET, SIOV_BAR0_CMD_INT_REQ_MASK |
				 (SIOV_BAR0_CMD_CODE_DRAIN_ALL << SIOV_BAR0_CMD_CODE_SHIFT));
	CHECK_OK(siov_irq_wait(d, 0, 100000), "vector 0 for the command");
	v = rd(SIOV_BAR0_CMDSTS_OFFSET);
	CHECK_EQ(v & SIOV_BAR0_CMDSTS_ACTIVE_MASK, 0, "done when the interrupt came");
	CHECK_EQ(v & SIOV_BAR0_CMDSTS_ERR_MASK, 0);
	CHECK_EQ(rd(SIOV_BAR0_INTCAUSE_OFFSET), SIOV_BAR0_INTCAUSE_CMD_DONE_MASK);
	CHECK_EQ(siov_irq_count(d, 0), n0 + 1);
	/* Without int_req: no interrupt. */
	CHECK_OK(siov_drain_all(d));
	siov_wait(d, 2000);
	CHECK_EQ(siov_irq_count(d, 0), n0 + 1);

	/* Interrupt handles: all 2048 can be bound; the next allocation fails with no_handle;
	 * releasing the ADI frees them. */
	for (unsigned int i = 0; i < caps.ims_entries; i++) {
		CHECK_OK(siov_cmd(d, SIOV_BAR0_CMD_CODE_ALLOC_INT_HANDLE, 1, &handle, NULL),
			 "allocation %u", i);
	}
	refused(SIOV_BAR0_CMD_CODE_ALLOC_INT_HANDLE, 2, SIOV_BAR0_CMDSTS_ERR_NO_HANDLE, "IMS full");
	CHECK_OK(siov_adi_release(d, 1));
	CHECK_OK(siov_cmd(d, SIOV_BAR0_CMD_CODE_ALLOC_INT_HANDLE, 2, &handle, NULL));
	CHECK(handle < caps.ims_entries);
	CHECK_OK(siov_adi_status(d, 1, &st));
	CHECK_EQ(st.state, SIOV_BAR0_ADI_STATUS_STATE_DISABLED);
	CHECK_EQ(rd(SIOV_BAR0_ADI_QUEUE_ADDR(1)), 0, "release_adi cleared the configuration");
	return true;
}
