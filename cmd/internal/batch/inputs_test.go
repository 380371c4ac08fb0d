package batch

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestMixedInputsFilesDirAndStdin(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "a.html", "page a")
	write(t, dir, "tree/b.html", "page b")
	write(t, dir, "tree/sub/c.txt", "page c")
	write(t, dir, "tree/notes.md", "not a page") // not in the default include
	write(t, dir, "tree/d.HTM", "page d")        // the default globs ignore case
	tree := filepath.Join(dir, "tree")

	o := run(t, context.Background(), Config{Args: []string{a, tree, "-"}}, "from stdin")
	if o.err != nil {
		t.Fatal(o.err)
	}
	want := []string{a, filepath.Join(tree, "b.html"), filepath.Join(tree, "d.HTM"), filepath.Join(tree, "sub", "c.txt"), "-"}
	if got := o.inputs(t); !slices.Equal(got, want) {
		t.Fatalf("inputs = %q, want %q", got, want)
	}
	lines := o.lines(t)
	if lines[4]["title"] != "from stdin" || lines[0]["title"] != "page a" {
		t.Errorf("titles wrong: %v", lines)
	}
	if o.sum.Done != 5 || o.sum.Failed != 0 {
		t.Errorf("summary = %+v", o.sum)
	}
	if !strings.Contains(o.stderr, "artext: 5 done, 0 skipped, 0 failed in ") {
		t.Errorf("no summary line on stderr: %q", o.stderr)
	}
}

func TestInputKeyComesFirst(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "a.html", "x")
	o := run(t, context.Background(), Config{Args: []string{a, a}}, "")
	first := strings.SplitN(o.stdout, "\n", 2)[0]
	if !strings.HasPrefix(first, `{"input":`) {
		t.Fatalf("line does not start with input: %s", first)
	}
	for _, k := range []string{"title", "date", "source", "author", "editor", "breadcrumb", "paragraphs", "url", "lang", "encoding", "invalid_bytes"} {
		if !strings.Contains(first, `"`+k+`":`) {
			t.Errorf("line lacks %q: %s", k, first)
		}
	}
}

func TestGzipInputIsReadTransparently(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "a.html.gz", gz(t, "zipped page"))
	plainNamed := write(t, dir, "b.html", gz(t, "zipped too")) // told by magic, not name
	o := run(t, context.Background(), Config{Args: []string{p, plainNamed}}, "")
	lines := o.lines(t)
	if len(lines) != 2 || lines[0]["title"] != "zipped page" || lines[1]["title"] != "zipped too" {
		t.Fatalf("got %v (stderr %q)", lines, o.stderr)
	}
	// A broken gzip stream is that input's error.
	bad := write(t, dir, "bad.html.gz", "\x1f\x8bnot really gzip")
	o = run(t, context.Background(), Config{Args: []string{bad, p}, ErrorsJSON: true}, "")
	if l := o.lines(t); l[0]["kind"] != "corrupt" || l[1]["title"] != "zipped page" {
		t.Fatalf("got %v", l)
	}
}

func TestUnreadableInputs(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "tree/good.html", "fine")
	// Root reads anything chmod 000, so make a read fail another way too:
	// /proc/self/mem can be opened but reading offset 0 is an I/O error.
	if _, err := os.Stat("/proc/self/mem"); err == nil {
		if err := os.Symlink("/proc/self/mem", filepath.Join(dir, "tree", "mem.html")); err != nil {
			t.Fatal(err)
		}
	}
	locked := write(t, dir, "tree/locked.html", "secret")
	os.Chmod(locked, 0)
	lockedDir := filepath.Join(dir, "tree", "lockeddir")
	write(t, lockedDir, "x.html", "hidden")
	os.Chmod(lockedDir, 0)
	t.Cleanup(func() { os.Chmod(lockedDir, 0o755) })
	root := os.Geteuid() == 0

	o := run(t, context.Background(), Config{Args: []string{filepath.Join(dir, "tree"), filepath.Join(dir, "missing.html")}, ErrorsJSON: true}, "")
	kinds := map[string]string{}
	for _, l := range o.lines(t) {
		if k, ok := l["kind"]; ok {
			kinds[l["input"].(string)] = k.(string)
		}
	}
	if kinds[filepath.Join(dir, "missing.html")] != "not_found" {
		t.Errorf("missing file: kinds = %v", kinds)
	}
	if _, err := os.Stat("/proc/self/mem"); err == nil && kinds[filepath.Join(dir, "tree", "mem.html")] != "unreadable" {
		t.Errorf("I/O error: kinds = %v", kinds)
	}
	if root {
		t.Log("running as root: chmod 000 does not stop reads, skipping those sub-cases")
	} else {
		if kinds[locked] != "unreadable" {
			t.Errorf("chmod 000 file: kinds = %v", kinds)
		}
		if kinds[lockedDir] != "unreadable" {
			t.Errorf("chmod 000 dir: kinds = %v", kinds)
		}
	}
	if !slices.Contains(o.inputs(t), good) {
		t.Errorf("the good page was not extracted: %q", o.stdout)
	}
	if o.sum.Done == 0 || o.sum.Failed < 2 {
		t.Errorf("summary = %+v", o.sum)
	}
}

func TestSymlinkLoopTerminates(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "tree/a.html", "a")
	write(t, dir, "tree/sub/b.html", "b")
	if err := os.Symlink("..", filepath.Join(dir, "tree", "sub", "up")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(".", filepath.Join(dir, "tree", "self")); err != nil {
		t.Fatal(err)
	}
	done := make(chan outcome, 1)
	go func() { done <- run(t, context.Background(), Config{Args: []string{filepath.Join(dir, "tree")}}, "") }()
	o := <-done
	if got := len(o.lines(t)); got != 2 {
		t.Fatalf("got %d pages, want 2: %s", got, o.stdout)
	}
	if strings.Count(o.stderr, "directory loop") != 2 {
		t.Errorf("loops not reported: %q", o.stderr)
	}
	if o.sum.Failed != 0 {
		t.Errorf("a loop is a note, not a failure: %+v", o.sum)
	}
}

