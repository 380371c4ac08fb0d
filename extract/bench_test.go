//go:build unix

package extract_test

// Benchmarks of the whole pipeline against the floor that any extractor
// built on x/net/html pays: charset decoding plus html.Parse of the same
// bytes.
//
// The pages are everything in testdata/pages and, when the shared
// evaluation corpus is checked out next to the repository
// (../shared/corpus from the repository root), a fixed sample of it: every
// 4th page of each kind by sorted set/name, at most 150 of each kind. HTML
// pages come from the HTML sets, text dumps from the -txt sets.
//
// One benchmark op is one page: each iteration runs a whole pass over the
// sample, and ns/op, B/op and allocs/op are then reported per page (the
// mean over whole passes, so every page weighs the same whatever b.N is).
// MB/s is the throughput over the pass. Besides the wall time (ns/op),
// cpu-ns/op is the CPU time the process spent per page (getrusage, all
// threads, so GC work counts): on a machine shared with other jobs the wall
// time measures the queue for a CPU as well, the CPU time much less so.
// Run them on one core (GOMAXPROCS=1), with .ci/bench or:
//
//	go test ./extract/ -run '^$' -bench 'Extract|Floor' -benchmem -cpu 1
//
// With ARTEXT_BENCH_PAGES=1, TestPerPageFloorRatio times every HTML page
// on its own (CPU time), extraction and floor, and logs the distribution
// of the per-page ratio extraction ÷ floor (the figure the speed target is
// set on: median page ≤ 2.0). Without it that test is skipped.
//
// The file is unix-only for getrusage; the benchmarks are a tool for
// developers, not part of the tests.

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/artext/artext/extract"
)

// benchNow is the fixed "today" of the benchmarks, so that the future-date
// checks take the same path whatever the date.
var benchNow = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)

const (
	// benchCorpusStride takes every n-th corpus page of a kind.
	benchCorpusStride = 4
	// benchCorpusCap bounds the corpus sample of each kind.
	benchCorpusCap = 150
)

type benchPage struct {
	name string
	data []byte
}

type benchSample struct {
	html, text       []benchPage
	htmlSize, textSz int64
	err              error
}

var (
	benchOnce sync.Once
	benchSet  benchSample
)

// benchCorpusDir is the shared corpus, ARTEXT_BENCH_CORPUS when set.
func benchCorpusDir() string {
	if d := os.Getenv("ARTEXT_BENCH_CORPUS"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "shared", "corpus")
}

// loadBenchPages reads the sample once per test binary.
func loadBenchPages(tb testing.TB) *benchSample {
	tb.Helper()
	benchOnce.Do(func() { benchSet = readBenchPages() })
	if benchSet.err != nil {
		tb.Fatal(benchSet.err)
	}
	return &benchSet
}

func readBenchPages() benchSample {
	var s benchSample
	add := func(path string, text bool) error {
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		p := benchPage{name: path, data: data}
		if text {
			s.text = append(s.text, p)
			s.textSz += int64(len(data))
		} else {
			s.html = append(s.html, p)
			s.htmlSize += int64(len(data))
		}
		return nil
	}

	local, err := filepath.Glob(filepath.Join("..", "testdata", "pages", "*"))
	if err != nil {
		return benchSample{err: err}
	}
	sort.Strings(local)
	for _, p := range local {
		switch filepath.Ext(p) {
		case ".html":
			err = add(p, false)
		case ".txt":
			err = add(p, true)
		}
		if err != nil {
			return benchSample{err: err}
		}
	}

	htmlPaths, textPaths, err := corpusPages(benchCorpusDir())
	if err != nil {
		return benchSample{err: err}
	}
	for _, list := range []struct {
		paths []string
		text  bool
	}{{htmlPaths, false}, {textPaths, true}} {
		taken := 0
		for i := 0; i < len(list.paths) && taken < benchCorpusCap; i += benchCorpusStride {
			if err := add(list.paths[i], list.text); err != nil {
				return benchSample{err: err}
			}
			taken++
		}
	}
	if len(s.html) == 0 || len(s.text) == 0 {
		return benchSample{err: fmt.Errorf("bench sample: %d HTML pages, %d text dumps", len(s.html), len(s.text))}
	}
	return s
}

