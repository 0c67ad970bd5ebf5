package pdf

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/layout"
	"github.com/upr-tools/submit/internal/testutil"
)

func TestSampleTextInOrder(t *testing.T) {
	path, res := render(t, sampleDoc(), sampleOptions())
	if res.Pages != 2 {
		t.Errorf("Pages = %d, want 2 (cover and one body page)", res.Pages)
	}
	text := squash(pdftotext(t, path))
	if miss := inOrder(text,
		"Freedom of expression and the protection of journalists in Türkiye",
		"State under review: Türkiye",
		"European Centre for Rights and Remedies (ECRR)",
		"Founded 2004",
		"Ana Žižović, ana@ecrr.example.org",
		"https://ecrr.example.org",
		"Human Rights Network of Côte d'Ivoire (HKRN)",
		"Founded 1998",
		"hkrn.example.org",
		"14 March 2025",
		"Word count: 1,234 (limit 5,630)",
		"JS1: ECRR – HKRN",
		"I. Introduction",
		"1. This submission by ECRR and HKRN concerns Türkiye, Côte d'Ivoire and the case of Ana Žižović.1 It follows the third cycle review.",
		"2. Recommendation 28.212 was supported. See the OHCHR matrix.2",
		"A. Previous recommendations",
		"• Release detained journalists (Norway);",
		"3. Third item.", "4. Fourth item.",
		"“Everyone has the right to freedom of opinion and expression.”",
		"Recommendation", "State", "Position", "28.212 Continue its legislative reforms", "Tunisia", "Supported",
		"B. Recommendations to Türkiye",
		"3. We recommend that Türkiye repeal the law.",
		"1 A/HRC/40/6, para. 28.212.",
		"2 Available at https://www.ohchr.org/en/hr-bodies/upr/upr-main.",
		"Page 2 of 2",
	); miss != "" {
		t.Errorf("%q missing or out of order in:\n%s", miss, text)
	}
}

func TestCoverHasNoPageFurniture(t *testing.T) {
	path, _ := render(t, sampleDoc(), sampleOptions())
	pages := pageTexts(t, path, 2)
	for _, bad := range []string{"Page 1", "JS1: ECRR – HKRN"} {
		if strings.Contains(pages[0], bad) {
			t.Errorf("cover shows %q", bad)
		}
	}
	for _, want := range []string{"Page 2 of 2", "JS1: ECRR – HKRN"} {
		if !strings.Contains(pages[1], want) {
			t.Errorf("body page lacks %q:\n%s", want, pages[1])
		}
	}
}

func TestOnlyEmbeddedFonts(t *testing.T) {
	path, _ := render(t, sampleDoc(), sampleOptions())
	bin := testutil.Need(t, "pdffonts", "poppler-utils")
	out := testutil.Run(t, bin, path)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 3 {
		t.Fatalf("pdffonts lists no fonts:\n%s", out)
	}
	// Columns: name type encoding emb sub uni object ID; the type has a
	// space ("CID TrueType"), so read emb from the right.
	for _, l := range lines[2:] {
		f := strings.Fields(l)
		if len(f) < 7 || f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %s", l)
		}
		if !strings.Contains(l, "TrueType") {
			t.Errorf("not a TrueType font: %s", l)
		}
	}
	if !strings.Contains(out, "mono") {
		t.Errorf("code is not set in the mono face:\n%s", out)
	}
}

func TestQPDFCheck(t *testing.T) {
	for name, doc := range map[string]*layout.Document{"sample": sampleDoc(), "long": genDoc(40, 70, 60), "empty": {}} {
		t.Run(name, func(t *testing.T) {
			path, _ := render(t, doc, sampleOptions())
			bin := testutil.Need(t, "qpdf", "qpdf")
			out := testutil.Run(t, bin, "--check", path)
			if !strings.Contains(out, "No syntax or stream encoding errors") {
				t.Errorf("qpdf --check:\n%s", out)
			}
		})
	}
}

func TestDeterministic(t *testing.T) {
	doc := genDoc(30, 60, 20)
	a, _, err := Render(doc, sampleOptions())
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := Render(doc, sampleOptions())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("two renderings of one document differ")
	}
}

