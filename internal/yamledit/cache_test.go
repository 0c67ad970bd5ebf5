package yamledit

import (
	"bytes"
	"testing"
)

// TestParseCache checks that an edit starting from the previous edit's
// output reuses its parse, and that bytes changed since are parsed anew.
func TestParseCache(t *testing.T) {
	src := []byte("recommendations:\n  - id: a\n    text: one\n")
	out, err := SetField(src, "a", "notes", Text("x"))
	if err != nil {
		t.Fatal(err)
	}
	if parsed(out) == nil {
		t.Fatal("the output's parse was not kept")
	}
	// The caller changes the bytes it got: "one" becomes "two".
	out[bytes.Index(out, []byte("one"))] = 't'
	copy(out[bytes.Index(out, []byte("tne")):], "two")
	if parsed(out) != nil {
		t.Fatal("the kept parse is used for other bytes")
	}
	again, err := SetField(out, "a", "lead", Text("z"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "recommendations:\n  - id: a\n    text: two\n    notes: x\n    lead: z\n"; string(again) != want {
		t.Errorf("got %q, want %q", again, want)
	}
}
