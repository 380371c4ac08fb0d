package cli

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/artext/artext/extract"
)

// fake stands in for the extractor so these tests check the command line,
// not extraction: "" is empty, "BINARY…" binary, "SLEEP d" sleeps, anything
// else is an article titled with the text.
func fake(data []byte, opts extract.Options) (*extract.Article, error) {
	s := strings.TrimSpace(string(data))
	switch {
	case s == "":
		return nil, fmt.Errorf("fake: %w", extract.ErrEmpty)
	case strings.HasPrefix(s, "BINARY"):
		return nil, fmt.Errorf("fake: %w", extract.ErrBinary)
	case strings.HasPrefix(s, "SLEEP "):
		d, _ := time.ParseDuration(strings.Fields(s)[1])
		time.Sleep(d)
	}
	return &extract.Article{Title: s, URL: opts.URL, Breadcrumb: []string{}, Paragraphs: []string{}}, nil
}

// result is one in-process run of the command.
type result struct {
	code           int
	stdout, stderr string
}

// cmd runs the command in-process with the fake extractor.
func cmd(t *testing.T, ctx context.Context, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(ctx, fake, args, strings.NewReader(stdin), &out, &errb)
	return result{code, out.String(), errb.String()}
}

// mainCmd runs the real command, extractor included, through Main.
func mainCmd(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(args, strings.NewReader(stdin), &out, &errb)
	return result{code, out.String(), errb.String()}
}

func (r result) lines(t *testing.T) []map[string]any {
	t.Helper()
	var out []map[string]any
	sc := bufio.NewScanner(strings.NewReader(r.stdout))
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("not JSON Lines: %q: %v", sc.Text(), err)
		}
		out = append(out, m)
	}
	return out
}

func (r result) inputs(t *testing.T) []string {
	var s []string
	for _, l := range r.lines(t) {
		s = append(s, fmt.Sprint(l["input"]))
	}
	return s
}

func mkfile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	os.MkdirAll(filepath.Dir(p), 0o755)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func gzipped(s string) string {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.String()
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	ok := mkfile(t, dir, "ok.html", "fine")
	empty := mkfile(t, dir, "empty.html", "")
	binary := mkfile(t, dir, "bin.html", "BINARY")
	for _, tc := range []struct {
		name  string
		stdin string
		args  []string
		want  int
	}{
		{"one page", "", []string{ok}, ExitOK},
		{"stdin page", "hello", nil, ExitOK},
		{"all ok", "", []string{ok, ok}, ExitOK},
		{"some failed", "", []string{ok, empty}, ExitSomeFailed},
		{"all failed", "", []string{empty, binary}, ExitAllFailed},
		{"one missing", "", []string{filepath.Join(dir, "nope")}, ExitAllFailed},
		{"empty dir", "", []string{t.TempDir()}, ExitOK},
		{"unknown flag", "", []string{"--frobnicate"}, ExitUsage},
		{"bad kind", "", []string{"--kind", "pdf", ok}, ExitUsage},
		{"bad max-bytes", "", []string{"--max-bytes", "lots", ok}, ExitUsage},
		{"bad jobs", "", []string{"-j", "-3", ok}, ExitUsage},
		{"bad timeout", "", []string{"--timeout", "soon", ok}, ExitUsage},
		{"bad glob", "", []string{"--include", "[", dir}, ExitUsage},
		{"skip-existing needs -o", "", []string{"--skip-existing", ok}, ExitUsage},
		{"stdin twice", "", []string{"-", "-"}, ExitUsage},
		{"stdin list and stdin page", "", []string{"--files-from", "-", "-"}, ExitUsage},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := cmd(t, context.Background(), tc.stdin, tc.args...)
			if r.code != tc.want {
				t.Fatalf("exit %d, want %d\nstdout %s\nstderr %s", r.code, tc.want, r.stdout, r.stderr)
			}
		})
	}
}

func TestSingleInputKeepsTheOriginalOutput(t *testing.T) {
	dir := t.TempDir()
	p := mkfile(t, dir, "a.html", "fine")
	r := cmd(t, context.Background(), "", "--pretty", p)
	if r.code != 0 || !strings.HasPrefix(r.stdout, "{\n  \"title\": \"fine\"") || r.stderr != "" {
		t.Fatalf("%+v", r)
	}
	r = cmd(t, context.Background(), "", filepath.Join(dir, "nope.html"))
	if r.code != ExitAllFailed || r.stderr != "artext: "+filepath.Join(dir, "nope.html")+": no such file\n" {
		t.Fatalf("%+v", r)
	}
	r = cmd(t, context.Background(), "")
	if r.code != ExitAllFailed || r.stderr != "artext: <stdin>: fake: empty input\n" {
		t.Fatalf("%+v", r)
	}
}

