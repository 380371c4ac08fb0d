package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// -update rewrites the golden files in testdata/pages from the current
// output. Review the diff before committing it.
var update = flag.Bool("update", false, "rewrite testdata/pages golden files")

// goldenNow is the fixed "today" of the golden tests, so that the future-date
// check gives the same answer whenever they run.
var goldenNow = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)

func TestGoldenPages(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("..", "testdata", "pages", "*"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, p := range pages {
		ext := filepath.Ext(p)
		if ext != ".html" && ext != ".txt" {
			continue
		}
		n++
		base := strings.TrimSuffix(p, ext)
		t.Run(filepath.Base(base), func(t *testing.T) {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			art, err := Extract(data, Options{Now: goldenNow})
			checkGolden(t, base, art, err)
		})
	}
	if n < 15 {
		t.Errorf("only %d golden pages in testdata/pages; want at least 15", n)
	}
}

// checkGolden compares one result with base.json (an article) or base.err
// (the error text for pages without an article).
func checkGolden(t *testing.T, base string, art *Article, err error) {
	t.Helper()
	if *update {
		if err != nil && !errors.Is(err, ErrNoArticle) {
			t.Fatalf("extract: %v", err)
		}
		os.Remove(base + ".json")
		os.Remove(base + ".err")
		if err != nil {
			writeFile(t, base+".err", []byte(err.Error()))
			return
		}
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", " ")
		if err := enc.Encode(art); err != nil {
			t.Fatal(err)
		}
		// One-space indent, the layout the files were first written in,
		// so that -update rewrites only what changed.
		writeFile(t, base+".json", buf.Bytes())
		return
	}
	if want, rerr := os.ReadFile(base + ".err"); rerr == nil {
		if err == nil || err.Error() != strings.TrimSpace(string(want)) {
			t.Fatalf("error = %v, want %q", err, strings.TrimSpace(string(want)))
		}
		return
	}
	if err != nil {
		t.Fatalf("extract: %v", err)
	}
	wantJSON, rerr := os.ReadFile(base + ".json")
	if rerr != nil {
		t.Fatal(rerr)
	}
	var want, got map[string]any
	if err := json.Unmarshal(wantJSON, &want); err != nil {
		t.Fatalf("%s.json: %v", base, err)
	}
	gotJSON, _ := json.Marshal(art)
	if err := json.Unmarshal(gotJSON, &got); err != nil {
		t.Fatal(err)
	}
	for k, w := range want {
		if g := got[k]; !reflect.DeepEqual(g, w) {
			t.Errorf("%s:\n got  %s\n want %s", k, show(g), show(w))
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("key %q missing from %s.json", k, base)
		}
	}
}

func show(v any) string {
	b, _ := json.Marshal(v)
	if len(b) > 600 {
		return string(b[:600]) + "..."
	}
	return string(b)
}

func writeFile(t *testing.T, name string, data []byte) {
	t.Helper()
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestSeed checks the page the project was created from, whenever the
// shared folder is beside the repository.
func TestSeed(t *testing.T) {
	base := filepath.Join("..", "..", "shared", "seeds", "000_005415c4bc69aaee")
	data, err := os.ReadFile(base + ".txt")
	if err != nil {
		t.Skipf("seed not present: %v", err)
	}
	wantJSON, err := os.ReadFile(base + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var want struct {
		Title, Source, Author, Editor string
		DateISO                       string `json:"date_iso"`
		Breadcrumb, Paragraphs        []string
	}
	if err := json.Unmarshal(wantJSON, &want); err != nil {
		t.Fatal(err)
	}
	art, err := Extract(data, Options{Now: goldenNow})
	if err != nil {
		t.Fatal(err)
	}
	check := func(field, got, want string) {
		if got != want {
			t.Errorf("%s = %q, want %q", field, got, want)
		}
	}
	check("title", art.Title, want.Title)
	check("date", art.Date, want.DateISO)
	check("source", art.Source, want.Source)
	check("author", art.Author, want.Author)
	check("editor", art.Editor, want.Editor)
	if !reflect.DeepEqual(art.Breadcrumb, want.Breadcrumb) {
		t.Errorf("breadcrumb = %q, want %q", art.Breadcrumb, want.Breadcrumb)
	}
	if !reflect.DeepEqual(art.Paragraphs, want.Paragraphs) {
		t.Errorf("paragraphs differ:\n got  %q\n want %q", art.Paragraphs, want.Paragraphs)
	}
}
