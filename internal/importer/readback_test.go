package importer_test

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/upr-tools/submit/internal/benchgen/uprexport"
	"github.com/upr-tools/submit/internal/diag"
	"github.com/upr-tools/submit/internal/importer"
	"github.com/upr-tools/submit/internal/importer/matrix"
	"github.com/upr-tools/submit/internal/importer/uprinfo"
	"github.com/upr-tools/submit/internal/importer/wgreport"
	"github.com/upr-tools/submit/internal/scaffold"
	"github.com/upr-tools/submit/internal/states"
	"github.com/upr-tools/submit/internal/testutil"
	"github.com/upr-tools/submit/internal/workspace"
)

// An import checks the new files it writes from the recommendations it
// rendered them from, without parsing them (Changes.Check). These tests
// hold it to that: every new file reads back, through the loader, as
// exactly those recommendations; and when the quick check finds no
// problem, loading the files finds none either.

// emptyWorkspace is the starter workspace without its recommendations.
func emptyWorkspace(t testing.TB) *workspace.Workspace {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "ws")
	if err := scaffold.Create(dir); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, workspace.RecommendationsDir, "*.yaml"))
	for _, f := range files {
		if err := os.Remove(f); err != nil {
			t.Fatal(err)
		}
	}
	ws, err := workspace.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	return ws
}

// checkReadsBack plans recs into ws and compares each new file's
// recommendations with what loading the planned files gives. It returns
// the quick check's verdict and the full load's.
func checkReadsBack(t testing.TB, ws *workspace.Workspace, recs []importer.Record) (quick, full error) {
	t.Helper()
	c, sum, err := importer.Plan(ws, recs, "test")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Files) == 0 {
		return nil, nil
	}
	made := 0
	for _, recs := range c.Made {
		made += len(recs)
	}
	if len(ws.Recommendations) == 0 && (len(c.Made) != len(c.Files) || made != sum.Created) {
		t.Fatalf("into an empty workspace: %d of %d files made, %d of %d recommendations created", len(c.Made), len(c.Files), made, sum.Created)
	}
	// Copies as Plan made them: Check canonicalises names in place.
	want := map[string][]workspace.Recommendation{}
	for path, made := range c.Made {
		for _, r := range made {
			want[path] = append(want[path], canonical(*r))
		}
	}
	loaded, full := workspace.LoadAmended(ws.Dir, c.Files)
	quick = c.Check(ws)
	if full != nil {
		return quick, full
	}
	got := map[string][]workspace.Recommendation{}
	for _, r := range loaded.Recommendations {
		if _, ok := want[r.Pos.File]; ok {
			r.Pos = diag.Pos{File: r.Pos.File}
			got[r.Pos.File] = append(got[r.Pos.File], *r)
		}
	}
	for path := range want {
		if !reflect.DeepEqual(got[path], want[path]) {
			t.Errorf("%s reads back differently from the recommendations it was rendered from:\n%s", path, firstDifference(got[path], want[path]))
		}
	}
	return quick, full
}

// canonical is r as validation leaves it: state names in their canonical
// form where they resolve.
func canonical(r workspace.Recommendation) workspace.Recommendation {
	if s, ok := states.Canonical(r.StateUnderReview); ok {
		r.StateUnderReview = s
	}
	r.From = slices.Clone(r.From)
	for i, f := range r.From {
		if s, ok := states.Canonical(f); ok {
			r.From[i] = s
		}
	}
	return r
}

func firstDifference(got, want []workspace.Recommendation) string {
	if len(got) != len(want) {
		return fmt.Sprintf("read back %d recommendations, rendered %d", len(got), len(want))
	}
	for i := range got {
		if !reflect.DeepEqual(got[i], want[i]) {
			return "read back:\n  " + dump(got[i]) + "\nrendered:\n  " + dump(want[i])
		}
	}
	return ""
}

func dump(r workspace.Recommendation) string {
	r.Keys = nil
	return fmt.Sprintf("%+v", r)
}

