package yamledit

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func TestSetFields(t *testing.T) {
	src, err := os.ReadFile("testdata/recs.yaml")
	if err != nil {
		t.Fatal(err)
	}
	crlf := bytes.ReplaceAll(src, []byte("\n"), []byte("\r\n"))
	for _, tc := range []struct {
		name  string
		src   []byte
		edits []Edit
		fail  []int // edits that cannot be made
		// oneByOne: made one at a time (the same field twice, say)
		oneByOne bool
	}{
		{"one", src, []Edit{{"r-plain", "response", Text("supported")}}, nil, false},
		{"in every recommendation", src, []Edit{
			{"r-last", "text", Text("Ratify the Convention against Torture")},
			{"r-plain", "response", Text("noted")},
			{"r-block", "response", Text("noted")},
			{"r-plain", "from", List("Republic of Korea", "Chile")},
		}, nil, false},
		{"fields added to one recommendation, and its last changed", src, []Edit{
			{"r-block", "lead", Text("Security Bureau")},
			{"r-block", "action_category", Int(5)},
			{"r-block", "response", Text("noted")},
			{"r-last", "notes", Text("a long note: " + strings.Repeat("more words ", 12))},
		}, nil, false},
		{"removed and changed", src, []Edit{
			{"r-plain", "lead", Remove()},
			{"r-plain", "themes", List("refugees", "asylum")},
			{"r-last", "sdgs", Remove()},
		}, nil, false},
		{"every style", src, []Edit{
			{"r-plain", "text", Text("a: b # not a comment")},
			{"r-plain", "response_source", Text("it's")},
			{"r-plain", "notes", Text("line one\nline two")},
			{"r-plain", "affected_groups", List("- x", "y")},
			{"r-block", "text", Text("short")},
		}, nil, false},
		{"CRLF line ends", crlf, []Edit{
			{"r-plain", "response", Text("noted")},
			{"r-block", "lead", Text("Labour Department")},
		}, nil, false},
		{"written back unchanged", src, []Edit{{"r-plain", "response", Text("pending")}}, nil, false},
		{"an unknown id among good edits", src, []Edit{
			{"r-plain", "response", Text("noted")},
			{"nobody", "response", Text("noted")},
			{"r-last", "response", Text("supported")},
		}, []int{1}, false},
		{"one field twice", src, []Edit{
			{"r-plain", "response", Text("noted")},
			{"r-plain", "response", Text("supported")},
		}, nil, true},
		{"not valid text", src, []Edit{
			{"r-plain", "response", Text("noted")},
			{"r-plain", "text", Text("\xff")},
		}, []int{1}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, errs := SetFields(tc.src, tc.edits)
			want, wantErrs := oneByOne(tc.src, tc.edits)
			if !bytes.Equal(got, want) {
				t.Errorf("SetFields gives\n%s\nedit by edit:\n%s", got, want)
			}
			for i := range tc.edits {
				if (errs[i] != nil) != (wantErrs[i] != nil) {
					t.Errorf("edit %d: error %v, edit by edit %v", i, errs[i], wantErrs[i])
				}
			}
			var failed []int
			for i, err := range errs {
				if err != nil {
					failed = append(failed, i)
				}
			}
			if len(failed) != len(tc.fail) {
				t.Errorf("failed edits %v, want %v (%v)", failed, tc.fail, errs)
			}
			if _, ok := setAll(tc.src, tc.edits); ok != (len(tc.fail) == 0 && !tc.oneByOne) {
				t.Errorf("made at once: %v", ok)
			}
		})
	}
}

// TestSetFieldsAtOnce checks that good edits are made at once (one parse
// and one check), not one at a time: they are the point of SetFields.
func TestSetFieldsAtOnce(t *testing.T) {
	src, err := os.ReadFile("testdata/recs.yaml")
	if err != nil {
		t.Fatal(err)
	}
	edits := []Edit{{"r-plain", "response", Text("noted")}, {"r-block", "lead", Text("x")}, {"r-last", "sdgs", Remove()}}
	out, ok := setAll(src, edits)
	if !ok {
		t.Fatal("the edits were not made at once")
	}
	if want, _ := oneByOne(src, edits); !bytes.Equal(out, want) {
		t.Errorf("at once:\n%s\none by one:\n%s", out, want)
	}
}

// FuzzSetFields makes edits with arbitrary values to several fields of an
// arbitrary file: SetFields must give what the edits made one at a time
// give, and never panic.
func FuzzSetFields(f *testing.F) {
	for _, name := range []string{"testdata/recs.yaml", "testdata/dup.yaml", "../../recommendations/china-cycle3.yaml"} {
		src, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src, "r-plain", "r-block", "noted", "a note", uint8(0))
		f.Add(src, "c3-28.174", "c3-28.175", "Benin", "", uint8(7))
	}
	fields := []string{"response", "text", "notes", "lead", "from", "themes", "sdgs", "action_category", "response_source"}
	f.Fuzz(func(t *testing.T, src []byte, id1, id2, text1, text2 string, which uint8) {
		value := func(field, s string, n int) Value {
			switch {
			case field == "from" || field == "themes" || field == "sdgs":
				return List(s, s+"x")
			case field == "action_category":
				return Int(n)
			case s == "" && n%2 == 0:
				return Remove()
			}
			return Text(s)
		}
		f1, f2 := fields[int(which)%len(fields)], fields[int(which/16)%len(fields)]
		edits := []Edit{
			{id1, f1, value(f1, text1, int(which))},
			{id2, f2, value(f2, text2, int(which)+1)},
			{id1, f2, value(f2, text2+text1, int(which)+2)},
		}
		got, errs := SetFields(src, edits)
		want, wantErrs := oneByOne(src, edits)
		if !bytes.Equal(got, want) {
			// Both are right when both read back: one at a time may pick
			// another style for a value the preferred one cannot hold.
			if _, ok := setAll(src, edits); ok {
				t.Fatalf("at once:\n%s\none by one:\n%s", got, want)
			}
		}
		for i := range edits {
			if (errs[i] == nil) != (wantErrs[i] == nil) {
				t.Fatalf("edit %d: error %v, one by one %v", i, errs[i], wantErrs[i])
			}
		}
	})
}
