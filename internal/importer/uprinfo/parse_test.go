package uprinfo

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"testing"

	"github.com/upr-tools/submit/internal/importer"
	"github.com/upr-tools/submit/internal/testutil"
)

// dump writes records one JSON object a line, for golden files: a change
// to one record shows as one line of diff.
func dump(t testing.TB, recs []importer.Record) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
	}
	return b.Bytes()
}

func parseFile(t testing.TB, path string) []importer.Record {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := Parse(path, data)
	if err != nil {
		t.Fatalf("Parse(%s): %v", path, err)
	}
	return recs
}

// withFile returns recs with Pos.File set to file, to compare the records
// of two fixtures that hold the same rows.
func withFile(recs []importer.Record, file string) []importer.Record {
	out := make([]importer.Record, len(recs))
	for i, r := range recs {
		r.Pos.File = file
		out[i] = r
	}
	return out
}

// TestFixtureGolden pins the records of the Mac Roman fixture, and checks
// that its Windows-1252 and UTF-8 transcodings give the same records.
func TestFixtureGolden(t *testing.T) {
	mac := parseFile(t, macFixture)
	if len(mac) != 21 {
		t.Errorf("%d records, want the fixture's 21 rows", len(mac))
	}
	testutil.Golden(t, "testdata/sample.golden", dump(t, mac))
	for _, path := range []string{winFixture, utf8Fixture} {
		t.Run(path, func(t *testing.T) {
			got := withFile(parseFile(t, path), macFixture)
			for i := range min(len(got), len(mac)) {
				if !reflect.DeepEqual(got[i], mac[i]) {
					t.Errorf("record %d:\n got %+v\nwant %+v", i, got[i], mac[i])
				}
			}
			if len(got) != len(mac) {
				t.Errorf("%d records, the Mac Roman fixture gives %d", len(got), len(mac))
			}
		})
	}
}

// TestFixtureRecords spells out what the golden file holds for the rows
// with a quirk, so that a reviewer need not read JSON.
func TestFixtureRecords(t *testing.T) {
	recs := parseFile(t, macFixture)
	byLine := map[int]importer.Record{}
	for _, r := range recs {
		byLine[r.Pos.Line] = r
	}
	tests := []struct {
		line                 int
		state, from, text    string
		response             string
		action, session, cyc int
		unmatched            []string
		themes               []string
	}{
		{line: 2, state: "Afghanistan", from: "Austria", response: "supported", action: 5, session: 5, cyc: 1,
			text:   "Enact legislation and take effective measures to protect and promote women's rights, especially with regard to forced marriages, honour killings and access to education for all girls.",
			themes: []string{"Rights of the Child", "Women's rights"}},
		{line: 3, state: "Afghanistan", from: "Iran (Islamic Republic of)", response: "supported", action: 4, session: 5, cyc: 1,
			text:   "Take all necessary measures to prevent further civilian casualties by foreign military forces in Afghanistan.",
			themes: []string{"International humanitarian law"}},
		{line: 4, state: "Cuba", from: "Democratic People's Republic of Korea", response: "supported", action: 4, session: 4, cyc: 1,
			text:   "Maintain and strengthen the economic and social model freely chosen by the Cuban people, and continue to advance in the full participation of the people in public affairs",
			themes: []string{"ESC rights - general"}},
		{line: 6, state: "Indonesia", from: "(Unknown)", unmatched: []string{"(Unknown)"}, response: "supported", action: 2, session: 1, cyc: 1,
			text:   "Indonesia is commended for its efforts in the field of human rights training and education and is encouraged to continue in this regard, and to provide additional training for law enforcement officials, including prosecutors, police and judges, as well as for security forces.",
			themes: []string{"Human rights education and training"}},
		{line: 8, state: "Morocco", from: "Kingdom of the Netherlands", response: "supported", action: 2, session: 1, cyc: 1,
			text:   "While recognizing achievements of the Instance Equité - Reconciliation (IER), to continue to implement the remaining recommendations of the IER.",
			themes: []string{"Justice"}},
		{line: 9, state: "Albania", from: "Belgium", response: "noted", action: 5, session: 6, cyc: 1,
			text:   "Adopt a comprehensive national action plan that a includes clear objectives and tangible measures to implement all human rights - b allocates financial and human resources for each measure envisaged - and c establishes an evaluation mechanism for regular monitoring of the measures",
			themes: []string{"National plan of action"}},
		{line: 12, state: "Côte d'Ivoire", from: "Canada", response: "supported", action: 5, session: 6, cyc: 1,
			text:   "Adopt and implement an action plan to end impunity and reinforce its judicial system",
			themes: []string{"Justice", "Impunity"}},
		{line: 17, state: "Algeria", from: "Slovakia", response: "noted", action: 5, session: 13, cyc: 2,
			text:   "Ratify the Rome Statute of the International Criminal Court including its Agreement on Privileges and Immunities",
			themes: []string{"International instruments", "Justice"}},
		{line: 20, state: "Paraguay", from: "Brazil", response: "supported", action: 4, session: 10, cyc: 1,
			text:   `Expand the coverage of programmes that combat poverty, such as "Tekoporã"`,
			themes: []string{"Poverty"}},
	}
	for _, tt := range tests {
		r, ok := byLine[tt.line]
		if !ok {
			t.Errorf("no record at line %d", tt.line)
			continue
		}
		want := importer.Record{Pos: r.Pos, StateUnderReview: tt.state, From: []string{tt.from}, Text: tt.text,
			Response: tt.response, ActionCategory: tt.action, Session: tt.session, Cycle: tt.cyc,
			Unmatched: tt.unmatched, Themes: tt.themes}
		if !reflect.DeepEqual(r, want) {
			t.Errorf("line %d:\n got %+v\nwant %+v", tt.line, r, want)
		}
	}
}
