package xlsx

import (
	"encoding/binary"
	"hash/maphash"
	"slices"
)

// sheetDigest is a sheet reduced to what finding edits needs: the hash of
// each ID's row (the last row, if an ID is repeated), the IDs (hashed) in
// sheet order, and whole only the rows that differ from a base's.
type sheetDigest struct {
	header  []cellValue
	rows    int               // the last row with a cell; 0 for an empty sheet
	order   []uint64          // IDs in sheet order, repeats included
	last    map[uint64]uint64 // hash of each ID's last row
	full    map[uint64][]cellValue
	unnamed [][]cellValue // rows without an ID that are not blank
}

// digest reads a sheet; with a base, it keeps the rows that differ from
// it, and its header is the base's.
func digest(wf *workbookFile, sheet string, strs *sstDigest, base *sheetDigest) (*sheetDigest, error) {
	d := &sheetDigest{last: map[uint64]uint64{}, full: map[uint64][]cellValue{}}
	var h maphash.Hash
	h.SetSeed(strs.seed)
	var sum [8]byte
	err := wf.readSheet(sheet, strs, func(n int, r []cellValue) {
		if len(r) == 0 {
			return
		}
		d.rows = n
		if n == 1 {
			d.header = slices.Clone(r)
			if base != nil {
				d.header = base.header
			}
			return
		}
		if isBlankCell(r[0]) {
			if base != nil && slices.ContainsFunc(r, func(c cellValue) bool { return !isBlankCell(c) }) {
				d.unnamed = append(d.unnamed, slices.Clone(r))
			}
			return
		}
		id := strs.hash(r[0])
		h.Reset()
		for i := range d.header {
			c := cellValue{sst: -1}
			if i < len(r) {
				c = r[i]
			}
			h.Write(binary.LittleEndian.AppendUint64(sum[:0], strs.hash(c)))
		}
		row := h.Sum64()
		d.order = append(d.order, id)
		d.last[id] = row
		if base == nil {
			return
		}
		if b, ok := base.last[id]; !ok || b != row {
			d.full[id] = slices.Clone(r)
		} else {
			delete(d.full, id) // a repeated ID: only its last row counts
		}
	})
	return d, err
}

// isBlankCell: a blank cell GetRows pads a row with.
func isBlankCell(c cellValue) bool { return c.sst < 0 && c.text == "" }

// sstDigest is what reading the sheets needs to know of the shared
// strings without holding them: which are empty, and the hash of each.
type sstDigest struct {
	seed   maphash.Seed
	hashes []uint64
	blank  []bool
}

func digestSST(wf *workbookFile) (*sstDigest, error) {
	d := &sstDigest{seed: maphash.MakeSeed()}
	err := wf.readSST(func(_ int, text []byte) {
		d.hashes = append(d.hashes, maphash.Bytes(d.seed, text))
		d.blank = append(d.blank, len(text) == 0)
	})
	return d, err
}

// hash is a cell's hash: the same for the same text, shared or not.
func (d *sstDigest) hash(c cellValue) uint64 {
	if c.sst >= 0 {
		return d.hashes[c.sst]
	}
	return maphash.String(d.seed, c.text)
}

// lookup finds the texts of some shared strings in one reading.
type lookup struct {
	wanted map[int32]bool
	got    map[int32]string
}

func newLookup() *lookup { return &lookup{wanted: map[int32]bool{}} }

func (l *lookup) want(r []cellValue) {
	for _, c := range r {
		if c.sst >= 0 {
			l.wanted[c.sst] = true
		}
	}
}

func (l *lookup) read(wf *workbookFile) error {
	l.got = make(map[int32]string, len(l.wanted))
	if len(l.wanted) == 0 {
		return nil
	}
	return wf.readSST(func(i int, text []byte) {
		if l.wanted[int32(i)] {
			l.got[int32(i)] = string(text)
		}
	})
}

// texts is a row as text.
func (l *lookup) texts(r []cellValue) []string {
	out := make([]string, len(r))
	for i, c := range r {
		if c.sst >= 0 {
			out[i] = l.got[c.sst]
		} else {
			out[i] = c.text
		}
	}
	return out
}
