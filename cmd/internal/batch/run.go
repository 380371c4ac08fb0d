// Package batch runs artext over many inputs: files, directory trees,
// standard input, lists of paths and WARC files, through a bounded pool of
// workers, writing JSON Lines on stdout or one JSON file per input under a
// directory.
//
// The run is a stream: the producer (inputs.go, warc.go) finds inputs one
// at a time, workers (this file) read and extract them, and the collector
// (this file) writes results in input order. A fixed number of inputs is
// in flight at any moment, so memory does not grow with the number of
// inputs. Output naming and safe writing are in outdir.go; the progress
// bar and the summary in progress.go.
package batch

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
	"time"

	"github.com/artext/artext/extract"
)

// ExtractFunc extracts one page. It is extract.Extract in the program and
// a fake in tests.
type ExtractFunc func([]byte, extract.Options) (*extract.Article, error)

// Config describes one run. Zero values are usable defaults unless noted.
type Config struct {
	// Extract does the extraction; required.
	Extract ExtractFunc
	// Options are passed to every extraction; a WARC record adds its URL
	// and Content-Type.
	Options extract.Options

	// Args are files, directories (walked recursively) and "-" (standard
	// input), in order. FilesFrom names a file listing more, one a line
	// ("-": standard input); they come after Args.
	Args      []string
	FilesFrom string
	// Include and Exclude are globs on the names found in directories
	// (on the slash path below the directory argument when the glob holds
	// a slash). Include defaults to DefaultInclude. Exclude also prunes
	// directories. Files named directly are always read.
	Include, Exclude []string

	// OutDir, when set, receives one .json per input instead of stdout.
	OutDir string
	// KeepPaths names outputs after the input path as given instead of its
	// base name (or its path below a directory argument).
	KeepPaths bool
	// SkipExisting leaves alone an output newer than its input.
	SkipExisting bool

	// Jobs is the number of workers; 0 means runtime.NumCPU().
	Jobs int
	// Unordered writes results as they finish instead of in input order.
	Unordered bool
	// MaxBytes caps one input's size (after decompression); 0: no cap.
	MaxBytes int64
	// Timeout caps one extraction; 0: no limit. A page over it is reported
	// as timed out, but its goroutine cannot be killed and runs on in the
	// background until the extractor returns.
	Timeout time.Duration

	// ErrorsJSON writes failures as JSON records on stdout instead of lines
	// on stderr.
	ErrorsJSON bool
	// Single is the one-input mode: the result is the bare article object
	// (no "input" key), indented when Pretty, and no summary is printed.
	Single bool
	// Pretty indents single objects: the Single result and -o files. JSON
	// Lines are never indented.
	Pretty bool
	// Quiet silences notes and the summary (not errors).
	Quiet bool
	// Progress shows a progress bar on Stderr.
	Progress bool

	// Stdin is read for "-"; Stdout gets the JSON; Stderr the errors,
	// notes, bar and summary.
	Stdin          io.Reader
	Stdout, Stderr io.Writer
}

// FatalError is a failure of the whole run (the output directory can't be
// made, stdout is closed), as opposed to the failure of one input.
type FatalError struct{ Err error }

// Error returns the cause's message.
func (e *FatalError) Error() string { return e.Err.Error() }

// Unwrap returns the cause.
func (e *FatalError) Unwrap() error { return e.Err }

// job is one input on its way through the pool; seq is its place in input
// order, from 1.
type job struct {
	seq int64
	in  Input
}

// result is what a worker made of a job. line is the JSON to print on
// stdout (nil when written to -o or failed).
type result struct {
	seq      int64
	name     string
	line     []byte
	err      error
	skipped  bool
	canceled bool
}

// record is an article as a JSON Lines object or -o file: "input" first,
// then the article's own keys.
type record struct {
	Input string `json:"input"`
	*extract.Article
}

// errorRecord is a failure as written by --errors-json.
type errorRecord struct {
	Input string `json:"input"`
	Error string `json:"error"`
	Kind  Kind   `json:"kind"`
}

