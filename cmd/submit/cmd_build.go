package main

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/upr-tools/submit/internal/assemble"
	"github.com/upr-tools/submit/internal/workspace"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

const buildDoc = `
Checks the workspace (as "submit validate" does) and writes every output that
submission.yaml lists under DIR/output/. Nothing is written unless every
output could be made; each file is replaced whole, never half-written.
It prints the words of each section: the body and its footnotes count towards
the word limit, the cover and annexes do not. A submission over its limit
fails unless --allow-over-limit is given. A workbook holding edits that are not
in the data (a coordinator's changes) is never overwritten: build stops, unless
--force is given, which keeps the old workbook as NAME.backup.xlsx.
Output dates come from the submission's date, or SOURCE_DATE_EPOCH when set,
so building twice gives identical files.`

type buildOptions struct {
	Dir            string
	AllowOverLimit bool
	Force          bool
}

func cmdBuild(args []string, stdout, stderr io.Writer) error {
	var opts buildOptions
	fs := newFlags("build", "[-C DIR]", buildDoc, stderr)
	fs.StringVar(&opts.Dir, "C", ".", "the workspace `DIR`ectory")
	fs.BoolVar(&opts.AllowOverLimit, "allow-over-limit", false, "build a PDF longer than its word limit instead of failing")
	fs.BoolVar(&opts.Force, "force", false, "replace a workbook that holds edits not in the data, keeping it as NAME.backup.xlsx")
	if err := parse(fs, args, stdout); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("build takes no arguments, found %q (to build another workspace, pass -C DIR)", fs.Arg(0))
	}
	return runBuild(opts, stdout)
}

func runBuild(opts buildOptions, stdout io.Writer) error {
	var aopts []assemble.Option
	if opts.AllowOverLimit {
		aopts = append(aopts, assemble.AllowOverLimit())
	}
	if opts.Force {
		aopts = append(aopts, assemble.Force())
	}
	res, err := assemble.Build(opts.Dir, aopts...)
	if err != nil {
		return err
	}
	p := message.NewPrinter(language.English)
	for _, w := range res.Written {
		switch w.Kind {
		case "pdf":
			p.Fprintf(stdout, "wrote %s: %s, %d words (body %d, footnotes %d; limit %d)\n",
				w.Path, plural(w.Pages, "page", "pages"), w.Words.Total(), w.Words.Body, w.Words.Footnotes, w.Limit)
			for _, s := range w.Words.Sections {
				title := s.Title
				if title == "" {
					title = "(before the first heading)"
				}
				p.Fprintf(stdout, "  %6d  %s\n", s.Words, title)
			}
			if over := w.Words.Total() - w.Limit; over > 0 {
				p.Fprintf(stdout, "warning: %s is %d words over the limit of %d (built because of --allow-over-limit)\n", filepath.Base(w.Path), over, w.Limit)
			}
		case "xlsx":
			p.Fprintf(stdout, "wrote %s: %s\n", w.Path, plural(w.Rows, "recommendation", "recommendations"))
		default:
			p.Fprintf(stdout, "wrote %s: %d bytes\n", w.Path, w.Bytes)
		}
	}
	for _, b := range res.Backups {
		fmt.Fprintf(stdout, "kept the replaced workbook as %s\n", b)
	}
	if len(res.Written) == 0 {
		fmt.Fprintf(stdout, "nothing to build: %s lists no outputs\n", workspace.SubmissionFile)
	}
	return nil
}

// plural writes a count with its noun: "1 page", "7 pages", "2,075 words".
func plural(n int, one, many string) string {
	noun := many
	if n == 1 {
		noun = one
	}
	return message.NewPrinter(language.English).Sprintf("%d %s", n, noun)
}
