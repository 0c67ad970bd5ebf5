package messages

import (
	"fmt"
	"strings"
	"testing"
)

// TestTablesComplete checks every language has every entry, so that no
// submission prints an English label by accident, and that formats take
// the same arguments as English.
func TestTablesComplete(t *testing.T) {
	en := tables["en"]
	for _, lang := range Languages() {
		tb := tables[lang]
		for name, pair := range map[string][2]string{
			"StateUnderReview": {tb.StateUnderReview, en.StateUnderReview},
			"Review":           {tb.Review, en.Review},
			"Joint":            {tb.Joint, en.Joint},
			"Individual":       {tb.Individual, en.Individual},
			"Founded":          {tb.Founded, en.Founded},
			"WordCount":        {tb.WordCount, en.WordCount},
			"Page":             {tb.Page, en.Page},
			"Subject":          {tb.Subject, en.Subject},
		} {
			if pair[0] == "" || verbs(pair[0]) != verbs(pair[1]) {
				t.Errorf("%s.%s = %q: want the verbs %s of English", lang, name, pair[0], verbs(pair[1]))
			}
		}
		for _, m := range []struct {
			name    string
			got, en map[string]string
		}{{"Phrases", tb.Phrases, en.Phrases}, {"Responses", tb.Responses, en.Responses}, {"Statuses", tb.Statuses, en.Statuses}} {
			for k := range m.en {
				if m.got[k] == "" {
					t.Errorf("%s.%s lacks %q", lang, m.name, k)
				}
			}
		}
	}
	for k := range en.Phrases {
		if !strings.Contains(phraseKeys, `"`+k+`"`) {
			t.Errorf("phraseKeys does not list %q", k)
		}
	}
}

func verbs(format string) string {
	var out []string
	for i := 0; i < len(format)-1; i++ {
		if format[i] == '%' {
			out = append(out, format[i:i+2])
			i++
		}
	}
	return strings.Join(out, "")
}

func ExampleFor() {
	fr := For("fr")
	fmt.Printf(fr.Page+"\n", 2, 9)
	fmt.Println(fr.Response("supported"))
	fmt.Println(For("ru").Response("noted")) // no Russian table yet: English
	// Output:
	// Page 2 sur 9
	// Acceptée
	// Noted
}
