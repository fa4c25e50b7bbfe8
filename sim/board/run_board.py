#!/usr/bin/env python3
"""Run the board-mode cocotb tests (sim/board/test_board.py), one simulator process per test.

Each test gets a fresh device and model (no state carried between tests), its own log in
--logs, and one line: PASS/FAIL <test> seed=<n> cycles=<n>. The last line is
"N passed, N failed". Exit status 1 if any test failed.

Usage: run_board.py --bin build/board-sim/Vtop [--seed N] [--only a,b] [--long] [--logs DIR]
"""
import argparse
import os
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent


def list_tests(long_tests):
    """Test names in file order: `async def test_*` under @cocotb.test (long ones marked)."""
    src = (HERE / "test_board.py").read_text()
    names = []
    for m in re.finditer(r"^@board_test\((.*?)\)\nasync def (test_\w+)", src, re.M):
        if "long=True" in m.group(1) and not long_tests:
            continue
        names.append(m.group(2))
    return names


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--only", default="")
    ap.add_argument("--long", action="store_true")
    ap.add_argument("--logs", default="build/board-sim/logs")
    args = ap.parse_args()

    names = list_tests(args.long)
    if args.only:
        want = args.only.split(",")
        unknown = [w for w in want if w not in list_tests(True)]
        if unknown:
            print(f"unknown test(s): {', '.join(unknown)}", file=sys.stderr)
            return 2
        names = [n for n in list_tests(True) if n in want]
    logs = Path(args.logs)
    logs.mkdir(parents=True, exist_ok=True)
    libpython = subprocess.run([sys.executable, "-m", "cocotb.config", "--libpython"],
                               capture_output=True, text=True, check=True).stdout.strip()
    passed = failed = 0
    for name in names:
        results = logs / f"{name}.xml"
        results.unlink(missing_ok=True)
        env = dict(os.environ,
                   MODULE="test_board", TESTCASE=name, TOPLEVEL="siov_board_tb",
                   TOPLEVEL_LANG="verilog", RANDOM_SEED=str(args.seed),
                   BOARD_SEED=str(args.seed), COCOTB_RESULTS_FILE=str(results),
                   LIBPYTHON_LOC=libpython, PYTHONPATH=f"{HERE}:{os.environ.get('PYTHONPATH', '')}",
                   VIRTUAL_ENV=sys.prefix, PYGPI_PYTHON_BIN=sys.executable,
                   COCOTB_REDUCED_LOG_FMT="1")
        t0 = time.monotonic()
        with open(logs / f"{name}.log", "w") as log:
            rc = subprocess.run([args.bin], env=env, stdout=log, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL).returncode
        dt = time.monotonic() - t0
        ok = False
        if rc == 0 and results.is_file():
            cases = ET.parse(results).getroot().iter("testcase")
            ok = any(c.get("name") == name for c in cases) and \
                not any(c.find("failure") is not None or c.find("error") is not None
                        for c in ET.parse(results).getroot().iter("testcase"))
        text = (logs / f"{name}.log").read_text(errors="replace")
        cyc = re.findall(r"BOARD_CYCLES (\d+)", text)
        cycles = cyc[-1] if cyc else "?"
        if ok:
            passed += 1
            print(f"PASS {name} seed={args.seed} cycles={cycles} ({dt:.0f} s)", flush=True)
        else:
            failed += 1
            print(f"FAIL {name} seed={args.seed} (log: {logs / (name + '.log')})", flush=True)
            for line in [ln for ln in text.splitlines() if "Error" in ln or "assert" in ln
                         or "FAIL" in ln][-8:]:
                print(f"    {line}")
            print(f"    rerun: make board-sim BOARD_TESTS={name} SEED={args.seed}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
