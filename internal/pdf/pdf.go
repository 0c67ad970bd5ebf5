// Package pdf lays out a layout.Document on pages with fpdf: a cover page,
// headings, numbered paragraphs, lists, quotes, tables, footnotes and page
// numbers, in embedded TrueType fonts.
//
// Every character to be printed is first looked up in the font that will
// print it (glyphs.go, cmap.go): one the fonts lack is an error, never a
// blank or a box. Layout then happens in three steps: blocks are set into
// lines and boxes (linebreak.go, blocks.go, table.go, cover.go), boxes are
// placed on pages with their footnotes (paginate.go), and the planned pages
// are drawn (page.go, footnotes.go). The same input always gives the same bytes.
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
	Pages int
}

// program is written as the file's Producer and Creator.
const program = "submit"

var langTag = regexp.MustCompile(`^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$`)

// Render lays out doc and returns the PDF bytes. A zero Created date is
// written as 1 January 1970 UTC, so that output never depends on the clock.
// Text the embedded fonts cannot print gives a *MissingGlyphError.
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
	// Before any layout: a character the fonts lack must stop the build,
	// not vanish from the page.
	if err := checkGlyphs(doc, opts); err != nil {
		return nil, Result{}, err
	}
	m, err := newMetrics()
	if err != nil {
		return nil, Result{}, err
	}

	// Plan every page before drawing: the footer needs the total.
	notes := m.setNotes(doc.Footnotes, geo)
	cb := &builder{m: m, geo: geo}
	coverPages := newPaginator(geo.top+coverDrop, geo.bottom, nil).paginate(cb.cover(opts.Cover, opts.Meta.Language))
	bb := &builder{m: m, geo: geo}
	var bodyPages []*page
	if boxes := bb.document(doc); len(boxes) > 0 {
		bodyPages = newPaginator(geo.top, geo.bottom, notes).paginate(boxes)
	}

	f, err := newDocument(geo, opts)
	if err != nil {
		return nil, Result{}, err
	}
	p := &painter{f: f, m: m, geo: geo, header: opts.Header, pages: len(coverPages) + len(bodyPages)}
	for _, pg := range coverPages {
		if err := p.page(pg, false); err != nil {
			return nil, Result{}, err
		}
	}
	for _, pg := range bodyPages {
		if err := p.page(pg, true); err != nil {
			return nil, Result{}, err
		}
	}
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		return nil, Result{}, fmt.Errorf("writing the PDF: %w", err)
	}
	return buf.Bytes(), Result{Pages: f.PageCount()}, nil
}

// newDocument makes the fpdf document: page size, fonts, metadata, and the
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
	if err := loadFonts(f); err != nil {
		return nil, err
	}
	return f, nil
}
