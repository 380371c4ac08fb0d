package extract

import (
	"os"
	"path/filepath"
	"reflect"
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

// TestConcurrentTextExtraction runs the text fixtures through Extract from
// several goroutines at once, in different orders, against the results of
// one goroutine: the recycled block slices must never be shared between
// two pages in flight. (CI runs it under the race detector too.)
func TestConcurrentTextExtraction(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "pages", "*.txt"))
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
