#!/usr/bin/env bash
# Times "submit build" writing the tracking workbook of 100,000
# recommendations (a workspace the size of the whole UPR record, generated
# by internal/benchgen/tracking, xlsx output only) against Python's
# XlsxWriter in constant_memory mode writing the same rows
# (bench/xlsxwriter.py), and prints both medians, the ratio and the peak
# memory (RSS) of each.
#
#   bench/xlsx.sh [RUNS]      (default 5 runs each, or RUNS=5; N=100000 recommendations)
#
# Times and peak RSS come from GNU time (/usr/bin/time; without it, times
# from date +%s.%N and no RSS). Not part of CI: timings depend on the
# machine.
set -euo pipefail

runs=${1:-${RUNS:-5}}
n=${N:-100000}
for v in "$runs" "$n"; do
	if ! [[ $v =~ ^[1-9][0-9]*$ ]]; then
		echo "xlsx.sh: RUNS and N must be positive whole numbers, not \"$v\"" >&2
		exit 2
	fi
done

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

if ! command -v go >/dev/null; then
	echo "xlsx.sh: go not found (https://go.dev/dl/, or the Debian package golang)" >&2
	exit 1
fi
# shellcheck source=bench/lib.sh
. "$root/bench/lib.sh"
find_python 'import xlsxwriter'
if [ -z "$py" ]; then
	echo "xlsx.sh: skipped: no python3 can import xlsxwriter; install the Debian package python3-xlsxwriter (sudo apt-get install python3-xlsxwriter)"
	exit 0
fi
find_gnutime

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ws=$work/ws

echo "building submit and generating $n recommendations in $ws"
(cd "$root" && go build -o "$work/submit" ./cmd/submit && go run ./bench/trackgen "$ws" "$n")
echo "XlsxWriter $("$py" -c 'import xlsxwriter; print(xlsxwriter.__version__)'), $("$py" --version 2>&1), $(go version | cut -d' ' -f3)"

fresh_cmd=(bash -c 'rm -rf "$1/output" && exec "$2" build -C "$1"' fresh "$ws" "$work/submit")
rebuild_cmd=("$work/submit" build -C "$ws")
python_cmd=("$py" "$root/bench/xlsxwriter.py" "$ws/rows.jsonl" "$work/xlsxwriter.xlsx")

# One run of each first: it shows errors instead of timing them, and warms
# the caches so that every timed run starts alike.
"${fresh_cmd[@]}" >/dev/null
"${python_cmd[@]}"

# The three commands take turns, so that a change in the machine's speed
# during the runs (a shared virtual machine drifts) weighs on all alike.
echo "timing $runs runs of each, in turns; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
for ((i = 0; i < runs; i++)); do
	measure "$work/fresh" "${fresh_cmd[@]}"
	measure "$work/rebuild" "${rebuild_cmd[@]}"
	measure "$work/python" "${python_cmd[@]}"
done
col() { awk -v c="$2" '{ print $c }' "$work/$1" | median; }
fresh_s=$(col fresh 1) rebuild_s=$(col rebuild 1) python_s=$(col python 1)
fresh_mb=$(col fresh 2) rebuild_mb=$(col rebuild 2) python_mb=$(col python 2)
size() { stat -c %s "$1" 2>/dev/null | awk '{ printf "%.1f MB", $1 / 1e6 }'; }

awk -v f="$fresh_s" -v r="$rebuild_s" -v p="$python_s" -v fm="$fresh_mb" -v rm="$rebuild_mb" -v pm="$python_mb" \
	-v fs="$(size "$ws/output/recommendations.xlsx")" -v ps="$(size "$work/xlsxwriter.xlsx")" -v n="$n" 'BEGIN {
	printf "submit build, new workbook:       median %7.2f s, peak RSS %4s MiB  (%s; %d rows, summaries, record of the build)\n", f, fm, fs, n
	printf "submit build, over that workbook: median %7.2f s, peak RSS %4s MiB\n", r, rm
	printf "XlsxWriter, constant_memory:      median %7.2f s, peak RSS %4s MiB  (%s; the rows only)\n", p, pm, ps
	printf "submit takes %.2f of XlsxWriter'"'"'s time (target <= 0.33): %.1fx faster\n", f / p, p / f
}'
