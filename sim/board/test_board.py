"""Board-mode tests: siov_agilex7_core (P-tile shim + siov_top in board mode + CII responder +
FLR handshake) against cocotbext-pcie's P-tile model and root complex. Run by `make board-sim`
(sim/board/run_board.py, one process per test); sim/board/README.md lists what each checks.
"""
import functools
import logging
import os
import random

import cocotb
from cocotb.triggers import RisingEdge

from board_env import BoardEnv
from regs import siov_adi_page_regs as pg
from regs import siov_bar0_regs as b0
from siov_host import DSA_COMP_SUCCESS, DVSEC, Siov, memmove_desc

SEED = int(os.environ.get("BOARD_SEED", "1"))
DESC_PASID = 0x11
DATA_PASID = 0x22


class DropCounter(logging.Handler):
    """Counts the model's own report of a completion dropped for lack of buffer space."""

    def __init__(self):
        super().__init__()
        self.drops = 0

    def emit(self, record):
        if "No space in RX completion buffer" in record.getMessage():
            self.drops += 1


def board_test(long=False, timeout_ms=None, **env_kw):
    """cocotb test with the board environment up (env_kw: BoardEnv options); prints
    BOARD_CYCLES at the end."""

    def wrap(fn):
        @cocotb.test(timeout_time=timeout_ms, timeout_unit="ms" if timeout_ms else None)
        @functools.wraps(fn)
        async def run(dut):
            env = BoardEnv(dut, seed=SEED, **env_kw)
            drops = DropCounter()
            env.dev.log.addHandler(drops)
            env.drops = drops
            count = {"n": 0}

            async def counter():
                while True:
                    await RisingEdge(dut.coreclkout_hip)
                    count["n"] += 1
            cocotb.start_soon(counter())
            await env.init()
            await fn(dut, env, Siov(env))
            assert int(dut.rx_overflow.value) == 0, "receive FIFO of the shim overflowed"
            assert drops.drops == 0, f"the IP dropped {drops.drops} completions"
            dut._log.info("BOARD_CYCLES %d", count["n"])
        run.long = long
        return run
    return wrap


def prefix_pasid(prfx):
    """The PASID of a PASID TLP prefix DW (Fmt 100, Type 1_0001), or None."""
    if prfx >> 24 != 0x91:
        return None
    return prfx & 0xFFFFF


def requests(env):
    """(prefix, header) of every memory request the design sent (reads and writes)."""
    out = []
    for prfx, hdr in env.dev.tx_frames:
        typ = (hdr >> 120) & 0x1F
        if typ == 0:
            out.append((prfx, hdr))
    return out


# ---------------------------------------------------------------------------------------------
@board_test()
async def test_enumeration_bars_and_capability_chain(dut, env, siov):
    """The root complex enumerates the function; BARs size as the board's; the extended list
    reaches the SIOV DVSEC at 0xD00 through the CII."""
    pdev = env.pdev
    assert await pdev.config_read_word(0x00) == 0x1D5A
    assert await pdev.config_read_word(0x02) == 0x5100
    assert pdev.bar_window[0] is not None and pdev.bar_window[2] is not None
    assert pdev.bar_window[0].size == b0.SIOV_BAR0_SIZE
    off = await siov.dvsec()
    assert off == 0xD00, f"DVSEC at {off}"
    h1 = await pdev.config_read_dword(off + 4)
    assert h1 >> 20 == DVSEC["SIOV_DVSEC_LEN"], f"DVSEC header 1 {h1:#x}"
    hdr = await pdev.config_read_dword(off)
    assert hdr >> 20 == 0, "the DVSEC ends the extended capability list"
    assert env.cii.accesses >= 3


