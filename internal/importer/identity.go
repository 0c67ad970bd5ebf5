package importer

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strconv"
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

// contentID digests the recommendation's text, its words joined by single
// spaces, its session and its recommending states, each followed by a
// zero byte. Ids already in people's data depend on these exact bytes.
func contentID(r *Record) string {
	h := sha256.New()
	if singleSpaced(r.Text) {
		io.WriteString(h, r.Text) // most texts: what Fields and Join would give
	} else {
		io.WriteString(h, strings.Join(strings.Fields(r.Text), " "))
	}
	io.WriteString(h, "\x00"+strconv.Itoa(r.Session)+"\x00")
	for _, f := range r.From {
		io.WriteString(h, f+"\x00")
	}
	var sum [sha256.Size]byte
	return hex.EncodeToString(h.Sum(sum[:0])[:5])
}

// singleSpaced reports whether s is ASCII words between single spaces,
// so that joining its fields with spaces gives s.
func singleSpaced(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		case c == ' ' && s[i+1] == ' ':
			return false
		}
	}
	return true
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
