#!/usr/bin/env bash
# Summarise a Yosys `stat` report: cells per module (parameterised modules by name and
# parameters) and for the whole design.
set -euo pipefail
awk '
function bin2dec(b,   i, v) {
	v = 0
	for (i = 1; i <= length(b); i++) v = v * 2 + substr(b, i, 1)
	return v
}
function pretty(m,   n, parts, i, out, kv, v) {
	sub(/^\$paramod\$[0-9a-f]+\\/, "", m)     # hashed parameter sets: module name only
	sub(/^\$paramod\\/, "", m)
	n = split(m, parts, "\\")
	out = parts[1]
	for (i = 2; i <= n; i++) {
		split(parts[i], kv, "=")
		v = kv[2]; sub(/^[0-9]+\047/, "", v)
		out = out " " kv[1] "=" bin2dec(v)
	}
	return out
}
/^=== / { mod = $2 }
/Number of cells:/ && mod != "" { name[++n] = pretty(mod); cells[n] = $4; mod = "" }
/design hierarchy/ { hier = 1 }
hier && /Number of cells:/ { total = $4 }
END {
	printf "%-44s %8s\n", "module (cells of the module itself)", "cells"
	for (i = 1; i <= n; i++) if (name[i] != "design") printf "%-44s %8s\n", name[i], cells[i]
	if (total != "") printf "%-44s %8s\n", "whole design (flattened count)", total
}' "$1"