func TestSymlinkedDirectoryIsFollowed(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "elsewhere/x.html", "x")
	write(t, dir, "tree/a.html", "a")
	os.Symlink(filepath.Join(dir, "elsewhere"), filepath.Join(dir, "tree", "linked"))
	os.Symlink("nowhere.html", filepath.Join(dir, "tree", "broken.html"))
	o := run(t, context.Background(), Config{Args: []string{filepath.Join(dir, "tree")}, ErrorsJSON: true}, "")
	got := o.inputs(t)
	want := []string{filepath.Join(dir, "tree", "a.html"), filepath.Join(dir, "tree", "broken.html"), filepath.Join(dir, "tree", "linked", "x.html")}
	if !slices.Equal(got, want) {
		t.Fatalf("inputs = %q, want %q", got, want)
	}
	if o.lines(t)[1]["kind"] != "not_found" {
		t.Errorf("broken symlink: %v", o.lines(t)[1])
	}
}

func TestIncludeExclude(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.html", "a")
	write(t, dir, "b.page", "b")
	write(t, dir, "skip/c.page", "c")
	write(t, dir, "keep/d.page", "d")
	write(t, dir, "keep/e.bak.page", "e")
	o := run(t, context.Background(), Config{Args: []string{dir}, Include: []string{"*.page"}, Exclude: []string{"skip", "*.bak.*"}}, "")
	want := []string{filepath.Join(dir, "b.page"), filepath.Join(dir, "keep", "d.page")}
	if got := o.inputs(t); !slices.Equal(got, want) {
		t.Fatalf("inputs = %q, want %q", got, want)
	}
	// A glob with a slash matches the path below the directory argument.
	o = run(t, context.Background(), Config{Args: []string{dir}, Include: []string{"keep/*.page"}}, "")
	if got := len(o.lines(t)); got != 2 {
		t.Fatalf("keep/*.page gave %d pages: %s", got, o.stdout)
	}
	// A file named directly is read whatever the globs.
	o = run(t, context.Background(), Config{Args: []string{filepath.Join(dir, "b.page"), filepath.Join(dir, "a.html")}, Exclude: []string{"*"}}, "")
	if got := len(o.lines(t)); got != 2 {
		t.Fatalf("named files: %d pages", got)
	}
}

func TestFilesFrom(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "a.html", "a")
	write(t, dir, "tree/b.html", "b")
	list := write(t, dir, "list.txt", a+"\r\n\n"+filepath.Join(dir, "tree")+"\n"+filepath.Join(dir, "nope.html")) // CRLF, a blank line, no final newline
	o := run(t, context.Background(), Config{Args: []string{a}, FilesFrom: list, ErrorsJSON: true}, "")
	want := []string{a, a, filepath.Join(dir, "tree", "b.html"), filepath.Join(dir, "nope.html")}
	if got := o.inputs(t); !slices.Equal(got, want) {
		t.Fatalf("inputs = %q, want %q", got, want)
	}
	// The list can come on standard input.
	o = run(t, context.Background(), Config{FilesFrom: "-"}, a+"\n")
	if got := o.inputs(t); !slices.Equal(got, []string{a}) {
		t.Fatalf("list on stdin: %q", got)
	}
	// A missing list is an error of its own; the run goes on.
	o = run(t, context.Background(), Config{Args: []string{a}, FilesFrom: filepath.Join(dir, "nolist")}, "")
	if o.sum.Done != 1 || o.sum.Failed != 1 || !strings.Contains(o.stderr, "nolist: no such file") {
		t.Fatalf("missing list: %+v %q", o.sum, o.stderr)
	}
}

func TestStdinOnlyOnce(t *testing.T) {
	o := run(t, context.Background(), Config{Args: []string{"-", "-"}}, "x")
	if o.sum.Done != 1 || o.sum.Failed != 1 || !strings.Contains(o.stderr, "standard input already used") {
		t.Fatalf("%+v %q", o.sum, o.stderr)
	}
}

func TestHugeDirectoryIsStreamed(t *testing.T) {
	if testing.Short() {
		t.Skip("creates thousands of files")
	}
	dir := t.TempDir()
	n := sortedDirLimit + 50
	for i := range n {
		write(t, dir, fmt.Sprintf("p%05d.html", i), "x")
	}
	o := run(t, context.Background(), Config{Args: []string{dir}, Jobs: 2}, "")
	names := o.inputs(t)
	if len(names) != n {
		t.Fatalf("got %d pages, want %d", len(names), n)
	}
	seen := map[string]bool{}
	for _, s := range names {
		if seen[s] {
			t.Fatalf("%s twice", s)
		}
		seen[s] = true
	}
}

func TestParseBytes(t *testing.T) {
	for in, want := range map[string]int64{"0": 0, "1000": 1000, "64MiB": 64 << 20, "10M": 10 << 20, "500k": 500 << 10, "2GB": 2e9, "3 KiB": 3072} {
		got, err := ParseBytes(in)
		if err != nil || got != want {
			t.Errorf("ParseBytes(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "MiB", "12 parsecs", "-1"} {
		if _, err := ParseBytes(bad); err == nil {
			t.Errorf("ParseBytes(%q) succeeded", bad)
		}
	}
	if s := FormatBytes(64 << 20); s != "64MiB" {
		t.Errorf("FormatBytes = %q", s)
	}
}
