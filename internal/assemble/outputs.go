package assemble

import (
	"fmt"
	"strings"
	"time"

	"github.com/upr-tools/submit/internal/layout"
	"github.com/upr-tools/submit/internal/pdf"
	"github.com/upr-tools/submit/internal/render"
	"github.com/upr-tools/submit/internal/workspace"
	"github.com/upr-tools/submit/internal/xlsx"
)

func buildPDF(ws *workspace.Workspace, body *layout.Document, created time.Time, w *Written) ([]byte, error) {
	s := ws.Submission
	w.Words = layout.Words(body)
	w.Limit = s.Limit()
	data, res, err := pdf.Render(body, pdf.Options{
		Meta: pdf.Meta{
			Title:    s.Title,
			Author:   strings.Join(orgNames(s), "; "),
			Subject:  subject(s),
			Keywords: strings.Join(append([]string{"Universal Periodic Review", s.State}, s.Themes...), "; "),
			Language: s.Language,
		},
		Cover:   cover(s, w.Words.Total()),
		Created: created,
		Header:  strings.Join(s.Acronyms(), " · "),
	})
	if err != nil {
		return nil, err
	}
	w.Pages = res.Pages
	return data, nil
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

func subject(s *workspace.Submission) string {
	return fmt.Sprintf("Stakeholder submission to the Universal Periodic Review of %s, %s cycle", s.State, render.Ordinal(s.Language, s.Cycle))
}

func cover(s *workspace.Submission, words int) pdf.Cover {
	kind := "Individual submission"
	if s.Kind == "joint" {
		kind = "Joint submission"
	}
	review := fmt.Sprintf("Universal Periodic Review, %s cycle, Working Group session %d", render.Ordinal(s.Language, s.Cycle), s.Session)
	if !s.ReviewDate.IsZero() {
		review += " (" + render.LongDate(s.Language, s.ReviewDate) + ")"
	}
	c := pdf.Cover{
		Title:     s.Title,
		Lines:     []string{"State under review: " + s.State, review, kind + " by " + strings.Join(s.Acronyms(), ", ")},
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
