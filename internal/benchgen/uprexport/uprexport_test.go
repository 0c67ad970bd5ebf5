package uprexport_test

import (
	"bytes"
	"testing"

	"github.com/upr-tools/submit/internal/benchgen/uprexport"
	"github.com/upr-tools/submit/internal/importer"
	"github.com/upr-tools/submit/internal/importer/uprinfo"
	"github.com/upr-tools/submit/internal/testutil"
)

// The export reads as n recommendations, the samples' first and then
// theirs again a cycle later, in Mac Roman with CR line ends.
func TestExport(t *testing.T) {
	samples := testutil.ReadShared(t, "upr-info", uprexport.Samples...)
	var want []importer.Record
	for i, data := range samples {
		recs, err := uprinfo.Parse(uprexport.Samples[i], data)
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, recs...)
	}
	const n = 40000
	out, err := uprexport.Export(samples, n)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(out, []byte("\n")) || !bytes.Contains(out, []byte{0x8e}) { // é in Mac Roman
		t.Error("the export is not Mac Roman with CR line ends, as the samples are")
	}
	got, err := uprinfo.Parse("40k.csv", out)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != n {
		t.Fatalf("%d records, want %d", len(got), n)
	}
	for i, r := range got {
		w := want[i%len(want)]
		if i >= len(want) {
			w.Session += uprexport.SessionsPerCycle
			w.Cycle = importer.CycleOf(w.Session)
		}
		if r.Text != w.Text || r.Session != w.Session || r.Cycle != w.Cycle || r.StateUnderReview != w.StateUnderReview || r.Response != w.Response {
			t.Fatalf("record %d: %+v, want %+v", i+1, r, w)
		}
	}
}

func TestRevised(t *testing.T) {
	samples := testutil.ReadShared(t, "upr-info", uprexport.Samples...)
	const n = 30000
	plain, err := uprexport.Export(samples, n)
	if err != nil {
		t.Fatal(err)
	}
	revised, err := uprexport.Revised(samples, n)
	if err != nil {
		t.Fatal(err)
	}
	a, err := uprinfo.Parse("a.csv", plain)
	if err != nil {
		t.Fatal(err)
	}
	b, err := uprinfo.Parse("b.csv", revised)
	if err != nil {
		t.Fatal(err)
	}
	other := map[string]string{"supported": "noted", "noted": "supported"}
	for i := range a {
		if b[i].Response != other[a[i].Response] || b[i].Text != a[i].Text || b[i].Session != a[i].Session {
			t.Fatalf("record %d: %+v, revised %+v", i+1, a[i], b[i])
		}
	}
}
