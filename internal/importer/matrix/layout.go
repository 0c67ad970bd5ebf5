package matrix

import (
	"strings"
)

// layout is one of the table layouts OHCHR has used for its matrices.
type layout int

const (
	// layoutMatrix is the cycle 2–3 matrix: Recommendation | Position |
	// Full list of themes | Assessment/comments on level of implementation.
	layoutMatrix layout = iota + 1
	// layoutStatesColumn is the variant with a separate "Recommending
	// state/s" column and a "Full list of rights/affected persons".
	layoutStatesColumn
	// layoutThematic is the cycle 4 thematic list: Recommendation and
	// recommending State | Position of the State under review | Human
	// rights themes and groups of persons | Relevant SDGs.
	layoutThematic
)

// columns are the grid columns of a layout's roles; -1 for a role the
// table does not have.
type columns struct {
	layout                                 layout
	rec, states, pos, themes, sdgs, assess int
	header                                 []string // as written, for messages
}

// knownHeaders is what the error for an unknown table says was expected.
const knownHeaders = `"Recommendation | Position | Full list of themes | Assessment/comments on level of implementation", ` +
	`"Recommendation | Recommending state/s | Position | Full list of rights/affected persons | …" or ` +
	`"Recommendation and recommending State | Position of the State under review | Human rights themes and groups of persons | Relevant SDGs"`

// matchHeader recognises a header row by the names of its cells, in any
// order, case or spacing: a Recommendation, a Position and a themes (or
// rights) column are required; the rest tells the layouts apart. Other
// columns are ignored.
func matchHeader(r *row) (columns, bool) {
	c := columns{rec: -1, states: -1, pos: -1, themes: -1, sdgs: -1, assess: -1}
	recWithStates := false
	for _, cl := range r.cells {
		text := cellText(cl)
		c.header = append(c.header, text)
		h := strings.ToLower(strings.TrimRight(text, " :*"))
		set := func(dst *int) {
			if *dst < 0 {
				*dst = cl.col
			}
		}
		switch {
		case strings.HasPrefix(h, "recommending state"):
			set(&c.states)
		case strings.HasPrefix(h, "recommendation"):
			set(&c.rec)
			recWithStates = strings.Contains(h, "recommending state")
		case strings.HasPrefix(h, "position"):
			set(&c.pos)
		case strings.Contains(h, "sdg"):
			set(&c.sdgs)
		case strings.Contains(h, "theme") || strings.Contains(h, "rights/affected") ||
			strings.Contains(h, "list of rights") || strings.Contains(h, "affected persons"):
			set(&c.themes)
		case strings.HasPrefix(h, "assessment") || strings.Contains(h, "level of implementation"):
			set(&c.assess)
		}
	}
	if c.rec < 0 || c.pos < 0 || c.themes < 0 {
		return c, false
	}
	switch {
	case recWithStates || c.sdgs >= 0:
		c.layout = layoutThematic
	case c.states >= 0:
		c.layout = layoutStatesColumn
	default:
		c.layout = layoutMatrix
	}
	return c, true
}

// findHeader looks for the header row among the first rows of a table
// (a title row may come first) and returns its index.
func findHeader(t *table) (columns, int, bool) {
	for i, r := range t.rows {
		if i == 3 {
			break
		}
		if c, ok := matchHeader(r); ok {
			return c, i, true
		}
	}
	return columns{}, 0, false
}

// firstHeaders describes the first non-empty row of the first table, for
// the error about a document with no known table.
func firstHeaders(tables []*table) string {
	for _, t := range tables {
		for _, r := range t.rows {
			var hs []string
			empty := true
			for _, c := range r.cells {
				s := cellText(c)
				empty = empty && s == ""
				hs = append(hs, quote(s))
			}
			if !empty {
				return strings.Join(hs, " | ")
			}
		}
	}
	return ""
}
