package batch

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/artext/artext/extract"
)

func TestOrderPreservedWithFourJobs(t *testing.T) {
	dir := t.TempDir()
	var want []string
	for i := range 40 {
		// Random sleeps make the workers finish out of order.
		want = append(want, write(t, dir, fmt.Sprintf("p%02d.html", i), fmt.Sprintf("SLEEP %dms", rand.IntN(15))))
	}
	o := run(t, context.Background(), Config{Args: []string{dir}, Jobs: 4}, "")
	if got := o.inputs(t); !slices.Equal(got, want) {
		t.Fatalf("order lost:\n got %q\nwant %q", got, want)
	}
}

// TestOrderPreservedWhenPagesFinishBackwards makes every group of eight
// pages finish last page first, with eight workers, so almost every result
// reaches the collector out of order; the output must still be in input
// order. Each page waits for the next one in its group to finish, so the
// order is forced by the pages themselves, not by sleeps.
func TestOrderPreservedWhenPagesFinishBackwards(t *testing.T) {
	const pages, group = 200, 8
	dir := t.TempDir()
	var want []string
	finished := make(map[string]chan struct{})
	for i := range pages {
		want = append(want, write(t, dir, fmt.Sprintf("p%03d.html", i), fmt.Sprint(i)))
		finished[fmt.Sprint(i)] = make(chan struct{})
	}
	backwards := func(data []byte, opts extract.Options) (*extract.Article, error) {
		var i int
		fmt.Sscan(string(data), &i)
		if i%group != group-1 && i+1 < pages {
			<-finished[fmt.Sprint(i+1)]
		}
		defer close(finished[string(data)])
		return fakeExtract(data, opts)
	}
	o := run(t, context.Background(), Config{Extract: backwards, Args: []string{dir}, Jobs: group}, "")
	if got := o.inputs(t); !slices.Equal(got, want) {
		t.Fatalf("order lost:\n got %q\nwant %q", got, want)
	}
}

// TestWindowKeepsWorkersBusyBehindASlowPage holds the first page until the
// whole window of inputs has been started behind it: the other workers must
// run on until the window is full (the slack that keeps -j 2 busy behind a
// big page), and no further, since nothing can be written before the first
// page. It counts extractions; the deadline only turns a stall into a
// failure instead of a hang.
func TestWindowKeepsWorkersBusyBehindASlowPage(t *testing.T) {
	const jobs = 2
	window := int64(windowSize(jobs))
	dir := t.TempDir()
	for i := range 3 * window {
		write(t, dir, fmt.Sprintf("p%03d.html", i), fmt.Sprint(i))
	}
	var calls atomic.Int64
	full := make(chan struct{})
	var atRelease int64
	slow := func(data []byte, opts extract.Options) (*extract.Article, error) {
		if calls.Add(1) == window {
			close(full)
		}
		if string(data) == "0" {
			select {
			case <-full:
			case <-time.After(10 * time.Second):
				return nil, fmt.Errorf("stalled: %d extractions started behind the first page; window is %d", calls.Load(), window)
			}
			// Nothing is written before this page, so no token is free.
			atRelease = calls.Load()
		}
		return fakeExtract(data, opts)
	}
	o := run(t, context.Background(), Config{Extract: slow, Args: []string{dir}, Jobs: jobs}, "")
	if o.sum.Failed != 0 {
		t.Fatalf("%s", o.stderr)
	}
	if atRelease != window {
		t.Errorf("%d extractions started while the first page was held; want the window, %d", atRelease, window)
	}
	if n := len(o.lines(t)); n != int(3*window) {
		t.Errorf("got %d lines, want %d", n, 3*window)
	}
}

func TestUnorderedWritesAsPagesFinish(t *testing.T) {
	dir := t.TempDir()
	slow := write(t, dir, "a.html", "SLEEP 300ms")
	for i := range 5 {
		write(t, dir, fmt.Sprintf("b%d.html", i), "quick")
	}
	o := run(t, context.Background(), Config{Args: []string{dir}, Jobs: 4, Unordered: true}, "")
	got := o.inputs(t)
	if len(got) != 6 {
		t.Fatalf("got %d lines", len(got))
	}
	if got[len(got)-1] != slow {
		t.Errorf("slow page should come last with --unordered: %q", got)
	}
	// In order mode it stays first.
	o = run(t, context.Background(), Config{Args: []string{dir}, Jobs: 4}, "")
	if o.inputs(t)[0] != slow {
		t.Errorf("ordered: %q", o.inputs(t))
	}
}

