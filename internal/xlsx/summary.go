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

// count tallies the recommendations that match.
func count(recs []*workspace.Recommendation, name string, match func(*workspace.Recommendation) bool) tally {
	t := newTally(name)
	for _, r := range recs {
		if match(r) {
			t.add(r.Response)
		}
	}
	return t
}

// count returns how many recommendations gave response, one of
// workspace.ResponseValues.
func (t tally) count(response string) int {
	return t.ByResponse[slices.Index(workspace.ResponseValues, response)]
}

// summary counts responses by the items of a list field.
type summary struct {
	States []tally // one per item (recommending state, theme), most recommendations first
	All    tally   // every recommendation counted once
}

// summarize counts responses by recommending state.
func summarize(recs []*workspace.Recommendation) summary {
	return summarizeBy(recs, func(r *workspace.Recommendation) []string { return r.From })
}

// summarizeBy counts responses by the items of a list field. A
// recommendation made by several states counts once for each of them (and
// once only for a state named twice); All counts each recommendation once,
// so its Total is the number of recommendations, not the sum of the rows.
func summarizeBy(recs []*workspace.Recommendation, items func(*workspace.Recommendation) []string) summary {
	byState := map[string]*tally{}
	s := summary{All: newTally(allLabel)}
	for _, r := range recs {
		s.All.add(r.Response)
		seen := map[string]bool{}
		for _, name := range items(r) {
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
