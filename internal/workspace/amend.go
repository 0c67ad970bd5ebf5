package workspace

import (
	"path/filepath"
	"strings"

	"github.com/upr-tools/submit/internal/diag"
	"github.com/upr-tools/submit/internal/workers"
)

// Amend checks the workspace ws (as Load returned it, without problems)
// as it would be with some recommendations files changed, and returns
// the problems LoadAmended would report, or nil. files holds the new
// contents by path (as Recommendation.Pos.File names files).
//
// made may give, for a file of files, the recommendations its contents
// decode to: a file its caller rendered whole from data, such as a new
// file of imported recommendations. Those are checked as they are,
// without parsing the file: parsing is most of the time a check takes,
// and an import of 40,000 recommendations would parse them only to find
// what it already holds. The caller's rendering must decode to exactly
// made (its tests and fuzz targets check it does).
//
// The quick check only ever says "no problems". When it finds one, or
// anything it cannot judge without the YAML (a missing required field),
// the workspace is loaded with LoadAmended, so that every problem is
// reported as Load reports it, at its line and column.
func Amend(ws *Workspace, files map[string][]byte, made map[string][]*Recommendation) error {
	if len(files) == 0 {
		return nil // ws had no problems
	}
	if amendedValid(ws, files, made) {
		return nil
	}
	_, err := LoadAmended(ws.Dir, files)
	return err
}

// amendedValid reports whether the workspace with files changed surely
// has no problems: its other recommendations were checked when ws was
// loaded and stay as they were; the changed files' are checked here,
// several at once.
func amendedValid(ws *Workspace, files map[string][]byte, made map[string][]*Recommendation) bool {
	recDir := filepath.Join(ws.Dir, RecommendationsDir) + string(filepath.Separator)
	paths := make([]string, 0, len(files))
	for path := range files {
		if !strings.HasPrefix(path, recDir) || !isYAML(path) {
			return false // not a recommendations file: the full check judges it
		}
		paths = append(paths, path)
	}
	recs := make([][]*Recommendation, len(paths))
	valid := make([]bool, len(paths))
	workers.Each(len(paths), func(i int) {
		recs[i], valid[i] = checkFile(ws, paths[i], files[paths[i]], made)
	})
	ids := make(map[string]bool, len(ws.Recommendations))
	for _, r := range ws.Recommendations {
		if _, changed := files[r.Pos.File]; !changed {
			ids[r.ID] = true // unique: ws had no problems
		}
	}
	for i := range paths {
		if !valid[i] {
			return false
		}
		for _, r := range recs[i] {
			if ids[r.ID] {
				return false
			}
			ids[r.ID] = true
		}
	}
	return true
}

// checkFile checks the recommendations of one changed file: made's when
// it has the file's, else those its contents decode to.
func checkFile(ws *Workspace, path string, data []byte, made map[string][]*Recommendation) ([]*Recommendation, bool) {
	var problems diag.List
	v := validator{ws: ws, p: &problems}
	recs, given := made[path]
	if given {
		for _, r := range recs {
			if !complete(r) {
				return nil, false
			}
		}
	} else {
		rel, err := filepath.Rel(ws.Dir, path)
		if err != nil {
			return nil, false
		}
		l := loader{dir: ws.Dir, problems: &problems, overlay: map[string][]byte{rel: data}}
		recs = l.recommendations(rel)
	}
	for _, r := range recs {
		v.recommendation(r)
	}
	return recs, len(problems) == 0
}

// complete reports whether a recommendation given as decoded has what
// the decoder requires, and values within the ranges that validation
// checks only for fields the YAML gives (it knows them from Keys, which a
// recommendation that was never parsed lacks).
func complete(r *Recommendation) bool {
	return r.ID != "" && r.StateUnderReview != "" && len(r.From) > 0 && r.Text != "" && r.Response != "" &&
		r.Cycle >= 1 && r.Cycle <= 9 &&
		r.ActionCategory >= 0 && r.ActionCategory <= 5 &&
		len(r.Implementation) == 0 && r.Keys == nil
}
