package xlsx

import (
	"reflect"
	"testing"

	"github.com/upr-tools/submit/internal/workspace"
)

func TestSummarize(t *testing.T) {
	rec := func(response string, from ...string) *workspace.Recommendation {
		return &workspace.Recommendation{Response: response, From: from}
	}
	// counts in the order Supported, Partially supported, Noted, Pending.
	row := func(name string, s, p, n, pe, total int) tally {
		return tally{Name: name, ByResponse: []int{s, p, n, pe}, Total: total}
	}
	for _, c := range []struct {
		name   string
		recs   []*workspace.Recommendation
		states []tally
		all    tally
	}{
		{
			name: "none",
			all:  row(allLabel, 0, 0, 0, 0, 0),
		},
		{
			name:   "joint recommendation counts once per state, once in all",
			recs:   []*workspace.Recommendation{rec(workspace.Noted, "Bangladesh", "Egypt")},
			states: []tally{row("Bangladesh", 0, 0, 1, 0, 1), row("Egypt", 0, 0, 1, 0, 1)},
			all:    row(allLabel, 0, 0, 1, 0, 1),
		},
		{
			name: "sorted by total, then name in dictionary order",
			recs: []*workspace.Recommendation{
				rec(workspace.Supported, "Turkmenistan"),
				rec(workspace.Supported, "Türkiye"),
				rec(workspace.Pending, "Brazil"),
				rec(workspace.PartiallySupported, "Brazil"),
				rec(workspace.Noted, "Zambia"),
			},
			states: []tally{
				row("Brazil", 0, 1, 0, 1, 2),
				row("Türkiye", 1, 0, 0, 0, 1),
				row("Turkmenistan", 1, 0, 0, 0, 1),
				row("Zambia", 0, 0, 1, 0, 1),
			},
			all: row(allLabel, 2, 1, 1, 1, 5),
		},
		{
			name:   "a state named twice counts once; blanks and spaces dropped",
			recs:   []*workspace.Recommendation{rec(workspace.Supported, "Egypt", " Egypt", "", "  ")},
			states: []tally{row("Egypt", 1, 0, 0, 0, 1)},
			all:    row(allLabel, 1, 0, 0, 0, 1),
		},
		{
			name:   "response matched without regard to case; unknown counts in total only",
			recs:   []*workspace.Recommendation{rec("Supported ", "Chile"), rec("accepted", "Chile")},
			states: []tally{row("Chile", 1, 0, 0, 0, 2)},
			all:    row(allLabel, 1, 0, 0, 0, 2),
		},
		{
			name:   "recommendation without a state counts in all only",
			recs:   []*workspace.Recommendation{rec(workspace.Noted)},
			states: nil,
			all:    row(allLabel, 0, 0, 1, 0, 1),
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := summarize(c.recs)
			if !reflect.DeepEqual(got.States, c.states) {
				t.Errorf("states =\n%+v\nwant\n%+v", got.States, c.states)
			}
			if !reflect.DeepEqual(got.All, c.all) {
				t.Errorf("all = %+v, want %+v", got.All, c.all)
			}
		})
	}
}
