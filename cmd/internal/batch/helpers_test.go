package batch

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
	"strings"
	"testing"
	"time"

	"github.com/artext/artext/extract"
)

// fakeExtract stands in for extract.Extract so these tests check the batch
// mechanics, not extraction quality. The page's text steers it:
//
//	""            → extract.ErrEmpty
//	"BINARY…"     → extract.ErrBinary
//	"NOARTICLE…"  → extract.ErrNoArticle
//	"SLEEP <dur>" → sleeps that long, then succeeds
//	"PANIC"       → panics
//
// Anything else succeeds with the trimmed text as the title; the URL and
// Content-Type it was given come back in URL and Encoding.
func fakeExtract(data []byte, opts extract.Options) (*extract.Article, error) {
	s := strings.TrimSpace(string(data))
	switch {
	case s == "":
		return nil, fmt.Errorf("fake: %w", extract.ErrEmpty)
	case strings.HasPrefix(s, "BINARY"):
		return nil, fmt.Errorf("fake: %w", extract.ErrBinary)
	case strings.HasPrefix(s, "NOARTICLE"):
		return nil, fmt.Errorf("fake: %w", extract.ErrNoArticle)
	case strings.HasPrefix(s, "SLEEP "):
		d, err := time.ParseDuration(strings.Fields(s)[1])
		if err != nil {
			panic(err)
		}
		time.Sleep(d)
	case s == "PANIC":
		panic("fake extractor exploded")
	}
	return &extract.Article{Title: s, URL: opts.URL, Encoding: opts.ContentType, Breadcrumb: []string{}, Paragraphs: []string{}}, nil
}

// outcome is one run's captured output.
type outcome struct {
	sum    Summary
	err    error
	stdout string
	stderr string
}

// lines decodes stdout as JSON Lines.
func (o outcome) lines(t *testing.T) []map[string]any {
	t.Helper()
	var out []map[string]any
	sc := bufio.NewScanner(strings.NewReader(o.stdout))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("stdout line %q is not JSON: %v", sc.Text(), err)
		}
		out = append(out, m)
	}
	return out
}

// inputs lists the "input" keys of stdout's lines, in order.
func (o outcome) inputs(t *testing.T) []string {
	var names []string
	for _, m := range o.lines(t) {
		names = append(names, m["input"].(string))
	}
	return names
}

// run runs cfg with the fake extractor and captured streams, filling the
// fields a test leaves zero.
func run(t *testing.T, ctx context.Context, cfg Config, stdin string) outcome {
	t.Helper()
	if cfg.Extract == nil {
		cfg.Extract = fakeExtract
	}
	if cfg.Jobs == 0 {
		cfg.Jobs = 4
	}
	var stdout, stderr bytes.Buffer
	cfg.Stdin = strings.NewReader(stdin)
	cfg.Stdout, cfg.Stderr = &stdout, &stderr
	sum, err := Run(ctx, cfg)
	return outcome{sum, err, stdout.String(), stderr.String()}
}

// write creates a file (and its directories) under dir.
func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// gz compresses s.
func gz(t *testing.T, s string) string {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// warcRecord is one record for makeWARC.
type warcRecord struct {
	typ, id, uri, contentType, block string
}

// makeWARC writes the bytes of a WARC file by hand: each record is a
// WARC/1.1 header, the block and the CRLFCRLF trailer; with gzipped, each
// record is its own gzip member, as the standard recommends and crawlers do.
func makeWARC(t *testing.T, records []warcRecord, gzipped bool) []byte {
	t.Helper()
	var out bytes.Buffer
	for _, r := range records {
		var rec bytes.Buffer
		fmt.Fprintf(&rec, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: %s\r\nWARC-Date: 2024-05-01T10:00:00Z\r\n", r.typ, r.id)
		if r.uri != "" {
			fmt.Fprintf(&rec, "WARC-Target-URI: %s\r\n", r.uri)
		}
		fmt.Fprintf(&rec, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", r.contentType, len(r.block), r.block)
		if !gzipped {
			out.Write(rec.Bytes())
			continue
		}
		zw := gzip.NewWriter(&out)
		zw.Write(rec.Bytes())
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return out.Bytes()
}

// httpResponse is an HTTP/1.1 response as a WARC response block holds it.
func httpResponse(status, contentType, body string, extra ...string) string {
	h := "HTTP/1.1 " + status + "\r\n"
	if contentType != "" {
		h += "Content-Type: " + contentType + "\r\n"
	}
	for _, e := range extra {
		h += e + "\r\n"
	}
	return h + fmt.Sprintf("Content-Length: %d\r\n\r\n", len(body)) + body
}

// sampleWARC is a small crawl: warcinfo, then for page one a request and
// its response, a second HTML page, an image, a redirect and a page served
// gzip-encoded. Three records are pages.
func sampleWARC(t *testing.T, gzipped bool) []byte {
	return makeWARC(t, []warcRecord{
		{typ: "warcinfo", id: "<urn:uuid:00000000-0000-4000-8000-000000000000>", contentType: "application/warc-fields", block: "software: artext-test\r\nformat: WARC File Format 1.1\r\n"},
		{typ: "request", id: "<urn:uuid:00000000-0000-4000-8000-000000000001>", uri: "http://example.com/one", contentType: "application/http; msgtype=request", block: "GET /one HTTP/1.1\r\nHost: example.com\r\n\r\n"},
		{typ: "response", id: "<urn:uuid:00000000-0000-4000-8000-000000000002>", uri: "http://example.com/one", contentType: "application/http; msgtype=response", block: httpResponse("200 OK", "text/html; charset=gbk", "page one")},
		{typ: "response", id: "<urn:uuid:00000000-0000-4000-8000-000000000003>", uri: "http://example.com/two", contentType: "application/http; msgtype=response", block: httpResponse("200 OK", "text/html", "page two")},
		{typ: "response", id: "<urn:uuid:00000000-0000-4000-8000-000000000004>", uri: "http://example.com/logo.png", contentType: "application/http; msgtype=response", block: httpResponse("200 OK", "image/png", "\x89PNG\r\n\x1a\n")},
		{typ: "response", id: "<urn:uuid:00000000-0000-4000-8000-000000000005>", uri: "http://example.com/old", contentType: "application/http; msgtype=response", block: httpResponse("301 Moved Permanently", "text/html", "moved", "Location: /two")},
		{typ: "response", id: "<urn:uuid:00000000-0000-4000-8000-000000000006>", uri: "http://example.com/three", contentType: "application/http; msgtype=response", block: httpResponse("200 OK", "text/html; charset=utf-8", gz(t, "page three"), "Content-Encoding: gzip")},
	}, gzipped)
}

// tmpFiles lists the temporary files left anywhere under dir.
func tmpFiles(t *testing.T, dir string) []string {
	t.Helper()
	var found []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".tmp") {
			found = append(found, p)
		}
		return nil
	})
	return found
}

// jsonFiles reads every .json under dir, failing on any that is not one
// complete JSON object; it returns them by slash path relative to dir.
func jsonFiles(t *testing.T, dir string) map[string]map[string]any {
	t.Helper()
	out := map[string]map[string]any{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".json") {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			return nil
		}
		var m map[string]any
		if err := json.Unmarshal(data, &m); err != nil {
			t.Errorf("%s is not complete JSON: %v (%q)", p, err, data)
			return nil
		}
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = m
		return nil
	})
	return out
}
