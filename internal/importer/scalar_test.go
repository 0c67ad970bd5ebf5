package importer

import (
	"strings"
	"testing"
	"unicode/utf8"

	"go.yaml.in/yaml/v4"
)

// roundTrip checks that each way of writing s reads back as s.
func roundTrip(t *testing.T, s string) {
	t.Helper()
	var m struct {
		K string   `yaml:"k"`
		L []string `yaml:"l"`
	}
	docs := []string{"k: " + scalarText(s, false) + "\n", "l: [" + scalarText(s, true) + ", x]\n"}
	if block, ok := folded(s, "    "); ok {
		docs = append(docs, "k: "+block+"\n")
	}
	for _, doc := range docs {
		m.K, m.L = "", nil
		if err := yaml.Unmarshal([]byte(doc), &m); err != nil {
			t.Fatalf("%q written as\n%s\ndoes not parse: %v", s, doc, err)
		}
		got := m.K
		if strings.HasPrefix(doc, "l:") {
			if len(m.L) != 2 {
				t.Fatalf("%q in a flow list read as %q", s, m.L)
			}
			got = m.L[0]
		}
		if got != s {
			t.Errorf("%q written as\n%s\nreads back as %q", s, doc, got)
		}
	}
}

func TestScalarRoundTrip(t *testing.T) {
	for _, s := range []string{
		"plain text", "noted", "no", "Yes", "null", "~", "28.10", "2024-06", "1e3", ".5", "-1", "+x",
		"- a", "a: b", "a #b", "#x", "[x]", "x, y", "{x}", "'q'", `"q"`, "@x", "`x", "%x", "!x", "&x", "*x", "|x", ">x", "?x",
		"Côte d'Ivoire", "Korea, Republic of", "a\\b", "tab\there", "line\nbreak", "end:", " lead", "trail ", "\u0085x", "\ufeffx",
		"Ratify the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
		"Take measures (CEDAW) to ensure: all children, especially those of asylum seekers & refugees, have access to education",
	} {
		roundTrip(t, s)
	}
}

func FuzzScalar(f *testing.F) {
	for _, s := range []string{"x", "no", "a: b", "Côte d'Ivoire", "line\nbreak", strings.Repeat("word ", 30)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsRune(s, 0) {
			return
		}
		roundTrip(t, s)
	})
}
