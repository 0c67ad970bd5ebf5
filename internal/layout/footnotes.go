package layout

import (
	"strconv"

	gast "github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// footnoteNumbers gives footnotes our own numbers. goldmark numbers a note
// when the inline parser first meets a reference to it, and it parses the
// notes' own text where the first definition stood, so a note cited only
// from another note can get a number before later body references. We number
// in reading order instead: the body first, then the notes in number order
// (a note cited from note 3 comes after every note the body cites before
// note 3 is read).
type footnoteNumbers struct {
	defs   map[int]*east.Footnote // by goldmark's index
	number map[int]int            // goldmark's index → our number
	order  []*east.Footnote       // order[i] has our number i+1
}

func newFootnoteNumbers() footnoteNumbers {
	return footnoteNumbers{defs: map[int]*east.Footnote{}, number: map[int]int{}}
}

// collectDefinitions records the definitions goldmark kept: those it
// numbered. Definitions never referenced anywhere are already gone.
func (c *converter) collectDefinitions(list gast.Node) {
	for n := list.FirstChild(); n != nil; n = n.NextSibling() {
		if fn, ok := n.(*east.Footnote); ok && fn.Index > 0 {
			c.notes.defs[fn.Index] = fn
		}
	}
}

// ref returns our number for a reference to goldmark's note index, giving
// the next number on first reference; 0 if there is no such definition.
func (f *footnoteNumbers) ref(index int) int {
	if num, ok := f.number[index]; ok {
		return num
	}
	def := f.defs[index]
	if def == nil {
		return 0
	}
	f.order = append(f.order, def)
	f.number[index] = len(f.order)
	return len(f.order)
}

// footnotes converts the notes referenced so far. Converting a note can
// reference further notes, which join the end of the queue; a note that only
// unreferenced notes cite is never reached and so is dropped.
func (c *converter) footnotes() []Footnote {
	var out []Footnote
	for i := 0; i < len(c.notes.order); i++ {
		blocks := c.children(c.notes.order[i])
		out = append(out, Footnote{Number: i + 1, Text: flatten(blocks)})
	}
	return out
}

// flatten turns a note's blocks into one run of text, blocks separated by
// hard breaks. Notes are almost always one paragraph; other blocks keep a
// readable form: list items start with "•" or their number, table cells are
// separated by " | ".
func flatten(blocks []Block) []Inline {
	var out []Inline
	add := func(runs []Inline) {
		if len(runs) == 0 {
			return
		}
		if len(out) > 0 {
			out = append(out, Inline{Break: true})
		}
		out = append(out, runs...)
	}
	for _, b := range blocks {
		switch b := b.(type) {
		case Heading:
			add(b.Text)
		case Paragraph:
			add(b.Text)
		case List:
			for i, item := range b.Items {
				mark := "• "
				if b.Ordered {
					mark = strconv.Itoa(b.Start+i) + ". "
				}
				add(append([]Inline{{Text: mark}}, flatten(item.Blocks)...))
			}
		case Quote:
			add(flatten(b.Blocks))
		case Table:
			add(tableLine(b.Header))
			for _, row := range b.Rows {
				add(tableLine(row))
			}
		}
	}
	return tidy(out)
}

func tableLine(cells [][]Inline) []Inline {
	var out []Inline
	for i, cell := range cells {
		if i > 0 {
			out = append(out, Inline{Text: " | "})
		}
		out = append(out, cell...)
	}
	return out
}
