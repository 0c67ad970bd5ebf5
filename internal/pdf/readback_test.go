package pdf

import (
	"strconv"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/testutil"
)

// Helpers that read a PDF back with poppler and qpdf.

func pdftotext(t testing.TB, path string, args ...string) string {
	t.Helper()
	bin := testutil.Need(t, "pdftotext", "poppler-utils")
	return testutil.Run(t, bin, append(append(args, path), "-")...)
}

// pageTexts is the text of each page, first page at index 0.
func pageTexts(t testing.TB, path string, pages int) []string {
	t.Helper()
	out := make([]string, pages)
	for i := range pages {
		n := strconv.Itoa(i + 1)
		out[i] = pdftotext(t, path, "-f", n, "-l", n)
	}
	return out
}

// pdfinfo returns pdfinfo's "Key: value" lines as a map.
func pdfinfo(t testing.TB, path string) map[string]string {
	t.Helper()
	bin := testutil.Need(t, "pdfinfo", "poppler-utils")
	info := map[string]string{}
	for _, l := range strings.Split(testutil.Run(t, bin, path), "\n") {
		if k, v, ok := strings.Cut(l, ":"); ok {
			info[k] = strings.TrimSpace(v)
		}
	}
	return info
}

// inOrder reports the first of want that does not follow the one before it
// in text, or "" when all appear in order.
func inOrder(text string, want ...string) string {
	at := 0
	for _, w := range want {
		i := strings.Index(text[at:], w)
		if i < 0 {
			return w
		}
		at += i + len(w)
	}
	return ""
}

// squash joins the words of text with single spaces, so that line breaks
// in pdftotext output do not matter.
func squash(text string) string { return strings.Join(strings.Fields(text), " ") }
