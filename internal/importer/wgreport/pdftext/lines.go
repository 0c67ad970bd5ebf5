// Package pdftext reads the text of UN documents extracted from their PDF
// (pdftotext and the like): it drops the page furniture (running headers,
// page numbers, job numbers, page footnotes, form feeds) and joins the
// lines of a paragraph, undoing line-break hyphens. The Working Group
// report and the state's addendum share it.
package pdftext

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// Line is one line of the source with its 1-based line number, so that
// what is read from it can say where it stood. Page furniture comes back
// as an empty line: a paragraph never runs across it unnoticed, and the
// numbers of the other lines stay those of the file.
type Line struct {
	N    int
	Text string
}

// Blank reports whether the line holds nothing (or only furniture).
func (l Line) Blank() bool { return strings.TrimSpace(l.Text) == "" }

var (
	// A running header is the document symbol alone on its line.
	headerRE = regexp.MustCompile(`^A/HRC/\S+$`)
	// The job number printed on the first page: GE.19-21936(E), GE.10-12049.
	jobRE = regexp.MustCompile(`^GE\.\d{2}-\d{4,6}\s*(\(E\))?$`)
	// A page number: the documents have fewer than a thousand pages, and a
	// wrapped line that is only a year has four digits.
	pageRE = regexp.MustCompile(`^\d{1,3}$`)
	// A footnote at the foot of a page starts with its asterisk mark.
	footnoteRE = regexp.MustCompile(`^\*+(\s|$)`)
)

// Lines splits a document into lines and blanks its page furniture.
// Invalid UTF-8 becomes U+FFFD; CR LF and lone CR end lines too.
func Lines(data []byte) []Line {
	text := strings.ToValidUTF8(string(data), "\uFFFD")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	raw := strings.Split(text, "\n")
	out := make([]Line, len(raw))
	inFootnote := false
	for i, s := range raw {
		s = strings.Map(dropControl, s)
		t := strings.TrimSpace(s)
		switch {
		case t == "":
			inFootnote = false // a footnote ends at the blank line below it
		case inFootnote:
			s = ""
		case footnoteRE.MatchString(t):
			// "**" marks the heading's footnote; its text ("Conclusions
			// and recommendations have not been edited.") sits at the
			// foot of the page, in the middle of the list.
			inFootnote, s = true, ""
		case headerRE.MatchString(t), jobRE.MatchString(t), pageRE.MatchString(t):
			s = ""
		}
		out[i] = Line{N: i + 1, Text: strings.TrimRightFunc(s, unicode.IsSpace)}
	}
	return out
}

// dropControl removes form feeds and other control characters, and the
// private-use glyphs of the barcode on the first page.
func dropControl(r rune) rune {
	if r == '\t' {
		return ' '
	}
	if unicode.IsControl(r) || unicode.Is(unicode.Co, r) {
		return -1
	}
	return r
}

// symbolRE matches a Human Rights Council document symbol: A/HRC/43/15,
// A/HRC/43/15/Add.1.
var symbolRE = regexp.MustCompile(`A/HRC/\d{1,3}/\d{1,4}(?:/Add\.\d{1,2})?`)

// Symbol returns the document's symbol: the first one in its opening
// lines (the cover prints it top right), or "" when there is none.
func Symbol(data []byte) string {
	head := data[:min(len(data), 4000)]
	return string(symbolRE.Find(head))
}

// Quote shortens a line for an error message: what was found.
func Quote(s string) string {
	s = strings.Join(strings.Fields(strings.ToValidUTF8(s, "\uFFFD")), " ")
	if r := []rune(s); len(r) > 60 {
		s = string(r[:57]) + "..."
	}
	return strconv.Quote(s)
}
