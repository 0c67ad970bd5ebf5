package assemble

import (
	"cmp"
	"slices"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/upr-tools/submit/internal/layout"
)

// OverLimitError is a submission longer than its word limit: OHCHR may set
// it aside, so build refuses unless told otherwise.
type OverLimitError struct {
	Path  string
	Words layout.Count
	Limit int
}

func (e *OverLimitError) Error() string {
	p := message.NewPrinter(language.English)
	var b strings.Builder
	p.Fprintf(&b, "%s: %d words, %d over the limit of %d (the body and its footnotes count; the cover and annexes do not).",
		e.Path, e.Words.Total(), e.Words.Total()-e.Limit, e.Limit)
	if longest := e.Longest(3); len(longest) > 0 {
		b.WriteString(" Longest sections:")
		for i, s := range longest {
			sep := ","
			if i == 0 {
				sep = ""
			}
			title := s.Title
			if title == "" {
				title = "(before the first heading)"
			}
			p.Fprintf(&b, "%s %s (%d words)", sep, title, s.Words)
		}
		b.WriteString(".")
	}
	b.WriteString(" Shorten the text, or pass --allow-over-limit to build it anyway.")
	return b.String()
}

// Longest returns the n longest sections, longest first.
func (e *OverLimitError) Longest(n int) []layout.Section {
	s := slices.Clone(e.Words.Sections)
	slices.SortStableFunc(s, func(a, b layout.Section) int { return cmp.Compare(b.Words, a.Words) })
	return s[:min(n, len(s))]
}
