package states

import (
	"slices"
	"testing"
)

func TestSuggest(t *testing.T) {
	tests := []struct {
		in       string
		contains []string // each must be suggested
		none     bool     // no suggestion at all
	}{
		{in: "Tunisai", contains: []string{"Tunisia"}},
		{in: "Tunesia", contains: []string{"Tunisia"}},
		{in: "Turky", contains: []string{"Türkiye"}},
		{in: "Phillipines", contains: []string{"Philippines"}},
		{in: "Korea", contains: []string{"Republic of Korea", "Democratic People's Republic of Korea"}},
		{in: "Columbia", contains: []string{"Colombia"}},
		{in: "Kazakstan", contains: []string{"Kazakhstan"}},
		{in: "Turkey", contains: []string{"Türkiye"}},
		{in: "Nigerr", contains: []string{"Niger", "Nigeria"}},
		{in: "", none: true},
		{in: "xyzzy plugh", none: true},
		{in: "European Union", none: true},
	}
	for _, tt := range tests {
		got := Suggest(tt.in)
		if len(got) > 3 {
			t.Errorf("Suggest(%q) = %q: more than three", tt.in, got)
		}
		if tt.none && len(got) > 0 {
			t.Errorf("Suggest(%q) = %q, want none", tt.in, got)
		}
		for _, w := range tt.contains {
			if !slices.Contains(got, w) {
				t.Errorf("Suggest(%q) = %q, want it to include %q", tt.in, got, w)
			}
		}
		for _, name := range got {
			if c, ok := Canonical(name); !ok || c != name {
				t.Errorf("Suggest(%q) gave %q, not a canonical name", tt.in, name)
			}
		}
	}
}

func TestSuggestBestFirst(t *testing.T) {
	if got := Suggest("Tunisai"); len(got) == 0 || got[0] != "Tunisia" {
		t.Errorf("Suggest(%q) = %q, want Tunisia first", "Tunisai", got)
	}
}
