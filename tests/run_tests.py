#!/usr/bin/env python3
"""Run every siovdm test in the simulator and report each; the last line is `N passed, N failed`.

Each test is a host program of the simulator binary (+app=<test>), run in its own process with
the seed given (the same seed gives the same run, cycle for cycle). Two checks run here because
they need more than one process:
  determinism_same_seed_same_cycles   a test run twice with one seed prints identical output
  siovctl_dump_config_decodes_in_lspci  `siovctl dump-config` of the simulated device, read back
                                      by `lspci -F -vvv` and by libsiov's dump backend
A failing test prints its log tail, its seed and the command that reruns it.
"""
import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile

TIMEOUT = 900  # seconds per test process (a hung simulation is a failure, not a stall)


def run(cmd, log=None, timeout=TIMEOUT):
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           timeout=timeout, text=True, errors="replace")
        out, rc = p.stdout, p.returncode
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode(errors="replace") if isinstance(e.stdout, bytes) else (e.stdout or "")
        out += f"\n*** timeout after {timeout} s\n"
        rc = -1
    if log:
        with open(log, "w") as f:
            f.write(out)
    return rc, out


def sim_cmd(args, name, seed):
    return [args.sim, f"+app={name}", f"+seed={seed}", f"+verilator+seed+{seed}",
            "+verilator+rand+reset+2"]


def run_sim_test(args, name):
    log = os.path.join(args.logs, f"{name}.log")
    rc, out = run(sim_cmd(args, name, args.seed), log)
    m = re.search(rf"^PASS {re.escape(name)} .*$", out, re.M)
    ok = rc == 0 and m is not None
    line = m.group(0) if m else f"FAIL {name} seed={args.seed}"
    return ok, line, out, log


def determinism(args):
    """The same test and seed twice: identical output, cycle counts included."""
    name = "determinism_same_seed_same_cycles"
    # Four ADIs on four engines with a reset in the middle: the most concurrent test there is.
    subject = "adi_reset_under_load_quiesces_only_that_adi"
    outs = []
    for i in range(2):
        rc, out = run(sim_cmd(args, subject, args.seed),
                      os.path.join(args.logs, f"{name}.run{i}.log"))
        if rc != 0:
            return False, f"FAIL {name}: {subject} failed", out, None
        outs.append(out)
    cyc = re.findall(r"cycles=(\d+)", outs[0])
    if outs[0] != outs[1] or not cyc:
        return False, f"FAIL {name}: two runs with seed {args.seed} differ", outs[1], None
    return True, f"PASS {name} ({subject} twice, seed={args.seed}: cycles={cyc[-1]} both times)", "", None


def dump_roundtrip(args):
    """siovctl dump-config -> lspci -F -vvv and -> libsiov's dump backend."""
    name = "siovctl_dump_config_decodes_in_lspci"
    log = os.path.join(args.logs, f"{name}.log")
    text = []
    with tempfile.TemporaryDirectory() as tmp:
        dump = os.path.join(tmp, "sim.lspci")
        rc, out = run([args.siovctl, "--device", "sim", "dump-config"])
        text.append(f"$ siovctl --device sim dump-config (exit {rc})\n")
        if rc != 0:
            text.append(out)
            with open(log, "w") as f:
                f.write("".join(text))
            return False, f"FAIL {name}: dump-config failed", "".join(text), log
        with open(dump, "w") as f:
            f.write(out)
        want = ["EETLPPrefix+", "MSI-X:", "Process Address Space ID (PASID)",
                "Designated Vendor-Specific: Vendor=8086 ID=0005"]
        problems = []
        if shutil.which("lspci"):
            rc, lsout = run(["lspci", "-F", dump, "-vvv"])
            text.append(f"$ lspci -F {dump} -vvv (exit {rc})\n{lsout}\n")
            problems += [f"lspci output lacks '{w}'" for w in want if w not in lsout]
        else:
            problems.append("lspci is not installed")
        rc, lout = run([args.siovctl, "--device", f"dump:{dump}", "list"])
        text.append(f"$ siovctl --device dump:... list (exit {rc})\n{lout}\n")
        if rc != 0 or "01:00.0" not in lout:
            problems.append("libsiov's dump backend did not find the device by its DVSEC")
        rc, iout = run([args.siovctl, "--device", f"dump:{dump}", "info"])
        text.append(f"$ siovctl --device dump:... info (exit {rc})\n{iout}\n")
        if rc != 0 or "Intel Scalable I/O Virtualization" not in iout:
            problems.append("siovctl info on the dump did not decode the SIOV DVSEC")
    with open(log, "w") as f:
        f.write("".join(text))
    if problems:
        return False, f"FAIL {name}: " + "; ".join(problems), "".join(text), log
    return True, f"PASS {name}", "", log


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sim", required=True)
    ap.add_argument("--siovctl", required=True)
    ap.add_argument("-j", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--seed", default="1")
    ap.add_argument("--logs", default="build/test-logs")
    ap.add_argument("--only", help="comma-separated test names")
    args = ap.parse_args()
    os.makedirs(args.logs, exist_ok=True)

    rc, out = run([args.sim, "+list"])
    tests = [l.split()[1] for l in out.splitlines() if l.startswith("test ")]
    meta = {"determinism_same_seed_same_cycles": determinism,
            "siovctl_dump_config_decodes_in_lspci": dump_roundtrip}
    if args.only:
        want = set(args.only.split(","))
        tests = [t for t in tests if t in want]
        meta = {k: v for k, v in meta.items() if k in want}

    jobs = [(t, lambda t=t: run_sim_test(args, t)) for t in tests]
    jobs += [(k, lambda f=f: f(args)) for k, f in meta.items()]
    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.j)) as ex:
        futs = [(n, ex.submit(fn)) for n, fn in jobs]
        for n, fut in futs:
            ok, line, out, log = fut.result()
            print(line, flush=True)
            if ok:
                passed += 1
                continue
            failed += 1
            tail = "\n".join(out.splitlines()[-25:])
            print("    " + tail.replace("\n", "\n    "))
            if log:
                print(f"    log: {log}")
            if n in tests:
                print(f"    rerun: make run TEST={n} SEED={args.seed}")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
