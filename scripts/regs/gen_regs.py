#!/usr/bin/env python3
"""Single-source register generator: SystemRDL -> SV package, C header, Markdown.

Usage: .venv/bin/python scripts/regs/gen_regs.py IN.rdl [--sv OUT.sv] [--c OUT.h] [--md OUT.md]
                                                  [--py OUT.py] [--check]

Register maps are written once in SystemRDL and compiled with systemrdl-compiler.
We do not use PeakRDL-regblock (its hwif package uses unpacked structs, which
Yosys 0.23 rejects), so this script only emits *constants*; the register RTL is
hand-written against them.

Every node gets a NAME: the addrmap name followed by the instance path, joined
with '_', upper-cased (reg diag_src_lo -> SIOV_BAR0_DIAG_SRC_LO, its field len ->
SIOV_BAR0_DIAG_SRC_LO_LEN). Constants, identical in SV and C except where noted:
  register  <R>_OFFSET (element 0 of every enclosing array), <R>_RESET,
            <R>_WMASK (bits of fields software writes plainly: not W1C, not
            single-pulse, not read-only),
            C only: <R>_ADDR(i, ...) when inside 1-D arrays
  block     regfile / addrmap / mem instance: <N>_OFFSET, <N>_SIZE (all elements)
  array     <N>_STRIDE, <N>_COUNT (1-D arrays only)
  field     <F>_LSB (C: <F>_SHIFT), <F>_WIDTH, <F>_MASK (in position),
            <F>_RESET (field-aligned, only if the field has a reset),
            <F>_<MEMBER> for each member of an `encode` enum
  map       <ADDRMAP>_SIZE (derived, or the `map_size` UDP if the RDL sets it)
Python (--py, for the board-mode cocotb testbench): the C names as module
constants, and <R>_ADDR(i, ...) as functions.
The SV package uses only typed localparams (Yosys 0.23 / Verilator 5 -Wall
clean). Output is deterministic and uses repo-relative paths only.
--check writes nothing: it lists outputs that differ from a fresh generation
and exits 1 if any does (0 if all are up to date, 2 on errors).
"""
import argparse
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

try:
    from systemrdl import RDLCompileError, RDLCompiler
    from systemrdl.node import AddrmapNode, MemNode, RegfileNode, RegNode, RootNode
except ImportError:
    print("gen_regs.py: error: systemrdl-compiler missing: run scripts/install-deps.sh and "
          "use .venv/bin/python", file=sys.stderr)
    sys.exit(2)

REPO_ROOT = Path(__file__).resolve().parents[2]
TOOL = "scripts/regs/gen_regs.py"
MAX_COLS = 100
IDX = "ijklmn"  # array index names, outermost first


class GenError(Exception):
    pass


@dataclass
class Const:
    name: str       # SV name
    value: int
    width: int      # 0: plain integer (SV int unsigned); else a vector of this width
    c_name: str     # C name: the same, except <F>_SHIFT for <F>_LSB


@dataclass
class Item:
    """One documented node (register or block) and the constants it defines."""
    node: object
    name: str
    offset: int
    arrays: list    # enclosing 1-D arrays, outermost first: (NAME, count, stride)
    consts: list = field(default_factory=list)
    c_macro: str = ""  # C-only <R>_ADDR(...) macro line


def rel(path):
    """Repo-relative, '/'-separated path (so output is machine-independent)."""
    p = os.path.relpath(os.path.abspath(path), REPO_ROOT)
    return Path(path).name if p.startswith("..") else p.replace(os.sep, "/")


def one_line(text):
    return " ".join((text or "").split()).replace("|", "\\|")


def paragraphs(text):
    """RDL desc -> Markdown: strip indentation, keep blank-line paragraphs."""
    return "\n".join(line.strip() for line in (text or "").strip().splitlines())


