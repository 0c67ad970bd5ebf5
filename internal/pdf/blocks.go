package pdf

import (
	"strconv"
	"strings"

	"github.com/upr-tools/submit/internal/layout"
)

// builder turns blocks into boxes.
type builder struct {
	m       *metrics
	geo     geometry
	boxes   []*box
	pending float64 // space owed above the next box (mm)
	// outline levels: the shallowest heading level is 0, and a level never
	// jumps more than one below the one before (PDF viewers need a parent).
	minLevel, lastLevel int
	// unnumbered sets paragraphs without their numbers, as in the annex.
	unnumbered bool
}

// ctx is where and how a block is set.
type ctx struct {
	left, width float64 // mm
	size        float64 // pt
	style       layout.Style
	gap         float64   // space above a paragraph (pt)
	rules       []float64 // quotation bars
	top         bool      // top level: headings at the margin
}

// space asks for at least pt points above the next box; spaces below one
// block and above the next collapse into the larger.
func (b *builder) space(pt float64) { b.pending = max(b.pending, pt*ptMM) }

func (b *builder) add(bx *box) {
	bx.before, b.pending = b.pending, 0
	b.boxes = append(b.boxes, bx)
}

func (b *builder) document(doc *layout.Document) []*box {
	b.minLevel, b.lastLevel = 0, -1
	for _, bl := range doc.Blocks {
		if h, ok := bl.(layout.Heading); ok && (b.minLevel == 0 || h.Level < b.minLevel) {
			b.minLevel = h.Level
		}
	}
	x, w := b.geo.column()
	b.blocks(doc.Blocks, ctx{left: x, width: w, size: bodySize, gap: paraSpace, top: true})
	return b.boxes
}

func (b *builder) blocks(bs []layout.Block, c ctx) {
	for _, bl := range bs {
		switch v := bl.(type) {
		case layout.Heading:
			b.heading(v, c)
		case layout.Paragraph:
			b.paragraph(v, c)
		case layout.List:
			b.list(v, c)
		case layout.Quote:
			b.quote(v, c)
		case layout.Table:
			b.table(v, c)
		case layout.Rule:
			b.rule(c)
		}
	}
}

// textLines adds one box per line. The first line is kept with the second
// (no orphan at the foot of a page) and the last but one with the last (no
// widow at the head of the next).
func (b *builder) textLines(ls []line, x float64, c ctx) {
	n := len(ls)
	for i, l := range ls {
		bx := &box{h: l.h, base: l.base, notes: l.notes, rules: c.rules}
		bx.keep = n >= 2 && (i == 0 || i == n-2)
		bx.paint = func(p *painter, y float64) { p.line(l, x, y) }
		b.add(bx)
	}
}

func (b *builder) paragraph(para layout.Paragraph, c ctx) {
	st := textStyle{size: c.size, lead: bodyLead, style: c.style, align: alignJustify}
	ls := b.m.lines(para.Text, st, c.width)
	if len(ls) == 0 {
		if para.Number <= 0 || b.unnumbered {
			return
		}
		h, base := lineMetrics(st)
		ls = []line{{h: h, base: base}}
	}
	b.space(c.gap)
	start := len(b.boxes)
	b.textLines(ls, c.left, c)
	if para.Number > 0 && !b.unnumbered {
		// The number hangs at the margin, in the room the text column
		// leaves, as in UN documents.
		first := b.boxes[start]
		first.labels = append(first.labels, b.m.newLabel(b.geo.left, false, faceOf(c.style), c.size, strconv.Itoa(para.Number)+"."))
		first.target = para.Number
	}
}

