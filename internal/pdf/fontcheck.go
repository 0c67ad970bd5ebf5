package pdf

import (
	"encoding/binary"
	"fmt"
)

// FontError says that a font given in Options.Fonts cannot be used, and
// what to do instead.
type FontError struct {
	Font string // the font as the user named it, e.g. "NotoSansCJK.ttc (bold)"
	Msg  string // what is wrong and what to do, e.g. "is a font collection (.ttc), …"
}

func (e *FontError) Error() string { return "font " + e.Font + " " + e.Msg }

// Messages of FontError.
const (
	msgCollection = "is a font collection (.ttc), which cannot be embedded: extract one font to a .ttf file (for example with fonttools) or use a .ttf font"
	msgCFF        = "is an OpenType font with CFF outlines, which cannot be embedded: use a TrueType (.ttf) version"
	msgWOFF       = "is a web font (WOFF), which cannot be embedded: use the TrueType (.ttf) version of the font"
	msgNotTTF     = "is not a TrueType font file: use a TrueType (.ttf) font"
	msgEmpty      = "is an empty file: use a TrueType (.ttf) font"
	msgNoGlyf     = "has no TrueType outlines (no glyf table), which the PDF writer needs: use a TrueType (.ttf) font with outlines"
	msgNoCmap     = "has no Unicode character map (a format 4 cmap), which the PDF writer needs: use another TrueType (.ttf) font"
	msgRestricted = "does not allow embedding in documents (its licence flags forbid it or allow only bitmaps or no subsetting): use a font whose licence permits embedding, such as Noto or Liberation"
	msgDamaged    = "is damaged (%s): use another copy of the font, or another TrueType (.ttf) font"
)

// checkFont makes sure fpdf can embed ttf, and returns the characters it
// prints. fpdf's TrueType reader trusts the file: it indexes without bounds
// checks (a damaged font panics), follows composite glyphs without a depth
// limit (a loop never ends), and prints some problems to standard output
// instead of returning them. Every table and offset it reads is checked
// here first.
func checkFont(name string, ttf []byte) (*glyphSet, error) {
	fail := func(msg string, args ...any) (*glyphSet, error) {
		return nil, &FontError{Font: name, Msg: fmt.Sprintf(msg, args...)}
	}
	if len(ttf) == 0 {
		return fail(msgEmpty)
	}
	if len(ttf) < 4 {
		return fail(msgNotTTF)
	}
	switch string(ttf[:4]) {
	case "\x00\x01\x00\x00", "true":
	case "ttcf":
		return fail(msgCollection)
	case "OTTO":
		return fail(msgCFF)
	case "wOFF", "wOF2":
		return fail(msgWOFF)
	default:
		return fail(msgNotTTF)
	}
	s, err := readSfnt(ttf)
	if err != nil {
		return fail(msgDamaged, err)
	}
	if _, ok := s.tables["glyf"]; !ok {
		if _, cff := s.tables["CFF "]; cff {
			return fail(msgCFF)
		}
		return fail(msgNoGlyf)
	}
	// The parts of each table fpdf reads (head up to glyphDataFormat, hhea
	// up to numberOfHMetrics, the fixed part of post, …).
	for _, t := range []struct {
		tag string
		min int
	}{{"head", 54}, {"hhea", 36}, {"maxp", 6}, {"post", 16}, {"name", 6}, {"hmtx", 4}, {"loca", 4}, {"cmap", 4}} {
		if _, ok := s.table(t.tag, t.min); !ok {
			return fail(msgDamaged, "its "+t.tag+" table is missing or too short")
		}
	}
	head, _ := s.table("head", 54)
	unitsPerEm, _ := s.u16(head.off + 18)
	locFormat, _ := s.u16(head.off + 50)
	if unitsPerEm < 16 || unitsPerEm > 16384 || locFormat > 1 {
		return fail(msgDamaged, "its head table is invalid")
	}
	if f, _ := s.u16(head.off + 52); f != 0 {
		return fail(msgDamaged, "its glyph data format is unknown")
	}
	hhea, _ := s.table("hhea", 36)
	maxp, _ := s.table("maxp", 6)
	metricFormat, _ := s.u16(hhea.off + 32)
	numHMetrics, _ := s.u16(hhea.off + 34)
	numGlyphs, _ := s.u16(maxp.off + 4)
	if metricFormat != 0 || numHMetrics == 0 || numGlyphs == 0 {
		return fail(msgDamaged, "its horizontal metrics header is invalid")
	}
	hmtx, _ := s.table("hmtx", 4)
	if hmtx.len < 4*numHMetrics || hmtx.len < 2*numHMetrics+2*numGlyphs {
		return fail(msgDamaged, "its horizontal metrics are cut short")
	}
	if os2, ok := s.tables["OS/2"]; ok {
		version, _ := s.u16(os2.off)
		need := 72
		if version > 1 {
			need = 90
		}
		if os2.len < need {
			return fail(msgDamaged, "its OS/2 table is too short")
		}
		// Restricted licence (2), no subsetting (0x100), bitmaps only
		// (0x200): fpdf refuses these by printing a warning.
		if fsType, _ := s.u16(os2.off + 8); fsType == 2 || fsType&0x300 != 0 {
			return fail(msgRestricted)
		}
	}
	if msg := checkNames(s); msg != "" {
		return fail(msgDamaged, msg)
	}
	if msg := checkGlyphData(s, locFormat, numGlyphs); msg != "" {
		return fail(msgDamaged, msg)
	}
	g, maxGlyph, err := s.cmap()
	if err != nil {
		return fail(msgNoCmap)
	}
	if maxGlyph >= numGlyphs {
		return fail(msgDamaged, "its character map points to glyphs it does not have")
	}
	return g, nil
}