# ---------------------------------------------------------------- model ----
def collect(top):
    """Walk the elaborated tree in address order; return (top item, items)."""
    items, seen = [], {}
    base = top.raw_absolute_address
    size = top.get_property("map_size", default=None) or top.size
    if size < top.size:
        raise GenError(f"map_size {size:#x} is smaller than the registers ({top.size:#x})")
    addr_w = 32 if size <= 1 << 32 else 64  # width of OFFSET/SIZE vectors

    def add(item, name, value=None, width=0, c_name=None):
        """Define a constant (value None: only reserve the name, e.g. a C macro)."""
        for n in {name, c_name or name}:
            if n in seen:
                raise GenError(f"name clash: {n} from {item.node.get_path()} and {seen[n]}")
            seen[n] = item.node.get_path()
        if value is not None:
            item.consts.append(Const(name, value, width, c_name or name))

    def walk(node, prefix, arrays):
        if not isinstance(node, (RegNode, RegfileNode, AddrmapNode, MemNode)):
            return  # signals have no address
        name = f"{prefix}_{node.inst_name.upper()}"
        dims = node.array_dimensions or []
        if len(dims) > 1:
            raise GenError(f"{node.get_path()}: multi-dimensional arrays {dims} are not "
                           "supported; use a 1-D array of a regfile instead")
        if dims and len(arrays) == len(IDX):
            raise GenError(f"{node.get_path()}: more than {len(IDX)} nested arrays")
        if dims:
            arrays = arrays + [(name, dims[0], node.array_stride)]
        item = Item(node, name, node.raw_absolute_address - base, arrays)
        items.append(item)
        add(item, f"{name}_OFFSET", item.offset, addr_w)
        if isinstance(node, RegNode):
            collect_reg(item, node, add)
        else:
            add(item, f"{name}_SIZE", node.total_size, addr_w)  # all elements
        if dims:
            add(item, f"{name}_STRIDE", node.array_stride)
            add(item, f"{name}_COUNT", dims[0])
        if isinstance(node, (RegfileNode, AddrmapNode)):  # a mem is a window: not descended
            for child in sorted(node.children(), key=lambda c: c.raw_address_offset):
                walk(child, name, arrays)

    top_item = Item(top, top.inst_name.upper(), 0, [])
    add(top_item, f"{top_item.name}_SIZE", size, addr_w)
    for child in sorted(top.children(), key=lambda c: c.raw_address_offset):
        walk(child, top_item.name, [])
    return top_item, items


def collect_reg(item, reg, add):
    """Register and field constants; also the C <R>_ADDR(i...) macro."""
    width = reg.get_property("regwidth")
    if width > 64:
        raise GenError(f"{reg.get_path()}: regwidth {width} > 64 is not supported")
    reset, wmask, fconsts = 0, 0, []
    for f in reg.fields():
        if (f.is_sw_writable and not f.get_property("onwrite")
                and not f.get_property("singlepulse")):
            wmask |= ((1 << f.width) - 1) << f.lsb
        fname = f"{item.name}_{f.inst_name.upper()}"
        fconsts.append((f"{fname}_LSB", f.lsb, 0, f"{fname}_SHIFT"))
        fconsts.append((f"{fname}_WIDTH", f.width, 0))
        fconsts.append((f"{fname}_MASK", ((1 << f.width) - 1) << f.lsb, width))
        r = f.get_property("reset")
        if r is not None:
            if not isinstance(r, int):
                raise GenError(f"{f.get_path()}: reset must be a constant")
            reset |= r << f.lsb
            fconsts.append((f"{fname}_RESET", r, f.width))
        for m in enum_members(f):
            fconsts.append((f"{fname}_{m.name.upper()}", m.value, f.width))
    add(item, f"{item.name}_RESET", reset, width)
    add(item, f"{item.name}_WMASK", wmask, width)
    for c in fconsts:
        add(item, *c)
    if item.arrays:
        args = ", ".join(IDX[:len(item.arrays)])
        terms = "".join(f" + ({IDX[k]}) * {a[0]}_STRIDE" for k, a in enumerate(item.arrays))
        item.c_macro = f"#define {item.name}_ADDR({args}) ({item.name}_OFFSET{terms})"
        add(item, f"{item.name}_ADDR")


def enum_members(f):
    enum = f.get_property("encode")
    return sorted(enum, key=lambda m: m.value) if enum else []


# ----------------------------------------------------------- SystemVerilog --
def sv_hex(value, width):
    digits = f"{value:0{(width + 3) // 4}x}"
    groups = [digits[max(0, i - 4):i] for i in range(len(digits), 0, -4)][::-1]
    return f"{width}'h" + "_".join(groups)


