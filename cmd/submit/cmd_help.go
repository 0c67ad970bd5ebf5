package main

import (
	"io"
)

func cmdHelp(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		usage(stdout)
		return nil
	}
	if len(args) > 1 {
		return usagef("help takes one command name")
	}
	for _, c := range commands() {
		if c.name == args[0] && c.name != "help" {
			return c.run([]string{"-h"}, stdout, stderr)
		}
	}
	if args[0] == "help" {
		usage(stdout)
		return nil
	}
	return usagef("no command %q", args[0])
}
