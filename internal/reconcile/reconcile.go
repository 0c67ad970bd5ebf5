// Package reconcile brings a coordinator's edits in a tracking workbook back
// into the workspace's YAML files ("submit sync"): only the edited fields
// change, through yamledit, so comments and formatting stay. A field edited
// in the workbook and changed in the YAML since the workbook was built is a
// conflict, reported with both values and never resolved silently.
package reconcile

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/upr-tools/submit/internal/workspace"
	"github.com/upr-tools/submit/internal/xlsx"
	"github.com/upr-tools/submit/internal/yamledit"
)

// kinds of values a workbook column holds.
const (
	text = iota
	list
	whole
	date
)

// fields maps the workbook's editable columns to recommendation fields.
// Columns not here are derived (regional groups) or not synced yet (the
// implementation columns).
var fields = map[string]struct {
	key      string
	kind     int
	required bool
}{
	"Paragraph":               {"paragraph", text, false},
	"Report":                  {"report", text, false},
	"Session":                 {"session", whole, false},
	"Text":                    {"text", text, true},
	"Recommending states":     {"from", list, true},
	"Response":                {"response", text, true},
	"State's wording":         {"response_wording", text, false},
	"Source of position":      {"response_source", text, false},
	"Themes":                  {"themes", list, false},
	"Affected groups":         {"affected_groups", list, false},
	"SDGs":                    {"sdgs", list, false},
	"Action category":         {"action_category", whole, false},
	"Lead / responsible body": {"lead", text, false},
	"Notes":                   {"notes", text, false},
	"Last updated":            {"updated", date, false},
}

// Change is one field written into a YAML file.
type Change struct {
	File, ID, Field string
	From, To        string
}

// Conflict is a field edited in the workbook and changed in the data since.
type Conflict struct {
	ID, Column              string
	Built, Workbook, InYAML string
}

// Report is what Sync did and what it left alone.
type Report struct {
	Changes   []Change
	Conflicts []Conflict
	Deleted   []string // ids of rows deleted in the workbook: kept in the data
	Skipped   []string // edits not synced, with the reason
}

// Plan compares the workbook with the data and returns the new contents of
// every YAML file to change (by path), without writing anything.
func Plan(ws *workspace.Workspace, workbook []byte) (map[string][]byte, *Report, error) {
	edits, ours, err := xlsx.Edits(workbook)
	if err != nil {
		return nil, nil, err
	}
	if !ours {
		return nil, nil, fmt.Errorf("the workbook has no record of how submit built it, so its edits cannot be told apart: build a new one and copy the edits into it")
	}
	current, _, err := xlsx.Write(ws, xlsx.Options{})
	if err != nil {
		return nil, nil, err
	}
	header, rows, err := xlsx.Rows(current)
	if err != nil {
		return nil, nil, err
	}
	byID := map[string]*workspace.Recommendation{}
	for _, r := range ws.Recommendations {
		byID[r.ID] = r
	}
	rep := &Report{}
	files := map[string][]byte{}
	for _, e := range edits {
		switch {
		case e.ID == "" || (e.Column == "" && e.Built == ""):
			rep.Skipped = append(rep.Skipped, fmt.Sprintf("a new row %s: adding recommendations from the workbook is not supported yet; add it to a file in recommendations/", e.Now))
			continue
		case e.Column == "":
			rep.Deleted = append(rep.Deleted, e.ID)
			continue
		}
		r := byID[e.ID]
		if r == nil {
			rep.Skipped = append(rep.Skipped, fmt.Sprintf("%s: no longer in the data", e.ID))
			continue
		}
		inYAML := xlsx.Cell(header, rows[e.ID], e.Column)
		if inYAML == e.Now {
			continue // already in the data
		}
		if inYAML != e.Built {
			rep.Conflicts = append(rep.Conflicts, Conflict{ID: e.ID, Column: e.Column, Built: e.Built, Workbook: e.Now, InYAML: inYAML})
			continue
		}
		f, ok := fields[e.Column]
		if !ok {
			rep.Skipped = append(rep.Skipped, fmt.Sprintf("%s, %s: this column is not synced (it is derived from other data, or implementation history is edited in the YAML)", e.ID, e.Column))
			continue
		}
		value, err := toValue(f.kind, e.Now)
		if err != nil {
			rep.Skipped = append(rep.Skipped, fmt.Sprintf("%s, %s: %v", e.ID, e.Column, err))
			continue
		}
		if strings.TrimSpace(e.Now) == "" {
			if f.required {
				rep.Skipped = append(rep.Skipped, fmt.Sprintf("%s, %s: emptied, but the field is required", e.ID, e.Column))
				continue
			}
			value = yamledit.Remove()
		}
		file := r.Pos.File
		src, ok := files[file]
		if !ok {
			if src, err = os.ReadFile(file); err != nil {
				return nil, nil, err
			}
		}
		out, err := yamledit.SetField(src, e.ID, f.key, value)
		if err != nil {
			rep.Skipped = append(rep.Skipped, fmt.Sprintf("%s: %v", file, err))
			continue
		}
		files[file] = out
		rep.Changes = append(rep.Changes, Change{File: file, ID: e.ID, Field: f.key, From: e.Built, To: e.Now})
	}
	return files, rep, nil
}

func toValue(kind int, s string) (yamledit.Value, error) {
	s = strings.TrimSpace(s)
	switch kind {
	case list:
		var items []string
		for _, it := range strings.Split(s, ";") {
			if it = strings.TrimSpace(it); it != "" {
				items = append(items, it)
			}
		}
		return yamledit.List(items...), nil
	case whole:
		if s == "" {
			return yamledit.Remove(), nil
		}
		n, err := strconv.Atoi(s)
		if err != nil {
			return yamledit.Value{}, fmt.Errorf("%q is not a whole number", s)
		}
		return yamledit.Int(n), nil
	case date:
		if s == "" {
			return yamledit.Remove(), nil
		}
		if _, err := workspace.ParseDate(s); err != nil {
			return yamledit.Value{}, err
		}
		return yamledit.Date(s), nil
	}
	return yamledit.Text(s), nil
}

// Check loads a copy of the workspace with the planned files in place, so
// that edits which break the data (a response outside the vocabulary) are
// reported before anything is written. Problems name the real files.
func Check(dir string, files map[string][]byte) error {
	tmp, err := os.MkdirTemp("", "submit-sync-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	for _, sub := range []string{workspace.SubmissionFile, workspace.RecommendationsDir, workspace.EvidenceDir, workspace.StatisticsDir, workspace.TemplatesDir} {
		src := filepath.Join(dir, sub)
		info, err := os.Stat(src)
		if err != nil {
			continue
		}
		if info.IsDir() {
			err = os.CopyFS(filepath.Join(tmp, sub), os.DirFS(src))
		} else {
			var data []byte
			if data, err = os.ReadFile(src); err == nil {
				err = os.WriteFile(filepath.Join(tmp, sub), data, 0o644)
			}
		}
		if err != nil {
			return err
		}
	}
	for path, data := range files {
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(tmp, rel), data, 0o644); err != nil {
			return err
		}
	}
	_, err = workspace.Load(tmp)
	if err == nil {
		return nil
	}
	msg := strings.ReplaceAll(err.Error(), tmp, filepath.Clean(dir))
	return fmt.Errorf("the workbook's edits would make the data invalid; nothing was written:\n%s", msg)
}

// Sorted returns the changed files' paths in order.
func Sorted(files map[string][]byte) []string {
	out := make([]string, 0, len(files))
	for p := range files {
		out = append(out, p)
	}
	slices.Sort(out)
	return out
}
