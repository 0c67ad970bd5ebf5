// Command gen writes the benchmark workspace (internal/benchgen) into DIR,
// and DIR/body.md, the Markdown its templates produce, for the comparison
// with pandoc in bench/compare.sh. It is a development tool, not part of the
// submit command.
//
//	go run ./bench/gen DIR
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/upr-tools/submit/internal/benchgen"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: go run ./bench/gen DIR")
		os.Exit(2)
	}
	if err := run(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	if err := benchgen.Write(dir); err != nil {
		return err
	}
	md, err := benchgen.Markdown(dir)
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "body.md"), md, 0o644)
}
