package layout

import (
	"errors"
	"testing"

	"github.com/upr-tools/submit/internal/testutil"
)

// FuzzFromMarkdown checks that no input panics and that every Document keeps
// its promises (see checkInvariants).
func FuzzFromMarkdown(f *testing.F) {
	testutil.AddSeeds(f, "*.md")
	f.Add([]byte("a[^1] b[^2] c[^1]\n\n[^2]: two [^3]\n[^1]: one\n[^3]: three [^1]\n"))
	f.Add([]byte("> [^x]\n\n[^x]: - a\n  - b\n\n| a |\n|---|\n| [^x] |\n"))
	f.Add([]byte("\xff\xfe"))
	f.Add([]byte("# [](ref:b)\n\nA[](label:a) [](ref:b)[^1]\n\n- [](ref:a)\n\nB[](label:b)\n\n[^1]: [](ref:a)\n"))
	f.Add([]byte("[](label:a)\n\n> x[](label:b)\n\ny[](label:c)[](label:d)\n\n[](ref:zz) [t](ref:c)\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, err := FromMarkdown(src)
		if err != nil {
			// Only invalid UTF-8 and labels or references that do not add
			// up are refused, and never with a Document.
			if doc != nil {
				t.Errorf("Document returned with error %v", err)
			}
			if !errors.Is(err, ErrInvalidUTF8) {
				for _, e := range unjoin(err) {
					var re *RefError
					if !errors.As(e, &re) || re.Msg == "" {
						t.Errorf("unexpected error %v", e)
					}
				}
			}
			return
		}
		checkInvariants(t, doc)
		_ = Dump(doc)
		c := Words(doc)
		sum := 0
		for _, s := range c.Sections {
			sum += s.Words
		}
		if sum != c.Total() {
			t.Errorf("sections add up to %d, Total() = %d", sum, c.Total())
		}
	})
}
