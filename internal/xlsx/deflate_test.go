package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"testing"
)

// TestDeflatePool writes parts of sizes around the chunk size through the
// pool and reads them back with archive/zip, which checks each part's
// checksum and size.
func TestDeflatePool(t *testing.T) {
	pool := newDeflatePool(2)
	defer pool.close()
	sizes := []int{0, 1, chunkSize - 1, chunkSize, chunkSize + 1, 3*chunkSize + 17}
	parts := map[string][]byte{}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	zw.RegisterCompressor(zip.Deflate, pool.compressor)
	for i, n := range sizes {
		data := make([]byte, n)
		for j := range data {
			data[j] = byte("<row r=\"1\"><c>text</c></row>"[j%28] + byte(j/1000%3))
		}
		name := string(rune('a' + i))
		parts[name] = data
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate})
		if err != nil {
			t.Fatal(err)
		}
		// Writes of odd sizes, as the sheet writers make them.
		for rest := data; len(rest) > 0; {
			k := min(len(rest), 70001)
			if _, err := w.Write(rest[:k]); err != nil {
				t.Fatal(err)
			}
			rest = rest[k:]
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("%s (%d bytes): %v", f.Name, len(parts[f.Name]), err)
		}
		if !bytes.Equal(got, parts[f.Name]) {
			t.Errorf("%s: %d bytes read back, %d written, or different", f.Name, len(got), len(parts[f.Name]))
		}
	}
}
