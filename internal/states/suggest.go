package states

import (
	"cmp"
	"slices"
	"strings"

	"github.com/upr-tools/submit/internal/diag"
)

// maxSuggestions is how many names Suggest returns at most.
const maxSuggestions = 3

// Suggest returns up to three canonical names close to an unknown name,
// best first, for "did you mean" messages: names and aliases within a small
// edit distance (typos, swapped letters), or containing the name as whole
// words ("Korea"). A name Lookup knows gets its canonical name alone.
func Suggest(name string) []string {
	if s, ok := Lookup(name); ok {
		return []string{s.Name}
	}
	q := normalize(name)
	if q == "" {
		return nil
	}
	qr := []rune(q)
	limit := min(max(len(qr)/3, 1), 3)
	type cand struct{ score, lenDiff, state int }
	best := map[int]cand{}
	for _, k := range index().keys {
		d := diag.Distance(qr, k.runes, limit)
		if len(qr) >= 3 && containsWords(k.key, q) {
			d = min(d, 1)
		}
		if d > limit {
			continue
		}
		c := cand{score: d, lenDiff: max(len(k.runes)-len(qr), len(qr)-len(k.runes)), state: k.state}
		if old, seen := best[k.state]; !seen || c.score < old.score || (c.score == old.score && c.lenDiff < old.lenDiff) {
			best[k.state] = c
		}
	}
	cands := make([]cand, 0, len(best))
	for _, c := range best {
		cands = append(cands, c)
	}
	// index().states is sorted by name, so state breaks ties by name.
	slices.SortFunc(cands, func(a, b cand) int {
		return cmp.Or(cmp.Compare(a.score, b.score), cmp.Compare(a.lenDiff, b.lenDiff), cmp.Compare(a.state, b.state))
	})
	var out []string
	for _, c := range cands[:min(len(cands), maxSuggestions)] {
		out = append(out, index().states[c.state].Name)
	}
	return out
}

// containsWords reports whether phrase occurs in key as whole words.
func containsWords(key, phrase string) bool {
	return strings.Contains(" "+key+" ", " "+phrase+" ")
}
