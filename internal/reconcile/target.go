package reconcile

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/upr-tools/submit/internal/workspace"
	"github.com/upr-tools/submit/internal/yamledit"
)

// review is a state under review and a cycle: what decides the file of a
// new recommendation.
type review struct {
	state string
	cycle int
}

// target chooses the file for a new recommendation of review rv, with
// fields: among the recommendations files holding recommendations of that
// review (or giving both in their defaults), the one whose defaults fit
// best, that is, the fewest it would override, then the most it shares,
// then the first by path. With none, it is a new file,
// recommendations/<state>-cycle<N>.yaml, whose contents it returns.
func (p *planner) target(rv review, session int, fields []yamledit.Field) (file string, created []byte, err error) {
	type scored struct {
		file         string
		differ, same int
	}
	var best *scored
	files, err := p.candidates(rv)
	if err != nil {
		return "", nil, err
	}
	for _, f := range files {
		src, err := p.read(f)
		if err != nil {
			return "", nil, err
		}
		fit, err := yamledit.DefaultsFit(src, fields)
		if err != nil {
			continue // a file sync cannot edit: another may do
		}
		s := &scored{f, len(fit.Differ), len(fit.Same)}
		if best == nil || cmp.Or(cmp.Compare(s.differ, best.differ), cmp.Compare(best.same, s.same), cmp.Compare(s.file, best.file)) < 0 {
			best = s
		}
	}
	if best != nil {
		return best.file, nil, nil
	}
	return p.newFile(rv, session)
}

// candidates lists the recommendations files holding review rv, sorted.
func (p *planner) candidates(rv review) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	add := func(f string) {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	withRecs := map[string]bool{}
	for _, r := range p.ws.Recommendations {
		withRecs[r.Pos.File] = true
		if r.StateUnderReview == rv.state && r.Cycle == rv.cycle {
			add(r.Pos.File)
		}
	}
	for f, v := range p.made {
		if v == rv {
			add(f)
		}
	}
	// Files without recommendations yet hold the review their defaults give.
	all, err := p.recommendationFiles()
	if err != nil {
		return nil, err
	}
	probe := []yamledit.Field{
		{Key: "state_under_review", Value: yamledit.Text(rv.state)},
		{Key: "cycle", Value: yamledit.Int(rv.cycle)},
	}
	for _, f := range all {
		if seen[f] || withRecs[f] {
			continue
		}
		src, err := p.read(f)
		if err != nil {
			return nil, err
		}
		if fit, err := yamledit.DefaultsFit(src, probe); err == nil && len(fit.Same) == 2 {
			add(f)
		}
	}
	slices.Sort(out)
	return out, nil
}

// recommendationFiles lists the files the loader reads in recommendations/:
// .yaml and .yml files, in subfolders too, names starting with a dot left
// out.
func (p *planner) recommendationFiles() ([]string, error) {
	root := filepath.Join(p.ws.Dir, workspace.RecommendationsDir)
	var out []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && path == root {
				return filepath.SkipDir
			}
			return err
		}
		if strings.HasPrefix(d.Name(), ".") && path != root {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if ext := filepath.Ext(path); !d.IsDir() && (ext == ".yaml" || ext == ".yml") {
			out = append(out, path)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("cannot list %s: %w", root, err)
	}
	return out, nil
}

// newFile makes a file for review rv: recommendations/<state>-cycle<N>.yaml,
// or with "-2", "-3" … when that name is taken, holding the review (and the
// session, when known) in its defaults.
func (p *planner) newFile(rv review, session int) (string, []byte, error) {
	base := filepath.Join(p.ws.Dir, workspace.RecommendationsDir, slug(rv.state)+"-cycle"+strconv.Itoa(rv.cycle))
	file := base + ".yaml"
	for n := 2; p.exists(file); n++ {
		file = base + "-" + strconv.Itoa(n) + ".yaml"
	}
	defaults := []yamledit.Field{
		{Key: "state_under_review", Value: yamledit.Text(rv.state)},
		{Key: "cycle", Value: yamledit.Int(rv.cycle)},
	}
	if session > 0 {
		defaults = append(defaults, yamledit.Field{Key: "session", Value: yamledit.Int(session)})
	}
	comment := fmt.Sprintf("Recommendations made to %s at its cycle %d review, added from the\ntracking workbook by \"submit sync\". Add the Working Group report's\nsymbol (report:) to the defaults when you have it.", rv.state, rv.cycle)
	src, err := yamledit.NewFile(comment, defaults)
	if err != nil {
		return "", nil, err
	}
	return file, src, nil
}

// exists reports whether a file is on disk or planned.
func (p *planner) exists(file string) bool {
	if _, ok := p.files[file]; ok {
		return true
	}
	_, err := os.Lstat(file)
	return err == nil
}
