//go:build unix

package cli

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// TestSIGTERMSubprocess builds the real binary and stops it with SIGTERM in
// the middle of a batch: it must exit 130 and leave no temporary file and
// no partial JSON. The "slow path" is a FIFO named last: opening it blocks
// until a writer comes, which never happens, so the run is reliably still
// going when the signal arrives.
func TestSIGTERMSubprocess(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "artext")
	build := exec.Command("go", "build", "-o", bin, "github.com/artext/artext/cmd/artext")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	const n = 200
	for i := range n {
		// Half are empty (an "empty" error record on stdout, which tells
		// the test how far the run got), half look like pages.
		content := ""
		if i%2 == 0 {
			content = fmt.Sprintf("<html><head><title>Page %d</title></head><body><p>Paragraph of page %d.</p></body></html>", i, i)
		}
		mkfile(t, dir, fmt.Sprintf("in/p%03d.html", i), content)
	}
	fifo := filepath.Join(dir, "slow.html")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	out := filepath.Join(dir, "out")
	c := exec.Command(bin, "-j", "2", "--errors-json", "-o", out, filepath.Join(dir, "in"), fifo)
	stdout, _ := c.StdoutPipe()
	var stderr strings.Builder
	c.Stderr = &stderr
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait until half the pages before the FIFO are handled: error records
	// on stdout plus .json files under out (which of the two a page gives
	// depends on the extractor, not on what is tested here).
	var lines atomic.Int64
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines.Add(1)
		}
	}()
	deadline := time.Now().Add(60 * time.Second)
	for {
		entries, _ := filepath.Glob(filepath.Join(out, "*.json"))
		if int(lines.Load())+len(entries) >= n/2 {
			break
		}
		if time.Now().After(deadline) {
			c.Process.Kill()
			t.Fatalf("the run never got through the inputs; stderr %s", stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond)
	if err := c.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	waited := make(chan error, 1)
	go func() { waited <- c.Wait() }()
	var err error
	select {
	case err = <-waited:
	case <-time.After(20 * time.Second):
		c.Process.Kill()
		t.Fatal("no exit 20s after SIGTERM")
	}
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != ExitInterrupted {
		t.Fatalf("exit: %v, want code %d; stderr %s", err, ExitInterrupted, stderr.String())
	}
	if !strings.Contains(stderr.String(), "(interrupted)") {
		t.Errorf("stderr %q", stderr.String())
	}
	checkOutDir(t, out, n+1)
	entries, _ := os.ReadDir(out)
	t.Logf("%d outputs before the signal", len(entries))
}
