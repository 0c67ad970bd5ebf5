// Package pdf lays out a layout.Document on pages with fpdf: a cover page,
// headings, numbered paragraphs, lists, quotes, tables, footnotes, page
// numbers, links to paragraphs and an annex, in embedded TrueType fonts.
//
// Nothing reaches fpdf unchecked: a custom font is validated before fpdf
// reads it (fontcheck.go), text in scripts fpdf cannot shape is refused
// (scripts.go), and every character to be printed is looked up in the font
// that will print it (glyphs.go, cmap.go): one the fonts lack is an error,
// never a blank or a box. Layout then happens in three steps: blocks are set
// into lines and boxes (linebreak.go, cjk.go, blocks.go, table.go,
// cover.go), boxes are placed on pages with their footnotes (paginate.go),
// and the planned pages are drawn (page.go, footnotes.go). The same input
// always gives the same bytes.
package pdf

import (
	"bytes"
	"fmt"
	"regexp"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"github.com/upr-tools/submit/internal/layout"
)

// Options describe the document around the body.
type Options struct {
	Meta     Meta
	Cover    Cover
	Created  time.Time // creation and modification date written in the file
	PageSize string    // "A4" (default) or "Letter"
	// Header is the running header text, e.g. the organisations' acronyms.
	Header string
	// Fonts replaces Liberation Serif; nil keeps it.
	Fonts *Fonts
	// Annex is set after the body, from a new page, with its headings in
	// the outline, its paragraphs unnumbered and its footnotes numbered on
	// from the body's. nil for none.
	Annex *layout.Document
	// Text is the fixed wording the writer prints, in the document's
	// language; empty fields are English.
	Text Text
}

// Meta is the PDF's document information.
type Meta struct {
	Title, Author, Subject, Keywords string
	Language                         string // BCP 47, e.g. "en"
}

// Cover is what the cover page shows.
type Cover struct {
	Title         string
	Lines         []string // e.g. "State under review: China", "4th cycle, Working Group session 45"
	Organisations []Organisation
	Date          string // already formatted
	Words         int
	WordLimit     int
}

// Organisation is one submitting organisation on the cover.
type Organisation struct {
	Name, Acronym, Description string
	Founded                    int
	Contact                    string // already formatted, one line
	Website                    string
}

// Result tells what was written.
type Result struct {
	Pages      int
	AnnexStart int // first page of the annex, or 0 when there is none
}

// program is written as the file's Producer and Creator.
const program = "submit"

var langTag = regexp.MustCompile(`^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$`)

// Render lays out doc and returns the PDF bytes. A zero Created date is
// written as 1 January 1970 UTC, so that output never depends on the clock.
// A font that cannot be embedded gives a *FontError, text in a script fpdf
// cannot lay out (Arabic, Devanagari…) a *ScriptError, and text the fonts
// cannot print a *MissingGlyphError: each before anything is laid out.
func Render(doc *layout.Document, opts Options) ([]byte, Result, error) {
	if doc == nil {
		doc = &layout.Document{}
	}
	geo, err := pageGeometry(opts.PageSize)
	if err != nil {
		return nil, Result{}, err
	}
	if l := opts.Meta.Language; l != "" && !langTag.MatchString(l) {
		return nil, Result{}, fmt.Errorf("document language %q is not a BCP 47 tag: write e.g. \"en\", \"fr\" or \"es\"", l)
	}
	words, err := opts.Text.withDefaults()
	if err != nil {
		return nil, Result{}, err
	}
	fonts, err := newFontSet(opts.Fonts)
	if err != nil {
		return nil, Result{}, err
	}
	// A character the fonts lack, or cannot shape, must stop the build,
	// not vanish from the page or come out garbled.
	if err := checkScripts(doc, opts, words); err != nil {
		return nil, Result{}, err
	}
	used, err := checkGlyphs(doc, opts, words, fonts)
	if err != nil {
		return nil, Result{}, err
	}
	m, err := newMetrics(fonts)
	if err != nil {
		return nil, Result{}, err
	}
	// fpdf takes about as long to load the fonts as the pages take to
	// plan, and planning needs no fpdf: do both at once.
	prepared := make(chan preparedDocument, 1)
	go func() { prepared <- prepareDocument(geo, opts, fonts, used) }()

	// Plan every page before drawing: the footer needs the total.
	cb := &builder{m: m, geo: geo}
	coverPages := newPaginator(geo.top+coverDrop, geo.bottom, nil).paginate(cb.cover(opts.Cover, opts.Meta.Language, words))
	bodyPages := m.flow(doc, geo, false)
	var annexPages []*page
	if opts.Annex != nil {
		annexPages = m.flow(shiftNotes(opts.Annex, lastNote(doc)), geo, true)
	}

	d := <-prepared
	if d.err != nil {
		return nil, Result{}, d.err
	}
	f := d.f
	p := &painter{
		f: f, m: m, geo: geo, header: opts.Header, footer: words.Page, fontState: d.fonts,
		pages:   len(coverPages) + len(bodyPages) + len(annexPages),
		targets: targets(bodyPages), links: map[int]int{},
	}
	for i, pages := range [][]*page{coverPages, bodyPages, annexPages} {
		for _, pg := range pages {
			if err := p.page(pg, i > 0); err != nil {
				return nil, Result{}, err
			}
		}
	}
	res := Result{Pages: f.PageCount()}
	if len(annexPages) > 0 {
		res.AnnexStart = len(coverPages) + len(bodyPages) + 1
	}
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		return nil, Result{}, fmt.Errorf("writing the PDF: %w", err)
	}
	return buf.Bytes(), res, nil
}

