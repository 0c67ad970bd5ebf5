package pdf

import (
	"errors"
)

// glyphSet is the set of Basic Multilingual Plane characters a font maps
// to a glyph. fpdf reads the same table (the format 4 Unicode cmap) and can
// print nothing beyond the BMP, so this is exactly what it can print.
type glyphSet [0x10000 / 64]uint64

func (g *glyphSet) has(r rune) bool {
	return r >= 0 && r <= 0xFFFF && g[r/64]&(1<<(r%64)) != 0
}

func (g *glyphSet) set(r rune, on bool) {
	if on {
		g[r/64] |= 1 << (r % 64)
	} else {
		g[r/64] &^= 1 << (r % 64)
	}
}

var errCmap = errors.New("no usable Unicode cmap")

// parseCmap reads the characters a TrueType font covers.
func parseCmap(ttf []byte) (*glyphSet, error) {
	s, err := readSfnt(ttf)
	if err != nil {
		return nil, errCmap
	}
	g, _, err := s.cmap()
	return g, err
}

// cmap reads the format 4 cmap subtable fpdf uses (the first of platform 3
// encoding 1, or platform 0) the way fpdf reads it, so that the set is what
// fpdf will print: a later segment overrides an earlier one, and glyph
// indexes stored at or past the subtable's stated end read as glyph 0 (a
// large font whose 16-bit length wrapped loses characters there, and so
// must they be reported). It also returns the largest glyph index mapped.
func (s *sfnt) cmap() (*glyphSet, int, error) {
	g := new(glyphSet)
	maxGlyph := 0
	err := s.walkCmap(func(c, glyph int) {
		maxGlyph = max(maxGlyph, glyph)
		g.set(rune(c), glyph != 0 && c != 0xFFFF)
	})
	if err != nil {
		return nil, 0, err
	}
	return g, maxGlyph, nil
}

// walkCmap calls fn with each character of the format 4 subtable fpdf uses
// and the glyph it maps to, segment by segment in file order, as fpdf
// walks them (characters of overlapping segments come more than once).
func (s *sfnt) walkCmap(fn func(c, glyph int)) error {
	t, ok := s.tables["cmap"]
	if !ok {
		return errCmap
	}
	n, ok := s.u16(t.off + 2)
	if !ok {
		return errCmap
	}
	sub := -1
	for i := range n {
		rec := t.off + 4 + 8*i
		platform, ok1 := s.u16(rec)
		encoding, ok2 := s.u16(rec + 2)
		off, ok3 := s.u32(rec + 4)
		if !ok1 || !ok2 || !ok3 {
			return errCmap
		}
		if platform == 3 && encoding == 1 || platform == 0 {
			format, ok := s.u16(t.off + off)
			if !ok {
				return errCmap // fpdf reads it, and would fail
			}
			if format == 4 {
				sub = t.off + off
				break
			}
		}
	}
	if sub < 0 {
		return errCmap
	}
	length, ok1 := s.u16(sub + 2)
	segX2, ok2 := s.u16(sub + 6)
	if !ok1 || !ok2 || segX2%2 != 0 {
		return errCmap
	}
	end := sub + length
	ends := sub + 14
	starts := ends + segX2 + 2
	deltas := starts + segX2
	ranges := deltas + segX2
	for seg := 0; seg < segX2; seg += 2 {
		last, ok1 := s.u16(ends + seg)
		first, ok2 := s.u16(starts + seg)
		delta, ok3 := s.u16(deltas + seg)
		rangeOff, ok4 := s.u16(ranges + seg)
		if !ok1 || !ok2 || !ok3 || !ok4 {
			return errCmap
		}
		for c := first; c <= last; c++ {
			glyph := (c + delta) & 0xFFFF
			if rangeOff != 0 {
				// The offset is relative to this idRangeOffset entry.
				at := ranges + seg + rangeOff + 2*(c-first)
				glyph = 0
				if at < end {
					id, ok := s.u16(at)
					if !ok {
						return errCmap
					}
					if id != 0 {
						glyph = (id + delta) & 0xFFFF
					}
				}
			}
			fn(c, glyph)
		}
	}
	return nil
}
