package main

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/upr-tools/submit/internal/testutil"
)

// workbookScript reports what a workbook holds as openpyxl reads it: the
// parts a coordinator relies on, and the By cycle sheet's cached counts.
const workbookScript = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
vals = openpyxl.load_workbook(sys.argv[1], data_only=True)
rec = wb["Recommendations"]
cyc = wb["By cycle"]
head = [c.value for c in cyc[1]]
counts = {}
for row, cached in zip(cyc.iter_rows(min_row=2), vals["By cycle"].iter_rows(min_row=2)):
    key = " ".join(str(c.value) for c in row[:2])
    counts[key] = {h: cached[i].value for i, h in enumerate(head) if h in ("Supported", "Noted", "Pending", "Total")}
print(json.dumps({
    "tables": len(rec.tables),
    "validations": len(rec.data_validations.dataValidation),
    "colours": len(rec.conditional_formatting),
    "formula": str(cyc.cell(row=2, column=head.index("Supported") + 1).value).startswith("="),
    "counts": counts,
}))
`

type workbookInfo struct {
	Tables, Validations, Colours int
	Formula                      bool
	Counts                       map[string]map[string]float64
}

// TestExampleWorkbookInLibreOffice builds the example, changes a response
// with openpyxl as a coordinator would, and lets LibreOffice open and
// recalculate the workbook headless: the table, drop-downs, colours and
// formulas survive, and the By cycle counts follow the edit.
func TestExampleWorkbookInLibreOffice(t *testing.T) {
	soffice := testutil.Need(t, "soffice", "libreoffice-calc")
	py := testutil.Python(t, "openpyxl", "python3-openpyxl")
	dir := exampleCopy(t)
	if code, _, stderr := runCmd("build", "-C", dir); code != exitOK {
		t.Fatal(stderr)
	}
	path := filepath.Join(dir, "output", "recommendations.xlsx")
	read := func(p string) workbookInfo {
		var w workbookInfo
		if err := json.Unmarshal([]byte(testutil.Run(t, py, "-c", workbookScript, p)), &w); err != nil {
			t.Fatal(err)
		}
		return w
	}
	before := read(path)
	if before.Tables != 1 || before.Validations < 3 || before.Colours < 2 || !before.Formula {
		t.Fatalf("the built workbook lacks a part: %+v", before)
	}
	editWorkbook(t, path, `put("c3-28.173", "Response", "noted")`)
	out := t.TempDir()
	testutil.Run(t, soffice, "-env:UserInstallation=file://"+filepath.Join(t.TempDir(), "profile"),
		"--headless", "--convert-to", "xlsx", "--outdir", out, path)
	after := read(filepath.Join(out, "recommendations.xlsx"))
	if after.Tables != before.Tables || after.Validations != before.Validations || after.Colours != before.Colours || !after.Formula {
		t.Errorf("after LibreOffice: %+v, before: %+v", after, before)
	}
	const key = "China 3"
	b, a := before.Counts[key], after.Counts[key]
	if b == nil {
		t.Fatalf("no %q row on the By cycle sheet: %v", key, before.Counts)
	}
	if a["Supported"] != b["Supported"]-1 || a["Noted"] != b["Noted"]+1 || a["Total"] != b["Total"] {
		t.Errorf("By cycle, %s: before %v, after the edit and LibreOffice's recalculation %v: want one supported fewer and one noted more", key, b, a)
	}
}
