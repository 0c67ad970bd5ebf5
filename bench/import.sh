#!/usr/bin/env bash
# Times "submit import upr-info" on a UPR Info export of 40,000 rows (the
# shared samples, then 16,516 of their rows again a cycle later, made by
# bench/importgen) against the same job done with Python's csv module and
# PyYAML's libyaml loader and dumper (bench/import_pyyaml.py), and prints
# the medians and ratios of each:
#   - a first import, into a workspace without recommendations;
#   - the same export again, into what the first wrote (nothing changes).
#
#   bench/import.sh [RUNS]    (default 5 runs each, or RUNS=5; N=40000 rows)
#
# Needs the shared data beside the repository (shared/data/upr-info) and
# Debian's python3-yaml. Times and peak RSS come from GNU time
# (/usr/bin/time; without it, times from date +%s.%N and no RSS). Not
# part of CI: timings depend on the machine.
set -euo pipefail

runs=${1:-${RUNS:-5}}
n=${N:-40000}
for v in "$runs" "$n"; do
	if ! [[ $v =~ ^[1-9][0-9]*$ ]]; then
		echo "import.sh: RUNS and N must be positive whole numbers, not \"$v\"" >&2
		exit 2
	fi
done

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
data=${DATA:-$root/../shared/data/upr-info}

if ! command -v go >/dev/null; then
	echo "import.sh: go not found (https://go.dev/dl/, or the Debian package golang)" >&2
	exit 1
fi
if [ ! -f "$data/1-5.csv" ]; then
	echo "import.sh: UPR Info's sample exports are not in $data: put shared/ beside the repository or set DATA" >&2
	exit 1
fi
# shellcheck source=bench/lib.sh
. "$root/bench/lib.sh"
find_python 'import yaml; yaml.CSafeLoader'
if [ -z "$py" ]; then
	echo "import.sh: skipped: no python3 has PyYAML with libyaml; install the Debian package python3-yaml (sudo apt-get install python3-yaml)"
	exit 0
fi
find_gnutime

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
csv=$work/export.csv

echo "building submit and writing an export of $n rows"
(cd "$root" && go build -o "$work/submit" ./cmd/submit && go run ./bench/importgen "$csv" "$n" "$data")
"$work/submit" init "$work/ws" >/dev/null
rm -f "$work/ws/recommendations/"*.yaml
mkdir -p "$work/py"
echo "PyYAML $("$py" -c 'import yaml; print(yaml.__version__)') (libyaml), $("$py" --version 2>&1), $(go version | cut -d' ' -f3)"

# A first import starts from a workspace without recommendations; "again"
# imports the same rows into what it wrote.
submit_first=(bash -c 'rm -f "$1"/recommendations/*.yaml && exec "$2" import upr-info "$3" -C "$1"' first "$work/ws" "$work/submit" "$csv")
submit_again=("$work/submit" import upr-info "$csv" -C "$work/ws")
python_first=(bash -c 'rm -rf "$1"/recommendations && exec "$2" "$3" "$1" "$4"' first "$work/py" "$py" "$root/bench/import_pyyaml.py" "$csv")
python_again=("$py" "$root/bench/import_pyyaml.py" "$work/py" "$csv")

# One run of each first: it shows errors instead of timing them, and warms
# the caches so that every timed run starts alike.
"${submit_first[@]}" | tail -n 3
"${python_first[@]}"

# The commands take turns, so that a change in the machine's speed during
# the runs (a shared virtual machine drifts) weighs on all alike.
echo "timing $runs runs of each, in turns; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
for ((i = 0; i < runs; i++)); do
	measure "$work/sf" "${submit_first[@]}"
	measure "$work/sa" "${submit_again[@]}"
	measure "$work/pf" "${python_first[@]}"
	measure "$work/pa" "${python_again[@]}"
done
col() { awk -v c="$2" '{ print $c }' "$work/$1" | median; }

awk -v sf="$(col sf 1)" -v sa="$(col sa 1)" -v pf="$(col pf 1)" -v pa="$(col pa 1)" \
	-v sfm="$(col sf 2)" -v sam="$(col sa 2)" -v pfm="$(col pf 2)" -v pam="$(col pa 2)" -v n="$n" 'BEGIN {
	printf "%d rows                      first import          again (no change)\n", n
	printf "submit import upr-info    %7.2f s %5s MiB    %7.2f s %5s MiB   (%.1f / %.1f us a row)\n", sf, sfm, sa, sam, sf * 1e6 / n, sa * 1e6 / n
	printf "Python csv + PyYAML (C)   %7.2f s %5s MiB    %7.2f s %5s MiB\n", pf, pfm, pa, pam
	printf "submit takes %.2f of Python'"'"'s time for a first import (%.1fx faster), %.2f again (%.1fx faster)\n", sf / pf, pf / sf, sa / pa, pa / sa
}'
