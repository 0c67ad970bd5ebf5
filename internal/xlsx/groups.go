package xlsx

import (
	"strings"

	"github.com/upr-tools/submit/internal/states"
)

// Placeholders in the Regional groups column. They keep one entry per
// recommending state, so the n-th group belongs to the n-th state.
const (
	unknownGroup = "?"    // a name internal/states does not know: fix the data
	noGroup      = "none" // a state outside the regional groups (Holy See)
)

// regionalGroups gives the UN regional group of each recommending state,
// as UPR Info abbreviates them ("WEOG; Africa"), in the order of the states
// and with the same items as list(from), duplicates included.
func regionalGroups(from []string) string {
	out := make([]string, 0, len(from))
	for _, name := range from {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		s, ok := states.Lookup(name)
		switch g := s.GroupShort(); {
		case !ok:
			out = append(out, unknownGroup)
		case g == "":
			out = append(out, noGroup)
		default:
			out = append(out, g)
		}
	}
	return strings.Join(out, "; ")
}
