# Shell functions the benchmark scripts share; sourced, not run. They use
# $work (the script's temporary folder) and $gnutime (GNU time's path, or
# "" to time with date +%s.%N and report no memory).

# median reads one number per line and prints their median.
median() {
	sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# measure runs a command once and appends "seconds peak-MiB" to a file;
# with GNU time both come from it (peak "?" without it).
measure() {
	local out=$1
	shift
	if [ -n "$gnutime" ]; then
		"$gnutime" -f '%e %M' -o "$work/m" "$@" >/dev/null 2>&1
		awk '{ printf "%s %.0f\n", $1, $2 / 1024 }' "$work/m" >>"$out"
		return
	fi
	local t0 t1
	t0=$(date +%s.%N)
	"$@" >/dev/null 2>&1
	t1=$(date +%s.%N)
	awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f ?\n", b - a }' >>"$out"
}

# find_gnutime sets gnutime to GNU time's path when it is there.
find_gnutime() {
	gnutime=""
	if [ -x /usr/bin/time ] && /usr/bin/time -f %M true >/dev/null 2>&1; then
		gnutime=/usr/bin/time
	fi
}

# find_python sets py to the first python3 that can run the Python code
# given ("import yaml"), or to "". A Debian package installs modules for
# the system Python, which a python3 earlier on PATH (pyenv, a venv) may
# not see.
find_python() {
	py=""
	local p
	for p in python3 /usr/bin/python3; do
		if command -v "$p" >/dev/null && "$p" -c "$1" 2>/dev/null; then
			py=$(command -v "$p")
			return
		fi
	done
}
