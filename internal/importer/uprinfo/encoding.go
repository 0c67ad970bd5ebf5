package uprinfo

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// The encodings Parse reads, as its messages name them.
const (
	encUTF8        = "UTF-8"
	encMacRoman    = "Mac Roman"
	encWindows1252 = "Windows-1252"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// decode returns src as UTF-8 with every line end (CR, LF, CRLF) made LF,
// and the encoding it read src in.
//
// The rule: valid UTF-8, with or without a BOM, is UTF-8. Anything else was
// saved by Excel or an old Mac in a single-byte encoding, Windows-1252 or
// Mac Roman, and no byte says which, so Parse weighs the evidence: it reads
// every non-ASCII byte both ways and scores how plausible each reading is
// beside its neighbours (see plausibility); the higher total wins. On a
// tie, lines ending in CR only (classic Mac OS, as in UPR Info's export)
// mean Mac Roman; otherwise Windows-1252, the far more common one.
func decode(src []byte) ([]byte, string) {
	if utf8.Valid(src) {
		return normalizeLineEnds(bytes.TrimPrefix(src, utf8BOM)), encUTF8
	}
	cm, enc := charmap.Windows1252, encWindows1252
	mac, win := plausibility(src, charmap.Macintosh), plausibility(src, charmap.Windows1252)
	if mac > win || (mac == win && crOnly(src)) {
		cm, enc = charmap.Macintosh, encMacRoman
	}
	// Copy runs of ASCII whole: the export is mostly English.
	out := make([]byte, 0, len(src)+len(src)/16)
	start := 0
	for i, b := range src {
		if b >= utf8.RuneSelf {
			out = append(out, src[start:i]...)
			out = utf8.AppendRune(out, cm.DecodeByte(b))
			start = i + 1
		}
	}
	out = append(out, src[start:]...)
	return normalizeLineEnds(out), enc
}

// crOnly reports whether src ends its lines with CR alone.
func crOnly(src []byte) bool {
	return bytes.IndexByte(src, '\r') >= 0 && bytes.IndexByte(src, '\n') < 0
}

// normalizeLineEnds turns CRLF and CR into LF: encoding/csv only ends
// records at LF (and CRLF), so a Mac file would be one long line. It keeps
// the count of lines, so the reader's line numbers stay the file's. b may
// be the caller's data: it is copied, never changed.
func normalizeLineEnds(b []byte) []byte {
	if bytes.IndexByte(b, '\r') < 0 {
		return b
	}
	out := make([]byte, 0, len(b))
	for {
		i := bytes.IndexByte(b, '\r')
		if i < 0 {
			return append(out, b...)
		}
		out = append(append(out, b[:i]...), '\n')
		b = b[i+1:]
		if len(b) > 0 && b[0] == '\n' {
			b = b[1:] // CRLF: one line end
		}
	}
}

// plausibility scores how well cm reads the non-ASCII bytes of src: each
// one counts +1 when it reads as something text is made of in its place
// (a lower-case letter, an upper-case one starting a word or inside a word
// in capitals, a quote or dash), −1 when it does not ("EquitÈ", a dash
// inside a word) and −4 for a byte cm leaves undefined. Mac Roman's é is
// Windows-1252's Ž and Windows-1252's é is Mac Roman's È, so the case of
// the letters around decides most files.
func plausibility(src []byte, cm *charmap.Charmap) int {
	at := func(i int) rune {
		if i < 0 || i >= len(src) {
			return ' '
		}
		if src[i] < utf8.RuneSelf {
			return rune(src[i])
		}
		return cm.DecodeByte(src[i])
	}
	score := 0
	for i, b := range src {
		if b >= utf8.RuneSelf {
			score += runeScore(at(i), at(i-1), at(i+1))
		}
	}
	return score
}

func runeScore(r, prev, next rune) int {
	switch {
	case r == utf8.RuneError || unicode.IsControl(r):
		return -4
	case unicode.IsLower(r):
		if unicode.IsUpper(prev) && unicode.IsUpper(next) {
			return -1 // "CéTE"
		}
		return 1
	case unicode.IsUpper(r):
		if !unicode.IsLetter(prev) || unicode.IsUpper(prev) && !unicode.IsLower(next) {
			return 1 // "Équité", "CÔTE"
		}
		return -1 // "EquitÈ", "CÙte"
	case r == '‘' || r == '’':
		return 1 // apostrophes sit between letters too
	case isTypographic(r):
		if unicode.IsLetter(prev) && unicode.IsLetter(next) {
			return -1
		}
		return 1
	}
	return 0 // symbols: neither way
}

func isTypographic(r rune) bool {
	switch r {
	case '“', '”', '«', '»', '–', '—', '…', '•', '\u00a0':
		return true
	}
	return false
}
