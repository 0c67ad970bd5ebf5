// Package xlsx writes the tracking workbook: one row per recommendation, as
// an Excel table with drop-down lists and colours on the columns
// coordinators edit, and summaries of the responses (by recommending state,
// regional group, theme, action category and cycle) as formulas that
// follow their edits.
package xlsx

import (
	"errors"
	"fmt"
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
	f := excelize.NewFile()
	defer f.Close()

	if err := f.SetSheetName("Sheet1", RecommendationsSheet); err != nil {
		return nil, Result{}, fmt.Errorf("xlsx: name the recommendations sheet: %w", err)
	}
	bds := breakdowns(ws.Recommendations, len(ws.Recommendations))
	for _, b := range bds {
		if _, err := f.NewSheet(b.sheet); err != nil {
			return nil, Result{}, fmt.Errorf("xlsx: add the %s sheet: %w", b.sheet, err)
		}
	}
	st, err := newStyles(f)
	if err != nil {
		return nil, Result{}, err
	}
	if err := writeRecommendations(f, st, ws.Recommendations); err != nil {
		return nil, Result{}, err
	}
	if err := recordBuilt(f); err != nil {
		return nil, Result{}, err
	}
	for _, b := range bds {
		if b.sheet == ThemeSheet {
			if err := addThemeChart(f, b); err != nil {
				return nil, Result{}, err
			}
		}
		if err := writeBreakdown(f, st, b, ws.Recommendations, len(ws.Recommendations)); err != nil {
			return nil, Result{}, err
		}
	}
	// Excel recalculates on opening, whatever the cached values say.
	full := true
	if err := f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &full}); err != nil {
		return nil, Result{}, fmt.Errorf("xlsx: ask for recalculation on opening: %w", err)
	}
	if err := setProps(f, ws.Submission, opts.Created); err != nil {
		return nil, Result{}, err
	}
	f.SetActiveSheet(0)

	buf, err := f.WriteToBuffer()
	if err != nil {
		return nil, Result{}, fmt.Errorf("xlsx: encode the workbook: %w", err)
	}
	data, err := sortZip(buf.Bytes())
	if err != nil {
		return nil, Result{}, fmt.Errorf("xlsx: order the workbook's parts: %w", err)
	}
	return data, Result{Rows: len(ws.Recommendations), States: len(bds[0].rows)}, nil
}
