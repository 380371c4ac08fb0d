package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/artext/artext/extract"
)

// writeFiles creates files (name -> content) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// toyCorpus writes a tiny synthetic corpus of two sets: "alpha" (metadata,
// a text page, an error page) and "aeb" (three bodies for the AEB method).
// Each page's dump holds only a key the fake extractor looks up.
func toyCorpus(t *testing.T) string {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{
		"README.md":       "not a set",
		"alpha/README.md": "set readme",
		"alpha/p1.html":   "p1",
		"alpha/p1.json": `{"id":"p1","title":"Title One","date":"2020年1月2日 03:04","date_iso":"2020-01-02T03:04",
			"source":"","author":"张三 李四","editor":"王五","body":"a b c d e"}`,
		"alpha/p2.txt":      "p2",
		"alpha/p2.json":     `{"title":"Title Two","date_iso":"2020-02-03","source":"新华社","breadcrumb":["首页","新闻"],"body":"f g h i"}`,
		"alpha/p3.html":     "p3",
		"alpha/p3.json":     `{"title":"Title Three","body_must_contain":["needle"],"body_must_not_contain":["hay"]}`,
		"alpha/p4.html":     "p4",
		"alpha/p4.json":     `{"title":"","with":["keep me"],"without":["drop me"]}`,
		"alpha/orphan.html": "no truth",
		"alpha/notes.json":  `{"title":"labels no page"}`,
		"aeb/a1.html":       "a1",
		"aeb/a1.json":       `{"body":"a b c d e"}`,
		"aeb/a2.html":       "a2",
		"aeb/a2.json":       `{"body":"a b c d e"}`,
		"aeb/a3.html":       "a3",
		"aeb/a3.json":       `{"body":"a b c d e"}`,
		".hidden/h1.html":   "h1",
		".hidden/h1.json":   `{"title":"hidden"}`,
	})
	return root
}

// toyExtract answers from a table keyed by the dump's content, checking
// that the page kind follows the file name.
func toyExtract(t *testing.T) ExtractFunc {
	articles := map[string]*extract.Article{
		"p1": {Title: "Title One", Date: "2020-01-02T03:05:00+08:00", Source: "", Author: "张三 李四", Editor: "赵六",
			Paragraphs: []string{"a b", "c d e"}},
		"p2": {Title: "Title 2", Date: "2020-02-03", Source: "新华社", Breadcrumb: []string{"首页", "新闻"},
			Paragraphs: []string{"f g"}},
		"p4": {Paragraphs: []string{"keep me and drop me"}},
		"a1": {Paragraphs: []string{"a b c d e"}},
		"a2": {Paragraphs: []string{"a b c d"}},
		"a3": {},
	}
	var mu sync.Mutex
	return func(data []byte, opts extract.Options) (*extract.Article, error) {
		key := string(data)
		wantKind := extract.KindHTML
		if key == "p2" {
			wantKind = extract.KindText
		}
		if opts.Kind != wantKind {
			mu.Lock()
			t.Errorf("page %s extracted as kind %q, want %q", key, opts.Kind, wantKind)
			mu.Unlock()
		}
		switch key {
		case "p3":
			return &extract.Article{Title: "Title Three"}, errors.New("no article body found")
		case "a3":
			panic("boom")
		}
		return articles[key], nil
	}
}

func TestLoad(t *testing.T) {
	root := toyCorpus(t)
	sets, err := Load(root)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range sets {
		names = append(names, s.Name)
	}
	if !reflect.DeepEqual(names, []string{"aeb", "alpha"}) {
		t.Fatalf("sets = %v, want [aeb alpha]", names)
	}
	var ids []string
	for _, p := range sets[1].Pages {
		ids = append(ids, p.ID)
	}
	if !reflect.DeepEqual(ids, []string{"p1", "p2", "p3", "p4"}) {
		t.Errorf("alpha pages = %v", ids)
	}
	if p := sets[1].Pages[1]; p.Kind != extract.KindText || filepath.Base(p.Path) != "p2.txt" {
		t.Errorf("p2 = %+v, want a text page", p)
	}
	p4 := sets[1].Pages[3].Truth
	if p4.Title == nil || *p4.Title != "" || p4.Body != nil || p4.Source != nil {
		t.Errorf("p4 truth presence wrong: %+v", p4)
	}
	if !reflect.DeepEqual(p4.MustContain, []string{"keep me"}) || !reflect.DeepEqual(p4.MustNotContain, []string{"drop me"}) {
		t.Errorf("with/without not read: %+v", p4)
	}

	// A set directory on its own, and the same set twice.
	one, err := Load(filepath.Join(root, "alpha"))
	if err != nil || len(one) != 1 || one[0].Name != "alpha" {
		t.Errorf("Load(alpha) = %v, %v", one, err)
	}
	twice, err := Load(root, filepath.Join(root, "alpha"))
	if err != nil || len(twice) != 2 {
		t.Errorf("Load(root, alpha) = %d sets, %v; want 2", len(twice), err)
	}

	// Errors: missing dir, a file, a dir without pages, bad truth.
	empty := t.TempDir()
	bad := t.TempDir()
	writeFiles(t, bad, map[string]string{"x.html": "x", "x.json": "{"})
	for _, dir := range []string{filepath.Join(root, "missing"), filepath.Join(root, "README.md"), empty, bad} {
		if _, err := Load(dir); err == nil {
			t.Errorf("Load(%s) gave no error", dir)
		}
	}
}

