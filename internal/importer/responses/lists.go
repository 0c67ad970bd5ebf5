package responses

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/upr-tools/submit/internal/diag"
	"github.com/upr-tools/submit/internal/importer"
	"github.com/upr-tools/submit/internal/importer/wgreport/pdftext"
	"github.com/upr-tools/submit/internal/workspace"
)

// The list form (cycles 2 and 3): headings for accepted, accepted and
// already implemented, and noted recommendations, each over a numbered
// paragraph that lists them: "3. The Government accepts the following
// recommendations 122.1, 122.12, 122.17-18, …".

var (
	// A heading of the addendum: "Accepted recommendations", "III. Noted
	// recommendations", "Accepted recommendations that Slovenia considers
	// already implemented…" (continued on the next lines).
	headingRE = regexp.MustCompile(`(?i)^(?:[IVX]{1,4}\.\s+)?(?:partially\s+)?(?:accepted|supported|noted|rejected)\s+recommendations\b`)
	// A numbered paragraph of the addendum.
	paraRE = regexp.MustCompile(`^(\d{1,3})\.\s+(\S.*)$`)
	// The sentence that gives a list: its verb, then the numbers.
	listRE = regexp.MustCompile(`(?i)\b(partially\s+)?(accepts?|supports?|notes?|rejects?)\b[^.]{0,80}?\brecommendations?\s*:?\s+(` +
		item + `(?:(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)` + item + `)*)`)
	implementedRE = regexp.MustCompile(`(?i)already (been )?implemented|process of implementation`)
)

// unit is a heading or a numbered paragraph, with its lines.
type unit struct {
	heading bool
	n       int
	lines   []pdftext.Line
}

// units cuts the addendum into headings and numbered paragraphs; the
// cover before the first paragraph is left out. Paragraph numbers grow,
// and a number after a line that ends with a dash ends a broken range
// ("122.91-" / "92. Slovenia considers…"): both are text.
func units(lines []pdftext.Line) []unit {
	var out []unit
	last, para := 0, -1 // last paragraph number; index of the current paragraph
	inHeading := false
	prev := "" // the last line with text
	for _, l := range lines {
		t := strings.TrimSpace(l.Text)
		m := paraRE.FindStringSubmatch(t)
		if m != nil && (num(m[1]) <= last || brokenRange(prev)) {
			m = nil
		}
		switch {
		case t == "":
			inHeading = false
		case headingRE.MatchString(t):
			out = append(out, unit{heading: true, lines: []pdftext.Line{l}})
			inHeading = true
		case m != nil:
			inHeading = false
			last = num(m[1])
			out = append(out, unit{n: last, lines: []pdftext.Line{{N: l.N, Text: m[2]}}})
			para = len(out) - 1
		case inHeading:
			out[len(out)-1].lines = append(out[len(out)-1].lines, l)
		case para >= 0:
			out[para].lines = append(out[para].lines, l)
		}
		if t != "" {
			prev = t
		}
	}
	return out
}

// brokenRange reports whether a line ends inside a range: "122.91-".
func brokenRange(line string) bool {
	r, _ := utf8.DecodeLastRuneInString(line)
	return strings.ContainsRune("-–—−", r) && len(line) > 1
}

// category is what a heading or a verb says of the recommendations.
type category struct {
	response    string
	implemented bool
	text        string // the heading or verb, for messages
}

func categoryOf(words string) category {
	w := strings.ToLower(words)
	c := category{text: strings.Join(strings.Fields(words), " ")}
	switch {
	case strings.Contains(w, "partially"):
		c.response = workspace.PartiallySupported
	case strings.Contains(w, "accept"), strings.Contains(w, "support"):
		c.response = workspace.Supported
	default:
		c.response = workspace.Noted
	}
	c.implemented = c.response != workspace.Noted && implementedRE.MatchString(w)
	return c
}

// fromLists reads the list form. opening is the text of the paragraphs
// before the first heading or list, where the addendum states its counts.
func (p *parser) fromLists(lines []pdftext.Line) (opening string) {
	var head *category
	for _, u := range units(lines) {
		para := p.words.Join(u.lines)
		if u.heading {
			c := categoryOf(para.Text)
			head = &c
			continue
		}
		m := listRE.FindStringSubmatchIndex(para.Text)
		if m == nil {
			if head == nil && len(p.positions) == 0 {
				opening += para.Text + "\n"
			}
			continue
		}
		verb := categoryOf(para.Text[m[0]:m[5]])
		c := verb
		if head != nil {
			c.implemented = head.implemented && c.response != workspace.Noted
			if head.response != verb.response {
				p.warn(para.LineAt(m[0]), "the heading %q is over a paragraph that %s: taken as %s", head.text, verb.text, verb.response)
			}
		} else {
			// No heading: the sentence after the list may say it.
			after := para.Text[m[1]:min(len(para.Text), m[1]+300)]
			c.implemented = c.response != workspace.Noted && implementedRE.MatchString(after)
		}
		source := p.source(u.n)
		list := para.Text[m[6]:m[7]]
		for _, loc := range itemRE.FindAllStringIndex(list, -1) {
			at := diag.Pos{File: p.name, Line: para.LineAt(m[6] + loc[0])}
			nums, err := expand(list[loc[0]:loc[1]])
			if err != nil {
				p.warn(at.Line, "%v: left out", err)
			}
			for _, n := range nums {
				p.add(importer.Position{Pos: at, Paragraph: n, Response: c.response, Implemented: c.implemented, Source: source})
			}
		}
	}
	return opening
}