func TestErrorsJSONAndKinds(t *testing.T) {
	dir := t.TempDir()
	files := []string{
		write(t, dir, "1.html", "ok"),
		write(t, dir, "2.html", ""),
		write(t, dir, "3.html", "BINARY"),
		write(t, dir, "4.html", "NOARTICLE"),
		write(t, dir, "5.html", "PANIC"),
		write(t, dir, "6.html", strings.Repeat("x", 2000)),
		write(t, dir, "7.html", "SLEEP 2s"),
		filepath.Join(dir, "8.html"),
	}
	cfg := Config{Args: files, ErrorsJSON: true, MaxBytes: 1000, Timeout: 200 * time.Millisecond}
	o := run(t, context.Background(), cfg, "")
	want := []string{"", "empty", "binary", "no_article", "crash", "too_large", "timeout", "not_found"}
	lines := o.lines(t)
	if len(lines) != len(want) {
		t.Fatalf("got %d lines: %s", len(lines), o.stdout)
	}
	for i, l := range lines {
		if l["input"] != files[i] {
			t.Errorf("line %d input = %v, want %s", i, l["input"], files[i])
		}
		if k, _ := l["kind"].(string); k != want[i] {
			t.Errorf("line %d kind = %q, want %q (%v)", i, k, want[i], l)
		}
		if want[i] != "" && l["error"] == "" {
			t.Errorf("line %d has no error text", i)
		}
	}
	if lines[5]["error"] != "is larger than --max-bytes (1000 bytes)" {
		t.Errorf("too_large text: %v", lines[5]["error"])
	}
	if o.sum.Done != 1 || o.sum.Failed != 7 {
		t.Errorf("summary %+v", o.sum)
	}
	// No error lines on stderr with --errors-json; the summary stays.
	if strings.Contains(o.stderr, "2.html") || !strings.Contains(o.stderr, "1 done, 0 skipped, 7 failed") {
		t.Errorf("stderr %q", o.stderr)
	}

	// Without the flag: one line per failure on stderr, in input order.
	cfg.ErrorsJSON = false
	o = run(t, context.Background(), cfg, "")
	var errLines []string
	for _, l := range strings.Split(strings.TrimSpace(o.stderr), "\n") {
		if !strings.Contains(l, " done, ") {
			errLines = append(errLines, l)
		}
	}
	if len(errLines) != 7 || errLines[0] != "artext: "+files[1]+": fake: empty input" {
		t.Errorf("stderr lines %q", errLines)
	}
	if len(o.lines(t)) != 1 {
		t.Errorf("stdout %q", o.stdout)
	}
}

func TestMaxBytesAppliesAfterGunzip(t *testing.T) {
	dir := t.TempDir()
	bomb := write(t, dir, "bomb.html.gz", gz(t, strings.Repeat("a", 1<<20)))
	o := run(t, context.Background(), Config{Args: []string{bomb}, MaxBytes: 64 << 10, ErrorsJSON: true}, "")
	l := o.lines(t)
	if len(l) != 1 || l[0]["kind"] != "too_large" || !strings.Contains(l[0]["error"].(string), "decompresses to more than --max-bytes (64KiB)") {
		t.Fatalf("%v", l)
	}
}

func TestSingleModeIsTheBareObject(t *testing.T) {
	o := run(t, context.Background(), Config{Args: []string{"-"}, Single: true, Pretty: true}, "hello")
	if !strings.HasPrefix(o.stdout, "{\n  \"title\": \"hello\"") {
		t.Fatalf("stdout %q", o.stdout)
	}
	if o.stderr != "" {
		t.Errorf("single mode prints no summary: %q", o.stderr)
	}
	// --pretty never indents JSON Lines.
	o = run(t, context.Background(), Config{Args: []string{"-"}, Pretty: true}, "hello")
	if strings.Count(o.stdout, "\n") != 1 {
		t.Errorf("JSON Lines indented: %q", o.stdout)
	}
}

func TestEmptyDirectoryIsNotAFailure(t *testing.T) {
	o := run(t, context.Background(), Config{Args: []string{t.TempDir()}}, "")
	if o.err != nil || o.sum != (Summary{Elapsed: o.sum.Elapsed}) || o.stdout != "" {
		t.Fatalf("%+v %v %q", o.sum, o.err, o.stdout)
	}
}

