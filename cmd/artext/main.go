// Command artext extracts the article from raw page dumps and writes it as JSON.
// See README.md, or run artext --help.
package main

import (
	"os"

	"github.com/artext/artext/cmd/internal/cli"
)

func main() { os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }
