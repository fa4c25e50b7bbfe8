#!/usr/bin/env python3
"""Read Bender.yml and print a Verilator/Yosys file list (the `flist-plus` shape of bender).

Bender.yml is the one list of RTL and testbench sources. When the real `bender` is installed the
Makefile asks it (`bender script flist-plus -t ...`); otherwise it runs this reader, which
understands the subset of the manifest format that this repository uses: path sources, nested
groups with `target:` expressions (`*`, a name, `all(...)`, `any(...)`, `not(...)`),
`include_dirs`, `defines` and the top-level `export_include_dirs`. Dependencies are not
supported (the project has none) and are reported as an error rather than skipped silently.

Usage: bender_flist.py [-t TARGET]... [--files-only] [Bender.yml]
"""
import argparse
import os
import re
import sys

import yaml


def eval_target(expr, targets):
    """Evaluate a bender target expression against the set of active targets."""
    expr = expr.strip()
    if expr == "*":
        return True
    m = re.fullmatch(r"(all|any|not)\((.*)\)", expr)
    if not m:
        if not re.fullmatch(r"[A-Za-z0-9_\-]+", expr):
            raise ValueError(f"bad target expression: {expr!r}")
        return expr.lower() in targets
    op, inner = m.group(1), m.group(2)
    args, depth, cur = [], 0, ""
    for ch in inner:
        if ch == "," and depth == 0:
            args.append(cur)
            cur = ""
            continue
        depth += ch == "("
        depth -= ch == ")"
        cur += ch
    if cur.strip():
        args.append(cur)
    vals = [eval_target(a, targets) for a in args]
    if op == "all":
        return all(vals)
    if op == "any":
        return any(vals)
    if len(vals) != 1:
        raise ValueError(f"not() takes one argument: {expr!r}")
    return not vals[0]


def walk(sources, targets, root, out):
    """Collect files, include dirs and defines of active groups, in manifest order."""
    for item in sources:
        if isinstance(item, str):
            out["files"].append(os.path.join(root, item))
            continue
        if not isinstance(item, dict):
            raise ValueError(f"unsupported source entry: {item!r}")
        if "target" in item and not eval_target(str(item["target"]), targets):
            continue
        for inc in item.get("include_dirs", []):
            d = os.path.join(root, inc)
            if d not in out["incdirs"]:
                out["incdirs"].append(d)
        for name, val in (item.get("defines") or {}).items():
            out["defines"][name] = val
        walk(item.get("files", []), targets, root, out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-t", "--target", action="append", default=[])
    ap.add_argument("--files-only", action="store_true", help="print source files only")
    ap.add_argument("manifest", nargs="?", default="Bender.yml")
    args = ap.parse_args()

    with open(args.manifest, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    if doc.get("dependencies"):
        sys.exit("bender_flist.py: dependencies are not supported; install bender")
    root = os.path.relpath(os.path.dirname(os.path.abspath(args.manifest)))
    root = "" if root == "." else root
    targets = {t.lower() for t in args.target}
    out = {"files": [], "incdirs": [], "defines": {}}
    for inc in doc.get("export_include_dirs", []):
        out["incdirs"].append(os.path.join(root, inc))
    walk(doc.get("sources", []), targets, root, out)

    lines = []
    if not args.files_only:
        lines += [f"+incdir+{d}" for d in out["incdirs"]]
        for name, val in out["defines"].items():
            lines.append(f"+define+{name}" if val is None else f"+define+{name}={val}")
    lines += out["files"]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
