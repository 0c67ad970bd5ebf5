package importer

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/upr-tools/submit/internal/diag"
	"github.com/upr-tools/submit/internal/workspace"
)

// fileDefaults are the fields a new file states once, under defaults:,
// when all its records share them.
type fileDefaults struct {
	State   string
	Cycle   int
	Session int
	Report  string
}

// decoded is what the YAML item writeItem makes of a record reads back
// as (workspace.Load trims every text): the record's fields, trimmed,
// under its id, in the file at path. writeItem writes these values.
func decoded(path, id string, r *Record) *workspace.Recommendation {
	trim := func(s string) string { return strings.TrimSpace(validUTF8(s)) }
	return &workspace.Recommendation{
		Pos:              diag.Pos{File: path},
		ID:               trim(id),
		Paragraph:        trim(r.Paragraph),
		Cycle:            r.Cycle,
		Session:          r.Session,
		Report:           trim(r.Report),
		StateUnderReview: trim(r.StateUnderReview),
		From:             trimAll(r.From),
		Text:             trim(r.Text),
		Response:         trim(r.Response),
		ResponseSource:   trim(r.ResponseSource),
		Themes:           trimAll(r.Themes),
		AffectedGroups:   trimAll(r.AffectedGroups),
		SDGs:             trimAll(r.SDGs),
		ActionCategory:   r.ActionCategory,
		// A matrix's comments on implementation are somebody's notes: a
		// new recommendation starts with them; later imports leave notes
		// alone.
		Notes: trim(r.Assessment),
	}
}

func trimAll(items []string) []string {
	if len(items) == 0 {
		return nil
	}
	out := make([]string, len(items))
	for i, s := range items {
		out[i] = strings.TrimSpace(validUTF8(s))
	}
	return out
}

// validUTF8 is s as it is written (see quoted): each byte that is not
// UTF-8 becomes U+FFFD. The parsers give UTF-8; this is for the rest.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return string([]rune(s))
}

// writeItem writes one recommendation as an item of a block list whose
// dash stands at column len(pad), its fields in the order a person reads
// them; fields equal to the file's defaults are left out. Its texts are
// trimmed (see decoded).
func writeItem(b *strings.Builder, pad string, r *workspace.Recommendation, def fileDefaults) {
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
		if v != "" {
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
	str("id", r.ID)
	if r.Paragraph != "" {
		key("paragraph")
		b.WriteString(" " + quoted(r.Paragraph) + "\n") // "28.10" must stay text
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
	if r.Text != "" {
		if block, ok := folded(r.Text, field+"  "); ok {
			key("text")
			b.WriteString(" " + block + "\n")
		} else {
			str("text", r.Text)
		}
	}
	str("response", r.Response)
	str("response_source", r.ResponseSource)
	list("themes", r.Themes)
	list("affected_groups", r.AffectedGroups)
	list("sdgs", r.SDGs)
	num("action_category", r.ActionCategory)
	str("notes", r.Notes)
}

// newFile renders a recommendations file: a comment saying where the data
// came from, the defaults and the list, a blank line between items.
func newFile(header string, def fileDefaults, recs []*workspace.Recommendation) []byte {
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
	for i, r := range recs {
		if i > 0 {
			b.WriteString("\n")
		}
		writeItem(&b, "  ", r, def)
	}
	return []byte(b.String())
}

// appended renders recommendations as more items of an existing block
// list whose dashes stand at column indent (from 0), to go at the end of
// its file, after a comment saying where they came from.
func appended(comment string, indent int, def fileDefaults, recs []*workspace.Recommendation) []byte {
	pad := strings.Repeat(" ", indent)
	var b strings.Builder
	b.WriteString("\n")
	for _, l := range strings.Split(strings.TrimSpace(comment), "\n") {
		b.WriteString(pad + "# " + l + "\n")
	}
	for i, r := range recs {
		if i > 0 {
			b.WriteString("\n")
		}
		writeItem(&b, pad, r, def)
	}
	return []byte(b.String())
}
