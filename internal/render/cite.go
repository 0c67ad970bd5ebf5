package render

import (
	"fmt"
	"slices"
	"strings"

	"github.com/upr-tools/submit/internal/diag"
	"github.com/upr-tools/submit/internal/layout"
	"github.com/upr-tools/submit/internal/workspace"
)

// sourceNote formats a source for a footnote, in Markdown:
// Author, *Title*, Publisher, 23 January 2024, p. 4, <https://…>.
func (st *state) sourceNote(s *workspace.Source) string {
	var parts []string
	if s.Author != "" {
		parts = append(parts, layout.Escape(s.Author))
	}
	if s.Title != "" {
		parts = append(parts, "*"+layout.Escape(s.Title)+"*")
	}
	if s.Publisher != "" && s.Publisher != s.Author {
		parts = append(parts, layout.Escape(s.Publisher))
	}
	if !s.Date.IsZero() {
		parts = append(parts, st.f.date(s.Date))
	}
	if s.Page != "" {
		prefix := "p. "
		if strings.ContainsAny(s.Page, "-–,") {
			prefix = "pp. "
		}
		parts = append(parts, prefix+layout.Escape(s.Page))
	}
	if s.URL != "" {
		parts = append(parts, "<"+s.URL+">")
	}
	return strings.Join(parts, ", ") + "."
}

func (st *state) evidence(id string) (*workspace.Evidence, error) {
	if e := st.ws.EvidenceByID(id); e != nil {
		return e, nil
	}
	var ids []string
	for _, e := range st.ws.Evidence {
		ids = append(ids, e.ID)
	}
	return nil, fmt.Errorf("no evidence with id %q%s", id, closest(id, ids))
}

func (st *state) statistic(id string) (*workspace.Statistic, error) {
	if s := st.ws.StatisticByID(id); s != nil {
		if s.Value == nil {
			return nil, fmt.Errorf("statistic %q has no value: fix the problems validate reports for it", id)
		}
		return s, nil
	}
	var ids []string
	for _, s := range st.ws.Statistics {
		ids = append(ids, s.ID)
	}
	return nil, fmt.Errorf("no statistic with id %q%s", id, closest(id, ids))
}

// closest suggests the nearest known id, for a misspelt one.
func closest(id string, ids []string) string {
	if best, ok := diag.Closest(id, ids, len(id)/2); ok {
		return fmt.Sprintf(" (did you mean %q?)", best)
	}
	if len(ids) == 0 {
		return ": there are none in the workspace"
	}
	ids = slices.Sorted(slices.Values(ids))
	if len(ids) > 8 {
		ids = append(ids[:8], "…")
	}
	return "; known ids: " + strings.Join(ids, ", ")
}

// cite makes a footnote giving an evidence item's source.
func (st *state) cite(id string) (string, error) {
	e, err := st.evidence(id)
	if err != nil {
		return "", err
	}
	return st.note(st.sourceNote(&e.Source)), nil
}

// quote sets an evidence quotation as a block quote with its source note.
func (st *state) quote(id string) (string, error) {
	e, err := st.evidence(id)
	if err != nil {
		return "", err
	}
	if e.Kind == "paraphrase" {
		return "", fmt.Errorf("evidence %q is a paraphrase, not a quotation: write it in your own sentence and {{cite %q}}", id, id)
	}
	text := strings.Join(strings.Fields(e.Text), " ")
	return "\n> " + layout.Escape(text) + st.note(st.sourceNote(&e.Source)) + "\n", nil
}

// statNote is the footnote of a statistic: what it counts, when, and where
// the figure comes from; a derived figure names its inputs and their sources.
func (st *state) statNote(s *workspace.Statistic) string {
	var b strings.Builder
	b.WriteString(layout.Escape(upperFirst(s.Counts)))
	if s.Period != "" {
		b.WriteString(", " + layout.Escape(s.Period))
	}
	if asOf := asOf(s); !asOf.IsZero() {
		b.WriteString(" (as of " + st.f.date(asOf) + ")")
	}
	b.WriteString(". ")
	if s.Derive != nil {
		var ins []string
		for _, in := range s.Inputs {
			ins = append(ins, layout.Escape(in.Counts)+" ("+st.f.number(*in.Value, decimalsOf(in))+")")
		}
		fmt.Fprintf(&b, "Calculated from: %s. ", strings.Join(ins, "; "))
	}
	var srcs []string
	for _, src := range s.Sources() {
		srcs = append(srcs, strings.TrimSuffix(st.sourceNote(src), "."))
	}
	if len(srcs) == 1 {
		b.WriteString("Source: " + srcs[0] + ".")
	} else {
		b.WriteString("Sources: " + strings.Join(srcs, "; ") + ".")
	}
	return b.String()
}

// asOf is a statistic's date, or for a derived one its latest input's.
func asOf(s *workspace.Statistic) workspace.Date {
	d := s.AsOf
	for _, in := range s.Inputs {
		if in := asOf(in); d.Before(in) {
			d = in
		}
	}
	return d
}

func upperFirst(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// stat writes a statistic's value with its unit and a source footnote.
func (st *state) stat(id string) (string, error) {
	s, err := st.statistic(id)
	if err != nil {
		return "", err
	}
	return layout.Escape(st.f.statistic(s)) + st.note(st.statNote(s)), nil
}

// value writes a statistic's value with its unit, without a footnote.
func (st *state) value(id string) (string, error) {
	s, err := st.statistic(id)
	if err != nil {
		return "", err
	}
	return layout.Escape(st.f.statistic(s)), nil
}
