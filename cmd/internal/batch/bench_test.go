package batch

import (
	"context"
	"fmt"
	"io"
	"os"
	"testing"

	"github.com/artext/artext/extract"
)

// BenchmarkRun runs the whole batch (walk, read, extract, encode, ordered
// write to a discarding stdout) over the folder named by ARTEXT_BENCH_PAGES,
// at -j 1 and -j 2, so that pprof and the trace tool can show what of the
// runner is serial. One op is one run over the folder; pages/s is reported.
// GOGC=400 matches what the command sets for a batch.
//
//	GOGC=400 ARTEXT_BENCH_PAGES=/tmp/pages go test ./cmd/internal/batch -run '^$' -bench Run -count 5
func BenchmarkRun(b *testing.B) {
	dir := os.Getenv("ARTEXT_BENCH_PAGES")
	if dir == "" {
		b.Skip("ARTEXT_BENCH_PAGES names no folder of pages")
	}
	for _, jobs := range []int{1, 2} {
		for _, outDir := range []bool{false, true} {
			name := fmt.Sprintf("j%d/stdout", jobs)
			if outDir {
				name = fmt.Sprintf("j%d/outdir", jobs)
			}
			b.Run(name, func(b *testing.B) {
				var pages int
				for b.Loop() {
					cfg := Config{Extract: extract.Extract, Args: []string{dir}, Jobs: jobs, Quiet: true, Stdout: io.Discard, Stderr: io.Discard}
					if outDir {
						cfg.OutDir = b.TempDir()
					}
					sum, err := Run(context.Background(), cfg)
					if err != nil {
						b.Fatal(err)
					}
					pages = sum.Done + sum.Failed
				}
				b.ReportMetric(float64(pages)*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
			})
		}
	}
}
