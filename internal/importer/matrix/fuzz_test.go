package matrix

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"testing"

	"github.com/upr-tools/submit/internal/diag"
	"github.com/upr-tools/submit/internal/importer"
	"github.com/upr-tools/submit/internal/workspace"
)

var wellFormedPara = regexp.MustCompile(`^[0-9]{1,4}\.[0-9]{1,4}$`)

// checkParse checks what Parse promises, whatever the input: records only
// with row problems, never with a fatal error; well-formed, distinct
// paragraphs at a row of the file; responses in the workspace's words;
// every unresolved name listed.
func checkParse(t *testing.T, recs []importer.Record, err error) {
	t.Helper()
	var l diag.List
	if err != nil && !errors.As(err, &l) && recs != nil {
		t.Fatalf("records with a fatal error %v", err)
	}
	seen := map[string]bool{}
	for _, r := range recs {
		if r.Pos.File != "f.docx" || r.Pos.Line < 1 {
			t.Errorf("position %v", r.Pos)
		}
		if !wellFormedPara.MatchString(r.Paragraph) || seen[r.Paragraph] {
			t.Errorf("paragraph %q (seen before: %v)", r.Paragraph, seen[r.Paragraph])
		}
		seen[r.Paragraph] = true
		if r.Response != "" && !slices.Contains(workspace.ResponseValues, r.Response) {
			t.Errorf("response %q", r.Response)
		}
		for _, f := range r.From {
			if f == "" {
				t.Errorf("empty state in %q", r.From)
			}
		}
		for _, u := range r.Unmatched {
			if !slices.Contains(r.From, u) && u != r.StateUnderReview {
				t.Errorf("unmatched %q is not a state of the record", u)
			}
		}
	}
}

func fixtureFiles(f *testing.F) [][]byte {
	names, _ := filepath.Glob(filepath.Join("testdata", "*.docx"))
	var out [][]byte
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			f.Fatal(err)
		}
		out = append(out, data)
	}
	return out
}

// FuzzParse feeds whole files: mostly broken zips, which must fail
// cleanly.
func FuzzParse(f *testing.F) {
	for _, data := range fixtureFiles(f) {
		f.Add(data)
	}
	f.Add([]byte("PK\x03\x04"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		recs, err := Parse("f.docx", data)
		checkParse(t, recs, err)
	})
}

// FuzzDocumentXML feeds document.xml, wrapped in a valid zip, where the
// tables, cells and text are.
func FuzzDocumentXML(f *testing.F) {
	for _, d := range fixtures {
		f.Add([]byte(documentXML(d)))
	}
	f.Add([]byte(`<w:document ` + wordNS + `><w:body><w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="99999"/><w:vMerge/></w:tcPr><w:tbl><w:tr><w:tc><w:p><w:r><w:t>(</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl></w:body></w:document>`))
	f.Fuzz(func(t *testing.T, doc []byte) {
		recs, err := Parse("f.docx", zipDocument(doc))
		checkParse(t, recs, err)
	})
}

// FuzzRecCell feeds the text of a Recommendation cell, where the
// paragraph number, the states and the source line are read.
func FuzzRecCell(f *testing.F) {
	for _, d := range fixtures {
		for _, tb := range d.tables {
			for _, r := range tb {
				if len(r) > 0 && len(r[0].paras) > 0 {
					f.Add(r[0].paras[0])
				}
			}
		}
	}
	f.Add("28.1 ((((Chile) (Peru)) ;;; (Sierra Le one) Source of position: A/HRC/1/1/Add.1 - Para. 1")
	f.Fuzz(func(t *testing.T, text string) {
		rc, msg := parseRecCell([]string{cleanText(text)})
		if msg != "" {
			return
		}
		if !wellFormedPara.MatchString(rc.paragraph) || rc.text == "" {
			t.Errorf("paragraph %q, text %q", rc.paragraph, rc.text)
		}
		for _, n := range rc.from {
			if n.written == "" {
				t.Errorf("empty state in %q", rc.from)
			}
		}
	})
}
