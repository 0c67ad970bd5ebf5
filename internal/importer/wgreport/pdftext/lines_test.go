package pdftext

import (
	"strings"
	"testing"
)

func TestLinesDropPageFurniture(t *testing.T) {
	// Cut from A/HRC/28/15 (pages 13–14): the heading's footnote at the
	// foot of the page, the page number, the form feed and the running
	// header, in the middle of recommendation 115.12.
	src := "              115.12   Ratify the International Convention on the Rights of Migrant\n" +
		"  **\n" +
		"       Conclusions and recommendations have not been edited.\n" +
		"\n" +
		"                                                                                                              13\n" +
		"\fA/HRC/28/15\n" +
		"\n" +
		"              115.13   Continue its efforts to ratify ICRMW (Indonesia);\n" +
		"GE.14-23930 (E)\n" +
		"GE.19-21936(E)\n" +
		"\uf0ea\uf0f1\uf0f9\n" +
		"in 2010\r\nwhen\rthen\tthere\n" +
		"2019\n"
	want := []string{
		"              115.12   Ratify the International Convention on the Rights of Migrant",
		"", "", "", "", "", "",
		"              115.13   Continue its efforts to ratify ICRMW (Indonesia);",
		"", "", "",
		"in 2010", "when", "then there",
		"2019", // four digits: a wrapped year, not a page number
		"",
	}
	got := Lines([]byte(src))
	var texts []string
	for i, l := range got {
		texts = append(texts, l.Text)
		if l.N != i+1 {
			t.Errorf("line %d numbered %d", i+1, l.N)
		}
	}
	if strings.Join(texts, "\n") != strings.Join(want, "\n") {
		t.Errorf("Lines:\n%q\nwant\n%q", texts, want)
	}
}

func TestLinesInvalidUTF8(t *testing.T) {
	got := Lines([]byte("Cote d\xe2Ivoire"))
	if got[0].Text != "Cote d\uFFFDIvoire" {
		t.Errorf("got %q", got[0].Text)
	}
}

func TestSymbol(t *testing.T) {
	tests := []struct{ text, want string }{
		{"   United Nations                 A/HRC/43/15/Add.1\n  General Assembly", "A/HRC/43/15/Add.1"},
		{"   United Nations                 A/HRC/43/15\n  (A/HRC/WG.6/34/SVN/1)", "A/HRC/43/15"},
		{"(A/HRC/WG.6/34/SVN/1)", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Symbol([]byte(tt.text)); got != tt.want {
			t.Errorf("Symbol(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