def sv_lines(consts):
    rows = []
    for c in consts:
        typ = f"logic [{c.width - 1}:0]" if c.width else "int unsigned"
        rows.append((typ, c.name, sv_hex(c.value, c.width) if c.width else str(c.value)))
    tw, nw = max(len(r[0]) for r in rows), max(len(r[1]) for r in rows)
    out = []
    for typ, name, val in rows:
        line = f"  localparam {typ:<{tw}} {name:<{nw}} = {val};"
        if len(line) > MAX_COLS:
            line = f"  localparam {typ} {name} = {val};"
        if len(line) > MAX_COLS:
            line = f"  localparam {typ} {name} =\n      {val};"
        out.append(line)
    return out


def gen_sv(top, items, banner):
    pkg = f"{top.node.inst_name}_reg_pkg"
    out = [f"// {b}".rstrip() for b in banner] + [
        "", f"package {pkg};", "",
        "  // Constants only; a design uses a subset, so silence Verilator's unused check.",
        "  /* verilator lint_off UNUSEDPARAM */", ""]
    out += sv_lines(top.consts) + [""]
    for it in items:
        out.append(f"  // {title_of(it)}")
        out += sv_lines(it.consts) + [""]
    out += ["  /* verilator lint_on UNUSEDPARAM */", "", f"endpackage : {pkg}", ""]
    return "\n".join(out)


# ---------------------------------------------------------------------- C --
def c_lines(consts):
    rows = []
    for c in consts:
        if c.width == 0:
            val = f"{c.value}u"
        else:
            val = f"0x{c.value:0{(c.width + 3) // 4}x}" + ("u" if c.width <= 32 else "ull")
        rows.append((c.c_name, val))
    nw = max(len(r[0]) for r in rows)
    return [f"#define {n:<{nw}} {v}" for n, v in rows]


def gen_c(top, items, banner):
    guard = f"SIOV_{top.node.inst_name.upper()}_REGS_H_"
    out = ["/*"] + [f" * {b}".rstrip() for b in banner] + [" */", "",
           f"#ifndef {guard}", f"#define {guard}", ""]
    out += c_lines(top.consts) + [""]
    for it in items:
        out.append(f"/* {title_of(it)} */")
        out += c_lines(it.consts)
        if it.c_macro:  # wrap long macros after the parameter list
            m = it.c_macro
            out += [m] if len(m) <= MAX_COLS else m.replace(") (", ") \\\n  (", 1).split("\n")
        out.append("")
    out += [f"#endif /* {guard} */", ""]
    return "\n".join(out)


# ----------------------------------------------------------------- Python --
def gen_py(top, items, banner):
    out = ['"""'] + [b.rstrip() for b in banner] + ['"""', "", "# flake8: noqa", ""]
    for it in [top] + items:
        if it is not top:
            out.append(f"# {title_of(it)}")
        out += [f"{c.c_name} = {c.value:#x}" if c.width else f"{c.c_name} = {c.value}"
                for c in it.consts]
        if it.arrays:
            args = ", ".join(IDX[:len(it.arrays)])
            terms = "".join(f" + {IDX[k]} * {a[0]}_STRIDE" for k, a in enumerate(it.arrays))
            out += [f"def {it.name}_ADDR({args}):", f"    return {it.name}_OFFSET{terms}", ""]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def kind_of(node):
    return type(node).__name__[:-len("Node")].lower()  # reg, regfile, addrmap, mem


def title_of(it):
    """One-line comment heading the constants of an item."""
    name = one_line(it.node.get_property("name"))
    return f"{kind_of(it.node)} {path_of(it)} @ {it.offset:#06x}: {name}"


def path_of(it):
    """Instance path below the addrmap, with [i], [j]... for arrays (outermost first)."""
    chain, node = [], it.node
    while not isinstance(node.parent, RootNode):
        chain.append(node)
        node = node.parent
    segs, k = [], 0
    for node in reversed(chain):
        segs.append(node.inst_name + (f"[{IDX[k]}]" if node.is_array else ""))
        k += node.is_array
    return ".".join(segs)


# --------------------------------------------------------------- Markdown --
ONWRITE = {"woclr": "W1C", "woset": "W1S", "wot": "W1T", "wzc": "W0C", "wzs": "W0S",
           "wzt": "W0T", "wclr": "WC", "wset": "WS", "wuser": "WU"}
ONREAD = {"rclr": "RC", "rset": "RS", "ruser": "RU"}
LEGEND = {"RO": "read-only", "WO": "write-only, reads 0", "RW": "read/write", "NA": "no access",
          "W1P": "write 1 to pulse (one-cycle strobe), reads 0", "W1C": "write 1 to clear",
          "W1S": "write 1 to set", "W1T": "write 1 to toggle", "W0C": "write 0 to clear",
          "W0S": "write 0 to set", "W0T": "write 0 to toggle", "WC": "any write clears",
          "WS": "any write sets", "WU": "user-defined write effect", "RC": "read clears",
          "RS": "read sets", "RU": "user-defined read effect"}


