package extract

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// checkPageDates asks a memo for every block's date with the page's now,
// farFuture and a now it does not keep, each twice (the second answer
// comes from the memo), in the order the stages might, and fails on any
// answer that differs from FindDate on the block's text.
func checkPageDates(t *testing.T, text string, now time.Time) {
	t.Helper()
	blocks := textBlocks(text)
	classifyAll(blocks, now) // the roles the stages see; dates do not read them
	m := newPageDates(len(blocks), now)
	other := now.AddDate(-3, 0, 0)
	nows := []time.Time{farFuture, now, other, now.In(time.FixedZone("UTC+8", 8*3600))}
	for round := range 2 {
		for k := range nows {
			for i := range blocks {
				// Odd blocks first on the first round, so that answers
				// kept for one now meet questions about the other.
				j := (i*2 + 1) % max(1, len(blocks))
				if round == 1 {
					j = i
				}
				want := findDateSpan(blocks[j].text, nows[k])
				if got := m.find(blocks, j, nows[k]); got != want {
					t.Fatalf("block %d %q, now %v, round %d: memo %+v, FindDate %+v", j, blocks[j].text, nows[k], round, got, want)
				}
			}
		}
	}
	var nilMemo *pageDates
	for i := range blocks {
		if got, want := nilMemo.find(blocks, i, now), findDateSpan(blocks[i].text, now); got != want {
			t.Fatalf("nil memo, block %d %q: %+v, FindDate %+v", i, blocks[i].text, got, want)
		}
	}
}

// TestPageDatesMatchFindDate runs the blocks of every fixture page both
// ways.
func TestPageDatesMatchFindDate(t *testing.T) {
	files, err := filepath.Glob("../testdata/pages/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixture pages: %v", err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkPageDates(t, string(data), goldenNow)
	}
}

// FuzzPageDates holds pageDates to FindDate on the lines of any text.
func FuzzPageDates(f *testing.F) {
	for _, s := range dateFuzzSeeds {
		f.Add(s)
	}
	f.Add("标题\n2012-06-02 08:30:02 來源:東北網\n正文第一段。\n2012-06-02 08:30:02 來源:東北網\n")
	f.Add("Posted on June 2, 2012\nBody text.\nUpdated 10:21 AM EDT, Fri March 3, 2017\n2026-11-27\n2026-11-26 23:59")
	f.Add("04:10 2018/09/14\n新闻标题\n04:11 2018/09/14\n\xff\xfe2012-06-02\n")
	f.Add("")
	f.Add("\n\n\n")
	f.Fuzz(func(t *testing.T, s string) {
		checkPageDates(t, s, goldenNow)
	})
}
