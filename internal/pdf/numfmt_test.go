package pdf

import (
	"strings"
	"testing"
)

func TestFormatCount(t *testing.T) {
	tests := []struct {
		lang string
		n    int
		want string
	}{
		{"en", 2075, "2,075"},
		{"en-GB", 1234567, "1,234,567"},
		{"", 2075, "2,075"},
		{"fr", 2075, "2\u00a0075"},
		{"fr-CH", 12075, "12\u00a0075"},
		{"es", 2075, "2.075"}, // x/text groups four digits; CLDR would write 2075
		{"ar", 2075, "2,075"}, // Latin digits: the fonts have no others
		{"hi", 1234567, "12,34,567"},
		{"qq", 2075, "2,075"}, // unknown: English
		{"en", 999, "999"},
		{"en", -5, "-5"},
	}
	cov, err := liberationCoverage()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		if got := formatCount(tt.lang, tt.n, cov[serif].has); got != tt.want {
			t.Errorf("formatCount(%q, %d) = %q, want %q", tt.lang, tt.n, got, tt.want)
		}
	}
}

func TestSeparatorsIn(t *testing.T) {
	latin := func(r rune) bool { return r < 0x80 }
	latin1 := func(r rune) bool { return r < 0x100 }
	tests := []struct {
		in   string
		has  func(rune) bool
		want string
	}{
		{"2\u202f075", latin1, "2\u00a0075"},
		{"2\u202f075", latin, "2 075"},
		{"2,075", latin, "2,075"},
	}
	for _, tt := range tests {
		if got := separatorsIn(tt.in, tt.has); got != tt.want {
			t.Errorf("separatorsIn(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCoverWordCount reads the cover's numbers back in three languages.
func TestCoverWordCount(t *testing.T) {
	tests := []struct{ lang, want string }{
		{"en", "Word count: 2,075 (limit 5,630)"},
		{"fr", "Word count: 2 075 (limit 5 630)"}, // pdftotext shows the no-break space as a space
		{"es", "Word count: 2.075 (limit 5.630)"},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			opts := sampleOptions()
			opts.Meta.Language = tt.lang
			opts.Cover.Words = 2075
			path, _ := render(t, sampleDoc(), opts)
			if cover := pageTexts(t, path, 1)[0]; !strings.Contains(squash(cover), tt.want) {
				t.Errorf("cover lacks %q:\n%s", tt.want, cover)
			}
		})
	}
}
