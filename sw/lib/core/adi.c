// SPDX-License-Identifier: MIT
/*
 * adi.c - the host-driver side of Assignable Device Interfaces (siov_adi.h): capabilities, the
 * command interface, ADI allocation, configuration and status, SWERR, descriptor-slot
 * allocation, IMS and in-memory interrupt-table entries. Everything here goes through BAR0 (the
 * intercepted path) with the offsets and fields of the generated siov_bar0_regs.h; docs/adi.md
 * is the contract.
 *
 * Bookkeeping (which ADIs and queue slots this library instance handed out, the capabilities)
 * lives in struct siov_dev and is forgotten by siov_flr() and reset_device.
 */
#include <endian.h>
#include <errno.h>
#include <stdatomic.h>
#include <string.h>

#include "siov/siov_adi.h"
#include "siov/siov_bar0_regs.h"
#include "siov/siov_ppt.h"
#include "siov_int.h"

#define BAR0 0u

/* Field of a register value, and a value placed in a field (NAME = register prefix + field). */
#define FLD_GET(name, v) (((uint32_t)(v) & name##_MASK) >> name##_SHIFT)
#define FLD_PREP(name, x) (((uint32_t)(x) << name##_SHIFT) & name##_MASK)
#define FLD_MAX(name) (name##_MASK >> name##_SHIFT)

#define CMD_TIMEOUT_DEFAULT 2000000ull
#define CMD_POLL_CYCLES     20u
#define PASID_MAX           FLD_MAX(SIOV_BAR0_ADI_DESC_PASID_PASID)

static int rd(struct siov_dev *dev, uint64_t off, uint32_t *val)
{
	return siov_mmio_read32(dev, BAR0, off, val);
}

static int wr(struct siov_dev *dev, uint64_t off, uint32_t val)
{
	return siov_mmio_write32(dev, BAR0, off, val);
}

/* ---- capabilities --------------------------------------------------------------------------- */

static int caps_read(struct siov_dev *dev, struct siov_dev_caps *c)
{
	uint32_t ver, adi, queue, ims, xfer, oplo, ophi;
	int ret;

	memset(c, 0, sizeof(*c));
	ret = rd(dev, SIOV_BAR0_VERSION_OFFSET, &ver);
	if (!ret)
		ret = rd(dev, SIOV_BAR0_CAP_ADI_OFFSET, &adi);
	if (!ret)
		ret = rd(dev, SIOV_BAR0_CAP_QUEUE_OFFSET, &queue);
	if (!ret)
		ret = rd(dev, SIOV_BAR0_CAP_IMS_OFFSET, &ims);
	if (!ret)
		ret = rd(dev, SIOV_BAR0_CAP_XFER_OFFSET, &xfer);
	if (!ret)
		ret = rd(dev, SIOV_BAR0_OPCAP_LO_OFFSET, &oplo);
	if (!ret)
		ret = rd(dev, SIOV_BAR0_OPCAP_HI_OFFSET, &ophi);
	if (ret)
		return ret;
	if (ver == 0xffffffffu) {
		siov_log(SIOV_LOG_ERR, "%s: BAR0 reads all ones (device gone, or Memory Space off)",
			 siov_name(dev));
		return -EIO;
	}
	c->version_major = FLD_GET(SIOV_BAR0_VERSION_MAJOR, ver);
	c->version_minor = FLD_GET(SIOV_BAR0_VERSION_MINOR, ver);
	if (c->version_major != SIOV_BAR0_VERSION_MAJOR_RESET) {
		siov_log(SIOV_LOG_ERR, "%s: BAR0 register map version %u.%u, libsiov knows %u.x",
			 siov_name(dev), c->version_major, c->version_minor,
			 SIOV_BAR0_VERSION_MAJOR_RESET);
		return -EPROTONOSUPPORT;
	}
	c->num_adis = FLD_GET(SIOV_BAR0_CAP_ADI_NUM_ADIS, adi);
	c->num_engines = FLD_GET(SIOV_BAR0_CAP_ADI_NUM_ENGINES, adi);
	c->slots = FLD_GET(SIOV_BAR0_CAP_QUEUE_SLOTS, queue);
	c->ims_entries = FLD_GET(SIOV_BAR0_CAP_IMS_ENTRIES, ims);
	c->max_xfer_shift = FLD_GET(SIOV_BAR0_CAP_XFER_MAX_XFER_SHIFT, xfer);
	c->max_batch_shift = FLD_GET(SIOV_BAR0_CAP_XFER_MAX_BATCH_SHIFT, xfer);
	c->max_ring_shift = FLD_GET(SIOV_BAR0_CAP_XFER_MAX_RING_SHIFT, xfer);
	c->opcap = ((uint64_t)FLD_GET(SIOV_BAR0_OPCAP_HI_OPS, ophi) << 32) |
		   FLD_GET(SIOV_BAR0_OPCAP_LO_OPS, oplo);
	return 0;
}

int siov_dev_caps(struct siov_dev *dev, struct siov_dev_caps *caps)
{
	int ret = caps_read(dev, caps);

	if (ret)
		return ret;
	dev->num_adis = caps->num_adis;
	if (dev->num_adis > SIOV_MAX_ADIS) {
		siov_log(SIOV_LOG_WARN, "%s: %u ADIs, libsiov handles the first %u", siov_name(dev),
			 dev->num_adis, SIOV_MAX_ADIS);
		dev->num_adis = SIOV_MAX_ADIS;
	}
	dev->slots = caps->slots;
	dev->ims_entries = caps->ims_entries;
	dev->max_ring_shift = caps->max_ring_shift;
	dev->opcap = caps->opcap;
	dev->dcaps_valid = true;
	return 0;
}

/* The cached capabilities, read on first use. */
static int caps_load(struct siov_dev *dev)
{
	struct siov_dev_caps c;

	return dev->dcaps_valid ? 0 : siov_dev_caps(dev, &c);
}

static int check_adi(struct siov_dev *dev, unsigned int adi)
{
	int ret = caps_load(dev);

	if (ret)
		return ret;
	return adi < dev->num_adis ? 0 : -EINVAL;
}

static int check_handle(struct siov_dev *dev, unsigned int handle)
{
	int ret = caps_load(dev);

	if (ret)
		return ret;
	return handle < dev->ims_entries ? 0 : -EINVAL;
}

