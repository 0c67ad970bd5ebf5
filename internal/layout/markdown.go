package layout

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	gast "github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// ErrInvalidUTF8 reports Markdown that is not UTF-8 text.
var ErrInvalidUTF8 = errors.New("the Markdown is not valid UTF-8")

// mdParser is shared: goldmark parsers keep no state between Parse calls.
var mdParser = goldmark.New(goldmark.WithExtensions(
	extension.Table, extension.Footnote, extension.Linkify,
)).Parser()

// FromMarkdown parses CommonMark with GFM tables, footnotes and bare-URL
// links into a Document: top-level paragraphs numbered 1, 2, 3 …, footnotes
// numbered in order of first reference (body first, then notes citing
// notes), text as a reader sees it (escapes and entities resolved, a soft
// line break read as a space). Code blocks and HTML become unnumbered
// paragraphs of literal lines; images become their alt text; link
// destinations are percent-encoded URIs.
//
// A link [](label:NAME) in a numbered paragraph gives the paragraph that
// Label and prints nothing; a link [](ref:NAME) anywhere becomes a run whose
// Text and Para are the number of the paragraph labelled NAME, before or
// after it.
//
// It fails on input that is not UTF-8 (ErrInvalidUTF8), and on labels and
// references that do not add up: a label outside a numbered paragraph, on
// two paragraphs, or a second one on a paragraph; a name not matching
// [A-Za-z0-9_.-]+; text between the brackets; a reference to a label no
// paragraph has. Those are *RefError values, all of them joined into one
// error.
func FromMarkdown(src []byte) (*Document, error) {
	if err := checkUTF8(src); err != nil {
		return nil, err
	}
	src = normalize(src)
	root := mdParser.Parse(text.NewReader(src))
	c := newConverter(src)
	doc := &Document{}
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		if n.Kind() == east.KindFootnoteList {
			c.collectDefinitions(n)
		}
	}
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		if n.Kind() == east.KindFootnoteList {
			continue
		}
		doc.Blocks = append(doc.Blocks, c.block(n, true)...)
	}
	doc.Footnotes = c.footnotes()
	c.resolveRefs(doc)
	if len(c.refs.errs) > 0 {
		return nil, errors.Join(c.refs.errs...)
	}
	return doc, nil
}

