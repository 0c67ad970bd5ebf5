package states

import "testing"

func BenchmarkIndexBuild(b *testing.B) {
	for b.Loop() {
		list, err := parseStates(statesCSV)
		buildIndex(list, err)
	}
}
