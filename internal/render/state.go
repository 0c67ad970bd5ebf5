package render

import (
	"fmt"
	"slices"
	"strings"

	"github.com/upr-tools/submit/internal/messages"
	"github.com/upr-tools/submit/internal/workspace"
)

// state is what one execution of a template accumulates: the footnotes its
// citations create, numbered in the order they are made.
type state struct {
	ws    *workspace.Workspace
	f     formatter
	words messages.Table
	notes []string
}

func newState(ws *workspace.Workspace) *state {
	lang := "en"
	if ws.Submission != nil && ws.Submission.Language != "" {
		lang = ws.Submission.Language
	}
	return &state{ws: ws, f: newFormatter(lang), words: messages.For(lang)}
}

// notePrefix starts the labels of the notes citations make, so that they
// cannot collide with a template's own footnotes ([^1], [^n1]).
const notePrefix = "submit-"

// note adds a footnote and returns its reference mark. Every citation gets
// its own note, as in print: the layout step numbers them in reading order.
func (st *state) note(markdown string) string {
	st.notes = append(st.notes, markdown)
	return fmt.Sprintf("[^%s%d]", notePrefix, len(st.notes))
}

func (st *state) writeNotes(b *strings.Builder) {
	if len(st.notes) == 0 {
		return
	}
	b.WriteString("\n")
	for i, n := range st.notes {
		fmt.Fprintf(b, "\n[^%s%d]: %s\n", notePrefix, i+1, n)
	}
}

// knownTheme reports whether any recommendation, or the submission, has theme.
func (st *state) knownTheme(theme string) bool {
	same := func(t string) bool { return strings.EqualFold(t, theme) }
	if st.ws.Submission != nil && slices.ContainsFunc(st.ws.Submission.Themes, same) {
		return true
	}
	for _, r := range st.ws.Recommendations {
		if slices.ContainsFunc(r.Themes, same) {
			return true
		}
	}
	return false
}
