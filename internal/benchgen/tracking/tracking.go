// Package tracking writes a synthetic workspace at the scale of the whole
// UPR record, for the tracking workbook's benchmark: N recommendations split
// one file per state under review and cycle (193 states × 4 cycles), with
// texts of 100–400 characters, one to three recommending states (real UN
// names), themes, responses and some implementation history. It also writes
// the same rows as the workbook's Recommendations sheet shows them, as JSON
// lines, for bench/xlsxwriter.py. The same N always gives the same bytes.
package tracking

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/upr-tools/submit/internal/states"
	"github.com/upr-tools/submit/internal/workspace"
)

// RowsFile is the JSON-lines file, in the workspace folder, holding the
// header and then one row per recommendation.
const RowsFile = "rows.jsonl"

// seed fixes every generated value.
const seed = 0x7ac4_2026_1122

// cycles are the UPR cycles, each with the Working Group sessions it spans
// (14 sessions, three a year).
var cycles = []struct{ number, firstSession, year int }{
	{1, 1, 2008}, {2, 13, 2012}, {3, 27, 2017}, {4, 41, 2022},
}

// Write creates the workspace of n recommendations in dir (made if missing)
// and its rows in dir/RowsFile.
func Write(dir string, n int) error {
	if n < 0 {
		return fmt.Errorf("tracking: %d recommendations: give a number of at least 0", n)
	}
	recs, files := Generate(n)
	out := map[string]string{
		"submission.yaml":        submissionYAML(),
		"evidence/evidence.yaml": evidenceYAML(),
	}
	for _, f := range files {
		out[filepath.Join(workspace.RecommendationsDir, f.name)] = f.yaml()
	}
	for name, text := range out {
		if err := writeFile(filepath.Join(dir, name), []byte(text)); err != nil {
			return err
		}
	}
	rows, err := Rows(recs)
	if err != nil {
		return err
	}
	return writeFile(filepath.Join(dir, RowsFile), rows)
}

func writeFile(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("cannot create the benchmark workspace: %w", err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return fmt.Errorf("cannot write the benchmark workspace: %w", err)
	}
	return nil
}

// File is one recommendations file: the recommendations made to one state
// at one review.
type File struct {
	name           string // like "prt-cycle3.yaml"
	state          string
	cycle, session int
	report         string
	recs           []*workspace.Recommendation
}

// Generate draws n recommendations, in the order the workspace loader reads
// them back (files by name, then file order), and the files that hold them.
func Generate(n int) ([]*workspace.Recommendation, []File) {
	r := &rng{state: seed}
	all := states.All()
	var members []states.State
	for _, s := range all {
		if !s.Observer {
			members = append(members, s)
		}
	}
	var files []File
	for i, s := range members {
		for _, c := range cycles {
			session := c.firstSession + i%14
			files = append(files, File{
				name:  fmt.Sprintf("%s-cycle%d.yaml", strings.ToLower(s.ISO3), c.number),
				state: s.Name, cycle: c.number, session: session,
				report: fmt.Sprintf("A/HRC/%d/%d", 7+3*(c.year-2008)+i%3, 10+i%17),
			})
		}
	}
	// In the order the loader reads them.
	slices.SortFunc(files, func(a, b File) int { return strings.Compare(a.name, b.name) })
	var recs []*workspace.Recommendation
	for i := range files {
		f := &files[i]
		count := n / len(files)
		if i < n%len(files) {
			count++
		}
		base := 90 + r.intn(60)
		for k := range count {
			rec := recommendation(r, all, f, fmt.Sprintf("%d.%d", base, k+1))
			f.recs = append(f.recs, rec)
			recs = append(recs, rec)
		}
	}
	return recs, files
}

// recommendation draws one recommendation made to f's state at f's review.
func recommendation(r *rng, all []states.State, f *File, paragraph string) *workspace.Recommendation {
	rec := &workspace.Recommendation{
		ID:        fmt.Sprintf("%s%d-%s", strings.TrimSuffix(f.name[:3], "-"), f.cycle, paragraph),
		Paragraph: paragraph, Cycle: f.cycle, Session: f.session, Report: f.report,
		StateUnderReview: f.state, ResponseSource: f.report + "/Add.1",
		Text:     text(r),
		Response: pick(r, []string{workspace.Supported, workspace.Supported, workspace.Supported, workspace.Noted, workspace.Noted, workspace.PartiallySupported, workspace.Pending}),
	}
	for range r.between(1, 3) {
		s := pick(r, all).Name
		if s != f.state && !slices.Contains(rec.From, s) {
			rec.From = append(rec.From, s)
		}
	}
	if len(rec.From) == 0 {
		rec.From = []string{"Norway"}
		if f.state == "Norway" {
			rec.From = []string{"Sweden"}
		}
	}
	if r.chance(20) {
		rec.ResponseWording = pick(r, wordings)
	}
	rec.Themes = draw(r, themes, r.between(1, 2))
	if r.chance(40) {
		rec.AffectedGroups = draw(r, affected, r.between(1, 2))
	}
	if r.chance(50) {
		rec.SDGs = draw(r, sdgs, r.between(1, 2))
	}
	if r.chance(90) {
		rec.ActionCategory = r.between(1, 5)
	}
	if f.cycle < 4 && r.chance(40) {
		year := 2010 + 4*f.cycle
		for range r.between(1, 3) {
			a := workspace.Assessment{Year: year, Status: pick(r, workspace.StatusValues)}
			if r.chance(70) {
				a.Note = pick(r, notes)
			}
			if r.chance(20) {
				a.Evidence = []string{fmt.Sprintf("ev-%d", r.between(1, evidenceItems))}
			}
			rec.Implementation = append(rec.Implementation, a)
			year += r.between(1, 2)
		}
	}
	if r.chance(5) {
		rec.Lead = pick(r, leads)
		rec.Notes = pick(r, trackin)
		rec.Updated = workspace.Date{Year: 2025, Month: r.between(1, 12), Day: r.between(0, 28)}
	}
	return rec
}

// text draws a recommendation's text of 100 to 400 characters.
func text(r *rng) string {
	var b strings.Builder
	if r.chance(10) {
		b.WriteString("Ratify " + pick(r, instruments))
	} else {
		b.WriteString(pick(r, openings) + " " + pick(r, actions) + " " + pick(r, people))
	}
	want := r.between(100, 400)
	for _, next := range draw(r, extensions, len(extensions)) {
		if b.Len() >= want || b.Len()+len(next)+2 > 400 {
			break
		}
		b.WriteString(", " + next)
	}
	return b.String()
}

// draw picks k different items of list.
func draw(r *rng, list []string, k int) []string {
	var out []string
	for len(out) < k {
		if s := pick(r, list); !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