func TestMetadata(t *testing.T) {
	tests := []struct {
		size, want string
	}{
		{"", "595.28 x 841.89 pts (A4)"},
		{"A4", "595.28 x 841.89 pts (A4)"},
		{"Letter", "612 x 792 pts (letter)"},
	}
	for _, tt := range tests {
		t.Run(tt.size, func(t *testing.T) {
			opts := sampleOptions()
			opts.PageSize = tt.size
			path, res := render(t, sampleDoc(), opts)
			info := pdfinfo(t, path)
			want := map[string]string{
				"Title":        "Freedom of expression in Türkiye",
				"Author":       "Human Rights Network; Coalition Côte d'Ivoire",
				"Subject":      "Stakeholder submission to the Universal Periodic Review of Türkiye, 4th cycle",
				"Keywords":     "Universal Periodic Review; Türkiye; expression",
				"Creator":      "submit",
				"Producer":     "submit",
				"CreationDate": "Fri Mar 14 09:30:00 2025 UTC",
				"ModDate":      "Fri Mar 14 09:30:00 2025 UTC",
				"Pages":        strconv.Itoa(res.Pages),
				"Page size":    tt.want,
			}
			for k, v := range want {
				if info[k] != v {
					t.Errorf("%s = %q, want %q", k, info[k], v)
				}
			}
		})
	}
}

func TestLanguage(t *testing.T) {
	// qpdf --json shows the catalog's /Lang.
	path, _ := render(t, sampleDoc(), sampleOptions())
	bin := testutil.Need(t, "qpdf", "qpdf")
	out := testutil.Run(t, bin, "--json", "--json-key=qpdf", path)
	if !strings.Contains(out, `"/Lang": "u:en"`) {
		t.Errorf("catalog has no /Lang en:\n%.2000s", out)
	}
}

