#!/usr/bin/env bash
# Summarise a Yosys `stat` report: cells per module and for the whole design.
set -euo pipefail
awk '
/^=== / { mod = $2 }
/Number of cells:/ && mod != "" { cells[mod] = $4; order[++n] = mod; mod = "" }
/design hierarchy/ { hier = 1 }
hier && /Number of cells:/ { total = $4 }
END {
	printf "%-28s %10s\n", "module", "cells"
	for (i = 1; i <= n; i++) printf "%-28s %10s\n", order[i], cells[order[i]]
	if (total != "") printf "%-28s %10s\n", "siov_top (whole design)", total
}' "$1"
