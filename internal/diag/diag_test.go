package diag

import (
	"errors"
	"fmt"
	"testing"
)

func TestListSortMergeAndPrint(t *testing.T) {
	var l List
	l.Add(Pos{File: "b.yaml", Line: 2, Col: 1}, "second")
	l.Add(Pos{File: "a.yaml", Line: 9, Col: 4}, "first")
	l.Add(Pos{File: "b.yaml", Line: 2, Col: 1}, "second") // a repeat, dropped
	l.Merge(errors.Join(Errorf(Pos{File: "c.yaml", Line: 1}, "joined"), fmt.Errorf("plain")))
	l.Sort()
	want := "plain\na.yaml:9:4: first\nb.yaml:2:1: second\nc.yaml:1: joined"
	if got := l.Err().Error(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	var p *Problem
	if !errors.As(l.Err(), &p) {
		t.Error("errors.As cannot find a Problem in a List")
	}
	if (List{}).Err() != nil {
		t.Error("an empty list is an error")
	}
}
