package pdf

import (
	"strings"
	"unicode"
)

// Chinese, Japanese and Korean text has no spaces between words: a line
// may end between any two ideographs, kana or hangul, and between one of
// them and a neighbouring Latin word, except where a basic kinsoku rule
// forbids it (no closing punctuation at the start of a line, no opening
// punctuation at its end). The gaps that open there are stretched, like
// spaces, when a line is justified.

// cjkBreak reports whether a line may end between a and b, two characters
// written without a space between them.
func cjkBreak(a, b rune) bool {
	return (isCJK(a) || isCJK(b)) && !strings.ContainsRune(noBreakBefore, b) && !strings.ContainsRune(noBreakAfter, a)
}

// noBreakBefore holds the characters a line may not start with: closing
// brackets and quotes, sentence and clause punctuation, CJK and Latin,
// small kana, the iteration marks and the prolonged sound mark.
const noBreakBefore = "。．，、：；！？）］｝〕〉》」』】〙〗〟’”｠»›" +
	"ヽヾーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻ゝゞ・‐–—…‥" +
	".,:;!?)]}%'\""

// noBreakAfter holds the characters a line may not end with: opening
// brackets and quotes, and the straight quotes, which may open or close.
const noBreakAfter = "（［｛〔〈《「『【〘〖〝‘“｟«‹([{'\""

// isCJK reports whether r is written without spaces around it: Han
// ideographs, kana, hangul, bopomofo, and the CJK punctuation and
// full-width forms set among them.
func isCJK(r rune) bool {
	switch {
	case r < 0x1100:
		return false
	case r >= 0x3000 && r <= 0x303F, // CJK symbols and punctuation
		r >= 0xFF00 && r <= 0xFFEF, // half-width and full-width forms
		r >= 0x3200 && r <= 0x33FF, // enclosed letters, compatibility
		r >= 0xFE30 && r <= 0xFE4F, // compatibility forms
		r >= 0x31F0 && r <= 0x31FF: // katakana extensions
		return true
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Bopomofo)
}
