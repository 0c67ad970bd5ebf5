// Package diag carries problems found in a user's input, each with the place
// where it was found, so that every tool reports "file:line:col: message".
package diag

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
)

// Pos is a place in a workspace file. Line and Col are 1-based; zero means
// unknown and is left out when printed.
type Pos struct {
	File string
	Line int
	Col  int
}

func (p Pos) String() string {
	s := p.File
	if p.Line > 0 {
		s += ":" + strconv.Itoa(p.Line)
		if p.Col > 0 {
			s += ":" + strconv.Itoa(p.Col)
		}
	}
	return s
}

// Problem is one thing wrong with the input.
type Problem struct {
	Pos Pos
	Msg string
}

func (p *Problem) Error() string {
	if p.Pos.File == "" {
		return p.Msg
	}
	return p.Pos.String() + ": " + p.Msg
}

// Errorf makes a Problem at pos.
func Errorf(pos Pos, format string, args ...any) *Problem {
	return &Problem{Pos: pos, Msg: fmt.Sprintf(format, args...)}
}

// List collects problems so that all of them are reported, not just the first.
type List []*Problem

// Add appends a problem at pos.
func (l *List) Add(pos Pos, format string, args ...any) {
	*l = append(*l, Errorf(pos, format, args...))
}

// Merge appends the problems inside err: a *Problem, a List, or anything joined
// with errors.Join. Other errors become a Problem without a position.
func (l *List) Merge(err error) {
	if err == nil {
		return
	}
	var p *Problem
	switch e := err.(type) {
	case List:
		*l = append(*l, e...)
		return
	case interface{ Unwrap() []error }:
		for _, inner := range e.Unwrap() {
			l.Merge(inner)
		}
		return
	}
	if errors.As(err, &p) {
		*l = append(*l, p)
		return
	}
	*l = append(*l, &Problem{Msg: err.Error()})
}

// Sort orders problems by file, line and column, so reports are stable, and
// drops exact repeats (a bad default shared by many items is reported once).
func (l *List) Sort() {
	slices.SortStableFunc(*l, func(a, b *Problem) int {
		return cmp.Or(cmp.Compare(a.Pos.File, b.Pos.File),
			cmp.Compare(a.Pos.Line, b.Pos.Line),
			cmp.Compare(a.Pos.Col, b.Pos.Col))
	})
	*l = slices.CompactFunc(*l, func(a, b *Problem) bool { return *a == *b })
}

// Err returns nil for an empty list, or the list itself as an error.
func (l List) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Error prints one problem a line.
func (l List) Error() string {
	s := ""
	for i, p := range l {
		if i > 0 {
			s += "\n"
		}
		s += p.Error()
	}
	return s
}

// Unwrap lets errors.Is and errors.As see each problem.
func (l List) Unwrap() []error {
	errs := make([]error, len(l))
	for i, p := range l {
		errs[i] = p
	}
	return errs
}
