package pdf

import (
	"github.com/upr-tools/submit/internal/layout"
)

// The annex's footnotes are numbered on from the body's, as notes are
// numbered through a document: the annex's note 1 follows the body's last.

// lastNote is the highest footnote number of doc.
func lastNote(doc *layout.Document) int {
	n := 0
	for i, fn := range doc.Footnotes {
		n = max(n, fn.Number, i+1)
	}
	return n
}

// shiftNotes returns doc with its footnotes and the marks referring to them
// numbered k higher. doc itself is not changed.
func shiftNotes(doc *layout.Document, k int) *layout.Document {
	if k == 0 {
		return doc
	}
	out := &layout.Document{Blocks: shiftBlocks(doc.Blocks, k)}
	for i, fn := range doc.Footnotes {
		n := fn.Number
		if n <= 0 {
			n = i + 1
		}
		out.Footnotes = append(out.Footnotes, layout.Footnote{Number: n + k, Text: shiftInlines(fn.Text, k)})
	}
	return out
}

func shiftBlocks(bs []layout.Block, k int) []layout.Block {
	out := make([]layout.Block, len(bs))
	for i, bl := range bs {
		switch v := bl.(type) {
		case layout.Heading:
			v.Text = shiftInlines(v.Text, k)
			out[i] = v
		case layout.Paragraph:
			v.Text = shiftInlines(v.Text, k)
			out[i] = v
		case layout.List:
			items := make([]layout.ListItem, len(v.Items))
			for j, it := range v.Items {
				items[j].Blocks = shiftBlocks(it.Blocks, k)
			}
			v.Items = items
			out[i] = v
		case layout.Quote:
			v.Blocks = shiftBlocks(v.Blocks, k)
			out[i] = v
		case layout.Table:
			v.Header = shiftCells(v.Header, k)
			rows := make([][][]layout.Inline, len(v.Rows))
			for j, r := range v.Rows {
				rows[j] = shiftCells(r, k)
			}
			v.Rows = rows
			out[i] = v
		default:
			out[i] = bl
		}
	}
	return out
}

func shiftCells(cells [][]layout.Inline, k int) [][]layout.Inline {
	out := make([][]layout.Inline, len(cells))
	for i, c := range cells {
		out[i] = shiftInlines(c, k)
	}
	return out
}

func shiftInlines(in []layout.Inline, k int) []layout.Inline {
	out := append([]layout.Inline(nil), in...)
	for i := range out {
		if out[i].Footnote > 0 {
			out[i].Footnote += k
		}
	}
	return out
}
