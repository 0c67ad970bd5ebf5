package pdf

import (
	"fmt"
	"strings"
)

// Text is the fixed wording the writer prints itself, for documents not in
// English. Each field is a fmt format; an empty field is English. Cover
// labels given in Cover.Lines, headings and the annex's text are the
// caller's, already in the document's language.
type Text struct {
	// Founded follows an organisation on the cover, with its founding
	// year: "Founded %d" ("Fondée en %d").
	Founded string
	// WordCount ends the cover, with the count and the limit, both
	// grouped as Meta.Language groups numbers: "Word count: %s (limit %s)".
	WordCount string
	// WordCountNoLimit replaces it when Cover.WordLimit is 0:
	// "Word count: %s".
	WordCountNoLimit string
	// Page is the footer, with the page number and the number of pages:
	// "Page %d of %d". Explicit argument indexes ("%[2]d … %[1]d") let a
	// language put them in another order.
	Page string
}

// english is the wording used for empty fields.
var english = Text{
	Founded:          "Founded %d",
	WordCount:        "Word count: %s (limit %s)",
	WordCountNoLimit: "Word count: %s",
	Page:             "Page %d of %d",
}

// withDefaults fills empty fields with English and checks that each format
// prints all its arguments and nothing else fmt adds ("%!d(MISSING)").
func (t Text) withDefaults() (Text, error) {
	fields := []struct {
		name    string
		v       *string
		def     string
		args    []any
		explain string
	}{
		{"Founded", &t.Founded, english.Founded, []any{1987654}, "one %d, for the year"},
		{"WordCount", &t.WordCount, english.WordCount, []any{"«1»", "«2»"}, "two %s, for the count and the limit"},
		{"WordCountNoLimit", &t.WordCountNoLimit, english.WordCountNoLimit, []any{"«1»"}, "one %s, for the count"},
		{"Page", &t.Page, english.Page, []any{1987654, 2987654}, "two %d, for the page and the number of pages"},
	}
	for _, f := range fields {
		if strings.TrimSpace(*f.v) == "" {
			*f.v = f.def
			continue
		}
		out := fmt.Sprintf(*f.v, f.args...)
		ok := !strings.Contains(out, "%!")
		for _, a := range f.args {
			ok = ok && strings.Count(out, fmt.Sprint(a)) == 1
		}
		if !ok {
			return t, fmt.Errorf("the wording %s %q must hold %s, like %q", f.name, *f.v, f.explain, f.def)
		}
	}
	return t, nil
}
