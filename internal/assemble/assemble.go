// Package assemble is the pipeline behind "submit build" and "submit
// validate": load the workspace, validate it, render its templates to
// Markdown, lay the Markdown out, and write every output, all or nothing.
package assemble

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/upr-tools/submit/internal/diag"
	"github.com/upr-tools/submit/internal/layout"
	"github.com/upr-tools/submit/internal/render"
	"github.com/upr-tools/submit/internal/workspace"
)

// Checked is a workspace that passed every check, with each PDF output's
// body (and annex) already rendered and parsed.
type Checked struct {
	WS     *workspace.Workspace
	Bodies map[string]Body // by output file name
}

// Check loads the workspace in dir and runs every step that can find a
// problem in the user's input, short of writing files. Problems come back
// together as a diag.List.
func Check(dir string) (*Checked, error) {
	ws, err := workspace.Load(dir)
	if ws == nil {
		return nil, err
	}
	var problems diag.List
	problems.Merge(err)
	set, err := render.Parse(ws)
	problems.Merge(err)
	if set != nil && err == nil {
		problems.Merge(set.CheckRefs())
	}
	if len(problems) > 0 {
		problems.Sort()
		return nil, problems
	}
	c := &Checked{WS: ws, Bodies: map[string]Body{}}
	for _, out := range ws.Submission.Outputs {
		if out.Kind != "pdf" {
			continue
		}
		var b Body
		b.Doc = lay(set, dir, out.Template, &problems)
		if out.Annex != "" {
			b.Annex = lay(set, dir, out.Annex, &problems)
		}
		c.Bodies[out.File] = b
	}
	problems.Sort()
	if len(problems) > 0 {
		return nil, problems
	}
	return c, nil
}

// lay runs a template and parses its Markdown into a document tree.
func lay(set *render.Set, dir, template string, problems *diag.List) *layout.Document {
	md, err := set.Execute(template)
	if err != nil {
		problems.Merge(err)
		return nil
	}
	doc, err := layout.FromMarkdown(md)
	if err != nil {
		pos := diag.Pos{File: filepath.Join(dir, workspace.TemplatesDir, template)}
		var errs []error
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			errs = j.Unwrap()
		} else {
			errs = []error{err}
		}
		for _, e := range errs {
			problems.Add(pos, "the Markdown this template produced cannot be laid out: %v", e)
		}
		return nil
	}
	return doc
}

// Written describes one output file.
type Written struct {
	Path  string // as shown to the user
	Kind  string
	Bytes int
	Pages int          // PDF
	Words layout.Count // PDF
	Limit int          // PDF word limit
	Rows  int          // workbook
}

// Result is what Build wrote (or Make would write), in the order of
// submission.yaml's outputs.
type Result struct {
	WS      *workspace.Workspace
	Written []Written
	Backups []string          // workbooks kept because --force replaced them
	files   map[string][]byte // contents by path
}

// Make checks the workspace and makes every output in memory, writing
// nothing: what "submit validate" runs, so that it finds every problem that
// build would meet, such as a character the PDF's fonts cannot print.
func Make(dir string, opts ...Option) (*Result, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	tuneMemory(dir)
	c, err := Check(dir)
	if err != nil {
		return nil, err
	}
	created, err := creationTime(c.WS.Submission)
	if err != nil {
		return nil, err
	}
	res := &Result{WS: c.WS, files: map[string][]byte{}}
	// The outputs are independent, so they are built at once (the PDF and
	// the workbook each take a while); results are then taken in the order
	// submission.yaml lists them, as if built one by one.
	built := make([]builtOutput, len(c.WS.Submission.Outputs))
	var wg sync.WaitGroup
	for i, out := range c.WS.Submission.Outputs {
		wg.Go(func() { built[i] = buildOutput(dir, c, out, created) })
	}
	wg.Wait()
	for _, b := range built {
		w := b.w
		if b.err != nil {
			return nil, fmt.Errorf("%s: %w", w.Path, b.err)
		}
		if w.Kind == "pdf" && w.Words.Total() > w.Limit && !o.allowOverLimit {
			return nil, &OverLimitError{Path: w.Path, Words: w.Words, Limit: w.Limit}
		}
		w.Bytes = len(b.data)
		res.files[w.Path] = b.data
		res.Written = append(res.Written, w)
	}
	return res, nil
}

// builtOutput is one output made in memory.
type builtOutput struct {
	w    Written
	data []byte
	err  error
}

// buildOutput makes one output.
func buildOutput(dir string, c *Checked, out workspace.Output, created time.Time) builtOutput {
	ws := c.WS
	b := builtOutput{w: Written{Path: filepath.Join(dir, workspace.OutputDir, out.File), Kind: out.Kind}}
	switch out.Kind {
	case "pdf":
		b.data, b.err = buildPDF(ws, c.Bodies[out.File], created, &b.w)
	case "xlsx":
		b.data, b.err = buildWorkbook(ws, created, &b.w)
	default:
		b.err = fmt.Errorf("output kind %q is not supported", out.Kind)
	}
	return b
}

// Build makes every output in memory and, only if all succeeded, writes
// them under output/, all through temporary files renamed into place
// together, so that no output is ever replaced by a partial one.
func Build(dir string, opts ...Option) (*Result, error) {
	res, err := Make(dir, opts...)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Join(dir, workspace.OutputDir), 0o755); err != nil {
		return nil, fmt.Errorf("cannot create the output folder: %w", err)
	}
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	var order []string
	for _, w := range res.Written {
		if w.Kind == "xlsx" {
			backup, err := guardWorkbook(w.Path, res.WS.Recommendations, res.files[w.Path], o.force)
			if err != nil {
				return nil, err
			}
			if backup != nil {
				res.files[backupName(w.Path)] = backup
				order = append(order, backupName(w.Path))
				res.Backups = append(res.Backups, backupName(w.Path))
			}
		}
		order = append(order, w.Path)
	}
	if err := writeAll(res.files, order); err != nil {
		return nil, err
	}
	return res, nil
}

// creationTime is the date written into outputs: SOURCE_DATE_EPOCH when set
// (reproducible-builds.org), else the submission's date, never the clock, so
// that building twice gives the same bytes.
func creationTime(s *workspace.Submission) (time.Time, error) {
	if v := strings.TrimSpace(os.Getenv("SOURCE_DATE_EPOCH")); v != "" {
		sec, err := strconv.ParseInt(v, 10, 64)
		if err != nil || sec < 0 {
			return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a number of seconds since 1970: unset it or fix it", v)
		}
		return time.Unix(sec, 0).UTC(), nil
	}
	return s.Date.Time(), nil
}

// Option changes how outputs are made.
type Option func(*options)

type options struct {
	allowOverLimit bool
	force          bool
}

// Force replaces a workbook holding edits that are not in the data,
// keeping the old file as NAME.backup.xlsx.
func Force() Option { return func(o *options) { o.force = true } }

// AllowOverLimit makes a PDF over its word limit anyway, instead of failing.
func AllowOverLimit() Option { return func(o *options) { o.allowOverLimit = true } }
