package pdf

import (
	"errors"
	"math"
)

// advances is a font's advance widths as fpdf measures them, in
// thousandths of an em: read straight from the hmtx table through the
// cmap, instead of loading the font into a second fpdf instance (which
// parses every table and JSON-encodes the result, on every build).
type advances struct {
	cw      [0x10000]int32 // fpdf's Cw: 0 unmapped, 65535 a zero advance
	count   int            // fpdf's Cw[0]: how many widths it stored
	missing int            // fpdf's MissingWidth: glyph 0's advance
}

var errHmtx = errors.New("its horizontal metrics are missing or cut short")

// readAdvances reads the widths the way fpdf's parseHMTXTable does,
// quirks included, so that text measures exactly as fpdf would measure it:
// a character mapped by two segments takes the width of the higher glyph,
// advances of 32768 and up read as 0, glyphs past numberOfHMetrics take
// the last advance, and a width that rounds to 0 is stored as 65535.
func readAdvances(s *sfnt) (*advances, error) {
	head, ok1 := s.table("head", 20)
	hhea, ok2 := s.table("hhea", 36)
	maxp, ok3 := s.table("maxp", 6)
	hmtx, ok4 := s.tables["hmtx"]
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return nil, errHmtx
	}
	unitsPerEm, _ := s.u16(head.off + 18)
	numHM, _ := s.u16(hhea.off + 34)
	numGlyphs, _ := s.u16(maxp.off + 4)
	if unitsPerEm == 0 || 4*numHM > hmtx.len {
		return nil, errHmtx
	}
	scale := 1000.0 / float64(unitsPerEm)
	adv := func(g int) int {
		w, _ := s.u16(hmtx.off + 4*g)
		return w
	}

	// First each character's highest processed glyph (plus one) goes in
	// cw, then its width replaces it. mapped is the glyphs some character
	// maps to (fpdf's symbolCharDictionary keys).
	a := &advances{}
	var mapped glyphSet
	limit := max(numHM, numGlyphs)
	err := s.walkCmap(func(c, glyph int) {
		mapped.set(rune(glyph), true)
		if glyph == 0 || glyph >= limit || c == 0 || c == 0xFFFF {
			return
		}
		a.count++
		a.cw[c] = max(a.cw[c], int32(glyph+1))
	})
	if err != nil {
		return nil, err
	}

	if numHM > 0 {
		w0 := adv(0)
		if w0 >= 1<<15 {
			w0 = 0
		}
		a.missing = fpdfRound(scale * float64(w0))
	}
	// The advance of glyphs past numberOfHMetrics: the last one read,
	// cleared only where fpdf's loop cleared it.
	last := 0
	if numHM > 0 {
		last = adv(numHM - 1)
		if (mapped.has(rune(numHM-1)) || numHM-1 == 0) && last >= 1<<15 {
			last = 0
		}
	}
	for c, b := range a.cw {
		if b == 0 {
			continue
		}
		g := int(b - 1)
		w := last
		if g < numHM {
			if w = adv(g); w >= 1<<15 {
				w = 0
			}
		}
		v := int(math.Round(scale * float64(w)))
		if v == 0 {
			v = 65535
		}
		a.cw[c] = int32(v)
	}
	return a, nil
}

// width is r's advance as fpdf's GetStringSymbolWidth gives it. fpdf
// indexes past its table for U+10000 (a panic); every character beyond the
// table here takes the missing width, as the others past it do in fpdf.
func (a *advances) width(r rune) int {
	if r >= 0 && r < 0x10000 {
		w := int(a.cw[r])
		if r == 0 {
			w = a.count
		}
		if w > 0 {
			if w == 65535 {
				return 0
			}
			return w
		}
	}
	if a.missing != 0 {
		return a.missing
	}
	return 500
}

// fpdfRound rounds half away from zero, as fpdf's round does.
func fpdfRound(f float64) int {
	if f < 0 {
		return -int(math.Floor(-f + 0.5))
	}
	return int(math.Floor(f + 0.5))
}
