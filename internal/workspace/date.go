package workspace

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a calendar date that may be partial: a year, a year and month, or
// a full day, as sources give them ("2023", "2023-06", "2024-01-23").
type Date struct {
	Year, Month, Day int
}

// ParseDate reads YYYY, YYYY-MM or YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	parts := strings.Split(strings.TrimSpace(s), "-")
	if len(parts) > 3 || parts[0] == "" {
		return Date{}, fmt.Errorf("%q is not a date: write YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || strings.Trim(p, "0123456789") != "" || (i == 0 && (len(p) != 4 || v < 1000)) || (i > 0 && len(p) != 2) {
			return Date{}, fmt.Errorf("%q is not a date: write YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		n[i] = v
	}
	d := Date{n[0], n[1], n[2]}
	if len(parts) > 1 && (d.Month < 1 || d.Month > 12) {
		return Date{}, fmt.Errorf("%q has no month %d", s, d.Month)
	}
	if len(parts) > 2 {
		t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
		if t.Day() != d.Day {
			return Date{}, fmt.Errorf("%q is not a day of the calendar", s)
		}
	}
	return d, nil
}

// IsZero reports whether the date was left out.
func (d Date) IsZero() bool { return d.Year == 0 }

// String gives the ISO form with as much precision as the date has.
func (d Date) String() string {
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Time is the date at midnight UTC, missing parts taken as the first.
func (d Date) Time() time.Time {
	m, day := max(d.Month, 1), max(d.Day, 1)
	return time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

// Before reports whether d comes before e, comparing what both give.
func (d Date) Before(e Date) bool {
	if d.Year != e.Year {
		return d.Year < e.Year
	}
	if d.Month != e.Month {
		return d.Month < e.Month
	}
	return d.Day < e.Day
}

// Contains reports whether e falls within d's precision: 2024 contains
// 2024-06-01, 2024-06 contains 2024-06-30.
func (d Date) Contains(e Date) bool {
	return d.Year == e.Year && (d.Month == 0 || d.Month == e.Month) && (d.Day == 0 || d.Day == e.Day)
}

// MarshalText writes the ISO form, so dumps show "2024-01-23".
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }
