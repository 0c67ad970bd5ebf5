package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/testutil"
)

// TestBuildExample builds the example workspace as the README says and reads
// the results back as a user's tools would: poppler and qpdf for the PDF,
// openpyxl for the workbook.
func TestBuildExample(t *testing.T) {
	dir := exampleCopy(t)
	code, stdout, stderr := runCmd("build", "-C", dir)
	if code != exitOK {
		t.Fatalf("build: exit %d\n%s", code, stderr)
	}
	// The word count by OHCHR's rules, section by section: a golden file,
	// so that a change in counting shows up in review.
	testutil.Golden(t, "testdata/build-example.golden", []byte(strings.ReplaceAll(stdout, dir, "WORKSPACE")))
	pdfPath := filepath.Join(dir, "output", "submission.pdf")
	xlsxPath := filepath.Join(dir, "output", "recommendations.xlsx")
	for _, want := range []string{"wrote " + pdfPath + ": ", " pages, ", " words (body ", "wrote " + xlsxPath + ": 616 recommendations"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("build output lacks %q:\n%s", want, stdout)
		}
	}

	t.Run("pdf", func(t *testing.T) {
		pdftotext := testutil.Need(t, "pdftotext", "poppler-utils")
		raw := testutil.Run(t, pdftotext, "-layout", pdfPath, "-")
		text := strings.Join(strings.Fields(raw), " ")
		for _, want := range []string{
			// the seed's statistics, formatted, with their notes
			"22,744 people", "301 people", "90 people at the initial stage", "211 people on",
			"14,700 people", "130 people", "0.4%", "1.3%",
			"Calculated from: claimants recognised at the initial stage as at risk of torture or persecution (90); people who sought international protection in Hong Kong",
			"Source: Cynthia Orchard",
			// typography and names from the data
			"baby’s meals", "Example Refugee Legal Clinic (ERLC)", "State under review: China",
			"Zoë Lefèvre-Example", "Jiří Žižka-Example",
			"(Republic of Korea)", "(United States of America)",
			"Page 2 of",
		} {
			if !strings.Contains(text, want) {
				t.Errorf("PDF text lacks %q", want)
			}
		}
		// Paragraph numbers run 1, 2, 3 … in order through the body.
		last := 0
		for _, line := range strings.Split(raw, "\n") {
			f := strings.Fields(line)
			if len(f) > 1 && f[0] == itoa(last+1)+"." {
				last++
			}
		}
		if last < 15 {
			t.Errorf("found numbered paragraphs 1 to %d in order, want at least 15", last)
		}
		pdffonts := testutil.Need(t, "pdffonts", "poppler-utils")
		fonts := strings.Split(strings.TrimSpace(testutil.Run(t, pdffonts, pdfPath)), "\n")[2:]
		for _, f := range fonts {
			if fields := strings.Fields(f); len(fields) < 5 || fields[len(fields)-5] != "yes" {
				t.Errorf("font not embedded: %s", f)
			}
		}
		qpdf := testutil.Need(t, "qpdf", "qpdf")
		testutil.Run(t, qpdf, "--check", pdfPath)
	})

	t.Run("workbook", func(t *testing.T) {
		py := testutil.Python(t, "openpyxl", "python3-openpyxl")
		out := testutil.Run(t, py, "-c", `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Recommendations"]
rows = list(ws.iter_rows(values_only=True))
head = list(rows[0])
states = head.index("Recommending states")
print(len(rows) - 1)
for r in rows[1:]:
    print(r[states])
`, xlsxPath)
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if lines[0] != "616" {
			t.Errorf("workbook has %s recommendation rows, want 616: 18 from cycle 4, and OHCHR's matrices of cycles 2 (252) and 3 (346)", lines[0])
		}
		all := strings.Join(lines[1:], "|")
		for _, s := range []string{"United States of America", "Republic of Korea", "Lesotho", "Philippines", "Bahrain"} {
			if !strings.Contains(all, s) {
				t.Errorf("no row names %s as recommending state", s)
			}
		}
	})

	t.Run("deterministic", func(t *testing.T) {
		read := func() (pdf, xlsx []byte) {
			t.Helper()
			var err1, err2 error
			pdf, err1 = os.ReadFile(pdfPath)
			xlsx, err2 = os.ReadFile(xlsxPath)
			if err := errors.Join(err1, err2); err != nil {
				t.Fatal(err)
			}
			return pdf, xlsx
		}
		pdf1, xlsx1 := read()
		if code, _, stderr := runCmd("build", "-C", dir); code != exitOK {
			t.Fatalf("second build: %s", stderr)
		}
		pdf2, xlsx2 := read()
		if !bytes.Equal(pdf1, pdf2) {
			t.Error("building twice gave different PDFs")
		}
		if !bytes.Equal(xlsx1, xlsx2) {
			t.Error("building twice gave different workbooks")
		}
	})
}

