package uprinfo

import (
	"encoding/csv"
	"io"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/importer"
	"github.com/upr-tools/submit/internal/states"
	"github.com/upr-tools/submit/internal/testutil"
	"golang.org/x/text/encoding/charmap"
)

// sharedFiles are the export's files in the shared data folder, with the
// rows each holds (the folder's README).
var sharedFiles = []struct {
	name string
	rows int
}{{"1-5.csv", 6094}, {"6-9.csv", 8343}, {"10-13.csv", 9047}}

// sharedUnknown lists the only names in the export that are no state:
// UPR Info's "&#40;Unknown&#41;", on 9 rows of 1-5.csv.
var sharedUnknown = map[string]int{"(Unknown)": 9}

// sourceRow is a row of the export as an independent reading gives it.
type sourceRow struct {
	line  int
	cells map[string]string
}

// readSource reads an export file without this package: Mac Roman, CR
// line ends made LF (the export has no line break inside a field).
func readSource(t *testing.T, data []byte) []sourceRow {
	t.Helper()
	text, err := charmap.Macintosh.NewDecoder().String(string(data))
	if err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(strings.NewReader(strings.ReplaceAll(text, "\r", "\n")))
	header, err := r.Read()
	if err != nil {
		t.Fatal(err)
	}
	var out []sourceRow
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		line, _ := r.FieldPos(0)
		row := sourceRow{line: line, cells: map[string]string{}}
		for i, h := range header {
			row.cells[h] = rec[i]
		}
		out = append(out, row)
	}
}

// TestSharedExport imports the three files of the real export and checks
// every record against an independent reading of its row.
func TestSharedExport(t *testing.T) {
	total := 0
	unknown := map[string]int{}
	var accents, cote bool
	for _, f := range sharedFiles {
		path := testutil.SharedData(t, "upr-info/"+f.name)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		recs, err := Parse(f.name, data)
		if err != nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		if len(recs) != f.rows {
			t.Errorf("%s: %d records, want %d", f.name, len(recs), f.rows)
		}
		total += len(recs)
		src := readSource(t, data)
		if len(src) != len(recs) {
			t.Fatalf("%s: %d records, the source has %d rows", f.name, len(recs), len(src))
		}
		for i, rec := range recs {
			checkAgainstSource(t, f.name, rec, src[i])
			for _, u := range rec.Unmatched {
				unknown[u]++
			}
			accents = accents || strings.Contains(rec.Text, "Instance Equité - Reconciliation")
			cote = cote || rec.StateUnderReview == "Côte d'Ivoire"
		}
		again, _ := Parse(f.name, data)
		if !reflect.DeepEqual(again, recs) {
			t.Errorf("%s: parsing twice gives different records", f.name)
		}
	}
	if total != 23484 {
		t.Errorf("%d records in all, want 23,484", total)
	}
	if !reflect.DeepEqual(unknown, sharedUnknown) {
		t.Errorf("unmatched names %v, want %v", unknown, sharedUnknown)
	}
	if !accents || !cote {
		t.Errorf("accents lost: a text with \"Equité\" found %v, Côte d'Ivoire under review found %v", accents, cote)
	}
}

// checkAgainstSource compares a record with its source row, field by field.
func checkAgainstSource(t *testing.T, file string, rec importer.Record, row sourceRow) {
	t.Helper()
	c := row.cells
	fail := func(field string, got, want any) {
		t.Errorf("%s:%d: %s = %q, the source says %q", file, row.line, field, got, want)
	}
	if rec.Pos.File != file || rec.Pos.Line != row.line {
		fail("Pos", rec.Pos.String(), file+":"+strconv.Itoa(row.line))
	}
	if want := strings.TrimSpace(c["Text"]); rec.Text != want {
		fail("Text", rec.Text, want)
	}
	if want := map[string]string{"Accepted": "supported", "Noted": "noted"}[c["Response"]]; rec.Response != want || want == "" {
		fail("Response", rec.Response, c["Response"])
	}
	if want, _ := strconv.Atoi(c["Action"]); rec.ActionCategory != want || want == 0 {
		fail("ActionCategory", rec.ActionCategory, c["Action"])
	}
	if want, _ := strconv.Atoi(c["Session"]); rec.Session != want || rec.Cycle != importer.CycleOf(want) {
		fail("Session", rec.Session, c["Session"])
	}
	if want := strings.Split(c["Issue"], ","); !slices.Equal(rec.Themes, want) {
		fail("Themes", rec.Themes, want)
	}
	checkState(t, file, row.line, "To", rec.StateUnderReview, c["To"], rec.Unmatched)
	if len(rec.From) != 1 {
		t.Errorf("%s:%d: From = %q, want one state", file, row.line, rec.From)
		return
	}
	checkState(t, file, row.line, "From", rec.From[0], c["From"], rec.Unmatched)
}

// checkState checks that a name is the canonical one of the source's, or
// the source's as written and listed as unmatched.
func checkState(t *testing.T, file string, line int, field, got, source string, unmatched []string) {
	t.Helper()
	if canon, ok := states.Canonical(source); ok {
		if got != canon {
			t.Errorf("%s:%d: %s = %q, want %q (the source's %q)", file, line, field, got, canon, source)
		}
		return
	}
	if source == "&#40;Unknown&#41;" {
		source = "(Unknown)"
	}
	if got != source || !slices.Contains(unmatched, source) {
		t.Errorf("%s:%d: %s = %q unmatched %q, want %q listed as unmatched", file, line, field, got, unmatched, source)
	}
}
