package matrix

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/importer"
	"github.com/upr-tools/submit/internal/testutil"
	"github.com/upr-tools/submit/internal/workspace"
)

// The real matrices of China's second and third reviews, from the shared
// data folder: what issue 5 is done with.
func TestChinaMatrices(t *testing.T) {
	tests := []struct {
		file              string
		total, sup, noted int
		prefix            string
		cycle, session    int
		report            string
		clusters          map[string][]string // paragraph → From
	}{
		{
			file: "ohchr/china/cycle2-2013-matrix.docx", total: 252, sup: 204, noted: 48,
			prefix: "186.", cycle: 2, session: 17, report: "A/HRC/25/5",
			clusters: map[string][]string{
				"186.1":   {"Albania", "Chile", "Belgium", "Hungary", "Japan", "Maldives", "Spain", "Sierra Leone", "France"},
				"186.2":   {"Brazil", "Bulgaria", "Estonia", "Ghana"},
				"186.107": {"New Zealand", "Rwanda", "Portugal", "Argentina", "Australia", "Spain"},
				"186.108": {"Italy", "Switzerland", "France", "Belgium"},
				"186.198": {"Bolivia (Plurinational State of)"},
				"186.41":  {"Iran (Islamic Republic of)"},
			},
		},
		{
			file: "ohchr/china/cycle3-2018-matrix.docx", total: 346, sup: 284, noted: 62,
			prefix: "28.", cycle: 3, session: 31, report: "A/HRC/40/6",
			clusters: map[string][]string{
				"28.4":  {"New Zealand", "Uruguay", "Mali"},
				"28.5":  {"Costa Rica", "El Salvador", "Iceland", "Kenya", "Liechtenstein", "Mexico", "Montenegro", "Poland", "Portugal", "Ukraine", "United Kingdom of Great Britain and Northern Ireland"},
				"28.6":  {"Canada", "Hungary", "Luxembourg", "Republic of Korea", "Japan"},
				"28.9":  {"Benin", "Estonia", "Georgia", "Latvia", "Malta", "Namibia"},
				"28.14": {"Niger", "Philippines", "Indonesia"},
				"28.66": {"Liechtenstein", "Poland", "Togo", "Uruguay", "Seychelles", "Mali"},
				"28.19": {"United Kingdom of Great Britain and Northern Ireland"},
			},
		},
	}
	wellFormed := regexp.MustCompile(`^[0-9]{1,3}\.[0-9]{1,3}$`)
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(testutil.SharedData(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			recs, err := Parse("matrix.docx", data)
			if err != nil {
				t.Fatalf("problems: %v", err)
			}
			count := map[string]int{}
			seen := map[string]bool{}
			byPara := map[string]importer.Record{}
			for _, r := range recs {
				count[r.Response]++
				if !wellFormed.MatchString(r.Paragraph) || !strings.HasPrefix(r.Paragraph, tt.prefix) {
					t.Errorf("%s: paragraph %q is not %sN", r.Pos, r.Paragraph, tt.prefix)
				}
				if seen[r.Paragraph] {
					t.Errorf("%s: paragraph %s twice", r.Pos, r.Paragraph)
				}
				seen[r.Paragraph] = true
				byPara[r.Paragraph] = r
				checkChinaRecord(t, r, tt.cycle, tt.session, tt.report)
			}
			if len(recs) != tt.total || count[workspace.Supported] != tt.sup || count[workspace.Noted] != tt.noted {
				t.Errorf("%d records (%d supported, %d noted), want %d (%d, %d)",
					len(recs), count[workspace.Supported], count[workspace.Noted], tt.total, tt.sup, tt.noted)
			}
			for para, want := range tt.clusters {
				if got := byPara[para].From; !slices.Equal(got, want) {
					t.Errorf("%s: From = %q, want %q", para, got, want)
				}
			}
		})
	}
}

func checkChinaRecord(t *testing.T, r importer.Record, cycle, session int, report string) {
	t.Helper()
	if r.StateUnderReview != "China" || r.Cycle != cycle || r.Session != session || r.Report != report {
		t.Errorf("%s: review %q, cycle %d, session %d, report %q; want China, %d, %d, %s",
			r.Pos, r.StateUnderReview, r.Cycle, r.Session, r.Report, cycle, session, report)
	}
	if len(r.From) == 0 || len(r.Unmatched) > 0 {
		t.Errorf("%s %s: From %q, Unmatched %q", r.Pos, r.Paragraph, r.From, r.Unmatched)
	}
	if r.Text == "" || strings.Contains(r.Text, "Source of") || strings.HasSuffix(r.Text, ";") {
		t.Errorf("%s %s: text %q", r.Pos, r.Paragraph, r.Text)
	}
	if !strings.HasPrefix(r.ResponseSource, report+"/Add.1, para. ") {
		t.Errorf("%s %s: response source %q", r.Pos, r.Paragraph, r.ResponseSource)
	}
	if len(r.Themes) == 0 || len(r.AffectedGroups) == 0 {
		t.Errorf("%s %s: themes %q, groups %q", r.Pos, r.Paragraph, r.Themes, r.AffectedGroups)
	}
	all := strings.Join(append(append([]string{r.Text}, r.Themes...), r.AffectedGroups...), "\n")
	if strings.Contains(all, "&amp;") || strings.Contains(all, "\u00a0") {
		t.Errorf("%s %s: undecoded text in %q", r.Pos, r.Paragraph, all)
	}
	for _, s := range r.SDGs {
		if n := len(s); n < 1 || n > 2 {
			t.Errorf("%s %s: SDG %q", r.Pos, r.Paragraph, s)
		}
	}
}

// A few rows of the third cycle matrix in full: a text keeping the
// parentheses that are not states, "&" decoded in the themes.
func TestChinaRows(t *testing.T) {
	data, err := os.ReadFile(testutil.SharedData(t, "ohchr/china/cycle3-2018-matrix.docx"))
	if err != nil {
		t.Fatal(err)
	}
	recs, _ := Parse("cycle3-2018-matrix.docx", data)
	i := slices.IndexFunc(recs, func(r importer.Record) bool { return r.Paragraph == "28.19" })
	if i < 0 {
		t.Fatal("no 28.19")
	}
	r := recs[i]
	if want := "Ratify the International Labour Organization (ILO) Forced Labour Convention, 1930 (No. 29) and its 20l4 Protocol"; r.Text != want {
		t.Errorf("text %q, want %q", r.Text, want)
	}
	if !slices.Contains(r.Themes, "E32 Right to just and favourable conditions of work") || !slices.Equal(r.SDGs, []string{"8", "16"}) {
		t.Errorf("themes %q, SDGs %q", r.Themes, r.SDGs)
	}
	i = slices.IndexFunc(recs, func(r importer.Record) bool { return r.Paragraph == "28.212" })
	if got := recs[i].Themes; !slices.Contains(got, "E1 Economic, social & cultural rights - general measures of implementation") {
		t.Errorf("28.212 themes %q", got)
	}
	if recs[i].Pos.Line != 3 || recs[i].ResponseSource != "A/HRC/40/6/Add.1, para. 2" {
		t.Errorf("28.212 at %s, source %q", recs[i].Pos, recs[i].ResponseSource)
	}
}
