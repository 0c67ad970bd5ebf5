package layout

import (
	"bytes"
	"strings"

	gast "github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"
)

// span is the style and link in force while walking inline nodes.
type span struct {
	style Style
	link  string
}

// inlines converts the inline children of a block that cannot be labelled
// into merged runs.
func (c *converter) inlines(n gast.Node) []Inline {
	runs, labels := c.labelledInlines(n)
	c.misplacedLabels(labels)
	return runs
}

// labelledInlines converts the inline children of a block into merged runs
// and returns the paragraph labels met in them.
func (c *converter) labelledInlines(n gast.Node) ([]Inline, []string) {
	var out []Inline
	for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
		c.inline(ch, span{}, &out)
	}
	return tidy(out), c.takeLabels()
}

func (c *converter) inline(n gast.Node, sp span, out *[]Inline) {
	add := func(s string) { *out = append(*out, Inline{Text: s, Style: sp.style, Link: sp.link}) }
	switch n := n.(type) {
	case *gast.Text:
		// Segments hold raw source: escapes and entities are still in them.
		v := n.Value(c.src)
		if n.IsRaw() {
			add(string(v))
		} else {
			add(unescape(v))
		}
		switch {
		case n.HardLineBreak():
			*out = append(*out, Inline{Break: true})
		case n.SoftLineBreak():
			add(" ")
		}
	case *gast.String:
		if n.IsCode() || n.IsRaw() {
			add(string(n.Value))
		} else {
			add(unescape(n.Value))
		}
	case *gast.CodeSpan:
		code := sp
		code.style |= Code
		for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
			var v []byte
			switch t := ch.(type) {
			case *gast.Text:
				v = t.Value(c.src)
			case *gast.String:
				v = t.Value
			}
			// A code span's line ending reads as a space (CommonMark 6.1).
			s := strings.ReplaceAll(string(v), "\n", " ")
			*out = append(*out, Inline{Text: s, Style: code.style, Link: code.link})
		}
	case *gast.Emphasis:
		st := sp
		if n.Level >= 2 {
			st.style |= Bold
		} else {
			st.style |= Italic
		}
		c.walk(n, st, out)
	case *gast.Link:
		if c.refLink(n, sp, out) {
			return
		}
		// Percent-encoded as goldmark's HTML renderer does, so that the
		// destination is a valid URI (a PDF link must be ASCII).
		st := sp
		st.link = string(util.URLEscape(n.Destination, true))
		c.walk(n, st, out)
	case *gast.AutoLink:
		url := n.URL(c.src)
		if n.AutoLinkType == gast.AutoLinkEmail && !bytes.HasPrefix(bytes.ToLower(url), []byte("mailto:")) {
			url = append([]byte("mailto:"), url...)
		}
		st := sp
		st.link = string(util.URLEscape(url, false))
		// An autolink's label is literal: CommonMark resolves no escapes in it.
		*out = append(*out, Inline{Text: string(n.Label(c.src)), Style: st.style, Link: st.link})
	case *gast.Image:
		c.walk(n, sp, out) // the alt text; a PDF body has no pictures
	case *gast.RawHTML:
		// Kept literally (a template should not produce HTML) so no text is
		// lost; a line ending inside the tag reads as a space.
		var b strings.Builder
		for i := 0; i < n.Segments.Len(); i++ {
			seg := n.Segments.At(i)
			b.Write(seg.Value(c.src))
		}
		add(strings.ReplaceAll(b.String(), "\n", " "))
	case *east.FootnoteLink:
		if num := c.notes.ref(n.Index); num > 0 {
			*out = append(*out, Inline{Footnote: num})
		}
	case *east.FootnoteBacklink:
		// HTML's "↩" link back to the reference: nothing to print.
	default:
		c.walk(n, sp, out)
	}
}

func (c *converter) walk(n gast.Node, sp span, out *[]Inline) {
	for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
		c.inline(ch, sp, out)
	}
}

// unescape resolves backslash escapes, entity names and numeric character
// references in one pass, as goldmark's HTML writer does: resolving them one
// after the other would turn "\&amp;" (a literal "&amp;") into "&".
func unescape(v []byte) string {
	if bytes.IndexByte(v, '\\') < 0 && bytes.IndexByte(v, '&') < 0 {
		return string(v)
	}
	var b strings.Builder
	b.Grow(len(v))
	for i := 0; i < len(v); {
		ch := v[i]
		if ch == '\\' && i+1 < len(v) && util.IsPunct(v[i+1]) {
			b.WriteByte(v[i+1])
			i += 2
			continue
		}
		if ch == '&' {
			if s, n := entity(v[i:]); n > 0 {
				b.WriteString(s)
				i += n
				continue
			}
		}
		b.WriteByte(ch)
		i++
	}
	return b.String()
}