@board_test()
async def test_mmio_reads_and_writes_1_to_64_bytes(dut, env, siov):
    """BAR0: version, scratch with every byte length and offset, 64-byte reads of the MSI-X
    table; BAR2 page registers."""
    rnd = random.Random(SEED)
    assert await env.rd32(b0.SIOV_BAR0_VERSION_OFFSET) == b0.SIOV_BAR0_VERSION_RESET
    for _ in range(16):
        w = rnd.getrandbits(32)
        await env.wr32(b0.SIOV_BAR0_SCRATCH_OFFSET, w)
        assert await env.rd32(b0.SIOV_BAR0_SCRATCH_OFFSET) == w
    for n in (1, 2, 3):
        for o in range(0, 4 - n + 1):
            await env.wr32(b0.SIOV_BAR0_SCRATCH_OFFSET, 0x11223344)
            data = bytes(rnd.getrandbits(8) for _ in range(n))
            await env.bar0.write(b0.SIOV_BAR0_SCRATCH_OFFSET + o, data)
            exp = bytearray((0x11223344).to_bytes(4, "little"))
            exp[o:o + n] = data
            got = await env.bar0.read(b0.SIOV_BAR0_SCRATCH_OFFSET, 4)
            assert got == bytes(exp), f"{n}-byte write at +{o}: {got.hex()} != {exp.hex()}"
            part = await env.bar0.read(b0.SIOV_BAR0_SCRATCH_OFFSET + o, n)
            assert part == bytes(exp[o:o + n])
    # The MSI-X table (programmed by the root complex's MSI-X set-up): 8 to 64-byte reads.
    table = b0.SIOV_BAR0_MSIX_TABLE_OFFSET
    whole = await env.bar0.read(table, 64)
    for n in (8, 16, 32, 64):
        assert await env.bar0.read(table, n) == whole[:n]
    vec = env.pdev.msi_vectors[1]
    lo = int.from_bytes(whole[16:20], "little")
    assert lo == vec.addr & 0xFFFFFFFC, f"vector 1 address {lo:#x} != {vec.addr:#x}"
    # A 64-byte write of the table, read back.
    data = bytes(rnd.getrandbits(8) for _ in range(64))
    await env.bar0.write(table + 4 * 16, data)
    back = await env.bar0.read(table + 4 * 16, 64)
    for k in range(4):  # vector control: only the mask bit is implemented
        e, b = data[16 * k:16 * k + 16], back[16 * k:16 * k + 16]
        assert b[:4] == bytes([e[0] & 0xFC]) + e[1:4] and b[4:12] == e[4:12]
    # BAR2: the status register of ADI 0's page.
    st = await env.bar2.read_dword(pg.SIOV_ADI_PAGE_STATUS_OFFSET)
    assert st & pg.SIOV_ADI_PAGE_STATUS_MODE_MASK == 0, f"ADI 0 page status {st:#x}"


def req_addr(hdr):
    """Address of a memory request header (3 or 4 DW)."""
    if (hdr >> 125) & 1:
        return ((hdr >> 32) & 0xFFFFFFFF) << 32 | (hdr & 0xFFFFFFFC)
    return (hdr >> 32) & 0xFFFFFFFC


def req_is_write(hdr):
    return bool((hdr >> 126) & 1)


def check_pasids(env, ranges):
    """Every memory request the design sent falls in one of ranges [(lo, hi, pasid or None)]
    and carries that PASID prefix (or none); returns the count of requests per range."""
    counts = [0] * len(ranges)
    for prfx, hdr in requests(env):
        a = req_addr(hdr)
        kind = "MWr" if req_is_write(hdr) else "MRd"
        for k, (lo, hi, pasid) in enumerate(ranges):
            if lo <= a < hi:
                got = prefix_pasid(prfx)
                assert got == pasid, (f"{kind} to {a:#x} has PASID {got} (prefix {prfx:#010x}),"
                                      f" want {pasid}")
                counts[k] += 1
                break
        else:
            raise AssertionError(f"{kind} to {a:#x} outside every buffer of the test")
    return counts