// corpusPages lists the corpus pages of each kind, sorted by set then name.
// A missing corpus gives no pages and no error.
func corpusPages(dir string) (htmlPaths, textPaths []string, err error) {
	sets, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	for _, set := range sets { // ReadDir sorts by name
		if !set.IsDir() {
			continue
		}
		text := strings.HasSuffix(set.Name(), "-txt")
		ext := ".html"
		if text {
			ext = ".txt"
		}
		files, err := os.ReadDir(filepath.Join(dir, set.Name()))
		if err != nil {
			return nil, nil, err
		}
		for _, f := range files {
			if f.IsDir() || filepath.Ext(f.Name()) != ext {
				continue
			}
			p := filepath.Join(dir, set.Name(), f.Name())
			if text {
				textPaths = append(textPaths, p)
			} else {
				htmlPaths = append(htmlPaths, p)
			}
		}
	}
	return htmlPaths, textPaths, nil
}

// extractPage is the measured work of the extraction benchmarks.
func extractPage(data []byte) {
	extract.Extract(data, extract.Options{Now: benchNow})
}

// floorPage is the measured work of the floor: decoding and parsing, and
// nothing else.
func floorPage(data []byte) {
	dec, err := extract.Decode(data, extract.DecodeOptions{HTML: true})
	if err != nil {
		return
	}
	html.Parse(strings.NewReader(dec.Text))
}

// cpuTime is the CPU time the process has used, user and system, over all
// its threads.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// On unix the growth tests time their runs in CPU time too.
func init() { growthClock = cpuTime }

// benchPass runs fn over every page b.N times and reports time (wall and
// CPU) and allocations per page.
func benchPass(b *testing.B, pages []benchPage, size int64, fn func([]byte)) {
	b.ReportAllocs()
	b.SetBytes(size) // one op is a pass: MB/s is exact
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	b.ResetTimer()
	cpu0 := cpuTime()
	for range b.N {
		for _, p := range pages {
			fn(p.data)
		}
	}
	cpu := cpuTime() - cpu0
	b.StopTimer()
	runtime.ReadMemStats(&after)
	n := float64(b.N) * float64(len(pages))
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/n, "ns/op")
	b.ReportMetric(float64(cpu.Nanoseconds())/n, "cpu-ns/op")
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/n, "allocs/op")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/n, "B/op")
	b.ReportMetric(float64(len(pages)), "pages")
}

func BenchmarkExtractHTML(b *testing.B) {
	s := loadBenchPages(b)
	checkBenchPages(b, s)
	benchPass(b, s.html, s.htmlSize, extractPage)
}

func BenchmarkFloorHTML(b *testing.B) {
	s := loadBenchPages(b)
	benchPass(b, s.html, s.htmlSize, floorPage)
}

func BenchmarkExtractText(b *testing.B) {
	s := loadBenchPages(b)
	checkBenchPages(b, s)
	benchPass(b, s.text, s.textSz, extractPage)
}

// checkBenchPages logs, once per test binary, the sample pages on which
// Extract fails other than by finding no article: on those the benchmark
// measures an early exit rather than the whole pipeline.
var checkBenchOnce sync.Once

func checkBenchPages(b *testing.B, s *benchSample) {
	checkBenchOnce.Do(func() {
		bad := 0
		for _, list := range [][]benchPage{s.html, s.text} {
			for _, p := range list {
				if _, err := extract.Extract(p.data, extract.Options{Now: benchNow}); err != nil && !errors.Is(err, extract.ErrNoArticle) {
					b.Logf("%s: %v", p.name, err)
					bad++
				}
			}
		}
		b.Logf("sample: %d HTML pages (%d bytes), %d text dumps (%d bytes), %d failing", len(s.html), s.htmlSize, len(s.text), s.textSz, bad)
	})
}

