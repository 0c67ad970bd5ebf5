package states

import (
	"testing"
	"unicode/utf8"
)

func FuzzLookup(f *testing.F) {
	for _, seed := range []string{
		"Turkey", "Côte d’Ivoire", "Bosnia & Herzegovina", "the the", "St.", "&#40;Unknown&#41;",
		"", "   ", "\xff", "İstanbul", "ǅ", "a\u0301\u0301", "Tunisai", "Korea",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, name string) {
		k := normalize(name)
		if !utf8.ValidString(k) {
			t.Errorf("normalize(%q) = %q: invalid UTF-8", name, k)
		}
		if again := normalize(k); again != k {
			t.Errorf("normalize is not idempotent: %q → %q → %q", name, k, again)
		}
		s, ok := Lookup(name)
		if ok {
			if back, ok := Lookup(s.Name); !ok || back.ISO3 != s.ISO3 {
				t.Errorf("Lookup(%q) = %q, but Lookup of that name = %q, %v", name, s.Name, back.Name, ok)
			}
		}
		sug := Suggest(name)
		if len(sug) > maxSuggestions {
			t.Errorf("Suggest(%q) = %q: too many", name, sug)
		}
		if ok && (len(sug) != 1 || sug[0] != s.Name) {
			t.Errorf("Suggest(%q) = %q for a known name, want [%q]", name, sug, s.Name)
		}
	})
}
