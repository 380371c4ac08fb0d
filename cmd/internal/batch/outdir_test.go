package batch

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestOutputName(t *testing.T) {
	for in, want := range map[string]string{
		"a.html":          "a.json",
		"a.html.gz":       "a.json",
		"A.HTML.GZ":       "A.json",
		"sub/page.shtml":  filepath.Join("sub", "page.json"),
		"noext":           "noext.json",
		".hidden":         ".hidden.json",
		"v1.2/x.y.z.html": filepath.Join("v1.2", "x.y.z.json"),
	} {
		if got := outputName(filepath.FromSlash(in)); got != want {
			t.Errorf("outputName(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"crawl.warc.gz": "crawl", "x/c.WARC": filepath.Join("x", "c")} {
		if got := warcOutputDir(filepath.FromSlash(in)); got != want {
			t.Errorf("warcOutputDir(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOutDirNames(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "in/a.html", "a")
	write(t, dir, "in/tree/b.htm", "b")
	write(t, dir, "in/tree/deep/c.txt.gz", gz(t, "c"))
	out := filepath.Join(dir, "out")
	o := run(t, context.Background(), Config{Args: []string{a, filepath.Join(dir, "in", "tree"), "-"}, OutDir: out}, "s")
	if o.err != nil || o.sum.Done != 4 {
		t.Fatalf("%v %+v %q", o.err, o.sum, o.stderr)
	}
	if o.stdout != "" {
		t.Errorf("-o wrote to stdout: %q", o.stdout)
	}
	files := jsonFiles(t, out)
	for _, name := range []string{"a.json", "b.json", "deep/c.json", "stdin.json"} {
		if files[name] == nil {
			t.Errorf("%s missing; have %v", name, files)
		}
	}
	if files["deep/c.json"]["input"] != filepath.Join(dir, "in", "tree", "deep", "c.txt.gz") || files["deep/c.json"]["title"] != "c" {
		t.Errorf("deep/c.json = %v", files["deep/c.json"])
	}
	if len(files) != 4 {
		t.Errorf("extra outputs: %v", files)
	}
}

func TestKeepPaths(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	write(t, dir, "x/a.html", "a")
	write(t, dir, "y/a.html", "a2")
	write(t, dir, "tree/b.html", "b")
	abs := write(t, dir, "abs/c.html", "c")
	o := run(t, context.Background(), Config{Args: []string{"x/a.html", "y/a.html", "tree", abs}, OutDir: "out", KeepPaths: true}, "")
	if o.sum.Done != 4 {
		t.Fatalf("%+v %q", o.sum, o.stderr)
	}
	files := jsonFiles(t, "out")
	absRel := strings.TrimLeft(filepath.ToSlash(filepath.Join(dir, "abs", "c.json")), "/")
	for _, name := range []string{"x/a.json", "y/a.json", "tree/b.json", absRel} {
		if files[name] == nil {
			t.Errorf("%s missing; have %v", name, files)
		}
	}
}

func TestNothingIsWrittenOutsideOutDir(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(filepath.Join(dir))
	outside := filepath.Join(dir, "outside")
	os.MkdirAll(outside, 0o755)
	target := write(t, outside, "victim.json", "precious")
	out := filepath.Join(dir, "work", "out")
	os.MkdirAll(out, 0o755)
	// A symlink inside DIR pointing out, where a page from a directory
	// argument would go...
	os.Symlink(outside, filepath.Join(out, "sub"))
	write(t, dir, "work/in/sub/page.html", "p")
	// ...and one where a file's output would go.
	os.Symlink(target, filepath.Join(out, "victim.json"))
	write(t, dir, "work/victim.html", "v")
	// Paths that climb out, and an absolute one.
	write(t, dir, "evil.html", "e")
	t.Chdir(filepath.Join(dir, "work"))

	o := run(t, context.Background(), Config{Args: []string{"in", "victim.html", "../evil.html"}, OutDir: "out", ErrorsJSON: true}, "")
	kinds := map[string]string{}
	for _, l := range o.lines(t) {
		if k, ok := l["kind"]; ok {
			kinds[l["input"].(string)] = k.(string)
		}
	}
	if kinds[filepath.Join("in", "sub", "page.html")] != "unsafe_path" || kinds["victim.html"] != "unsafe_path" {
		t.Errorf("kinds = %v (stdout %s)", kinds, o.stdout)
	}
	if _, ok := kinds["../evil.html"]; ok {
		t.Errorf("../evil.html should go to out/evil.json: %v", kinds)
	}
	if data, _ := os.ReadFile(target); string(data) != "precious" {
		t.Errorf("victim overwritten: %q", data)
	}
	if entries, _ := os.ReadDir(outside); len(entries) != 1 {
		t.Errorf("files appeared outside: %v", entries)
	}
	if _, err := os.Stat(filepath.Join("out", "evil.json")); err != nil {
		t.Errorf("../evil.html not written by base name: %v", err)
	}

	// With --keep-paths, a path with .. has no place under DIR, and an
	// absolute one is taken relative (its leading / dropped).
	abs := filepath.Join(dir, "evil.html")
	o = run(t, context.Background(), Config{Args: []string{"../evil.html", abs}, OutDir: "out2", KeepPaths: true, ErrorsJSON: true}, "")
	lines := o.lines(t)
	if len(lines) != 1 || lines[0]["kind"] != "unsafe_path" {
		t.Fatalf("--keep-paths ../: %v", lines)
	}
	if _, err := os.Stat(filepath.Join("out2", strings.TrimLeft(filepath.Join(dir, "evil.json"), "/"))); err != nil {
		t.Errorf("absolute path not kept inside out2: %v", err)
	}
	if tmp := tmpFiles(t, dir); len(tmp) != 0 {
		t.Errorf("temporary files left: %v", tmp)
	}
}

func TestSkipExisting(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	write(t, in, "fresh.html", "fresh")
	write(t, in, "stale.html", "stale")
	out := filepath.Join(dir, "out")
	write(t, out, "fresh.json", `{"kept":true}`)
	write(t, out, "stale.json", `{"kept":true}`)
	old := time.Now().Add(-time.Hour)
	// fresh.json is newer than its input; stale.json older than its.
	os.Chtimes(filepath.Join(in, "fresh.html"), old, old)
	os.Chtimes(filepath.Join(out, "stale.json"), old.Add(-time.Hour), old.Add(-time.Hour))

	o := run(t, context.Background(), Config{Args: []string{in}, OutDir: out, SkipExisting: true}, "")
	if o.sum.Done != 1 || o.sum.Skipped != 1 || o.sum.Failed != 0 {
		t.Fatalf("summary %+v", o.sum)
	}
	if !strings.Contains(o.stderr, "1 done, 1 skipped, 0 failed") {
		t.Errorf("summary line: %q", o.stderr)
	}
	files := jsonFiles(t, out)
	if files["fresh.json"]["kept"] != true {
		t.Errorf("fresh output was rewritten: %v", files["fresh.json"])
	}
	if files["stale.json"]["title"] != "stale" {
		t.Errorf("stale output not rewritten: %v", files["stale.json"])
	}
	// Without the flag, everything is rewritten.
	o = run(t, context.Background(), Config{Args: []string{in}, OutDir: out}, "")
	if o.sum.Done != 2 || jsonFiles(t, out)["fresh.json"]["title"] != "fresh" {
		t.Fatalf("%+v", o.sum)
	}
}

func TestDuplicateOutputNames(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "in/a.html", "first")
	write(t, dir, "in/a.htm", "second")
	other := write(t, dir, "other/a.txt", "third")
	out := filepath.Join(dir, "out")
	o := run(t, context.Background(), Config{Args: []string{filepath.Join(dir, "in"), other}, OutDir: out, Jobs: 4}, "")
	if o.sum.Done != 1 || o.sum.Failed != 2 {
		t.Fatalf("summary %+v, stderr %q", o.sum, o.stderr)
	}
	// Walk order is by name: a.htm comes before a.html, so a.htm wins.
	if got := jsonFiles(t, out)["a.json"]["title"]; got != "second" {
		t.Errorf("a.json holds %v", got)
	}
	if strings.Count(o.stderr, "already written for an earlier input") != 2 {
		t.Errorf("stderr %q", o.stderr)
	}
}

func TestOutputThatIsADirectoryFailsCleanly(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "a.html", "a")
	out := filepath.Join(dir, "out")
	os.MkdirAll(filepath.Join(out, "a.json"), 0o755)
	o := run(t, context.Background(), Config{Args: []string{a}, OutDir: out, ErrorsJSON: true}, "")
	if l := o.lines(t); len(l) != 1 || l[0]["kind"] != "write" {
		t.Fatalf("%v", l)
	}
	if tmp := tmpFiles(t, out); len(tmp) != 0 {
		t.Errorf("temporary files left: %v", tmp)
	}
}

func TestOutDirIsAFile(t *testing.T) {
	dir := t.TempDir()
	f := write(t, dir, "file", "")
	o := run(t, context.Background(), Config{Args: []string{"-"}, OutDir: f}, "x")
	if _, ok := o.err.(*FatalError); !ok {
		t.Fatalf("err = %v", o.err)
	}
}

func TestOutputNeverReplacesItsInput(t *testing.T) {
	dir := t.TempDir()
	in := write(t, dir, "page.json", "raw")
	o := run(t, context.Background(), Config{Args: []string{dir}, Include: []string{"*.json"}, OutDir: dir, ErrorsJSON: true}, "")
	if l := o.lines(t); len(l) != 1 || l[0]["kind"] != "unsafe_path" {
		t.Fatalf("%v", l)
	}
	if data, _ := os.ReadFile(in); string(data) != "raw" {
		t.Errorf("input overwritten: %q", data)
	}
}
