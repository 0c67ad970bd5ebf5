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

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b  string
		limit int
		want  int
	}{
		{"tunisai", "tunisia", 3, 1},
		{"kitten", "sitting", 5, 3},
		{"", "abc", 5, 3},
		{"abc", "abc", 0, 0},
		{"abcdef", "uvwxyz", 2, 3},
		{"ab", "abcdefgh", 2, 3},
	}
	for _, tt := range tests {
		if got := distance([]rune(tt.a), []rune(tt.b), tt.limit); got != tt.want {
			t.Errorf("distance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.limit, got, tt.want)
		}
	}
}
