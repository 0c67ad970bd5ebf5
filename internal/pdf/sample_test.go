package pdf

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/upr-tools/submit/internal/layout"
)

// Test documents are built as Go values: the Markdown step is another
// package's business.

func txt(s string) layout.Inline       { return layout.Inline{Text: s} }
func bold(s string) layout.Inline      { return layout.Inline{Text: s, Style: layout.Bold} }
func ital(s string) layout.Inline      { return layout.Inline{Text: s, Style: layout.Italic} }
func code(s string) layout.Inline      { return layout.Inline{Text: s, Style: layout.Code} }
func link(s, url string) layout.Inline { return layout.Inline{Text: s, Link: url} }
func note(n int) layout.Inline         { return layout.Inline{Footnote: n} }
func para(n int, in ...layout.Inline) layout.Paragraph {
	return layout.Paragraph{Number: n, Text: in}
}
func heading(level int, s string) layout.Heading {
	return layout.Heading{Level: level, Text: []layout.Inline{txt(s)}}
}
func cells(ss ...string) [][]layout.Inline {
	out := make([][]layout.Inline, len(ss))
	for i, s := range ss {
		out[i] = []layout.Inline{txt(s)}
	}
	return out
}

var created = time.Date(2025, 3, 14, 9, 30, 0, 0, time.UTC)

func sampleOptions() Options {
	return Options{
		Meta: Meta{
			Title:    "Freedom of expression in Türkiye",
			Author:   "Human Rights Network; Coalition Côte d'Ivoire",
			Subject:  "Stakeholder submission to the Universal Periodic Review of Türkiye, 4th cycle",
			Keywords: "Universal Periodic Review; Türkiye; expression",
			Language: "en",
		},
		Cover: Cover{
			Title: "Freedom of expression and the protection of journalists in Türkiye",
			Lines: []string{
				"State under review: Türkiye",
				"Universal Periodic Review, 4th cycle, Working Group session 49",
				"Joint submission by JS1: ECRR, HKRN",
			},
			Organisations: []Organisation{
				{Name: "European Centre for Rights and Remedies", Acronym: "ECRR", Description: "An independent organisation documenting violations of the rights of journalists in Europe and Central Asia.", Founded: 2004, Contact: "Ana Žižović, ana@ecrr.example.org, +32 2 555 0101, Rue de la Loi 1, Brussels", Website: "https://ecrr.example.org"},
				{Name: "Human Rights Network of Côte d'Ivoire", Acronym: "HKRN", Description: "A network of forty organisations working on civic space.", Founded: 1998, Contact: "Kouassi Yao, contact@hkrn.example.org", Website: "hkrn.example.org"},
			},
			Date:      "14 March 2025",
			Words:     1234,
			WordLimit: 5630,
		},
		Created: created,
		Header:  "JS1: ECRR – HKRN",
	}
}

