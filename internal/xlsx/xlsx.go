// Package xlsx writes the tracking workbook: one row per recommendation, as
// an Excel table with drop-down lists and colours on the columns
// coordinators edit, and a summary of responses by recommending state.
package xlsx

import (
	"errors"
	"fmt"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/upr-tools/submit/internal/workspace"
)

// Sheet names, in workbook order.
const (
	RecommendationsSheet = "Recommendations"
	SummarySheet         = "Summary"
)

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
	States int // recommending-state rows on the Summary sheet
}

// Write builds the workbook for ws and returns its bytes: the
// Recommendations sheet (one row per recommendation, in data order, as the
// table TableName, with drop-down lists on Response, Implementation status
// and Action category and colours on the first two) and the Summary sheet
// (responses by recommending state). Text is always stored as
// text, so a field beginning with "=" never becomes a formula. The same
// workspace always gives the same bytes: the document dates come from the
// submission's date, not the clock.
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
	if _, err := f.NewSheet(SummarySheet); err != nil {
		return nil, Result{}, fmt.Errorf("xlsx: add the summary sheet: %w", err)
	}
	st, err := newStyles(f)
	if err != nil {
		return nil, Result{}, err
	}
	if err := writeRecommendations(f, st, ws.Recommendations); err != nil {
		return nil, Result{}, err
	}
	sum := summarize(ws.Recommendations)
	if err := writeSummary(f, st, sum); err != nil {
		return nil, Result{}, err
	}
	if err := setProps(f, ws.Submission, opts.Created); err != nil {
		return nil, Result{}, err
	}
	f.SetActiveSheet(0)

	buf, err := f.WriteToBuffer()
	if err != nil {
		return nil, Result{}, fmt.Errorf("xlsx: encode the workbook: %w", err)
	}
	return buf.Bytes(), Result{Rows: len(ws.Recommendations), States: len(sum.States)}, nil
}
