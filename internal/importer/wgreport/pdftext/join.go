package pdftext

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words is a document's vocabulary: every word written whole inside a
// line, lower-cased, hyphenated compounds included ("non-refoulement").
// It decides whether a hyphen at the end of a line belongs to the word.
type Words map[string]bool

// Vocabulary collects the words of the lines. The last word of a line
// that ends with a hyphen is left out: it is the half in question.
func Vocabulary(lines []Line) Words {
	w := Words{}
	for _, l := range lines {
		fields := strings.Fields(l.Text)
		for i, f := range fields {
			if i == len(fields)-1 && endsWithHyphen(f) {
				continue
			}
			f = strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
			if f != "" {
				w[strings.ToLower(f)] = true
			}
		}
	}
	return w
}

// Para is a paragraph joined from lines: one line of text with single
// spaces, and where each source line starts in it.
type Para struct {
	Text   string
	starts []int // offset in Text of each joined line
	lines  []int // its line number
}

// LineAt returns the source line of the byte at offset off of Text.
func (p Para) LineAt(off int) int {
	i := sort.SearchInts(p.starts, off+1) - 1
	if i < 0 {
		if len(p.lines) == 0 {
			return 0
		}
		i = 0
	}
	return p.lines[i]
}

// Join joins lines into a paragraph, skipping blank ones. Spaces collapse
// to one. A line that ends with a dash attached to its word ("2017–",
// "122.62-") runs on into the next without a space; a hyphen between
// letters is kept or dropped by Words.KeepHyphen; a soft hyphen is always
// dropped.
func (w Words) Join(lines []Line) Para {
	var p Para
	var buf []byte
	soft := false // the line before ended with a soft hyphen
	for _, l := range lines {
		t := strings.TrimSpace(l.Text)
		endsSoft := strings.HasSuffix(t, "\u00ad")
		t = strings.Join(strings.Fields(strings.ReplaceAll(t, "\u00ad", "")), " ")
		if t == "" {
			continue
		}
		if len(buf) > 0 && !soft {
			last, size := utf8.DecodeLastRune(buf)
			before, _ := utf8.DecodeLastRune(buf[:len(buf)-size])
			switch {
			case isHyphen(last) && before != ' ':
				if !w.KeepHyphen(lastLetters(string(buf[max(0, len(buf)-size-64):len(buf)-size])), firstLetters(t)) {
					buf = buf[:len(buf)-size]
				}
			case isDash(last) && before != ' ':
				// "2017–" + "2021": a range broken at its dash
			default:
				buf = append(buf, ' ')
			}
		}
		soft = endsSoft
		p.starts = append(p.starts, len(buf))
		p.lines = append(p.lines, l.N)
		buf = append(buf, t...)
	}
	p.Text = string(buf)
	return p
}

// prefixes are the prefixes English writes with a hyphen. Only those that
// do not also begin ordinary words split at a line end are listed: "ex-"
// and "multi-" would turn "ex-ample" and "multi-ple" into compounds.
var prefixes = map[string]bool{
	"non": true, "anti": true, "self": true, "semi": true, "socio": true,
	"quasi": true, "cross": true, "well": true,
}

// KeepHyphen decides whether the hyphen ending a line after the letters a
// and before the letters b is part of the word. The UN typesets its
// documents without hyphenating words, so a hyphen at a line end is kept
// ("non-" + "refoulement", "decision-" + "making") unless the document
// writes the joined word elsewhere and neither the hyphenated form nor a
// hyphenated prefix says otherwise. It is kept too before a capital
// ("Inter-" + "Ministerial") and after or before anything but letters.
func (w Words) KeepHyphen(a, b string) bool {
	if a == "" || b == "" {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(b); unicode.IsUpper(r) {
		return true
	}
	la, lb := strings.ToLower(a), strings.ToLower(b)
	if w[la+"-"+lb] || prefixes[la] {
		return true
	}
	return !w[la+lb]
}

func isHyphen(r rune) bool { return r == '-' || r == '\u2010' }

func isDash(r rune) bool { return r == '\u2013' || r == '\u2014' || r == '\u2212' }

func endsWithHyphen(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return isHyphen(r) || r == '\u00ad'
}

// lastLetters returns the letters that end s: the first half of a word
// broken at a line end.
func lastLetters(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		return s
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return s[i+size:]
}

// firstLetters returns the letters that begin s.
func firstLetters(s string) string {
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		return s[:i]
	}
	return s
}
