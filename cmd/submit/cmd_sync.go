package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

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
the data. With -n, it shows what it would change and writes nothing.

Rows typed into the workbook become new recommendations. Each needs Text,
State under review, Cycle, Response and Recommending states; a row missing
one is reported with its row number and not added. It goes into the file
already holding recommendations of the same state under review and cycle
(the one whose defaults fit it best; fields equal to its defaults are left
out), or else into a new file, recommendations/STATE-cycleN.yaml. A row
without an ID gets one made from its cycle and paragraph ("c3-28.173"), or
its cycle, recommending state and first words: sync prints it, and the next
build shows it in the workbook.

Implementation status, Assessed and Assessment note (and Evidence) show the
latest assessment under implementation:. Edited with the same year (or
Assessed left blank), that assessment is updated in place. With a later year
in Assessed, a new assessment is added with the four cells as they stand,
and the earlier ones are kept as history; an earlier year is refused (edit
the YAML). A recommendation without assessments gets its first one, dated by
Assessed or else by the year of Last updated.`

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
	var conflicts, synced, added int
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
			return fmt.Errorf("%w\n(the lines are those of the files as sync would write them: fix the cells in the workbook, then sync again)", err)
		}
		printReport(stdout, rep)
		conflicts += len(rep.Conflicts)
		synced += len(rep.Changes)
		added += len(rep.Added)
		if opts.DryRun || len(files) == 0 {
			continue
		}
		if err := writeSynced(files); err != nil {
			return err
		}
		// A second workbook is compared with the data as now written.
		if ws, err = workspace.Load(opts.Dir); err != nil {
			return err
		}
	}
	verb := "synced"
	if opts.DryRun {
		verb = "would sync"
	}
	summary := fmt.Sprintf("%s %s", verb, plural(synced, "change", "changes"))
	if added > 0 {
		summary += ", " + plural(added, "new recommendation", "new recommendations")
	}
	fmt.Fprintln(stdout, summary)
	if conflicts > 0 {
		return fmt.Errorf("%s left for you to resolve", plural(conflicts, "conflict", "conflicts"))
	}
	return nil
}

// writeSynced writes the planned files, all or nothing, making the folder
// of a new file when needed.
func writeSynced(files map[string][]byte) error {
	for _, path := range reconcile.Sorted(files) {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return fmt.Errorf("cannot create the folder of %s: %w", path, err)
		}
	}
	return assemble.WriteAll(files)
}

// printReport prints what a sync did or would do, one line each.
func printReport(w io.Writer, rep *reconcile.Report) {
	for _, c := range rep.Changes {
		fmt.Fprintf(w, "%s: %s: %s: %q → %q\n", c.File, c.ID, c.Field, c.From, c.To)
	}
	for _, a := range rep.Added {
		var notes []string
		if a.NewFile {
			notes = append(notes, "a new file")
		}
		if len(a.Defaults) > 0 {
			notes = append(notes, "from the file's defaults: "+strings.Join(a.Defaults, ", "))
		}
		if a.Generated {
			notes = append(notes, "the ID is new: the next submit build puts it in the workbook")
		}
		line := fmt.Sprintf("%s: %s: added from %s", a.File, a.ID, rowLabel(a.Row))
		if len(notes) > 0 {
			line += " (" + strings.Join(notes, "; ") + ")"
		}
		fmt.Fprintln(w, line)
	}
	for _, a := range rep.Present {
		fmt.Fprintf(w, "%s: already in the data as %s (submit build shows it with its ID)\n", rowLabel(a.Row), a.ID)
	}
	for _, c := range rep.Conflicts {
		if c.NewRow {
			fmt.Fprintf(w, "conflict: %s, %s: the row typed in the workbook says %q, the YAML says %q (the data has had this ID since the workbook was built): edit one of them so they agree\n",
				c.ID, c.Column, c.Workbook, c.InYAML)
			continue
		}
		fmt.Fprintf(w, "conflict: %s, %s: the workbook says %q, the YAML now says %q (both were %q when the workbook was built): edit one of them so they agree\n",
			c.ID, c.Column, c.Workbook, c.InYAML, c.Built)
	}
	for _, id := range rep.Deleted {
		fmt.Fprintf(w, "%s: deleted in the workbook, kept in the data (remove it from the YAML if you mean it)\n", id)
	}
	for _, s := range rep.Skipped {
		fmt.Fprintf(w, "not synced: %s\n", s)
	}
}

// rowLabel names a sheet row, or a row whose number is unknown.
func rowLabel(n int) string {
	if n > 0 {
		return fmt.Sprintf("row %d", n)
	}
	return "a new row"
}
