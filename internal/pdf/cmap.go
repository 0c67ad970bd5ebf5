package pdf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sync"
)

// glyphSet is the set of Basic Multilingual Plane characters a font maps
// to a glyph. fpdf reads the same table (the format 4 Unicode cmap) and can
// print nothing beyond the BMP, so this is exactly what it can print.
type glyphSet [0x10000 / 64]uint64

func (g *glyphSet) has(r rune) bool {
	return r >= 0 && r <= 0xFFFF && g[r/64]&(1<<(r%64)) != 0
}

func (g *glyphSet) add(r rune) { g[r/64] |= 1 << (r % 64) }

var errCmap = errors.New("no usable Unicode cmap")

// parseCmap reads the characters a TrueType font covers from its format 4
// cmap subtable (platform 3 encoding 1, or platform 0), the one fpdf uses.
// Every offset is checked: a damaged font gives an error, never a panic.
func parseCmap(ttf []byte) (*glyphSet, error) {
	u16 := func(off int) (int, bool) {
		if off < 0 || off+2 > len(ttf) {
			return 0, false
		}
		return int(binary.BigEndian.Uint16(ttf[off:])), true
	}
	u32 := func(off int) (int, bool) {
		if off < 0 || off+4 > len(ttf) {
			return 0, false
		}
		return int(binary.BigEndian.Uint32(ttf[off:])), true
	}
	// The table directory: 12-byte header, then 16-byte records.
	numTables, ok := u16(4)
	if !ok {
		return nil, errCmap
	}
	cmap := -1
	for i := range numTables {
		rec := 12 + 16*i
		if rec+16 > len(ttf) {
			return nil, errCmap
		}
		if string(ttf[rec:rec+4]) == "cmap" {
			cmap, _ = u32(rec + 8)
			break
		}
	}
	if cmap < 0 {
		return nil, errCmap
	}
	n, ok := u16(cmap + 2)
	if !ok {
		return nil, errCmap
	}
	sub := -1
	for i := range n {
		rec := cmap + 4 + 8*i
		platform, ok1 := u16(rec)
		encoding, ok2 := u16(rec + 2)
		off, ok3 := u32(rec + 4)
		if !ok1 || !ok2 || !ok3 {
			return nil, errCmap
		}
		if format, ok := u16(cmap + off); ok && format == 4 && (platform == 3 && encoding == 1 || platform == 0) {
			sub = cmap + off
			break
		}
	}
	if sub < 0 {
		return nil, errCmap
	}
	segX2, ok := u16(sub + 6)
	if !ok || segX2%2 != 0 {
		return nil, errCmap
	}
	ends := sub + 14
	starts := ends + segX2 + 2
	deltas := starts + segX2
	ranges := deltas + segX2
	g := new(glyphSet)
	for s := 0; s < segX2; s += 2 {
		end, ok1 := u16(ends + s)
		start, ok2 := u16(starts + s)
		delta, ok3 := u16(deltas + s)
		rangeOff, ok4 := u16(ranges + s)
		if !ok1 || !ok2 || !ok3 || !ok4 {
			return nil, errCmap
		}
		for c := start; c <= end; c++ {
			glyph := (c + delta) & 0xFFFF
			if rangeOff != 0 {
				// The offset is relative to this idRangeOffset entry.
				id, ok := u16(ranges + s + rangeOff + 2*(c-start))
				if !ok {
					return nil, errCmap
				}
				glyph = 0
				if id != 0 {
					glyph = (id + delta) & 0xFFFF
				}
			}
			if glyph != 0 && c != 0xFFFF {
				g.add(rune(c))
			}
		}
	}
	return g, nil
}

// coverage is what each embedded face can print, read once.
var coverage = sync.OnceValues(func() (*[numFaces]*glyphSet, error) {
	var cov [numFaces]*glyphSet
	for i, fc := range faces {
		g, err := parseCmap(fc.ttf)
		if err != nil {
			return nil, fmt.Errorf("reading the characters of font %s: %w", fc.name, err)
		}
		cov[i] = g
	}
	return &cov, nil
})