func TestOutline(t *testing.T) {
	path, _ := render(t, sampleDoc(), sampleOptions())
	bin := testutil.Need(t, "qpdf", "qpdf")
	var doc struct {
		Outlines []outline `json:"outlines"`
	}
	if err := json.Unmarshal([]byte(testutil.Run(t, bin, "--json", "--json-key=outlines", path)), &doc); err != nil {
		t.Fatal(err)
	}
	got := flatten(doc.Outlines, 0)
	want := []string{"0 I. Introduction p2", "1 A. Previous recommendations p2", "1 B. Recommendations to Türkiye p2"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("outline:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

type outline struct {
	Title string    `json:"title"`
	Page  int       `json:"destpageposfrom1"`
	Kids  []outline `json:"kids"`
}

func flatten(os []outline, depth int) []string {
	var out []string
	for _, o := range os {
		out = append(out, fmt.Sprintf("%d %s p%d", depth, o.Title, o.Page))
		out = append(out, flatten(o.Kids, depth+1)...)
	}
	return out
}

func TestOutlineLevels(t *testing.T) {
	b := &builder{}
	doc := &layout.Document{Blocks: []layout.Block{heading(2, "a"), heading(4, "b"), heading(3, "c"), heading(2, "d")}}
	for _, bl := range doc.Blocks {
		if h, ok := bl.(layout.Heading); ok && (b.minLevel == 0 || h.Level < b.minLevel) {
			b.minLevel = h.Level
		}
	}
	b.lastLevel = -1
	var got []int
	for _, bl := range doc.Blocks {
		got = append(got, b.outlineLevel(bl.(layout.Heading).Level))
	}
	if fmt.Sprint(got) != "[0 1 1 0]" {
		t.Errorf("levels %v, want [0 1 1 0] (first level 0, no jumps)", got)
	}
}

var paraNum = regexp.MustCompile(`(?m)^(\d+)\.\s*$`)

func TestParagraphNumbersAcrossPages(t *testing.T) {
	doc := genDoc(40, 70, 0)
	path, res := render(t, doc, sampleOptions())
	if res.Pages < 4 {
		t.Fatalf("only %d pages: the test needs page breaks", res.Pages)
	}
	var nums []int
	for i, p := range pageTexts(t, path, res.Pages) {
		if i > 0 && !strings.Contains(p, fmt.Sprintf("Page %d of %d", i+1, res.Pages)) {
			t.Errorf("page %d has no footer", i+1)
		}
		for _, m := range paraNum.FindAllStringSubmatch(p, -1) {
			n, _ := strconv.Atoi(m[1])
			nums = append(nums, n)
		}
	}
	for i, n := range nums {
		if n != i+1 {
			t.Fatalf("paragraph numbers %v: want 1 to 40 in order", nums)
		}
	}
	if len(nums) != 40 {
		t.Fatalf("found %d paragraph numbers, want 40", len(nums))
	}
	text := squash(pdftotext(t, path))
	var want []string
	for i := 1; i <= 40; i++ {
		want = append(want, fmt.Sprintf("%d. Para%d ", i, i))
	}
	if miss := inOrder(text, want...); miss != "" {
		t.Errorf("%q missing or out of order", miss)
	}
}

func TestFootnotesOnCitingPage(t *testing.T) {
	doc := genDoc(70, 75, 0)
	path, res := render(t, doc, sampleOptions())
	ref := regexp.MustCompile(`REF(\d+)X`)
	found := 0
	for i, p := range pageTexts(t, path, res.Pages) {
		for _, m := range ref.FindAllStringSubmatch(p, -1) {
			found++
			if !strings.Contains(p, "NOTE"+m[1]+":") {
				t.Errorf("page %d cites note %s but does not show it:\n%s", i+1, m[1], p)
			}
		}
	}
	if found != len(doc.Footnotes) {
		t.Errorf("found %d reference marks, want %d", found, len(doc.Footnotes))
	}
}

func TestTableSpansPagesWithHeader(t *testing.T) {
	doc := &layout.Document{Blocks: []layout.Block{heading(1, "Recommendations")}}
	tbl := layout.Table{Header: cells("No.", "Recommendation", "Recommending state", "Position")}
	for r := 1; r <= 60; r++ {
		tbl.Rows = append(tbl.Rows, cells(fmt.Sprintf("28.%d", r),
			fmt.Sprintf("Row%d: ensure that journalists and human rights defenders can work freely and safely", r),
			"Côte d'Ivoire", "Supported"))
	}
	doc.Blocks = append(doc.Blocks, tbl)
	path, res := render(t, doc, sampleOptions())
	pages := pageTexts(t, path, res.Pages)
	spans, seen := 0, map[int]bool{}
	rowRe := regexp.MustCompile(`Row(\d+):`)
	for i, p := range pages[1:] {
		rows := rowRe.FindAllStringSubmatch(p, -1)
		if len(rows) == 0 {
			continue
		}
		spans++
		if !strings.Contains(p, "Recommending") || !strings.Contains(p, "Position") {
			t.Errorf("page %d holds rows but no header row", i+2)
		}
		for _, r := range rows {
			n, _ := strconv.Atoi(r[1])
			if seen[n] {
				t.Errorf("row %d printed twice", n)
			}
			seen[n] = true
		}
	}
	if spans < 2 {
		t.Errorf("60 rows on %d page(s); want the table to span pages", spans)
	}
	if len(seen) != 60 {
		t.Errorf("%d distinct rows printed, want 60", len(seen))
	}
}

func TestLongURLStaysInMargins(t *testing.T) {
	url := "https://www.ohchr.org/sites/default/files/documents/hrbodies/upr/" + strings.Repeat("session49/turkiye/stakeholder-submissions/", 6) + "JS1_UPR49_TUR_E_Main.pdf"
	doc := &layout.Document{
		Blocks: []layout.Block{
			para(1, txt("The report is at "), link(url, url), txt(" and a word "+strings.Repeat("x", 150)+"."), note(1)),
			layout.Table{Header: cells("Source", "Link"), Rows: [][][]layout.Inline{{{txt("Report")}, {link(url, url)}}}},
		},
		Footnotes: []layout.Footnote{{Number: 1, Text: []layout.Inline{txt("See "), link(url, url), txt(".")}}},
	}
	for _, size := range []string{"A4", "Letter"} {
		t.Run(size, func(t *testing.T) {
			opts := sampleOptions()
			opts.PageSize = size
			path, _ := render(t, doc, opts)
			geo, _ := pageGeometry(size)
			right := geo.right / ptMM
			bbox := pdftotext(t, path, "-bbox")
			re := regexp.MustCompile(`<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>`)
			words := re.FindAllStringSubmatch(bbox, -1)
			if len(words) == 0 {
				t.Fatal("pdftotext -bbox found no words")
			}
			for _, w := range words {
				xMax, _ := strconv.ParseFloat(w[2], 64)
				if xMax > right+0.5 {
					t.Errorf("%q ends at %.1f pt, beyond the right margin at %.1f pt", w[3], xMax, right)
				}
			}
			// Words from -bbox, because plain pdftotext joins a word cut
			// after a hyphen at the end of a line.
			var joined strings.Builder
			for _, w := range words {
				joined.WriteString(w[3])
			}
			if n := strings.Count(joined.String(), url); n != 3 {
				t.Errorf("the URL is printed whole %d times once line breaks are removed, want 3 (body, table, note)", n)
			}
			for _, l := range strings.Split(pdftotext(t, path), "\n") {
				if strings.Contains(l, url) {
					t.Errorf("the URL was not wrapped: %q", l)
				}
			}
			data, _, _ := Render(doc, opts)
			if !bytes.Contains(data, []byte("/URI ("+url+")")) {
				t.Error("the URL is not a link")
			}
		})
	}
}

func TestLinksAreClickable(t *testing.T) {
	data, _, err := Render(sampleDoc(), sampleOptions())
	if err != nil {
		t.Fatal(err)
	}
	for _, url := range []string{"https://ecrr.example.org", "https://hkrn.example.org", "https://www.ohchr.org/en/hr-bodies/upr/upr-main"} {
		if !bytes.Contains(data, []byte("/URI ("+url+")")) {
			t.Errorf("no link to %s", url)
		}
	}
}

func TestOptionErrors(t *testing.T) {
	tests := []struct {
		name string
		opts func(*Options)
		want string
	}{
		{"page size", func(o *Options) { o.PageSize = "A5" }, `use "A4" or "Letter"`},
		{"language", func(o *Options) { o.Meta.Language = "en) /Evil (" }, "BCP 47"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := sampleOptions()
			tt.opts(&opts)
			_, _, err := Render(sampleDoc(), opts)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want one saying %q", err, tt.want)
			}
		})
	}
}

func TestHostileText(t *testing.T) {
	// Control characters, empty blocks, odd numbers, undefined notes: the
	// writer must not panic and must stay valid.
	doc := &layout.Document{
		Blocks: []layout.Block{
			layout.Heading{Level: 9, Text: []layout.Inline{txt("Heading with \x00control\x07")}},
			layout.Heading{Level: -1},
			layout.Paragraph{Number: 1},
			layout.Paragraph{Number: 2, Text: []layout.Inline{note(7), {Break: true}, {Break: true}, txt("\u00ad\u200b\ufeff")}},
			layout.List{Ordered: true, Start: -3, Items: []layout.ListItem{{}}},
			layout.Quote{},
			layout.Table{},
			layout.Table{Rows: [][][]layout.Inline{cells("a", "b", "c")}},
			nil,
		},
	}
	path, _ := render(t, doc, Options{})
	bin := testutil.Need(t, "qpdf", "qpdf")
	testutil.Run(t, bin, "--check", path)
	if text := pdftotext(t, path); !strings.Contains(text, "Heading with control") {
		t.Errorf("heading lost:\n%s", text)
	}
}

func TestLongFootnoteContinues(t *testing.T) {
	doc := genDoc(12, 60, 0)
	long := "NOTESTART " + strings.Repeat("The Special Rapporteur documented further cases of detention. ", 60) + "NOTEEND"
	doc.Footnotes[2].Text = []layout.Inline{txt(long)}
	path, res := render(t, doc, sampleOptions())
	pages := pageTexts(t, path, res.Pages)
	cite, start, end := -1, -1, -1
	for i, p := range pages {
		if strings.Contains(p, "REF3X") {
			cite = i
		}
		if strings.Contains(p, "NOTESTART") {
			start = i
		}
		if strings.Contains(p, "NOTEEND") {
			end = i
		}
	}
	if cite < 0 || start != cite {
		t.Errorf("note 3 cited on page %d starts on page %d", cite+1, start+1)
	}
	if end <= start {
		t.Errorf("a note longer than the room left should continue on the next page: starts on %d, ends on %d", start+1, end+1)
	}
	bin := testutil.Need(t, "qpdf", "qpdf")
	testutil.Run(t, bin, "--check", path)
}
