package uprinfo

import (
	"fmt"
	"html"
	"strconv"
	"strings"

	"github.com/upr-tools/submit/internal/workspace"
)

// responses maps the export's responses, by lower case and single spaces,
// to the workspace's vocabulary. UPR Info wrote Accepted for what the UN
// now calls supported; later exports say Supported.
var responses = map[string]string{
	"accepted":            workspace.Supported,
	"supported":           workspace.Supported,
	"noted":               workspace.Noted,
	"partially accepted":  workspace.PartiallySupported,
	"partially supported": workspace.PartiallySupported,
	"pending":             workspace.Pending,
}

// response reads a Response cell: "" for a blank one (unknown), or an error
// for a value the export does not write.
func response(cell string) (string, error) {
	key := strings.ToLower(strings.Join(strings.Fields(cell), " "))
	if key == "" {
		return "", nil
	}
	if r, ok := responses[key]; ok {
		return r, nil
	}
	return "", fmt.Errorf("response %q is not one the export writes: expected Accepted or Noted (also Supported, Partially accepted, Pending, or blank)", cell)
}

// action reads an Action cell: UPR Info's action category 1–5, 0 if blank.
func action(cell string) (int, error) {
	s := strings.TrimSpace(cell)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 5 {
		return 0, fmt.Errorf("action %q is not a UPR Info action category: expected 1 to 5, or blank", cell)
	}
	return n, nil
}

// session reads a Session cell: the Working Group session, 0 if blank.
func session(cell string) (int, error) {
	s := strings.TrimSpace(cell)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		return 0, fmt.Errorf("session %q is not a Working Group session: expected a number from 1, or blank", cell)
	}
	return n, nil
}

// issues splits an Issue cell at its commas. UPR Info's issue names have
// no comma of their own ("Asylum-seekers - refugees"), so a comma always
// separates two issues.
func issues(cell string) []string {
	if strings.TrimSpace(cell) == "" {
		return nil
	}
	var out []string
	for part := range strings.SplitSeq(cell, ",") {
		if s := label(part); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// label cleans a database label (a state name, an issue): trimmed, with
// the HTML entities the export sometimes writes decoded ("&#40;Unknown&#41;").
func label(cell string) string {
	s := strings.TrimSpace(cell)
	if strings.IndexByte(s, '&') >= 0 {
		s = strings.TrimSpace(html.UnescapeString(s))
	}
	return s
}
