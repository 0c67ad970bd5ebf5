package wgreport

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/testutil"
)

// The three Slovenia reports, whole: every recommendation, in order, each
// with its states, and none of the page furniture left in a text.
func TestRealReports(t *testing.T) {
	tests := []struct {
		file, report string
		cycle, sess  int
		counts       map[string]int
		lists        map[string]int // recommendations per paragraph
	}{
		{"ohchr/slovenia/A_HRC_14_15_cycle1_WG_report.txt", "A/HRC/14/15", 1, 7,
			map[string]int{"pending": 97}, map[string]int{"111": 97}},
		{"ohchr/slovenia/A_HRC_28_15_cycle2_WG_report.txt", "A/HRC/28/15", 2, 20,
			map[string]int{"pending": 163}, map[string]int{"115": 163}},
		{"ohchr/slovenia/A_HRC_43_15_cycle3_WG_report.txt", "A/HRC/43/15", 3, 34,
			map[string]int{"supported": 58, "pending": 157}, map[string]int{"121": 58, "122": 157}},
	}
	for _, tt := range tests {
		t.Run(tt.report, func(t *testing.T) {
			data, err := os.ReadFile(testutil.SharedData(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			recs, err := Parse(tt.file, data)
			if err != nil {
				t.Fatal(err)
			}
			counts := map[string]int{}
			next := map[string]int{}
			for _, r := range recs {
				counts[r.Response]++
				lead, _, _ := strings.Cut(r.Paragraph, ".")
				next[lead]++
				if want := fmt.Sprintf("%s.%d", lead, next[lead]); r.Paragraph != want {
					t.Errorf("%s: paragraph %s, want %s (in order, none missing)", r.Pos, r.Paragraph, want)
				}
				if r.StateUnderReview != "Slovenia" || r.Report != tt.report || r.Cycle != tt.cycle || r.Session != tt.sess {
					t.Errorf("%s: %s %s cycle %d session %d", r.Pos, r.StateUnderReview, r.Report, r.Cycle, r.Session)
				}
				if len(r.From) == 0 || len(r.Unmatched) > 0 {
					t.Errorf("%s %s: from %q, unmatched %q", r.Pos, r.Paragraph, r.From, r.Unmatched)
				}
				for _, bad := range []string{"A/HRC/", "GE.", "  ", "edited", "*"} {
					if strings.Contains(r.Text, bad) {
						t.Errorf("%s %s: text holds %q: %s", r.Pos, r.Paragraph, bad, r.Text)
					}
				}
				if r.Text == "" || strings.HasSuffix(r.Text, ";") || strings.HasSuffix(r.Text, ".") {
					t.Errorf("%s %s: text %q", r.Pos, r.Paragraph, r.Text)
				}
			}
			if fmt.Sprint(counts) != fmt.Sprint(tt.counts) || fmt.Sprint(next) != fmt.Sprint(tt.lists) {
				t.Errorf("responses %v, lists %v; want %v, %v", counts, next, tt.counts, tt.lists)
			}
		})
	}
}
