package importer

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/upr-tools/submit/internal/states"
)

// key identifies a recommendation across sources: the state under review,
// the cycle, and the paragraph number of the Working Group report. A
// source without paragraph numbers (UPR Info) identifies it by content
// instead: see contentID.
type key struct {
	state     string
	cycle     int
	paragraph string
}

func keyOf(state string, cycle int, paragraph string) key {
	return key{strings.ToLower(strings.TrimSpace(state)), cycle, strings.TrimSpace(paragraph)}
}

// stateCode is the short lower-case code of a state for ids and file
// names: its ISO 3166 alpha-3 code, or a slug of the name as written when
// it does not resolve.
func stateCode(name string) string {
	if s, ok := states.Lookup(name); ok && s.ISO3 != "" {
		return strings.ToLower(s.ISO3)
	}
	return slug(name)
}

// newID is the id of an imported recommendation: state code, cycle and
// paragraph ("chn3-28.212"), or for a source without paragraph numbers
// the session and a digest of what the recommendation says, so that
// importing the same export again, in any row order, finds it again.
func newID(r *Record) string {
	code := stateCode(r.StateUnderReview)
	if p := strings.TrimSpace(r.Paragraph); p != "" {
		return fmt.Sprintf("%s%d-%s", code, r.Cycle, p)
	}
	return fmt.Sprintf("%s%d-s%d-%s", code, r.Cycle, r.Session, contentID(r))
}

// contentID digests the recommendation's text and recommending states.
func contentID(r *Record) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%d\x00", strings.Join(strings.Fields(r.Text), " "), r.Session)
	for _, f := range r.From {
		fmt.Fprintf(h, "%s\x00", f)
	}
	return hex.EncodeToString(h.Sum(nil))[:10]
}

// slug makes a file-name-safe, lower-case ASCII form of a name:
// "Côte d'Ivoire" gives "cote-d-ivoire".
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		default:
			dash = true
		}
	}
	if b.Len() == 0 {
		return "unknown"
	}
	return b.String()
}
