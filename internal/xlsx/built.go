package xlsx

import (
	"bytes"
	"fmt"
	"io"
	"slices"
)

// BuiltSheet is a very hidden sheet holding the Recommendations sheet as it
// was built: the base against which a coordinator's edits are found, so
// that a rebuild never silently overwrites them. Its rows are the
// Recommendations sheet's cells as they read (Table's texts), written with
// them by writeBuiltRows.
const BuiltSheet = "_submit_built"

// Edit is one cell a coordinator changed since the workbook was built.
type Edit struct {
	ID, Column string
	Built, Now string
	// Cells holds, for a row added in the workbook, its cells by column
	// header (blank ones left out); nil for other edits.
	Cells map[string]string
}

// Edits lists what changed in a workbook since it was built: cells edited,
// rows added (ID empty or unknown: Column is "" and Now the row's text) and
// rows deleted (Now is ""). ok is false when the workbook holds no record
// of its build (it was not made by submit, or the record was removed).
// Cells read as excelize's GetRows shows them.
//
// The workbook is read as streams, never whole: first each row of both
// sheets is reduced to a hash (of its cells, shared strings hashed once),
// then only the rows that differ are read again and their texts looked up.
// A workbook of 100,000 recommendations without edits is compared in the
// memory of its IDs' hashes.
func Edits(data []byte) (edits []Edit, ok bool, err error) {
	return EditsFrom(bytes.NewReader(data), int64(len(data)))
}

// EditsFrom is Edits on a workbook read from r (an open file, say), of
// size bytes, without holding the workbook in memory.
func EditsFrom(r io.ReaderAt, size int64) (edits []Edit, ok bool, err error) {
	wf, err := openWorkbook(r, size)
	if err != nil {
		return nil, false, fmt.Errorf("cannot read the workbook: %w", err)
	}
	defer wf.close()
	if !wf.hasSheet(BuiltSheet) {
		return nil, false, nil
	}
	if !wf.hasSheet(RecommendationsSheet) {
		return nil, true, fmt.Errorf("the workbook has no %s sheet", RecommendationsSheet)
	}
	strs, err := digestSST(wf)
	if err != nil {
		return nil, true, fmt.Errorf("cannot read the workbook's shared strings: %w", err)
	}
	was, err := digest(wf, BuiltSheet, strs, nil)
	if err != nil || was.rows == 0 {
		return nil, true, err
	}
	now, err := digest(wf, RecommendationsSheet, strs, was)
	if err != nil || now.rows == 0 {
		return nil, true, err
	}

	// The record's rows for the IDs edited or deleted, read again in full.
	need := map[uint64]bool{}
	for id, h := range was.last {
		if nh, still := now.last[id]; !still || nh != h {
			need[id] = true
		}
	}
	built := map[uint64][]cellValue{}
	if len(need) > 0 {
		err := wf.readSheet(BuiltSheet, strs, func(n int, r []cellValue) {
			if n > 1 && len(r) > 0 && !isBlankCell(r[0]) {
				if id := strs.hash(r[0]); need[id] {
					built[id] = slices.Clone(r)
				}
			}
		})
		if err != nil {
			return nil, true, err
		}
	}

	// The texts of the shared strings those rows hold.
	look := newLookup()
	look.want(was.header)
	for _, r := range now.full {
		look.want(r)
	}
	for _, r := range now.unnamed {
		look.want(r)
	}
	for _, r := range built {
		look.want(r)
	}
	if err := look.read(wf); err != nil {
		return nil, true, fmt.Errorf("cannot read the workbook's shared strings: %w", err)
	}
	header := look.texts(was.header)
	cell := func(r []string, i int) string {
		if i < len(r) {
			return r[i]
		}
		return ""
	}
	for _, id := range now.order {
		if _, inRecord := was.last[id]; !inRecord {
			r := look.texts(now.full[id])
			edits = append(edits, Edit{ID: r[0], Now: joinRow(r), Cells: byHeader(header, r)})
			continue
		}
		old, changed := built[id]
		if !changed {
			continue
		}
		a, b := look.texts(old), look.texts(now.full[id])
		for i, name := range header {
			if x, y := cell(a, i), cell(b, i); x != y {
				edits = append(edits, Edit{ID: b[0], Column: name, Built: x, Now: y})
			}
		}
	}
	for _, r := range now.unnamed {
		t := look.texts(r)
		edits = append(edits, Edit{Now: joinRow(t), Cells: byHeader(header, t)})
	}
	for _, id := range was.order {
		if _, still := now.last[id]; !still {
			r := look.texts(built[id])
			edits = append(edits, Edit{ID: r[0], Built: joinRow(r)})
		}
	}
	return edits, true, nil
}

// byHeader maps a row's non-blank cells to their column headers.
func byHeader(header, r []string) map[string]string {
	m := map[string]string{}
	for i, v := range r {
		if i < len(header) && v != "" {
			m[header[i]] = v
		}
	}
	return m
}

func joinRow(r []string) string {
	var parts []string
	for _, s := range r {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return fmt.Sprint(parts)
}
