package yamledit

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wrapWidth is where folded texts are wrapped, as the hand-written files do.
const wrapWidth = 76

// blockScalar writes s as a block scalar (">-" folded, wrapped at
// wrapWidth, or "|-" literal) whose lines start with indent. It reports
// false for text a block scalar cannot hold faithfully: empty, edge
// newlines, lines starting with a space, trailing spaces or control
// characters.
func blockScalar(s string, folded bool, indent string) (string, bool) {
	if s == "" || strings.HasPrefix(s, "\n") || strings.HasSuffix(s, "\n") {
		return "", false
	}
	paras := strings.Split(s, "\n")
	for _, p := range paras {
		if p != strings.TrimSpace(p) {
			return "", false
		}
		for _, r := range p {
			if !unicode.IsPrint(r) || r == '\uFEFF' {
				return "", false
			}
		}
	}
	var lines []string
	if folded {
		// In a folded scalar one line break is a space and each empty line
		// a newline, so paragraphs are separated by one more empty line.
		lines = wrap(paras[0], wrapWidth-len(indent))
		for _, p := range paras[1:] {
			lines = append(lines, "")
			lines = append(lines, wrap(p, wrapWidth-len(indent))...)
		}
	} else {
		lines = paras
	}
	var b strings.Builder
	if folded {
		b.WriteString(">-")
	} else {
		b.WriteString("|-")
	}
	for _, l := range lines {
		b.WriteByte('\n')
		if l != "" {
			b.WriteString(indent + l)
		}
	}
	return b.String(), true
}

// wrap breaks p at single spaces so that lines stay within width runes
// where the words allow; a break at a run of spaces would lose them.
func wrap(p string, width int) []string {
	width = max(width, 20)
	var lines []string
	for p != "" {
		if utf8.RuneCountInString(p) <= width {
			lines = append(lines, p)
			break
		}
		cut := -1
		n := 0
		for i, r := range p {
			if n > width && cut >= 0 {
				break
			}
			if r == ' ' && i > 0 && p[i-1] != ' ' && i+1 < len(p) && p[i+1] != ' ' {
				cut = i
			}
			n++
		}
		if cut < 0 {
			lines = append(lines, p)
			break
		}
		lines = append(lines, p[:cut])
		p = p[cut+1:]
	}
	return lines
}
