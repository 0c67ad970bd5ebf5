package pdf

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/upr-tools/submit/internal/layout"
)

// Before anything is laid out, every character that will be printed is
// looked up in the face that prints it: a character the font lacks would
// otherwise print as nothing or as a box, and nobody would notice until the
// submission was read at the UN.

// maxMissing is how many distinct missing characters one error lists.
const maxMissing = 5

// MissingGlyphError says that the document holds characters the embedded
// fonts cannot print.
type MissingGlyphError struct {
	Chars   []rune // distinct missing characters, in order of first occurrence (at most 5)
	More    int    // further distinct missing characters not listed
	Font    string // the font(s) lacking them, e.g. "Liberation Serif"
	Context string // the text around the first occurrence, "…" where cut
}

func (e *MissingGlyphError) Error() string {
	var chars []string
	for _, r := range e.Chars {
		chars = append(chars, showRune(r))
	}
	list := strings.Join(chars, ", ")
	if e.More > 0 {
		list += fmt.Sprintf(" and %d more", e.More)
	}
	verb := "the font " + e.Font + " has no glyph for "
	if strings.Contains(e.Font, " and ") {
		verb = "the fonts " + e.Font + " have no glyphs for "
	}
	return verb + list + " in “" + e.Context + "”: use a font that covers this script (the font setting of submission.yaml) or remove the characters"
}

// showRune is "中 (U+4E2D)", or only the code point for a character that
// would not show on its own (a combining accent, an invisible one).
func showRune(r rune) string {
	if unicode.IsGraphic(r) && !unicode.In(r, unicode.Mn, unicode.Me) && r != utf8.RuneError {
		return fmt.Sprintf("%c (U+%04X)", r, r)
	}
	return fmt.Sprintf("U+%04X", r)
}

// checkGlyphs looks at everything Render prints from the caller's text
// (see printed), each run in the faces it is set in. It also returns which
// of fs's fonts that text is set in, so that they can be embedded early.
func checkGlyphs(doc *layout.Document, opts Options, words Text, fs *fontSet) ([]bool, error) {
	g := &glyphCheck{fonts: fs, seen: map[rune]bool{}, used: make([]bool, len(fs.files))}
	printed(doc, opts, words, g.runs)
	if len(g.err.Chars) == 0 {
		return g.used, nil
	}
	g.err.Font = strings.Join(g.names, " and ")
	return nil, &g.err
}

type glyphCheck struct {
	fonts *fontSet
	seen  map[rune]bool
	names []string // fonts lacking the characters found, in order
	err   MissingGlyphError
	used  []bool // by font: prints some of the text
}

// runs checks one block's text, each run in its own face, and keeps the
// text around the document's first missing character.
func (g *glyphCheck) runs(in []layout.Inline, style layout.Style) {
	var plain strings.Builder // the block as read, for the context
	first := -1
	for _, il := range in {
		switch {
		case il.Break:
			plain.WriteByte(' ')
		case il.Footnote == 0:
			fc := faceOf(il.Style | style)
			text := clean(il.Text)
			for i, r := range text {
				if r == ' ' {
					continue
				}
				if fi, ok := g.fonts.find(fc, r); ok {
					g.used[fi] = true
					continue
				}
				if g.seen[r] {
					continue
				}
				g.seen[r] = true
				if len(g.err.Chars) == maxMissing {
					g.err.More++
					continue
				}
				if len(g.err.Chars) == 0 {
					first = plain.Len() + i
				}
				g.err.Chars = append(g.err.Chars, r)
				for _, name := range g.fonts.names(fc) {
					if !slices.Contains(g.names, name) {
						g.names = append(g.names, name)
					}
				}
			}
			plain.WriteString(text)
		}
	}
	if first >= 0 {
		g.err.Context = around(plain.String(), first, 24)
	}
}

// around is about n characters either side of the byte offset at in s,
// cut between words where there are spaces, with "…" where the text was
// cut and runs of spaces collapsed.
func around(s string, at, n int) string {
	before := []rune(s[:at])
	after := []rune(s[at:])
	head, tail := "", ""
	if len(before) > n {
		before, head = before[len(before)-n:], "… "
		if i := slices.Index(before, ' '); i >= 0 {
			before = before[i+1:]
		}
	}
	if len(after) > n+1 {
		after, tail = after[:n+1], " …"
		if i := lastIndex(after, ' '); i > 0 {
			after = after[:i]
		}
	}
	// clean made every breaking space ' '; no-break spaces stay, as one of
	// them may be the character reported.
	words := strings.FieldsFunc(string(before)+string(after), func(r rune) bool { return r == ' ' })
	return head + strings.Join(words, " ") + tail
}

func lastIndex(rs []rune, r rune) int {
	for i := len(rs) - 1; i >= 0; i-- {
		if rs[i] == r {
			return i
		}
	}
	return -1
}