// Run extracts every input of cfg and returns the counts. Cancelling ctx
// (SIGINT, SIGTERM) stops taking new inputs and drops the ones in flight;
// files already renamed into -o are complete, and no temporary file is
// left. The error is a *FatalError when the run could not go on at all.
func Run(ctx context.Context, cfg Config) (Summary, error) {
	start := time.Now()
	if cfg.Extract == nil {
		return Summary{}, &FatalError{errors.New("batch: no extract function")}
	}
	if cfg.Jobs <= 0 {
		cfg.Jobs = runtime.NumCPU()
	}
	rep := &reporter{w: cfg.Stderr, quiet: cfg.Quiet}
	var out *outDir
	if cfg.OutDir != "" {
		var err error
		if out, err = openOutDir(cfg.OutDir); err != nil {
			return Summary{}, &FatalError{err}
		}
		defer out.close()
	}

	// runCtx also stops when stdout fails: there is no point going on.
	runCtx, stop := context.WithCancel(ctx)
	defer stop()

	// tokens bounds the inputs in flight, from the producer taking one to
	// the collector writing its result. In order mode a slow page holds
	// back at most this many finished results behind it: that is the
	// reorder buffer, and with the pages the workers hold, all the memory
	// the run needs.
	window := windowSize(cfg.Jobs)
	tokens := make(chan struct{}, window)
	// jobs is buffered so that the producer walks ahead of the workers
	// (the tokens bound it): a worker that finishes a page finds the next
	// one waiting instead of waiting for the producer to be scheduled.
	jobs := make(chan job, window)
	results := make(chan result, window)

	if cfg.Progress {
		rep.startBar(start)
		go func() {
			if n, ok := countInputs(runCtx, &cfg); ok {
				rep.bar.total.CompareAndSwap(-1, n) // the producer's own count wins
			}
		}()
	}

	prod := newProducer(&cfg, out, rep)
	go func() {
		defer close(jobs)
		var seq int64
		prod.run(runCtx, func(in Input) bool {
			select {
			case tokens <- struct{}{}:
			case <-runCtx.Done():
				return false
			}
			seq++
			select {
			case jobs <- job{seq, in}:
				return true
			case <-runCtx.Done():
				<-tokens
				return false
			}
		})
		if rep.bar != nil {
			rep.bar.total.Store(seq)
		}
	}()

	w := &worker{cfg: &cfg, out: out}
	var wg sync.WaitGroup
	for range cfg.Jobs {
		wg.Go(func() {
			for j := range jobs {
				results <- w.process(runCtx, j)
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	c := collector{cfg: &cfg, rep: rep, stdout: bufio.NewWriterSize(cfg.Stdout, 64<<10)}
	next := int64(1)
	pending := make(map[int64]result)
	for r := range results {
		if cfg.Unordered {
			c.emit(r)
			<-tokens
		} else {
			pending[r.seq] = r
			for {
				rr, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				c.emit(rr)
				<-tokens
				next++
			}
		}
		// Flush whenever nothing else is ready, so a pipeline sees each
		// line promptly but a fast run still writes in big blocks.
		if len(results) == 0 && c.writeErr == nil {
			c.flush()
		}
		if c.writeErr != nil {
			stop()
		}
	}
	c.flush()
	rep.stopBar()

	c.sum.Elapsed = time.Since(start)
	c.sum.Interrupted = ctx.Err() != nil
	if c.writeErr != nil {
		return c.sum, &FatalError{fmt.Errorf("writing output: %w", c.writeErr)}
	}
	if !cfg.Single && !cfg.Quiet {
		rep.print("artext: " + c.sum.String() + "\n")
	}
	return c.sum, nil
}

// windowSize is how many inputs may be in flight with jobs workers. Page
// costs are heavy-tailed (a 1.6 MB page takes as long as sixty median
// ones), so in order mode the other workers must be able to finish many
// pages while one big page holds the head of the line, or they run dry
// behind it. Buffered results are JSON lines of a few kB, so 32 per worker
// still keeps the reorder buffer to a few MB.
func windowSize(jobs int) int { return max(64, 32*jobs) }

// worker turns jobs into results. It is shared by the pool: it holds only
// read-only configuration.
type worker struct {
	cfg *Config
	out *outDir
}

// process handles one job: skip it, read it, extract it with the time
// limit, encode it, and write it to -o when there is one.
func (w *worker) process(ctx context.Context, j job) result {
	in := j.in
	r := result{seq: j.seq, name: in.Name}
	if in.Err != nil {
		r.err = in.Err
		return r
	}
	if ctx.Err() != nil {
		r.canceled = true
		return r
	}
	if w.out != nil && w.cfg.SkipExisting && w.out.fresh(in.Out, in.ModTime) {
		r.skipped = true
		return r
	}
	art, err := w.extract(ctx, in)
	if err != nil {
		if ctx.Err() != nil {
			r.canceled = true
		} else {
			r.err = err
		}
		return r
	}
	var v any = record{Input: in.Name, Article: art}
	pretty := w.out != nil && w.cfg.Pretty
	if w.cfg.Single {
		v, pretty = art, w.cfg.Pretty
	}
	data, err := encodeJSON(v, pretty)
	if err != nil {
		r.err = errorf(KindError, "encoding JSON: %v", err)
		return r
	}
	if w.out == nil {
		r.line = data
		return r
	}
	// Once interrupted, write nothing new; a write already under way
	// finishes (it takes milliseconds) so no temporary file is left.
	if ctx.Err() != nil {
		r.canceled = true
		return r
	}
	if w.out.overwritesInput(in.Out, in.Path) {
		r.err = errorf(KindUnsafePath, "output %s is the input itself; not overwriting it", w.out.display(in.Out))
		return r
	}
	if err := w.out.write(in.Out, data); err != nil {
		r.err = err
	}
	return r
}

// extract reads and extracts one input, giving up when ctx is cancelled
// and, for the extraction itself, after cfg.Timeout. The extraction, and
// the read of anything but a regular file, run in goroutines because
// neither a blocked read (a slow pipe) nor a runaway extraction can be
// interrupted: on timeout or cancel the goroutine is abandoned and ends
// when the call returns, its result dropped.
func (w *worker) extract(ctx context.Context, in Input) (*extract.Article, error) {
	data := in.Data
	if data == nil && in.Regular {
		// A regular file can't block the way a pipe can: read it on this
		// goroutine and spare each page a goroutine and two hand-offs.
		d, err := readPage(in, w.cfg.Stdin, w.cfg.MaxBytes)
		if err != nil {
			return nil, err
		}
		data = d
	} else if data == nil {
		type read struct {
			data []byte
			err  error
		}
		ch := make(chan read, 1)
		go func() {
			d, err := readPage(in, w.cfg.Stdin, w.cfg.MaxBytes)
			ch <- read{d, err}
		}()
		select {
		case r := <-ch:
			if r.err != nil {
				return nil, r.err
			}
			data = r.data
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	opts := w.cfg.Options
	if in.URL != "" {
		opts.URL = in.URL
	}
	if in.ContentType != "" {
		opts.ContentType = in.ContentType
	}
	type outcome struct {
		art *extract.Article
		err error
	}
	ch := make(chan outcome, 1) // buffered: an abandoned goroutine must not block
	go func() {
		defer func() {
			if p := recover(); p != nil {
				ch <- outcome{err: errorf(KindCrash, "extractor crashed: %v", p)}
			}
		}()
		art, err := w.cfg.Extract(data, opts)
		ch <- outcome{art, err}
	}()
	var timeout <-chan time.Time
	if w.cfg.Timeout > 0 {
		t := time.NewTimer(w.cfg.Timeout)
		defer t.Stop()
		timeout = t.C
	}
	select {
	case o := <-ch:
		if o.err != nil {
			return nil, &Error{Kind: KindOf(o.err), Err: o.err}
		}
		if o.art == nil {
			return nil, errorf(KindNoArticle, "%v", extract.ErrNoArticle)
		}
		return o.art, nil
	case <-timeout:
		return nil, errorf(KindTimeout, "timed out after --timeout %s", w.cfg.Timeout)
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// encodeJSON writes v as one JSON value and a newline, without escaping
// <, > and & (pages are full of them, and nobody embeds this in HTML).
func encodeJSON(v any, pretty bool) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if pretty {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// collector writes results, counts them and feeds the progress bar. It
// runs on Run's goroutine only.
type collector struct {
	cfg      *Config
	rep      *reporter
	stdout   *bufio.Writer
	writeErr error
	sum      Summary
}

func (c *collector) emit(r result) {
	switch {
	case r.canceled:
		return // interrupted: neither done nor failed
	case r.skipped:
		c.sum.Skipped++
	case r.err != nil:
		c.sum.Failed++
		if c.rep.bar != nil {
			c.rep.bar.failed.Add(1)
		}
		if c.cfg.ErrorsJSON {
			line, err := encodeJSON(errorRecord{Input: r.name, Error: r.err.Error(), Kind: KindOf(r.err)}, false)
			if err == nil {
				c.write(line)
			}
		} else {
			c.rep.errorLine(r.name, r.err)
		}
	default:
		c.sum.Done++
		if r.line != nil {
			c.write(r.line)
		}
	}
	if c.rep.bar != nil {
		c.rep.bar.processed.Add(1)
	}
}

func (c *collector) write(b []byte) {
	if c.writeErr != nil {
		return
	}
	if _, err := c.stdout.Write(b); err != nil {
		c.writeErr = err
	}
}

func (c *collector) flush() {
	if c.writeErr == nil {
		c.writeErr = c.stdout.Flush()
	}
}
