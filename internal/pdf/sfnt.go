package pdf

import (
	"encoding/binary"
	"errors"
)

// sfnt is a TrueType file and its table directory. Reads are checked
// against the whole file, as fpdf reads it: a damaged font gives an error,
// never a panic.
type sfnt struct {
	data   []byte
	tables map[string]span
}

// span is where a table lies in the file.
type span struct{ off, len int }

var errDirectory = errors.New("its table directory is cut short or points beyond the file")

// readSfnt reads the table directory: a 12-byte header, then 16-byte
// records. Where a tag appears twice the last record counts, as in fpdf.
func readSfnt(ttf []byte) (*sfnt, error) {
	s := &sfnt{data: ttf, tables: map[string]span{}}
	n, ok := s.u16(4)
	if !ok || 12+16*n > len(ttf) {
		return nil, errDirectory
	}
	for i := range n {
		rec := 12 + 16*i
		off, _ := s.u32(rec + 8)
		length, _ := s.u32(rec + 12)
		if off+length > len(ttf) {
			return nil, errDirectory
		}
		s.tables[string(ttf[rec:rec+4])] = span{off, length}
	}
	return s, nil
}

func (s *sfnt) u16(off int) (int, bool) {
	if off < 0 || off+2 > len(s.data) {
		return 0, false
	}
	return int(binary.BigEndian.Uint16(s.data[off:])), true
}

func (s *sfnt) u32(off int) (int, bool) {
	if off < 0 || off+4 > len(s.data) {
		return 0, false
	}
	return int(binary.BigEndian.Uint32(s.data[off:])), true
}

// table is the span of tag, if the font has it and it is at least min bytes
// long.
func (s *sfnt) table(tag string, min int) (span, bool) {
	t, ok := s.tables[tag]
	return t, ok && t.len >= min
}
