package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"
)

// TestPutBlocksClears: a slice given back to the pool must hold no block
// any more, so that the pool keeps no page's text alive.
func TestPutBlocksClears(t *testing.T) {
	b := getBlocks(4)
	b = append(b, newBlock("第一段正文。"), newBlock("second line"))
	putBlocks(b)
	for i, bl := range b {
		if !reflect.DeepEqual(bl, block{}) {
			t.Errorf("block %d after putBlocks = %+v, want the zero block", i, bl)
		}
	}
	if got := getBlocks(1 << 20); cap(got) < 1<<20 || len(got) != 0 {
		t.Errorf("getBlocks(1<<20) = len %d cap %d, want an empty slice with room", len(got), cap(got))
	}
}

// TestPooledBlocksHoldNoText: once Extract has returned, the block slice
// it gives back holds no block of the page, and no other page's work can
// have been handed a slice still in use (it goes back only when done).
func TestPooledBlocksHoldNoText(t *testing.T) {
	page := []byte("首页 > 新闻\n\n标题在这里\n\n第一段正文，讲了一件事。\n第二段正文，又讲了一件事。\n")
	checked := false
	for range 5 {
		if _, err := Extract(page, Options{}); err != nil {
			t.Fatal(err)
		}
		p, ok := blockBuffers.Get().(*[]block)
		if !ok {
			continue // the collector emptied the pool in between
		}
		checked = true
		for i, bl := range (*p)[:cap(*p)] {
			if !reflect.DeepEqual(bl, block{}) {
				t.Fatalf("pooled block %d = %+v after Extract returned, want the zero block", i, bl)
			}
		}
	}
	if !checked {
		t.Skip("the pool was emptied by the collector every time")
	}
}

// TestConcurrentTextExtraction runs the text and HTML fixtures through
// Extract from several goroutines at once, in different orders, against
// the results of one goroutine: the recycled block slices and page
// scratch must never be shared between two pages in flight. (CI runs it
// under the race detector too.)
func TestConcurrentTextExtraction(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "pages", "*.txt"))
	html, _ := filepath.Glob(filepath.Join("..", "testdata", "pages", "*.html"))
	files = append(files, html...)
	if err != nil || len(files) == 0 {
		t.Fatalf("no text fixtures: %v", err)
	}
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	pages := make([][]byte, len(files))
	want := make([]*Article, len(files))
	for i, f := range files {
		if pages[i], err = os.ReadFile(f); err != nil {
			t.Fatal(err)
		}
		want[i], _ = Extract(pages[i], Options{Now: now})
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := range 3 {
				for k := range pages {
					i := (k*(g+1) + round) % len(pages)
					got, _ := Extract(pages[i], Options{Now: now})
					if !reflect.DeepEqual(got, want[i]) {
						t.Errorf("%s extracted beside other pages differs from alone", files[i])
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}

// scratchIsClear reports whether every array of s is zero up to its
// capacity and its memos point nowhere: what a scratch in the pool must be.
func scratchIsClear(s *pageScratch) bool {
	for _, v := range s.labels[:cap(s.labels)] {
		if v != nil {
			return false
		}
	}
	for _, v := range s.dates.found[:cap(s.dates.found)] {
		if v != (foundDate{}) {
			return false
		}
	}
	return !slices.ContainsFunc(s.dateState[:cap(s.dateState)], func(v int32) bool { return v != 0 }) &&
		!slices.ContainsFunc(s.memo.score[:cap(s.memo.score)], func(v float64) bool { return v != 0 }) &&
		!slices.ContainsFunc(s.memo.dated[:cap(s.memo.dated)], func(v int8) bool { return v != 0 }) &&
		!slices.ContainsFunc(s.memo.run[:cap(s.memo.run)], func(v int) bool { return v != 0 }) &&
		!slices.ContainsFunc(s.teaser[:cap(s.teaser)], func(v int) bool { return v != 0 }) &&
		s.memo.dates == nil && s.dates.now.IsZero()
}

// TestPutScratchClears: a scratch given back to the pool holds no label,
// date or score of its page, and one taken from the pool starts empty.
func TestPutScratchClears(t *testing.T) {
	blocks := textBlocks("首页 > 新闻\n标题在这里\n2024-05-01 10:00 来源：新华社 作者：张三\n第一段正文，讲了一件事。\nsecond line.\n")
	s := getScratch(len(blocks), testNow)
	labels := classifyAllInto(blocks, testNow, s.labels)
	for i := range blocks {
		labels.of(blocks, i)
		s.dates.find(blocks, i, farFuture)
		s.memo.isDated(blocks, i)
	}
	s.memo.scoreAll(blocks)
	body := textBodyBlocksMemo(blocks, &s.memo, -1)
	endAtTeaserListIn(blocks, body, false, &s.teaser)
	if len(s.dates.found) == 0 || len(s.memo.run) == 0 || cap(s.teaser) == 0 || labels[2] == nil {
		t.Fatalf("the page filled no memo: found %v, labels %v", s.dates.found, labels)
	}
	putScratch(s)
	if !scratchIsClear(s) {
		t.Fatalf("scratch after putScratch = %+v, want it cleared", s)
	}
	again := getScratch(len(blocks)+3, testNow)
	if len(again.labels) != len(blocks)+3 || len(again.dates.state[0]) != len(blocks)+3 || len(again.memo.score) != len(blocks)+3 {
		t.Errorf("getScratch(%d) = %d labels, %d dates, %d scores", len(blocks)+3, len(again.labels), len(again.dates.state[0]), len(again.memo.score))
	}
	again.dates.now, again.memo.dates = time.Time{}, nil
	if !scratchIsClear(again) {
		t.Errorf("scratch from getScratch = %+v, want it empty", again)
	}
}

// TestPooledScratchHoldsNoText: once Extract has returned, on a dump and
// on HTML, the scratch it gives back holds nothing of the page.
func TestPooledScratchHoldsNoText(t *testing.T) {
	pages := [][]byte{
		[]byte("首页 > 新闻\n\n标题在这里\n\n2024-05-01 10:00 来源：新华社\n第一段正文，讲了一件事。\n第二段正文，又讲了一件事。\n"),
		[]byte("<html><body><h1>标题在这里</h1><p>来源：新华社 2024-05-01</p><p>第一段正文，讲了一件事。</p></body></html>"),
	}
	checked := false
	for range 5 {
		for _, page := range pages {
			if _, err := Extract(page, Options{}); err != nil {
				t.Fatal(err)
			}
			s, ok := scratchPool.Get().(*pageScratch)
			if !ok {
				continue // the collector emptied the pool in between
			}
			checked = true
			if !scratchIsClear(s) {
				t.Fatalf("pooled scratch after Extract returned = %+v, want it cleared", s)
			}
		}
	}
	if !checked {
		t.Skip("the pool was emptied by the collector every time")
	}
}
