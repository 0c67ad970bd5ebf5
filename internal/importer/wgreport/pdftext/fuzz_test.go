package pdftext

import (
	"strings"
	"testing"
)

// FuzzJoin: any text joins without a panic, with single spaces, and each
// offset of the paragraph maps to one of its lines.
func FuzzJoin(f *testing.F) {
	for _, s := range []string{
		"principle of non-\nrefoulement (Cyprus);", "122.62-\n66, 122.68", "2017–\n2021", "discri\u00ad\nmination",
		"  **\n  Conclusions and recommendations have not been edited.\n\n  13\n\fA/HRC/28/15\n", "-\n-\n\u00ad", "\xff-\n\xfe",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lines := Lines([]byte(s))
		p := Vocabulary(lines).Join(lines)
		if strings.Contains(p.Text, "  ") {
			t.Errorf("double space in %q", p.Text)
		}
		for off := range p.Text {
			if n := p.LineAt(off); n < 1 || n > len(lines) {
				t.Fatalf("LineAt(%d) = %d, of %d lines", off, n, len(lines))
			}
		}
	})
}
