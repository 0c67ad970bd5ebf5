package pdf

import (
	"strings"
	"testing"
)

// french is the wording of a French submission.
var french = Text{
	Founded:          "Fondée en %d",
	WordCount:        "Nombre de mots : %s (limite %s)",
	WordCountNoLimit: "Nombre de mots : %s",
	Page:             "Page %d sur %d",
}

func TestFrenchWording(t *testing.T) {
	opts := sampleOptions()
	opts.Meta.Language = "fr"
	opts.Text = french
	opts.Cover.Words = 2075
	path, res := render(t, sampleDoc(), opts)
	pages := pageTexts(t, path, res.Pages)
	cover := squash(pages[0])
	// pdftotext shows the no-break space grouping digits as a space.
	if miss := inOrder(cover, "Fondée en 2004", "Fondée en 1998", "Nombre de mots : 2 075 (limite 5 630)"); miss != "" {
		t.Errorf("cover lacks %q:\n%s", miss, cover)
	}
	if !strings.Contains(pages[1], "Page 2 sur 2") {
		t.Errorf("footer is not French:\n%s", pages[1])
	}
	for _, english := range []string{"Founded", "Word count", "Page 2 of"} {
		if strings.Contains(strings.Join(pages, ""), english) {
			t.Errorf("English %q left in a French document", english)
		}
	}

	opts.Cover.WordLimit = 0
	opts.Text.Page = "%[2]d pages, page %[1]d" // another order
	path, res = render(t, sampleDoc(), opts)
	pages = pageTexts(t, path, res.Pages)
	if !strings.Contains(squash(pages[0]), "Nombre de mots : 2 075") || strings.Contains(pages[0], "limite") {
		t.Errorf("cover without a limit:\n%s", pages[0])
	}
	if !strings.Contains(pages[1], "2 pages, page 2") {
		t.Errorf("footer with reordered arguments:\n%s", pages[1])
	}
}

func TestWordingDefaults(t *testing.T) {
	got, err := Text{Page: "Página %d de %d"}.withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	want := english
	want.Page = "Página %d de %d"
	if got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

func TestWordingErrors(t *testing.T) {
	tests := []struct {
		text Text
		want string
	}{
		{Text{Page: "Page %d"}, `the wording Page "Page %d" must hold two %d, for the page and the number of pages, like "Page %d of %d"`},
		{Text{Page: "Page %s of %s"}, "the wording Page"},
		{Text{Page: "Page %d of %d of %d"}, "the wording Page"},
		{Text{Page: "Page %[1]d, %[1]d"}, "the wording Page"},
		{Text{Founded: "Founded"}, `the wording Founded "Founded" must hold one %d, for the year`},
		{Text{WordCount: "Words: %s"}, "the wording WordCount"},
		{Text{WordCountNoLimit: "Words: %d"}, "the wording WordCountNoLimit"},
	}
	for _, tt := range tests {
		opts := sampleOptions()
		opts.Text = tt.text
		_, _, err := Render(sampleDoc(), opts)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%+v: err = %v, want %q", tt.text, err, tt.want)
		}
	}
}

// TestWordingGlyphs: the wording is printed, so its characters are checked
// like the document's.
func TestWordingGlyphs(t *testing.T) {
	opts := sampleOptions()
	opts.Text.Page = "第%d页，共%d页"
	_, _, err := Render(sampleDoc(), opts)
	if err == nil || !strings.Contains(err.Error(), "第") {
		t.Errorf("err = %v, want a missing glyph error for 第", err)
	}
}
