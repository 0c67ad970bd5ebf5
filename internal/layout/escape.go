package layout

import (
	"strings"
)

// lineBreaks turns line breaks and tabs into spaces; made once, as
// building a Replacer costs more than most replacements (it is safe for
// concurrent use).
var lineBreaks = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ")

// Escape makes data text (a recommendation, a source title) safe to place
// inside a Markdown paragraph, list item, quote, heading or table cell, even
// at the start of a line: FromMarkdown reads it back as s. It backslash-escapes
// the ASCII punctuation that can open or close Markdown syntax, a leading
// block marker ("1. " "- " "+ " "---" "==="), and an "&" that could start an
// entity. Whitespace changes only where a reader cannot see it: line breaks
// and tabs become spaces, and a run of spaces at either end shrinks to one,
// so that the text can neither start an indented code block nor end in a
// hard line break. Callers wrapping the result in "*…*" should trim s first:
// emphasis cannot open or close next to a space.
func Escape(s string) string {
	s = lineBreaks.Replace(s)
	lead := len(s) - len(strings.TrimLeft(s, " "))
	trail := len(s) - len(strings.TrimRight(s, " "))
	if lead == len(s) {
		if s == "" {
			return ""
		}
		return " "
	}
	body := s[lead : len(s)-trail]

	var b strings.Builder
	b.Grow(len(s) + 8)
	if lead > 0 {
		b.WriteByte(' ')
	}
	b.WriteString(escapeLeading(body))
	if trail > 0 {
		b.WriteByte(' ')
	}
	return b.String()
}

// escapeLeading escapes what only matters at the start of a line — list
// markers ("-", "+", "1." or "1)" before a space), thematic breaks ("---")
// and setext underlines ("===") — then the rest. "1.3%" and "-5" are left
// alone: no marker there.
func escapeLeading(s string) string {
	markerEnd := func(i int) bool { return i >= len(s) || s[i] == ' ' }
	switch {
	case s[0] == '-' && (markerEnd(1) || s[1] == '-'),
		s[0] == '+' && markerEnd(1),
		s[0] == '=' && strings.Trim(s, "= ") == "":
		return `\` + s[:1] + escapeInline(s[1:])
	}
	d := 0
	for d < len(s) && d < 10 && s[d] >= '0' && s[d] <= '9' {
		d++
	}
	if d > 0 && d <= 9 && d < len(s) && (s[d] == '.' || s[d] == ')') && markerEnd(d+1) {
		return s[:d] + `\` + escapeInline(s[d:])
	}
	return escapeInline(s)
}

// escapeInline escapes characters that are syntax anywhere on a line.
func escapeInline(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~':
			b.WriteByte('\\')
		case '!':
			// "!" opens an image only right before "[", which is escaped
			// here, so only a final "!" (followed by the template's "[")
			// needs it.
			if i == len(s)-1 {
				b.WriteByte('\\')
			}
		case '&':
			// An entity needs "&" followed by a letter, digit or "#"; the
			// ";" may come from the template.
			if i+1 < len(s) && (isASCIIAlnum(s[i+1]) || s[i+1] == '#') {
				b.WriteByte('\\')
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

func isASCIIAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