// minCPU is the CPU time of one run of fn on data: the least over at least
// 3 batches, each batch enough runs to take about 2ms, and at least 20ms
// spent in all.
func minCPU(fn func([]byte), data []byte) time.Duration {
	t0 := cpuTime()
	fn(data)
	one := max(cpuTime()-t0, time.Microsecond)
	k := max(1, int(2*time.Millisecond/one))
	best := time.Duration(1<<63 - 1)
	var spent time.Duration
	for i := 0; i < 3 || spent < 20*time.Millisecond && i < 50; i++ {
		t0 := cpuTime()
		for range k {
			fn(data)
		}
		d := cpuTime() - t0
		spent += d
		best = min(best, d/time.Duration(k))
	}
	return best
}

// TestPerPageFloorRatio times each HTML page of the sample alone (CPU
// time, see minCPU) and logs the distribution of extraction ÷ floor. It is a measurement, not a test:
// it runs only with ARTEXT_BENCH_PAGES=1 and never fails on a ratio.
func TestPerPageFloorRatio(t *testing.T) {
	if os.Getenv("ARTEXT_BENCH_PAGES") == "" {
		t.Skip("set ARTEXT_BENCH_PAGES=1 to time the sample page by page")
	}
	s := loadBenchPages(t)
	type pageRatio struct {
		name       string
		size       int
		ext, floor time.Duration
		ratio      float64
	}
	var rs []pageRatio
	for _, p := range s.html {
		runtime.GC()
		extractPage(p.data) // warm up
		floorPage(p.data)
		f := minCPU(floorPage, p.data)
		e := minCPU(extractPage, p.data)
		rs = append(rs, pageRatio{name: p.name, size: len(p.data), ext: e, floor: f, ratio: float64(e) / float64(f)})
	}
	slices.SortFunc(rs, func(a, b pageRatio) int {
		switch {
		case a.ratio < b.ratio:
			return -1
		case a.ratio > b.ratio:
			return 1
		}
		return strings.Compare(a.name, b.name)
	})
	q := func(f float64) float64 { return rs[int(f*float64(len(rs)-1)+0.5)].ratio }
	var sumE, sumF time.Duration
	for _, r := range rs {
		sumE += r.ext
		sumF += r.floor
	}
	var out bytes.Buffer
	fmt.Fprintf(&out, "per-page HTML extraction ÷ floor, CPU time, over %d pages (GOMAXPROCS=%d)\n", len(rs), runtime.GOMAXPROCS(0))
	fmt.Fprintf(&out, "PAGERATIO median %.3f p10 %.3f p90 %.3f max %.3f sum %.3f\n",
		q(0.5), q(0.1), q(0.9), rs[len(rs)-1].ratio, float64(sumE)/float64(sumF))
	// The target is about real pages: the corpus sample alone,
	// without the small hand-written fixtures whose fixed costs weigh more.
	var corpus []float64
	for _, r := range rs {
		if !strings.Contains(filepath.ToSlash(r.name), "testdata/pages/") {
			corpus = append(corpus, r.ratio) // rs is sorted: so is corpus
		}
	}
	if len(corpus) > 0 {
		fmt.Fprintf(&out, "CORPUSRATIO median %.3f over %d corpus pages\n", corpus[(len(corpus)-1)/2], len(corpus))
	}
	exts, floors := make([]time.Duration, len(rs)), make([]time.Duration, len(rs))
	for i, r := range rs {
		exts[i], floors[i] = r.ext, r.floor
	}
	slices.Sort(exts)
	slices.Sort(floors)
	fmt.Fprintf(&out, "PAGETIME median extract %v floor %v\n", exts[len(exts)/2], floors[len(floors)/2])
	fmt.Fprintf(&out, "slowest pages relative to the floor:\n")
	for i := len(rs) - 1; i >= 0 && i >= len(rs)-5; i-- {
		r := rs[i]
		fmt.Fprintf(&out, "  %.2f  %8d B  extract %v  floor %v  %s\n", r.ratio, r.size, r.ext, r.floor, r.name)
	}
	t.Log("\n" + out.String())
}