@board_test()
async def test_dvsec_through_cii(dut, env, siov):
    """The Intel SIOV DVSEC at 0xD00, served by the board's CII responder: identification,
    page sizes, the RW System Page Size (a supported value is taken and moves the ADI pages;
    others are ignored), and the rest of 0xD00-0xFFF reads 0 and ignores writes."""
    pdev = env.pdev
    off = await siov.dvsec()
    h1 = await pdev.config_read_dword(off + 4)
    h2 = await pdev.config_read_dword(off + 8)
    assert h1 & 0xFFFF == DVSEC["SIOV_DVSEC_VENDOR_INTEL"] and (h1 >> 16) & 0xF == 0
    assert h2 & 0xFFFF == DVSEC["SIOV_DVSEC_ID_SIOV"]
    sup = await pdev.config_read_dword(off + DVSEC["SIOV_DVSEC_SUP_PAGE_SIZES"])
    assert sup == 0x15, f"supported page sizes {sup:#x}"
    sps_off = off + DVSEC["SIOV_DVSEC_SYS_PAGE_SIZE"]
    assert await pdev.config_read_dword(sps_off) == 1
    await pdev.config_write_dword(sps_off, 0x2)       # 8 KiB: not supported, ignored
    assert await pdev.config_read_dword(sps_off) == 1
    await pdev.config_write_dword(sps_off, 0x4)       # 16 KiB
    assert await pdev.config_read_dword(sps_off) == 4
    assert await siov.page_size() == 16384
    # ADI 1's page moved to 16 KiB: its status register reads there, not at 4 KiB.
    await siov.device_enable()
    await siov.portal_adi(1, DESC_PASID, DATA_PASID, queue_base=0)
    st16 = await env.bar2.read_dword(16384 + pg.SIOV_ADI_PAGE_STATUS_OFFSET)
    assert (st16 & pg.SIOV_ADI_PAGE_STATUS_MODE_MASK) >> pg.SIOV_ADI_PAGE_STATUS_MODE_SHIFT == \
        pg.SIOV_ADI_PAGE_STATUS_MODE_PORTAL, f"ADI 1 status at 16 KiB: {st16:#x}"
    # Beyond the DVSEC: reads 0, writes ignored; the DVSEC is unchanged.
    for reg in (off + 0x18, 0xE00, 0xFFC):
        await pdev.config_write_dword(reg, 0xFFFFFFFF)
        assert await pdev.config_read_dword(reg) == 0, f"config {reg:#x}"
    assert await pdev.config_read_dword(sps_off) == 4
    # Byte-enable: a byte write to the low byte of System Page Size.
    await pdev.config_write_byte(sps_off, 0x1)
    assert await pdev.config_read_dword(sps_off) == 1


@board_test()
async def test_selftest_dma_sizes_alignments_mps(dut, env, siov):
    """The DMA self-test channel over sizes 1 to 4096 bytes (its limit; 4097 is refused with
    the bad-length status and sends nothing), random alignments and MPS / MRRS 128, 256 and
    512: data bit-exact, every request inside MPS / MRRS and never across 4 KiB, with the
    channel's PASID prefix when one is set and none otherwise."""
    rnd = random.Random(SEED)
    src_r, src = env.alloc(64 * 1024)
    dst_r, dst = env.alloc(64 * 1024)
    src_r.mem[:] = bytes(rnd.getrandbits(8) for _ in range(64 * 1024))
    runs = 0
    for mps, mrrs in ((128, 128), (256, 512), (512, 256), (512, 512)):
        await env.set_mps_mrrs(mps, mrrs)
        for length in (1, 3, 4, 63, 64, 65, 127, 128, 129, 511, 513, 2049, 4095, 4096,
                       rnd.randint(1, 4096), rnd.randint(1, 4096)):
            so = rnd.randint(0, 16 * 1024)
            do = rnd.randint(0, 16 * 1024)
            pasid = rnd.choice([None, rnd.randint(1, (1 << 20) - 1)])
            dst_r.mem[do:do + length] = b"\0" * length
            env.dev.tx_frames.clear()
            err = await siov.diag(src + so, dst + do, length, pasid=pasid)
            assert err == 0, f"self-test {length} B: error {err}"
            assert dst_r.mem[do:do + length] == src_r.mem[so:so + length], \
                f"self-test {length} B at src+{so} dst+{do}, MPS {mps}: data differs"
            nreq = 0
            for prfx, hdr in requests(env):
                a = req_addr(hdr)
                n = ((hdr >> 96) & 0x3FF or 1024) * 4
                assert (a & 0xFFF) + n <= 0x1000, "a request crosses 4 KiB"
                assert n <= (mps if req_is_write(hdr) else mrrs), f"{n}-byte request, MPS {mps} MRRS {mrrs}"
                assert prefix_pasid(prfx) == pasid, f"prefix {prfx:#x}, PASID {pasid}"
                nreq += 1
            assert nreq >= 2
            runs += 1
    assert runs == 64
    env.dev.tx_frames.clear()
    assert await siov.diag(src, dst, 4097) == b0.SIOV_BAR0_DIAG_STATUS_ERR_BAD_LEN
    assert not requests(env), "a refused self-test sent requests"