func TestMixedInputsEndToEnd(t *testing.T) {
	dir := t.TempDir()
	a := mkfile(t, dir, "a.html", "page a")
	mkfile(t, dir, "tree/b.html.gz", gzipped("page b"))
	mkfile(t, dir, "tree/sub/c.txt", "page c")
	tree := filepath.Join(dir, "tree")
	r := cmd(t, context.Background(), "page s", a, tree, "-")
	want := []string{a, filepath.Join(tree, "b.html.gz"), filepath.Join(tree, "sub", "c.txt"), "-"}
	if r.code != 0 || !slices.Equal(r.inputs(t), want) {
		t.Fatalf("exit %d, inputs %q\nstderr %s", r.code, r.inputs(t), r.stderr)
	}
	if titles := []any{r.lines(t)[1]["title"], r.lines(t)[3]["title"]}; titles[0] != "page b" || titles[1] != "page s" {
		t.Errorf("titles %v", titles)
	}
	if !strings.HasSuffix(r.stderr, "\n") || !strings.Contains(r.stderr, "artext: 4 done, 0 skipped, 0 failed in ") {
		t.Errorf("summary: %q", r.stderr)
	}
	r = cmd(t, context.Background(), "page s", "-q", a, tree)
	if r.stderr != "" {
		t.Errorf("--quiet: %q", r.stderr)
	}
}

func TestOrderAndUnordered(t *testing.T) {
	dir := t.TempDir()
	var want []string
	for i := range 24 {
		want = append(want, mkfile(t, dir, fmt.Sprintf("p%02d.html", i), fmt.Sprintf("SLEEP %dms", (24-i)%7*3)))
	}
	r := cmd(t, context.Background(), "", "-j", "4", dir)
	if !slices.Equal(r.inputs(t), want) {
		t.Fatalf("-j 4 lost the order: %q", r.inputs(t))
	}
	slow := mkfile(t, dir, "a-slow.html", "SLEEP 400ms")
	r = cmd(t, context.Background(), "", "-j", "4", "--unordered", dir)
	got := r.inputs(t)
	if len(got) != 25 || got[0] == slow {
		t.Fatalf("--unordered: %q", got)
	}
}

func TestFilesFromAndErrorsJSON(t *testing.T) {
	dir := t.TempDir()
	a := mkfile(t, dir, "a.html", "page a")
	e := mkfile(t, dir, "e.html", "")
	list := mkfile(t, dir, "list", a+"\n"+e+"\n"+filepath.Join(dir, "missing.html")+"\n")
	r := cmd(t, context.Background(), "", "--files-from", list, "--errors-json")
	lines := r.lines(t)
	if r.code != ExitSomeFailed || len(lines) != 3 {
		t.Fatalf("%+v", r)
	}
	if lines[0]["title"] != "page a" || lines[1]["kind"] != "empty" || lines[2]["kind"] != "not_found" || lines[2]["error"] != "no such file" {
		t.Errorf("%v", lines)
	}
	if strings.Contains(r.stderr, "missing.html") {
		t.Errorf("--errors-json still printed errors on stderr: %q", r.stderr)
	}
	// From stdin.
	r = cmd(t, context.Background(), a+"\n", "--files-from", "-")
	if r.code != 0 || !slices.Equal(r.inputs(t), []string{a}) {
		t.Fatalf("%+v", r)
	}
}

func TestOutDirEndToEnd(t *testing.T) {
	dir := t.TempDir()
	mkfile(t, dir, "in/a.html", "A")
	mkfile(t, dir, "in/sub/b.htm.gz", gzipped("B"))
	mkfile(t, dir, "in/sub/b.html", "dup") // after b.htm.gz by name: its b.json is taken
	out := filepath.Join(dir, "out")
	r := cmd(t, context.Background(), "", "-o", out, filepath.Join(dir, "in"))
	if r.code != ExitSomeFailed || r.stdout != "" {
		t.Fatalf("%+v", r)
	}
	if !strings.Contains(r.stderr, "b.html: output "+filepath.Join(out, "sub", "b.json")+" already written") {
		t.Errorf("stderr %q", r.stderr)
	}
	for name, title := range map[string]string{"a.json": "A", "sub/b.json": "B"} {
		data, err := os.ReadFile(filepath.Join(out, name))
		var m map[string]any
		if err != nil || json.Unmarshal(data, &m) != nil || m["title"] != title {
			t.Errorf("%s: %s %v", name, data, err)
		}
	}
	// cron: the second run skips what is up to date.
	os.Remove(filepath.Join(dir, "in", "sub", "b.html"))
	r = cmd(t, context.Background(), "", "-o", out, "--skip-existing", filepath.Join(dir, "in"))
	if r.code != 0 || !strings.Contains(r.stderr, "0 done, 2 skipped, 0 failed") {
		t.Fatalf("%+v", r)
	}
}

