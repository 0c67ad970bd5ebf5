package importer

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/upr-tools/submit/internal/workspace"
)

// Summary is what an import did.
type Summary struct {
	Read       int            // records (or positions) read from the sources
	Created    int            // recommendations added to the data
	Updated    int            // recommendations with at least one field changed
	Unchanged  int            // recommendations already as the source says
	Responses  map[string]int // records read, by response ("" unknown)
	Unmatched  map[string]int // state names that did not resolve, with how often
	Duplicates []string       // records that repeat another of the same import, not imported twice
	NotFound   []string       // positions whose paragraph is not in the data
	Kept       []string       // fields left as they were, with the reason
	Changes    []string       // what changed, a line each ("file: id: field")
	Files      []string       // files written (or to write), in order
}

func newSummary() *Summary {
	return &Summary{Responses: map[string]int{}, Unmatched: map[string]int{}}
}

// Print writes the summary for a person: counts first, then what needs
// their attention.
func (s *Summary) Print(w io.Writer, verbose bool) {
	fmt.Fprintf(w, "read %d; created %d, updated %d, unchanged %d\n", s.Read, s.Created, s.Updated, s.Unchanged)
	var parts []string
	order := append(slices.Clone(workspace.ResponseValues), "")
	for _, k := range order {
		if n := s.Responses[k]; n > 0 {
			name := k
			if name == "" {
				name = "no response"
			}
			parts = append(parts, fmt.Sprintf("%s %d", name, n))
		}
	}
	if len(parts) > 0 {
		fmt.Fprintf(w, "responses: %s\n", strings.Join(parts, ", "))
	}
	if len(s.Unmatched) > 0 {
		names := slices.Sorted(maps.Keys(s.Unmatched))
		fmt.Fprintf(w, "state names not recognised (kept as written; add them to the data or correct the source):\n")
		for _, n := range names {
			fmt.Fprintf(w, "  %q (%d)\n", n, s.Unmatched[n])
		}
	}
	for _, d := range s.Duplicates {
		fmt.Fprintf(w, "duplicate: %s\n", d)
	}
	for _, n := range s.NotFound {
		fmt.Fprintf(w, "not found: %s\n", n)
	}
	for _, k := range s.Kept {
		fmt.Fprintf(w, "kept: %s\n", k)
	}
	if verbose {
		for _, c := range s.Changes {
			fmt.Fprintln(w, c)
		}
	}
	for _, f := range s.Files {
		fmt.Fprintf(w, "wrote %s\n", f)
	}
}
