// Package messages holds the fixed wording of a submission in each language
// it can be written in: cover labels, page numbers, annex headings, the names
// of responses and statuses. One small table per language; English fills any
// gap, so a missing entry never prints a key.
package messages

import "fmt"

// Table is the wording of one language. Formats take the arguments named in
// their comments.
type Table struct {
	StateUnderReview string // %s: the state
	Review           string // %s: ordinal cycle ("4th"), %d: Working Group session
	Joint            string // %s: the acronyms
	Individual       string // %s: the acronym
	Founded          string // %d: the year
	WordCount        string // %s: words, %s: limit
	Page             string // %d: page, %d: pages
	Subject          string // %s: the state, %s: ordinal cycle

	// Phrases for templates ({{tr "annex"}}), by key.
	Phrases map[string]string
	// Responses and Statuses name the vocabulary (workspace.ResponseValues,
	// workspace.StatusValues) in this language.
	Responses map[string]string
	Statuses  map[string]string
}

// For returns the table of a language, English entries filling its gaps.
func For(lang string) Table {
	t, ok := tables[lang]
	if !ok {
		return tables["en"]
	}
	return t.fill(tables["en"])
}

// Languages lists the languages with their own table.
func Languages() []string { return []string{"en", "fr", "es"} }

// Tr returns the phrase for key, or an error naming the keys there are.
func (t Table) Tr(key string) (string, error) {
	if p, ok := t.Phrases[key]; ok {
		return p, nil
	}
	return "", fmt.Errorf("no phrase %q: the phrases are %s", key, phraseKeys)
}

// Response names a response in this language ("supported" → "Acceptée").
func (t Table) Response(r string) string { return or(t.Responses[r], r) }

// Status names an implementation status in this language.
func (t Table) Status(s string) string { return or(t.Statuses[s], s) }

func (t Table) fill(en Table) Table {
	t.StateUnderReview = or(t.StateUnderReview, en.StateUnderReview)
	t.Review = or(t.Review, en.Review)
	t.Joint = or(t.Joint, en.Joint)
	t.Individual = or(t.Individual, en.Individual)
	t.Founded = or(t.Founded, en.Founded)
	t.WordCount = or(t.WordCount, en.WordCount)
	t.Page = or(t.Page, en.Page)
	t.Subject = or(t.Subject, en.Subject)
	t.Phrases = fillMap(t.Phrases, en.Phrases)
	t.Responses = fillMap(t.Responses, en.Responses)
	t.Statuses = fillMap(t.Statuses, en.Statuses)
	return t
}

func or(s, fallback string) string {
	if s == "" {
		return fallback
	}
	return s
}

func fillMap(m, en map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range en {
		out[k] = v
	}
	for k, v := range m {
		out[k] = v
	}
	return out
}
