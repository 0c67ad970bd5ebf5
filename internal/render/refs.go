package render

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"text/template/parse"

	"github.com/upr-tools/submit/internal/diag"
)

// Functions whose first argument is an evidence or a statistic id.
var (
	evidenceFuncs  = map[string]bool{"cite": true, "quote": true, "evidence": true}
	statisticFuncs = map[string]bool{"stat": true, "value": true, "statistic": true}
)

// CheckRefs finds every call such as {{cite "id"}} or {{stat "id"}} whose id
// is written out, in every template, and reports each id that the workspace
// lacks. Running a template stops at its first error; this reports them all.
func (s *Set) CheckRefs() error {
	var problems diag.List
	type use struct {
		pos  diag.Pos
		name string
	}
	var labels, refs []use
	for _, t := range s.root.Templates() {
		if t.Tree == nil || t.Tree.Root == nil || t.Name() != t.Tree.ParseName || s.sources[t.Name()].file == "" {
			continue // an alias of a partial, or a {{define}} checked with its file
		}
		walk(t.Tree.Root, func(cmd *parse.CommandNode) {
			if len(cmd.Args) < 2 {
				return
			}
			fn, ok := cmd.Args[0].(*parse.IdentifierNode)
			str, isStr := cmd.Args[1].(*parse.StringNode)
			if !ok || !isStr {
				return
			}
			switch fn.Ident {
			case "label":
				labels = append(labels, use{s.position(t.Tree, str), str.Text})
			case "paraRef":
				refs = append(refs, use{s.position(t.Tree, str), str.Text})
			}
			var err error
			switch {
			case evidenceFuncs[fn.Ident] && s.ws.EvidenceByID(str.Text) == nil:
				st := newState(s.ws)
				_, err = st.evidence(str.Text)
			case statisticFuncs[fn.Ident] && s.ws.StatisticByID(str.Text) == nil:
				st := newState(s.ws)
				_, err = st.statistic(str.Text)
			}
			if err != nil {
				problems = append(problems, &diag.Problem{
					Pos: s.position(t.Tree, str),
					Msg: fmt.Sprintf("%s %s: %v", fn.Ident, str.Quoted, err),
				})
			}
		})
	}
	// Labels and references written out in the templates; ones built at
	// run time are checked when the Markdown is laid out.
	defined := map[string]diag.Pos{}
	for _, l := range labels {
		if first, dup := defined[l.name]; dup {
			problems.Add(l.pos, "label %q is used twice (first at %s): each paragraph needs its own", l.name, first)
			continue
		}
		defined[l.name] = l.pos
	}
	for _, r := range refs {
		if _, ok := defined[r.name]; !ok {
			var names []string
			for n := range defined {
				names = append(names, n)
			}
			hint := ": add {{label \"" + r.name + "\"}} to the paragraph it means"
			if near, ok := diag.Closest(r.name, slices.Sorted(slices.Values(names)), len(r.name)/2); ok {
				hint = fmt.Sprintf(" (did you mean %q?)", near)
			}
			problems.Add(r.pos, "paraRef %q: no paragraph has this label%s", r.name, hint)
		}
	}
	problems.Sort()
	return problems.Err()
}

// position converts a node's place in a template to a file position.
func (s *Set) position(tree *parse.Tree, n parse.Node) diag.Pos {
	loc, _ := tree.ErrorContext(n) // "name:line:col", col counted from 0
	parts := strings.Split(loc, ":")
	pos := diag.Pos{File: s.sources[tree.ParseName].file}
	if len(parts) >= 3 {
		pos.Line, _ = strconv.Atoi(parts[len(parts)-2])
		col, _ := strconv.Atoi(parts[len(parts)-1])
		pos.Col = col + 1
	}
	return pos
}

// walk calls fn on every command in a template's tree.
func walk(n parse.Node, fn func(*parse.CommandNode)) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, c := range n.Nodes {
			walk(c, fn)
		}
	case *parse.ActionNode:
		walk(n.Pipe, fn)
	case *parse.PipeNode:
		if n == nil {
			return
		}
		for _, c := range n.Cmds {
			walk(c, fn)
		}
	case *parse.CommandNode:
		fn(n)
		for _, a := range n.Args {
			walk(a, fn)
		}
	case *parse.ChainNode:
		walk(n.Node, fn)
	case *parse.IfNode:
		walkBranch(&n.BranchNode, fn)
	case *parse.RangeNode:
		walkBranch(&n.BranchNode, fn)
	case *parse.WithNode:
		walkBranch(&n.BranchNode, fn)
	case *parse.TemplateNode:
		walk(n.Pipe, fn)
	}
}

func walkBranch(b *parse.BranchNode, fn func(*parse.CommandNode)) {
	walk(b.Pipe, fn)
	walk(b.List, fn)
	if b.ElseList != nil {
		walk(b.ElseList, fn)
	}
}
