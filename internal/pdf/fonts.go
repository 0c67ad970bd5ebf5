package pdf

import (
	"bytes"
	"fmt"
	"strings"
	"sync"

	"codeberg.org/go-fonts/liberation/liberationmonoregular"
	"codeberg.org/go-fonts/liberation/liberationserifbold"
	"codeberg.org/go-fonts/liberation/liberationserifbolditalic"
	"codeberg.org/go-fonts/liberation/liberationserifitalic"
	"codeberg.org/go-fonts/liberation/liberationserifregular"
	"codeberg.org/go-pdf/fpdf"

	"github.com/upr-tools/submit/internal/layout"
)

// face is a style slot text is set in: regular, bold, italic, bold italic
// or code. Which font prints a character of a face is the fontSet's choice.
type face uint8

const (
	serif face = iota
	serifBold
	serifItalic
	serifBoldItalic
	mono
	numFaces
)

// Fonts is a TrueType font to set the document in instead of Liberation
// Serif, e.g. one for Chinese text. Bold, Italic and BoldItalic are
// optional: a missing bold or italic is set in Regular, a missing bold
// italic in Bold, or else Regular. Characters a font lacks are set in
// Liberation Serif of the same style when it has them: Latin text next to
// Chinese in a font with only Chinese characters prints too.
//
// Code (layout.Code) stays in Liberation Mono; characters Liberation Mono
// lacks are set in Regular.
type Fonts struct {
	Name                              string // for messages, e.g. the file name "NotoSerifSC-Regular.ttf"
	Regular, Bold, Italic, BoldItalic []byte
}

// fontFile is one TrueType font given to fpdf.
type fontFile struct {
	family, style string // fpdf's key
	name          string // as users know it, for messages
	ttf           []byte
	cov           *glyphSet
	adv           *advances
}

// fontSet is the fonts of one document. A character of face fc is set in
// the first font of chain[fc] that has it.
type fontSet struct {
	files []fontFile
	chain [numFaces][]uint8
}

// Liberation Serif has the metrics of Times New Roman, so a page set here
// breaks like one set in Word. Their indexes in every fontSet are the faces.
var liberation = [numFaces]fontFile{
	serif:           {family: "serif", style: "", name: "Liberation Serif", ttf: liberationserifregular.TTF},
	serifBold:       {family: "serif", style: "B", name: "Liberation Serif", ttf: liberationserifbold.TTF},
	serifItalic:     {family: "serif", style: "I", name: "Liberation Serif", ttf: liberationserifitalic.TTF},
	serifBoldItalic: {family: "serif", style: "BI", name: "Liberation Serif", ttf: liberationserifbolditalic.TTF},
	mono:            {family: "mono", style: "", name: "Liberation Mono", ttf: liberationmonoregular.TTF},
}

// liberationCoverage is what each Liberation font can print, read once.
var liberationCoverage = sync.OnceValues(func() ([numFaces]*glyphSet, error) {
	var cov [numFaces]*glyphSet
	for i, fc := range liberation {
		g, err := parseCmap(fc.ttf)
		if err != nil {
			return cov, fmt.Errorf("reading the characters of font %s: %w", fc.name, err)
		}
		cov[i] = g
	}
	return cov, nil
})

// liberationAdvances is each Liberation font's advance widths, read once.
var liberationAdvances = sync.OnceValues(func() ([numFaces]*advances, error) {
	var adv [numFaces]*advances
	for i, fc := range liberation {
		a, err := fontAdvances(fc.ttf)
		if err != nil {
			return adv, fmt.Errorf("reading the widths of font %s: %w", fc.name, err)
		}
		adv[i] = a
	}
	return adv, nil
})

// fontAdvances reads a font's advance widths.
func fontAdvances(ttf []byte) (*advances, error) {
	s, err := readSfnt(ttf)
	if err != nil {
		return nil, err
	}
	return readAdvances(s)
}

