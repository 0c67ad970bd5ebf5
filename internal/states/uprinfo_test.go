package states

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// uprInfoDir holds the UPR Info export (shared/ beside the repository).
const uprInfoDir = "../../../shared/data/upr-info"

// uprInfoUnknown is the export's placeholder for an unknown recommending
// state: "(Unknown)" written as HTML entities.
const uprInfoUnknown = "&#40;Unknown&#41;"

// uprInfoRow is the part of an export row this package cares about.
type uprInfoRow struct {
	file, name, group, column string
	line                      int
}

// readUPRInfo reads the state names and regional groups of both parties
// from every CSV of the export. The files are Mac Roman with CR line ends.
func readUPRInfo(t *testing.T) []uprInfoRow {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(uprInfoDir, "*.csv"))
	if len(files) == 0 {
		t.Skipf("no UPR Info export in %s: the check needs the shared data folder beside the repository", uprInfoDir)
	}
	var out []uprInfoRow
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		text, err := charmap.Macintosh.NewDecoder().String(string(raw))
		if err != nil {
			t.Fatalf("%s: decode Mac Roman: %v", file, err)
		}
		// encoding/csv only ends lines at LF; a quoted CR would become LF, which is harmless here.
		r := csv.NewReader(strings.NewReader(strings.ReplaceAll(text, "\r", "\n")))
		header, err := r.Read()
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		col := func(name string) int {
			i := slices.Index(header, name)
			if i < 0 {
				t.Fatalf("%s: no column %q in %q", file, name, header)
			}
			return i
		}
		to, toGrp, from, fromGrp := col("To"), col("To-Rgrp"), col("From"), col("From-Rgrp")
		for {
			rec, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			line, _ := r.FieldPos(0)
			base := filepath.Base(file)
			out = append(out,
				uprInfoRow{base, strings.TrimSpace(rec[to]), strings.TrimSpace(rec[toGrp]), "To", line},
				uprInfoRow{base, strings.TrimSpace(rec[from]), strings.TrimSpace(rec[fromGrp]), "From", line})
		}
	}
	return out
}

// TestUPRInfoNames checks the package against real data: every state UPR
// Info names must resolve, distinct UPR Info names must be distinct states,
// and UPR Info's regional groups must agree with ours. UPR Info writes
// "Observer" as the group of both observer states; the UN groups stay
// canonical (the State of Palestine is a full member of the Asia-Pacific
// Group), so that is accepted for observers and nothing else is.
func TestUPRInfoNames(t *testing.T) {
	rows := readUPRInfo(t)
	unknown := map[string]string{}  // UPR Info name → first place seen
	mismatch := map[string]string{} // state → description
	byState := map[string]string{}  // ISO3 → UPR Info name
	covered := map[string]bool{}
	for _, row := range rows {
		if row.name == uprInfoUnknown {
			continue
		}
		s, ok := Lookup(row.name)
		if !ok {
			if _, seen := unknown[row.name]; !seen {
				unknown[row.name] = fmt.Sprintf("%s:%d (%s)", row.file, row.line, row.column)
			}
			continue
		}
		covered[s.ISO3] = true
		if other, seen := byState[s.ISO3]; seen && other != row.name {
			t.Errorf("UPR Info names %q and %q both resolve to %s", other, row.name, s.Name)
		}
		byState[s.ISO3] = row.name
		if row.group != s.GroupShort() && !(s.Observer && row.group == "Observer") {
			mismatch[s.Name] = fmt.Sprintf("UPR Info %q, ours %q, first at %s:%d", row.group, s.GroupShort(), row.file, row.line)
		}
	}
	for _, name := range sortedKeys(unknown) {
		t.Errorf("UPR Info state %q (%s) does not resolve: add it as an alias in states.csv", name, unknown[name])
	}
	for _, name := range sortedKeys(mismatch) {
		t.Errorf("regional group of %s: %s", name, mismatch[name])
	}
	t.Logf("%d rows, %d states named", len(rows)/2, len(covered))
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
