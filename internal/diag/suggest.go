package diag

// Closest returns the known name nearest to got, for "did you mean" hints:
// the one with the fewest single-character edits, if that is at most
// maxEdits. Ties go to the earlier name.
func Closest(got string, known []string, maxEdits int) (string, bool) {
	best, bestDist := "", maxEdits+1
	for _, k := range known {
		if d := editDistance([]rune(got), []rune(k)); d < bestDist {
			best, bestDist = k, d
		}
	}
	return best, best != ""
}

// editDistance is the Levenshtein distance between two strings of runes.
func editDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
