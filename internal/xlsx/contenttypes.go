package xlsx

import (
	"bytes"
	"regexp"
	"slices"
)

// contentTypesPart lists the workbook's parts and file extensions.
const contentTypesPart = "[Content_Types].xml"

var defaultType = regexp.MustCompile(`<Default [^>]*?(?:/>|></Default>)`)

// sortDefaults puts the <Default> entries of [Content_Types].xml in
// order. excelize adds the image extensions, when a sheet gets a drawing
// (the chart), in map order, which would make two runs differ in bytes.
func sortDefaults(xml []byte) []byte {
	locs := defaultType.FindAllIndex(xml, -1)
	if len(locs) < 2 {
		return xml
	}
	entries := make([][]byte, len(locs))
	for i, l := range locs {
		entries[i] = xml[l[0]:l[1]]
	}
	slices.SortFunc(entries, bytes.Compare)
	out := make([]byte, 0, len(xml))
	prev := 0
	for i, l := range locs {
		out = append(out, xml[prev:l[0]]...)
		out = append(out, entries[i]...)
		prev = l[1]
	}
	return append(out, xml[prev:]...)
}
