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
	t.addIndex(responseIndex(response))
}

// addIndex counts a response by its index in workspace.ResponseValues, -1
// for one outside it.
func (t *tally) addIndex(i int) {
	t.Total++
	if i >= 0 {
		t.ByResponse[i]++
	}
}

// responseIndex finds a response in workspace.ResponseValues, ignoring
// case and surrounding spaces; -1 if it is not there.
func responseIndex(response string) int {
	response = strings.TrimSpace(response)
	for i, v := range workspace.ResponseValues {
		if strings.EqualFold(response, v) {
			return i
		}
	}
	return -1
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
	var seen []string // a recommendation's items so far: a few
	for _, r := range recs {
		resp := responseIndex(r.Response)
		s.All.addIndex(resp)
		seen = seen[:0]
		for _, name := range items(r) {
			name = strings.TrimSpace(name)
			if name == "" || slices.Contains(seen, name) {
				continue
			}
			seen = append(seen, name)
			t := byState[name]
			if t == nil {
				nt := newTally(name)
				t = &nt
				byState[name] = t
			}
			t.addIndex(resp)
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
