"""Host-side helpers of the board-mode tests: the DMA self-test channel, ADIs with a dedicated
portal, DSA descriptors and completion records, the SIOV DVSEC. Register offsets come from the
generated sim/board/regs/ (rtl/regs/*.rdl), the DVSEC layout from sw/include/siov/siov.h; the
DSA descriptor and record layouts are those of <linux/idxd.h>.
"""
import re
import struct
from pathlib import Path

from cocotb.triggers import RisingEdge

from regs import siov_adi_page_regs as pg
from regs import siov_bar0_regs as b0

REPO = Path(__file__).resolve().parents[2]


def c_defines(header, prefix):
    """The integer #defines of a C header whose names start with prefix."""
    out = {}
    for m in re.finditer(r"^#define\s+(" + prefix + r"\w*)\s+(0x[0-9a-fA-F]+|\d+)u?\b",
                         (REPO / header).read_text(), re.M):
        out[m.group(1)] = int(m.group(2), 0)
    return out


DVSEC = c_defines("sw/include/siov/siov.h", "SIOV_DVSEC_")

# <linux/idxd.h>: opcodes, descriptor flags, completion status.
DSA_OPCODE_MEMMOVE = 0x03
IDXD_OP_FLAG_CRAV = 0x0004
IDXD_OP_FLAG_RCR = 0x0008
IDXD_OP_FLAG_RCI = 0x0010
DSA_COMP_SUCCESS = 0x01
DSA_COMP_STATUS_MASK = 0x7F


def fld(name, val):
    """Value placed in field <name> of a register (b0.<name>_SHIFT / _MASK)."""
    return (val << getattr(b0, name + "_SHIFT")) & getattr(b0, name + "_MASK")


def get(name, reg):
    return (reg & getattr(b0, name + "_MASK")) >> getattr(b0, name + "_SHIFT")


def memmove_desc(src, dst, size, cr, pasid=0, int_handle=None):
    """A 64-byte DSA memory-move descriptor with a completion record at cr."""
    flags = IDXD_OP_FLAG_CRAV | IDXD_OP_FLAG_RCR
    if int_handle is not None:
        flags |= IDXD_OP_FLAG_RCI
    dw0 = pasid & 0xFFFFF
    dw1 = flags | (DSA_OPCODE_MEMMOVE << 24)
    d = struct.pack("<IIQQQIHH", dw0, dw1, cr, src, dst, size,
                    int_handle if int_handle is not None else 0, 0)
    return d.ljust(64, b"\0")