@board_test()
async def test_msix_vectors_delivered(dut, env, siov):
    """MSI-X programmed by the root complex; the self-test channel's completion interrupt
    arrives on the vector it names, once; with the Function Mask set it is held pending and
    sent once on unmask."""
    src_r, src = env.alloc(4096)
    dst_r, dst = env.alloc(4096)
    got = []

    def handler(k):
        async def on_irq():
            got.append(k)
        return on_irq
    for v in range(b0.SIOV_BAR0_MSIX_TABLE_COUNT):
        env.pdev.request_irq(v, handler(v))
    for v in (1, 5, 15):
        got.clear()
        err = await siov.diag(src, dst, 256, irq_vector=v)
        assert err == 0
        await env.cycles(500)
        assert got == [v], f"vector {v}: interrupts {got}"
    # Function Mask (MSI-X Message Control bit 14, reaching the device on tl_cfg 0x0C [6]):
    # the message is held pending and sent once when the function is unmasked.
    ctl_off = env.func.msix_cap.offset * 4 + 2
    ctl = await env.pdev.config_read_word(ctl_off)
    await env.pdev.config_write_word(ctl_off, ctl | 1 << 14)
    await env.settle()
    got.clear()
    assert await siov.diag(src, dst, 256, irq_vector=3) == 0
    await env.cycles(1000)
    assert got == [], f"masked function sent {got}"
    await env.pdev.config_write_word(ctl_off, ctl & ~(1 << 14))
    await env.settle()
    await env.cycles(500)
    assert got == [3], f"after unmask: {got}"


async def adi_move(siov, adi, src, dst, size, cr_r, cr, cr_off):
    """One memory move through ADI adi's portal, record at cr + cr_off: (status, bytes)."""
    await siov.portal_submit(adi, memmove_desc(src, dst, size, cr + cr_off))
    return await siov.wait_record(cr_r, cr_off, timeout=20_000_000)


@board_test()
async def test_tx_header_credits_wrap_past_4096(dut, env, siov):
    """Bug 1: header credit limits are 12-bit counters. One 1.25 MiB move at MPS 128 and MRRS
    128 sends 10,240 posted writes and 10,240 reads (PH and NPH past 4096, PD past 65,536 data
    credits); with 16-bit header arithmetic the transmit side stopped for good after about
    4,040 TLPs of one type. Data bit-exact; every read and write with the ADI's data PASID,
    the completion record with its descriptor PASID."""
    size = 1280 * 1024
    await env.set_mps_mrrs(128, 128)
    rnd = random.Random(SEED)
    src_r, src = env.alloc(size)
    dst_r, dst = env.alloc(size)
    cr_r, cr = env.alloc(4096)
    src_r.mem[:] = rnd.randbytes(size)
    env.dev.tx_frames.clear()
    p0 = dict(env.dev.tx_counts)
    d0 = dict(env.dev.tx_data_credits)
    await siov.device_enable()
    await siov.portal_adi(0, DESC_PASID, DATA_PASID, queue_base=0)
    st, done = await adi_move(siov, 0, src, dst, size, cr_r, cr, 0)
    assert st == DSA_COMP_SUCCESS, f"status {st:#x}, {done} bytes completed"
    assert dst_r.mem[:] == src_r.mem[:], "destination differs from source"
    ph = env.dev.tx_counts["P"] - p0["P"]
    nph = env.dev.tx_counts["NP"] - p0["NP"]
    pd = env.dev.tx_data_credits["P"] - d0["P"]
    dut._log.info("posted %d (data credits %d), non-posted %d", ph, pd, nph)
    assert ph > 10240 and nph >= 10240 and pd > 65536
    n_src, n_dst, n_cr = check_pasids(env, [(src, src + size, DATA_PASID),
                                            (dst, dst + size, DATA_PASID),
                                            (cr, cr + 4096, DESC_PASID)])
    assert n_src == 10240 and n_dst == 10240 and n_cr == 1


