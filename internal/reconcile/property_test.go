package reconcile

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/upr-tools/submit/internal/workspace"
	"github.com/upr-tools/submit/internal/xlsx"
)

// propertyCases is how many random workspaces TestBuildThenSync tries.
const propertyCases = 50

// TestBuildThenSync checks two properties on random workspaces: a workbook
// built and synced without edits changes nothing, and one edit changes
// exactly the edited field's lines, nothing else in the data.
func TestBuildThenSync(t *testing.T) {
	for seed := range uint64(propertyCases) {
		t.Run(strconv.FormatUint(seed, 10), func(t *testing.T) {
			g := newGen(seed)
			dir := g.workspace(t)
			ws := load(t, dir)
			wb, _, err := xlsx.Write(ws, xlsx.Options{})
			if err != nil {
				t.Fatal(err)
			}
			files, rep, err := Plan(ws, wb)
			if err != nil {
				t.Fatal(err)
			}
			if len(files) > 0 || len(rep.Changes)+len(rep.Added)+len(rep.Present)+len(rep.Conflicts)+len(rep.Deleted)+len(rep.Skipped) > 0 {
				t.Fatalf("sync without edits planned %d files: %+v", len(files), rep)
			}

			r := pick(g, ws.Recommendations)
			column, value := g.edit(r)
			edited := setCell(t, wb, r.ID, column, value)
			files, rep, err = Plan(ws, edited)
			if err != nil {
				t.Fatal(err)
			}
			if len(rep.Changes) != 1 || len(files) != 1 || len(rep.Conflicts)+len(rep.Skipped)+len(rep.Added) > 0 {
				t.Fatalf("%s, %s → %q: planned %d files, report %+v", r.ID, column, value, len(files), rep)
			}
			before, err := os.ReadFile(r.Pos.File)
			if err != nil {
				t.Fatal(err)
			}
			after := files[r.Pos.File]
			if testing.Verbose() {
				t.Logf("%s, %s → %q:\n%s", r.ID, column, value, after)
			}
			checkFieldLines(t, string(before), string(after), rep.Changes[0].Field)
			if err := os.WriteFile(r.Pos.File, after, 0o644); err != nil {
				t.Fatal(err)
			}
			checkTable(t, ws, load(t, dir), r.ID, column, value)
		})
	}
}

func load(t *testing.T, dir string) *workspace.Workspace {
	t.Helper()
	ws, err := workspace.Load(dir)
	if err != nil {
		t.Fatalf("the generated workspace is invalid: %v", err)
	}
	return ws
}

// edit picks a column of r and a new value for it that differs from the
// data's and reads back as itself.
func (g *gen) edit(r *workspace.Recommendation) (column, value string) {
	header, rows := xlsx.Table([]*workspace.Recommendation{r})
	for {
		column, value = g.editOf(r)
		if !sameCell(column, value, xlsx.Cell(header, rows[r.ID], column)) {
			return column, value
		}
	}
}

func (g *gen) editOf(r *workspace.Recommendation) (column, value string) {
	texts := []string{"Paragraph", "Report", "Text", "State's wording", "Source of position", "Lead / responsible body", "Notes"}
	switch k := g.r.IntN(10); {
	case k < 3:
		column = pick(g, texts)
		value = g.text(column == "Text" || column == "Notes")
		if column == "Paragraph" {
			value = fmt.Sprintf("%d.%d", 1+g.r.IntN(40), g.r.IntN(400))
		}
		if column == "Notes" && g.chance(0.2) && r.Notes != "" {
			value = "" // emptied: the field goes
		}
		return column, value
	case k == 3:
		return "Response", pick(g, genAnswers)
	case k == 4:
		column = pick(g, []string{"Themes", "Affected groups"})
		return column, strings.Join(g.list(g.item), "; ")
	case k == 5:
		return "Recommending states", strings.Join(g.states(), "; ")
	case k == 6:
		return pick(g, []string{"Action category", "Session"}), strconv.Itoa(1 + g.r.IntN(5))
	case k == 7:
		return "Last updated", g.date()
	case k == 8 && len(r.Implementation) > 0:
		return statusColumn, pick(g, genStatus)
	case k == 9 && len(r.Implementation) > 0:
		return noteColumn, g.text(true)
	}
	return "SDGs", strings.Join(g.list(func() string { return pick(g, genSDGs) }), "; ")
}