class Siov:
    """The device as a driver sees it through the board environment (BoardEnv)."""

    def __init__(self, env):
        self.env = env

    # ---- configuration space ------------------------------------------------------------
    async def dvsec(self):
        """Offset of the Intel SIOV DVSEC, found by walking the extended capability list."""
        pdev = self.env.pdev

        async def is_siov(off):
            h1 = await pdev.config_read_dword(off + 4)
            h2 = await pdev.config_read_dword(off + 8)
            return (h1 & 0xFFFF == DVSEC["SIOV_DVSEC_VENDOR_INTEL"] and
                    h2 & 0xFFFF == DVSEC["SIOV_DVSEC_ID_SIOV"])
        return await self.env.find_ext_cap(0x0023, is_siov)

    async def page_size(self):
        off = await self.dvsec()
        sps = await self.env.pdev.config_read_dword(off + DVSEC["SIOV_DVSEC_SYS_PAGE_SIZE"])
        return 4096 << (sps.bit_length() - 1)

    # ---- commands ---------------------------------------------------------------------------
    async def cmd(self, code, operand=0, timeout=200000):
        env = self.env
        await env.wr32(b0.SIOV_BAR0_CMD_OFFSET,
                       fld("SIOV_BAR0_CMD_CODE", code) | fld("SIOV_BAR0_CMD_OPERAND", operand))
        for _ in range(timeout // 20):
            sts = await env.rd32(b0.SIOV_BAR0_CMDSTS_OFFSET)
            if not sts & b0.SIOV_BAR0_CMDSTS_ACTIVE_MASK:
                return get("SIOV_BAR0_CMDSTS_ERR", sts)
            await env.cycles(20)
        raise AssertionError(f"command {code} still active")

    # ---- DMA self-test channel ------------------------------------------------------------
    async def diag(self, src, dst, length, pasid=None, irq_vector=None, timeout=200000):
        env = self.env
        w = env.wr32
        await w(b0.SIOV_BAR0_DIAG_SRC_LO_OFFSET, src & 0xFFFFFFFF)
        await w(b0.SIOV_BAR0_DIAG_SRC_HI_OFFSET, src >> 32)
        await w(b0.SIOV_BAR0_DIAG_DST_LO_OFFSET, dst & 0xFFFFFFFF)
        await w(b0.SIOV_BAR0_DIAG_DST_HI_OFFSET, dst >> 32)
        await w(b0.SIOV_BAR0_DIAG_LEN_OFFSET, length)
        p = 0 if pasid is None else (b0.SIOV_BAR0_DIAG_PASID_EN_MASK |
                                     fld("SIOV_BAR0_DIAG_PASID_PASID", pasid))
        await w(b0.SIOV_BAR0_DIAG_PASID_OFFSET, p)
        ctrl = b0.SIOV_BAR0_DIAG_CTRL_START_MASK
        if irq_vector is not None:
            ctrl |= b0.SIOV_BAR0_DIAG_CTRL_IRQ_EN_MASK | fld("SIOV_BAR0_DIAG_CTRL_VECTOR",
                                                              irq_vector)
        await w(b0.SIOV_BAR0_DIAG_CTRL_OFFSET, ctrl)
        for _ in range(timeout // 50):
            st = await env.rd32(b0.SIOV_BAR0_DIAG_STATUS_OFFSET)
            if st & b0.SIOV_BAR0_DIAG_STATUS_DONE_MASK:
                await w(b0.SIOV_BAR0_DIAG_STATUS_OFFSET, b0.SIOV_BAR0_DIAG_STATUS_DONE_MASK)
                return get("SIOV_BAR0_DIAG_STATUS_ERR", st)
            await env.cycles(50)
        raise AssertionError("self-test DMA did not finish")

    # ---- ADIs -------------------------------------------------------------------------------
    async def device_enable(self):
        err = await self.cmd(b0.SIOV_BAR0_CMD_CODE_ENABLE_DEVICE)
        assert err == 0, f"enable_device: error {err:#x}"

    async def portal_adi(self, adi, desc_pasid, data_pasid, queue_base, queue_size=8):
        """Configure ADI adi as a dedicated portal with the given PASIDs and enable it."""
        env = self.env

        def pasid_reg(p):
            if p is None:
                return 0
            return b0.SIOV_BAR0_ADI_DESC_PASID_EN_MASK | fld("SIOV_BAR0_ADI_DESC_PASID_PASID", p)

        await env.wr32(b0.SIOV_BAR0_ADI_DESC_PASID_ADDR(adi), pasid_reg(desc_pasid))
        await env.wr32(b0.SIOV_BAR0_ADI_DATA_PASID_ADDR(adi), pasid_reg(data_pasid))
        await env.wr32(b0.SIOV_BAR0_ADI_INT_PASID_ADDR(adi), 0)
        await env.wr32(b0.SIOV_BAR0_ADI_QUEUE_ADDR(adi),
                       fld("SIOV_BAR0_ADI_QUEUE_BASE", queue_base) |
                       fld("SIOV_BAR0_ADI_QUEUE_SIZE", queue_size))
        ops = (await env.rd32(b0.SIOV_BAR0_OPCAP_LO_OFFSET),
               await env.rd32(b0.SIOV_BAR0_OPCAP_HI_OFFSET))
        await env.wr32(b0.SIOV_BAR0_ADI_OPS_LO_ADDR(adi), ops[0])
        await env.wr32(b0.SIOV_BAR0_ADI_OPS_HI_ADDR(adi), ops[1])
        await env.wr32(b0.SIOV_BAR0_ADI_CTRL_ADDR(adi),
                       fld("SIOV_BAR0_ADI_CTRL_MODE", b0.SIOV_BAR0_ADI_CTRL_MODE_PORTAL) |
                       fld("SIOV_BAR0_ADI_CTRL_WEIGHT", 1) |
                       fld("SIOV_BAR0_ADI_CTRL_MAX_INFLIGHT", 0))
        err = await self.cmd(b0.SIOV_BAR0_CMD_CODE_ENABLE_ADI, adi)
        assert err == 0, f"enable_adi({adi}): error {err:#x}"

    async def portal_submit(self, adi, desc, page_size=4096):
        await self.env.bar2.write(adi * page_size + pg.SIOV_ADI_PAGE_PORTAL_OFFSET, desc)

    async def wait_record(self, region, off, timeout=2000000, poll=200, stall=200000):
        """Poll a completion record in host memory: (status, bytes_completed). Fails early if
        the design transmits nothing for `stall` cycles while the record is still empty (a
        transmit side stuck on credits, say; longer than the completion timeout of 65,536
        cycles, so that a lost completion ends as the read-fault status it should)."""
        clk = RisingEdge(self.env.dut.coreclkout_hip)
        last, still = -1, 0
        for _ in range(timeout // poll):
            st = region.mem[off]
            if st:
                return st & DSA_COMP_STATUS_MASK, struct.unpack_from("<I", region.mem, off + 4)[0]
            sent = sum(self.env.dev.tx_counts.values())
            still = still + poll if sent == last else 0
            last = sent
            assert still < stall, (f"no TLP transmitted for {still} cycles after {sent} "
                                   f"({self.env.dev.tx_counts}); the record at +{off:#x} is empty")
            for _ in range(poll):
                await clk
        return 0, 0
