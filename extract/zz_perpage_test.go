package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"
)

func TestZZPerPageText(t *testing.T) {
	if os.Getenv("ZZ") == "" {
		t.Skip()
	}
	var files []string
	loc, _ := filepath.Glob("../testdata/pages/*.txt")
	files = append(files, loc...)
	cor, _ := filepath.Glob("/work/shared/corpus/*-txt/*.txt")
	files = append(files, cor...)
	type r struct {
		f   string
		n   int
		dur time.Duration
	}
	var rs []r
	var tot time.Duration
	var totb int
	for _, f := range files {
		data, _ := os.ReadFile(f)
		best := time.Hour
		for k := 0; k < 7; k++ {
			t0 := time.Now()
			Extract(data, Options{})
			if d := time.Since(t0); d < best {
				best = d
			}
		}
		rs = append(rs, r{f, len(data), best})
		tot += best
		totb += len(data)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].dur > rs[j].dur })
	fmt.Printf("total %d bytes %v  %.1f MB/s\n", totb, tot, float64(totb)/tot.Seconds()/1e6)
	for _, x := range rs[:25] {
		fmt.Printf("%8v %7d %6.1f MB/s %s\n", x.dur, x.n, float64(x.n)/x.dur.Seconds()/1e6, x.f)
	}
	sort.Slice(rs, func(i, j int) bool {
		return float64(rs[i].n)/rs[i].dur.Seconds() < float64(rs[j].n)/rs[j].dur.Seconds()
	})
	fmt.Println("slowest per byte")
	for _, x := range rs[:20] {
		fmt.Printf("%8v %7d %6.1f MB/s %s\n", x.dur, x.n, float64(x.n)/x.dur.Seconds()/1e6, x.f)
	}
}