void siov_adi_forget(struct siov_dev *dev)
{
	dev->dcaps_valid = false;
	memset(dev->adi_used, 0, sizeof(dev->adi_used));
	memset(dev->slot_used, 0, sizeof(dev->slot_used));
}

/* ---- names ----------------------------------------------------------------------------------- */

const char *siov_cmd_name(unsigned int code)
{
	static const char *const names[] = {
		[SIOV_BAR0_CMD_CODE_ENABLE_DEVICE] = "enable_device",
		[SIOV_BAR0_CMD_CODE_DISABLE_DEVICE] = "disable_device",
		[SIOV_BAR0_CMD_CODE_DRAIN_ALL] = "drain_all",
		[SIOV_BAR0_CMD_CODE_ABORT_ALL] = "abort_all",
		[SIOV_BAR0_CMD_CODE_RESET_DEVICE] = "reset_device",
		[SIOV_BAR0_CMD_CODE_ENABLE_ADI] = "enable_adi",
		[SIOV_BAR0_CMD_CODE_DISABLE_ADI] = "disable_adi",
		[SIOV_BAR0_CMD_CODE_DRAIN_ADI] = "drain_adi",
		[SIOV_BAR0_CMD_CODE_ABORT_ADI] = "abort_adi",
		[SIOV_BAR0_CMD_CODE_RESET_ADI] = "reset_adi",
		[SIOV_BAR0_CMD_CODE_DRAIN_PASID] = "drain_pasid",
		[SIOV_BAR0_CMD_CODE_ABORT_PASID] = "abort_pasid",
		[SIOV_BAR0_CMD_CODE_ALLOC_INT_HANDLE] = "alloc_int_handle",
		[SIOV_BAR0_CMD_CODE_RELEASE_INT_HANDLE] = "release_int_handle",
		[SIOV_BAR0_CMD_CODE_RELEASE_ADI] = "release_adi",
		[SIOV_BAR0_CMD_CODE_INVALIDATE_INT_TABLE] = "invalidate_int_table",
		[SIOV_BAR0_CMD_CODE_PPT_INVALIDATE] = "ppt_invalidate",
		[SIOV_BAR0_CMD_CODE_PPT_INVALIDATE_ALL] = "ppt_invalidate_all",
	};

	if (code >= sizeof(names) / sizeof(names[0]) || !names[code])
		return "?";
	return names[code];
}

const char *siov_cmd_err_name(uint32_t err)
{
	switch (err) {
	case SIOV_BAR0_CMDSTS_ERR_OK:
		return "ok";
	case SIOV_BAR0_CMDSTS_ERR_INVALID_CMD:
		return "invalid_cmd";
	case SIOV_BAR0_CMDSTS_ERR_INVALID_OPERAND:
		return "invalid_operand";
	case SIOV_BAR0_CMDSTS_ERR_DEV_NOT_ENABLED:
		return "dev_not_enabled";
	case SIOV_BAR0_CMDSTS_ERR_BME_OFF:
		return "bme_off";
	case SIOV_BAR0_CMDSTS_ERR_ADI_ENABLED:
		return "adi_enabled";
	case SIOV_BAR0_CMDSTS_ERR_BAD_QUEUE:
		return "bad_queue";
	case SIOV_BAR0_CMDSTS_ERR_BAD_RING:
		return "bad_ring";
	case SIOV_BAR0_CMDSTS_ERR_PASID_NOT_ENABLED:
		return "pasid_not_enabled";
	case SIOV_BAR0_CMDSTS_ERR_BAD_MODE:
		return "bad_mode";
	case SIOV_BAR0_CMDSTS_ERR_NO_HANDLE:
		return "no_handle";
	default:
		return "?";
	}
}

const char *siov_swerr_name(unsigned int code)
{
	switch (code) {
	case SIOV_BAR0_SWERR_STATUS_CODE_BAD_OPCODE:
		return "bad_opcode";
	case SIOV_BAR0_SWERR_STATUS_CODE_INVALID_FLAGS:
		return "invalid_flags";
	case SIOV_BAR0_SWERR_STATUS_CODE_NONZERO_RESERVED:
		return "nonzero_reserved";
	case SIOV_BAR0_SWERR_STATUS_CODE_XFER_ERANGE:
		return "xfer_erange";
	case SIOV_BAR0_SWERR_STATUS_CODE_DESC_CNT_ERANGE:
		return "desc_cnt_erange";
	case SIOV_BAR0_SWERR_STATUS_CODE_OVERLAP_BUFFERS:
		return "overlap_buffers";
	case SIOV_BAR0_SWERR_STATUS_CODE_DESCLIST_ALIGN:
		return "desclist_align";
	case SIOV_BAR0_SWERR_STATUS_CODE_INT_HANDLE_INVAL:
		return "int_handle_inval";
	case SIOV_BAR0_SWERR_STATUS_CODE_CRA_ALIGN:
		return "cra_align";
	case SIOV_BAR0_SWERR_STATUS_CODE_PRIV_BAD:
		return "priv_bad";
	case SIOV_BAR0_SWERR_STATUS_CODE_PORTAL_OVERFLOW:
		return "portal_overflow";
	case SIOV_BAR0_SWERR_STATUS_CODE_ADI_DISABLED:
		return "adi_disabled";
	case SIOV_BAR0_SWERR_STATUS_CODE_RING_FAULT:
		return "ring_fault";
	case SIOV_BAR0_SWERR_STATUS_CODE_ITBL_FAULT:
		return "itbl_fault";
	case SIOV_BAR0_SWERR_STATUS_CODE_PRIV_WRITE_ENABLED:
		return "priv_write_enabled";
	default:
		/* PASID Permissions Table codes (siov_ppt.h). */
		if (code >= SIOV_PPT_ST_SEL_RANGE && code <= SIOV_PPT_ST_NO_DRAIN)
			return siov_ppt_status_name(code);
		return "?";
	}
}

const char *siov_adi_state_name(unsigned int state)
{
	switch (state) {
	case SIOV_BAR0_ADI_STATUS_STATE_DISABLED:
		return "disabled";
	case SIOV_BAR0_ADI_STATUS_STATE_ENABLED:
		return "enabled";
	case SIOV_BAR0_ADI_STATUS_STATE_BUSY:
		return "busy";
	case SIOV_BAR0_ADI_STATUS_STATE_HALTED:
		return "halted";
	default:
		return "?";
	}
}

