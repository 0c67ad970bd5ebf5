// Command trackgen writes the workbook benchmark's workspace
// (internal/benchgen/tracking) of N recommendations into DIR, with
// DIR/rows.jsonl, the same rows for bench/xlsxwriter.py. It is a
// development tool, not part of the submit command.
//
//	go run ./bench/trackgen DIR [N]     (N defaults to 100000)
package main

import (
	"fmt"
	"os"
	"strconv"

	"github.com/upr-tools/submit/internal/benchgen/tracking"
)

func main() {
	if len(os.Args) < 2 || len(os.Args) > 3 {
		fmt.Fprintln(os.Stderr, "usage: go run ./bench/trackgen DIR [N]")
		os.Exit(2)
	}
	n := 100000
	if len(os.Args) == 3 {
		var err error
		if n, err = strconv.Atoi(os.Args[2]); err != nil || n < 0 {
			fmt.Fprintf(os.Stderr, "trackgen: N must be a whole number of recommendations, not %q\n", os.Args[2])
			os.Exit(2)
		}
	}
	if err := tracking.Write(os.Args[1], n); err != nil {
		fmt.Fprintln(os.Stderr, "trackgen:", err)
		os.Exit(1)
	}
}
