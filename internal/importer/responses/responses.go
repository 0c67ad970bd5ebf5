// Package responses reads a state's answers to its UPR recommendations:
// the addendum to the Working Group report (A/HRC/43/15/Add.1), as text
// copied or extracted from the PDF. Two forms are known. Cycles 2 and 3
// list numbers under headings for accepted, accepted and already
// implemented, and noted recommendations ("122.1, 122.12, 122.17-18");
// cycle 1 answers in a table whose rows start with the numbers ("5., 6.
// Slovenia accepts these recommendations"). Each number gives a Position,
// which sets the response of a recommendation already imported.
package responses

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/upr-tools/submit/internal/diag"
	"github.com/upr-tools/submit/internal/importer"
	"github.com/upr-tools/submit/internal/importer/wgreport/pdftext"
)

// Options override what the addendum says of itself.
type Options struct {
	Symbol string // the addendum's symbol; default: the document's
	// ListParagraph is the report's paragraph whose recommendations the
	// addendum numbers 1, 2, 3 … (cycle 1: 111 of A/HRC/14/15): the
	// positions then read "111.1", as the report's records do. Default:
	// the paragraph the addendum names ("follow the list in paragraph
	// 115 of the Report").
	ListParagraph int
}

// Addendum is what the addendum says besides the positions.
type Addendum struct {
	Symbol string // A/HRC/43/15/Add.1
	Report string // the report it answers: A/HRC/43/15
	Stated Stated
	// Warnings are what the reader should check: a number listed twice or
	// under two headings (the first is kept), a range that does not make
	// sense, an answer that neither accepts nor refuses.
	Warnings diag.List
}

// Parse reads an addendum; name is the file name, for positions and
// errors.
func Parse(name string, data []byte) ([]importer.Position, *Addendum, error) {
	return Options{}.Parse(name, data)
}

// Parse reads an addendum with o's overrides. Positions come in the
// order the addendum gives them, one per recommendation.
func (o Options) Parse(name string, data []byte) ([]importer.Position, *Addendum, error) {
	lines := pdftext.Lines(data)
	p := &parser{name: name, symbol: o.Symbol, words: pdftext.Vocabulary(lines), seen: map[string]int{}}
	if p.symbol == "" {
		p.symbol = pdftext.Symbol(data)
	}
	add := &Addendum{Symbol: p.symbol, Report: addRE.ReplaceAllString(p.symbol, "")}
	add.Stated = stated(p.fromLists(lines))
	if len(p.positions) == 0 {
		p.fromRows(lines)
	}
	if len(p.positions) == 0 {
		return nil, nil, notAddendum(name, lines, p.symbol)
	}
	p.prefix(o.ListParagraph, lines)
	p.warnings.Sort()
	add.Warnings = p.warnings
	return p.positions, add, nil
}

// source names the addendum's paragraph n: "A/HRC/43/15/Add.1, para. 3".
func (p *parser) source(n int) string {
	if p.symbol == "" {
		return "para. " + strconv.Itoa(n)
	}
	return p.symbol + ", para. " + strconv.Itoa(n)
}

// addRE is the part of an addendum's symbol after the report's.
var addRE = regexp.MustCompile(`/Add\.\d+$`)

// parser gathers the positions and warnings of one addendum.
type parser struct {
	name, symbol string
	words        pdftext.Words
	positions    []importer.Position
	seen         map[string]int // paragraph → index in positions
	warnings     diag.List
}

func (p *parser) warn(line int, format string, args ...any) {
	p.warnings.Add(diag.Pos{File: p.name, Line: line}, format, args...)
}

// add keeps the first position of each number and warns of the others:
// a number listed twice, or under two headings, is the addendum's slip
// for a person to resolve.
func (p *parser) add(pos importer.Position) {
	if i, ok := p.seen[pos.Paragraph]; ok {
		first := p.positions[i]
		p.warn(pos.Pos.Line, "%s is listed again (first at line %d as %s, here as %s): the first is kept", pos.Paragraph, first.Pos.Line, first.Response, pos.Response)
		return
	}
	p.seen[pos.Paragraph] = len(p.positions)
	p.positions = append(p.positions, pos)
}

// listParaRE finds the report's paragraph that an addendum's plain
// numbers refer to: "follow the list in paragraph 115 of the Report".
var listParaRE = regexp.MustCompile(`(?i)\bparagraph\s+(\d{1,3})\s+of\s+the\s+report\b`)

// prefix turns the plain numbers of cycles 1 and 2 ("6") into the
// report's ("115.6"), so that they meet the records of the report.
func (p *parser) prefix(para int, lines []pdftext.Line) {
	plain := -1
	for i, pos := range p.positions {
		if !strings.Contains(pos.Paragraph, ".") {
			plain = i
			break
		}
	}
	if plain < 0 {
		return
	}
	if para == 0 {
		if m := listParaRE.FindStringSubmatch(p.words.Join(lines).Text); m != nil {
			para = num(m[1])
		}
	}
	if para == 0 {
		p.warn(p.positions[plain].Pos.Line, "the addendum numbers the recommendations 1, 2, 3 … without saying which paragraph of the report lists them: give that paragraph (for instance 111 for A/HRC/14/15) so that they read 111.1, 111.2 … as the report's do")
		return
	}
	for i := range p.positions {
		if pos := &p.positions[i]; !strings.Contains(pos.Paragraph, ".") {
			pos.Paragraph = strconv.Itoa(para) + "." + pos.Paragraph
		}
	}
}

// notAddendum explains why a text is not an addendum.
func notAddendum(name string, lines []pdftext.Line, symbol string) error {
	at := pdftext.Line{N: 1}
	for _, l := range lines {
		if !l.Blank() {
			at = l
			break
		}
	}
	msg := fmt.Sprintf(`expected the State's addendum, with lists of recommendations ("The Government accepts the following recommendations 122.1, 122.12, 122.17-18 …") or answers numbered by recommendation ("5., 6.   Slovenia accepts these recommendations"), found neither (the text begins %s)`, pdftext.Quote(at.Text))
	if symbol != "" && !addRE.MatchString(symbol) {
		msg += fmt.Sprintf("; %s is not an addendum's symbol (…/Add.1): a Working Group report is imported with the wg-report format", symbol)
	}
	return diag.Errorf(diag.Pos{File: name, Line: at.N}, "%s", msg)
}