func TestRun(t *testing.T) {
	root := toyCorpus(t)
	sets, err := Load(root)
	if err != nil {
		t.Fatal(err)
	}
	rep := Run(sets, toyExtract(t), Options{Workers: 3})
	if len(rep.Sets) != 2 || rep.Total.Pages != 7 {
		t.Fatalf("report: %d sets, %d pages", len(rep.Sets), rep.Total.Pages)
	}
	aeb, alpha := rep.Sets[0], rep.Sets[1]

	// AEB corpus level: a1 P1 R1; a2 (4 of 5 tokens) tp=fn=.5 -> P1 R.5;
	// a3 empty -> out of precision, recall 0. P = 1, R = 1.5/3, F1 = 2/3.
	if aeb.AEB.N != 3 || aeb.AEB.PrecisionPages != 2 || aeb.AEB.RecallPages != 3 {
		t.Errorf("aeb page counts = %+v", aeb.AEB)
	}
	if !near(aeb.AEB.Precision, 1) || !near(aeb.AEB.Recall, 0.5) || !near(aeb.AEB.F1, 2.0/3) || !near(aeb.AEB.Accuracy, 1.0/3) {
		t.Errorf("aeb = %+v, want P 1 R .5 F1 .667 accuracy .333", aeb.AEB)
	}
	// Token F1 macro: 1, 8/9 (P 1 R .8), 0.
	if !near(aeb.Body.F1, (1+16.0/18)/3) || !near(aeb.Body.Precision, 2.0/3) || !near(aeb.Body.Recall, 0.6) {
		t.Errorf("aeb body = %+v", aeb.Body)
	}
	if aeb.Errors != 1 {
		t.Errorf("aeb errors = %d, want 1 (the panic)", aeb.Errors)
	}

	// alpha: p1 body 1, p2 body f g of f g h i -> P1 R.5 F 2/3, p3 error.
	if alpha.Body.N != 2 || !near(alpha.Body.F1, (1+2.0/3)/2) {
		t.Errorf("alpha body = %+v", alpha.Body)
	}
	checks := []struct {
		name string
		got  Rate
		want Rate
	}{
		{"title", alpha.Title, Rate{2, 4}}, // p1 right, p2 wrong, p3 error, p4 "" right
		{"date", alpha.Date, Rate{2, 2}},
		{"minute", alpha.Minute, Rate{0, 1}},
		{"source", alpha.Source, Rate{2, 2}},
		{"source-ne", alpha.SourceNonEmpty, Rate{1, 1}},
		{"author", alpha.Author, Rate{1, 1}},
		{"editor", alpha.Editor, Rate{0, 1}},
		{"breadcrumb", alpha.Breadcrumb, Rate{1, 1}},
		{"snippets", alpha.Snippets.Rate, Rate{2, 4}}, // p3: needle missed, hay absent; p4: keep found, drop leaked
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("alpha %s = %+v, want %+v", c.name, c.got, c.want)
		}
	}
	if s := alpha.Snippets; s.TP != 1 || s.FN != 1 || s.FP != 1 || s.TN != 1 || s.Pages != 2 || !near(s.F1, 0.5) {
		t.Errorf("alpha snippets = %+v", s)
	}
	if rep.Total.Body.N != 5 || rep.Total.Title != (Rate{2, 4}) {
		t.Errorf("total = %+v", rep.Total)
	}
	if len(rep.Errors) != 2 || rep.Errors[0].ID != "a3" || !strings.Contains(rep.Errors[0].Error, "panic") || rep.Errors[1].ID != "p3" {
		t.Errorf("errors = %+v", rep.Errors)
	}
	// The error page's partial article is ignored: its title is not right.
	if r, _ := rep.Pages[5].Field(FieldTitle); rep.Pages[5].ID != "p3" || r.Score != 0 {
		t.Errorf("p3 title = %+v", r)
	}

	// Same report whatever the number of workers.
	for _, w := range []int{1, 16} {
		other := Run(sets, toyExtract(t), Options{Workers: w})
		if !reflect.DeepEqual(rep, other) {
			t.Errorf("report with %d workers differs", w)
		}
	}
}

