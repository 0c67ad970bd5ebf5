package xlsx

import (
	"cmp"
	"slices"
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/upr-tools/submit/internal/workspace"
)

// tally counts recommendations by response.
type tally struct {
	Name       string
	ByResponse []int // in the order of workspace.ResponseValues
	Total      int   // also counts responses outside that vocabulary
}

func newTally(name string) tally {
	return tally{Name: name, ByResponse: make([]int, len(workspace.ResponseValues))}
}

func (t *tally) add(response string) {
	t.Total++
	for i, v := range workspace.ResponseValues {
		if strings.EqualFold(strings.TrimSpace(response), v) {
			t.ByResponse[i]++
			return
		}
	}
}

// summary is the content of the Summary sheet.
type summary struct {
	States []tally // one per recommending state, most recommendations first
	All    tally   // every recommendation counted once
}

// summarize counts responses by recommending state. A recommendation made
// by several states counts once for each of them (and once only for a state
// named twice); All counts each recommendation once, so its Total is the
// number of recommendations, not the sum of the state rows.
func summarize(recs []*workspace.Recommendation) summary {
	byState := map[string]*tally{}
	s := summary{All: newTally(allLabel)}
	for _, r := range recs {
		s.All.add(r.Response)
		seen := map[string]bool{}
		for _, name := range r.From {
			name = strings.TrimSpace(name)
			if name == "" || seen[name] {
				continue
			}
			seen[name] = true
			t := byState[name]
			if t == nil {
				nt := newTally(name)
				t = &nt
				byState[name] = t
			}
			t.add(r.Response)
		}
	}
	for _, t := range byState {
		s.States = append(s.States, *t)
	}
	// Names in English dictionary order ("Türkiye" beside "Turkmenistan"),
	// with byte order to settle what the collator calls equal.
	col := collate.New(language.English)
	slices.SortFunc(s.States, func(a, b tally) int {
		if c := cmp.Compare(b.Total, a.Total); c != 0 {
			return c
		}
		if c := col.CompareString(a.Name, b.Name); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	return s
}
