package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/upr-tools/submit/internal/assemble"
	"github.com/upr-tools/submit/internal/reconcile"
	"github.com/upr-tools/submit/internal/workspace"
)

const syncDoc = `
Reads the edits a coordinator made in the tracking workbook (output/*.xlsx):
responses, wording, themes, action categories, lead, notes, last updated…
and writes them into the recommendations' YAML files, changing only the edited
fields and keeping comments and formatting. It prints every change.
A cell edited in the workbook and also changed in the YAML since the workbook
was built is a conflict: both values are shown, neither is applied, and the
exit status is 1. Rows deleted in the workbook are reported, not deleted from
the data. With -n, it shows what it would change and writes nothing.`

type syncOptions struct {
	Dir    string
	DryRun bool
}

func cmdSync(args []string, stdout, stderr io.Writer) error {
	var opts syncOptions
	fs := newFlags("sync", "[-C DIR] [-n]", syncDoc, stderr)
	fs.StringVar(&opts.Dir, "C", ".", "the workspace `DIR`ectory")
	fs.BoolVar(&opts.DryRun, "n", false, "show what would change, write nothing")
	if err := parse(fs, args, stdout); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("sync takes no arguments, found %q", fs.Arg(0))
	}
	return runSync(opts, stdout)
}

func runSync(opts syncOptions, stdout io.Writer) error {
	ws, err := workspace.Load(opts.Dir)
	if err != nil {
		return err
	}
	conflicts := 0
	synced := 0
	for _, out := range ws.Submission.Outputs {
		if out.Kind != "xlsx" {
			continue
		}
		path := filepath.Join(opts.Dir, workspace.OutputDir, out.File)
		data, err := os.ReadFile(path)
		if errors.Is(err, os.ErrNotExist) {
			fmt.Fprintf(stdout, "%s: no workbook yet (run submit build): nothing to sync\n", path)
			continue
		}
		if err != nil {
			return err
		}
		files, rep, err := reconcile.Plan(ws, data)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if err := reconcile.Check(opts.Dir, files); err != nil {
			return err
		}
		for _, c := range rep.Changes {
			fmt.Fprintf(stdout, "%s: %s: %s: %q → %q\n", c.File, c.ID, c.Field, c.From, c.To)
		}
		for _, c := range rep.Conflicts {
			fmt.Fprintf(stdout, "conflict: %s, %s: the workbook says %q, the YAML now says %q (both were %q when the workbook was built): edit one of them so they agree\n",
				c.ID, c.Column, c.Workbook, c.InYAML, c.Built)
		}
		for _, id := range rep.Deleted {
			fmt.Fprintf(stdout, "%s: deleted in the workbook, kept in the data (remove it from the YAML if you mean it)\n", id)
		}
		for _, s := range rep.Skipped {
			fmt.Fprintf(stdout, "not synced: %s\n", s)
		}
		conflicts += len(rep.Conflicts)
		synced += len(rep.Changes)
		if opts.DryRun || len(files) == 0 {
			continue
		}
		if err := assemble.WriteAll(files); err != nil {
			return err
		}
	}
	verb := "synced"
	if opts.DryRun {
		verb = "would sync"
	}
	fmt.Fprintf(stdout, "%s %s\n", verb, plural(synced, "change", "changes"))
	if conflicts > 0 {
		return fmt.Errorf("%s left for you to resolve", plural(conflicts, "conflict", "conflicts"))
	}
	return nil
}
