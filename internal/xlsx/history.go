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
	byYear := func(a, b workspace.Assessment) int { return a.Year - b.Year }
	as := r.Implementation
	if !slices.IsSortedFunc(as, byYear) {
		as = slices.Clone(as)
		slices.SortStableFunc(as, byYear)
	}
	lines := make([]string, 0, len(as))
	for _, a := range as {
		var b strings.Builder
		if a.Year != 0 {
			b.WriteString(strconv.Itoa(a.Year))
			b.WriteString(": ")
		}
		b.WriteString(a.Status)
		if note := flatten(a.Note); note != "" {
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

// flatten puts a text on one line: its runs of white space (line breaks
// included) become one space, and its ends lose theirs.
func flatten(s string) string {
	clean := true
	for i := 0; i < len(s) && clean; i++ {
		switch c := s[i]; {
		case c == ' ':
			clean = i > 0 && i < len(s)-1 && s[i+1] != ' '
		case c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c >= 0x80:
			clean = false // non-ASCII: strings.Fields knows Unicode's spaces
		}
	}
	if clean {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
