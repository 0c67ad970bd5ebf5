package pdf

import (
	"github.com/upr-tools/submit/internal/layout"
)

// Tables: columns sized to their content within the text column, cell text
// wrapped, a bold header row on light grey repeated at the top of every page
// the table continues on. Each row is a box; a row taller than a page is cut
// between lines.

func (b *builder) table(t layout.Table, c ctx) {
	ncols := len(t.Header)
	for _, r := range t.Rows {
		ncols = max(ncols, len(r))
	}
	if ncols == 0 {
		return
	}
	size := tableSize * c.size / bodySize
	body := textStyle{size: size, lead: tableLead, style: c.style, align: alignLeft}
	head := body
	head.style |= layout.Bold

	minW := make([]float64, ncols)
	natW := make([]float64, ncols)
	measure := func(cells [][]layout.Inline, st textStyle) {
		for i, cell := range cells {
			lo, nat := b.cellWidths(cell, st)
			minW[i] = max(minW[i], lo)
			natW[i] = max(natW[i], nat)
		}
	}
	measure(t.Header, head)
	for _, r := range t.Rows {
		measure(r, body)
	}
	widths := columnWidths(minW, natW, c.width)

	set := func(cells [][]layout.Inline, st textStyle) [][]line {
		out := make([][]line, ncols)
		for i := range ncols {
			st := st
			st.align = cellAlign(t.Align, i)
			if i < len(cells) {
				out[i] = b.m.lines(cells[i], st, widths[i]-2*cellPadX)
			}
		}
		return out
	}
	lh, base := lineMetrics(body)
	hb := b.row(set(t.Header, head), widths, c, lh, base, true)
	hb.keep = true // never a header alone at the foot of a page
	b.space(blockGap)
	b.add(hb)
	for _, r := range t.Rows {
		rb := b.row(set(r, body), widths, c, lh, base, false)
		rb.header = hb
		b.add(rb)
	}
	b.space(blockGap)
}

func cellAlign(as []layout.Align, i int) align {
	if i < len(as) {
		switch as[i] {
		case layout.AlignCenter:
			return alignCenter
		case layout.AlignRight:
			return alignRight
		}
	}
	return alignLeft
}

// cellWidths is the widest word of a cell (its narrowest useful width) and
// the width of its longest unbroken line.
func (b *builder) cellWidths(cell []layout.Inline, st textStyle) (lo, nat float64) {
	lineW := 0.0
	for i, w := range b.m.words(cell, st) {
		if w.brk {
			lineW = 0
			continue
		}
		lo = max(lo, w.w)
		if i > 0 && lineW > 0 {
			lineW += w.space
		}
		lineW += w.w
		nat = max(nat, lineW)
	}
	return lo + 2*cellPadX, nat + 2*cellPadX
}

// columnWidths shares total among columns. When everything fits on one
// line, in proportion to natural widths. Otherwise, as HTML's automatic
// table layout does: a column whose text is shorter than its fair share
// gets its natural width; the others get their widest word and share the
// rest where text is longest. One very long word (a URL) may not take over
// the table: it is cut instead.
func columnWidths(minW, natW []float64, total float64) []float64 {
	n := len(minW)
	lo := make([]float64, n)
	nat := make([]float64, n)
	sumNat := 0.0
	for i := range n {
		lo[i] = minW[i]
		if n > 1 {
			lo[i] = min(lo[i], total*0.35)
		}
		nat[i] = max(natW[i], lo[i], 2*cellPadX+1)
		sumNat += nat[i]
	}
	w := make([]float64, n)
	if sumNat <= total {
		for i := range n {
			w[i] = nat[i] * total / sumNat
		}
		return w
	}
	fixed := make([]bool, n)
	rem, free := total, n
	for changed := true; changed; {
		changed = false
		for i := range n {
			if !fixed[i] && nat[i] <= rem/float64(free) {
				fixed[i], w[i] = true, nat[i]
				rem -= nat[i]
				free--
				changed = true
			}
		}
	}
	var sumLo, sumRest float64
	for i := range n {
		if !fixed[i] {
			sumLo += lo[i]
			sumRest += nat[i]
		}
	}
	for i := range n {
		switch {
		case fixed[i]:
		case sumLo <= rem:
			w[i] = lo[i] + (rem-sumLo)*(nat[i]-lo[i])/(sumRest-sumLo)
		default:
			w[i] = lo[i] * rem / sumLo
		}
	}
	return w
}

// row makes the box of one table row (header when head is set).
func (b *builder) row(cells [][]line, widths []float64, c ctx, lh, base float64, head bool) *box {
	n := 1
	var notes []int
	for _, ls := range cells {
		n = max(n, len(ls))
		for _, l := range ls {
			notes = append(notes, l.notes...)
		}
	}
	h := float64(n)*lh + 2*cellPadY
	x0 := c.left
	bx := &box{h: h, base: cellPadY + base, notes: notes, rules: c.rules}
	bx.paint = func(p *painter, y float64) {
		p.f.SetLineWidth(0.2)
		p.f.SetDrawColor(ruleGrey, ruleGrey, ruleGrey)
		p.f.SetFillColor(fillGrey, fillGrey, fillGrey)
		x := x0
		for i, w := range widths {
			style := "D"
			if head {
				style = "FD"
			}
			p.f.Rect(x, y, w, h, style)
			for k, l := range cells[i] {
				p.line(l, x+cellPadX, y+cellPadY+float64(k)*lh)
			}
			x += w
		}
	}
	bx.split = func(room float64) (*box, *box, bool) {
		k := int((room - 2*cellPadY + eps) / lh)
		if k < 1 || k >= n {
			return nil, nil, false
		}
		top := make([][]line, len(cells))
		rest := make([][]line, len(cells))
		for i, ls := range cells {
			top[i], rest[i] = ls[:min(k, len(ls))], ls[min(k, len(ls)):]
		}
		hb, tb := b.row(top, widths, c, lh, base, head), b.row(rest, widths, c, lh, base, head)
		hb.header, tb.header = bx.header, bx.header
		return hb, tb, true
	}
	return bx
}
