// Package uprexport makes a UPR Info export of any size from the real
// samples, for the import benchmark: their rows as they are, then again
// with their sessions moved on by a cycle's 14 sessions (so that every
// repeat is a new recommendation), until there are n. The result keeps
// the samples' quirks: Mac Roman, CR line ends, one header row.
package uprexport

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"slices"
	"strconv"

	"golang.org/x/text/encoding/charmap"
)

// SessionsPerCycle is how far each repeat moves the sessions on.
const SessionsPerCycle = 14

// Samples are the shared export's files, in the order they are joined.
var Samples = []string{"1-5.csv", "6-9.csv", "10-13.csv"}

// Export joins the samples (the files' bytes, in Samples order) and
// returns an export of n rows.
func Export(samples [][]byte, n int) ([]byte, error) {
	return export(samples, n, false)
}

// Revised is Export as a later export would give it, with every response
// the other way (Accepted rows Noted, Noted rows Accepted): importing it
// over Export's updates every recommendation.
func Revised(samples [][]byte, n int) ([]byte, error) {
	return export(samples, n, true)
}

func export(samples [][]byte, n int, revised bool) ([]byte, error) {
	var header []string
	var rows [][]string
	for i, data := range samples {
		text, err := charmap.Macintosh.NewDecoder().Bytes(data)
		if err != nil {
			return nil, err
		}
		r := csv.NewReader(bytes.NewReader(bytes.ReplaceAll(text, []byte("\r"), []byte("\n"))))
		recs, err := r.ReadAll()
		if err != nil {
			return nil, fmt.Errorf("sample %d: %w", i+1, err)
		}
		if len(recs) == 0 {
			return nil, fmt.Errorf("sample %d is empty", i+1)
		}
		header = recs[0]
		rows = append(rows, recs[1:]...)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("the samples hold no rows")
	}
	session := len(header) - 1
	if header[session] != "Session" {
		return nil, fmt.Errorf("the samples' last column is %q, not Session", header[session])
	}
	response := slices.Index(header, "Response")
	if response < 0 {
		return nil, fmt.Errorf("the samples have no Response column")
	}
	other := map[string]string{"Accepted": "Noted", "Noted": "Accepted"}
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.UseCRLF = false
	if err := w.Write(header); err != nil {
		return nil, err
	}
	for i := range n {
		row := rows[i%len(rows)]
		if shift := i / len(rows) * SessionsPerCycle; shift > 0 {
			s, err := strconv.Atoi(row[session])
			if err != nil {
				return nil, fmt.Errorf("row %d: session %q: %w", i%len(rows)+2, row[session], err)
			}
			row = append(row[:session:session], strconv.Itoa(s+shift))
		}
		if o, ok := other[row[response]]; ok && revised {
			row = slices.Clone(row)
			row[response] = o
		}
		if err := w.Write(row); err != nil {
			return nil, err
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return nil, err
	}
	out := bytes.ReplaceAll(buf.Bytes(), []byte("\n"), []byte("\r"))
	return charmap.Macintosh.NewEncoder().Bytes(out)
}