func TestMadeReadsBack(t *testing.T) {
	shared := func(rel string) []byte {
		return testutil.ReadShared(t, filepath.Dir(rel), filepath.Base(rel))[0]
	}
	for _, tc := range []struct {
		name  string
		parse func() ([]importer.Record, error)
	}{
		{"UPR Info's three exports", func() ([]importer.Record, error) {
			var all []importer.Record
			for i, data := range testutil.ReadShared(t, "upr-info", uprexport.Samples...) {
				recs, err := uprinfo.Parse(uprexport.Samples[i], data)
				if err != nil {
					return nil, err
				}
				all = append(all, recs...)
			}
			return all, nil
		}},
		{"China's 2013 matrix", func() ([]importer.Record, error) {
			return matrix.Parse("m.docx", shared("ohchr/china/cycle2-2013-matrix.docx"))
		}},
		{"China's 2018 matrix", func() ([]importer.Record, error) {
			return matrix.Parse("m.docx", shared("ohchr/china/cycle3-2018-matrix.docx"))
		}},
		{"Slovenia's cycle 3 report", func() ([]importer.Record, error) {
			return wgreport.Parse("r.txt", shared("ohchr/slovenia/A_HRC_43_15_cycle3_WG_report.txt"))
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			recs, err := tc.parse()
			if err != nil {
				t.Fatal(err)
			}
			quick, full := checkReadsBack(t, emptyWorkspace(t), recs)
			if quick != nil || full != nil {
				t.Errorf("the import's files do not load:\nquick check: %v\nfull load: %v", quick, full)
			}
		})
	}
}

// TestQuickCheckFallsBack gives records the loader finds problems with:
// the quick check must report them as the full load does, at their lines.
func TestQuickCheckFallsBack(t *testing.T) {
	good := importer.Record{StateUnderReview: "Chad", Cycle: 1, Session: 5, From: []string{"France"}, Text: "Ratify the Convention", Response: workspace.Supported}
	for name, spoil := range map[string]func(r *importer.Record){
		"no text":              func(r *importer.Record) { r.Text = "  " },
		"no recommending":      func(r *importer.Record) { r.From = nil },
		"a cycle out of range": func(r *importer.Record) { r.Cycle = 12 },
		"an unknown response":  func(r *importer.Record) { r.Response = "maybe" },
		"a near miss":          func(r *importer.Record) { r.From = []string{"Frnace"} },
		"a bad paragraph":      func(r *importer.Record) { r.Paragraph = "12" },
		"an action of 7":       func(r *importer.Record) { r.ActionCategory = 7 },
	} {
		t.Run(name, func(t *testing.T) {
			bad := good
			spoil(&bad)
			quick, full := checkReadsBack(t, emptyWorkspace(t), []importer.Record{good, bad})
			if full == nil {
				t.Fatal("the full load finds no problem")
			}
			if quick == nil || quick.Error() != full.Error() {
				t.Errorf("quick check: %v\nfull load: %v", quick, full)
			}
		})
	}
}

func FuzzMadeReadsBack(f *testing.F) {
	f.Add("Chad", 1, 5, "", "France", "(Unknown)", "Ratify the Convention", "supported", "Torture", "16.3", 4, "")
	f.Add("China", 3, 31, "28.10", "Benin", "Estonia", "Take measures: all children, \"asylum\" & refugees #1", "noted", "A12 Acceptance, of norms", "", 0, "Some progress.\nMore needed.")
	f.Add(" Turkey ", 2, 13, "186.1", "Iran", "DPR Korea", "- yes", "pending", "no", "1", 5, "")
	f.Add("Chad", 1, 5, "", "Fr\x00ance", "\x01", "Ratify\x00 the \u2028Convention \xff\xfe", "supported", "\ufeff", "\x7f", 0, "\t")
	ws := emptyWorkspace(f)
	f.Fuzz(func(t *testing.T, state string, cycle, session int, para, from1, from2, text, response, theme, sdg string, action int, notes string) {
		r := importer.Record{
			Pos:              diag.Pos{File: "fuzz.csv", Line: 2},
			StateUnderReview: state, Cycle: cycle, Session: session, Paragraph: para,
			From: []string{from1, from2}, Text: text, Response: response,
			Themes: []string{theme}, SDGs: []string{sdg}, ActionCategory: action, Assessment: notes,
		}
		quick, full := checkReadsBack(t, ws, []importer.Record{r})
		if quick == nil && full != nil {
			t.Fatalf("the quick check finds no problem, loading the files finds:\n%v", full)
		}
		if quick != nil && (full == nil || quick.Error() != full.Error()) {
			t.Fatalf("quick check: %v\nfull load: %v", quick, full)
		}
	})
}
