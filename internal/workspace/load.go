package workspace

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"go.yaml.in/yaml/v4"

	"github.com/upr-tools/submit/internal/diag"
)

// Folders of a workspace, relative to its root.
const (
	SubmissionFile     = "submission.yaml"
	RecommendationsDir = "recommendations"
	EvidenceDir        = "evidence"
	StatisticsDir      = "statistics"
	TemplatesDir       = "templates"
	OutputDir          = "output"
)

// Load reads and validates the workspace in dir. It returns the workspace
// even when there are problems, with every problem in the error (a diag.List).
// File names in problems are dir joined with the file's path in the workspace.
func Load(dir string) (*Workspace, error) {
	return load(dir, nil)
}

// LoadAmended is Load of the workspace as it would be with some files
// changed, without writing them: files maps a path (dir joined with the
// file's path in the workspace, as problems name it) to the contents it
// would have; a path that is not there yet is a new file. It is how an
// import or a sync checks what it would write before writing anything.
func LoadAmended(dir string, files map[string][]byte) (*Workspace, error) {
	overlay := make(map[string][]byte, len(files))
	for path, data := range files {
		rel, err := filepath.Rel(dir, path)
		if err != nil || !filepath.IsLocal(rel) {
			return nil, fmt.Errorf("%s is not a file of the workspace %s", path, dir)
		}
		overlay[rel] = data
	}
	return load(dir, overlay)
}

func load(dir string, overlay map[string][]byte) (*Workspace, error) {
	ws := &Workspace{Dir: dir}
	var problems diag.List
	l := loader{dir: dir, problems: &problems, overlay: overlay}

	if _, given := overlay[SubmissionFile]; !given {
		if _, err := os.Stat(filepath.Join(dir, SubmissionFile)); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: no %s here: run submit in a workspace folder, pass -C DIR, or create one with \"submit init DIR\"",
				l.display(SubmissionFile), SubmissionFile)
		}
	}
	ws.Submission = &Submission{}
	if n := l.parse(SubmissionFile); n != nil {
		d := l.decoder(SubmissionFile)
		d.decode(n, reflect.ValueOf(ws.Submission).Elem(), "submission")
	}
	recFiles := l.yamlFiles(RecommendationsDir)
	for _, file := range l.yamlFiles(EvidenceDir) {
		l.list(file, "evidence", "evidence item", &ws.Evidence)
	}
	for _, file := range l.yamlFiles(StatisticsDir) {
		l.list(file, "statistics", "statistic", &ws.Statistics)
	}
	ws.Templates = l.templates()

	// Everything but the recommendations first: they are checked against
	// it (evidence ids, themes) as each file is read; see readRecommendations.
	validate(ws, &problems)
	ws.Recommendations = l.readRecommendations(ws, recFiles)
	problems.Sort()
	return ws, problems.Err()
}

type loader struct {
	dir      string
	problems *diag.List
	overlay  map[string][]byte // contents of files, by path in the workspace, read instead of the disk's (LoadAmended)
	texts    map[string]string // see decoder.texts; nil: texts are not shared
	spare    *[]Keys           // see decoder.spare
}

