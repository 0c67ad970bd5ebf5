package diag

import (
	"errors"
	"fmt"
	"testing"
)

func TestListSortMergeAndPrint(t *testing.T) {
	var l List
	l.Add(Pos{File: "b.yaml", Line: 2, Col: 1}, "second")
	l.Add(Pos{File: "a.yaml", Line: 9, Col: 4}, "first")
	l.Add(Pos{File: "b.yaml", Line: 2, Col: 1}, "second") // a repeat, dropped
	l.Merge(errors.Join(Errorf(Pos{File: "c.yaml", Line: 1}, "joined"), fmt.Errorf("plain")))
	l.Sort()
	want := "plain\na.yaml:9:4: first\nb.yaml:2:1: second\nc.yaml:1: joined"
	if got := l.Err().Error(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	var p *Problem
	if !errors.As(l.Err(), &p) {
		t.Error("errors.As cannot find a Problem in a List")
	}
	if (List{}).Err() != nil {
		t.Error("an empty list is an error")
	}
}

func TestClosest(t *testing.T) {
	tests := []struct {
		got   string
		known []string
		max   int
		want  string
	}{
		{"respnse", []string{"response", "responses_x", "text"}, 2, "response"},
		{"usm-safegaurds", []string{"usm-safeguards", "usm-delays"}, 7, "usm-safeguards"},
		{"Türkiye", []string{"Turkiye", "Tunisia"}, 1, "Turkiye"},
		{"zzz", []string{"response"}, 2, ""},
	}
	for _, tc := range tests {
		if got, _ := Closest(tc.got, tc.known, tc.max); got != tc.want {
			t.Errorf("Closest(%q) = %q, want %q", tc.got, got, tc.want)
		}
	}
}

func TestInvalidUTF8(t *testing.T) {
	if _, _, _, bad := InvalidUTF8([]byte("Côte d’Ivoire\n")); bad {
		t.Error("valid UTF-8 reported as invalid")
	}
	line, col, b, bad := InvalidUTF8([]byte("ok\nC\xf4te"))
	if !bad || line != 2 || col != 2 || b != 0xF4 {
		t.Errorf("got line %d col %d byte %#x (%v), want 2, 2, 0xf4", line, col, b, bad)
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
		if got := Distance([]rune(tt.a), []rune(tt.b), tt.limit); got != tt.want {
			t.Errorf("Distance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.limit, got, tt.want)
		}
	}
}
