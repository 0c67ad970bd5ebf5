package assemble

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/diag"
	"github.com/upr-tools/submit/internal/testutil"
)

func rewrite(t *testing.T, dir, file, old, new string) {
	t.Helper()
	p := filepath.Join(dir, file)
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), old) {
		t.Fatalf("%s does not contain %q", file, old)
	}
	if err := os.WriteFile(p, []byte(strings.Replace(string(b), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// pdfText builds the workspace and returns the PDF's text, whitespace
// collapsed, and pdfinfo's report.
func pdfText(t *testing.T, dir string) (text, info string) {
	t.Helper()
	if _, err := Build(dir); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "output", "submission.pdf")
	raw := testutil.Run(t, testutil.Need(t, "pdftotext", "poppler-utils"), path, "-")
	info = testutil.Run(t, testutil.Need(t, "pdfinfo", "poppler-utils"), path)
	return strings.Join(strings.Fields(raw), " "), info
}

func TestFrenchAndLetter(t *testing.T) {
	dir := newWorkspace(t)
	rewrite(t, dir, "submission.yaml", "language: en", "language: fr")
	rewrite(t, dir, "submission.yaml", "kind: individual", "kind: individual\npaper: letter")
	text, info := pdfText(t, dir)
	for _, want := range []string{"État examiné : Slovenia", "Examen périodique universel, 4e cycle", "Contribution de YO",
		"Fondée en 2010", "15 juillet 2024", "Page 2 sur", "7,5 %"} {
		if !strings.Contains(text, want) {
			t.Errorf("French PDF lacks %q", want)
		}
	}
	if !strings.Contains(info, "612 x 792 pts (letter)") {
		t.Errorf("paper: letter gave\n%s", info)
	}
}

func TestAnnexNotCounted(t *testing.T) {
	dir := newWorkspace(t)
	before, err := Make(dir)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "templates", "annex.md.tmpl"), []byte("# Annex\n\n"+strings.Repeat("Many words in the annex. ", 400)+"\n"), 0o644)
	rewrite(t, dir, "submission.yaml", "    template: submission.md.tmpl", "    template: submission.md.tmpl\n    annex: annex.md.tmpl")
	after, err := Make(dir)
	if err != nil {
		t.Fatal(err)
	}
	if b, a := before.Written[0], after.Written[0]; a.Words.Total() != b.Words.Total() || a.Pages <= b.Pages {
		t.Errorf("with an annex: %d words on %d pages; without: %d words on %d pages", a.Words.Total(), a.Pages, b.Words.Total(), b.Pages)
	}
	text, _ := pdfText(t, dir)
	if !strings.Contains(text, "Many words in the annex.") {
		t.Error("the annex is not in the PDF")
	}
}

// TestChineseFont prints Chinese through a CJK TrueType font named in
// submission.yaml, and refuses a collection and an unshapeable script.
func TestChineseFont(t *testing.T) {
	font := testutil.NeedFile(t, "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", "fonts-droid-fallback")
	dir := newWorkspace(t)
	data, err := os.ReadFile(font)
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(dir, "fonts"), 0o755)
	os.WriteFile(filepath.Join(dir, "fonts", "DroidSansFallbackFull.ttf"), data, 0o644)
	rewrite(t, dir, "submission.yaml", "kind: individual", "kind: individual\nfont:\n  regular: fonts/DroidSansFallbackFull.ttf")
	const zh = "香港的難民（非遣返聲請人）不獲承認為難民。Refugees in Hong Kong 难民 are not recognised."
	rewrite(t, dir, "templates/submission.md.tmpl", "# II. Follow-up", zh+"\n\n# II. Follow-up")
	text, _ := pdfText(t, dir)
	if !strings.Contains(strings.ReplaceAll(text, " ", ""), strings.ReplaceAll(zh, " ", "")) {
		t.Errorf("the Chinese paragraph did not come through intact:\n%s", text)
	}
	pdffonts := testutil.Run(t, testutil.Need(t, "pdffonts", "poppler-utils"), filepath.Join(dir, "output", "submission.pdf"))
	for _, line := range strings.Split(strings.TrimSpace(pdffonts), "\n")[2:] {
		if f := strings.Fields(line); f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %s", line)
		}
	}

	t.Run("collection", func(t *testing.T) {
		rewrite(t, dir, "submission.yaml", "regular: fonts/DroidSansFallbackFull.ttf", "regular: fonts/NotoSansCJK.ttc")
		_, err := Make(dir)
		var list diag.List
		if !errors.As(err, &list) || !strings.Contains(err.Error(), "font collection, which cannot be embedded") || list[0].Pos.Line == 0 {
			t.Errorf("a .ttc font: %v", err)
		}
	})
	t.Run("arabic", func(t *testing.T) {
		dir := newWorkspace(t)
		rewrite(t, dir, "templates/submission.md.tmpl", "# II. Follow-up", "اللاجئون في هونغ كونغ\n\n# II. Follow-up")
		_, err := Make(dir)
		if err == nil || !strings.Contains(err.Error(), "Arabic") || !strings.Contains(err.Error(), "اللاجئون") {
			t.Errorf("Arabic text: %v", err)
		}
	})
}
