// Package cli is the artext command line: flag parsing, reading inputs and
// writing results. The extraction itself lives in package extract.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/artext/artext/cmd/internal/batch"
	"github.com/artext/artext/extract"
)

// usageError marks errors that come from a wrong command line (exit 2).
type usageError struct{ err error }

func (u usageError) Error() string { return u.err.Error() }
func (u usageError) Unwrap() error { return u.err }

// exitError carries an exit code out of a command whose messages were
// already printed.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit %d", e.code) }

// Main runs artext with args (without the program name) and returns the
// process exit code. It never calls os.Exit, so tests drive it in-process.
// SIGINT and SIGTERM stop the run cleanly (exit 130); a second signal kills
// the process the usual way.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		// After the first signal, restore the default handling, so that an
		// impatient second Ctrl-C kills at once.
		<-ctx.Done()
		stop()
	}()
	return MainContext(ctx, args, stdin, stdout, stderr)
}

// MainContext is Main with the caller's context: cancelling it is an
// interruption (exit 130).
func MainContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return run(ctx, extract.Extract, args, stdin, stdout, stderr)
}

// run is MainContext with the extractor injected, for tests.
func run(ctx context.Context, fn batch.ExtractFunc, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRootCommand(stdin, stdout, stderr)
	root.SetArgs(args)
	err := root.ExecuteContext(context.WithValue(ctx, extractKey{}, fn))
	if err == nil {
		return ExitOK
	}
	var ee exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	fmt.Fprintf(stderr, "artext: %v\n", err)
	return ExitUsage
}

// extractKey carries the extract function from run to the command.
type extractKey struct{}

// extractFunc is the extractor the command was started with.
func extractFunc(ctx context.Context) batch.ExtractFunc {
	if fn, ok := ctx.Value(extractKey{}).(batch.ExtractFunc); ok && fn != nil {
		return fn
	}
	return extract.Extract
}

// extractFlags are the flags shared by every command that extracts.
type extractFlags struct {
	kind     string
	encoding string
	tz       string
	pretty   bool
}

// options turns the flags into extract.Options, or a usage error.
func (f *extractFlags) options() (extract.Options, error) {
	var opts extract.Options
	switch f.kind {
	case "", "auto":
	case "html":
		opts.Kind = extract.KindHTML
	case "text", "txt":
		opts.Kind = extract.KindText
	default:
		return opts, usageError{fmt.Errorf("--kind %q: want html, text or auto", f.kind)}
	}
	if f.tz != "" {
		loc, err := time.LoadLocation(f.tz)
		if err != nil {
			return opts, usageError{fmt.Errorf("--tz %q: unknown time zone", f.tz)}
		}
		opts.Location = loc
	}
	if f.encoding != "" {
		if _, err := extract.LookupEncoding(f.encoding); err != nil {
			return opts, usageError{fmt.Errorf("--encoding %q: unknown encoding", f.encoding)}
		}
		opts.Encoding = f.encoding
	}
	return opts, nil
}

func newRootCommand(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	var flags extractFlags
	var bf batchFlags
	root := &cobra.Command{
		Use:   "artext [flags] [FILE|DIR|-]...",
		Short: "Extract the article from raw page dumps as JSON",
		Long: `artext reads raw page dumps (saved HTML in any encoding, or the plain text a
browser gives when a page is copied), removes the portal chrome and writes the
article as JSON: title, date, source, author, editor, breadcrumb, paragraphs.

With no FILE, or when FILE is -, it reads standard input. One input gives one
JSON object. Several inputs (files, directories walked recursively, WARC files,
--files-from lists) give JSON Lines, one object per page with an "input" key
first, or one .json file per input under --out-dir.

gzip-compressed inputs are read transparently. WARC files (.warc, .warc.gz)
give one page per HTML response record, named FILE#<record id>.

Exit status: 0 every page extracted, 1 some inputs failed, 2 usage error,
3 every input failed, 130 interrupted (SIGINT/SIGTERM).`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts, err := flags.options()
			if err != nil {
				return err
			}
			return runBatch(cmd.Context(), extractFunc(cmd.Context()), args, opts, flags.pretty, &bf, stdin, stdout, stderr)
		},
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	fl := root.Flags()
	fl.StringVar(&flags.kind, "kind", "auto", "kind of dump: html, text or auto (sniff the bytes)")
	fl.StringVar(&flags.encoding, "encoding", "", "force the input charset (e.g. gbk, big5, utf-8)")
	fl.StringVar(&flags.tz, "tz", "", "time zone for dates without an offset (e.g. Asia/Shanghai)")
	fl.BoolVar(&flags.pretty, "pretty", false, "indent the JSON (one-object output and --out-dir files; never JSON Lines)")
	bf.register(fl)
	root.AddCommand(newEvalCommand(stdout, stderr))
	return root
}
