package xlsx

import "testing"

func BenchmarkWrite(b *testing.B) {
	ws := generated(5000)
	b.ReportAllocs()
	for b.Loop() {
		data, _, err := Write(ws, Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(len(data)))
	}
}
