package main

import (
	"fmt"
	"io"

	"github.com/upr-tools/submit/internal/assemble"
)

const validateDoc = `
Checks the workspace and reports every problem as file:line:col: message:
unknown fields, wrong types, missing required fields, duplicate ids, references
to evidence or statistics that do not exist, responses outside the vocabulary,
state names that are not UN member or observer states, and template errors
(templates are run, and their Markdown parsed, but nothing is written).`

type validateOptions struct {
	Dir            string
	AllowOverLimit bool
}

func cmdValidate(args []string, stdout, stderr io.Writer) error {
	var opts validateOptions
	fs := newFlags("validate", "[-C DIR]", validateDoc, stderr)
	fs.StringVar(&opts.Dir, "C", ".", "the workspace `DIR`ectory")
	fs.BoolVar(&opts.AllowOverLimit, "allow-over-limit", false, "accept a PDF longer than its word limit")
	if err := parse(fs, args, stdout); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("validate takes no arguments, found %q (to check another workspace, pass -C DIR)", fs.Arg(0))
	}
	return runValidate(opts, stdout)
}

func runValidate(opts validateOptions, stdout io.Writer) error {
	// Make runs every step of build but the writing, so validate finds
	// every problem build would.
	var aopts []assemble.Option
	if opts.AllowOverLimit {
		aopts = append(aopts, assemble.AllowOverLimit())
	}
	res, err := assemble.Make(opts.Dir, aopts...)
	if err != nil {
		return err
	}
	ws := res.WS
	where := ""
	if opts.Dir != "." {
		where = " in " + opts.Dir
	}
	fmt.Fprintf(stdout, "no problems found%s: %s, %s, %s, %s\n", where,
		plural(len(ws.Recommendations), "recommendation", "recommendations"),
		plural(len(ws.Evidence), "evidence item", "evidence items"),
		plural(len(ws.Statistics), "statistic", "statistics"),
		plural(len(ws.Submission.Outputs), "output", "outputs"))
	return nil
}