const char *siov_adi_mode_name(unsigned int mode)
{
	switch (mode) {
	case SIOV_BAR0_ADI_CTRL_MODE_RING:
		return "ring";
	case SIOV_BAR0_ADI_CTRL_MODE_PORTAL:
		return "portal";
	case SIOV_BAR0_ADI_CTRL_MODE_SHARED:
		return "shared";
	default:
		return "?";
	}
}

/* ---- commands ------------------------------------------------------------------------------- */

void siov_set_cmd_timeout(struct siov_dev *dev, uint64_t cycles)
{
	dev->cmd_timeout = cycles;
}

uint32_t siov_cmd_last_error(const struct siov_dev *dev)
{
	return dev->cmd_err;
}

/* Poll cmdsts until active is 0: 0 with *sts, -ETIMEDOUT, or the MMIO error. The time is taken
 * from the platform clock and, where that does not move, from the waits themselves. */
static int cmd_idle(struct siov_dev *dev, uint64_t timeout, uint32_t *sts)
{
	uint64_t start = siov_now(dev), waited = 0;

	for (;;) {
		int ret = rd(dev, SIOV_BAR0_CMDSTS_OFFSET, sts);

		if (ret)
			return ret;
		if (!(*sts & SIOV_BAR0_CMDSTS_ACTIVE_MASK))
			return 0;
		if (waited >= timeout || siov_now(dev) - start >= timeout)
			return -ETIMEDOUT;
		siov_wait(dev, CMD_POLL_CYCLES);
		waited += CMD_POLL_CYCLES;
	}
}

int siov_cmd(struct siov_dev *dev, unsigned int code, uint32_t operand, uint32_t *result,
	     uint32_t *cmd_err)
{
	uint64_t timeout = dev->cmd_timeout ? dev->cmd_timeout : CMD_TIMEOUT_DEFAULT;
	uint32_t sts, err;
	int ret;

	if (code > FLD_MAX(SIOV_BAR0_CMD_CODE) || operand > FLD_MAX(SIOV_BAR0_CMD_OPERAND))
		return -EINVAL;
	/* A write while a command is active is ignored: wait for the previous one first. */
	ret = cmd_idle(dev, timeout, &sts);
	if (ret == -ETIMEDOUT) {
		siov_log(SIOV_LOG_ERR, "%s: command %s: the previous command is still active",
			 siov_name(dev), siov_cmd_name(code));
		return -EBUSY;
	}
	if (ret)
		return ret;
	ret = wr(dev, SIOV_BAR0_CMD_OFFSET,
		 FLD_PREP(SIOV_BAR0_CMD_CODE, code) | FLD_PREP(SIOV_BAR0_CMD_OPERAND, operand));
	if (ret)
		return ret;
	ret = cmd_idle(dev, timeout, &sts);
	if (ret == -ETIMEDOUT)
		siov_log(SIOV_LOG_ERR, "%s: command %s(%u) did not complete in %llu cycles",
			 siov_name(dev), siov_cmd_name(code), operand, (unsigned long long)timeout);
	if (ret)
		return ret;
	err = FLD_GET(SIOV_BAR0_CMDSTS_ERR, sts);
	dev->cmd_err = err;
	if (cmd_err)
		*cmd_err = err;
	if (err) {
		siov_log(SIOV_LOG_DEBUG, "%s: command %s(%u) failed: %s (0x%02x)", siov_name(dev),
			 siov_cmd_name(code), operand, siov_cmd_err_name(err), err);
		return -EIO;
	}
	if (result)
		*result = FLD_GET(SIOV_BAR0_CMDSTS_RESULT, sts);
	return 0;
}

static int dev_cmd(struct siov_dev *dev, unsigned int code)
{
	return siov_cmd(dev, code, 0, NULL, NULL);
}

static int adi_cmd(struct siov_dev *dev, unsigned int code, unsigned int adi)
{
	int ret = check_adi(dev, adi);

	return ret ? ret : siov_cmd(dev, code, adi, NULL, NULL);
}

static int pasid_cmd(struct siov_dev *dev, unsigned int code, uint32_t pasid)
{
	if (pasid > PASID_MAX)
		return -EINVAL;
	return siov_cmd(dev, code, pasid, NULL, NULL);
}

int siov_device_enable(struct siov_dev *dev)
{
	return dev_cmd(dev, SIOV_BAR0_CMD_CODE_ENABLE_DEVICE);
}

int siov_device_disable(struct siov_dev *dev)
{
	return dev_cmd(dev, SIOV_BAR0_CMD_CODE_DISABLE_DEVICE);
}

int siov_device_reset(struct siov_dev *dev)
{
	int ret = dev_cmd(dev, SIOV_BAR0_CMD_CODE_RESET_DEVICE);

	if (!ret)
		siov_adi_forget(dev);
	return ret;
}

int siov_drain_all(struct siov_dev *dev)
{
	return dev_cmd(dev, SIOV_BAR0_CMD_CODE_DRAIN_ALL);
}

int siov_abort_all(struct siov_dev *dev)
{
	return dev_cmd(dev, SIOV_BAR0_CMD_CODE_ABORT_ALL);
}

int siov_adi_enable(struct siov_dev *dev, unsigned int adi)
{
	return adi_cmd(dev, SIOV_BAR0_CMD_CODE_ENABLE_ADI, adi);
}

int siov_adi_disable(struct siov_dev *dev, unsigned int adi)
{
	return adi_cmd(dev, SIOV_BAR0_CMD_CODE_DISABLE_ADI, adi);
}

int siov_adi_drain(struct siov_dev *dev, unsigned int adi)
{
	return adi_cmd(dev, SIOV_BAR0_CMD_CODE_DRAIN_ADI, adi);
}

int siov_adi_abort(struct siov_dev *dev, unsigned int adi)
{
	return adi_cmd(dev, SIOV_BAR0_CMD_CODE_ABORT_ADI, adi);
}

int siov_adi_reset(struct siov_dev *dev, unsigned int adi)
{
	return adi_cmd(dev, SIOV_BAR0_CMD_CODE_RESET_ADI, adi);
}

int siov_adi_release(struct siov_dev *dev, unsigned int adi)
{
	int ret = adi_cmd(dev, SIOV_BAR0_CMD_CODE_RELEASE_ADI, adi);

	if (!ret)
		dev->adi_used[adi / 64] &= ~(1ull << (adi % 64));
	return ret;
}

