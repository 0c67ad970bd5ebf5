package xlsx

import (
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/workspace"
)

// TestLastUpdated reads Last updated back as excelize formats it: a date
// with as much precision as the data gives, blank when there is none.
func TestLastUpdated(t *testing.T) {
	for _, c := range []struct {
		name string
		date workspace.Date
		want string
	}{
		{"day", workspace.Date{Year: 2024, Month: 5, Day: 2}, "2024-05-02"},
		{"month only", workspace.Date{Year: 2024, Month: 6}, "2024-06"},
		{"year only", workspace.Date{Year: 2023}, "2023"},
		{"leap day", workspace.Date{Year: 2024, Month: 2, Day: 29}, "2024-02-29"},
		{"none", workspace.Date{}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			ws := fixture()
			ws.Recommendations = ws.Recommendations[:1]
			ws.Recommendations[0].Updated = c.date
			data, _ := write(t, ws)
			got, err := open(t, data).GetCellValue(RecommendationsSheet, col(t, updatedHeader)+"2")
			if err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Errorf("Last updated = %q, want %q", got, c.want)
			}
		})
	}
}

func TestLastUpdatedTooEarly(t *testing.T) {
	ws := fixture()
	ws.Recommendations[0].Updated = workspace.Date{Year: 1899, Month: 12, Day: 31}
	_, _, err := Write(ws, Options{})
	if err == nil || !strings.Contains(err.Error(), "Last updated: 1899-12-31 is before March 1900") {
		t.Errorf("error = %v, want one about the date before 1900", err)
	}
}