// readRecommendations reads, decodes and checks the recommendations files,
// several at once, and returns their recommendations in file order. The
// whole UPR record is about 100,000 recommendations in hundreds of files:
// reading them one by one would take seconds, and their Keys, kept until
// the end, would be most of the memory. So each recommendation is checked
// as soon as its file is decoded, with the checks validate makes, and its
// Keys (and its assessments') are let go: nothing after Load reads them,
// and every problem they locate has been recorded by then.
func (l *loader) readRecommendations(ws *Workspace, files []string) []*Recommendation {
	type result struct {
		recs     []*Recommendation
		idPos    []diag.Pos // where each recommendation's id stands
		problems diag.List
	}
	results := make([]result, len(files))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Go(func() {
			texts := map[string]string{} // this worker's; let go after loading
			near := map[string]string{}  // see validator.near
			var spare []Keys
			for {
				i := int(next.Add(1)) - 1
				if i >= len(files) {
					return
				}
				res := &results[i]
				fl := loader{dir: l.dir, problems: &res.problems, overlay: l.overlay, texts: texts, spare: &spare}
				v := validator{ws: ws, p: &res.problems, near: near}
				res.recs = fl.recommendations(files[i])
				for _, r := range res.recs {
					res.idPos = append(res.idPos, r.Keys["id"])
					v.recommendation(r)
					// Checked: the next file's items fill these maps again.
					keep := func(k Keys) {
						if k != nil {
							spare = append(spare, k)
						}
					}
					keep(r.Keys)
					r.Keys = nil
					for j := range r.Implementation {
						keep(r.Implementation[j].Keys)
						r.Implementation[j].Keys = nil
					}
				}
			}
		})
	}
	wg.Wait()

	var out []*Recommendation
	first := map[string]diag.Pos{}
	for _, res := range results {
		*l.problems = append(*l.problems, res.problems...)
		for i, r := range res.recs {
			// As validate would: ids are unique across files.
			if r.ID != "" {
				if pos, dup := first[r.ID]; dup {
					l.problems.Add(res.idPos[i], "duplicate recommendation id %q (first used at %s): give each recommendation its own id", r.ID, pos)
				} else {
					first[r.ID] = res.idPos[i]
				}
			}
		}
		out = append(out, res.recs...)
	}
	return out
}

// display is the name of a workspace file as the user should see it.
func (l *loader) display(rel string) string {
	return filepath.Join(l.dir, rel)
}

func (l *loader) decoder(rel string) *decoder {
	return &decoder{file: l.display(rel), problems: l.problems, texts: l.texts, spare: l.spare}
}

func (l *loader) parse(rel string) *yaml.Node {
	src, given := l.overlay[rel]
	var err error
	if !given {
		src, err = os.ReadFile(filepath.Join(l.dir, rel))
	}
	if err != nil {
		l.problems.Add(diag.Pos{File: l.display(rel)}, "cannot read: %v", err)
		return nil
	}
	return parseYAML(l.display(rel), src, l.problems)
}

// yamlFiles lists the .yaml and .yml files under a folder, sorted, so that
// data may be split into files in whatever layout suits its authors.
func (l *loader) yamlFiles(sub string) []string {
	var files []string
	root := filepath.Join(l.dir, sub)
	err := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() && strings.HasPrefix(e.Name(), ".") && path != root {
			return filepath.SkipDir
		}
		if !e.IsDir() && isYAML(e.Name()) && !strings.HasPrefix(e.Name(), ".") {
			rel, _ := filepath.Rel(l.dir, path)
			files = append(files, rel)
		}
		return nil
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		l.problems.Add(diag.Pos{File: l.display(sub)}, "cannot read folder: %v", err)
	}
	slices.Sort(files)
	// Files given but not yet written (LoadAmended) are read too.
	n := len(files)
	for rel := range l.overlay {
		if strings.HasPrefix(rel, sub+string(filepath.Separator)) && isYAML(rel) {
			if _, found := slices.BinarySearch(files[:n], rel); !found {
				files = append(files, rel)
			}
		}
	}
	slices.Sort(files)
	return files
}

// isYAML reports whether a file name is a data file's: .yaml or .yml.
func isYAML(name string) bool {
	ext := filepath.Ext(name)
	return ext == ".yaml" || ext == ".yml"
}

// top checks a data file's top-level keys and returns the node of each.
func (l *loader) top(rel string, n *yaml.Node, allowed ...string) map[string]*yaml.Node {
	d := l.decoder(rel)
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "expected top-level keys %s, found %s", strings.Join(allowed, " and "), kindName(n))
		return nil
	}
	out := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if !slices.Contains(allowed, k.Value) {
			d.errorf(k, "unknown top-level key %q: this file may only have %s", k.Value, strings.Join(allowed, " and "))
			continue
		}
		if first, dup := out[k.Value]; dup {
			d.errorf(k, "%q is given twice (first at line %d): merge the two lists, or the first would be lost", k.Value, first.Line)
			continue
		}
		out[k.Value] = n.Content[i+1]
	}
	return out
}