int siov_pasid_drain(struct siov_dev *dev, uint32_t pasid)
{
	return pasid_cmd(dev, SIOV_BAR0_CMD_CODE_DRAIN_PASID, pasid);
}

int siov_pasid_abort(struct siov_dev *dev, uint32_t pasid)
{
	return pasid_cmd(dev, SIOV_BAR0_CMD_CODE_ABORT_PASID, pasid);
}

int siov_int_table_invalidate(struct siov_dev *dev, unsigned int adi)
{
	return adi_cmd(dev, SIOV_BAR0_CMD_CODE_INVALIDATE_INT_TABLE, adi);
}

/* ---- ADI allocation -------------------------------------------------------------------------- */

int siov_adi_alloc(struct siov_dev *dev, unsigned int *adi)
{
	int ret = caps_load(dev);

	if (ret)
		return ret;
	for (unsigned int a = 0; a < dev->num_adis; a++) {
		struct siov_adi_status st;

		if (dev->adi_used[a / 64] & (1ull << (a % 64)))
			continue;
		ret = siov_adi_status(dev, a, &st);
		if (ret)
			return ret;
		if (st.state != SIOV_BAR0_ADI_STATUS_STATE_DISABLED)
			continue;
		dev->adi_used[a / 64] |= 1ull << (a % 64);
		*adi = a;
		return 0;
	}
	return -ENOSPC;
}

int siov_adi_free(struct siov_dev *dev, unsigned int adi)
{
	int ret = check_adi(dev, adi);

	if (ret)
		return ret;
	if (!(dev->adi_used[adi / 64] & (1ull << (adi % 64))))
		return -EINVAL;
	dev->adi_used[adi / 64] &= ~(1ull << (adi % 64));
	return 0;
}

/* ---- ADI configuration ----------------------------------------------------------------------- */

/* A PASID register value: en, priv, pasid (the three PASID registers share one layout). */
static uint32_t pasid_reg(uint32_t pasid, bool priv)
{
	if (pasid == SIOV_NO_PASID)
		return 0;
	return SIOV_BAR0_ADI_DESC_PASID_EN_MASK | (priv ? SIOV_BAR0_ADI_DESC_PASID_PRIV_MASK : 0) |
	       FLD_PREP(SIOV_BAR0_ADI_DESC_PASID_PASID, pasid);
}

static void pasid_unreg(uint32_t v, uint32_t *pasid, bool *priv)
{
	bool en = v & SIOV_BAR0_ADI_DESC_PASID_EN_MASK;

	*pasid = en ? FLD_GET(SIOV_BAR0_ADI_DESC_PASID_PASID, v) : SIOV_NO_PASID;
	*priv = en && (v & SIOV_BAR0_ADI_DESC_PASID_PRIV_MASK);
}

static int bad_config(struct siov_dev *dev, unsigned int adi, const char *why)
{
	siov_log(SIOV_LOG_WARN, "%s: ADI %u: invalid configuration: %s", siov_name(dev), adi, why);
	return -EINVAL;
}

static int check_pasid(struct siov_dev *dev, unsigned int adi, uint32_t pasid, bool priv,
		       const char *what)
{
	char why[96];

	if (pasid != SIOV_NO_PASID && pasid > PASID_MAX) {
		snprintf(why, sizeof(why), "%s PASID 0x%x is not below 2^20", what, pasid);
		return bad_config(dev, adi, why);
	}
	if (priv && pasid == SIOV_NO_PASID) {
		snprintf(why, sizeof(why), "%s privileged without a PASID", what);
		return bad_config(dev, adi, why);
	}
	return 0;
}

static int check_config(struct siov_dev *dev, unsigned int adi, const struct siov_adi_config *c)
{
	int ret;

	if (c->mode != SIOV_ADI_RING && c->mode != SIOV_ADI_PORTAL && c->mode != SIOV_ADI_SHARED)
		return bad_config(dev, adi, "mode is not ring, portal or shared");
	if (c->weight > FLD_MAX(SIOV_BAR0_ADI_CTRL_WEIGHT))
		return bad_config(dev, adi, "weight above 255");
	if (c->max_inflight > FLD_MAX(SIOV_BAR0_ADI_CTRL_MAX_INFLIGHT))
		return bad_config(dev, adi, "max_inflight above 255");
	ret = check_pasid(dev, adi, c->desc_pasid, c->desc_priv, "descriptor");
	if (!ret)
		ret = check_pasid(dev, adi, c->data_pasid, c->data_priv, "data");
	if (!ret)
		ret = check_pasid(dev, adi, c->int_pasid, c->int_priv, "interrupt");
	if (ret)
		return ret;
	if (!c->queue_size || c->queue_size > FLD_MAX(SIOV_BAR0_ADI_QUEUE_SIZE) ||
	    c->queue_base > FLD_MAX(SIOV_BAR0_ADI_QUEUE_BASE) ||
	    c->queue_base + c->queue_size > dev->slots)
		return bad_config(dev, adi, "queue: size 1..255, base 0..255, within the slots");
	if (c->mode == SIOV_ADI_RING) {
		unsigned int n = c->ring_entries;

		if (n < 2 || (n & (n - 1)) || n > FLD_MAX(SIOV_BAR0_ADI_RING_SIZE_ENTRIES) ||
		    (dev->max_ring_shift < 32 && n > (1u << dev->max_ring_shift)))
			return bad_config(dev, adi,
					  "ring entries: a power of two, 2..2^max_ring_shift");
		if ((uint32_t)c->ring_iova & ~SIOV_BAR0_ADI_RING_BASE_LO_ADDR_MASK)
			return bad_config(dev, adi, "ring address not 64-byte aligned");
	}
	if (c->mode == SIOV_ADI_SHARED &&
	    c->swq_threshold > FLD_MAX(SIOV_BAR0_ADI_SWQ_THRESHOLD_THRESHOLD))
		return bad_config(dev, adi, "swq_threshold above 255");
	if (c->int_table) {
		if (!c->itbl_entries || c->itbl_entries > FLD_MAX(SIOV_BAR0_ADI_ITBL_SIZE_ENTRIES))
			return bad_config(dev, adi, "interrupt table: 1..65535 entries");
		if ((uint32_t)c->itbl_iova & ~SIOV_BAR0_ADI_ITBL_BASE_LO_ADDR_MASK)
			return bad_config(dev, adi, "interrupt table address not 16-byte aligned");
	}
	return 0;
}

