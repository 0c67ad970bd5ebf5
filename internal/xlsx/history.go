package xlsx

import (
	"slices"
	"strconv"
	"strings"

	"github.com/upr-tools/submit/internal/workspace"
)

// history writes a recommendation's assessments one per line, oldest first:
//
//	2021: partially implemented – note [ev1, ev2]
//
// Assessments of the same year keep their file order, so the last line is
// the one Latest reports. A note's own line breaks are flattened so that
// each line stays one assessment.
func history(r *workspace.Recommendation) string {
	as := slices.Clone(r.Implementation)
	slices.SortStableFunc(as, func(a, b workspace.Assessment) int { return a.Year - b.Year })
	lines := make([]string, 0, len(as))
	for _, a := range as {
		var b strings.Builder
		if a.Year != 0 {
			b.WriteString(strconv.Itoa(a.Year))
			b.WriteString(": ")
		}
		b.WriteString(a.Status)
		if note := strings.Join(strings.Fields(a.Note), " "); note != "" {
			b.WriteString(" – ")
			b.WriteString(note)
		}
		if len(a.Evidence) > 0 {
			b.WriteString(" [")
			b.WriteString(strings.Join(a.Evidence, ", "))
			b.WriteString("]")
		}
		lines = append(lines, b.String())
	}
	return strings.Join(lines, "\n")
}
