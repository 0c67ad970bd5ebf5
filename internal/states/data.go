package states

import (
	_ "embed"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"
)

//go:embed states.csv
var statesCSV string

// csvHeader is the column order states.csv must keep.
var csvHeader = []string{"name", "iso3", "iso2", "group", "observer", "aliases"}

// parseStates reads states.csv. It is strict because the file is ours: any
// error here is a bug in the data, caught by the package's tests.
func parseStates(data string) ([]State, error) {
	r := csv.NewReader(strings.NewReader(data))
	r.FieldsPerRecord = len(csvHeader)
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("states.csv: %w", err)
	}
	if len(rows) == 0 || strings.Join(rows[0], ",") != strings.Join(csvHeader, ",") {
		return nil, fmt.Errorf("states.csv: header must be %q", strings.Join(csvHeader, ","))
	}
	var out []State
	for n, row := range rows[1:] {
		line := n + 2
		obs, err := strconv.ParseBool(row[4])
		if err != nil {
			return nil, fmt.Errorf("states.csv:%d: observer %q: want true or false: %w", line, row[4], err)
		}
		s := State{Name: row[0], ISO3: row[1], ISO2: row[2], Group: row[3], Observer: obs}
		if row[5] != "" {
			s.Aliases = strings.Split(row[5], "|")
		}
		if err := s.check(); err != nil {
			return nil, fmt.Errorf("states.csv:%d: %w", line, err)
		}
		out = append(out, s)
	}
	return out, nil
}

// check rejects a row with a malformed field.
func (s State) check() error {
	if s.Name == "" || strings.TrimSpace(s.Name) != s.Name {
		return fmt.Errorf("name %q: must be non-empty without surrounding spaces", s.Name)
	}
	if !isUpperCode(s.ISO3, 3) || !isUpperCode(s.ISO2, 2) {
		return fmt.Errorf("%s: ISO codes %q/%q must be 3 and 2 capital letters", s.Name, s.ISO3, s.ISO2)
	}
	if s.Group != "" && s.GroupShort() == "" {
		return fmt.Errorf("%s: group %q is not one of %s", s.Name, s.Group, strings.Join(Groups, ", "))
	}
	if s.Group == "" && !s.Observer {
		return fmt.Errorf("%s: a member state needs a regional group", s.Name)
	}
	for _, a := range s.Aliases {
		if a == "" || strings.TrimSpace(a) != a {
			return fmt.Errorf("%s: alias %q: must be non-empty without surrounding spaces", s.Name, a)
		}
	}
	return nil
}

func isUpperCode(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for _, c := range []byte(s) {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}