// list decodes a file whose top level is one key holding a list of items.
func (l *loader) list(rel, key, what string, out any) {
	n := l.parse(rel)
	if n == nil {
		return
	}
	top := l.top(rel, n, key)
	items, ok := top[key]
	if !ok || isNull(items) {
		return
	}
	d := l.decoder(rel)
	if items.Kind != yaml.SequenceNode {
		d.errorf(items, "%s: expected a list of items (lines starting with \"- \"), found %s", key, kindName(items))
		return
	}
	slice := reflect.ValueOf(out).Elem()
	for _, item := range items.Content {
		v := reflect.New(slice.Type().Elem().Elem())
		d.decode(item, v.Elem(), what)
		slice.Set(reflect.Append(slice, v))
	}
}

// recommendations decodes one recommendations file. Its optional defaults
// fill the keys a recommendation leaves out, merged at the node level so
// that a problem in a default points at the defaults section.
func (l *loader) recommendations(rel string) []*Recommendation {
	n := l.parse(rel)
	if n == nil {
		return nil
	}
	top := l.top(rel, n, "defaults", "recommendations")
	d := l.decoder(rel)
	var defaults []*yaml.Node
	if def, ok := top["defaults"]; ok && !isNull(def) {
		if def.Kind != yaml.MappingNode {
			d.errorf(def, "defaults: expected a mapping (key: value lines), found %s", kindName(def))
		} else {
			defaults = l.checkDefaults(d, def)
		}
	}
	items, ok := top["recommendations"]
	if !ok || isNull(items) {
		return nil
	}
	if items.Kind != yaml.SequenceNode {
		d.errorf(items, "recommendations: expected a list of items (lines starting with \"- \"), found %s", kindName(items))
		return nil
	}
	var out []*Recommendation
	for _, item := range items.Content {
		if item.Kind == yaml.MappingNode {
			item = withDefaults(item, defaults)
		}
		r := &Recommendation{}
		d.decode(item, reflect.ValueOf(r).Elem(), "recommendation")
		out = append(out, r)
	}
	return out
}

// Fields that identify one recommendation and so cannot be defaults.
var notDefaults = []string{"id", "paragraph", "text", "implementation"}

func (l *loader) checkDefaults(d *decoder, def *yaml.Node) []*yaml.Node {
	known := fieldsOf(recommendationType)
	d.meantByDefault = map[string]bool{}
	var kept []*yaml.Node
	for i := 0; i+1 < len(def.Content); i += 2 {
		k := def.Content[i]
		switch {
		case slices.Contains(notDefaults, k.Value):
			d.errorf(k, "defaults: %q cannot be a default: it belongs to each recommendation", k.Value)
		case !slices.ContainsFunc(known, func(f field) bool { return f.key == k.Value }):
			hint, near := suggestKey(k.Value, known)
			d.errorf(k, "defaults: unknown field %q%s", k.Value, hint)
			if near != "" {
				d.meantByDefault[near] = true
			}
		default:
			kept = append(kept, k, def.Content[i+1])
		}
	}
	return kept
}

func withDefaults(item *yaml.Node, defaults []*yaml.Node) *yaml.Node {
	if len(defaults) == 0 {
		return item
	}
	merged := *item
	merged.Content = slices.Clone(item.Content)
	for i := 0; i+1 < len(defaults); i += 2 {
		has := false
		for j := 0; j+1 < len(item.Content); j += 2 {
			if item.Content[j].Value == defaults[i].Value {
				has = true
				break
			}
		}
		if !has {
			merged.Content = append(merged.Content, defaults[i], defaults[i+1])
		}
	}
	return &merged
}

// templates lists templates/*.tmpl (partials included), sorted.
func (l *loader) templates() []string {
	entries, err := os.ReadDir(filepath.Join(l.dir, TemplatesDir))
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			l.problems.Add(diag.Pos{File: l.display(TemplatesDir)}, "cannot read folder: %v", err)
		}
		return nil
	}
	var out []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".tmpl") {
			out = append(out, filepath.Join(TemplatesDir, e.Name()))
		}
	}
	return out
}
