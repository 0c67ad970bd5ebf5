// Command importgen writes the import benchmark's input: a UPR Info export
// of N rows (internal/benchgen/uprexport) made from the shared samples in
// DATA (shared/data/upr-info beside the repository by default). It is a
// development tool, not part of the submit command.
//
//	go run ./bench/importgen OUT.csv [N] [DATA]     (N defaults to 40000)
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/upr-tools/submit/internal/benchgen/uprexport"
)

func main() {
	if len(os.Args) < 2 || len(os.Args) > 4 {
		fmt.Fprintln(os.Stderr, "usage: go run ./bench/importgen OUT.csv [N] [DATA]")
		os.Exit(2)
	}
	n := 40000
	if len(os.Args) >= 3 {
		var err error
		if n, err = strconv.Atoi(os.Args[2]); err != nil || n < 0 {
			fmt.Fprintf(os.Stderr, "importgen: N must be a whole number of rows, not %q\n", os.Args[2])
			os.Exit(2)
		}
	}
	data := filepath.Join("..", "shared", "data", "upr-info")
	if len(os.Args) == 4 {
		data = os.Args[3]
	}
	var samples [][]byte
	for _, f := range uprexport.Samples {
		b, err := os.ReadFile(filepath.Join(data, f))
		if err != nil {
			fmt.Fprintf(os.Stderr, "importgen: %v (give the folder of UPR Info's sample exports as DATA)\n", err)
			os.Exit(1)
		}
		samples = append(samples, b)
	}
	out, err := uprexport.Export(samples, n)
	if err == nil {
		err = os.WriteFile(os.Args[1], out, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "importgen:", err)
		os.Exit(1)
	}
}
