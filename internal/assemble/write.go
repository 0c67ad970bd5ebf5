package assemble

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
)

// WriteFileAtomic writes data to path through a temporary file in the same
// folder and a rename: readers see the old file or the new one, never half.
func WriteFileAtomic(path string, data []byte) error {
	return writeAll(map[string][]byte{path: data}, []string{path})
}

// writeAll writes several files all or nothing, as far as a file system
// allows: every file is first written in full to a temporary file beside
// its target, and only when all are written are they renamed into place.
// A failure while writing (a full disk) leaves every old file as it was.
func writeAll(files map[string][]byte, order []string) error {
	staged, err := stageAll(files, order)
	cleanup := func() {
		for _, tmp := range staged {
			if tmp != "" {
				os.Remove(tmp)
			}
		}
	}
	if err != nil {
		cleanup()
		return err
	}
	for i, path := range order {
		if err := os.Rename(staged[i], path); err != nil {
			cleanup()
			return fmt.Errorf("cannot write %s: %w", path, err)
		}
	}
	return nil
}

// stagers is how many files are written at once: each waits for the disk
// (fsync), so an import of hundreds of files overlaps those waits.
const stagers = 8

// stageAll stages every file, several at a time, and returns the
// temporary names in order ("" where staging failed) and the first error.
func stageAll(files map[string][]byte, order []string) ([]string, error) {
	staged := make([]string, len(order))
	errs := make([]error, len(order))
	var wg sync.WaitGroup
	sem := make(chan struct{}, stagers)
	for i, path := range order {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			tmp, err := stage(path, files[path])
			if err != nil {
				errs[i] = fmt.Errorf("cannot write %s: %w", path, err)
				return
			}
			staged[i] = tmp
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return staged, err
		}
	}
	return staged, nil
}

// stage writes data to a new temporary file beside path and returns its name.
func stage(path string, data []byte) (name string, err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return "", err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return "", err
	}
	if err = tmp.Sync(); err != nil {
		return "", err
	}
	if err = tmp.Chmod(0o644); err != nil {
		return "", err
	}
	if err = tmp.Close(); err != nil {
		return "", err
	}
	return tmp.Name(), nil
}

// WriteAll writes several files all or nothing, as far as the file system
// allows (see writeAll), in the order of their paths.
func WriteAll(files map[string][]byte) error {
	order := make([]string, 0, len(files))
	for p := range files {
		order = append(order, p)
	}
	slices.Sort(order)
	return writeAll(files, order)
}
