package diag

// Closest returns the known name nearest to got, for "did you mean" hints:
// the one with the fewest single-character edits, if that is at most
// maxEdits. Ties go to the earlier name.
func Closest(got string, known []string, maxEdits int) (string, bool) {
	best, bestDist := "", maxEdits+1
	g := []rune(got)
	for _, k := range known {
		if d := Distance(g, []rune(k), maxEdits); d < bestDist {
			best, bestDist = k, d
		}
	}
	return best, best != ""
}

// Distance is the optimal string alignment distance (Levenshtein plus
// transposition of neighbours, so "Tunisai" is one edit from "Tunisia")
// between a and b, or limit+1 once it is certain to exceed limit, which
// keeps suggestions cheap on long input.
func Distance(a, b []rune, limit int) int {
	if abs(len(a)-len(b)) > limit {
		return limit + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], limit+1)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