/* One privileged register to write: offset, value, and the implemented bits (read-back). */
struct reg_val {
	uint32_t off;
	uint32_t val;
	uint32_t mask;
};

#define PASID_REG_MASK                                                          \
	(SIOV_BAR0_ADI_DESC_PASID_EN_MASK | SIOV_BAR0_ADI_DESC_PASID_PRIV_MASK | \
	 SIOV_BAR0_ADI_DESC_PASID_PASID_MASK)
#define CTRL_REG_MASK                                                          \
	(SIOV_BAR0_ADI_CTRL_MODE_MASK | SIOV_BAR0_ADI_CTRL_INT_MODE_MASK |      \
	 SIOV_BAR0_ADI_CTRL_WEIGHT_MASK | SIOV_BAR0_ADI_CTRL_MAX_INFLIGHT_MASK)
#define CONFIG_REGS 15

/* The register values of a checked configuration, ctrl last. */
static void config_regs(unsigned int adi, const struct siov_adi_config *c,
			struct reg_val r[CONFIG_REGS])
{
	uint32_t int_mode = c->int_table ? SIOV_BAR0_ADI_CTRL_INT_MODE_ITBL :
					   SIOV_BAR0_ADI_CTRL_INT_MODE_IMS;
	unsigned int i = 0;

	r[i++] = (struct reg_val){SIOV_BAR0_ADI_DESC_PASID_ADDR(adi),
				  pasid_reg(c->desc_pasid, c->desc_priv), PASID_REG_MASK};
	r[i++] = (struct reg_val){SIOV_BAR0_ADI_DATA_PASID_ADDR(adi),
				  pasid_reg(c->data_pasid, c->data_priv), PASID_REG_MASK};
	r[i++] = (struct reg_val){SIOV_BAR0_ADI_INT_PASID_ADDR(adi),
				  pasid_reg(c->int_pasid, c->int_priv), PASID_REG_MASK};
	r[i++] = (struct reg_val){SIOV_BAR0_ADI_QUEUE_ADDR(adi),
				  FLD_PREP(SIOV_BAR0_ADI_QUEUE_BASE, c->queue_base) |
					  FLD_PREP(SIOV_BAR0_ADI_QUEUE_SIZE, c->queue_size),
				  SIOV_BAR0_ADI_QUEUE_BASE_MASK | SIOV_BAR0_ADI_QUEUE_SIZE_MASK};
	r[i++] = (struct reg_val){SIOV_BAR0_ADI_RING_BASE_LO_ADDR(adi),
				  (uint32_t)c->ring_iova & SIOV_BAR0_ADI_RING_BASE_LO_ADDR_MASK,
				  SIOV_BAR0_ADI_RING_BASE_LO_ADDR_MASK};
	r[i++] = (struct reg_val){SIOV_BAR0_ADI_RING_BASE_HI_ADDR(adi),
				  (uint32_t)(c->ring_iova >> 32),
				  SIOV_BAR0_ADI_RING_BASE_HI_ADDR_MASK};
	r[i++] = (struct reg_val){SIOV_BAR0_ADI_RING_SIZE_ADDR(adi),
				  FLD_PREP(SIOV_BAR0_ADI_RING_SIZE_ENTRIES, c->ring_entries),
				  SIOV_BAR0_ADI_RING_SIZE_ENTRIES_MASK};
	r[i++] = (struct reg_val){SIOV_BAR0_ADI_SWQ_THRESHOLD_ADDR(adi),
				  FLD_PREP(SIOV_BAR0_ADI_SWQ_THRESHOLD_THRESHOLD, c->swq_threshold),
				  SIOV_BAR0_ADI_SWQ_THRESHOLD_THRESHOLD_MASK};
	r[i++] = (struct reg_val){SIOV_BAR0_ADI_OPS_LO_ADDR(adi), (uint32_t)c->ops,
				  SIOV_BAR0_ADI_OPS_LO_OPS_MASK};
	r[i++] = (struct reg_val){SIOV_BAR0_ADI_OPS_HI_ADDR(adi), (uint32_t)(c->ops >> 32),
				  SIOV_BAR0_ADI_OPS_HI_OPS_MASK};
	r[i++] = (struct reg_val){SIOV_BAR0_ADI_ITBL_BASE_LO_ADDR(adi),
				  (uint32_t)c->itbl_iova & SIOV_BAR0_ADI_ITBL_BASE_LO_ADDR_MASK,
				  SIOV_BAR0_ADI_ITBL_BASE_LO_ADDR_MASK};
	r[i++] = (struct reg_val){SIOV_BAR0_ADI_ITBL_BASE_HI_ADDR(adi),
				  (uint32_t)(c->itbl_iova >> 32),
				  SIOV_BAR0_ADI_ITBL_BASE_HI_ADDR_MASK};
	r[i++] = (struct reg_val){SIOV_BAR0_ADI_ITBL_SIZE_ADDR(adi),
				  FLD_PREP(SIOV_BAR0_ADI_ITBL_SIZE_ENTRIES, c->itbl_entries),
				  SIOV_BAR0_ADI_ITBL_SIZE_ENTRIES_MASK};
	r[i++] = (struct reg_val){SIOV_BAR0_ADI_OVERFLOW_ADDR(adi),
				  SIOV_BAR0_ADI_OVERFLOW_COUNT_MASK, 0}; /* W1C: clear the count */
	r[i] = (struct reg_val){SIOV_BAR0_ADI_CTRL_ADDR(adi),
				FLD_PREP(SIOV_BAR0_ADI_CTRL_MODE, c->mode) |
					FLD_PREP(SIOV_BAR0_ADI_CTRL_INT_MODE, int_mode) |
					FLD_PREP(SIOV_BAR0_ADI_CTRL_WEIGHT, c->weight) |
					FLD_PREP(SIOV_BAR0_ADI_CTRL_MAX_INFLIGHT, c->max_inflight),
				CTRL_REG_MASK};
}