// newFontSet is Liberation alone when custom is nil; otherwise custom's
// fonts, checked first, with Liberation behind them.
func newFontSet(custom *Fonts) (*fontSet, error) {
	cov, err := liberationCoverage()
	if err != nil {
		return nil, err
	}
	adv, err := liberationAdvances()
	if err != nil {
		return nil, err
	}
	fs := &fontSet{}
	for i, f := range liberation {
		f.cov, f.adv = cov[i], adv[i]
		fs.files = append(fs.files, f)
		fs.chain[i] = []uint8{uint8(i)}
	}
	if custom == nil {
		return fs, nil
	}
	name := strings.TrimSpace(custom.Name)
	if name == "" {
		name = "set for the document"
	}
	// add checks and registers one font, once however often it is given.
	add := func(ttf []byte, style, which string) (uint8, bool, error) {
		if ttf == nil {
			return 0, false, nil
		}
		for i, f := range fs.files[numFaces:] {
			if bytes.Equal(f.ttf, ttf) {
				return uint8(numFaces) + uint8(i), true, nil
			}
		}
		label := name
		if which != "" {
			label += " (" + which + ")"
		}
		g, err := checkFont(label, ttf)
		if err != nil {
			return 0, false, err
		}
		a, err := fontAdvances(ttf)
		if err != nil {
			return 0, false, &FontError{Font: label, Msg: fmt.Sprintf(msgDamaged, err)}
		}
		fs.files = append(fs.files, fontFile{family: "custom", style: style, name: name, ttf: ttf, cov: g, adv: a})
		return uint8(len(fs.files) - 1), true, nil
	}
	if custom.Regular == nil {
		return nil, &FontError{Font: name, Msg: "has no regular font: give the TrueType (.ttf) file of the regular style"}
	}
	reg, _, err := add(custom.Regular, "", "")
	if err != nil {
		return nil, err
	}
	pick := func(ttf []byte, style, which string, fallback uint8) (uint8, error) {
		i, ok, err := add(ttf, style, which)
		if !ok || err != nil {
			return fallback, err
		}
		return i, nil
	}
	bold, err := pick(custom.Bold, "B", "bold", reg)
	if err != nil {
		return nil, err
	}
	italic, err := pick(custom.Italic, "I", "italic", reg)
	if err != nil {
		return nil, err
	}
	boldItalic, err := pick(custom.BoldItalic, "BI", "bold italic", bold)
	if err != nil {
		return nil, err
	}
	fs.chain[serif] = []uint8{reg, uint8(serif)}
	fs.chain[serifBold] = []uint8{bold, uint8(serifBold)}
	fs.chain[serifItalic] = []uint8{italic, uint8(serifItalic)}
	fs.chain[serifBoldItalic] = []uint8{boldItalic, uint8(serifBoldItalic)}
	fs.chain[mono] = []uint8{uint8(mono), reg}
	return fs, nil
}

// pick is the font that prints r in face fc: the first of the face's chain
// that has it, or the first of the chain for a character none has (only
// spaces get that far: checkGlyphs rejects the others).
func (fs *fontSet) pick(fc face, r rune) uint8 {
	ch := fs.chain[fc]
	for _, i := range ch {
		if fs.files[i].cov.has(r) {
			return i
		}
	}
	return ch[0]
}

// find is the font that prints r in face fc, if one does.
func (fs *fontSet) find(fc face, r rune) (uint8, bool) {
	for _, i := range fs.chain[fc] {
		if fs.files[i].cov.has(r) {
			return i, true
		}
	}
	return 0, false
}

// has reports whether a font of face fc prints r.
func (fs *fontSet) has(fc face, r rune) bool {
	for _, i := range fs.chain[fc] {
		if fs.files[i].cov.has(r) {
			return true
		}
	}
	return false
}

// names is the fonts of face fc as users know them, for messages.
func (fs *fontSet) names(fc face) []string {
	var out []string
	for _, i := range fs.chain[fc] {
		out = append(out, fs.files[i].name)
	}
	return out
}

// faceOf maps a run style to the face that prints it.
func faceOf(s layout.Style) face {
	switch {
	case s&layout.Code != 0:
		return mono
	case s&layout.Bold != 0 && s&layout.Italic != 0:
		return serifBoldItalic
	case s&layout.Bold != 0:
		return serifBold
	case s&layout.Italic != 0:
		return serifItalic
	}
	return serif
}

// loadFont embeds fc in f. Only TrueType fonts are used: the standard PDF
// fonts are not embedded and cannot print "Žižović". Custom fonts were
// checked by checkFont, as fpdf prints (not returns) some parse failures
// and panics on others.
func loadFont(f *fpdf.Fpdf, fc fontFile) error {
	f.AddUTF8FontFromBytes(fc.family, fc.style, fc.ttf)
	if err := f.Error(); err != nil {
		return fmt.Errorf("embedding font %s: %w", fc.name, err)
	}
	return nil
}