// checkNames checks the naming table as fpdf reads it: format 0, records
// and the strings fpdf looks at inside the file, Windows strings of whole
// UTF-16 units.
func checkNames(s *sfnt) string {
	t, _ := s.table("name", 6)
	if f, _ := s.u16(t.off); f != 0 {
		return "its naming table is of a version the PDF writer cannot read"
	}
	count, _ := s.u16(t.off + 2)
	strs, _ := s.u16(t.off + 4)
	if 6+12*count > t.len {
		return "its naming table is cut short"
	}
	for i := range count {
		rec := t.off + 6 + 12*i
		platform, _ := s.u16(rec)
		encoding, _ := s.u16(rec + 2)
		lang, _ := s.u16(rec + 4)
		id, _ := s.u16(rec + 6)
		size, _ := s.u16(rec + 8)
		off, _ := s.u16(rec + 10)
		if id != 1 && id != 2 && id != 3 && id != 4 && id != 6 {
			continue
		}
		win := platform == 3 && encoding == 1 && lang == 0x409
		if !win && (platform != 1 || encoding != 0 || lang != 0) {
			continue
		}
		if win && size%2 != 0 || t.off+strs+off+size > len(s.data) {
			return "its naming table is invalid"
		}
	}
	return ""
}

// checkGlyphData checks what fpdf reads when it subsets the font: the glyph
// locations in order and inside the glyph table, and every composite
// glyph's components readable, existing, and not looping.
func checkGlyphData(s *sfnt, locFormat, numGlyphs int) string {
	loca, _ := s.table("loca", 4)
	glyf := s.tables["glyf"]
	size := 2 << locFormat
	if loca.len < (numGlyphs+1)*size {
		return "its glyph locations are cut short"
	}
	at := make([]int, numGlyphs+1)
	for i := range at {
		p := loca.off + i*size
		if locFormat == 0 {
			at[i] = 2 * int(binary.BigEndian.Uint16(s.data[p:]))
		} else {
			at[i] = int(binary.BigEndian.Uint32(s.data[p:]))
		}
		if i > 0 && at[i] < at[i-1] || at[i] > glyf.len {
			return "its glyph locations are out of order or beyond the glyph table"
		}
	}
	// parts lists a composite glyph's components, or ok=false when its
	// records run past its end.
	parts := func(g int) (comps []int, ok bool) {
		data := s.data[glyf.off+at[g] : glyf.off+at[g+1]]
		if len(data) == 0 {
			return nil, true
		}
		if len(data) < 10 {
			return nil, false
		}
		if int16(binary.BigEndian.Uint16(data)) >= 0 {
			return nil, true // a simple glyph
		}
		for p, more := 10, true; more; {
			if p+4 > len(data) {
				return nil, false
			}
			flags := int(binary.BigEndian.Uint16(data[p:]))
			comps = append(comps, int(binary.BigEndian.Uint16(data[p+2:])))
			p += 4
			if flags&symbolWords != 0 {
				p += 4
			} else {
				p += 2
			}
			switch {
			case flags&symbolScale != 0:
				p += 2
			case flags&symbolXYScale != 0:
				p += 4
			case flags&symbol2x2 != 0:
				p += 8
			}
			more = flags&symbolMore != 0
		}
		return comps, true
	}
	// depth: 0 unknown, -1 being visited, else 1 + the deepest component.
	depth := make([]int8, numGlyphs)
	var visit func(g int) string
	visit = func(g int) string {
		switch depth[g] {
		case -1:
			return "a composite glyph contains itself"
		case 0:
		default:
			return ""
		}
		depth[g] = -1
		comps, ok := parts(g)
		if !ok {
			return "a composite glyph is cut short"
		}
		d := int8(1)
		for _, c := range comps {
			if c >= numGlyphs {
				return "a composite glyph uses a glyph the font does not have"
			}
			if msg := visit(c); msg != "" {
				return msg
			}
			d = max(d, depth[c]+1)
		}
		if d > maxComposite {
			return "its composite glyphs nest too deep"
		}
		depth[g] = d
		return ""
	}
	for g := range numGlyphs {
		if msg := visit(g); msg != "" {
			return msg
		}
	}
	return ""
}

// Composite glyph flags, and how deep components may nest (fpdf follows
// them recursively; real fonts nest two or three deep).
const (
	symbolWords   = 1 << 0
	symbolScale   = 1 << 3
	symbolMore    = 1 << 5
	symbolXYScale = 1 << 6
	symbol2x2     = 1 << 7
	maxComposite  = 12
)
