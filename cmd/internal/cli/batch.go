package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"runtime/debug"
	"strings"
	"time"

	"github.com/spf13/pflag"
	"golang.org/x/term"

	"github.com/artext/artext/cmd/internal/batch"
	"github.com/artext/artext/extract"
)

// batchFlags are the flags of the root command that shape a run over many
// inputs. The work itself is package batch; this file only maps flags to a
// batch.Config and the outcome to an exit code.
type batchFlags struct {
	outDir       string
	keepPaths    bool
	skipExisting bool
	filesFrom    string
	include      []string
	exclude      []string
	jobs         int
	unordered    bool
	maxBytes     string
	timeout      time.Duration
	errorsJSON   bool
	quiet        bool
	progress     bool
}

// Defaults for the per-input limits; README.md documents them.
const (
	defaultMaxBytes = "64MiB"
	defaultTimeout  = 30 * time.Second
)

func (b *batchFlags) register(fl *pflag.FlagSet) {
	fl.StringVarP(&b.outDir, "out-dir", "o", "", "write one .json per input under `DIR` instead of JSON on stdout")
	fl.BoolVar(&b.keepPaths, "keep-paths", false, "with -o, name outputs after the input path as given (leading / dropped) rather than its base name")
	fl.BoolVar(&b.skipExisting, "skip-existing", false, "with -o, leave alone an output newer than its input")
	fl.StringVar(&b.filesFrom, "files-from", "", "read more inputs from `FILE`, one path a line (- for stdin)")
	fl.StringSliceVar(&b.include, "include", nil, "take only these `GLOB`s from directories (repeatable; default: "+strings.Join(batch.DefaultInclude, ",")+")")
	fl.StringSliceVar(&b.exclude, "exclude", nil, "leave out files and directories matching `GLOB` (repeatable)")
	fl.IntVarP(&b.jobs, "jobs", "j", 0, "number of pages extracted in parallel (0: one per CPU)")
	fl.BoolVar(&b.unordered, "unordered", false, "write results as they finish instead of in input order")
	fl.StringVar(&b.maxBytes, "max-bytes", defaultMaxBytes, "fail an input larger than `SIZE` after decompression (0: no limit)")
	fl.DurationVar(&b.timeout, "timeout", defaultTimeout, "fail a page whose extraction takes longer (0: no limit)")
	fl.BoolVar(&b.errorsJSON, "errors-json", false, `write failures as {"input","error","kind"} JSON records on stdout instead of stderr lines`)
	fl.BoolVarP(&b.quiet, "quiet", "q", false, "no notes and no summary on stderr (errors still)")
	fl.BoolVar(&b.progress, "progress", false, "show the progress bar even when stderr is not a terminal")
}

// config checks the flags and builds the run's configuration.
func (b *batchFlags) config(args []string) (batch.Config, error) {
	var cfg batch.Config
	if b.jobs < 0 {
		return cfg, usageError{fmt.Errorf("--jobs %d: want a positive number", b.jobs)}
	}
	if b.timeout < 0 {
		return cfg, usageError{fmt.Errorf("--timeout %s: want a positive duration", b.timeout)}
	}
	maxBytes, err := batch.ParseBytes(b.maxBytes)
	if err != nil {
		return cfg, usageError{fmt.Errorf("--max-bytes %v", err)}
	}
	for _, g := range append(append([]string{}, b.include...), b.exclude...) {
		if _, err := path.Match(g, ""); err != nil {
			return cfg, usageError{fmt.Errorf("glob %q: %v", g, err)}
		}
	}
	if b.outDir == "" && (b.skipExisting || b.keepPaths) {
		return cfg, usageError{errors.New("--skip-existing and --keep-paths need --out-dir")}
	}
	stdinUses := 0
	for _, a := range args {
		if a == "-" {
			stdinUses++
		}
	}
	if b.filesFrom == "-" {
		stdinUses++
	}
	if stdinUses > 1 {
		return cfg, usageError{errors.New("standard input (-) can be used only once")}
	}
	if len(args) == 0 && b.filesFrom == "" {
		args = []string{"-"}
	}
	return batch.Config{
		Args:         args,
		FilesFrom:    b.filesFrom,
		Include:      b.include,
		Exclude:      b.exclude,
		OutDir:       b.outDir,
		KeepPaths:    b.keepPaths,
		SkipExisting: b.skipExisting,
		Jobs:         b.jobs,
		Unordered:    b.unordered,
		MaxBytes:     maxBytes,
		Timeout:      b.timeout,
		ErrorsJSON:   b.errorsJSON,
		Quiet:        b.quiet,
	}, nil
}

// single reports whether the command line names exactly one page, which
// keeps the original output: one bare JSON object, no summary. A directory,
// a WARC file, a list or -o make it a batch even when it ends up one page.
func single(cfg *batch.Config) bool {
	if len(cfg.Args) != 1 || cfg.FilesFrom != "" || cfg.OutDir != "" {
		return false
	}
	a := cfg.Args[0]
	if a == "-" {
		return true
	}
	lower := strings.ToLower(a)
	if strings.HasSuffix(lower, ".warc") || strings.HasSuffix(lower, ".warc.gz") {
		return false
	}
	fi, err := os.Stat(a)
	return err != nil || !fi.IsDir()
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// batchGCPercent is the garbage collector's target for batch runs.
const batchGCPercent = 400

// runBatch runs the extraction over args and turns the outcome into the
// exit code (returned as an exitError, the way cobra hands it back).
func runBatch(ctx context.Context, fn batch.ExtractFunc, args []string, opts extract.Options, pretty bool, b *batchFlags, stdin io.Reader, stdout, stderr io.Writer) error {
	cfg, err := b.config(args)
	if err != nil {
		return err
	}
	cfg.Extract = fn
	cfg.Options = opts
	cfg.Pretty = pretty
	cfg.Stdin, cfg.Stdout, cfg.Stderr = stdin, stdout, stderr
	cfg.Single = single(&cfg)
	// The bar goes on a terminal only, and not when stdout is the same
	// terminal scrolling JSON past it; --progress forces it.
	cfg.Progress = b.progress || (!cfg.Single && !b.quiet && isTerminal(stderr) && (cfg.OutDir != "" || !isTerminal(stdout)))
	if !cfg.Single && os.Getenv("GOGC") == "" {
		// Each page allocates its tree and drops it: with Go's default
		// GOGC=100 the collector takes a fifth of a core and keeps two
		// workers from scaling. A batch trades some memory for it (peak
		// RSS stays under 100 MB); GOGC in the environment still wins.
		defer debug.SetGCPercent(debug.SetGCPercent(batchGCPercent))
	}

	sum, err := batch.Run(ctx, cfg)
	if err != nil {
		fmt.Fprintf(stderr, "artext: %v\n", err)
		if ctx.Err() != nil {
			return exitError{ExitInterrupted}
		}
		return exitError{ExitAllFailed}
	}
	return exitError{exitCode(sum)}
}

// exitCode maps a run's counts to the documented exit status. Skipped
// outputs count as successes: they are up to date.
func exitCode(s batch.Summary) int {
	switch {
	case s.Interrupted:
		return ExitInterrupted
	case s.Failed == 0:
		return ExitOK
	case s.Done+s.Skipped == 0:
		return ExitAllFailed
	default:
		return ExitSomeFailed
	}
}
