package xlsx

import (
	"fmt"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/upr-tools/submit/internal/workspace"
)

// creator names the tool in the document properties.
const creator = "submit"

// setProps fills docProps/core.xml. Created and Modified come from the
// caller (SOURCE_DATE_EPOCH) or the submission's date rather than the clock,
// so that the same data gives the same workbook. Without either, excelize's
// fixed template dates stay.
func setProps(f *excelize.File, s *workspace.Submission, created time.Time) error {
	p := &excelize.DocProperties{Creator: creator, LastModifiedBy: creator}
	if s != nil {
		p.Title = s.Title
		p.Language = s.Language
		if created.IsZero() && !s.Date.IsZero() {
			created = s.Date.Time()
		}
	}
	if !created.IsZero() {
		at := created.UTC().Format(time.RFC3339)
		p.Created, p.Modified = at, at
	}
	if err := f.SetDocProps(p); err != nil {
		return fmt.Errorf("xlsx: set the document properties: %w", err)
	}
	return nil
}
