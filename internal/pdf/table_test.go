package pdf

import "testing"

func TestColumnWidths(t *testing.T) {
	tests := []struct {
		name     string
		min, nat []float64
		total    float64
		want     []float64
	}{
		{"fits: share by natural width", []float64{5, 5}, []float64{10, 30}, 80, []float64{20, 60}},
		{"short columns keep their natural width", []float64{10, 10}, []float64{20, 200}, 100, []float64{20, 80}},
		{"wrap where text is longest", []float64{10, 10, 10}, []float64{20, 100, 300}, 100, []float64{20, 10 + 60*90/380.0, 10 + 60*290/380.0}},
		{"even words do not fit", []float64{60, 60}, []float64{60, 60}, 60, []float64{30, 30}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := columnWidths(tt.min, tt.nat, tt.total)
			sum := 0.0
			for i := range got {
				sum += got[i]
				if d := got[i] - tt.want[i]; d > 0.01 || d < -0.01 {
					t.Errorf("widths %v, want %v", got, tt.want)
					break
				}
			}
			if d := sum - tt.total; d > 0.01 || d < -0.01 {
				t.Errorf("widths sum to %.2f, want %.2f", sum, tt.total)
			}
		})
	}
}