async def mmio_read_storm(dut, env, readers, reads):
    """readers coroutines each doing reads 64-byte MMIO reads of the MSI-X table, checked
    against a first read; returns (completions, completion data credits) the device sent."""
    rnd = random.Random(SEED)
    table = b0.SIOV_BAR0_MSIX_TABLE_OFFSET
    ref = [await env.bar0.read(table + 64 * k, 64) for k in range(4)]
    c0, d0 = env.dev.tx_counts["CPL"], env.dev.tx_data_credits["CPL"]
    env.dev.keep_frames = False
    bad = []

    async def reader(n):
        for _ in range(n):
            k = rnd.randrange(4)
            got = await env.bar0.read(table + 64 * k, 64)
            if got != ref[k]:
                bad.append(k)
    tasks = [cocotb.start_soon(reader(reads)) for _ in range(readers)]
    for t in tasks:
        await t
    cpl = env.dev.tx_counts["CPL"] - c0
    cpld = env.dev.tx_data_credits["CPL"] - d0
    dut._log.info("completions %d, data credits %d", cpl, cpld)
    assert not bad, f"{len(bad)} reads returned wrong data"
    return cpl, cpld


@board_test()
async def test_tx_completion_credits_wrap(dut, env, siov):
    """The device's completions past 4096 headers and 65,536 data credits: 16,640 64-byte
    MMIO reads of BAR0 (the MSI-X table), 32 at a time, every one answered with the right
    data (completion headers and data credits wrap in the shim's counters)."""
    cpl, cpld = await mmio_read_storm(dut, env, 32, 520)
    assert cpl >= 16640 and cpld >= 65536 + 1024


@board_test(rc_credits=(64, 1024, 64, 64, 0, 0))
async def test_infinite_completion_credits(dut, env, siov):
    """A root port that advertises infinite completion credits (InitFC 0, as PCIe requires of
    root ports and the IP then reports a limit of 0 for good): the shim does not count them
    (a finite limit of 0 would block the first one), and 1,024 completions flow."""
    cpl, _ = await mmio_read_storm(dut, env, 16, 64)
    assert cpl >= 1024


