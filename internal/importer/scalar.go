package importer

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Scalars are written by hand rather than through the YAML encoder, which
// took most of an import's time: plain where YAML reads the text back
// as the same string, double-quoted otherwise. The round trip is tested.

// lookalike matches plain scalars YAML would read as something other
// than a string: numbers, booleans, null, dates.
var lookalike = regexp.MustCompile(`(?i)^(?:[-+]?(?:\.?[0-9]|\.inf|\.nan)|(?:true|false|yes|no|on|off|y|n|null|~)$)`)

// plain reports whether s can be written without quotes; inFlow is for
// items of a [a, b] list, where commas and brackets end the item.
func plain(s string, inFlow bool) bool {
	if s == "" || s != strings.TrimSpace(s) || !utf8.ValidString(s) {
		return false
	}
	// The regular expression only where it can match: a sign, a dot or a
	// digit first, or a short word.
	if c := s[0]; (c == '+' || c == '-' || c == '.' || c == '~' || (c >= '0' && c <= '9') || len(s) <= 5) && lookalike.MatchString(s) {
		return false
	}
	if strings.ContainsRune("-?:,[]{}#&*!|>'\"%@`", rune(s[0])) {
		return false
	}
	if strings.Contains(s, ": ") || strings.Contains(s, " #") || strings.HasSuffix(s, ":") {
		return false
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f || r == 0xfeff || (r >= 0x80 && r < 0xa0) || r == 0x2028 || r == 0x2029 {
			return false
		}
		if inFlow && strings.ContainsRune(",[]{}", r) {
			return false
		}
	}
	return true
}

// quoted writes s double-quoted, escaping what YAML requires.
func quoted(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == 0xfeff || r == 0x2028 || r == 0x2029:
			b.WriteString(`\u`)
			h := strconv.FormatInt(int64(r), 16)
			b.WriteString(strings.Repeat("0", 4-len(h)) + h)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func scalarText(s string, inFlow bool) string {
	if plain(s, inFlow) {
		return s
	}
	return quoted(s)
}

// wrapWidth is where a long text is folded, as people write it.
const wrapWidth = 76

// folded writes a long text as a ">-" block folded at spaces, its lines
// indented by indent, when folding keeps it exactly: single spaces only,
// no line breaks or tabs. ok is false otherwise.
func folded(s, indent string) (string, bool) {
	if len(s) <= 60 || s != strings.TrimSpace(s) || strings.Contains(s, "  ") || strings.ContainsAny(s, "\n\r\t") || !plainChars(s) {
		return "", false
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/(wrapWidth-len(indent)+1)*(len(indent)+1) + len(indent) + 4)
	b.WriteString(">-\n")
	b.WriteString(indent)
	line := 0
	for i, rest := 0, s; rest != ""; i++ {
		w, after, _ := strings.Cut(rest, " ")
		rest = after
		switch {
		case i == 0:
		case line+1+len(w) > wrapWidth-len(indent):
			b.WriteByte('\n')
			b.WriteString(indent)
			line = 0
		default:
			b.WriteByte(' ')
			line++
		}
		b.WriteString(w)
		line += len(w)
	}
	return b.String(), true
}

// plainChars reports whether s holds only characters a block scalar can
// carry as they are.
func plainChars(s string) bool {
	for _, r := range s {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == 0xfeff || r == 0x2028 || r == 0x2029 || r == utf8.RuneError {
			return false
		}
	}
	return utf8.ValidString(s)
}
