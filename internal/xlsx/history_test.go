package xlsx

import (
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/workspace"
)

func TestHistory(t *testing.T) {
	for _, c := range []struct {
		name string
		in   []workspace.Assessment
		want string
	}{
		{"none", nil, ""},
		{"full", []workspace.Assessment{{Year: 2021, Status: "partially implemented", Note: "note", Evidence: []string{"ev1", "ev2"}}},
			"2021: partially implemented – note [ev1, ev2]"},
		{"no note, no evidence", []workspace.Assessment{{Year: 2021, Status: "not implemented"}}, "2021: not implemented"},
		{"evidence without note", []workspace.Assessment{{Year: 2021, Status: "not assessed", Evidence: []string{"ev1"}}}, "2021: not assessed [ev1]"},
		{"oldest first, same year in file order", []workspace.Assessment{
			{Year: 2024, Status: "fully implemented"},
			{Year: 2020, Status: "not implemented", Note: "a"},
			{Year: 2020, Status: "partially implemented", Note: "b"},
		}, "2020: not implemented – a\n2020: partially implemented – b\n2024: fully implemented"},
		{"note line breaks flattened", []workspace.Assessment{{Year: 2022, Status: "not implemented", Note: " two\n  lines\n"}},
			"2022: not implemented – two lines"},
		{"no year", []workspace.Assessment{{Status: "not assessed"}}, "not assessed"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := &workspace.Recommendation{Implementation: c.in}
			if got := history(r); got != c.want {
				t.Errorf("history = %q, want %q", got, c.want)
			}
		})
	}
}

// TestLatestColumns: the status, year, note and evidence columns show the
// same assessment as the last line of the history.
func TestLatestColumns(t *testing.T) {
	r := fixture().Recommendations[0]
	byHeader := map[string]column{}
	for _, c := range columns {
		byHeader[c.header] = c
	}
	if got := byHeader["Implementation status"].text(r); got != "partially implemented" {
		t.Errorf("status = %q", got)
	}
	if got := byHeader["Assessed"].number(r); got != 2024 {
		t.Errorf("assessed = %d", got)
	}
	if got := byHeader["Evidence"].text(r); got != "hate-speech-report; ombud-2023" {
		t.Errorf("evidence = %q", got)
	}
	empty := &workspace.Recommendation{}
	if byHeader["Assessed"].number(empty) != 0 || byHeader["Assessment note"].text(empty) != "" {
		t.Error("a recommendation without assessments should leave the assessment columns blank")
	}
}

func TestFlatten(t *testing.T) {
	for _, s := range []string{"", "plain", " lead", "trail ", "two  spaces", "line\nbreak", "tab\there",
		"\u00a0no-break space", "Türkiye and Côte d'Ivoire", "a b c", " ", "x\r\ny"} {
		if got, want := flatten(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("flatten(%q) = %q, want %q", s, got, want)
		}
	}
}