def sw_access(f):
    """Software access code of a field, e.g. RW, RO, RW1C, W1P; and its legend keys."""
    onr, onw = f.get_property("onread"), f.get_property("onwrite")
    rd = (ONREAD[onr.name] if onr else "R") if f.is_sw_readable else ""
    wr = ""
    if f.is_sw_writable:
        wr = ONWRITE[onw.name] if onw else "W1P" if f.get_property("singlepulse") else "W"
    code = {"R": "RO", "W": "WO", "": "NA", "RW": "RW"}.get(rd + wr, rd + wr)
    keys = [code] if code in LEGEND else [k for k in (rd, wr) if k in LEGEND]
    return code, keys


def hw_access(f):
    acc = {"r": "R", "w": "W", "rw": "RW", "wr": "RW", "na": "NA"}[f.get_property("hw").name]
    return ", ".join([acc] + [p for p in ("hwset", "hwclr", "counter") if f.get_property(p)])


def hex_str(value, width):
    return "—" if value is None else f"`0x{value:0{(width + 3) // 4}x}`"


def bits(msb, lsb):
    return f"{msb}" if msb == lsb else f"{msb}:{lsb}"


def gen_md(top, items, banner, rdl_path):
    root, size = top.node, top.consts[0].value
    regs = [it for it in items if isinstance(it.node, RegNode)]
    used = {k for it in regs for f in it.node.fields() for k in sw_access(f)[1]}
    out = ["<!--"] + [f"  {b}" for b in banner] + ["-->", "",
           f"# {one_line(root.get_property('name'))} (`{root.inst_name}`)", "",
           paragraphs(root.get_property("desc")), "",
           f"Source: `{rdl_path}`. The same names, upper-cased and prefixed, are constants in"
           f" the SystemVerilog package `{root.inst_name}_reg_pkg` and the C header"
           f" `{root.inst_name}_regs.h` (e.g. `{regs[0].name}_OFFSET`).", "",
           f"The register map spans `{size:#x}` bytes from the start of the BAR; the BAR"
           " itself may be larger. Offsets and bits not listed here are reserved: they read 0"
           " and ignore writes.", "",
           "Arrays: `name[i]` with count N and stride S is expanded to N copies at"
           " offset + i × S, i = 0..N-1 (nested arrays add one term per level). Tables show"
           " element 0; the C header has `<NAME>_ADDR(i)` for the element address.", "",
           "SW access: " + "; ".join(f"**{k}** {v}" for k, v in LEGEND.items() if k in used)
           + ". A leading R (e.g. RW1C) means the field also reads back. HW access: R the"
           " hardware uses the value, W the hardware drives it, hwset the hardware can set it.",
           "", "## Summary", "",
           "| Offset | Name | Array (count × stride) | Access | Description |",
           "|---|---|---|---|---|"]
    for it in items:
        arr = ", ".join(f"{a[1]} × `{a[2]:#x}`" for a in it.arrays)
        if isinstance(it.node, RegNode):  # distinct field access codes, in bit order
            acc = "/".join(dict.fromkeys(sw_access(f)[0] for f in it.node.fields()))
        else:
            acc = f"{kind_of(it.node)}, `{it.node.total_size:#x}` bytes"
        out.append(f"| `{it.offset:#06x}` | [`{path_of(it)}`](#{it.name.lower()}) | {arr} |"
                   f" {acc} | {one_line(it.node.get_property('name'))} |")
    out += ["", "## Registers", ""]
    for it in items:
        node = it.node
        off = f"`{it.offset:#06x}`" + "".join(
            f" + {IDX[k]} × `{a[2]:#x}`" for k, a in enumerate(it.arrays))
        ranges = ", ".join(f"{IDX[k]} = 0..{a[1] - 1}" for k, a in enumerate(it.arrays))
        out += [f'<a id="{it.name.lower()}"></a>', "",
                f"### {path_of(it)} — {one_line(node.get_property('name'))}", ""]
        if not isinstance(node, RegNode):
            window = node.external and not isinstance(node, AddrmapNode)
            out += [f"{kind_of(node).capitalize()} at offset {off}"
                    f"{f' ({ranges})' if ranges else ''}, `{node.total_size:#x}` bytes"
                    f"{' in all' if ranges else ''}{' (external window)' if window else ''};"
                    f" constants `{it.name}_*`.", "", paragraphs(node.get_property("desc")), ""]
            continue
        width = node.get_property("regwidth")
        reset = next(c.value for c in it.consts if c.name == f"{it.name}_RESET")
        out += [f"Offset {off}{f' ({ranges})' if ranges else ''}; reset"
                f" {hex_str(reset, width)}; constants `{it.name}_*`.", "",
                paragraphs(node.get_property("desc")), "",
                "| Bits | Field | SW | HW | Reset | Description |", "|---|---|---|---|---|---|"]
        rows, nxt = [], 0  # (lsb, row), with rows for the reserved gaps
        for f in node.fields():
            if f.lsb > nxt:
                rows.append((nxt, f"| {bits(f.lsb - 1, nxt)} | — | RO | NA | 0 | Reserved |"))
            rows.append((f.lsb, f"| {bits(f.msb, f.lsb)} | `{f.inst_name}` | {sw_access(f)[0]} |"
                         f" {hw_access(f)} | {hex_str(f.get_property('reset'), f.width)} |"
                         f" {one_line(f.get_property('name'))} |"))
            nxt = f.msb + 1
        if nxt < width:
            rows.append((nxt, f"| {bits(width - 1, nxt)} | — | RO | NA | 0 | Reserved |"))
        out += [r for _, r in sorted(rows, reverse=True)] + [""]
        for f in node.fields():  # full field descriptions and enum encodings
            if f.get_property("desc"):
                out.append(f"- `{f.inst_name}`: {one_line(f.get_property('desc'))}")
            for m in enum_members(f):
                out.append(f"  - {m.value} `{m.name}` ({one_line(m.rdl_name)}):"
                           f" {one_line(m.rdl_desc)}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


# -------------------------------------------------------------------- CLI --
def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rdl", help="SystemRDL source with one top-level addrmap")
    ap.add_argument("--sv", help="SystemVerilog package to write (name = package name)")
    ap.add_argument("--c", help="C header to write")
    ap.add_argument("--md", help="Markdown documentation to write")
    ap.add_argument("--py", help="Python module of constants to write")
    ap.add_argument("--check", action="store_true",
                    help="write nothing; exit 1 if any output is stale")
    args = ap.parse_args(argv)
    if not (args.sv or args.c or args.md or args.py):
        ap.error("nothing to do: give at least one of --sv, --c, --md, --py")
    try:
        rdlc = RDLCompiler()
        rdlc.compile_file(args.rdl)
        top, items = collect(rdlc.elaborate().top)
        # The banner names the repo-relative inputs/outputs and the command to regenerate.
        outs = (("sv", args.sv), ("c", args.c), ("md", args.md), ("py", args.py))
        words = [f".venv/bin/python {TOOL} {rel(args.rdl)}"]
        words += [f"--{k} {rel(v)}" for k, v in outs if v]
        banner = [f"Generated from {rel(args.rdl)} by {TOOL}. DO NOT EDIT.", "Regenerate with:"]
        for w in words:  # wrap the command at option boundaries
            if len(banner) > 2 and len(banner[-1]) + len(w) < 92:
                banner[-1] += " " + w
            else:
                banner.append(("  " if len(banner) == 2 else "      ") + w)
        if args.sv:
            want = f"{top.node.inst_name}_reg_pkg.sv"
            if Path(args.sv).name != want:
                raise GenError(f"--sv file must be named {want} (Verilator DECLFILENAME)")
        outputs = {p: gen(top, items, banner) for p, gen in
                   ((args.sv, gen_sv), (args.c, gen_c), (args.py, gen_py)) if p}
        if args.md:
            outputs[args.md] = gen_md(top, items, banner, rel(args.rdl))
    except RDLCompileError:
        return 2  # the compiler already printed its diagnostics
    except GenError as e:
        print(f"gen_regs.py: error: {e}", file=sys.stderr)
        return 2
    stale = []
    for path, text in outputs.items():
        p = Path(path)
        if p.is_file() and p.read_text(encoding="utf-8") == text:
            continue
        stale.append(path)
        if not args.check:
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(text, encoding="utf-8")
    if args.check:
        for path in stale:
            print(f"stale: {rel(path)}")
        return 1 if stale else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
