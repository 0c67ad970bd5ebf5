// Package memory sets the garbage collector for a command about to hold a
// large workspace in memory: the whole UPR record is about 100,000
// recommendations, 60 MB of YAML.
package memory

import (
	"io/fs"
	"path/filepath"
	"runtime/debug"
)

// large is the size of data files from which Tune changes anything: about
// 25,000 recommendations. Smaller workspaces keep the runtime's defaults.
const large = 16 << 20

// floor is the least soft memory limit Tune sets: with the runtime's own
// memory and the program's code, a build stays within about 200 MB at
// 100,000 recommendations.
const floor = 176 << 20

// Tune sets the collector for a command that will hold data read from
// files of about size bytes (see Size). At 100,000 recommendations the
// data loaded (about 80 MB) and what is made of it (a workbook of about
// 50 MB) would let the heap grow to twice their size before the collector
// runs, about 300 MB. A soft memory limit of three times the files' size,
// and at least floor, makes it run sooner instead; and since the limit
// bounds the heap, the collector can wait longer between runs below it
// (GOGC 400 rather than 100), which saves a tenth of the CPU time of
// loading. The limit grows with the data, so a larger workspace does not
// make the collector run without end; a lower limit set by GOMEMLIMIT
// stays.
func Tune(size int64) {
	if size < large {
		return
	}
	limit := max(int64(floor), 3*size)
	if debug.SetMemoryLimit(-1) > limit {
		debug.SetMemoryLimit(limit)
	}
	debug.SetGCPercent(400)
}

// Size adds up the sizes of the files at paths, and of the files under
// those that are folders; what cannot be read counts for nothing.
func Size(paths ...string) int64 {
	var size int64
	for _, p := range paths {
		_ = filepath.WalkDir(p, func(_ string, e fs.DirEntry, err error) error {
			if err == nil && !e.IsDir() {
				if info, err := e.Info(); err == nil {
					size += info.Size()
				}
			}
			return nil
		})
	}
	return size
}