// TestInterruptLeavesNoPartialOutput cancels a run of slow pages midway,
// as SIGINT does: the run stops early, every .json present is complete,
// and no temporary file is left.
func TestInterruptLeavesNoPartialOutput(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	for i := range 200 {
		write(t, in, fmt.Sprintf("p%03d.html", i), "SLEEP 20ms")
	}
	out := filepath.Join(dir, "out")
	ctx, cancel := context.WithCancel(context.Background())
	var calls atomic.Int64
	slow := func(data []byte, opts extract.Options) (*extract.Article, error) {
		if calls.Add(1) == 30 {
			cancel()
		}
		return fakeExtract(data, opts)
	}
	o := run(t, ctx, Config{Extract: slow, Args: []string{in}, OutDir: out, Jobs: 4, Pretty: true}, "")
	if !o.sum.Interrupted {
		t.Fatalf("not marked interrupted: %+v", o.sum)
	}
	if !strings.Contains(o.stderr, "(interrupted)") {
		t.Errorf("summary: %q", o.stderr)
	}
	files := jsonFiles(t, out)
	if len(files) == 0 || len(files) >= 200 {
		t.Errorf("%d outputs: the run should have stopped midway", len(files))
	}
	if o.sum.Done != len(files) {
		t.Errorf("done %d but %d files", o.sum.Done, len(files))
	}
	if tmp := tmpFiles(t, dir); len(tmp) != 0 {
		t.Errorf("temporary files left: %v", tmp)
	}
}

// TestInFlightIsBounded checks the memory bound: while the first page is
// stuck, the producer and workers stop after a fixed window of inputs
// instead of reading the whole tree ahead.
func TestInFlightIsBounded(t *testing.T) {
	dir := t.TempDir()
	for i := range 300 {
		write(t, dir, fmt.Sprintf("p%03d.html", i), fmt.Sprint(i))
	}
	release := make(chan struct{})
	var calls atomic.Int64
	blocking := func(data []byte, opts extract.Options) (*extract.Article, error) {
		calls.Add(1)
		if string(data) == "0" {
			<-release
		}
		return fakeExtract(data, opts)
	}
	done := make(chan outcome, 1)
	go func() {
		done <- run(t, context.Background(), Config{Extract: blocking, Args: []string{dir}, Jobs: 2}, "")
	}()
	// Let the pool run into the window.
	var last int64 = -1
	for calls.Load() != last {
		last = calls.Load()
		time.Sleep(100 * time.Millisecond)
	}
	window := int64(windowSize(2))
	if last < 2 || last > window {
		t.Errorf("%d extractions started while the first was stuck; window is %d", last, window)
	}
	close(release)
	o := <-done
	if len(o.lines(t)) != 300 {
		t.Fatalf("got %d lines", len(o.lines(t)))
	}
}

func TestStdoutFailureStopsTheRun(t *testing.T) {
	dir := t.TempDir()
	for i := range 50 {
		write(t, dir, fmt.Sprintf("p%02d.html", i), "x")
	}
	var stderr strings.Builder
	sum, err := Run(context.Background(), Config{Extract: fakeExtract, Args: []string{dir}, Stdout: failingWriter{}, Stderr: &stderr, Stdin: strings.NewReader("")})
	var fe *FatalError
	if !errors.As(err, &fe) {
		t.Fatalf("err = %v (%+v)", err, sum)
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("broken pipe") }

func TestWARCPages(t *testing.T) {
	for _, gzipped := range []bool{false, true} {
		name := "crawl.warc"
		if gzipped {
			name += ".gz"
		}
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, name)
			if err := os.WriteFile(p, sampleWARC(t, gzipped), 0o644); err != nil {
				t.Fatal(err)
			}
			o := run(t, context.Background(), Config{Args: []string{p}}, "")
			lines := o.lines(t)
			if len(lines) != 3 {
				t.Fatalf("got %d pages, want 3: %s\nstderr %s", len(lines), o.stdout, o.stderr)
			}
			wantIDs := []string{"2", "3", "6"}
			wantTitles := []string{"page one", "page two", "page three"}
			wantURLs := []string{"http://example.com/one", "http://example.com/two", "http://example.com/three"}
			for i, l := range lines {
				if l["input"] != p+"#<urn:uuid:00000000-0000-4000-8000-00000000000"+wantIDs[i]+">" {
					t.Errorf("input %v", l["input"])
				}
				if l["title"] != wantTitles[i] || l["url"] != wantURLs[i] {
					t.Errorf("line %d: %v", i, l)
				}
			}
			// The HTTP Content-Type reaches the extractor as evidence.
			if lines[0]["encoding"] != "text/html; charset=gbk" {
				t.Errorf("content type not passed: %v", lines[0]["encoding"])
			}

			out := filepath.Join(dir, "out")
			run(t, context.Background(), Config{Args: []string{p}, OutDir: out}, "")
			files := jsonFiles(t, out)
			if len(files) != 3 || files["crawl/1.json"]["title"] != "page one" || files["crawl/3.json"]["title"] != "page three" {
				t.Errorf("outputs %v", files)
			}
		})
	}
}

