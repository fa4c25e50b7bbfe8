#!/usr/bin/env bash
# fpga/build.sh: build the siovdm bitstream for the Intel Agilex 7 P-tile board with Quartus
# Prime Pro (fpga/README.md).
#
#   fpga/build.sh [flist|ip|project|compile|all]      (default: all = the four in this order)
#
#   flist    RTL file list from Bender.yml, target fpga (bender, else scripts/bender_flist.py)
#   ip       qsys-script: the IP variants pcie_ptile_x16.ip and siov_reset_release.ip
#   project  quartus_sh -t fpga/boards/agilex7_ptile/siov_agilex7.tcl: the Quartus project
#            (sources, IP, constraints/agilex7_ptile/*.sdc and pin assignments)
#   compile  quartus_ipgenerate, then quartus_sh --flow compile (synthesis, fit, timing
#            analysis, assembler), then a timing summary
#
# Environment (all optional):
#   SIOV_FPGA_BUILD      build directory (default build/fpga/agilex7_ptile)
#   SIOV_DEVICE          FPGA part (default AGFB014R24B2E2V, DE10-Agilex; TODO-BOARD)
#   SIOV_FAMILY          device family as Quartus spells it (default "Agilex 7")
#   SIOV_PTILE_CLK_MHZ   coreclkout_hip in MHz, 175..500 (default 400), IP and SDC
#   SIOV_QSYS_VERSION    pin the Platform Designer script version (e.g. 23.4)
#   SIOV_ALLOW_UNPLACED  1 = compile without the board's pin locations (a smoke test only; the
#                        bitstream is not usable), see constraints/README.md
#
# UNTESTED with Quartus (it is not installed where this was written); `flist` runs anywhere.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${SIOV_FPGA_BUILD:-$repo/build/fpga/agilex7_ptile}
board=$repo/fpga/boards/agilex7_ptile
project=siov_agilex7

export SIOV_DEVICE=${SIOV_DEVICE:-AGFB014R24B2E2V}
export SIOV_FAMILY=${SIOV_FAMILY:-Agilex 7}
export SIOV_PTILE_CLK_MHZ=${SIOV_PTILE_CLK_MHZ:-400}

need() {
	command -v "$1" > /dev/null || {
		echo "build.sh: '$1' not found; put Quartus Prime Pro (bin/ and qsys/bin/) in PATH" >&2
		exit 1
	}
}

step_flist() {
	mkdir -p "$build"
	cd "$repo"
	local list
	if command -v bender > /dev/null; then
		list=$(bender script flist -t fpga)
	else
		local py=python3
		[ -x .venv/bin/python ] && py=.venv/bin/python
		list=$("$py" scripts/bender_flist.py -t fpga --files-only Bender.yml)
	fi
	# Absolute paths, one per line, no +incdir/+define lines (the project has none).
	grep -v '^+' <<< "$list" | while read -r f; do
		[ -n "$f" ] && realpath "$f"
	done > "$build/rtl.f"
	echo "build.sh: $(wc -l < "$build/rtl.f") RTL files in $build/rtl.f"
}

step_ip() {
	need qsys-script
	mkdir -p "$build/ip"
	for tcl in "$board"/ip/*.ip.tcl; do
		local name
		name=$(basename "$tcl" .ip.tcl)
		cp "$tcl" "$build/ip/"
		(cd "$build/ip" && rm -f "$name.qpf" "$name.qsf" &&
			qsys-script --script="$(basename "$tcl")")
		[ -f "$build/ip/$name.ip" ] || { echo "build.sh: $name.ip not created" >&2; exit 1; }
	done
}

step_project() {
	need quartus_sh
	[ -f "$build/rtl.f" ] || step_flist
	(cd "$build" && quartus_sh -t "$board/$project.tcl" "$build/rtl.f" "$build/ip")
}

step_compile() {
	need quartus_sh
	need quartus_ipgenerate
	cd "$build"
	quartus_ipgenerate --run_default_mode_op "$project" -c "$project"
	quartus_sh --flow compile "$project" -c "$project"
	# Timing: every clock domain must have non-negative setup and hold slack.
	local sta=output_files/$project.sta.summary
	if [ -f "$sta" ]; then
		echo "build.sh: timing summary ($sta):"
		grep -E "^(Type|Slack)" "$sta" | paste - - | sed 's/^/  /'
		if grep -E "^Slack" "$sta" | grep -q -- "-"; then
			echo "build.sh: TIMING NOT MET" >&2
			exit 2
		fi
	fi
	echo "build.sh: bitstream $build/output_files/$project.sof"
}

case "${1:-all}" in
flist) step_flist ;;
ip) step_ip ;;
project) step_project ;;
compile) step_compile ;;
all) step_flist; step_ip; step_project; step_compile ;;
*)
	sed -n '2,26p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
	exit 2
	;;
esac
