package states

import (
	"cmp"
	"slices"
	"strings"
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
		d := distance(qr, k.runes, limit)
		if len(qr) >= 3 && containsWords(k.key, q) {
			d = min(d, 1)
		}
		if d > limit {
			continue
		}
		c := cand{score: d, lenDiff: abs(len(k.runes) - len(qr)), state: k.state}
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

// distance is the optimal string alignment distance (Levenshtein plus
// transposition of neighbours) between a and b, or limit+1 once it is
// certain to exceed limit, which keeps Suggest cheap on long input.
func distance(a, b []rune, limit int) int {
	if abs(len(a)-len(b)) > limit {
		return limit + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], limit+1)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