func TestWARCInADirectoryAndCorrupt(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a/crawl.warc.gz", string(sampleWARC(t, true)))
	good := sampleWARC(t, false)
	write(t, dir, "b/broken.warc", string(good[:len(good)-40])) // cut mid-record
	o := run(t, context.Background(), Config{Args: []string{dir}, ErrorsJSON: true}, "")
	var pages, corrupt int
	for _, l := range o.lines(t) {
		switch {
		case l["kind"] == "corrupt" && l["input"] == filepath.Join(dir, "b", "broken.warc"):
			corrupt++
		case l["kind"] == nil:
			pages++
		default:
			t.Errorf("unexpected %v", l)
		}
	}
	// broken.warc still gives the pages before the cut.
	if pages != 5 || corrupt != 1 {
		t.Errorf("pages %d, corrupt %d: %s", pages, corrupt, o.stdout)
	}
}

func TestWARCRecordTooLarge(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "big.warc")
	os.WriteFile(p, makeWARC(t, []warcRecord{
		{typ: "response", id: "<urn:uuid:1>", uri: "http://x/big", contentType: "application/http; msgtype=response", block: httpResponse("200 OK", "text/html", strings.Repeat("b", 5000))},
		{typ: "response", id: "<urn:uuid:2>", uri: "http://x/small", contentType: "application/http; msgtype=response", block: httpResponse("200 OK", "text/html", "small")},
	}, false), 0o644)
	o := run(t, context.Background(), Config{Args: []string{p}, MaxBytes: 1000, ErrorsJSON: true}, "")
	l := o.lines(t)
	if len(l) != 2 || l[0]["kind"] != "too_large" || l[1]["title"] != "small" {
		t.Fatalf("%v", l)
	}
}

func TestProgressBar(t *testing.T) {
	dir := t.TempDir()
	for i := range 8 {
		write(t, dir, fmt.Sprintf("p%d.html", i), "SLEEP 100ms")
	}
	o := run(t, context.Background(), Config{Args: []string{dir}, Jobs: 2, Progress: true, Quiet: true}, "")
	if !strings.Contains(o.stderr, " pages, ") || !strings.Contains(o.stderr, "\r\x1b[K") {
		t.Errorf("no bar drawn: %q", o.stderr)
	}
	if strings.Contains(o.stderr, " done, ") {
		t.Errorf("--quiet should drop the summary: %q", o.stderr)
	}
	b := &progressBar{start: time.Now().Add(-10 * time.Second)}
	b.processed.Store(50)
	b.failed.Store(2)
	b.total.Store(100)
	if got := b.line(time.Now()); !strings.Contains(got, "50/100 pages, 5.0/s, 2 failed, ETA 10s") {
		t.Errorf("line %q", got)
	}
}

// TestRaceManyWorkers drives every path at once under -race: mixed
// successes and failures, a shared -o, ordered output.
func TestRaceManyWorkers(t *testing.T) {
	dir := t.TempDir()
	for i := range 100 {
		content := []string{"ok", "", "BINARY", "SLEEP 1ms"}[i%4]
		write(t, dir, fmt.Sprintf("in/d%d/p%03d.html", i%7, i), content)
	}
	var wg sync.WaitGroup
	for k := range 3 {
		wg.Go(func() {
			o := run(t, context.Background(), Config{Args: []string{filepath.Join(dir, "in")}, OutDir: filepath.Join(dir, fmt.Sprint("out", k)), Jobs: 8}, "")
			if o.sum.Done != 50 || o.sum.Failed != 50 {
				t.Errorf("run %d: %+v", k, o.sum)
			}
		})
	}
	wg.Wait()
	var m map[string]any
	data, _ := os.ReadFile(filepath.Join(dir, "out0", "d0", "p000.json"))
	if err := json.Unmarshal(data, &m); err != nil || m["title"] != "ok" {
		t.Errorf("p000.json: %s %v", data, err)
	}
}

func TestCountInputsForTheBar(t *testing.T) {
	dir := t.TempDir()
	for i := range 30 {
		write(t, dir, fmt.Sprintf("d%d/p%02d.html", i%3, i), "x")
	}
	write(t, dir, "skip.md", "not a page")
	n, ok := countInputs(context.Background(), &Config{Args: []string{dir, "-", filepath.Join(dir, "missing")}})
	if !ok || n != 32 {
		t.Errorf("count = %d, %v; want 32", n, ok)
	}
	write(t, dir, "c.warc", "")
	if _, ok := countInputs(context.Background(), &Config{Args: []string{dir}}); ok {
		t.Error("a WARC file's pages can't be counted without reading it")
	}
	if _, ok := countInputs(context.Background(), &Config{FilesFrom: "-"}); ok {
		t.Error("a list on stdin can't be read twice")
	}
}