func TestReportOutput(t *testing.T) {
	sets, err := Load(toyCorpus(t))
	if err != nil {
		t.Fatal(err)
	}
	rep := Run(sets, toyExtract(t), Options{})

	var b bytes.Buffer
	if err := rep.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	table := b.String()
	lines := strings.Split(table, "\n")
	if !strings.HasPrefix(lines[0], "set ") || !strings.Contains(lines[0], "bodyF1") {
		t.Errorf("table header: %q", lines[0])
	}
	for _, l := range lines {
		if len([]rune(l)) > 160 && !strings.HasPrefix(l, "bodyP") && !strings.HasPrefix(l, "Other") {
			t.Errorf("table line longer than 160: %q", l)
		}
	}
	for _, want := range []string{"TOTAL", "0.667", "50.0(4)", "100(2)", "a3: panic: boom", "p3: no article body found"} {
		if !strings.Contains(table, want) {
			t.Errorf("table lacks %q:\n%s", want, table)
		}
	}
	// aeb-F1 shows only for the aeb set; alpha has no breadcrumb-less "-"...
	alphaRow := lines[2]
	if f := strings.Fields(alphaRow); f[0] != "alpha" || f[5] != "-" {
		t.Errorf("alpha row: %q (want aeb-F1 -)", alphaRow)
	}
	aebRow := strings.Fields(lines[1])
	if aebRow[5] != "0.667" || aebRow[7] != "-" {
		t.Errorf("aeb row: %q", lines[1])
	}

	b.Reset()
	if err := rep.WriteWorst(&b, 1, FieldTitle, FieldBody, FieldSnippets); err != nil {
		t.Fatal(err)
	}
	worst := b.String()
	for _, want := range []string{"worst title: 2 of 4 page(s) not fully right, showing 1", "alpha/p2", "want: Title Two", "got:  Title 2",
		"worst body: 3 of 5", "aeb/a3  F1 0.000", "worst snippets", "fail: +«needle»"} {
		if !strings.Contains(worst, want) {
			t.Errorf("worst listing lacks %q:\n%s", want, worst)
		}
	}

	data, err := rep.JSON(2, FieldTitle)
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		Sets  []map[string]any        `json:"sets"`
		Total map[string]any          `json:"total"`
		Worst map[string][]WorstEntry `json:"worst"`
		Errs  []PageError             `json:"errors"`
	}
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatalf("JSON: %v\n%s", err, data)
	}
	if len(v.Sets) != 2 || len(v.Errs) != 2 || len(v.Worst["title"]) != 2 || len(v.Worst) != 1 {
		t.Errorf("JSON content: %s", data)
	}
	title := v.Sets[1]["title"].(map[string]any)
	if title["hits"] != 2.0 || title["n"] != 4.0 || title["rate"] != 0.5 {
		t.Errorf("JSON title rate = %v", title)
	}
	if r := v.Sets[0]["title"].(map[string]any); r["rate"] != nil {
		t.Errorf("JSON rate of an unscored field = %v, want null", r["rate"])
	}
}

func TestRunContextCancelled(t *testing.T) {
	sets, err := Load(toyCorpus(t))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	var mu sync.Mutex
	rep, err := RunContext(ctx, sets, func([]byte, extract.Options) (*extract.Article, error) {
		mu.Lock()
		defer mu.Unlock()
		calls++
		cancel()
		return nil, nil
	}, Options{Workers: 1})
	if !errors.Is(err, context.Canceled) || rep != nil {
		t.Errorf("RunContext after cancel = %v, %v; want nil, context.Canceled", rep, err)
	}
	if calls >= 7 {
		t.Errorf("%d pages extracted after cancel, want fewer than all 7", calls)
	}
}

func TestTruncate(t *testing.T) {
	if got := truncate("中文字符串", 3); got != "中文…" {
		t.Errorf("truncate = %q", got)
	}
	if got := truncate("abc", 3); got != "abc" {
		t.Errorf("truncate = %q", got)
	}
}

func TestFloorsRoundTrip(t *testing.T) {
	sets, err := Load(toyCorpus(t))
	if err != nil {
		t.Fatal(err)
	}
	rep := Run(sets, toyExtract(t), Options{})
	f := FloorsFrom(rep)
	if got := f.Sets["aeb"][MetricAEBF1]; got != 0.666 {
		t.Errorf("aeb_f1 floor = %v, want 0.666 (rounded down)", got)
	}
	if _, ok := f.Sets["alpha"][MetricAEBF1]; ok {
		t.Error("alpha has an aeb_f1 floor")
	}
	if _, ok := f.Sets["aeb"][MetricTitle]; ok {
		t.Error("aeb has a title floor without title truth")
	}
	path := filepath.Join(t.TempDir(), "floors.json")
	if err := f.WriteFile(path); err != nil {
		t.Fatal(err)
	}
	back, err := ReadFloors(path)
	if err != nil || !reflect.DeepEqual(back, f) {
		t.Fatalf("ReadFloors = %+v, %v; want %+v", back, err, f)
	}
	if v := back.Check(rep, 0.0005); len(v) != 0 {
		t.Errorf("own floors violated: %v", v)
	}
	back.Sets["alpha"][MetricTitle] = 0.5004 // within epsilon of 0.5
	back.Sets["alpha"][MetricBodyF1] = 0.9
	back.Sets["gone"] = map[string]float64{MetricBodyF1: 0}
	v := back.Check(rep, 0.0005)
	if len(v) != 2 || v[0].Set != "alpha" || v[0].Metric != MetricBodyF1 || !v[1].Missing || v[1].Set != "gone" {
		t.Errorf("violations = %v", v)
	}
}
