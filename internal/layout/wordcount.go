package layout

import (
	"strings"
	"unicode"
)

// Count is a document's length by OHCHR's rules: the limit (2,815 words for
// an individual submission, 5,630 for a joint one) includes footnotes.
type Count struct {
	Body      int // headings, paragraphs, lists, quotes and tables
	Footnotes int // the footnotes' text
	Sections  []Section
}

// Total is the number compared with OHCHR's word limit.
func (c Count) Total() int { return c.Body + c.Footnotes }

// Section is the part of the body from one level-1 or level-2 heading to the
// next; text before the first heading, if any, is a section with an empty
// Title.
// Words includes the words of the footnotes first referenced in the section,
// so that the sections add up to Total and show where a cut would help.
type Section struct {
	Title string
	Words int
}

// Words counts doc's words. A word is a whitespace-separated token holding
// at least one letter or digit: "22,744", "28.212", "non-refoulement" and
// "l'État" are one word each, a lone "–" is none. Footnote reference marks are
// not words; marks and hard breaks separate words. A paragraph reference is
// its number, as printed; a paragraph label prints nothing and counts nothing.
func Words(doc *Document) Count {
	var c Count
	if doc == nil {
		return c
	}
	noteSection := map[int]int{} // footnote number → section of its first reference
	cur := -1
	for _, b := range doc.Blocks {
		if h, ok := b.(Heading); ok && h.Level <= 2 {
			c.Sections = append(c.Sections, Section{Title: strings.TrimSpace(PlainText(h.Text))})
			cur = len(c.Sections) - 1
		} else if cur < 0 {
			c.Sections = append(c.Sections, Section{})
			cur = 0
		}
		n := blockWords(b, func(note int) {
			if _, ok := noteSection[note]; !ok {
				noteSection[note] = cur
			}
		})
		c.Body += n
		c.Sections[cur].Words += n
	}
	for _, f := range doc.Footnotes {
		sec, ok := noteSection[f.Number]
		n := runWords(f.Text, func(note int) {
			if _, seen := noteSection[note]; !seen && ok {
				noteSection[note] = sec
			}
		})
		c.Footnotes += n
		if ok {
			c.Sections[sec].Words += n
		}
	}
	return c
}

// blockWords counts a block's words and reports each footnote mark in it.
func blockWords(b Block, mark func(int)) int {
	switch b := b.(type) {
	case Heading:
		return runWords(b.Text, mark)
	case Paragraph:
		return runWords(b.Text, mark)
	case List:
		n := 0
		for _, item := range b.Items {
			for _, ib := range item.Blocks {
				n += blockWords(ib, mark)
			}
		}
		return n
	case Quote:
		n := 0
		for _, qb := range b.Blocks {
			n += blockWords(qb, mark)
		}
		return n
	case Table:
		n := 0
		for _, cell := range b.Header {
			n += runWords(cell, mark)
		}
		for _, row := range b.Rows {
			for _, cell := range row {
				n += runWords(cell, mark)
			}
		}
		return n
	}
	return 0
}

func runWords(runs []Inline, mark func(int)) int {
	var b strings.Builder
	for _, r := range runs {
		switch {
		case r.Footnote > 0:
			mark(r.Footnote)
			b.WriteByte(' ')
		case r.Break:
			b.WriteByte(' ')
		default:
			b.WriteString(r.Text)
		}
	}
	return countWords(b.String())
}

func countWords(s string) int {
	n := 0
	for _, tok := range strings.FieldsFunc(s, unicode.IsSpace) {
		if strings.IndexFunc(tok, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			n++
		}
	}
	return n
}
