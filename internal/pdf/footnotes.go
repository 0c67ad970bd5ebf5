package pdf

import (
	"strconv"

	"github.com/upr-tools/submit/internal/layout"
)

// Footnotes go at the foot of the page that cites them. They are set into
// lines once, before pagination, so the paginator knows the room each note
// takes; it reserves that room as it places the lines that cite them.

// setNotes breaks every footnote into lines as wide as the text column less
// the hanging number.
func (m *metrics) setNotes(notes []layout.Footnote, geo geometry) map[int][]noteLine {
	_, w := geo.column()
	st := textStyle{size: noteSize, lead: noteLead, align: alignLeft}
	out := make(map[int][]noteLine, len(notes))
	for i, fn := range notes {
		n := fn.Number
		if n <= 0 {
			n = i + 1
		}
		ls := m.lines(fn.Text, st, w-noteIndent)
		if len(ls) == 0 {
			h, base := lineMetrics(st)
			ls = []line{{h: h, base: base}}
		}
		nl := make([]noteLine, len(ls))
		for j, l := range ls {
			nl[j] = noteLine{line: l, n: n, first: j == 0}
		}
		out[n] = nl
	}
	return out
}

// notes draws a page's notes area, bottom-aligned above the margin: a short
// rule, then each note with its number raised in the hanging indent.
func (p *painter) notes(ls []noteLine) {
	if len(ls) == 0 {
		return
	}
	x, _ := p.geo.column()
	y := p.geo.bottom - areaH(ls)
	p.f.SetDrawColor(0, 0, 0)
	p.f.SetLineWidth(0.2)
	sepY := y + noteSep*ptMM*0.45
	p.f.Line(x, sepY, x+45, sepY)
	y += noteSep * ptMM
	for i, l := range ls {
		if i > 0 && l.first {
			y += noteGap * ptMM
		}
		if l.first {
			rs, w := p.m.plainRuns(serif, noteSize*0.8, strconv.Itoa(l.n))
			for _, r := range rs {
				r.rise = noteSize * 0.3 * ptMM
				p.text(r, x+noteIndent-1.2-w+r.x, y+l.base)
			}
		}
		p.line(l.line, x+noteIndent, y)
		y += l.h
	}
}
