package xlsx

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// sharedStringsPart is the workbook's shared string table.
const sharedStringsPart = "xl/sharedStrings.xml"

// stringTable holds each distinct text once; cells refer to it by
// index. The Recommendations sheet and the record of the build share it,
// so the record does not store every text a second time.
type stringTable struct {
	index map[string]int32
	items []string
}

// newStringTable starts a table with room for size texts.
func newStringTable(size int) *stringTable {
	return &stringTable{index: make(map[string]int32, size), items: make([]string, 0, size)}
}

// add returns the index of text, adding it if new.
func (s *stringTable) add(text string) int32 {
	if i, ok := s.index[text]; ok {
		return i
	}
	i := int32(len(s.items))
	s.index[text] = i
	s.items = append(s.items, text)
	return i
}

// done lets the index go once every text is in: at 100,000
// recommendations it is megabytes the writing does not need.
func (s *stringTable) done() { s.index = nil }

// write writes the table as xl/sharedStrings.xml.
func (s *stringTable) write(w io.Writer, refs int) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	buf := make([]byte, 0, 4<<10)
	buf = append(buf, xml.Header...)
	buf = append(buf, `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="`...)
	buf = strconv.AppendInt(buf, int64(refs), 10)
	buf = append(buf, `" uniqueCount="`...)
	buf = strconv.AppendInt(buf, int64(len(s.items)), 10)
	buf = append(buf, `">`...)
	for _, it := range s.items {
		if needsPreserve(it) {
			buf = append(buf, `<si><t xml:space="preserve">`...)
		} else {
			buf = append(buf, `<si><t>`...)
		}
		buf = appendText(buf, it)
		buf = append(buf, `</t></si>`...)
		if len(buf) > 32<<10 {
			if _, err := bw.Write(buf); err != nil {
				return err
			}
			buf = buf[:0]
		}
	}
	buf = append(buf, `</sst>`...)
	if _, err := bw.Write(buf); err != nil {
		return err
	}
	return bw.Flush()
}

// readSharedStrings reads the items of a shared string table that
// excelize wrote: plain or rich text, escapes undone.
func readSharedStrings(data []byte) ([]string, error) {
	var sst struct {
		Items []struct {
			T    *string  `xml:"t"`
			Runs []string `xml:"r>t"`
		} `xml:"si"`
	}
	if err := xml.Unmarshal(data, &sst); err != nil {
		return nil, fmt.Errorf("read the shared strings: %w", err)
	}
	out := make([]string, len(sst.Items))
	for i, it := range sst.Items {
		var b strings.Builder
		if it.T != nil {
			b.WriteString(*it.T)
		}
		for _, r := range it.Runs {
			b.WriteString(r)
		}
		out[i] = unescapeText(b.String())
	}
	return out, nil
}

// unescapeText undoes the _xHHHH_ escapes of a stored text.
func unescapeText(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] == '_' && isEscapeLike(s[i:]) {
			n, _ := strconv.ParseUint(s[i+2:i+6], 16, 32)
			b.WriteRune(rune(n))
			i += 7
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}
