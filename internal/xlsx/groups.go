package xlsx

import (
	"strings"
	"sync"
	"sync/atomic"

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
		out = append(out, groupOf(name))
	}
	return strings.Join(out, "; ")
}

// groupOf is a state's regional group as the column shows it. Names are
// looked up once: a workbook of the whole UPR record names the same 200
// states 200,000 times, and a lookup normalises the name.
func groupOf(name string) string {
	if g, ok := knownGroups.Load(name); ok {
		return g.(string)
	}
	s, ok := states.Lookup(name)
	g := s.GroupShort()
	switch {
	case !ok:
		g = unknownGroup
	case g == "":
		g = noGroup
	}
	if groupsKnown.Add(1) <= maxKnownGroups {
		knownGroups.Store(name, g)
	}
	return g
}

// knownGroups caches groupOf, up to maxKnownGroups names: enough for every
// state and its usual spellings, bounded whatever the data holds.
var (
	knownGroups    sync.Map
	groupsKnown    atomic.Int64
	maxKnownGroups = int64(4096)
)