func (b *builder) heading(h layout.Heading, c ctx) {
	size, above, below := headingOf(h.Level)
	st := textStyle{size: size, lead: 1.2, style: c.style | headingEmphasis(h.Level), align: alignLeft}
	x, w := c.left, c.width
	if c.top {
		x, w = b.geo.left, b.geo.right-b.geo.left
	}
	ls := b.m.lines(h.Text, st, w)
	if len(ls) == 0 {
		return
	}
	b.space(above)
	start := len(b.boxes)
	b.textLines(ls, x, c)
	for _, bx := range b.boxes[start:] {
		bx.keep = true // a heading is never the last thing on a page
	}
	if title := plainText(h.Text); title != "" {
		b.boxes[start].outline = title
		b.boxes[start].level = b.outlineLevel(h.Level)
	}
	b.space(below)
}

// headingEmphasis is the style headings add to their text: bold, and bold
// italic from level 4, where sizes no longer differ.
func headingEmphasis(level int) layout.Style {
	if level >= 4 {
		return layout.Bold | layout.Italic
	}
	return layout.Bold
}

func (b *builder) outlineLevel(level int) int {
	l := max(0, level-b.minLevel)
	l = min(l, b.lastLevel+1)
	b.lastLevel = l
	return l
}

// plainText is the text of inlines without footnote marks, for bookmarks.
func plainText(in []layout.Inline) string {
	return strings.Join(strings.Fields(clean(layout.PlainText(in))), " ")
}

func (b *builder) list(l layout.List, c ctx) {
	b.space(c.gap)
	indent := listIndent
	start := max(l.Start, 0)
	if !l.Ordered {
		start = 1
	}
	if l.Ordered {
		widest := strconv.Itoa(start+len(l.Items)-1) + "."
		indent = max(indent, b.m.width(faceOf(c.style), c.size, widest)+2.5)
	}
	indent = min(indent, b.room(c))
	inner := c
	inner.left += indent
	inner.width -= indent
	inner.gap = itemSpace
	inner.top = false
	for i, it := range l.Items {
		b.space(itemSpace)
		first := len(b.boxes)
		b.blocks(it.Blocks, inner)
		if len(b.boxes) == first { // an empty item still shows its marker
			h, base := lineMetrics(textStyle{size: c.size, lead: bodyLead})
			b.add(&box{h: h, base: base, rules: c.rules})
		}
		// Markers sit in the indent; in a list nested too deep to indent
		// further, they hang left of the text.
		text := "•"
		if l.Ordered {
			text = strconv.Itoa(start+i) + "."
		}
		mark := b.m.newLabel(c.left+indent-2, true, faceOf(c.style), c.size, text)
		if !l.Ordered {
			mark.x = min(c.left+1.5+mark.w, mark.x)
		}
		b.boxes[first].labels = append(b.boxes[first].labels, mark)
	}
	b.space(c.gap)
}

func (b *builder) quote(q layout.Quote, c ctx) {
	b.space(blockGap)
	inner := c
	// A quotation nested too deep to inset further is set at the width of
	// the one around it, without a bar of its own.
	if inset := min(quoteInset, b.room(c)/2); inset >= quoteInset/2 {
		inner.rules = append(append([]float64(nil), c.rules...), c.left+1.5*inset/quoteInset)
		inner.left += inset
		inner.width -= 2 * inset
	}
	inner.size = quoteSize
	inner.gap = paraSpace * 0.75
	inner.top = false
	first := len(b.boxes)
	b.blocks(q.Blocks, inner)
	for i := first + 1; i < len(b.boxes); i++ {
		b.boxes[i].joinRules = true
	}
	b.space(blockGap)
}

// room is how much narrower than c nested text may get: text is never set
// narrower than half the text column, however deep lists and quotations
// nest, so that it stays on the page.
func (b *builder) room(c ctx) float64 {
	_, w := b.geo.column()
	return max(0, c.width-w/2)
}

func (b *builder) rule(c ctx) {
	b.space(blockGap)
	x, w := c.left, c.width
	if c.top {
		x, w = b.geo.left, b.geo.right-b.geo.left
	}
	b.hrule(x, w, 0.3)
	b.boxes[len(b.boxes)-1].rules = c.rules
	b.space(blockGap)
}
