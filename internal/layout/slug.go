package layout

import (
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// headingID returns a slug of the heading's text that no earlier heading in
// the document uses: "II. Refugees and asylum" → "ii-refugees-and-asylum",
// then "ii-refugees-and-asylum-2" for a second heading with that text.
// Paragraph references are left out: the anchor should not change when
// paragraphs are renumbered (and their numbers are not known yet).
func (c *converter) headingID(runs []Inline) string {
	var text []Inline
	for _, r := range runs {
		if r.Para == 0 {
			text = append(text, r)
		}
	}
	base := slug(PlainText(text))
	id := base
	for i := 2; c.ids[id]; i++ {
		id = base + "-" + strconv.Itoa(i)
	}
	c.ids[id] = true
	return id
}

// foldLetters spells out letters that have no decomposition into a base
// letter and accents.
var foldLetters = map[rune]string{
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'đ': "d", 'ł': "l", 'þ': "th", 'ð': "d", 'ı': "i",
}

// slug lower-cases text, strips accents (so IDs stay ASCII for Latin
// scripts: "Côte d'Ivoire" → "cote-divoire"), keeps letters and digits of any
// script, drops apostrophes and turns every other run of characters into one
// hyphen. Text without letters or digits gives "section".
func slug(s string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '\'' || r == '’' || r == 'ʼ':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			if f, ok := foldLetters[r]; ok {
				b.WriteString(f)
			} else {
				b.WriteRune(r)
			}
		default:
			hyphen = true
		}
	}
	if b.Len() == 0 {
		return "section"
	}
	return b.String()
}

// PlainText is what the runs read as: footnote marks left out, hard breaks
// read as spaces. Writers use it for bookmarks and messages.
func PlainText(runs []Inline) string {
	var b strings.Builder
	for _, r := range runs {
		switch {
		case r.Break:
			b.WriteByte(' ')
		case r.Footnote == 0:
			b.WriteString(r.Text)
		}
	}
	return b.String()
}