// flow sets a document's blocks and places them on pages with its
// footnotes; the annex's paragraphs are unnumbered.
func (m *metrics) flow(doc *layout.Document, geo geometry, unnumbered bool) []*page {
	b := &builder{m: m, geo: geo, unnumbered: unnumbered}
	boxes := b.document(doc)
	if len(boxes) == 0 {
		return nil
	}
	return newPaginator(geo.top, geo.bottom, m.setNotes(doc.Footnotes, geo)).paginate(boxes)
}

// preparedDocument is an fpdf document with the fonts the text needs.
type preparedDocument struct {
	f     *fpdf.Fpdf
	fonts []fontState // by font of the fontSet
	err   error
}

// prepareDocument makes the document and embeds the fonts marked in used;
// the painter embeds any other font it sets (the page furniture's) when
// it first sets it.
func prepareDocument(geo geometry, opts Options, fonts *fontSet, used []bool) preparedDocument {
	f, err := newDocument(geo, opts)
	if err != nil {
		return preparedDocument{err: err}
	}
	st := make([]fontState, len(fonts.files))
	for i, u := range used {
		if !u {
			continue
		}
		if err := loadFont(f, fonts.files[i]); err != nil {
			return preparedDocument{err: err}
		}
		st[i] = fontLoaded
	}
	return preparedDocument{f: f, fonts: st}
}

// newDocument makes the fpdf document: page size, metadata, and the
// settings that make its bytes reproducible (fixed dates, sorted catalogs,
// fixed producer; fpdf writes no file ID unless encrypting).
func newDocument(geo geometry, opts Options) (*fpdf.Fpdf, error) {
	f := fpdf.NewCustom(&fpdf.InitType{
		OrientationStr: "P",
		UnitStr:        "mm",
		Size:           fpdf.SizeType{Wd: geo.w, Ht: geo.h},
	})
	created := opts.Created
	if created.IsZero() {
		created = time.Unix(0, 0)
	}
	created = created.UTC()
	f.SetCreationDate(created)
	f.SetModificationDate(created)
	f.SetCatalogSort(true)
	f.SetCompression(true)
	f.SetProducer(program, true)
	f.SetCreator(program, true)
	meta := opts.Meta
	if meta.Title == "" {
		meta.Title = opts.Cover.Title
	}
	f.SetTitle(cleanMeta(meta.Title), true)
	f.SetAuthor(cleanMeta(meta.Author), true)
	f.SetSubject(cleanMeta(meta.Subject), true)
	f.SetKeywords(cleanMeta(meta.Keywords), true)
	f.SetLang(meta.Language)
	f.SetMargins(geo.left, geo.top, geo.w-geo.right)
	f.SetAutoPageBreak(false, 0) // the paginator breaks pages
	if err := f.Error(); err != nil {
		return nil, fmt.Errorf("setting up the PDF: %w", err)
	}
	return f, nil
}
