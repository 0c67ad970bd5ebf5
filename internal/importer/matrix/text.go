package matrix

import (
	"html"
	"regexp"
	"strings"
	"unicode"
)

// entity matches an HTML character reference written as text: OHCHR's
// exports carry "&amp;" where the document meant "&".
var entity = regexp.MustCompile(`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)

// cleanText normalises the text of one paragraph: character references
// written as text are decoded (twice at most, for "&amp;amp;"), every kind
// of space (tab, no-break, thin…) becomes one plain space, invisible
// characters (zero-width space, soft hyphen, BOM) go, and each line is
// trimmed. Line breaks (w:br) stay as "\n". Typographic quotes and
// apostrophes are kept as written: they are the UN's spelling.
func cleanText(s string) string {
	for range 2 {
		if !strings.Contains(s, "&") {
			break
		}
		s = entity.ReplaceAllStringFunc(s, html.UnescapeString)
	}
	var b strings.Builder
	b.Grow(len(s))
	space, lineStart := false, true // space: one is due before the next character
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			b.WriteByte('\n')
			space, lineStart = false, true
		case r == '\u200b' || r == '\u00ad' || r == '\ufeff' || r == '\u2060':
			// invisible: nothing
		case unicode.IsSpace(r) || unicode.Is(unicode.Zs, r) || unicode.IsControl(r) || r == unicode.ReplacementChar:
			space = true
		default:
			if space && !lineStart {
				b.WriteByte(' ')
			}
			space, lineStart = false, false
			b.WriteRune(r)
		}
	}
	return strings.Trim(b.String(), "\n")
}

// lines splits paragraphs at their line breaks and drops empty lines.
func lines(paras []string) []string {
	var out []string
	for _, p := range paras {
		for l := range strings.SplitSeq(p, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				out = append(out, l)
			}
		}
	}
	return out
}

// oneLine joins text on one line, every run of whitespace one space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// cellText is the whole text of a cell on one line.
func cellText(c *cell) string {
	if c == nil {
		return ""
	}
	return oneLine(strings.Join(c.paras, " "))
}

// quote shortens text for a message: long cells are cut after 60
// characters, so that the message still fits a terminal line.
func quote(s string) string {
	s = oneLine(s)
	if r := []rune(s); len(r) > 60 {
		s = string(r[:60]) + "…"
	}
	return `"` + s + `"`
}