func TestWARCEndToEnd(t *testing.T) {
	dir := t.TempDir()
	var w bytes.Buffer
	rec := func(typ, id, uri, ct, block string) {
		zw := gzip.NewWriter(&w) // one gzip member per record
		fmt.Fprintf(zw, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: %s\r\nWARC-Date: 2024-05-01T10:00:00Z\r\n", typ, id)
		if uri != "" {
			fmt.Fprintf(zw, "WARC-Target-URI: %s\r\n", uri)
		}
		fmt.Fprintf(zw, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", ct, len(block), block)
		zw.Close()
	}
	rec("warcinfo", "<urn:uuid:11111111-0000-4000-8000-000000000000>", "", "application/warc-fields", "software: test\r\n")
	rec("request", "<urn:uuid:11111111-0000-4000-8000-000000000001>", "https://news.example/a", "application/http; msgtype=request", "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n")
	body := "the article"
	rec("response", "<urn:uuid:11111111-0000-4000-8000-000000000002>", "https://news.example/a", "application/http; msgtype=response",
		fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n%s", len(body), body))
	p := mkfile(t, dir, "crawl.warc.gz", w.String())

	r := cmd(t, context.Background(), "", p)
	lines := r.lines(t)
	if r.code != 0 || len(lines) != 1 {
		t.Fatalf("%+v", r)
	}
	if lines[0]["input"] != p+"#<urn:uuid:11111111-0000-4000-8000-000000000002>" || lines[0]["url"] != "https://news.example/a" || lines[0]["title"] != "the article" {
		t.Errorf("%v", lines[0])
	}
	out := filepath.Join(dir, "out")
	r = cmd(t, context.Background(), "", "-o", out, p)
	if _, err := os.Stat(filepath.Join(out, "crawl", "1.json")); err != nil || r.code != 0 {
		t.Errorf("%+v %v", r, err)
	}
}

// TestInterruptedRunExits130 cancels the context midway, as Main does on
// SIGINT: exit 130, no temporary files, only complete JSON files.
func TestInterruptedRunExits130(t *testing.T) {
	dir := t.TempDir()
	for i := range 100 {
		mkfile(t, dir, fmt.Sprintf("in/p%03d.html", i), "SLEEP 30ms")
	}
	ctx, cancel := context.WithCancel(context.Background())
	var calls atomic.Int64
	slow := func(data []byte, opts extract.Options) (*extract.Article, error) {
		if calls.Add(1) == 10 {
			cancel()
		}
		return fake(data, opts)
	}
	var out, errb bytes.Buffer
	code := run(ctx, slow, []string{"-j", "3", "-o", filepath.Join(dir, "out"), filepath.Join(dir, "in")}, strings.NewReader(""), &out, &errb)
	if code != ExitInterrupted {
		t.Fatalf("exit %d, stderr %s", code, errb.String())
	}
	checkOutDir(t, filepath.Join(dir, "out"), 100)
}

// checkOutDir asserts no temporary file is left under dir and every .json
// file is complete JSON, and that fewer than all were written.
func checkOutDir(t *testing.T, dir string, all int) {
	t.Helper()
	n := 0
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		if strings.HasSuffix(p, ".tmp") {
			t.Errorf("temporary file left: %s", p)
		}
		if strings.HasSuffix(p, ".json") {
			n++
			data, _ := os.ReadFile(p)
			if !json.Valid(data) {
				t.Errorf("%s is not complete JSON: %q", p, data)
			}
		}
		return nil
	})
	if n >= all {
		t.Errorf("all %d outputs written: the run was not interrupted", n)
	}
}

// TestMainRealExtractor goes through Main with the real extractor: the
// mechanics must hold whatever the extractor makes of these pages, so it
// only relies on empty input being "empty".
func TestMainRealExtractor(t *testing.T) {
	dir := t.TempDir()
	page := mkfile(t, dir, "tree/page.html", "<html><head><title>T</title></head><body><p>Some text.</p></body></html>")
	empty := mkfile(t, dir, "tree/sub/empty.html", "")
	r := mainCmd(t, "", "--errors-json", filepath.Join(dir, "tree"))
	lines := r.lines(t)
	if len(lines) != 2 || lines[0]["input"] != page || lines[1]["input"] != empty {
		t.Fatalf("%+v", r)
	}
	if lines[1]["kind"] != "empty" {
		t.Errorf("empty page: %v", lines[1])
	}
	if r.code != ExitSomeFailed && r.code != ExitAllFailed {
		t.Errorf("exit %d with an empty page", r.code)
	}
	if r := mainCmd(t, "", "--nope"); r.code != ExitUsage {
		t.Errorf("usage: exit %d", r.code)
	}
	if r := mainCmd(t, "", filepath.Join(dir, "missing")); r.code != ExitAllFailed {
		t.Errorf("missing: exit %d", r.code)
	}
	// MainContext with a cancelled context is an interrupted run.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errb bytes.Buffer
	if code := MainContext(ctx, []string{filepath.Join(dir, "tree")}, strings.NewReader(""), &out, &errb); code != ExitInterrupted {
		t.Errorf("cancelled: exit %d", code)
	}
}

func TestEvalIsStillRegistered(t *testing.T) {
	root := newRootCommand(strings.NewReader(""), &bytes.Buffer{}, &bytes.Buffer{})
	c, _, err := root.Find([]string{"eval"})
	if err != nil || c.Name() != "eval" {
		t.Fatalf("eval not registered: %v", err)
	}
	for _, f := range []string{"kind", "encoding", "tz", "pretty", "out-dir", "jobs", "files-from", "skip-existing", "errors-json", "max-bytes", "timeout"} {
		if root.Flags().Lookup(f) == nil {
			t.Errorf("flag --%s missing", f)
		}
	}
}
