package responses

import (
	"os"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/importer"
	"github.com/upr-tools/submit/internal/importer/wgreport"
	"github.com/upr-tools/submit/internal/testutil"
	"github.com/upr-tools/submit/internal/workspace"
)

// apply sets the report's responses from the addendum's positions by
// paragraph number, as the import's merge does in the workspace, and
// returns the responses counted and the numbers it could not find.
func apply(recs []importer.Record, ps []importer.Position) (counts map[string]int, unknown []string) {
	byPara := map[string]*importer.Record{}
	for i := range recs {
		byPara[recs[i].Paragraph] = &recs[i]
	}
	for _, p := range ps {
		r := byPara[p.Paragraph]
		if r == nil {
			unknown = append(unknown, p.Paragraph)
			continue
		}
		r.Response, r.ResponseSource = p.Response, p.Source
	}
	counts = map[string]int{}
	for _, r := range recs {
		counts[r.Response]++
	}
	return counts, unknown
}

// Importing a Slovenia report and then its addendum gives the counts the
// addendum states: supported (at the review and now) and noted, with
// nothing pending and no number the report lacks. Cycle 1's addendum
// states no counts: what it gives is asserted as found.
func TestReportThenAddendum(t *testing.T) {
	tests := []struct {
		report, addendum string
		opt              Options
		stated           Stated
		want             map[string]int
		implemented      int
		warnings         int
	}{
		{"A_HRC_43_15_cycle3_WG_report.txt", "A_HRC_43_15_Add1_cycle3_responses.txt", Options{},
			Stated{Total: 215, SupportedAtReview: 58, Supported: 124, Noted: 33},
			map[string]int{workspace.Supported: 58 + 124, workspace.Noted: 33}, 44, 0},
		{"A_HRC_28_15_cycle2_WG_report.txt", "A_HRC_28_15_Add1_cycle2_responses.txt", Options{},
			Stated{Total: 163, Supported: 142, Noted: 21},
			map[string]int{workspace.Supported: 142, workspace.Noted: 21}, 72, 0},
		// Rows 3, 32 and 58 accept a part and refuse the rest; row 15
		// "agrees with the importance" (a warning); 1 defers, 84, 88, 93
		// refuse. UPR Info's export records the same as noted.
		{"A_HRC_14_15_cycle1_WG_report.txt", "A_HRC_14_15_Add1_cycle1_responses.txt", Options{ListParagraph: 111},
			Stated{},
			map[string]int{workspace.Supported: 89, workspace.PartiallySupported: 3, workspace.Noted: 5}, 47, 1},
	}
	for _, tt := range tests {
		t.Run(tt.addendum, func(t *testing.T) {
			report := read(t, "ohchr/slovenia/"+tt.report)
			recs, err := wgreport.Parse(tt.report, report)
			if err != nil {
				t.Fatal(err)
			}
			ps, add, err := tt.opt.Parse(tt.addendum, read(t, "ohchr/slovenia/"+tt.addendum))
			if err != nil {
				t.Fatal(err)
			}
			if add.Stated != tt.stated {
				t.Errorf("stated %+v, want %+v", add.Stated, tt.stated)
			}
			if s := add.Stated; s.Total > 0 && (s.Total != len(recs) || s.SupportedAtReview+s.Supported+s.Noted != s.Total) {
				t.Errorf("the addendum's counts %+v do not add up to the report's %d recommendations", s, len(recs))
			}
			if add.Report != recs[0].Report {
				t.Errorf("the addendum answers %s, the report is %s", add.Report, recs[0].Report)
			}
			counts, unknown := apply(recs, ps)
			if len(unknown) > 0 {
				t.Errorf("numbers the report does not have: %q", unknown)
			}
			if len(counts) != len(tt.want) || counts[workspace.Pending] > 0 {
				t.Errorf("responses %v, want %v", counts, tt.want)
			}
			for k, n := range tt.want {
				if counts[k] != n {
					t.Errorf("%s: %d, want %d", k, counts[k], n)
				}
			}
			implemented := 0
			for _, p := range ps {
				if p.Implemented {
					implemented++
				}
			}
			if implemented != tt.implemented || len(add.Warnings) != tt.warnings {
				t.Errorf("%d implemented, want %d; warnings (want %d):\n%v", implemented, tt.implemented, tt.warnings, add.Warnings)
			}
		})
	}
}

func read(t *testing.T, rel string) []byte {
	t.Helper()
	data, err := os.ReadFile(testutil.SharedData(t, rel))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// A file given to the wrong format is refused, saying which to use.
func TestWrongFile(t *testing.T) {
	for _, f := range []string{"A_HRC_14_15_cycle1_WG_report.txt", "A_HRC_28_15_cycle2_WG_report.txt", "A_HRC_43_15_cycle3_WG_report.txt", "A_HRC_WG6_34_SVN_3_stakeholder_summary.txt"} {
		_, _, err := Parse(f, read(t, "ohchr/slovenia/"+f))
		if err == nil || strings.Contains(f, "report") != strings.Contains(err.Error(), "imported with the wg-report format") {
			t.Errorf("%s: %v", f, err)
		}
	}
	for _, f := range []string{"A_HRC_14_15_Add1_cycle1_responses.txt", "A_HRC_28_15_Add1_cycle2_responses.txt", "A_HRC_43_15_Add1_cycle3_responses.txt", "A_HRC_WG6_48_SVN_3_stakeholder_summary.txt"} {
		_, err := wgreport.Parse(f, read(t, "ohchr/slovenia/"+f))
		if err == nil || strings.Contains(f, "responses") != strings.Contains(err.Error(), "import it with the responses format") {
			t.Errorf("%s: %v", f, err)
		}
	}
}
