package xlsx

import (
	"slices"
	"testing"
)

// Table must agree with what Rows reads back from the written workbook:
// sync and build compare the two.
func TestTableMatchesWorkbook(t *testing.T) {
	for _, tc := range []struct {
		name string
		n    int
	}{{"fixture", 0}, {"generated", 50}} {
		t.Run(tc.name, func(t *testing.T) {
			ws := fixture()
			if tc.n > 0 {
				ws = generated(tc.n)
			}
			data, _, err := Write(ws, Options{})
			if err != nil {
				t.Fatal(err)
			}
			header, rows, err := Rows(data)
			if err != nil {
				t.Fatal(err)
			}
			wantHeader, want := Table(ws.Recommendations)
			if !slices.Equal(header, wantHeader) {
				t.Fatalf("header:\n got %q\nwant %q", header, wantHeader)
			}
			if len(rows) != len(want) {
				t.Fatalf("%d rows read back, %d from the data", len(rows), len(want))
			}
			for id, w := range want {
				got := rows[id]
				for i := range w {
					if g := Cell(header, got, header[i]); g != w[i] {
						t.Errorf("%s, %s: workbook reads %q, Table says %q", id, header[i], g, w[i])
					}
				}
			}
		})
	}
}
