package assemble

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/upr-tools/submit/internal/reconcile"
	"github.com/upr-tools/submit/internal/workspace"
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
// not count: the row comes back, but nothing typed is lost. next is the new
// workbook, made from recs.
func guardWorkbook(path string, recs []*workspace.Recommendation, next []byte, force bool) (backup []byte, err error) {
	switch same, err := sameContent(path, next); {
	case errors.Is(err, fs.ErrNotExist):
		return nil, nil
	case err != nil:
		return nil, fmt.Errorf("cannot read %s: %w", path, err)
	case same:
		return nil, nil // the same workbook again: nothing to lose, nothing to read
	}
	edits, ours, err := editsIn(path)
	if err == nil && ours {
		if edits = unsynced(edits, recs); len(edits) == 0 {
			return nil, nil // nothing to lose
		}
	}
	if force {
		old, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("cannot read %s to keep it: %w", path, err)
		}
		return old, nil
	}
	return nil, &UnsyncedError{Path: path, Edits: edits, NotOurs: err != nil || !ours}
}

// editsIn finds the edits in the workbook at path, reading the file as it
// goes rather than whole: at 100,000 recommendations, while the new
// workbook and the data are in memory too.
func editsIn(path string) ([]xlsx.Edit, bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, false, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, false, err
	}
	return xlsx.EditsFrom(f, info.Size())
}

// sameContent reports whether the file at path holds exactly data. It
// reads the file in small pieces: a workbook of 100,000 recommendations
// is tens of megabytes, which a rebuild of unchanged data need not hold
// twice.
func sameContent(path string, data []byte) (bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || info.Size() != int64(len(data)) {
		return false, err
	}
	buf := make([]byte, 64<<10)
	for len(data) > 0 {
		n, err := io.ReadFull(f, buf[:min(len(buf), len(data))])
		if err != nil {
			return false, err
		}
		if !bytes.Equal(buf[:n], data[:n]) {
			return false, nil
		}
		data = data[n:]
	}
	return true, nil
}

// unsynced keeps the edits that the next workbook, made from recs, does not
// already carry: the same rule sync applies (reconcile.Unsynced), so that a
// row sync added, or an edit it canonicalised, no longer counts.
func unsynced(edits []xlsx.Edit, recs []*workspace.Recommendation) []xlsx.Edit {
	return reconcile.Unsynced(edits, recs)
}
