#!/usr/bin/env bash
# Install what siovdm needs on Debian 12, only when it is missing (idempotent, quick when done).
# Debian packages go through apt-get (as root, or through sudo); Python tools go into .venv/
# from PyPI with pinned versions. Called by `make deps`, by every top-level make target that
# needs tools, and by .ci/run.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)

pkgs=(make gcc g++ verilator yosys python3 python3-venv libpython3-dev libpci-dev pciutils cppcheck gnuplot-nox git)
missing=()
for p in "${pkgs[@]}"; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
		missing+=("$p")
	fi
done
if [ ${#missing[@]} -gt 0 ]; then
	echo "deps: installing Debian packages: ${missing[*]}"
	sudo=""
	if [ "$(id -u)" -ne 0 ]; then
		command -v sudo >/dev/null || { echo "deps: need root or sudo for apt-get" >&2; exit 1; }
		sudo="sudo"
	fi
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Python tools (register generator, Bender.yml reader, the board-mode testbench) in a
# project-local virtualenv.
venv="$top/.venv"
req="$top/scripts/requirements.txt"
stamp="$venv/.requirements"
if [ ! -x "$venv/bin/python" ] || ! cmp -s "$req" "$stamp"; then
	echo "deps: preparing Python tools in .venv"
	/usr/bin/python3 -m venv "$venv"
	"$venv/bin/pip" install -q --disable-pip-version-check -r "$req"
	cp "$req" "$stamp"
fi
