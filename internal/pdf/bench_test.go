package pdf

import "testing"

// BenchmarkRender renders a full-length joint submission: about 5,600 words
// in 80 numbered paragraphs and 70 footnotes, and a 60-row table.
func BenchmarkRender(b *testing.B) {
	doc := genDoc(80, 58, 60)
	opts := sampleOptions()
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := Render(doc, opts); err != nil {
			b.Fatal(err)
		}
	}
}