// sampleDoc is a short document with one of everything.
func sampleDoc() *layout.Document {
	return &layout.Document{
		Blocks: []layout.Block{
			heading(1, "I. Introduction"),
			para(1, txt("This submission by "), bold("ECRR"), txt(" and "), bold("HKRN"), txt(" concerns Türkiye, Côte d'Ivoire and the case of Ana Žižović."), note(1), txt(" It follows the "), ital("third cycle"), txt(" review.")),
			para(2, txt("Recommendation "), code("28.212"), txt(" was supported. See "), link("the OHCHR matrix", "https://www.ohchr.org/en/hr-bodies/upr/upr-main"), txt("."), note(2)),
			heading(2, "A. Previous recommendations"),
			layout.List{Items: []layout.ListItem{
				{Blocks: []layout.Block{para(0, txt("Release detained journalists (Norway);"))}},
				{Blocks: []layout.Block{para(0, txt("Repeal article 299 of the Penal Code (Sweden)."))}},
			}},
			layout.List{Ordered: true, Start: 3, Items: []layout.ListItem{
				{Blocks: []layout.Block{para(0, txt("Third item."))}},
				{Blocks: []layout.Block{para(0, txt("Fourth item."))}},
			}},
			layout.Quote{Blocks: []layout.Block{para(0, txt("“Everyone has the right to freedom of opinion and expression.”"))}},
			layout.Table{
				Align:  []layout.Align{layout.AlignLeft, layout.AlignLeft, layout.AlignRight},
				Header: cells("Recommendation", "State", "Position"),
				Rows: [][][]layout.Inline{
					cells("28.212 Continue its legislative reforms", "Tunisia", "Supported"),
					cells("28.213 Release journalists", "Norway", "Noted"),
				},
			},
			layout.Rule{},
			heading(2, "B. Recommendations to Türkiye"),
			para(3, txt("We recommend that Türkiye repeal the law.")),
		},
		Footnotes: []layout.Footnote{
			{Number: 1, Text: []layout.Inline{txt("A/HRC/40/6, para. 28.212.")}},
			{Number: 2, Text: []layout.Inline{txt("Available at "), link("https://www.ohchr.org/en/hr-bodies/upr/upr-main", "https://www.ohchr.org/en/hr-bodies/upr/upr-main"), txt(".")}},
		},
	}
}

var lorem = strings.Fields(`the state under review has adopted several measures since the last
cycle but journalists continue to face prosecution under broadly worded anti-terrorism
provisions and the courts have not applied the standards of the European Court of Human
Rights in cases concerning the expression of opinions on matters of public interest while
the authorities blocked access to thousands of websites and detained reporters for months`)

// genDoc makes a long document: paras numbered paragraphs of about words
// words each, a footnote in seven paragraphs of eight, a heading every eight
// paragraphs, and a table of rows rows in the middle.
func genDoc(paras, words, rows int) *layout.Document {
	doc := &layout.Document{}
	n, k := 0, 0
	for i := 1; i <= paras; i++ {
		if i%8 == 1 {
			doc.Blocks = append(doc.Blocks, heading(1+(i/8)%2, fmt.Sprintf("Section %d", i/8+1)))
		}
		var in []layout.Inline
		var sb strings.Builder
		fmt.Fprintf(&sb, "Para%d ", i)
		for j := 0; j < words; j++ {
			sb.WriteString(lorem[k%len(lorem)])
			sb.WriteByte(' ')
			k++
		}
		in = append(in, txt(sb.String()))
		if i%8 != 0 {
			n++
			in = append(in, txt(fmt.Sprintf("REF%dX", n)), note(n), txt(" and the end."))
			doc.Footnotes = append(doc.Footnotes, layout.Footnote{Number: n, Text: []layout.Inline{
				txt(fmt.Sprintf("NOTE%d: report of the Special Rapporteur, A/HRC/%d/%d, paras. 12–%d, available at ", n, 40+n%10, n, 14+n)),
				link("https://www.ohchr.org/en/documents/thematic-reports/a-hrc-50-29", "https://www.ohchr.org/en/documents/thematic-reports/a-hrc-50-29"),
			}})
		}
		doc.Blocks = append(doc.Blocks, para(i, in...))
		if i == paras/2 && rows > 0 {
			t := layout.Table{Header: cells("No.", "Recommendation", "Recommending state", "Position")}
			for r := 1; r <= rows; r++ {
				t.Rows = append(t.Rows, cells(fmt.Sprintf("28.%d", r), fmt.Sprintf("Row%d: ensure that journalists can work freely and safely", r), "Côte d'Ivoire", "Supported"))
			}
			doc.Blocks = append(doc.Blocks, t)
		}
	}
	return doc
}

// render renders doc to a file in a test directory and returns its path.
func render(t testing.TB, doc *layout.Document, opts Options) (string, Result) {
	t.Helper()
	data, res, err := Render(doc, opts)
	if err != nil {
		t.Fatalf("Render: %v", err)
	}
	path := filepath.Join(t.TempDir(), "out.pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, res
}