int siov_adi_configure(struct siov_dev *dev, unsigned int adi, const struct siov_adi_config *cfg)
{
	struct reg_val regs[CONFIG_REGS];
	struct siov_adi_status st;
	struct siov_adi_config c;
	int ret = check_adi(dev, adi);

	if (ret)
		return ret;
	if (!cfg)
		return -EINVAL;
	/* Defaults, and 0 in every field the mode does not use. */
	c = *cfg;
	if (!c.weight)
		c.weight = 1;
	if (!c.ops)
		c.ops = dev->opcap;
	if (c.mode != SIOV_ADI_RING) {
		c.ring_iova = 0;
		c.ring_entries = 0;
	}
	if (c.mode != SIOV_ADI_SHARED)
		c.swq_threshold = 0;
	if (!c.int_table) {
		c.itbl_iova = 0;
		c.itbl_entries = 0;
	}
	ret = check_config(dev, adi, &c);
	if (ret)
		return ret;
	ret = siov_adi_status(dev, adi, &st);
	if (ret)
		return ret;
	if (st.state != SIOV_BAR0_ADI_STATUS_STATE_DISABLED) {
		siov_log(SIOV_LOG_DEBUG, "%s: ADI %u is %s: disable it before configuring it",
			 siov_name(dev), adi, siov_adi_state_name(st.state));
		return -EBUSY;
	}
	config_regs(adi, &c, regs);
	for (unsigned int i = 0; i < CONFIG_REGS && !ret; i++)
		ret = wr(dev, regs[i].off, regs[i].val);
	/* Writes to an enabled ADI are ignored: read back to catch a race with enable_adi. */
	for (unsigned int i = 0; i < CONFIG_REGS && !ret; i++) {
		uint32_t v;

		if (!regs[i].mask)
			continue;
		ret = rd(dev, regs[i].off, &v);
		if (!ret && (v & regs[i].mask) != regs[i].val) {
			siov_log(SIOV_LOG_ERR, "%s: ADI %u: register 0x%x reads 0x%08x after "
				 "writing 0x%08x", siov_name(dev), adi, regs[i].off, v,
				 regs[i].val);
			ret = -EIO;
		}
	}
	return ret;
}

int siov_adi_read_config(struct siov_dev *dev, unsigned int adi, struct siov_adi_config *cfg)
{
	uint32_t ctrl, dp, sp, ip, q, rlo, rhi, rsz, thr, olo, ohi, ilo, ihi, isz;
	int ret = check_adi(dev, adi);

	if (ret)
		return ret;
	memset(cfg, 0, sizeof(*cfg));
	ret = rd(dev, SIOV_BAR0_ADI_CTRL_ADDR(adi), &ctrl);
	if (!ret)
		ret = rd(dev, SIOV_BAR0_ADI_DESC_PASID_ADDR(adi), &dp);
	if (!ret)
		ret = rd(dev, SIOV_BAR0_ADI_DATA_PASID_ADDR(adi), &sp);
	if (!ret)
		ret = rd(dev, SIOV_BAR0_ADI_INT_PASID_ADDR(adi), &ip);
	if (!ret)
		ret = rd(dev, SIOV_BAR0_ADI_QUEUE_ADDR(adi), &q);
	if (!ret)
		ret = rd(dev, SIOV_BAR0_ADI_RING_BASE_LO_ADDR(adi), &rlo);
	if (!ret)
		ret = rd(dev, SIOV_BAR0_ADI_RING_BASE_HI_ADDR(adi), &rhi);
	if (!ret)
		ret = rd(dev, SIOV_BAR0_ADI_RING_SIZE_ADDR(adi), &rsz);
	if (!ret)
		ret = rd(dev, SIOV_BAR0_ADI_SWQ_THRESHOLD_ADDR(adi), &thr);
	if (!ret)
		ret = rd(dev, SIOV_BAR0_ADI_OPS_LO_ADDR(adi), &olo);
	if (!ret)
		ret = rd(dev, SIOV_BAR0_ADI_OPS_HI_ADDR(adi), &ohi);
	if (!ret)
		ret = rd(dev, SIOV_BAR0_ADI_ITBL_BASE_LO_ADDR(adi), &ilo);
	if (!ret)
		ret = rd(dev, SIOV_BAR0_ADI_ITBL_BASE_HI_ADDR(adi), &ihi);
	if (!ret)
		ret = rd(dev, SIOV_BAR0_ADI_ITBL_SIZE_ADDR(adi), &isz);
	if (ret)
		return ret;
	cfg->mode = (enum siov_adi_mode)FLD_GET(SIOV_BAR0_ADI_CTRL_MODE, ctrl);
	cfg->weight = FLD_GET(SIOV_BAR0_ADI_CTRL_WEIGHT, ctrl);
	cfg->max_inflight = FLD_GET(SIOV_BAR0_ADI_CTRL_MAX_INFLIGHT, ctrl);
	cfg->int_table = FLD_GET(SIOV_BAR0_ADI_CTRL_INT_MODE, ctrl) ==
			 SIOV_BAR0_ADI_CTRL_INT_MODE_ITBL;
	pasid_unreg(dp, &cfg->desc_pasid, &cfg->desc_priv);
	pasid_unreg(sp, &cfg->data_pasid, &cfg->data_priv);
	pasid_unreg(ip, &cfg->int_pasid, &cfg->int_priv);
	cfg->queue_base = FLD_GET(SIOV_BAR0_ADI_QUEUE_BASE, q);
	cfg->queue_size = FLD_GET(SIOV_BAR0_ADI_QUEUE_SIZE, q);
	cfg->ring_iova = ((uint64_t)rhi << 32) | (rlo & SIOV_BAR0_ADI_RING_BASE_LO_ADDR_MASK);
	cfg->ring_entries = FLD_GET(SIOV_BAR0_ADI_RING_SIZE_ENTRIES, rsz);
	cfg->swq_threshold = FLD_GET(SIOV_BAR0_ADI_SWQ_THRESHOLD_THRESHOLD, thr);
	cfg->ops = ((uint64_t)ohi << 32) | olo;
	cfg->itbl_iova = ((uint64_t)ihi << 32) | (ilo & SIOV_BAR0_ADI_ITBL_BASE_LO_ADDR_MASK);
	cfg->itbl_entries = FLD_GET(SIOV_BAR0_ADI_ITBL_SIZE_ENTRIES, isz);
	return 0;
}

/* ---- status and errors ----------------------------------------------------------------------- */

