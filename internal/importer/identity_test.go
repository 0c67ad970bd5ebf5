package importer

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"
)

// contentIDAsFirstWritten is how ids were first digested; the ids in
// people's data depend on it, so contentID must give the same.
func contentIDAsFirstWritten(r *Record) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%d\x00", strings.Join(strings.Fields(r.Text), " "), r.Session)
	for _, f := range r.From {
		fmt.Fprintf(h, "%s\x00", f)
	}
	return hex.EncodeToString(h.Sum(nil))[:10]
}

func TestContentIDIsStable(t *testing.T) {
	for _, r := range []Record{
		{},
		{Text: "Ratify the Convention", Session: 5, From: []string{"France"}},
		{Text: "  Ratify\tthe \u00a0Convention\r\n on  torture ", Session: 13, From: []string{"France", "(Unknown)", ""}},
		{Text: "Équité — “quotes”\x00", Session: -1},
	} {
		if got, want := contentID(&r), contentIDAsFirstWritten(&r); got != want {
			t.Errorf("contentID(%+v) = %s, want %s", r, got, want)
		}
	}
	// One the example workspace holds (it would change every UPR Info id).
	r := Record{StateUnderReview: "Chad", Cycle: 1, Session: 5, Text: "Ratify the Convention", From: []string{"France"}}
	if got, want := newID(&r), "tcd1-s5-"+contentIDAsFirstWritten(&r); got != want {
		t.Errorf("newID = %s, want %s", got, want)
	}
}

func FuzzContentIDIsStable(f *testing.F) {
	f.Add("Ratify  the\tConvention ", 5, "France", "Chile")
	f.Fuzz(func(t *testing.T, text string, session int, from1, from2 string) {
		r := Record{Text: text, Session: session, From: []string{from1, from2}}
		if got, want := contentID(&r), contentIDAsFirstWritten(&r); got != want {
			t.Fatalf("contentID = %s, want %s", got, want)
		}
	})
}

func BenchmarkContentID(b *testing.B) {
	r := Record{Text: "Take measures to ensure that all children, especially those of asylum seekers and refugees, have access to education and health care", Session: 17, From: []string{"Uruguay"}}
	for b.Loop() {
		contentID(&r)
	}
}
