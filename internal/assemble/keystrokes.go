package assemble

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/upr-tools/submit/internal/xlsx"
)

// UnsyncedError is a workbook on disk holding a coordinator's edits that are
// not in the data: rebuilding would overwrite them, so build stops.
type UnsyncedError struct {
	Path    string
	Edits   []xlsx.Edit
	NotOurs bool // the file has no record of a build by submit, or cannot be read
}

func (e *UnsyncedError) Error() string {
	var b strings.Builder
	if e.NotOurs {
		fmt.Fprintf(&b, "%s was not made by submit (or cannot be read), so rebuilding it could lose work", e.Path)
	} else {
		var cells, added, deleted int
		example := ""
		for _, ed := range e.Edits {
			switch {
			case ed.ID == "" || ed.Column == "" && ed.Built == "":
				added++
			case ed.Now == "" && ed.Column == "":
				deleted++
			default:
				cells++
				if example == "" {
					example = fmt.Sprintf(" (e.g. %s, %s: %q → %q)", ed.ID, ed.Column, ed.Built, ed.Now)
				}
			}
		}
		fmt.Fprintf(&b, "%s has edits that are not in the data: %d changed cells%s, %d new rows, %d deleted rows",
			e.Path, cells, example, added, deleted)
	}
	if e.NotOurs {
		fmt.Fprintf(&b, ". Pass --force to replace it: the current file is kept as %s", backupName(e.Path))
		return b.String()
	}
	fmt.Fprintf(&b, ". Run \"submit sync\" to bring them into the YAML data first, or pass --force to rebuild it anyway: the current file is kept as %s", backupName(e.Path))
	return b.String()
}

// backupName is where --force keeps the workbook it replaces.
func backupName(path string) string {
	return strings.TrimSuffix(path, ".xlsx") + ".backup.xlsx"
}

// guardWorkbook refuses to replace a workbook that holds edits the new
// workbook would not carry (edits not yet in the data), unless forced;
// forced, it returns the old contents to keep as a backup. Deleted rows do
// not count: the row comes back, but nothing typed is lost.
func guardWorkbook(path string, next []byte, force bool) (backup []byte, err error) {
	old, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", path, err)
	}
	edits, ours, err := xlsx.Edits(old)
	if err == nil && ours {
		edits, err = unsynced(edits, next)
		if err == nil && len(edits) == 0 {
			return nil, nil // nothing to lose
		}
	}
	if force {
		return old, nil
	}
	return nil, &UnsyncedError{Path: path, Edits: edits, NotOurs: err != nil || !ours}
}

// unsynced keeps the edits that the next workbook does not already carry.
func unsynced(edits []xlsx.Edit, next []byte) ([]xlsx.Edit, error) {
	header, rows, err := xlsx.Rows(next)
	if err != nil {
		return nil, err
	}
	var out []xlsx.Edit
	for _, e := range edits {
		switch {
		case e.ID != "" && e.Column == "" && e.Now == "": // a deleted row
		case e.ID != "" && e.Column != "" && xlsx.Cell(header, rows[e.ID], e.Column) == e.Now: // synced
		default:
			out = append(out, e)
		}
	}
	return out, nil
}