// entity decodes the character reference at the start of v ("&amp;",
// "&#40;", "&#x41;") and returns it with its length in bytes, or n == 0 if v
// does not start with one. Limits follow CommonMark: 1–7 decimal or 1–6 hex
// digits; code point 0 and invalid ones become U+FFFD.
func entity(v []byte) (s string, n int) {
	if len(v) < 3 || v[0] != '&' {
		return "", 0
	}
	if v[1] == '#' {
		hex := len(v) > 2 && (v[2] == 'x' || v[2] == 'X')
		start, max, base := 2, 7, rune(10)
		if hex {
			start, max, base = 3, 6, 16
		}
		var r rune
		i := start
		for ; i < len(v); i++ {
			d := digit(v[i], base)
			if d < 0 {
				break
			}
			r = r*base + rune(d)
		}
		if i == start || i-start > max || i >= len(v) || v[i] != ';' {
			return "", 0
		}
		return string(util.ToValidRune(r)), i + 1
	}
	i := 1
	for ; i < len(v) && util.IsAlphaNumeric(v[i]); i++ {
	}
	if i == 1 || i >= len(v) || v[i] != ';' {
		return "", 0
	}
	e, ok := util.LookUpHTML5EntityByName(string(v[1:i]))
	if !ok {
		return "", 0
	}
	return string(e.Characters), i + 1
}

func digit(b byte, base rune) int {
	switch {
	case b >= '0' && b <= '9':
		return int(b - '0')
	case base == 16 && b >= 'a' && b <= 'f':
		return int(b-'a') + 10
	case base == 16 && b >= 'A' && b <= 'F':
		return int(b-'A') + 10
	}
	return -1
}

// tidy merges adjacent runs of the same style and link, drops empty ones,
// and removes spaces around hard breaks and at either end, and hard breaks at
// either end (CommonMark ignores them there): a reader sees none of them.
func tidy(runs []Inline) []Inline {
	out := runs[:0:0]
	for _, r := range runs {
		isText := isPlain(r)
		if isText && r.Text == "" {
			continue
		}
		if r.Break {
			trimTrailingSpace(&out)
		}
		if isText && r.Style&Code == 0 && len(out) > 0 && out[len(out)-1].Break {
			r.Text = strings.TrimLeft(r.Text, " ")
			if r.Text == "" {
				continue
			}
		}
		if n := len(out); isText && n > 0 {
			last := &out[n-1]
			if isPlain(*last) && last.Style == r.Style && last.Link == r.Link {
				last.Text += r.Text
				continue
			}
		}
		out = append(out, r)
	}
	out = trimEnds(out)
	if len(out) == 0 {
		return nil
	}
	return out
}

// trimEnds drops hard breaks and spaces at both ends of runs.
func trimEnds(out []Inline) []Inline {
	for len(out) > 0 {
		f := &out[0]
		if f.Break {
			out = out[1:]
			continue
		}
		if isPlain(*f) && f.Style&Code == 0 {
			f.Text = strings.TrimLeft(f.Text, " ")
			if f.Text == "" {
				out = out[1:]
				continue
			}
		}
		break
	}
	for len(out) > 0 {
		if out[len(out)-1].Break {
			out = out[:len(out)-1]
			continue
		}
		n := len(out)
		trimTrailingSpace(&out)
		if len(out) == n {
			break
		}
	}
	return out
}

func trimTrailingSpace(out *[]Inline) {
	for n := len(*out); n > 0; n = len(*out) {
		last := &(*out)[n-1]
		if !isPlain(*last) || last.Style&Code != 0 {
			return
		}
		last.Text = strings.TrimRight(last.Text, " ")
		if last.Text != "" {
			return
		}
		*out = (*out)[:n-1]
	}
}

// isPlain reports whether r is ordinary text: not a break, a footnote mark
// or a paragraph reference, whose text must stay as it is.
func isPlain(r Inline) bool {
	return !r.Break && r.Footnote == 0 && r.Para == 0
}
