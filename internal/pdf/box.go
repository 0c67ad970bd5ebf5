package pdf

// box is one unbreakable piece of the vertical flow: a line of text, a table
// row, a rule. Blocks become boxes first; the paginator then decides where
// each box goes, knowing only heights, keeps and footnote references.
type box struct {
	h      float64 // height (mm)
	before float64 // space above (mm), dropped at the top of a page
	// keep ties the box to the next one: headings, the first line of a
	// paragraph (no orphan), the last line but one (no widow).
	keep  bool
	notes []int // footnotes referenced in the box, in order
	// header is a table's header row, repeated when a page starts with this
	// box.
	header *box
	base   float64 // baseline of the first line of text (mm from the top)
	labels []label // paragraph numbers, list bullets, on the first baseline
	rules  []float64
	// joinRules extends the rules (quotation bars at these x) up through the
	// space above, so a quotation's bar does not break between paragraphs.
	joinRules bool
	paint     func(p *painter, y float64)
	// split, for boxes that may be cut (table rows), returns a head no
	// taller than room and the rest, or ok=false when nothing fits.
	split func(room float64) (head, tail *box, ok bool)
	// outline is the heading text to bookmark at this box, level its
	// outline level (0 = top).
	outline string
	level   int
	// target is the number of the body paragraph whose first line this
	// box is: references to the paragraph link here.
	target int
}

// label is a text printed at x on a box's first baseline, with right set
// when x is its right edge (ordered list numbers line up on the dot). Its
// runs are placed from 0 and w wide.
type label struct {
	x     float64
	right bool
	runs  []run
	w     float64
}

// newLabel sets s in face fc as a label.
func (m *metrics) newLabel(x float64, right bool, fc face, size float64, s string) label {
	rs, w := m.plainRuns(fc, size, s)
	return label{x: x, right: right, runs: rs, w: w}
}