// checkUTF8 points at the first invalid byte by line and column, because the
// usual cause is a data file saved in a legacy encoding.
func checkUTF8(src []byte) error {
	if utf8.Valid(src) {
		return nil
	}
	line, col := 1, 1
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size == 1 {
			return fmt.Errorf("line %d, column %d (byte 0x%02x): %w; save the workspace's data and templates as UTF-8",
				line, col, src[i], ErrInvalidUTF8)
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	return ErrInvalidUTF8 // unreachable: utf8.Valid said there was a bad byte
}

// normalize makes every line end in "\n" (goldmark does not treat a lone CR
// as a line ending) and replaces NUL as CommonMark requires.
func normalize(src []byte) []byte {
	if bytes.IndexByte(src, '\r') >= 0 {
		src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
		src = bytes.ReplaceAll(src, []byte("\r"), []byte("\n"))
	}
	if bytes.IndexByte(src, 0) >= 0 {
		src = bytes.ReplaceAll(src, []byte{0}, []byte("\uFFFD"))
	}
	return src
}

// converter walks goldmark's AST into Blocks.
type converter struct {
	src   []byte
	para  int             // last OHCHR paragraph number given
	ids   map[string]bool // heading IDs in use
	notes footnoteNumbers
	refs  refs
}

func newConverter(src []byte) *converter {
	return &converter{src: src, ids: map[string]bool{}, notes: newFootnoteNumbers(), refs: newRefs()}
}

// block converts one block node. top is true for direct children of the
// document, the only paragraphs that get an OHCHR number.
func (c *converter) block(n gast.Node, top bool) []Block {
	switch n := n.(type) {
	case *gast.Heading:
		runs := c.inlines(n)
		return []Block{Heading{Level: n.Level, Text: runs, ID: c.headingID(runs)}}
	case *gast.Paragraph:
		runs, labels := c.labelledInlines(n)
		if len(runs) == 0 || !top {
			// An empty paragraph (e.g. an image without alt text) has
			// nothing to read, so no number, and nothing to label either.
			c.misplacedLabels(labels)
		}
		if len(runs) == 0 {
			return nil
		}
		p := Paragraph{Text: runs}
		if top {
			c.para++
			p.Number = c.para
			p.Label = c.setLabels(p.Number, labels)
		}
		return []Block{p}
	case *gast.TextBlock: // a tight list item's text
		if runs := c.inlines(n); len(runs) > 0 {
			return []Block{Paragraph{Text: runs}}
		}
		return nil
	case *gast.List:
		l := List{Ordered: n.IsOrdered()}
		if l.Ordered {
			l.Start = n.Start
		}
		for item := n.FirstChild(); item != nil; item = item.NextSibling() {
			l.Items = append(l.Items, ListItem{Blocks: c.children(item)})
		}
		return []Block{l}
	case *gast.Blockquote:
		return []Block{Quote{Blocks: c.children(n)}}
	case *east.Table:
		return []Block{c.table(n)}
	case *gast.ThematicBreak:
		return []Block{Rule{}}
	case *gast.CodeBlock, *gast.FencedCodeBlock:
		return c.literal(n.Lines(), nil, Code)
	case *gast.HTMLBlock:
		// A template should not produce HTML; keep what it wrote visible
		// rather than dropping the text.
		var closure *text.Segment
		if n.HasClosure() {
			closure = &n.ClosureLine
		}
		return c.literal(n.Lines(), closure, 0)
	case *east.FootnoteList:
		return nil
	default:
		// Not produced by the extensions we enable; keep any content.
		return c.children(n)
	}
}

func (c *converter) children(n gast.Node) []Block {
	var out []Block
	for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
		out = append(out, c.block(ch, false)...)
	}
	return out
}

// literal turns verbatim lines into an unnumbered paragraph whose lines are
// joined by hard breaks. Empty blocks give nothing.
func (c *converter) literal(lines *text.Segments, closure *text.Segment, style Style) []Block {
	var all []string
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		all = append(all, string(bytes.TrimRight(seg.Value(c.src), "\n")))
	}
	if closure != nil {
		all = append(all, string(bytes.TrimRight(closure.Value(c.src), "\n")))
	}
	for len(all) > 0 && all[len(all)-1] == "" {
		all = all[:len(all)-1]
	}
	if len(all) == 0 {
		return nil
	}
	var runs []Inline
	for i, l := range all {
		if i > 0 {
			runs = append(runs, Inline{Break: true})
		}
		if l != "" {
			runs = append(runs, Inline{Text: l, Style: style})
		}
	}
	return []Block{Paragraph{Text: runs}}
}

func (c *converter) table(n *east.Table) Table {
	t := Table{Align: make([]Align, len(n.Alignments))}
	for i, a := range n.Alignments {
		switch a {
		case east.AlignLeft:
			t.Align[i] = AlignLeft
		case east.AlignCenter:
			t.Align[i] = AlignCenter
		case east.AlignRight:
			t.Align[i] = AlignRight
		}
	}
	for row := n.FirstChild(); row != nil; row = row.NextSibling() {
		// GFM: extra cells are ignored and missing ones are empty, so every
		// row has one cell per column.
		cells := make([][]Inline, len(t.Align))
		i := 0
		for cell := row.FirstChild(); cell != nil && i < len(cells); cell = cell.NextSibling() {
			cells[i] = c.inlines(cell)
			i++
		}
		if row.Kind() == east.KindTableHeader {
			t.Header = cells
		} else {
			t.Rows = append(t.Rows, cells)
		}
	}
	return t
}
