package matrix

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/upr-tools/submit/internal/diag"
	"github.com/upr-tools/submit/internal/workspace"
)

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		is   error
		want string
	}{
		{"not a zip", []byte("%PDF-1.7"), ErrNotDOCX, "m.docx: not a Word document (.docx): cannot open it as a zip archive: zip: not a valid zip file"},
		{"a zip without a document", zipOf(map[string]string{"content.xml": "<x/>"}), ErrNotDOCX, "m.docx: not a Word document (.docx): the archive has no word/document.xml (it holds content.xml)"},
		{"broken XML", zipDocument([]byte(`<w:document ` + wordNS + `><w:body><w:p>`)), nil, "m.docx: word/document.xml: XML syntax error on line 1: unexpected EOF"},
		{"no table", buildDOCX(fxDoc{title: []string{"Thematic list of recommendations"}}), ErrUnknownLayout,
			"m.docx: no OHCHR matrix of recommendations: the document has no table; expected a table with the headers " + knownHeaders},
		{"unknown headers", buildDOCX(fxDoc{tables: [][]fxRow{{{c(""), c("")}, {c("Recommendation"), c("Lead agency"), c("Status")}}}}), ErrUnknownLayout,
			`m.docx: no OHCHR matrix of recommendations: the first table's headers are "Recommendation" | "Lead agency" | "Status"; expected the headers ` + knownHeaders},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, err := Parse("m.docx", tt.data)
			if err == nil || recs != nil {
				t.Fatalf("records %v, error %v", recs, err)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("error %v is not %v", err, tt.is)
			}
			if err.Error() != tt.want {
				t.Errorf("error\n%s\nwant\n%s", err, tt.want)
			}
		})
	}
}

func zipOf(files map[string]string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, content := range files {
		w, _ := zw.Create(name)
		_, _ = w.Write([]byte(content))
	}
	_ = zw.Close()
	return buf.Bytes()
}

func TestHeaderOnly(t *testing.T) {
	_, err := Parse("m.docx", buildDOCX(fxDoc{tables: [][]fxRow{{matrixHeader, wide(4, "Theme: x")}}}))
	var l diag.List
	if !errors.As(err, &l) || len(l) != 1 || l[0].Error() != "m.docx: the matrix has a header row but no recommendations" {
		t.Errorf("error %v", err)
	}
}

func TestMatchHeader(t *testing.T) {
	tests := []struct {
		cells []string
		want  layout
	}{
		{[]string{"Recommendation", "Position", "Full list of themes", "Assessment/comments on level of implementation"}, layoutMatrix},
		{[]string{"RECOMMENDATION ", "Position:", "Full list of themes"}, layoutMatrix},
		{[]string{"Recommendation", "Recommending state/s", "Position", "Full list of rights/affected persons", "Assessment/comments on level of implementation"}, layoutStatesColumn},
		{[]string{"Recommendation and recommending State", "Position of the State under review", "Human rights themes and groups of persons", "Relevant SDGs"}, layoutThematic},
		{[]string{"Recommendation", "Position", "Lead agency"}, 0},
		{[]string{"Position", "Full list of themes"}, 0},
	}
	for _, tt := range tests {
		var r row
		for i, s := range tt.cells {
			r.cells = append(r.cells, &cell{col: i, span: 1, paras: []string{s}})
		}
		cols, ok := matchHeader(&r)
		if ok != (tt.want != 0) || cols.layout != tt.want {
			t.Errorf("%q: %v %v, want %v", tt.cells, cols.layout, ok, tt.want)
		}
	}
}