@board_test(clk_mhz=175)
async def test_reads_outstanding_within_ip_completion_buffer(dut, env, siov):
    """Bug 2: eight 64 KiB moves on eight ADIs at once, at the slowest user clock of Gen4 x16
    (175 MHz, the IP drains completions slowest): the device keeps its outstanding reads within
    the P-tile's completion buffer (port 0: 1,144 headers, 2,888 data credits), so the model
    drops no completion and every move completes with success and exact data. With the
    simulation budget (256 KiB outstanding) the model dropped completions and the moves ended
    with the read-fault status."""
    size = 64 * 1024
    n = 8
    rnd = random.Random(SEED)
    src_r, src = env.alloc(n * size)
    dst_r, dst = env.alloc(n * size)
    cr_r, cr = env.alloc(4096)
    src_r.mem[:] = rnd.randbytes(n * size)
    await siov.device_enable()
    for a in range(n):
        await siov.portal_adi(a, DESC_PASID + a, DATA_PASID + a, queue_base=8 * a)
    for a in range(n):
        await siov.portal_submit(a, memmove_desc(src + a * size, dst + a * size, size,
                                                 cr + 64 * a))
    for a in range(n):
        st, done = await siov.wait_record(cr_r, 64 * a, timeout=20_000_000)
        assert st == DSA_COMP_SUCCESS, f"ADI {a}: status {st:#x} ({done} bytes)"
    assert dst_r.mem[:] == src_r.mem[:], "destination differs from source"
    assert env.drops.drops == 0, f"the IP's completion buffer dropped {env.drops.drops}"
    counts = check_pasids(env, [(base + a * size, base + (a + 1) * size, DATA_PASID + a)
                                for base in (src, dst) for a in range(n)] +
                          [(cr + 64 * a, cr + 64 * a + 32, DESC_PASID + a) for a in range(n)])
    assert all(c >= size // 512 for c in counts[:2 * n]) and counts[2 * n:] == [1] * n, counts


@board_test()
async def test_flr_handshake_resets_function(dut, env, siov):
    """Initiate FLR: the IP raises flr_rcvd_pf[0]; the device resets the function once (its
    BAR0 state returns to reset values, the ADI is disabled) and pulses flr_completed_pf[0];
    the function then works again."""
    await env.wr32(b0.SIOV_BAR0_SCRATCH_OFFSET, 0x5A5A1234)
    await siov.device_enable()
    await siov.portal_adi(2, DESC_PASID, DATA_PASID, queue_base=0)
    off = env.func.pcie_cap.offset * 4
    ctl = await env.pdev.config_read_word(off + 8)
    await env.pdev.config_write_word(off + 8, ctl | 1 << 15)
    for _ in range(2000):
        await env.cycles(10)
        if env.flr_count:
            break
    assert env.flr_count == 1, "FLR handshake did not complete"
    await env.cycles(200)
    assert await env.rd32(b0.SIOV_BAR0_SCRATCH_OFFSET) == 0
    st = await env.rd32(b0.SIOV_BAR0_ADI_STATUS_ADDR(2))
    assert st & b0.SIOV_BAR0_ADI_STATUS_STATE_MASK == b0.SIOV_BAR0_ADI_STATUS_STATE_DISABLED
    # Works again: a self-test copy.
    src_r, src = env.alloc(4096)
    dst_r, dst = env.alloc(4096)
    src_r.mem[:] = random.Random(SEED).randbytes(4096)
    assert await siov.diag(src, dst, 4096) == 0
    assert dst_r.mem[:] == src_r.mem[:]


@board_test(long=True)
async def test_long_posted_and_nonposted_past_65536(dut, env, siov):
    """BOARD_LONG: four 2 MiB moves at MPS / MRRS 128 send 65,536 posted writes and 65,536
    reads (PH and NPH past 2^16 as well as 2^12; PD past 2^16 eight times); data exact."""
    size = 2 * 1024 * 1024
    await env.set_mps_mrrs(128, 128)
    rnd = random.Random(SEED)
    src_r, src = env.alloc(size)
    dst_r, dst = env.alloc(size)
    cr_r, cr = env.alloc(4096)
    env.dev.keep_frames = False
    p0, n0 = env.dev.tx_counts["P"], env.dev.tx_counts["NP"]
    await siov.device_enable()
    await siov.portal_adi(0, DESC_PASID, DATA_PASID, queue_base=0)
    for k in range(4):
        src_r.mem[:] = rnd.randbytes(size)
        st, done = await adi_move(siov, 0, src, dst, size, cr_r, cr, 64 * k)
        assert st == DSA_COMP_SUCCESS, f"move {k}: status {st:#x}, {done} bytes"
        assert dst_r.mem[:] == src_r.mem[:], f"move {k}: data differs"
    ph, nph = env.dev.tx_counts["P"] - p0, env.dev.tx_counts["NP"] - n0
    dut._log.info("posted %d, non-posted %d", ph, nph)
    assert ph > 65536 and nph >= 65536


@board_test(long=True)
async def test_long_completions_past_65536(dut, env, siov):
    """BOARD_LONG: 66,048 64-byte MMIO reads: CPLH past 2^16, CPLD past 2^18."""
    cpl, _ = await mmio_read_storm(dut, env, 32, 2064)
    assert cpl >= 66048