int siov_adi_status(struct siov_dev *dev, unsigned int adi, struct siov_adi_status *st)
{
	uint32_t s, o;
	int ret = check_adi(dev, adi);

	if (ret)
		return ret;
	memset(st, 0, sizeof(*st));
	ret = rd(dev, SIOV_BAR0_ADI_STATUS_ADDR(adi), &s);
	if (!ret)
		ret = rd(dev, SIOV_BAR0_ADI_OVERFLOW_ADDR(adi), &o);
	if (ret)
		return ret;
	st->state = FLD_GET(SIOV_BAR0_ADI_STATUS_STATE, s);
	st->occupancy = FLD_GET(SIOV_BAR0_ADI_STATUS_OCCUPANCY, s);
	st->inflight = FLD_GET(SIOV_BAR0_ADI_STATUS_INFLIGHT, s);
	st->err = FLD_GET(SIOV_BAR0_ADI_STATUS_ERR, s);
	st->overflow = FLD_GET(SIOV_BAR0_ADI_OVERFLOW_COUNT, o);
	return 0;
}

int siov_adi_clear_overflow(struct siov_dev *dev, unsigned int adi)
{
	int ret = check_adi(dev, adi);

	return ret ? ret : wr(dev, SIOV_BAR0_ADI_OVERFLOW_ADDR(adi),
			      SIOV_BAR0_ADI_OVERFLOW_COUNT_MASK);
}

int siov_swerr_read(struct siov_dev *dev, struct siov_swerr *e)
{
	uint32_t s, i, lo, hi;
	int ret = rd(dev, SIOV_BAR0_SWERR_STATUS_OFFSET, &s);

	memset(e, 0, sizeof(*e));
	if (!ret)
		ret = rd(dev, SIOV_BAR0_SWERR_INFO_OFFSET, &i);
	if (!ret)
		ret = rd(dev, SIOV_BAR0_SWERR_ADDR_LO_OFFSET, &lo);
	if (!ret)
		ret = rd(dev, SIOV_BAR0_SWERR_ADDR_HI_OFFSET, &hi);
	if (ret)
		return ret;
	e->valid = s & SIOV_BAR0_SWERR_STATUS_VALID_MASK;
	e->overflow = s & SIOV_BAR0_SWERR_STATUS_OVERFLOW_MASK;
	e->adi_valid = s & SIOV_BAR0_SWERR_STATUS_ADI_VALID_MASK;
	e->adi = FLD_GET(SIOV_BAR0_SWERR_STATUS_ADI, s);
	e->code = FLD_GET(SIOV_BAR0_SWERR_STATUS_CODE, s);
	e->opcode = FLD_GET(SIOV_BAR0_SWERR_INFO_OPCODE, i);
	e->pasid_valid = i & SIOV_BAR0_SWERR_INFO_PASID_VALID_MASK;
	e->pasid = FLD_GET(SIOV_BAR0_SWERR_INFO_PASID, i);
	e->addr = ((uint64_t)FLD_GET(SIOV_BAR0_SWERR_ADDR_HI_ADDR, hi) << 32) |
		  FLD_GET(SIOV_BAR0_SWERR_ADDR_LO_ADDR, lo);
	return 0;
}

int siov_swerr_clear(struct siov_dev *dev)
{
	return wr(dev, SIOV_BAR0_SWERR_STATUS_OFFSET,
		  SIOV_BAR0_SWERR_STATUS_VALID_MASK | SIOV_BAR0_SWERR_STATUS_OVERFLOW_MASK);
}

/* ---- descriptor slots ------------------------------------------------------------------------ */

static bool slot_used(const struct siov_dev *dev, unsigned int s)
{
	return dev->slot_used[s / 64] & (1ull << (s % 64));
}

static void slots_mark(struct siov_dev *dev, unsigned int base, unsigned int size, bool used)
{
	for (unsigned int s = base; s < base + size; s++) {
		if (used)
			dev->slot_used[s / 64] |= 1ull << (s % 64);
		else
			dev->slot_used[s / 64] &= ~(1ull << (s % 64));
	}
}

int siov_queue_alloc(struct siov_dev *dev, unsigned int size, unsigned int *base)
{
	unsigned int slots;
	int ret = caps_load(dev);

	if (ret)
		return ret;
	if (!size || size > FLD_MAX(SIOV_BAR0_ADI_QUEUE_SIZE))
		return -EINVAL;
	slots = dev->slots < SIOV_MAX_QUEUE_SLOTS ? dev->slots : SIOV_MAX_QUEUE_SLOTS;
	for (unsigned int b = 0; b <= FLD_MAX(SIOV_BAR0_ADI_QUEUE_BASE) && b + size <= slots; b++) {
		unsigned int s = b;

		while (s < b + size && !slot_used(dev, s))
			s++;
		if (s < b + size) {
			b = s; /* the next candidate starts after the used slot */
			continue;
		}
		slots_mark(dev, b, size, true);
		*base = b;
		return 0;
	}
	return -ENOSPC;
}

int siov_queue_free(struct siov_dev *dev, unsigned int base, unsigned int size)
{
	if (!size || base + size > SIOV_MAX_QUEUE_SLOTS)
		return -EINVAL;
	for (unsigned int s = base; s < base + size; s++) {
		if (!slot_used(dev, s))
			return -EINVAL;
	}
	slots_mark(dev, base, size, false);
	return 0;
}

/* ---- IMS ------------------------------------------------------------------------------------- */

int siov_ims_alloc(struct siov_dev *dev, unsigned int adi, unsigned int *handle)
{
	uint32_t h, data;
	uint64_t addr;
	int ret = check_adi(dev, adi);

	if (ret)
		return ret;
	ret = siov_cmd(dev, SIOV_BAR0_CMD_CODE_ALLOC_INT_HANDLE, adi, &h, NULL);
	if (ret)
		return ret;
	if (h >= dev->ims_entries) {
		siov_log(SIOV_LOG_ERR, "%s: alloc_int_handle returned handle %u of %u",
			 siov_name(dev), h, dev->ims_entries);
		return -EIO;
	}
	ret = siov_msg_alloc(dev, SIOV_MSG_COOKIE_IMS(h), &addr, &data);
	if (!ret && ((uint32_t)addr & ~SIOV_BAR0_IMS_ADDR_LO_ADDR_MASK))
		ret = -EINVAL;
	if (!ret)
		ret = wr(dev, SIOV_BAR0_IMS_ADDR_LO_ADDR(h), (uint32_t)addr);
	if (!ret)
		ret = wr(dev, SIOV_BAR0_IMS_ADDR_HI_ADDR(h), (uint32_t)(addr >> 32));
	if (!ret)
		ret = wr(dev, SIOV_BAR0_IMS_DATA_ADDR(h), data);
	if (!ret)
		ret = wr(dev, SIOV_BAR0_IMS_CTRL_ADDR(h), 0); /* unmask; the other bits are RO */
	if (ret) {
		siov_cmd(dev, SIOV_BAR0_CMD_CODE_RELEASE_INT_HANDLE, h, NULL, NULL);
		return ret;
	}
	*handle = h;
	return 0;
}