// A title row before the header, the header again on a later page, an
// empty row, and the table split in two by a page break: all read as one.
func TestTableShapes(t *testing.T) {
	rec := func(n, state string) fxRow {
		return fxRow{c(n + " Ratify the ICCPR (" + state + ");"), c("Noted"), c("A12 Acceptance of international norms"), c("")}
	}
	doc := fxDoc{tables: [][]fxRow{
		{wide(4, "UPR of Chile – matrix of recommendations"), matrixHeader, rec("1.1", "Peru"), matrixHeader, {c(""), c(""), c(""), c("")}},
		{rec("1.2", "Chile"), wide(4, "Theme: B1 x")},
		{wide(4, "Theme: B2 y"), rec("1.3", "Mali")},
		{{c("Unrelated"), c("table")}},
	}}
	recs, err := Parse("m.docx", buildDOCX(doc))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range recs {
		got = append(got, r.Pos.String()+" "+r.Paragraph+" "+r.From[0])
	}
	if want := []string{"m.docx:3 1.1 Peru", "m.docx:6 1.2 Chile", "m.docx:9 1.3 Mali"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestMainPartFromRelationships(t *testing.T) {
	doc := documentXML(fxDoc{tables: [][]fxRow{{matrixHeader, {c("1.1 Ratify it (Peru)"), c("Supported"), c("A12"), c("")}}}})
	data := zipOf(map[string]string{
		"_rels/.rels":       `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/main.xml"/></Relationships>`,
		"word/main.xml":     doc,
		"word/document.xml": "not this one",
	})
	recs, err := Parse("m.docx", data)
	if err != nil || len(recs) != 1 || recs[0].Response != workspace.Supported {
		t.Fatalf("records %v, error %v", recs, err)
	}
}

func TestOptionsWin(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "matrix-cycle3.docx"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		opt            Options
		state          string
		cycle, session int
		report         string
		unmatched      []string
	}{
		{Options{}, "China", 3, 31, "A/HRC/40/6", nil},
		{Options{State: "Turkey", Session: 8}, "Türkiye", 3, 8, "A/HRC/40/6", nil},
		{Options{Session: 45, Report: "A/HRC/56/6"}, "China", 3, 45, "A/HRC/56/6", nil},
		{Options{State: "Narnia", Cycle: 4}, "Narnia", 4, 31, "A/HRC/40/6", []string{"Narnia"}},
	}
	for _, tt := range tests {
		recs, err := tt.opt.Parse("m.docx", data)
		if err != nil {
			t.Fatal(err)
		}
		r := recs[0]
		if r.StateUnderReview != tt.state || r.Cycle != tt.cycle || r.Session != tt.session || r.Report != tt.report || !slices.Equal(r.Unmatched, tt.unmatched) {
			t.Errorf("%+v: got %q %d %d %q %q", tt.opt, r.StateUnderReview, r.Cycle, r.Session, r.Report, r.Unmatched)
		}
	}
}

func TestDetectMeta(t *testing.T) {
	tests := []struct {
		name string
		doc  fxDoc
		want meta
	}{
		{"OHCHR page header", fxDoc{header: []string{"UPR of China (3rd Cycle – 31st session)", "Page 1 of 53"}}, meta{"China", 3, 31, ""}},
		{"title paragraphs", fxDoc{title: []string{"Universal Periodic Review of the Republic of Korea - 4th cycle, 42nd session", "A/HRC/53/13/Add.1"}}, meta{"Republic of Korea", 4, 42, "A/HRC/53/13"}},
		{"a state alone on a line", fxDoc{title: []string{"Matrix of recommendations", "Türkiye", "Cycle 3, session 35"}}, meta{"Türkiye", 3, 35, ""}},
		{"a Council session is not the Working Group's", fxDoc{title: []string{"Human Rights Council, 55th session"}}, meta{}},
		{"nothing", fxDoc{}, meta{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := readDOCX("m.docx", buildDOCX(tt.doc))
			if err != nil {
				t.Fatal(err)
			}
			if got := detectMeta(d); got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

// Some matrices put the source of the position under the position.
func TestSourceInPositionCell(t *testing.T) {
	doc := fxDoc{tables: [][]fxRow{{matrixHeader, {
		c("28.5 Ratify it (Peru);"),
		c("Supported", "Source of position: A/HRC/40/6/Add.1 - Para. 2"),
		c("A12"), c(""),
	}}}}
	recs, err := Parse("m.docx", buildDOCX(doc))
	if err != nil || len(recs) != 1 {
		t.Fatalf("records %v, error %v", recs, err)
	}
	if r := recs[0]; r.Response != workspace.Supported || r.ResponseSource != "A/HRC/40/6/Add.1, para. 2" || r.Report != "A/HRC/40/6" {
		t.Errorf("got %q %q %q", r.Response, r.ResponseSource, r.Report)
	}
}
