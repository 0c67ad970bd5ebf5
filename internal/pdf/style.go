package pdf

// Typography, in points unless the name says mm. Gathered here so the look
// of the document can be tuned in one place.
const (
	bodySize = 12.0
	bodyLead = 1.25 // line height as a multiple of the type size

	noteSize = 9.5
	noteLead = 1.2
	noteGap  = 1.5 // between two notes
	noteSep  = 9.0 // from the top of the notes area to the first note; the rule is in the middle

	markScale = 0.62 // footnote reference marks: size relative to the text
	markRise  = 0.36 // and how far they are raised, relative to the text size

	codeScale = 0.9 // Liberation Mono looks larger than Serif at one size

	quoteSize = 11.0
	tableSize = 10.0
	tableLead = 1.2

	paraSpace = 6.0 // above a paragraph
	itemSpace = 3.0 // above a list item after the first
	blockGap  = 8.0 // above and below tables, quotes and rules

	headerSize = 9.0 // running header and footer

	marginMM   = 25.0 // page margins
	indentMM   = 10.0 // text column: room for hanging paragraph numbers
	listIndent = 7.0  // mm, per list level
	quoteInset = 7.0  // mm, on both sides of a quotation
	cellPadX   = 1.6  // mm
	cellPadY   = 1.2  // mm
	noteIndent = 6.0  // mm, hanging indent for the note number
)

// heading sizes and spacing by level (1, 2, 3 and deeper).
var headingStyle = [...]struct{ size, above, below float64 }{
	{14, 18, 6},
	{13, 14, 5},
	{12, 12, 4},
}

func headingOf(level int) (size, above, below float64) {
	i := max(0, min(level-1, len(headingStyle)-1))
	h := headingStyle[i]
	return h.size, h.above, h.below
}

// Colours as grey levels or RGB.
var (
	linkColor = [3]int{0x1a, 0x3d, 0x8f}
	ruleGrey  = 110
	headGrey  = 100
	fillGrey  = 232
)
