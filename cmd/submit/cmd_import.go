package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/upr-tools/submit/internal/assemble"
	"github.com/upr-tools/submit/internal/importer"
	"github.com/upr-tools/submit/internal/importer/matrix"
	"github.com/upr-tools/submit/internal/importer/responses"
	"github.com/upr-tools/submit/internal/importer/uprinfo"
	"github.com/upr-tools/submit/internal/importer/wgreport"
	"github.com/upr-tools/submit/internal/memory"
	"github.com/upr-tools/submit/internal/workspace"
)

const importDoc = `
Reads recommendations from the sources where they are published and merges
them into the workspace's recommendations/ folder. FORMAT is one of:

  upr-info      UPR Info database exports (.csv in Mac Roman, Windows-1252 or
                UTF-8, or .xlsx); the session gives the cycle
  ohchr-matrix  OHCHR's matrices and thematic lists of recommendations (.docx)
  wg-report     the text of a Working Group report (copied or extracted from
                its PDF): recommendations it says enjoy the State's support
                are supported, those to be examined are pending
  responses     the text of the State's addendum (…/Add.1): sets the responses
                of recommendations already imported from its report

The same state under review, cycle and paragraph number is the same
recommendation: the fields the source gives are updated, the ones people add
(lead, notes, implementation, last updated) are kept, and a response, once
given, is not set back to pending. New recommendations go to the file that
holds the same state and cycle, else to recommendations/STATE-cycleN.yaml.
Importing the same source twice changes nothing. It prints what it read,
created and updated, the responses by kind, and the state names it could
not recognise (kept as written). Nothing is written if any file cannot be
read or the result would not load; with -n nothing is written at all.`

// importFormats lists the formats in the order the help gives them.
var importFormats = []string{"upr-info", "ohchr-matrix", "wg-report", "responses"}

type importOptions struct {
	Dir     string
	DryRun  bool
	Verbose bool
	State   string
	Cycle   int
	Session int
	Report  string
}

func cmdImport(args []string, stdout, stderr io.Writer) error {
	var opts importOptions
	const synopsis = "FORMAT FILE... [-C DIR] [-n] [-v] [--state NAME] [--cycle N] [--session N] [--report SYMBOL]"
	fs := newFlags("import", synopsis, importDoc, stderr)
	fs.StringVar(&opts.Dir, "C", ".", "the workspace `DIR`ectory")
	fs.BoolVar(&opts.DryRun, "n", false, "show what would change, write nothing")
	fs.BoolVar(&opts.Verbose, "v", false, "print every field changed")
	fs.StringVar(&opts.State, "state", "", "the state under review, where the source does not say (ohchr-matrix, wg-report)")
	fs.IntVar(&opts.Cycle, "cycle", 0, "the UPR cycle, where the source does not say (ohchr-matrix)")
	fs.IntVar(&opts.Session, "session", 0, "the Working Group session, where the source does not say")
	fs.StringVar(&opts.Report, "report", "", "the Working Group report's `SYMBOL` (A/HRC/40/6), where the source does not say")
	rest, err := parseInterspersed(fs, args, stdout)
	if err != nil {
		return err
	}
	if len(rest) == 0 {
		return usagef("import needs a format (%s) and one or more files", strings.Join(importFormats, ", "))
	}
	format, files := rest[0], rest[1:]
	if !slices.Contains(importFormats, format) {
		return usagef("unknown import format %q: use one of %s", format, strings.Join(importFormats, ", "))
	}
	if len(files) == 0 {
		return usagef("import %s needs one or more files to read", format)
	}
	if format == "responses" && len(files) > 1 {
		return usagef("import responses reads one addendum at a time, found %d files", len(files))
	}
	return runImport(opts, format, files, stdout)
}

// parseInterspersed parses flags placed before, between or after the
// positional arguments ("import upr-info a.csv -C ws") and returns those.
func parseInterspersed(fs *flag.FlagSet, args []string, stdout io.Writer) ([]string, error) {
	var rest []string
	for {
		if err := parse(fs, args, stdout); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, nil
		}
		if args[0] == "--" {
			return append(rest, args[1:]...), nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

func runImport(opts importOptions, format string, files []string, stdout io.Writer) error {
	// The data loaded, the sources' records and the files rendered from
	// them are held at once.
	memory.Tune(memory.Size(filepath.Join(opts.Dir, workspace.RecommendationsDir)) + memory.Size(files...))
	ws, err := workspace.Load(opts.Dir)
	if err != nil {
		return fmt.Errorf("the workspace has problems; fix them before importing:\n%w", err)
	}
	var (
		planned *importer.Changes
		sum     *importer.Summary
	)
	if format == "responses" {
		planned, sum, err = importResponses(ws, opts, files[0], stdout)
	} else {
		var recs []importer.Record
		if recs, err = readRecords(opts, format, files); err != nil {
			return err
		}
		planned, sum, err = importer.Plan(ws, recs, origin(files))
	}
	if err != nil {
		return err
	}
	if err := planned.Check(ws); err != nil {
		return fmt.Errorf("the imported data would make the workspace invalid:\n%w", err)
	}
	if !opts.DryRun && len(planned.Files) > 0 {
		if err := assemble.WriteAll(planned.Files); err != nil {
			return err
		}
	}
	if opts.DryRun {
		for i, f := range sum.Files {
			sum.Files[i] = f + " (not written: -n)"
		}
	}
	sum.Print(stdout, opts.Verbose || opts.DryRun)
	return nil
}

// readRecords parses every file; any file that cannot be read stops the
// import before anything is written.
func readRecords(opts importOptions, format string, files []string) ([]importer.Record, error) {
	var all []importer.Record
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, err
		}
		var recs []importer.Record
		switch format {
		case "upr-info":
			recs, err = uprinfo.Parse(file, data)
		case "ohchr-matrix":
			recs, err = matrix.Options{State: opts.State, Cycle: opts.Cycle, Session: opts.Session, Report: opts.Report}.Parse(file, data)
		case "wg-report":
			recs, err = wgreport.Options{State: opts.State, Session: opts.Session, Report: opts.Report}.Parse(file, data)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: nothing was imported:\n%w", file, err)
		}
		all = append(all, recs...)
	}
	return all, nil
}

// importResponses applies one addendum: several would each need the data
// as the one before left it.
func importResponses(ws *workspace.Workspace, opts importOptions, file string, stdout io.Writer) (*importer.Changes, *importer.Summary, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, nil, err
	}
	pos, add, err := responses.Parse(file, data)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: nothing was imported:\n%w", file, err)
	}
	report := add.Report
	if opts.Report != "" {
		report = opts.Report
	}
	for _, w := range add.Warnings {
		fmt.Fprintf(stdout, "check: %s\n", w.Error())
	}
	if s := add.Stated; s != (responses.Stated{}) {
		fmt.Fprintf(stdout, "%s states: %d recommendations, %d supported at the review, %d supported and %d noted in the addendum\n",
			filepath.Base(file), s.Total, s.SupportedAtReview, s.Supported, s.Noted)
	}
	return importer.PlanPositions(ws, pos, report)
}

func origin(files []string) string {
	names := make([]string, len(files))
	for i, f := range files {
		names[i] = filepath.Base(f)
	}
	return strings.Join(names, ", ")
}
