// Package render executes a workspace's templates into Markdown: Go
// text/template with an allowlist of Sprig functions, missingkey=error,
// partials, and the domain functions of funcs.go (citations, statistics,
// recommendation selection).
package render

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"text/template"

	"github.com/upr-tools/submit/internal/diag"
	"github.com/upr-tools/submit/internal/workspace"
)

// Data is what a template sees as "." at its top.
type Data struct {
	Submission      *workspace.Submission
	Recommendations []*workspace.Recommendation
	Evidence        []*workspace.Evidence
	Statistics      []*workspace.Statistic
}

type source struct {
	file string // as shown to the user
	text string
}

// Set is a workspace's parsed templates.
type Set struct {
	ws      *workspace.Workspace
	root    *template.Template
	sources map[string]source
}

// Parse reads every template of the workspace. A file named _NAME.md.tmpl
// is a partial: other templates include it with {{template "NAME" .}}.
// All parse problems are returned together.
func Parse(ws *workspace.Workspace) (*Set, error) {
	funcs, err := funcMap(nil)
	if err != nil {
		return nil, err
	}
	s := &Set{
		ws:      ws,
		root:    template.New("").Funcs(funcs).Option("missingkey=error"),
		sources: map[string]source{},
	}
	var problems diag.List
	for _, rel := range ws.Templates {
		file := filepath.Join(ws.Dir, rel)
		src, err := os.ReadFile(file)
		if err != nil {
			problems.Add(diag.Pos{File: file}, "cannot read template: %v", err)
			continue
		}
		if line, col, b, bad := diag.InvalidUTF8(src); bad {
			problems.Add(diag.Pos{File: file, Line: line, Col: col}, "the template is not UTF-8 text (byte 0x%02X): save it as UTF-8", b)
			continue
		}
		name := filepath.Base(rel)
		s.sources[name] = source{file: file, text: string(src)}
		t, err := s.root.New(name).Parse(string(src))
		if err != nil {
			problems = append(problems, problem(err, s.sources))
			continue
		}
		if short, ok := partialName(name); ok {
			if _, err := s.root.AddParseTree(short, t.Tree); err != nil {
				problems.Add(diag.Pos{File: file}, "partial %q: %v", short, err)
			}
			s.sources[short] = s.sources[name]
		}
	}
	problems.Sort()
	return s, problems.Err()
}

// partialName gives "recs" for "_recs.md.tmpl".
func partialName(file string) (string, bool) {
	if !strings.HasPrefix(file, "_") {
		return "", false
	}
	name := strings.TrimPrefix(file, "_")
	if i := strings.Index(name, "."); i > 0 {
		name = name[:i]
	}
	return name, name != ""
}

// Execute runs the named template (a file name in templates/) and returns
// Markdown, with the footnotes its citations made appended as definitions.
func (s *Set) Execute(name string) ([]byte, error) {
	if s.root.Lookup(name) == nil {
		return nil, fmt.Errorf("no template %q in %s", name, filepath.Join(s.ws.Dir, workspace.TemplatesDir))
	}
	st := newState(s.ws)
	funcs, err := funcMap(st)
	if err != nil {
		return nil, err
	}
	t, err := s.root.Clone()
	if err != nil {
		return nil, err
	}
	t.Funcs(funcs)
	var out strings.Builder
	data := Data{
		Submission:      s.ws.Submission,
		Recommendations: s.ws.Recommendations,
		Evidence:        s.ws.Evidence,
		Statistics:      s.ws.Statistics,
	}
	if err := t.ExecuteTemplate(&out, name, data); err != nil {
		var ee template.ExecError
		if errors.As(err, &ee) {
			err = ee.Err
		}
		return nil, diag.List{problem(err, s.sources)}
	}
	st.writeNotes(&out)
	return []byte(out.String()), nil
}
