package importer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/diag"
	"github.com/upr-tools/submit/internal/scaffold"
	"github.com/upr-tools/submit/internal/testutil"
	"github.com/upr-tools/submit/internal/workspace"
)

// starter creates the starter workspace (Slovenia's cycle 3, paragraphs
// 121.9, 122.5 and 122.2) and loads it.
func starter(t *testing.T) (string, *workspace.Workspace) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "ws")
	if err := scaffold.Create(dir); err != nil {
		t.Fatal(err)
	}
	return dir, load(t, dir)
}

func load(t *testing.T, dir string) *workspace.Workspace {
	t.Helper()
	ws, err := workspace.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	return ws
}

func write(t *testing.T, c *Changes) {
	t.Helper()
	for p, data := range c.Files {
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func slovenia(para, text string, from ...string) Record {
	return Record{
		Pos:              diag.Pos{File: "report.txt", Line: 1},
		StateUnderReview: "Slovenia", Cycle: 3, Session: 34, Report: "A/HRC/43/15",
		Paragraph: para, From: from, Text: text, Response: workspace.Pending,
	}
}

func TestPlanMergesAndAppends(t *testing.T) {
	dir, ws := starter(t)
	file := filepath.Join(dir, "recommendations", "slovenia-cycle3.yaml")
	before, _ := os.ReadFile(file)
	recs := []Record{
		// Already there: a pending response does not replace "supported";
		// the new text is taken.
		slovenia("121.9", "Increase governmental efforts to combat racism, intolerance and hate speech, online too", "Egypt"),
		// New for this state and cycle: appended to the same file.
		slovenia("121.10", "Further strengthen efforts in raising public awareness of the need to eliminate hate speech and intolerance", "Lithuania"),
		// Another state: a new file.
		{Pos: diag.Pos{File: "matrix.docx", Line: 3}, StateUnderReview: "China", Cycle: 3, Session: 31, Report: "A/HRC/40/6",
			Paragraph: "28.10", From: []string{"Benin", "Estonia"}, Text: "Ratify the International Covenant on Civil and Political Rights",
			Response: workspace.Noted, Themes: []string{"A12 Acceptance of international norms"}},
		// The same paragraph twice in one import.
		slovenia("121.10", "A repeat", "Lithuania"),
	}
	files, sum, err := Plan(ws, recs, "test records")
	if err != nil {
		t.Fatal(err)
	}
	if sum.Read != 4 || sum.Created != 2 || sum.Updated != 1 || len(sum.Duplicates) != 1 || len(sum.Kept) != 1 {
		t.Errorf("summary: %+v", sum)
	}
	write(t, files)
	after, _ := os.ReadFile(file)
	if !strings.HasPrefix(string(after), strings.Split(string(before), "  - id: svn3-121.9")[0]) {
		t.Error("the comments and defaults before the list changed")
	}
	testutil.Golden(t, "testdata/merged-slovenia.yaml", after)
	china := filepath.Join(dir, "recommendations", "china-cycle3.yaml")
	got, err := os.ReadFile(china)
	if err != nil {
		t.Fatal(err)
	}
	testutil.Golden(t, "testdata/new-china.yaml", got)

	ws = load(t, dir)
	byID := map[string]*workspace.Recommendation{}
	for _, r := range ws.Recommendations {
		byID[r.ID] = r
	}
	if r := byID["svn3-121.9"]; r == nil || r.Response != workspace.Supported || !strings.HasSuffix(r.Text, "online too") || len(r.Implementation) != 1 {
		t.Errorf("updated recommendation: %+v", r)
	}
	if r := byID["svn3-121.10"]; r == nil || r.Session != 34 || r.Report != "A/HRC/43/15" || r.From[0] != "Lithuania" {
		t.Errorf("appended recommendation: %+v", r)
	}
	if r := byID["chn3-28.10"]; r == nil || len(r.From) != 2 || r.Response != workspace.Noted || r.Session != 31 {
		t.Errorf("new file's recommendation: %+v", r)
	}

	// Importing again changes nothing.
	files, sum, err = Plan(ws, recs, "test records")
	if err != nil {
		t.Fatal(err)
	}
	if len(files.Files) != 0 || sum.Created != 0 || sum.Updated != 0 || sum.Unchanged != 3 {
		t.Errorf("second import: %d files, %+v", len(files.Files), sum)
	}
}

func TestPlanWithoutParagraphs(t *testing.T) {
	dir, ws := starter(t)
	row := func(line int, text string) Record {
		return Record{Pos: diag.Pos{File: "export.csv", Line: line}, StateUnderReview: "Chad", Cycle: 1, Session: 5,
			From: []string{"France"}, Text: text, Response: workspace.Supported, ActionCategory: 4}
	}
	// Two identical rows are two recommendations, as the export counts them.
	recs := []Record{row(2, "Ratify the Convention"), row(3, "Ratify the Convention"), row(4, "Abolish the death penalty")}
	// A name the source gives that is no state is kept as written, and the
	// workspace still loads: only near misses of a state's name are typos.
	recs[2].From, recs[2].Unmatched = []string{"(Unknown)"}, []string{"(Unknown)"}
	files, sum, err := Plan(ws, recs, "export.csv")
	if err != nil {
		t.Fatal(err)
	}
	if sum.Created != 3 || sum.Unmatched["(Unknown)"] != 1 {
		t.Fatalf("created %d, want 3: %+v", sum.Created, sum)
	}
	write(t, files)
	ws = load(t, dir)
	if n := len(ws.Recommendations); n != 6 {
		t.Errorf("%d recommendations after the import, want 6", n)
	}
	files, sum, err = Plan(ws, recs, "export.csv")
	if err != nil || len(files.Files) != 0 || sum.Unchanged != 3 {
		t.Errorf("second import: %v, %d files, %+v", err, len(files.Files), sum)
	}
}

func TestPlanPositions(t *testing.T) {
	dir, ws := starter(t)
	files, _, err := Plan(ws, []Record{slovenia("122.7", "Consider ratifying the Convention", "Chile")}, "report")
	if err != nil {
		t.Fatal(err)
	}
	write(t, files)
	ws = load(t, dir)
	pos := []Position{
		{Pos: diag.Pos{File: "add1.txt", Line: 9}, Paragraph: "122.7", Response: workspace.Supported, Implemented: true, Source: "A/HRC/43/15/Add.1, para. 4"},
		{Pos: diag.Pos{File: "add1.txt", Line: 12}, Paragraph: "122.99", Response: workspace.Noted, Source: "A/HRC/43/15/Add.1, para. 5"},
	}
	files, sum, err := PlanPositions(ws, pos, "A/HRC/43/15")
	if err != nil {
		t.Fatal(err)
	}
	if sum.Updated != 1 || len(sum.NotFound) != 1 {
		t.Errorf("summary: %+v", sum)
	}
	write(t, files)
	ws = load(t, dir)
	for _, r := range ws.Recommendations {
		if r.Paragraph == "122.7" && (r.Response != workspace.Supported || r.ResponseWording != implementedWording) {
			t.Errorf("122.7 after the addendum: %+v", r)
		}
	}
	if _, _, err := PlanPositions(ws, pos, "A/HRC/99/1"); err == nil {
		t.Error("positions for a report the data does not have: no error")
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{"Côte d'Ivoire": "cote-d-ivoire", "China": "china", "  ": "unknown", "Türkiye": "turkiye"} {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCycleOf(t *testing.T) {
	for s, want := range map[int]int{0: 0, 1: 1, 12: 1, 13: 2, 17: 2, 26: 2, 27: 3, 31: 3, 40: 3, 41: 4, 54: 4, 55: 0} {
		if got := CycleOf(s); got != want {
			t.Errorf("CycleOf(%d) = %d, want %d", s, got, want)
		}
	}
}
