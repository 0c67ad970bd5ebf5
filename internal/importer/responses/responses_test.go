package responses

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/diag"
	"github.com/upr-tools/submit/internal/importer"
	"github.com/upr-tools/submit/internal/testutil"
)

// dump prints what Parse gives, a line a position, for the golden files.
func dump(ps []importer.Position, add *Addendum) string {
	var b strings.Builder
	s := add.Stated
	fmt.Fprintf(&b, "addendum %s answers %s; stated: total %d, supported at the review %d, supported %d, noted %d\n",
		add.Symbol, add.Report, s.Total, s.SupportedAtReview, s.Supported, s.Noted)
	for _, w := range add.Warnings {
		fmt.Fprintf(&b, "warning: %s\n", w)
	}
	for _, p := range ps {
		impl := ""
		if p.Implemented {
			impl = ", implemented"
		}
		fmt.Fprintf(&b, "%s %s %s%s (%s)\n", p.Pos, p.Paragraph, p.Response, impl, p.Source)
	}
	return b.String()
}

// The fixtures are cut from the three Slovenia addenda (see
// testdata/README.md); cycle 1 names no paragraph for its numbers.
func TestParseFixtures(t *testing.T) {
	tests := []struct {
		name string
		opt  Options
	}{
		{"add1", Options{}},
		{"add1-para111", Options{ListParagraph: 111}},
		{"add2", Options{}},
		{"add3", Options{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file, _, _ := strings.Cut(tt.name, "-")
			data, err := os.ReadFile(filepath.Join("testdata", file+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			ps, add, err := tt.opt.Parse(file+".txt", data)
			if err != nil {
				t.Fatal(err)
			}
			testutil.Golden(t, filepath.Join("testdata", tt.name+".golden"), []byte(dump(ps, add)))
		})
	}
}

func TestParseSymbolOption(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "add3.txt"))
	if err != nil {
		t.Fatal(err)
	}
	ps, add, err := Options{Symbol: "A/HRC/43/15/Add.2"}.Parse("a.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	if add.Symbol != "A/HRC/43/15/Add.2" || add.Report != "A/HRC/43/15" || ps[0].Source != "A/HRC/43/15/Add.2, para. 3" {
		t.Errorf("symbol not applied: %+v, %+v", add, ps[0])
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"empty", "", `r.txt:1: expected the State's addendum, with lists of recommendations ("The Government accepts the following recommendations 122.1, 122.12, 122.17-18 …") or answers numbered by recommendation ("5., 6.   Slovenia accepts these recommendations"), found neither (the text begins "")`},
		{"a report", "   United Nations     A/HRC/43/15\n\nII. Conclusions and/or recommendations\n121. The recommendations below enjoy the support of Slovenia:\n  121.1 Ratify (France);\n",
			`r.txt:1: expected the State's addendum, with lists of recommendations ("The Government accepts the following recommendations 122.1, 122.12, 122.17-18 …") or answers numbered by recommendation ("5., 6.   Slovenia accepts these recommendations"), found neither (the text begins "United Nations A/HRC/43/15"); A/HRC/43/15 is not an addendum's symbol (…/Add.1): a Working Group report is imported with the wg-report format`},
		{"counts but no lists", "\n\n  2. Slovenia accepts 142 recommendations and notes 21 recommendations.\n",
			`r.txt:3: expected the State's addendum, with lists of recommendations ("The Government accepts the following recommendations 122.1, 122.12, 122.17-18 …") or answers numbered by recommendation ("5., 6.   Slovenia accepts these recommendations"), found neither (the text begins "2. Slovenia accepts 142 recommendations and notes 21 reco...")`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps, add, err := Parse("r.txt", []byte(tt.text))
			if err == nil {
				t.Fatalf("no error; %v %v", ps, add)
			}
			if err.Error() != tt.want {
				t.Errorf("error:\n got %s\nwant %s", err, tt.want)
			}
			var p *diag.Problem
			if !errors.As(err, &p) || p.Pos.Line == 0 {
				t.Errorf("error %v has no line", err)
			}
		})
	}
}

// What the addendum gets wrong is reported, not silently resolved.
func TestWarnings(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // positions, then warnings
	}{
		{"listed twice under one heading",
			"Accepted recommendations\n3. The Government accepts the following recommendations 122.1, 122.2-4,\n122.3.\n",
			[]string{"122.1 supported", "122.2 supported", "122.3 supported", "122.4 supported",
				"w.txt:3: 122.3 is listed again (first at line 2 as supported, here as supported): the first is kept"}},
		{"listed under two headings",
			"Accepted recommendations\n3. The Government accepts the following recommendations 122.1, 122.2.\n\nNoted recommendations\n4. The Government notes recommendations 122.2 and 122.5.\n",
			[]string{"122.1 supported", "122.2 supported", "122.5 noted",
				"w.txt:5: 122.2 is listed again (first at line 2 as supported, here as noted): the first is kept"}},
		{"ranges that make no sense",
			"3. The Government accepts the following recommendations 122.9-4, 122.1-1200, 121.5-122.3, 122.7.\n",
			[]string{"122.7 supported",
				`w.txt:1: range "122.9-4" runs backwards: left out`,
				`w.txt:1: range "122.1-1200" holds more than 999 recommendations: left out`,
				`w.txt:1: range "121.5-122.3" runs across paragraphs: left out`}},
		{"a heading against its paragraph",
			"Noted recommendations\n5. The Government accepts the following recommendations 122.8.\n",
			[]string{"122.8 supported",
				`w.txt:2: the heading "Noted recommendations" is over a paragraph that accepts: taken as supported`}},
		{"no heading: the paragraph says it",
			"4. Slovenia supports recommendations 1–3; it considers them already implemented.\n5. It notes recommendations 4 and 5.\n",
			[]string{"1 supported implemented", "2 supported implemented", "3 supported implemented", "4 noted", "5 noted",
				"w.txt:1: the addendum numbers the recommendations 1, 2, 3 … without saying which paragraph of the report lists them: give that paragraph (for instance 111 for A/HRC/14/15) so that they read 111.1, 111.2 … as the report's do"}},
		{"partially",
			"Partially accepted recommendations\n6. The Government partially accepts recommendations 98.1, 98.2.\n",
			[]string{"98.1 partially supported", "98.2 partially supported"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps, add, err := Parse("w.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range ps {
				s := p.Paragraph + " " + p.Response
				if p.Implemented {
					s += " implemented"
				}
				got = append(got, s)
			}
			for _, w := range add.Warnings {
				got = append(got, w.Error())
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestStated(t *testing.T) {
	tests := []struct {
		text string
		want Stated
	}{
		{"The Working Group’s report contains 215 recommendations. On 12 November, Slovenia received 215 recommendations from UN member states, of which 58 were immediately supported. With this document, Slovenia sets out its position and rationale on the remaining 157 recommendations, of which 124 are now supported and 33 noted.",
			Stated{Total: 215, SupportedAtReview: 58, Supported: 124, Noted: 33}},
		{"The Working Group's report contains 163 recommendations. The Government of Slovenia accepts 142 recommendations. For the time being, the Government of the Republic of Slovenia notes 21 recommendations.",
			Stated{Total: 163, Supported: 142, Noted: 21}},
		{"Slovenia welcomes the recommendations made during its Universal Periodic Review on 16 February 2010.", Stated{}},
	}
	for _, tt := range tests {
		if got := stated(tt.text); got != tt.want {
			t.Errorf("stated(%q) = %+v, want %+v", tt.text, got, tt.want)
		}
	}
}
