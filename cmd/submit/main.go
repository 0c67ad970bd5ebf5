// Command submit turns a workspace of UPR data and templates into a
// stakeholder submission PDF and a recommendations tracking workbook.
//
// This package only parses arguments and maps errors to exit codes; the
// work is in internal/assemble and its siblings.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/upr-tools/submit/internal/diag"
)

// Exit statuses.
const (
	exitOK    = 0
	exitInput = 1 // bad input: the workspace has problems
	exitUsage = 2 // wrong usage: unknown command or flag
)

// usageError is wrong usage of the command line (exit status 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return usageError{fmt.Sprintf(format, args...)}
}

// command is one subcommand.
type command struct {
	name, args, short string
	run               func(args []string, stdout, stderr io.Writer) error
}

func commands() []command {
	return []command{
		{"build", "[-C DIR]", "check the workspace and write its outputs under output/", cmdBuild},
		{"validate", "[-C DIR]", "check the workspace and report every problem, writing nothing", cmdValidate},
		{"sync", "[-C DIR]", "bring a coordinator's edits in the workbook back into the YAML data", cmdSync},
		{"import", "FORMAT FILE...", "merge recommendations from UPR Info, OHCHR or report texts into the data", cmdImport},
		{"init", "DIR", "create a new workspace with starter data and templates", cmdInit},
		{"version", "", "print the version", cmdVersion},
		{"help", "[COMMAND]", "show help", cmdHelp},
	}
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes a command line and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	name := args[0]
	if name == "-h" || name == "--help" || name == "-help" {
		usage(stdout)
		return exitOK
	}
	for _, c := range commands() {
		if c.name == name {
			return report(c.run(args[1:], stdout, stderr), stderr)
		}
	}
	fmt.Fprintf(stderr, "submit: unknown command %q\n\n", name)
	usage(stderr)
	return exitUsage
}

// report prints an error as the user should read it and gives the status.
func report(err error, stderr io.Writer) int {
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	var ue usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(stderr, "submit: %s\nRun \"submit help\" for usage.\n", ue.msg)
		return exitUsage
	}
	var list diag.List
	if errors.As(err, &list) {
		// What the problems were wrapped in ("the imported data would
		// make the workspace invalid:") goes around them.
		before, after, _ := strings.Cut(err.Error(), list.Error())
		if before = strings.TrimRight(before, ": \n"); before != "" {
			fmt.Fprintf(stderr, "submit: %s:\n", before)
		}
		for _, p := range list {
			fmt.Fprintln(stderr, p.Error())
		}
		if after = strings.TrimSpace(after); after != "" {
			fmt.Fprintln(stderr, after)
		}
		noun := "problems"
		if len(list) == 1 {
			noun = "problem"
		}
		fmt.Fprintf(stderr, "submit: %d %s found; nothing was written\n", len(list), noun)
		return exitInput
	}
	fmt.Fprintf(stderr, "submit: %v\n", err)
	return exitInput
}

func usage(w io.Writer) {
	fmt.Fprint(w, `submit turns a workspace of UPR data (recommendations, evidence, statistics)
and templates into a stakeholder submission PDF and a tracking workbook.

Usage:
  submit COMMAND [ARGUMENTS]

Commands:
`)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %-10s %s\n", c.name, c.args, c.short)
	}
	fmt.Fprint(w, `
Exit status: 0 on success, 1 when the workspace has problems, 2 on wrong usage.
Run "submit help COMMAND" or "submit COMMAND -h" for a command's options.
`)
}

// newFlags makes a flag set that reports errors instead of exiting.
func newFlags(name, args, doc string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: submit %s %s\n\n%s\n", name, args, strings.TrimSpace(doc))
		if hasFlags(fs) {
			fmt.Fprintln(fs.Output(), "\nOptions:")
			fs.PrintDefaults()
		}
	}
	return fs
}

func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}

// parse parses flags; -h prints help to stdout and stops with flag.ErrHelp.
func parse(fs *flag.FlagSet, args []string, stdout io.Writer) error {
	for _, a := range args {
		if a == "-h" || a == "-help" || a == "--help" {
			fs.SetOutput(stdout)
			fs.Usage()
			return flag.ErrHelp
		}
	}
	fs.SetOutput(io.Discard) // we print the error ourselves, once
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	return nil
}
