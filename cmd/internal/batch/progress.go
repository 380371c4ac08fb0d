package batch

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Summary is the outcome of a run.
type Summary struct {
	// Done pages were extracted and written; Skipped were left alone by
	// --skip-existing; Failed are inputs that gave an error.
	Done, Skipped, Failed int
	// Interrupted is set when the context was cancelled (SIGINT/SIGTERM)
	// before every input was handled.
	Interrupted bool
	// Elapsed is the run's wall time.
	Elapsed time.Duration
}

// String is the summary line printed at the end of a batch.
func (s Summary) String() string {
	line := fmt.Sprintf("%d done, %d skipped, %d failed in %s", s.Done, s.Skipped, s.Failed, roundDuration(s.Elapsed))
	if s.Interrupted {
		line += " (interrupted)"
	}
	return line
}

// roundDuration keeps one decimal of seconds: "4.1s", "2m3.5s".
func roundDuration(d time.Duration) time.Duration {
	if d < time.Second {
		return d.Round(time.Millisecond)
	}
	return d.Round(100 * time.Millisecond)
}

// reporter owns stderr: error lines, notes, the summary and the progress
// bar all go through it, so a message never lands in the middle of the bar
// (it erases the bar, prints, and the next tick redraws it).
type reporter struct {
	mu    sync.Mutex
	w     io.Writer
	quiet bool
	bar   *progressBar // nil when there is no bar
}

// errorLine prints the one-line error of an input: "artext: NAME: reason".
func (r *reporter) errorLine(name string, err error) {
	r.print(fmt.Sprintf("artext: %s: %v\n", displayName(name), err))
}

// note prints an informational line unless --quiet.
func (r *reporter) note(format string, args ...any) {
	if r.quiet {
		return
	}
	r.print("artext: " + fmt.Sprintf(format, args...) + "\n")
}

func (r *reporter) print(s string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.clearLocked()
	io.WriteString(r.w, s)
}

// clearLocked erases the bar if it is on screen; r.mu is held.
func (r *reporter) clearLocked() {
	if r.bar != nil && r.bar.shown {
		io.WriteString(r.w, "\r\x1b[K")
		r.bar.shown = false
	}
}

// displayName is how messages name an input: "<stdin>" says more than "-".
func displayName(name string) string {
	if name == "-" {
		return "<stdin>"
	}
	return name
}

// progressBar is a one-line status on a terminal: pages done (of the total
// once the walk has finished and it is known), rate, failures and ETA. It is
// a few lines of code rather than a dependency because it needs none of a
// library's features and must share the line discipline of reporter.
type progressBar struct {
	start time.Time
	// processed counts handled inputs (done, skipped or failed); failed the
	// failures; total is the number of inputs, -1 until the walk is over.
	processed, failed, total atomic.Int64
	shown                    bool // guarded by reporter.mu

	stop chan struct{}
	wg   sync.WaitGroup
}

// startBar starts redrawing the bar on r five times a second.
func (r *reporter) startBar(start time.Time) {
	b := &progressBar{start: start, stop: make(chan struct{})}
	b.total.Store(-1)
	r.bar = b
	b.wg.Go(func() {
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-b.stop:
				return
			case <-t.C:
				r.mu.Lock()
				io.WriteString(r.w, "\r\x1b[K"+b.line(time.Now()))
				b.shown = true
				r.mu.Unlock()
			}
		}
	})
}

// stopBar stops the redraws and erases the bar.
func (r *reporter) stopBar() {
	if r.bar == nil {
		return
	}
	close(r.bar.stop)
	r.bar.wg.Wait()
	r.mu.Lock()
	r.clearLocked()
	r.mu.Unlock()
}

// line renders the bar's text at now.
func (b *progressBar) line(now time.Time) string {
	n, failed, total := b.processed.Load(), b.failed.Load(), b.total.Load()
	elapsed := now.Sub(b.start)
	rate := 0.0
	if elapsed > 0 {
		rate = float64(n) / elapsed.Seconds()
	}
	var sb strings.Builder
	sb.WriteString("artext: ")
	if total >= 0 && total < n {
		total = -1 // the tree changed under the counting pass
	}
	if total >= 0 {
		pct := 100.0
		if total > 0 {
			pct = 100 * float64(n) / float64(total)
		}
		const width = 20
		fill := int(pct / 100 * width)
		fmt.Fprintf(&sb, "[%s%s] %d/%d", strings.Repeat("=", fill), strings.Repeat(" ", width-fill), n, total)
	} else {
		fmt.Fprintf(&sb, "%d", n)
	}
	fmt.Fprintf(&sb, " pages, %.1f/s, %d failed", rate, failed)
	if total >= 0 && rate > 0 && n < total {
		eta := time.Duration(float64(total-n) / rate * float64(time.Second))
		fmt.Fprintf(&sb, ", ETA %s", eta.Round(time.Second))
	}
	return sb.String()
}
