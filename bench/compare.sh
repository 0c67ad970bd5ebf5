#!/usr/bin/env bash
# Times "submit build" on the benchmark workspace (a joint submission at the
# 5,630-word limit, about 70 footnotes, a 60-row annex) against pandoc with
# wkhtmltopdf on the same Markdown, and prints both medians and the ratio.
#
#   bench/compare.sh [RUNS]      (default 10 runs each; or RUNS=N in the environment)
#
# Uses hyperfine when installed, else a bash loop timed with date +%s.%N.
# Not part of CI: timings depend on the machine.
set -euo pipefail

runs=${1:-${RUNS:-10}}
if ! [[ $runs =~ ^[1-9][0-9]*$ ]]; then
	echo "compare.sh: RUNS must be a positive whole number, not \"$runs\"" >&2
	exit 2
fi

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

missing=()
command -v go >/dev/null || missing+=("go (https://go.dev/dl/, or the Debian package golang)")
command -v pandoc >/dev/null || missing+=("pandoc (Debian package pandoc)")
command -v wkhtmltopdf >/dev/null || missing+=("wkhtmltopdf (Debian package wkhtmltopdf)")
if ((${#missing[@]})); then
	echo "compare.sh: missing tools:" >&2
	printf '  %s\n' "${missing[@]}" >&2
	echo "On Debian or Ubuntu: sudo apt-get install pandoc wkhtmltopdf" >&2
	exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ws=$work/ws

echo "building submit and generating the workspace in $ws"
(cd "$root" && go build -o "$work/submit" ./cmd/submit && go run ./bench/gen "$ws")

submit_cmd=("$work/submit" build -C "$ws")
# Debian's wkhtmltopdf 0.12.6 runs headless (Qt's offscreen platform): no X
# server or xvfb-run needed. Local file access lets it read the stylesheet.
pandoc_cmd=(pandoc "$ws/body.md" -o "$work/pandoc.pdf" --pdf-engine=wkhtmltopdf
	--css "$root/bench/pandoc.css" --metadata title="Benchmark submission"
	-V papersize=A4 --pdf-engine-opt=--enable-local-file-access --pdf-engine-opt=--quiet)

# One run of each first: it shows errors instead of timing them, and warms
# the caches so that every timed run starts alike.
"${submit_cmd[@]}" >/dev/null
"${pandoc_cmd[@]}" 2>/dev/null

# quote joins a command into one shell-quoted string, for hyperfine.
quote() { printf '%q ' "$@"; }

# shellcheck source=bench/lib.sh
. "$root/bench/lib.sh"

# time_median prints the median wall time in seconds of RUNS runs of a command.
time_median() {
	if command -v hyperfine >/dev/null; then
		hyperfine --style none --runs "$runs" --export-json "$work/h.json" "$(quote "$@")" >/dev/null 2>&1
		tr ',' '\n' <"$work/h.json" | sed -n 's/^ *"median": *//p' | head -n 1
		return
	fi
	local i t0 t1
	for ((i = 0; i < runs; i++)); do
		t0=$(date +%s.%N)
		"$@" >/dev/null 2>&1
		t1=$(date +%s.%N)
		awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f\n", b - a }'
	done | median
}

if command -v hyperfine >/dev/null; then timer=hyperfine; else timer="bash loop, date +%s.%N"; fi
echo "timing $runs runs of each ($timer); $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
submit_s=$(time_median "${submit_cmd[@]}")
pandoc_s=$(time_median "${pandoc_cmd[@]}")

pages() { command -v pdfinfo >/dev/null && pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ { print $2 }' || echo "?"; }

awk -v s="$submit_s" -v p="$pandoc_s" -v sp="$(pages "$ws/output/submission.pdf")" -v pp="$(pages "$work/pandoc.pdf")" 'BEGIN {
	printf "submit build:          median %7.1f ms  (%s pages; also writes the workbook)\n", s * 1000, sp
	printf "pandoc + wkhtmltopdf:  median %7.1f ms  (%s pages)\n", p * 1000, pp
	printf "submit is %.1fx faster than pandoc+wkhtmltopdf (target >= 30x)\n", p / s
}'