func itoa(i int) string { return strconv.Itoa(i) }

func TestWordLimit(t *testing.T) {
	dir := exampleCopy(t)
	path := filepath.Join(dir, "submission.yaml")
	b, _ := os.ReadFile(path)
	os.WriteFile(path, []byte(strings.Replace(string(b), "\nkind: joint", "\nword_limit: 1500\nkind: joint", 1)), 0o644)

	code, _, stderr := runCmd("build", "-C", dir)
	want := "over the limit of 1,500 (the body and its footnotes count; the cover and annexes do not). Longest sections: A. The Unified Screening Mechanism (685 words)"
	if code != exitInput || !strings.Contains(stderr, want) || !strings.Contains(stderr, "--allow-over-limit") {
		t.Errorf("build over the limit: exit %d, %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "output")); err == nil {
		t.Error("output/ was written although the submission is over its limit")
	}
	if code, _, _ := runCmd("validate", "-C", dir); code != exitInput {
		t.Errorf("validate over the limit: exit %d, want 1", code)
	}
	code, stdout, stderr := runCmd("build", "-C", dir, "--allow-over-limit")
	if code != exitOK || !strings.Contains(stdout, "words over the limit of 1,500 (built because of --allow-over-limit)") {
		t.Errorf("build --allow-over-limit: exit %d\n%s%s", code, stdout, stderr)
	}
}

// TestNoLostKeystrokes edits the built workbook with an independent writer
// (openpyxl), as a coordinator's Excel would, and checks that build refuses
// to overwrite it, and that --force keeps the edited file as a backup.
func TestNoLostKeystrokes(t *testing.T) {
	py := testutil.Python(t, "openpyxl", "python3-openpyxl")
	dir := exampleCopy(t)
	if code, _, stderr := runCmd("build", "-C", dir); code != exitOK {
		t.Fatal(stderr)
	}
	xlsxPath := filepath.Join(dir, "output", "recommendations.xlsx")
	if code, _, stderr := runCmd("build", "-C", dir); code != exitOK {
		t.Fatalf("rebuilding an unedited workbook: %s", stderr)
	}
	testutil.Run(t, py, "-c", `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Recommendations"]
head = [c.value for c in ws[1]]
ws.cell(row=2, column=head.index("Notes") + 1, value="Raised with the Security Bureau")
wb.save(sys.argv[1])
`, xlsxPath)
	edited, _ := os.ReadFile(xlsxPath)

	code, _, stderr := runCmd("build", "-C", dir)
	if code != exitInput || !strings.Contains(stderr, "has edits that are not in the data: 1 changed cells") ||
		!strings.Contains(stderr, `Notes: "" → "Raised with the Security Bureau"`) || !strings.Contains(stderr, "--force") {
		t.Errorf("build over an edited workbook: exit %d\n%s", code, stderr)
	}
	if now, _ := os.ReadFile(xlsxPath); !bytes.Equal(now, edited) {
		t.Fatal("the edited workbook was overwritten")
	}

	code, stdout, stderr := runCmd("build", "-C", dir, "--force")
	backup := filepath.Join(dir, "output", "recommendations.backup.xlsx")
	if code != exitOK || !strings.Contains(stdout, "kept the replaced workbook as "+backup) {
		t.Fatalf("build --force: exit %d\n%s%s", code, stdout, stderr)
	}
	if kept, _ := os.ReadFile(backup); !bytes.Equal(kept, edited) {
		t.Error("the backup is not the edited workbook")
	}
	if code, _, stderr := runCmd("build", "-C", dir); code != exitOK {
		t.Errorf("building after --force: %s", stderr)
	}
}