// setCell returns the workbook with one cell of row id changed, as a
// coordinator would type it: numbers as numbers, the rest as text.
func setCell(t *testing.T, wb []byte, id, column, value string) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(wb))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(xlsx.RecommendationsSheet)
	if err != nil {
		t.Fatal(err)
	}
	col := slices.Index(rows[0], column)
	row := slices.IndexFunc(rows, func(r []string) bool { return len(r) > 0 && r[0] == id })
	if col < 0 || row < 0 {
		t.Fatalf("no cell %s, %s", id, column)
	}
	cell, _ := excelize.CoordinatesToCellName(col+1, row+1)
	if n, notNumber := strconv.Atoi(value); notNumber == nil && column != "Paragraph" && column != "Last updated" {
		err = f.SetCellInt(xlsx.RecommendationsSheet, cell, int64(n))
	} else {
		err = f.SetCellStr(xlsx.RecommendationsSheet, cell, value)
	}
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := f.Write(&out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// checkFieldLines checks that the lines that differ between before and
// after are one run, made of the field's key line and the lines of its
// value, indented deeper. field is a Change's: "notes", or for an
// assessment "implementation 2024: status".
func checkFieldLines(t *testing.T, before, after, field string) {
	t.Helper()
	if i := strings.LastIndex(field, ": "); i >= 0 {
		field = field[i+2:]
	}
	in, out := strings.Split(before, "\n"), strings.Split(after, "\n")
	pre := 0
	for pre < len(in) && pre < len(out) && in[pre] == out[pre] {
		pre++
	}
	suf := 0
	for suf < len(in)-pre && suf < len(out)-pre && in[len(in)-1-suf] == out[len(out)-1-suf] {
		suf++
	}
	changed := slices.Concat(in[pre:len(in)-suf], out[pre:len(out)-suf])
	// The key line is the first changed line or, when only lines of the
	// value changed, the nearest less indented line above them; a removed
	// field has it in the lines before only.
	keyLine := ""
	for _, lines := range [][]string{out, in} {
		if k := keyAbove(lines, pre, field); k >= 0 {
			keyLine = lines[k]
			break
		}
	}
	if keyLine == "" {
		t.Fatalf("the changed lines are not %s's:\n%s", field, strings.Join(changed, "\n"))
	}
	for _, l := range changed {
		if l != keyLine && strings.TrimSpace(l) != "" && indent(l) <= indent(keyLine) && !strings.HasPrefix(strings.TrimLeft(l, " -"), field+":") {
			t.Errorf("line %q changed but is not part of %s", l, field)
		}
	}
}

// keyAbove finds the line of key at or above line from, within the value's
// indentation; -1 if there is none.
func keyAbove(lines []string, from int, key string) int {
	if from >= len(lines) {
		return -1
	}
	for i := from; i >= 0; i-- {
		l := strings.TrimLeft(lines[i], " -")
		if strings.HasPrefix(l, key+":") && (i == from || indent(lines[i]) < indent(lines[from])) {
			return i
		}
		if i < from && strings.TrimSpace(l) != "" && !strings.HasPrefix(l, "#") && indent(lines[i]) < indent(lines[from]) {
			return -1
		}
	}
	return -1
}

func indent(l string) int { return len(l) - len(strings.TrimLeft(l, " ")) }

// checkTable checks that the data, as the workbook shows it, changed in
// the edited cell only (and in the columns derived from it).
func checkTable(t *testing.T, before, after *workspace.Workspace, id, column, value string) {
	t.Helper()
	header, was := xlsx.Table(before.Recommendations)
	_, now := xlsx.Table(after.Recommendations)
	if len(was) != len(now) {
		t.Fatalf("%d recommendations before, %d after", len(was), len(now))
	}
	for rid, row := range was {
		for i, h := range header {
			if _, synced := kindOf(h); !synced {
				continue
			}
			got := xlsx.Cell(header, now[rid], h)
			switch {
			case rid == id && h == column:
				if !sameCell(h, value, got) {
					t.Errorf("%s, %s: synced as %q, want %q", rid, h, got, value)
				}
			case got != row[i]:
				t.Errorf("%s, %s changed too: %q → %q", rid, h, row[i], got)
			}
		}
	}
}
