package render

import (
	"slices"

	"github.com/upr-tools/submit/internal/states"
	"github.com/upr-tools/submit/internal/workspace"
)

// filterState selects recommendations where names(r) holds the state, so
// that a template may write any alias ("Turkey") of a canonical name.
func filterState(names func(*workspace.Recommendation) []string) func(string, []*workspace.Recommendation) []*workspace.Recommendation {
	return func(name string, list []*workspace.Recommendation) []*workspace.Recommendation {
		if s, ok := states.Lookup(name); ok {
			name = s.Name
		}
		return filter(list, func(r *workspace.Recommendation) bool { return slices.Contains(names(r), name) })
	}
}
