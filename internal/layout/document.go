// Package layout turns the Markdown that templates produce into a document
// tree ready to be laid out on pages: blocks of styled text, body paragraphs
// numbered, footnotes collected and numbered in order of reference.
//
// The tree is the contract between the Markdown step and every writer (PDF
// now, Word later): writers never see Markdown.
package layout

// Document is a submission body.
type Document struct {
	Blocks    []Block
	Footnotes []Footnote // Footnotes[i].Number == i+1, in order of first reference
}

// Block is one of Heading, Paragraph, List, Quote, Table, Rule.
type Block interface{ isBlock() }

// Heading is a section title. Headings are never numbered.
type Heading struct {
	Level int // 1–6
	Text  []Inline
	ID    string // stable anchor derived from the text, unique in the document
}

// Paragraph is a run of text. Number is its OHCHR paragraph number (1, 2, 3 …
// through the whole body), or 0 for paragraphs that are not numbered: those
// inside lists, quotes, tables and footnotes.
type Paragraph struct {
	Number int
	Label  string // name given in the text with {{label "name"}}, for references; "" if none
	Text   []Inline
}

// List is a bulleted or numbered list.
type List struct {
	Ordered bool
	Start   int // first number of an ordered list
	Items   []ListItem
}

// ListItem holds the blocks of one list entry (usually one Paragraph).
type ListItem struct {
	Blocks []Block
}

// Quote is a block quotation, as used for evidence excerpts.
type Quote struct {
	Blocks []Block
}

// Align is a table column's alignment.
type Align int

const (
	AlignNone Align = iota
	AlignLeft
	AlignCenter
	AlignRight
)

// Table is a table with one header row.
type Table struct {
	Align  []Align
	Header [][]Inline   // one cell per column
	Rows   [][][]Inline // Rows[r][c] is a cell
}

// Rule is a thematic break.
type Rule struct{}

func (Heading) isBlock()   {}
func (Paragraph) isBlock() {}
func (List) isBlock()      {}
func (Quote) isBlock()     {}
func (Table) isBlock()     {}
func (Rule) isBlock()      {}

// Style is a set of font styles.
type Style uint8

const (
	Bold Style = 1 << iota
	Italic
	Code
)

// Inline is a run of text in one style. A run with Footnote > 0 is the
// reference mark of that footnote and has no Text. A run with Break set is a
// hard line break.
//
// Templates label a paragraph with the Markdown link [](label:NAME) and
// refer to it with [](ref:NAME); FromMarkdown resolves both (render's label
// and paraRef functions write them).
type Inline struct {
	Text     string
	Style    Style
	Link     string // URL when the run is (part of) a link
	Footnote int
	Break    bool
	// Para > 0 makes the run a reference to body paragraph number Para
	// ("see para. 12"): its Text is that number, and writers link it to
	// the paragraph.
	Para int
}

// Footnote is a note's text, numbered through the document.
type Footnote struct {
	Number int
	Text   []Inline // paragraphs of a note are joined by hard breaks
}
