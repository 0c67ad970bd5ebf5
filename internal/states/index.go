package states

import (
	"cmp"
	"fmt"
	"slices"
	"sync"
)

// stateIndex is built once from states.csv.
type stateIndex struct {
	states []State        // sorted by folded name
	byKey  map[string]int // normalised name or alias → index in states
	exact  map[string]int // name or alias as written → index: most lookups, no normalising
	byISO  map[string]int // ISO alpha-2 and alpha-3 → index in states
	keys   []indexedKey   // every key, sorted, for Suggest
	errs   []error        // data problems; the tests require none
}

type indexedKey struct {
	key   string
	runes []rune
	state int
}

var index = sync.OnceValue(func() *stateIndex {
	list, err := parseStates(statesCSV)
	return buildIndex(list, err)
})

// buildIndex never panics: users get the first state for a clashing key
// and the tests report every clash (TestIndexHasNoProblems).
func buildIndex(list []State, err error) *stateIndex {
	ix := &stateIndex{byKey: map[string]int{}, byISO: map[string]int{}, exact: map[string]int{}}
	if err != nil {
		ix.errs = append(ix.errs, err)
	}
	// Normalise each name once: normalising inside the comparison cost
	// milliseconds on every run of the command.
	folded := make(map[string]string, len(list))
	for _, s := range list {
		folded[s.Name] = normalize(s.Name)
	}
	ix.states = slices.Clone(list)
	slices.SortStableFunc(ix.states, func(a, b State) int {
		return cmp.Or(cmp.Compare(folded[a.Name], folded[b.Name]), cmp.Compare(a.Name, b.Name))
	})
	for i, s := range ix.states {
		for _, code := range []string{s.ISO3, s.ISO2} {
			if j, dup := ix.byISO[code]; dup {
				ix.errs = append(ix.errs, fmt.Errorf("ISO code %s used by both %s and %s", code, ix.states[j].Name, s.Name))
				continue
			}
			ix.byISO[code] = i
		}
		for _, name := range append([]string{s.Name}, s.Aliases...) {
			k := normalize(name)
			if k == "" {
				ix.errs = append(ix.errs, fmt.Errorf("%s: name or alias %q normalises to nothing", s.Name, name))
				continue
			}
			if _, taken := ix.exact[name]; !taken {
				ix.exact[name] = i
			}
			j, dup := ix.byKey[k]
			switch {
			case dup && j != i:
				ix.errs = append(ix.errs, fmt.Errorf("%q (alias of %s) and a name of %s both normalise to %q", name, s.Name, ix.states[j].Name, k))
			case !dup:
				ix.byKey[k] = i
				ix.keys = append(ix.keys, indexedKey{key: k, runes: []rune(k), state: i})
			}
		}
	}
	slices.SortFunc(ix.keys, func(a, b indexedKey) int { return cmp.Compare(a.key, b.key) })
	return ix
}

// find returns the index of the state a name or alias designates.
func (ix *stateIndex) find(name string) (int, bool) {
	if i, ok := ix.exact[name]; ok {
		return i, true
	}
	i, ok := ix.byKey[normalize(name)]
	return i, ok
}
