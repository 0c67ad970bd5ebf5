package importer

import (
	"strconv"
	"strings"
)

// fileDefaults are the fields a new file states once, under defaults:,
// when all its records share them.
type fileDefaults struct {
	State   string
	Cycle   int
	Session int
	Report  string
}

// writeItem writes one recommendation as an item of a block list whose
// dash stands at column len(pad), its fields in the order a person reads
// them; fields equal to the file's defaults are left out.
func writeItem(b *strings.Builder, pad, id string, r *Record, def fileDefaults) {
	field := pad + "  " // the fields' indentation, under the first after "- "
	first := true
	key := func(k string) {
		if first {
			b.WriteString(pad + "- ")
			first = false
		} else {
			b.WriteString(field)
		}
		b.WriteString(k)
		b.WriteString(":")
	}
	str := func(k, v string) {
		if v = strings.TrimSpace(v); v != "" {
			key(k)
			b.WriteString(" " + scalarText(v, false) + "\n")
		}
	}
	num := func(k string, v int) {
		if v != 0 {
			key(k)
			b.WriteString(" " + strconv.Itoa(v) + "\n")
		}
	}
	list := func(k string, vs []string) {
		if len(vs) == 0 {
			return
		}
		key(k)
		b.WriteString(" [")
		for i, v := range vs {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(scalarText(v, true))
		}
		b.WriteString("]\n")
	}
	str("id", id)
	if p := strings.TrimSpace(r.Paragraph); p != "" {
		key("paragraph")
		b.WriteString(" " + quoted(p) + "\n") // "28.10" must stay text
	}
	if r.StateUnderReview != def.State {
		str("state_under_review", r.StateUnderReview)
	}
	if r.Cycle != def.Cycle {
		num("cycle", r.Cycle)
	}
	if r.Session != def.Session {
		num("session", r.Session)
	}
	if r.Report != def.Report {
		str("report", r.Report)
	}
	list("from", r.From)
	if text := strings.TrimSpace(r.Text); text != "" {
		if block, ok := folded(text, field+"  "); ok {
			key("text")
			b.WriteString(" " + block + "\n")
		} else {
			str("text", text)
		}
	}
	str("response", r.Response)
	str("response_source", r.ResponseSource)
	list("themes", r.Themes)
	list("affected_groups", r.AffectedGroups)
	list("sdgs", r.SDGs)
	num("action_category", r.ActionCategory)
	// A matrix's comments on implementation are somebody's notes: a new
	// recommendation starts with them; later imports leave notes alone.
	str("notes", r.Assessment)
}

// newFile renders a recommendations file: a comment saying where the data
// came from, the defaults and the list, a blank line between items.
func newFile(header string, def fileDefaults, recs []pending) []byte {
	var b strings.Builder
	for _, l := range strings.Split(strings.TrimSpace(header), "\n") {
		b.WriteString("# " + l + "\n")
	}
	b.WriteString("\ndefaults:\n")
	if def.State != "" {
		b.WriteString("  state_under_review: " + scalarText(def.State, false) + "\n")
	}
	if def.Cycle != 0 {
		b.WriteString("  cycle: " + strconv.Itoa(def.Cycle) + "\n")
	}
	if def.Session != 0 {
		b.WriteString("  session: " + strconv.Itoa(def.Session) + "\n")
	}
	if def.Report != "" {
		b.WriteString("  report: " + scalarText(def.Report, false) + "\n")
	}
	b.WriteString("\nrecommendations:\n")
	for i, p := range recs {
		if i > 0 {
			b.WriteString("\n")
		}
		writeItem(&b, "  ", p.id, p.r, def)
	}
	return []byte(b.String())
}

// appended renders recommendations as more items of an existing block
// list whose dashes stand at column indent (from 0), to go at the end of
// its file, after a comment saying where they came from.
func appended(comment string, indent int, def fileDefaults, recs []pending) []byte {
	pad := strings.Repeat(" ", indent)
	var b strings.Builder
	b.WriteString("\n")
	for _, l := range strings.Split(strings.TrimSpace(comment), "\n") {
		b.WriteString(pad + "# " + l + "\n")
	}
	for i, p := range recs {
		if i > 0 {
			b.WriteString("\n")
		}
		writeItem(&b, pad, p.id, p.r, def)
	}
	return []byte(b.String())
}
