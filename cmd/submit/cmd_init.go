package main

import (
	"fmt"
	"io"

	"github.com/upr-tools/submit/internal/scaffold"
)

const initDoc = `
Creates a new workspace in DIR (which must not exist or be empty): a commented
submission.yaml, example recommendations, evidence and statistics, and the
default templates. It is valid as it is: "submit build -C DIR" builds it.
Replace the example data with your own.`

func cmdInit(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("init", "DIR", initDoc, stderr)
	if err := parse(fs, args, stdout); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("init takes one argument: the folder of the new workspace")
	}
	return runInit(fs.Arg(0), stdout)
}

func runInit(dir string, stdout io.Writer) error {
	if err := scaffold.Create(dir); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "created a new workspace in %s:\n", dir)
	for _, f := range scaffold.Files() {
		fmt.Fprintf(stdout, "  %s\n", f)
	}
	fmt.Fprintf(stdout, "next: edit %s/submission.yaml, then run: submit build -C %s\n", dir, dir)
	return nil
}
