package assemble

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/upr-tools/submit/internal/diag"
	"github.com/upr-tools/submit/internal/layout"
	"github.com/upr-tools/submit/internal/memory"
	"github.com/upr-tools/submit/internal/messages"
	"github.com/upr-tools/submit/internal/pdf"
	"github.com/upr-tools/submit/internal/render"
	"github.com/upr-tools/submit/internal/workspace"
	"github.com/upr-tools/submit/internal/xlsx"
)

// Body is what the templates of one PDF output made.
type Body struct {
	Doc, Annex *layout.Document // Annex is nil when there is none
}

func buildPDF(ws *workspace.Workspace, b Body, created time.Time, w *Written) ([]byte, error) {
	s := ws.Submission
	t := messages.For(s.Language)
	w.Words = layout.Words(b.Doc) // the annex is not counted
	w.Limit = s.Limit()
	fonts, err := loadFonts(ws)
	if err != nil {
		return nil, err
	}
	pageSize := "A4"
	if s.Paper == "letter" {
		pageSize = "Letter"
	}
	data, res, err := pdf.Render(b.Doc, pdf.Options{
		Meta: pdf.Meta{
			Title:    s.Title,
			Author:   strings.Join(orgNames(s), "; "),
			Subject:  fmt.Sprintf(t.Subject, s.State, render.Ordinal(s.Language, s.Cycle)),
			Keywords: strings.Join(append([]string{"Universal Periodic Review", s.State}, s.Themes...), "; "),
			Language: s.Language,
		},
		Cover:    cover(s, t, w.Words.Total()),
		Created:  created,
		PageSize: pageSize,
		Header:   strings.Join(s.Acronyms(), " · "),
		Fonts:    fonts,
		Annex:    b.Annex,
		Text:     pdf.Text{Founded: t.Founded, WordCount: t.WordCount, Page: t.Page},
	})
	var fe *pdf.FontError
	if errors.As(err, &fe) && s.Font != nil {
		// Point at the font setting the user can change.
		return nil, diag.List{diag.Errorf(s.Font.Pos, "%v", err)}
	}
	if err != nil {
		return nil, err
	}
	w.Pages = res.Pages
	return data, nil
}

// loadFonts reads the TrueType files submission.yaml names, or gives nil
// for the default Liberation Serif.
func loadFonts(ws *workspace.Workspace) (*pdf.Fonts, error) {
	f := ws.Submission.Font
	if f == nil {
		return nil, nil
	}
	read := func(key, rel string) ([]byte, error) {
		if rel == "" {
			return nil, nil
		}
		data, err := os.ReadFile(filepath.Join(ws.Dir, rel))
		if err != nil {
			return nil, diag.List{diag.Errorf(f.Keys[key], "cannot read font %q: %v", rel, err)}
		}
		return data, nil
	}
	fonts := &pdf.Fonts{Name: filepath.Base(f.Regular)}
	var errs []error
	for _, x := range []struct {
		key, rel string
		dst      *[]byte
	}{{"regular", f.Regular, &fonts.Regular}, {"bold", f.Bold, &fonts.Bold}, {"italic", f.Italic, &fonts.Italic}, {"bold_italic", f.BoldItalic, &fonts.BoldItalic}} {
		data, err := read(x.key, x.rel)
		errs = append(errs, err)
		*x.dst = data
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return fonts, nil
}

func buildWorkbook(ws *workspace.Workspace, created time.Time, w *Written) ([]byte, error) {
	data, res, err := xlsx.Write(ws, xlsx.Options{Created: created})
	if err != nil {
		return nil, err
	}
	w.Rows = res.Rows
	return data, nil
}

func orgNames(s *workspace.Submission) []string {
	var out []string
	for _, o := range s.Organisations {
		out = append(out, o.Name)
	}
	return out
}

func cover(s *workspace.Submission, t messages.Table, words int) pdf.Cover {
	by := fmt.Sprintf(t.Individual, strings.Join(s.Acronyms(), ", "))
	if s.Kind == "joint" {
		by = fmt.Sprintf(t.Joint, strings.Join(s.Acronyms(), ", "))
	}
	review := fmt.Sprintf(t.Review, render.Ordinal(s.Language, s.Cycle), s.Session)
	if !s.ReviewDate.IsZero() {
		review += " (" + render.LongDate(s.Language, s.ReviewDate) + ")"
	}
	c := pdf.Cover{
		Title:     s.Title,
		Lines:     []string{fmt.Sprintf(t.StateUnderReview, s.State), review, by},
		Date:      render.LongDate(s.Language, s.Date),
		Words:     words,
		WordLimit: s.Limit(),
	}
	for _, o := range s.Organisations {
		var contact []string
		for _, part := range []string{o.Contact.Name, o.Contact.Email, o.Contact.Phone, o.Contact.Address} {
			if part != "" {
				contact = append(contact, part)
			}
		}
		c.Organisations = append(c.Organisations, pdf.Organisation{
			Name: o.Name, Acronym: o.Acronym, Description: o.Description, Founded: o.Founded,
			Contact: strings.Join(contact, ", "), Website: o.Website,
		})
	}
	return c
}

// tuneMemory sets the collector for the size of the workspace's
// recommendations, in the build path before the workspace is loaded.
func tuneMemory(dir string) {
	memory.Tune(memory.Size(filepath.Join(dir, workspace.RecommendationsDir)))
}
