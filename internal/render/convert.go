package render

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// toFloat reads a number given to a template function: any Go number (len
// gives an int, data a float64) or a numeric string from a template literal.
func toFloat(x any) (float64, error) {
	v := reflect.ValueOf(x)
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return float64(v.Int()), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return float64(v.Uint()), nil
	case reflect.Float32, reflect.Float64:
		return v.Float(), nil
	case reflect.String:
		return strconv.ParseFloat(strings.TrimSpace(v.String()), 64)
	}
	return 0, fmt.Errorf("%v is not a number", x)
}

// toInt reads a whole number given to a template function.
func toInt(x any) (int, error) {
	f, err := toFloat(x)
	if err != nil || f != float64(int(f)) {
		return 0, fmt.Errorf("%v is not a whole number", x)
	}
	return int(f), nil
}

// stringList reads a list of texts given to a template function: a
// []string from the data or a list built with Sprig's list.
func stringList(x any) ([]string, error) {
	v := reflect.ValueOf(x)
	if v.Kind() != reflect.Slice {
		return nil, fmt.Errorf("%v is not a list", x)
	}
	out := make([]string, v.Len())
	for i := range out {
		s, ok := v.Index(i).Interface().(string)
		if !ok {
			return nil, fmt.Errorf("%v is not a text", v.Index(i).Interface())
		}
		out[i] = s
	}
	return out, nil
}
