"""The board-mode testbench's platform: cocotbext-pcie's Intel P-tile model and root complex
around siov_board_tb (siov_agilex7_core), with the few things the model leaves out added from
UG 683059's description. sim/board/README.md says what is the model's own and what is ours.

Additions (all outside the model's code, by subclassing or by wrapping its signal handles):
  - the model's AER and Secondary PCIe capabilities moved to the extended capability list
    (the model puts them in the legacy list, where 0x100 and up are never looked up);
  - a PASID extended capability in the function's configuration space, and its enables (with
    the 10-bit tag requester enable) on tl_cfg addresses 0x18 [2:0] and 0x15 [14], which the
    model reports as 0;
  - the Configuration Intercept Interface: configuration accesses to 0xD00-0xFFF (where the
    hard IP's extended capability chain ends) go to the cii_* ports with the halt / override
    handshake of UG 683059 4.11;
  - FLR: Initiate FLR raises flr_rcvd_pf[0] until the design pulses flr_completed_pf[0];
  - every transmitted frame is kept with its raw prefix sideband (the model's TLP objects drop
    prefixes) and counted per credit type;
  - the user clock with its exact period (the model rounds it down to whole ns).
"""
import logging
import random

import cocotb
from cocotb.triggers import RisingEdge, Timer

from cocotbext.pcie.core import RootComplex
from cocotbext.pcie.core.caps import PciExtCap
from cocotbext.pcie.core.caps.common import PciExtCapId
from cocotbext.pcie.intel.ptile import PTilePcieDevice, PTileRxBus, PTileTxBus
from cocotbext.pcie.intel.ptile import ptile_model

from regs import siov_bar0_regs as b0

# Where the P-tile hard IP hands configuration space to the application (UG 683059 4.11).
CII_BASE_DW = 0xD00 // 4
CII_END_DW = 0x1000 // 4
PASID_CAP_DW = 0x330 // 4  # inside the hard IP's own extended capability range
PASID_MAX_WIDTH = 20       # the PASID capability the board's IP variant advertises


class PasidExtCap(PciExtCap):
    """PASID extended capability (PCIe 7.8.8): Execute and Privileged Mode supported."""

    def __init__(self):
        super().__init__()
        self.cap_id = PciExtCapId.PASID
        self.cap_ver = 1
        self.length = 2
        self.enable = False
        self.exec_enable = False
        self.priv_enable = False

    async def _read_register(self, reg):
        if reg == 1:
            val = (1 << 1) | (1 << 2) | (PASID_MAX_WIDTH << 8)
            val |= (self.enable << 16) | (self.exec_enable << 17) | (self.priv_enable << 18)
            return val
        return 0

    async def _write_register(self, reg, data, mask):
        if reg == 1 and mask & 0x4:
            self.enable = bool(data & 1 << 16)
            self.exec_enable = bool(data & 1 << 17)
            self.priv_enable = bool(data & 1 << 18)


class CiiRange(PciExtCap):
    """0xD00-0xFFF: every access goes to the application through the CII (UG 683059 4.11).

    The IP raises cii_req with the DW address, first byte enables, cii_wr and cii_dout, and
    waits while the application holds cii_halt; in the first cycle with cii_halt low it takes
    cii_override_en / cii_override_din (for a read: the data of the completion); cii_req then
    stays high for a few more cycles (EMIB latency) before it falls. A read not overridden
    returns 0 (the IP has nothing there)."""

    def __init__(self, env):
        super().__init__()
        self.env = env
        self.cap_id = PciExtCapId.DVSEC
        self.length = CII_END_DW - CII_BASE_DW
        self.accesses = 0

    async def read_register(self, reg):
        return await self.env.cii_access(CII_BASE_DW + reg, False, 0, 0xF)

    async def write_register(self, reg, data, mask):
        await self.env.cii_access(CII_BASE_DW + reg, True, data, mask)


class _Tap:
    """A signal handle the model writes through: remembers the value (tl_cfg_add) or adds the
    fields the model leaves 0 before driving the real signal (tl_cfg_ctl)."""

    def __init__(self, sig, fix=None):
        self._sig = sig
        self._fix = fix
        self.last = 0

    def __len__(self):
        return len(self._sig)

    def setimmediatevalue(self, val):
        self.last = val
        self._sig.setimmediatevalue(val)

    @property
    def value(self):
        return self._sig.value

    @value.setter
    def value(self, val):
        self.last = val
        self._sig.value = self._fix(val) if self._fix else val


class SiovPTileDevice(PTilePcieDevice):
    """The model, with the transmit side recorded per frame (raw prefix sideband kept)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.tx_frames = []       # (prefix DW, header int) of every TLP the design sent
        self.keep_frames = True
        self.tx_counts = {"P": 0, "NP": 0, "CPL": 0}
        self.tx_data_credits = {"P": 0, "NP": 0, "CPL": 0}

    async def _run_tx_logic(self):
        while True:
            frame = await self.tx_sink.recv()
            tlp = frame.to_tlp()
            cls = credit_class(frame.hdr)
            self.tx_counts[cls] += 1
            self.tx_data_credits[cls] += (len(frame.data) + 3) // 4
            if self.keep_frames:
                self.tx_frames.append((frame.tlp_prfx, frame.hdr))
            await self.send(tlp)


def credit_class(hdr):
    """P, NP or CPL from a 128-bit header (DW0 in bits 127:96)."""
    fmt = (hdr >> 125) & 7
    typ = (hdr >> 120) & 0x1F
    if typ >> 1 == 0b0101:
        return "CPL"
    if (typ == 0 and fmt & 2) or typ >> 3 == 0b10:
        return "P"
    return "NP"


class BoardEnv:
    """Root complex + P-tile model + the design; enumeration and the helpers tests share."""

    def __init__(self, dut, seed=1, clk_mhz=250, mps=512, mrrs=512, cii_tail=(2, 6),
                 rc_credits=None):
        self.dut = dut
        self.log = logging.getLogger("cocotb.board")
        self.rand = random.Random(seed)
        self.cii_tail = cii_tail
        self.cii_busy = False
        self.flr_count = 0

        self.rc = RootComplex()
        self.rc.max_payload_size = {128: 0, 256: 1, 512: 2}[mps]
        self.rc.max_read_request_size = {128: 0, 256: 1, 512: 2, 1024: 3, 2048: 4, 4096: 5}[mrrs]

        self.tl_cfg_add = _Tap(dut.tl_cfg_add)
        self.tl_cfg_ctl = _Tap(dut.tl_cfg_ctl, self._cfg_fix)
        # The model starts coreclkout_hip with its period rounded down to whole ns (175 MHz
        # would run at 200 MHz): give it the exact period, in ps, while it is constructed.
        model_clock = ptile_model.Clock
        ptile_model.Clock = lambda sig, period, units: model_clock(
            sig, round(1e6 / clk_mhz), units="ps")
        self.dev = SiovPTileDevice(
            pcie_generation=4, pcie_link_width=16, pld_clk_frequency=clk_mhz * 1e6,
            port_num=0, max_payload_size=512, enable_extended_tag=True,
            pf0_msi_enable=False,
            pf0_msix_enable=True,
            pf0_msix_table_size=b0.SIOV_BAR0_MSIX_TABLE_COUNT - 1,
            pf0_msix_table_bir=0,
            pf0_msix_table_offset=b0.SIOV_BAR0_MSIX_TABLE_OFFSET,
            pf0_msix_pba_bir=0,
            pf0_msix_pba_offset=b0.SIOV_BAR0_MSIX_PBA_OFFSET,
            coreclkout_hip=dut.coreclkout_hip,
            reset_status_n=dut.reset_status_n,
            rx_bus=PTileRxBus.from_prefix(dut, "rx_st"),
            tx_bus=PTileTxBus.from_prefix(dut, "tx_st"),
            tx_cdts_limit=dut.tx_cdts_limit,
            tx_cdts_limit_tdm_idx=dut.tx_cdts_limit_tdm_idx,
            tl_cfg_func=dut.tl_cfg_func,
            tl_cfg_add=self.tl_cfg_add,
            tl_cfg_ctl=self.tl_cfg_ctl,
        )
        ptile_model.Clock = model_clock
        self.dev.log.setLevel(logging.WARNING)
        self.rc.log.setLevel(logging.WARNING)

        f = self.dev.functions[0]
        f.vendor_id = 0x1D5A
        f.device_id = 0x5100
        f.revision_id = 0x01
        f.pcie_cap.function_level_reset_capability = True
        f.pcie_cap.initiate_function_level_reset = self._flr
        # The model registers AER (0x100) and Secondary PCIe (0x188) in the legacy capability
        # list, where configuration reads of 0x100 and up never look: move them to the
        # extended list at the same offsets, as the hard IP has them.
        for cap in (f.aer_ext_cap, f.pcie_ext_cap):
            off = cap.offset
            f.deregister_capability(cap)
            f.register_extended_capability(cap, offset=off)
        self.pasid = PasidExtCap()
        f.register_extended_capability(self.pasid, offset=PASID_CAP_DW)
        self.cii = CiiRange(self)
        f.register_extended_capability(self.cii, offset=CII_BASE_DW)
        # The board's BARs (ip/pcie_ptile_x16.ip.tcl): BAR0 64-bit 1 MiB, BAR2 64-bit
        # prefetchable, one direct-path page per ADI at the largest page size (64 KiB).
        f.configure_bar(0, b0.SIOV_BAR0_SIZE, ext=True)
        f.configure_bar(2, 4 * 1024 * 1024, ext=True, prefetch=True)
        self.func = f

        dut.cii_req.setimmediatevalue(0)
        dut.cii_wr.setimmediatevalue(0)
        dut.cii_addr.setimmediatevalue(0)
        dut.cii_dout.setimmediatevalue(0)
        dut.cii_hdr_first_be.setimmediatevalue(0)
        dut.cii_hdr_poisoned.setimmediatevalue(0)
        dut.cii_func_num.setimmediatevalue(0)
        dut.flr_rcvd_pf.setimmediatevalue(0)

        # rc_credits: the root port's advertisement [PH, PD, NPH, NPD, CPLH, CPLD] (0 =
        # infinite); by default the model's (64, 1024, 64, 64, 64, 1024).
        port = self.rc.make_port()
        if rc_credits:
            for vc in port.downstream_port.fc_state:
                for st, init in zip((vc.ph, vc.pd, vc.nph, vc.npd, vc.cplh, vc.cpld), rc_credits):
                    st.rx_initial_allocation = init
                    st.rx_credits_allocated = init
        port.connect(self.dev)
        self.pdev = None
        self.bar0 = None
        self.bar2 = None

    # ---- model additions ------------------------------------------------------------------
    def _cfg_fix(self, val):
        """tl_cfg_ctl with the PASID enables (0x18 [2:0]) and the 10-bit tag requester enable
        (0x15 [14]) of function 0, which the model leaves 0."""
        add = self.tl_cfg_add.last
        f = self.dev.functions[0] if self.dev.functions else None
        if f is None or self.dev.tl_cfg_func.value != 0:
            return val
        if add == 0x15 and f.pcie_cap.ten_bit_tag_requester_enable:
            val |= 1 << 14
        if add == 0x18:
            val |= (self.pasid.enable << 2) | (self.pasid.exec_enable << 1) | self.pasid.priv_enable
        return val

    async def cii_access(self, dw, wr, data, be):
        clk = RisingEdge(self.dut.coreclkout_hip)
        while self.cii_busy:
            await clk
        self.cii_busy = True
        self.cii.accesses += 1
        dut = self.dut
        await clk
        dut.cii_addr.value = dw
        dut.cii_wr.value = int(wr)
        dut.cii_dout.value = data if wr else 0
        dut.cii_hdr_first_be.value = be
        dut.cii_req.value = 1
        for _ in range(1000):
            await clk
            if not dut.cii_halt.value:
                override = int(dut.cii_override_en.value)
                din = int(dut.cii_override_din.value)
                break
        else:
            raise AssertionError(f"CII: the design held cii_halt for 1000 cycles (DW {dw:#x})")
        for _ in range(self.rand.randint(*self.cii_tail)):
            await clk
        dut.cii_req.value = 0
        dut.cii_wr.value = 0
        await clk
        self.cii_busy = False
        if wr:
            return 0
        return din if override else 0

    async def _flr(self):
        """Initiate FLR: the IP raises flr_rcvd_pf[0] and holds it until the application
        pulses flr_completed_pf[0] (UG 683059, FLR interface)."""
        cocotb.start_soon(self._flr_handshake())

    async def _flr_handshake(self):
        clk = RisingEdge(self.dut.coreclkout_hip)
        await clk
        self.dut.flr_rcvd_pf.value = 1
        for _ in range(100000):
            await clk
            if int(self.dut.flr_completed_pf.value) & 1:
                break
        else:
            raise AssertionError("FLR: flr_completed_pf[0] never pulsed")
        self.dut.flr_rcvd_pf.value = 0
        self.flr_count += 1

    # ---- bring-up -------------------------------------------------------------------------
    async def init(self, pasid=True, msix=True, tag10=False):
        """Link up, enumeration, BARs, bus mastering, PASID and MSI-X as a driver would."""
        await RisingEdge(self.dut.coreclkout_hip)
        while not int(self.dut.reset_status_n.value):
            await RisingEdge(self.dut.coreclkout_hip)
        await Timer(100, "ns")
        await self.rc.enumerate()
        self.pdev = self.rc.find_device(self.func.pcie_id)
        await self.pdev.enable_device()
        await self.pdev.set_master()
        self.bar0 = self.pdev.bar_window[0]
        self.bar2 = self.pdev.bar_window[2]
        if pasid:
            await self.pasid_enable(True)
        if tag10:
            await self.set_tag10(True)
        if msix:
            await self.pdev.alloc_irq_vectors(1, b0.SIOV_BAR0_MSIX_TABLE_COUNT)
        await self.settle()

    async def settle(self, cycles=80):
        """Let the configuration output bus carry a change to the design (one TDM round is
        32 cycles)."""
        for _ in range(cycles):
            await RisingEdge(self.dut.coreclkout_hip)

    async def cycles(self, n):
        for _ in range(n):
            await RisingEdge(self.dut.coreclkout_hip)

    async def find_ext_cap(self, cap_id, match=None):
        """Walk the extended capability list from 0x100 as software does: the offset of the
        first capability cap_id (for which `await match(off)` holds, if given), or None."""
        off = 0x100
        for _ in range(64):
            hdr = await self.pdev.config_read_dword(off)
            if hdr & 0xFFFF == cap_id and (match is None or await match(off)):
                return off
            off = hdr >> 20
            if off == 0:
                return None
        return None

    async def pasid_enable(self, en, exec_en=False, priv_en=True):
        off = await self.find_ext_cap(PciExtCapId.PASID)
        val = (en << 16) | (exec_en << 17) | (priv_en << 18)
        await self.pdev.config_write_word(off + 6, val >> 16)
        await self.settle()

    async def set_tag10(self, en):
        off = self.func.pcie_cap.offset * 4
        ctl2 = await self.pdev.config_read_word(off + 0x28)
        ctl2 = (ctl2 | 1 << 12) if en else (ctl2 & ~(1 << 12))
        await self.pdev.config_write_word(off + 0x28, ctl2)
        await self.settle()

    async def set_mps_mrrs(self, mps, mrrs):
        off = self.func.pcie_cap.offset * 4
        ctl = await self.pdev.config_read_word(off + 0x08)
        ctl &= ~((7 << 5) | (7 << 12))
        ctl |= ((mps // 128).bit_length() - 1) << 5
        ctl |= ((mrrs // 128).bit_length() - 1) << 12
        await self.pdev.config_write_word(off + 0x08, ctl)
        await self.settle()

    # ---- MMIO -----------------------------------------------------------------------------
    async def rd32(self, off):
        return await self.bar0.read_dword(off)

    async def wr32(self, off, val):
        await self.bar0.write_dword(off, val)

    def alloc(self, size):
        """Host memory in the root complex's pool: (region, bus address)."""
        region = self.rc.mem_pool.alloc_region(size)
        return region, region.get_absolute_address(0)