int siov_ims_release(struct siov_dev *dev, unsigned int handle)
{
	int ret = check_handle(dev, handle);

	return ret ? ret : siov_cmd(dev, SIOV_BAR0_CMD_CODE_RELEASE_INT_HANDLE, handle, NULL, NULL);
}

int siov_ims_mask(struct siov_dev *dev, unsigned int handle, bool masked)
{
	uint32_t ctrl;
	int ret = check_handle(dev, handle);

	if (!ret)
		ret = rd(dev, SIOV_BAR0_IMS_CTRL_ADDR(handle), &ctrl);
	if (ret)
		return ret;
	if (!(ctrl & SIOV_BAR0_IMS_CTRL_BOUND_MASK))
		return -ENOENT;
	return wr(dev, SIOV_BAR0_IMS_CTRL_ADDR(handle), masked ? SIOV_BAR0_IMS_CTRL_MASK_MASK : 0);
}

int siov_ims_wait(struct siov_dev *dev, unsigned int handle, uint64_t timeout)
{
	int ret = check_handle(dev, handle);

	return ret ? ret : siov_msg_wait(dev, SIOV_MSG_COOKIE_IMS(handle), timeout);
}

unsigned int siov_ims_count(struct siov_dev *dev, unsigned int handle)
{
	if (check_handle(dev, handle))
		return 0;
	return siov_msg_count(dev, SIOV_MSG_COOKIE_IMS(handle));
}

int siov_ims_pending(struct siov_dev *dev, unsigned int handle, bool *pending)
{
	uint32_t pba;
	int ret = check_handle(dev, handle);

	if (!ret)
		ret = rd(dev, SIOV_BAR0_IMS_PBA_ADDR(handle / 32), &pba);
	if (ret)
		return ret;
	*pending = FLD_GET(SIOV_BAR0_IMS_PBA_PENDING, pba) & (1u << (handle % 32));
	return 0;
}

int siov_ims_read(struct siov_dev *dev, unsigned int handle, struct siov_ims_entry *e)
{
	uint32_t lo, hi, data, ctrl;
	int ret = check_handle(dev, handle);

	memset(e, 0, sizeof(*e));
	if (!ret)
		ret = rd(dev, SIOV_BAR0_IMS_ADDR_LO_ADDR(handle), &lo);
	if (!ret)
		ret = rd(dev, SIOV_BAR0_IMS_ADDR_HI_ADDR(handle), &hi);
	if (!ret)
		ret = rd(dev, SIOV_BAR0_IMS_DATA_ADDR(handle), &data);
	if (!ret)
		ret = rd(dev, SIOV_BAR0_IMS_CTRL_ADDR(handle), &ctrl);
	if (!ret)
		ret = siov_ims_pending(dev, handle, &e->pending);
	if (ret)
		return ret;
	e->bound = ctrl & SIOV_BAR0_IMS_CTRL_BOUND_MASK;
	e->owner = FLD_GET(SIOV_BAR0_IMS_CTRL_OWNER, ctrl);
	e->masked = ctrl & SIOV_BAR0_IMS_CTRL_MASK_MASK;
	e->addr = ((uint64_t)hi << 32) | (lo & SIOV_BAR0_IMS_ADDR_LO_ADDR_MASK);
	e->data = data;
	return 0;
}

/* ---- in-memory interrupt table --------------------------------------------------------------- */

/* The four little-endian DWs of a table entry: address low, address high, data, control. */
static volatile uint32_t *itbl_entry(struct siov_dma_buf *table, unsigned int index)
{
	if (!table || !table->cpu ||
	    ((uint64_t)index + 1) * SIOV_ITBL_ENTRY_SIZE > (uint64_t)table->size)
		return NULL;
	return (volatile uint32_t *)((uint8_t *)table->cpu + (size_t)index * SIOV_ITBL_ENTRY_SIZE);
}

int siov_itbl_set(struct siov_dma_buf *table, unsigned int index, uint64_t addr, uint32_t data,
		  bool masked)
{
	volatile uint32_t *e = itbl_entry(table, index);

	if (!e || (addr & 3))
		return -EINVAL;
	/* Masked while it changes, so that a fetch in between never sees half an entry live. */
	e[3] = htole32(1);
	atomic_thread_fence(memory_order_release);
	e[0] = htole32((uint32_t)addr);
	e[1] = htole32((uint32_t)(addr >> 32));
	e[2] = htole32(data);
	atomic_thread_fence(memory_order_release);
	e[3] = htole32(masked ? 1 : 0);
	atomic_thread_fence(memory_order_release);
	return 0;
}

int siov_itbl_mask(struct siov_dma_buf *table, unsigned int index, bool masked)
{
	volatile uint32_t *e = itbl_entry(table, index);

	if (!e)
		return -EINVAL;
	e[3] = htole32(masked ? 1 : 0);
	atomic_thread_fence(memory_order_release);
	return 0;
}

static int check_itbl(unsigned int adi, unsigned int index)
{
	if (adi >= SIOV_MAX_ADIS || index > FLD_MAX(SIOV_BAR0_ADI_ITBL_SIZE_ENTRIES))
		return -EINVAL;
	return 0;
}

int siov_itbl_msg(struct siov_dev *dev, unsigned int adi, unsigned int index, uint64_t *addr,
		  uint32_t *data)
{
	int ret = check_itbl(adi, index);

	return ret ? ret : siov_msg_alloc(dev, SIOV_MSG_COOKIE_ITBL(adi, index), addr, data);
}

int siov_itbl_wait(struct siov_dev *dev, unsigned int adi, unsigned int index, uint64_t timeout)
{
	int ret = check_itbl(adi, index);

	return ret ? ret : siov_msg_wait(dev, SIOV_MSG_COOKIE_ITBL(adi, index), timeout);
}

unsigned int siov_itbl_count(struct siov_dev *dev, unsigned int adi, unsigned int index)
{
	if (check_itbl(adi, index))
		return 0;
	return siov_msg_count(dev, SIOV_MSG_COOKIE_ITBL(adi, index));
}
