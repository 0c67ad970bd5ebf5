package matrix

import (
	"strings"

	"github.com/upr-tools/submit/internal/workspace"
)

// positions maps a Position cell, lower case with the spaces around "/"
// removed, to the workspace's response. OHCHR writes "Supported" or
// "Noted", and "Supported/Noted" for a recommendation the State supported
// in part; "pending" and "under consideration" are what a list published
// before the State's answer says.
var positions = map[string]string{
	"supported":           workspace.Supported,
	"noted":               workspace.Noted,
	"supported/noted":     workspace.PartiallySupported,
	"noted/supported":     workspace.PartiallySupported,
	"partially supported": workspace.PartiallySupported,
	"partly supported":    workspace.PartiallySupported,
	"pending":             workspace.Pending,
	"under consideration": workspace.Pending,
}

// parsePosition reads a Position cell. An empty cell is an unknown
// response (""), not a problem; ok is false for a value it does not know.
// A "Source of position" line in the cell is not the position: the
// caller reads it.
func parsePosition(paras []string) (resp string, ok bool) {
	var vals []string
	for _, l := range lines(paras) {
		if indexFold(l, "source of position") >= 0 {
			continue
		}
		vals = append(vals, l)
	}
	v := strings.ToLower(oneLine(strings.Join(vals, " ")))
	v = strings.TrimRight(v, " .*")
	v = strings.ReplaceAll(strings.ReplaceAll(v, " /", "/"), "/ ", "/")
	if v == "" {
		return "", true
	}
	resp, ok = positions[v]
	return resp, ok
}

// positionSource is the "Source of position" line of a Position cell,
// where a layout puts it there rather than under the text.
func positionSource(paras []string) (source, report string) {
	for _, l := range lines(paras) {
		if i := indexFold(l, "source of position"); i >= 0 {
			return parseSource(l[i:])
		}
	}
	return "", ""
}
