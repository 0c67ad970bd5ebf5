// Package wgreport reads the recommendations of a UPR Working Group
// report (A/HRC/43/15) from its text, as copied or extracted from the PDF:
// section "II. Conclusions and/or recommendations", whose paragraphs
// introduce numbered recommendations "121.1 Ratify … (France);". The
// paragraph that says they "enjoy the support" of the state makes them
// supported, the one that says they "will be examined" pending, one that
// says they did not enjoy its support or were noted, noted.
package wgreport

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/upr-tools/submit/internal/diag"
	"github.com/upr-tools/submit/internal/importer"
	"github.com/upr-tools/submit/internal/importer/wgreport/pdftext"
	"github.com/upr-tools/submit/internal/states"
	"github.com/upr-tools/submit/internal/workspace"
)

// Options override what the report says of itself, for a text that lost
// its cover page or an extraction that garbled it.
type Options struct {
	Report  string // the report's symbol, A/HRC/43/15; default: the document's
	State   string // the state under review; default: the name under the title
	Session int    // the Working Group session; default: the introduction's "held its thirty-fourth session"
}

// Parse reads the recommendations of a Working Group report; name is the
// file name, for positions and errors.
func Parse(name string, data []byte) ([]importer.Record, error) {
	return Options{}.Parse(name, data)
}

// Parse reads the recommendations of a Working Group report with o's
// overrides. Records come in the report's order, one per number; the
// paragraph numbers are as written ("121.1"), and the cycle 1 form, plain
// "1." to "97." inside paragraph 111, is numbered "111.1" to "111.97".
func (o Options) Parse(name string, data []byte) ([]importer.Record, error) {
	lines := pdftext.Lines(data)
	start := findSection(lines)
	if start < 0 {
		return nil, notReport(name, lines, pdftext.Symbol(data))
	}
	doc := o.document(data, lines[:start])
	bs := blocks(lines[start+1:])
	if len(bs) == 0 || bs[0].para != "" || bs[0].lead == 0 {
		at, found := lines[start], "nothing"
		if len(bs) > 0 {
			at, found = bs[0].lines[0], pdftext.Quote(bs[0].lines[0].Text)
		}
		return nil, diag.Errorf(pos(name, at), `expected the numbered paragraph that introduces the recommendations ("121. The recommendations … enjoy the support of …"), found %s`, found)
	}
	words := pdftext.Vocabulary(lines)
	var recs []importer.Record
	response := ""
	for i, b := range bs {
		if b.para == "" {
			text := words.Join(b.lines).Text
			response = leadWording(text)
			hasRecs := i+1 < len(bs) && bs[i+1].para != ""
			if !hasRecs {
				break // the closing paragraph, or any other: the list is over
			}
			if response == "" || response == endOfList {
				return nil, diag.Errorf(pos(name, b.lines[0]), "paragraph %d introduces recommendations but does not say whether they enjoy the support of the State, will be examined by it, or were noted: found %s", b.lead, pdftext.Quote(text))
			}
			continue
		}
		recs = append(recs, doc.record(name, b, words.Join(b.lines).Text, response))
	}
	if len(recs) == 0 {
		b := bs[0]
		return nil, diag.Errorf(pos(name, b.lines[0]), "expected recommendations numbered %d.1, %d.2 … after paragraph %d, found none", b.lead, b.lead, b.lead)
	}
	return recs, nil
}

// document is what the report says of itself.
type document struct {
	report, state string
	session       int
	unmatched     []string // the state under review, when its name does not resolve
}

func (o Options) document(data []byte, head []pdftext.Line) document {
	d := document{report: o.Report, state: o.State, session: o.Session}
	if d.report == "" {
		d.report = pdftext.Symbol(data)
	}
	if d.state == "" {
		d.state = titleState(head)
	}
	if d.state != "" {
		if c, ok := states.Canonical(d.state); ok {
			d.state = c
		} else {
			d.unmatched = []string{d.state}
		}
	}
	if d.session == 0 {
		d.session = session(pdftext.Words{}.Join(head).Text)
	}
	return d
}

// record makes the record of one recommendation.
func (d document) record(name string, b block, text, response string) importer.Record {
	body, from, unmatched := attribution(strings.TrimRight(text, " ;."))
	r := importer.Record{
		Pos:              pos(name, b.lines[0]),
		StateUnderReview: d.state,
		Cycle:            importer.CycleOf(d.session),
		Session:          d.session,
		Paragraph:        b.para,
		Report:           d.report,
		From:             from,
		Text:             body,
		Response:         response,
	}
	for _, u := range slices.Concat(d.unmatched, unmatched) {
		if !slices.Contains(r.Unmatched, u) {
			r.Unmatched = append(r.Unmatched, u)
		}
	}
	if response != workspace.Pending && d.report != "" {
		r.ResponseSource = d.report + ", para. " + strconv.Itoa(b.lead)
	}
	return r
}

func pos(name string, l pdftext.Line) diag.Pos { return diag.Pos{File: name, Line: l.N} }

// notReport explains why a text is not a Working Group report.
func notReport(name string, lines []pdftext.Line, symbol string) error {
	at := pdftext.Line{N: 1}
	for _, l := range lines {
		if !l.Blank() {
			at = l
			break
		}
	}
	msg := fmt.Sprintf(`expected the text of a Working Group report, with the section "II. Conclusions and/or recommendations", found no such heading (the text begins %s)`, pdftext.Quote(at.Text))
	if strings.Contains(symbol, "/Add.") {
		msg += fmt.Sprintf("; %s is the State's addendum: import it with the responses format", symbol)
	}
	return diag.Errorf(pos(name, at), "%s", msg)
}
