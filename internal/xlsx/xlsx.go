// Package xlsx writes the tracking workbook: one row per recommendation, as
// an Excel table with drop-down lists and colours on the columns
// coordinators edit, and summaries of the responses (by recommending state,
// regional group, theme, action category and cycle) as formulas that
// follow their edits.
package xlsx

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/upr-tools/submit/internal/workspace"
)

// RecommendationsSheet is the first sheet; the summary sheets follow it.
const RecommendationsSheet = "Recommendations"

// Options are settings of the workbook that do not come from the data.
type Options struct {
	// Created is written as the workbook's creation and modification date
	// (SOURCE_DATE_EPOCH or the submission's date); zero means the
	// submission's date.
	Created time.Time
}

// Result tells what was written.
type Result struct {
	Rows   int // recommendation rows
	States int // recommending-state rows on the By state sheet
}

// Write builds the workbook for ws and returns its bytes: the
// Recommendations sheet (one row per recommendation, in data order, as the
// table TableName, with drop-down lists on Response, Implementation status
// and Action category and colours on the first two, then the tracking
// columns Lead, Notes and Last updated) and the summary sheets (responses
// by recommending state, regional group, theme, action category, and state
// under review and cycle). The summaries are formulas over the
// Recommendations sheet, with their values cached, so they follow a
// coordinator's edits; data text is always stored as text, so a field
// beginning with "=" never becomes a formula. The same workspace always
// gives the same bytes: the document dates come from the submission's
// date, not the clock.
func Write(ws *workspace.Workspace, opts Options) ([]byte, Result, error) {
	if ws == nil {
		return nil, Result{}, errors.New("xlsx: no workspace to write")
	}
	for i, r := range ws.Recommendations {
		if r == nil {
			return nil, Result{}, fmt.Errorf("xlsx: recommendation %d is empty: check the recommendations files", i+1)
		}
	}
	n := len(ws.Recommendations)
	// The cells of the two large sheets are worked out while excelize makes
	// the rest: each takes a core at 100,000 recommendations.
	var (
		g       *grid
		gridErr error
		gridSet sync.WaitGroup
	)
	gridSet.Go(func() {
		// About three distinct texts a recommendation (its ID, its text, one
		// more): sized once, the table is not copied as it grows.
		g, gridErr = newGrid(ws.Recommendations, newStringTable(3*n+64))
	})
	bds := breakdowns(ws.Recommendations, n)
	parts, st, err := layoutWorkbook(ws, opts, bds)
	gridSet.Wait()
	if gridErr != nil {
		return nil, Result{}, gridErr
	}
	if err != nil {
		return nil, Result{}, err
	}
	// excelize saved everything but the rows of the two large sheets; they
	// are streamed into its parts, with the shared strings it started,
	// which keep their indices.
	if sst, ok := parts[sharedStringsPart]; ok {
		seed, err := readSharedStrings(sst)
		if err != nil {
			return nil, Result{}, fmt.Errorf("xlsx: %w", err)
		}
		g.after(seed)
	}
	data, err := pack(parts, g, st)
	if err != nil {
		return nil, Result{}, err
	}
	return data, Result{Rows: len(ws.Recommendations), States: len(bds[0].rows)}, nil
}

// layoutWorkbook makes the workbook with excelize, all but the rows of the
// Recommendations sheet and of the record of the build, and returns its
// parts, uncompressed, and the styles it defined. excelize holds cells in
// memory at hundreds of bytes each: the large sheets' rows are streamed in
// by pack instead.
func layoutWorkbook(ws *workspace.Workspace, opts Options, bds []breakdown) (map[string][]byte, styles, error) {
	f := excelize.NewFile()
	defer f.Close()

	n := len(ws.Recommendations)
	if err := f.SetSheetName("Sheet1", RecommendationsSheet); err != nil {
		return nil, styles{}, fmt.Errorf("xlsx: name the recommendations sheet: %w", err)
	}
	for _, b := range bds {
		if _, err := f.NewSheet(b.sheet); err != nil {
			return nil, styles{}, fmt.Errorf("xlsx: add the %s sheet: %w", b.sheet, err)
		}
	}
	if err := layoutBuilt(f, n); err != nil {
		return nil, styles{}, err
	}
	st, err := newStyles(f)
	if err != nil {
		return nil, styles{}, err
	}
	if err := layoutRecommendations(f, st, n); err != nil {
		return nil, styles{}, err
	}
	for _, b := range bds {
		if b.sheet == ThemeSheet {
			if err := addThemeChart(f, b); err != nil {
				return nil, styles{}, err
			}
		}
		if err := writeBreakdown(f, st, b, n); err != nil {
			return nil, styles{}, err
		}
	}
	// Excel recalculates on opening, whatever the cached values say.
	full := true
	if err := f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &full}); err != nil {
		return nil, styles{}, fmt.Errorf("xlsx: ask for recalculation on opening: %w", err)
	}
	if err := setProps(f, ws.Submission, opts.Created); err != nil {
		return nil, styles{}, err
	}
	f.SetActiveSheet(0)
	parts, err := collectParts(f)
	return parts, st, err
}
