package eval

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/artext/artext/extract"
)

// Field names a scored field of an article.
type Field string

// The scored fields, in report order.
const (
	// FieldBody is the body token F1.
	FieldBody Field = "body"
	// FieldSnippets is the share of body snippets hit.
	FieldSnippets Field = "snippets"
	// FieldTitle is the exact title.
	FieldTitle Field = "title"
	// FieldDate is the publication day (YYYY-MM-DD).
	FieldDate Field = "date"
	// FieldMinute is the publication day, hour and minute, scored where the
	// truth has a time.
	FieldMinute Field = "minute"
	// FieldSource is the exact source (来源).
	FieldSource Field = "source"
	// FieldAuthor is the exact author list.
	FieldAuthor Field = "author"
	// FieldEditor is the exact editor (责任编辑).
	FieldEditor Field = "editor"
	// FieldBreadcrumb is the exact breadcrumb trail.
	FieldBreadcrumb Field = "breadcrumb"
)

// Fields lists every scored field in report order.
var Fields = []Field{FieldBody, FieldSnippets, FieldTitle, FieldDate, FieldMinute,
	FieldSource, FieldAuthor, FieldEditor, FieldBreadcrumb}

// ParseField turns a field name as typed on a command line into a Field.
// Besides the names of [Fields] it accepts a few aliases such as "date-day",
// "date-min" and "crumbs".
func ParseField(s string) (Field, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "body", "body-f1", "f1", "tokens":
		return FieldBody, nil
	case "snippets", "snippet", "with":
		return FieldSnippets, nil
	case "title":
		return FieldTitle, nil
	case "date", "day", "date-day":
		return FieldDate, nil
	case "minute", "min", "date-min", "date-minute", "time":
		return FieldMinute, nil
	case "source", "src":
		return FieldSource, nil
	case "author":
		return FieldAuthor, nil
	case "editor":
		return FieldEditor, nil
	case "breadcrumb", "breadcrumbs", "crumbs":
		return FieldBreadcrumb, nil
	}
	names := make([]string, len(Fields))
	for i, f := range Fields {
		names[i] = string(f)
	}
	return "", fmt.Errorf("unknown field %q (want one of %s)", s, strings.Join(names, ", "))
}

// FieldResult is the score of one field on one page.
type FieldResult struct {
	Field Field `json:"field"`
	// Score is 1 for a right answer and 0 for a wrong one; for the body it
	// is the token F1, for snippets the share of snippets hit.
	Score float64 `json:"score"`
	// Precision and Recall are the body's token precision and recall.
	Precision float64 `json:"precision,omitempty"`
	Recall    float64 `json:"recall,omitempty"`
	// EmptyTruth is set when the truth is "" or []: only an empty answer is
	// right.
	EmptyTruth bool `json:"empty_truth,omitempty"`
	// Want and Got are the normalised truth and prediction. For snippets,
	// Want lists the snippets that failed: +«s» must appear but does not,
	// -«s» must not appear but does.
	Want string `json:"want"`
	Got  string `json:"got"`
}

// SnippetCounts are one page's (or one set's) snippet outcomes, named as in
// trafilatura's evaluation.
type SnippetCounts struct {
	TP int `json:"tp"` // must-contain snippets found
	FN int `json:"fn"` // must-contain snippets missing
	FP int `json:"fp"` // must-not-contain snippets found
	TN int `json:"tn"` // must-not-contain snippets absent
}

// Hits counts the snippets that came out right.
func (c SnippetCounts) Hits() int { return c.TP + c.TN }

// Total counts the snippets.
func (c SnippetCounts) Total() int { return c.TP + c.FN + c.FP + c.TN }

func (c *SnippetCounts) add(o SnippetCounts) {
	c.TP += o.TP
	c.FN += o.FN
	c.FP += o.FP
	c.TN += o.TN
}

// PageResult holds the scores of one page.
type PageResult struct {
	Set  string `json:"set"`
	ID   string `json:"id"`
	Path string `json:"path"`
	// Err is the error reading or extracting the page; the prediction was
	// then scored as empty.
	Err string `json:"error,omitempty"`
	// Fields holds one result per field the truth gives, in [Fields] order.
	Fields []FieldResult `json:"fields"`
	// AEB holds the AEB shingle counts when the truth has a body.
	AEB *AEBCounts `json:"aeb,omitempty"`
	// Snippets holds the snippet outcomes when the truth has snippets.
	Snippets *SnippetCounts `json:"snippets,omitempty"`
}

// Field returns the result for f, if f was scored on this page.
func (p *PageResult) Field(f Field) (FieldResult, bool) {
	for _, r := range p.Fields {
		if r.Field == f {
			return r, true
		}
	}
	return FieldResult{}, false
}

// boolScore turns a match into a score.
func boolScore(ok bool) float64 {
	if ok {
		return 1
	}
	return 0
}

// prefix returns the first n bytes of s, or all of s if shorter.
func prefix(s string, n int) string {
	if len(s) < n {
		return s
	}
	return s[:n]
}

// hasTime reports whether an ISO date string has an hour and minute.
func hasTime(iso string) bool {
	return len(iso) >= 16 && (iso[10] == 'T' || iso[10] == ' ') && iso[13] == ':'
}

// normalizeList normalises each item and drops the ones left empty.
func normalizeList(items []string) []string {
	out := make([]string, 0, len(items))
	for _, it := range items {
		if it = Normalize(it); it != "" {
			out = append(out, it)
		}
	}
	return out
}

// ScorePage scores the article a against the truth t. A nil a is scored as
// an empty prediction. The result's Set, ID and Path are left empty.
func ScorePage(t Truth, a *extract.Article) PageResult {
	if a == nil {
		a = &extract.Article{}
	}
	var res PageResult
	exact := func(f Field, want *string, got string) {
		if want == nil {
			return
		}
		w, g := Normalize(*want), Normalize(got)
		res.Fields = append(res.Fields, FieldResult{Field: f, Score: boolScore(w == g), EmptyTruth: w == "", Want: w, Got: g})
	}

	body := Normalize(strings.Join(a.Paragraphs, "\n"))
	if t.Body != nil {
		want := Normalize(*t.Body)
		p, r, f1 := TokenPRF(Tokens(want), Tokens(body))
		res.Fields = append(res.Fields, FieldResult{Field: FieldBody, Score: f1, Precision: p, Recall: r,
			EmptyTruth: want == "", Want: want, Got: body})
		c := AEBCompare(want, body)
		res.AEB = &c
	}
	if len(t.MustContain)+len(t.MustNotContain) > 0 {
		var c SnippetCounts
		var failed []string
		for _, s := range normalizeList(t.MustContain) {
			if strings.Contains(body, s) {
				c.TP++
			} else {
				c.FN++
				failed = append(failed, "+«"+s+"»")
			}
		}
		for _, s := range normalizeList(t.MustNotContain) {
			if strings.Contains(body, s) {
				c.FP++
				failed = append(failed, "-«"+s+"»")
			} else {
				c.TN++
			}
		}
		if c.Total() > 0 {
			res.Snippets = &c
			res.Fields = append(res.Fields, FieldResult{Field: FieldSnippets,
				Score: float64(c.Hits()) / float64(c.Total()),
				Want:  strings.Join(failed, " "), Got: body})
		}
	}
	exact(FieldTitle, t.Title, a.Title)
	if t.DateISO != nil {
		want, got := Normalize(*t.DateISO), Normalize(a.Date)
		shown := want
		if t.Date != nil && Normalize(*t.Date) != want {
			shown += " (shown: " + Normalize(*t.Date) + ")"
		}
		day := got == ""
		if want != "" {
			day = got != "" && prefix(got, 10) == prefix(want, 10)
		}
		res.Fields = append(res.Fields, FieldResult{Field: FieldDate, Score: boolScore(day),
			EmptyTruth: want == "", Want: shown, Got: got})
		if hasTime(want) {
			minute := day && len(got) >= 16 && got[11:16] == want[11:16]
			res.Fields = append(res.Fields, FieldResult{Field: FieldMinute, Score: boolScore(minute),
				Want: shown, Got: got})
		}
	}
	exact(FieldSource, t.Source, a.Source)
	exact(FieldAuthor, t.Author, a.Author)
	exact(FieldEditor, t.Editor, a.Editor)
	if t.Breadcrumb != nil {
		w, g := normalizeList(*t.Breadcrumb), normalizeList(a.Breadcrumb)
		res.Fields = append(res.Fields, FieldResult{Field: FieldBreadcrumb, Score: boolScore(slices.Equal(w, g)),
			EmptyTruth: len(w) == 0, Want: strings.Join(w, " > "), Got: strings.Join(g, " > ")})
	}
	return res
}

// Rate is a hit count over a number of scored pages (or snippets).
type Rate struct {
	Hits int
	N    int
}

// Value is Hits/N, or 0 when nothing was scored.
func (r Rate) Value() float64 {
	if r.N == 0 {
		return 0
	}
	return float64(r.Hits) / float64(r.N)
}

// MarshalJSON writes {"hits":h,"n":n,"rate":h/n}, with a null rate when
// nothing was scored.
func (r Rate) MarshalJSON() ([]byte, error) {
	var v any
	if r.N > 0 {
		v = r.Value()
	}
	return json.Marshal(struct {
		Hits int `json:"hits"`
		N    int `json:"n"`
		Rate any `json:"rate"`
	}{r.Hits, r.N, v})
}

// UnmarshalJSON reads the form MarshalJSON writes.
func (r *Rate) UnmarshalJSON(data []byte) error {
	var v struct {
		Hits int `json:"hits"`
		N    int `json:"n"`
	}
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	r.Hits, r.N = v.Hits, v.N
	return nil
}

func (r *Rate) add(score float64) {
	r.N++
	if score >= 1 {
		r.Hits++
	}
}

// BodyScore is the body token score of a set: means of per-page precision,
// recall and F1 over the N pages whose truth has a body (macro average).
type BodyScore struct {
	N         int     `json:"n"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// AEBScore is the article-extraction-benchmark score of a set's bodies.
type AEBScore struct {
	// N counts the pages whose truth has a body.
	N int `json:"n"`
	// PrecisionPages and RecallPages count the pages the two means are over
	// (tp+fp > 0 and tp+fn > 0).
	PrecisionPages int     `json:"precision_pages"`
	RecallPages    int     `json:"recall_pages"`
	Precision      float64 `json:"precision"`
	Recall         float64 `json:"recall"`
	// F1 is 2PR/(P+R) of the two means.
	F1 float64 `json:"f1"`
	// Accuracy is the share of pages whose AEB token sequence is exactly the
	// truth's.
	Accuracy float64 `json:"accuracy"`
}

// SnippetScore sums a set's snippet outcomes.
type SnippetScore struct {
	// Pages counts the pages with snippet truth.
	Pages int `json:"pages"`
	SnippetCounts
	// Rate is hits (TP+TN) over all snippets: the table's figure.
	Rate Rate `json:"rate"`
	// Precision, Recall and F1 are micro-averaged the way trafilatura's
	// benchmark does: TP/(TP+FP), TP/(TP+FN), 2TP/(2TP+FP+FN).
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// SetScore aggregates the page scores of one set (or, as a report's Total,
// of every page).
type SetScore struct {
	Name string `json:"name"`
	Dir  string `json:"dir,omitempty"`
	// Pages counts the pages; Errors those whose extraction failed.
	Pages  int `json:"pages"`
	Errors int `json:"errors"`

	Body     BodyScore    `json:"body"`
	AEB      AEBScore     `json:"aeb"`
	Snippets SnippetScore `json:"snippets"`

	Title  Rate `json:"title"`
	Date   Rate `json:"date_day"`
	Minute Rate `json:"date_minute"`
	// Source, Author and Editor are over the pages whose truth has the key;
	// the NonEmpty rates only over those whose truth is not "".
	Source         Rate `json:"source"`
	SourceNonEmpty Rate `json:"source_nonempty"`
	Author         Rate `json:"author"`
	AuthorNonEmpty Rate `json:"author_nonempty"`
	Editor         Rate `json:"editor"`
	EditorNonEmpty Rate `json:"editor_nonempty"`
	Breadcrumb     Rate `json:"breadcrumb"`
}

// Rate returns the rate of a field scored right/wrong; for FieldSnippets the
// snippet hit rate, for FieldBody the zero Rate.
func (s *SetScore) Rate(f Field) Rate {
	switch f {
	case FieldSnippets:
		return s.Snippets.Rate
	case FieldTitle:
		return s.Title
	case FieldDate:
		return s.Date
	case FieldMinute:
		return s.Minute
	case FieldSource:
		return s.Source
	case FieldAuthor:
		return s.Author
	case FieldEditor:
		return s.Editor
	case FieldBreadcrumb:
		return s.Breadcrumb
	}
	return Rate{}
}

// ShowsAEB reports whether the AEB F1 is reported for a set of this name:
// the set "aeb" and its variants such as "aeb-txt".
func ShowsAEB(set string) bool {
	return set == "aeb" || strings.HasPrefix(set, "aeb-")
}

// aggregator sums page results into a SetScore.
type aggregator struct {
	s                SetScore
	sumP, sumR, sumF float64
	aebP, aebR       float64
	aebExact         int
}

func newAggregator(name, dir string) *aggregator {
	return &aggregator{s: SetScore{Name: name, Dir: dir}}
}

func (a *aggregator) add(p *PageResult) {
	s := &a.s
	s.Pages++
	if p.Err != "" {
		s.Errors++
	}
	for _, r := range p.Fields {
		switch r.Field {
		case FieldBody:
			s.Body.N++
			a.sumP += r.Precision
			a.sumR += r.Recall
			a.sumF += r.Score
		case FieldSnippets:
			s.Snippets.Pages++
		case FieldTitle:
			s.Title.add(r.Score)
		case FieldDate:
			s.Date.add(r.Score)
		case FieldMinute:
			s.Minute.add(r.Score)
		case FieldSource:
			s.Source.add(r.Score)
			if !r.EmptyTruth {
				s.SourceNonEmpty.add(r.Score)
			}
		case FieldAuthor:
			s.Author.add(r.Score)
			if !r.EmptyTruth {
				s.AuthorNonEmpty.add(r.Score)
			}
		case FieldEditor:
			s.Editor.add(r.Score)
			if !r.EmptyTruth {
				s.EditorNonEmpty.add(r.Score)
			}
		case FieldBreadcrumb:
			s.Breadcrumb.add(r.Score)
		}
	}
	if c := p.AEB; c != nil {
		s.AEB.N++
		if c.TP+c.FP > 0 {
			s.AEB.PrecisionPages++
			a.aebP += c.Precision()
		}
		if c.TP+c.FN > 0 {
			s.AEB.RecallPages++
			a.aebR += c.Recall()
		}
		if c.Exact {
			a.aebExact++
		}
	}
	if p.Snippets != nil {
		s.Snippets.add(*p.Snippets)
	}
}

func (a *aggregator) finish() SetScore {
	s := a.s
	if n := float64(s.Body.N); n > 0 {
		s.Body.Precision, s.Body.Recall, s.Body.F1 = a.sumP/n, a.sumR/n, a.sumF/n
	}
	if s.AEB.PrecisionPages > 0 {
		s.AEB.Precision = a.aebP / float64(s.AEB.PrecisionPages)
	}
	if s.AEB.RecallPages > 0 {
		s.AEB.Recall = a.aebR / float64(s.AEB.RecallPages)
	}
	if p, r := s.AEB.Precision, s.AEB.Recall; p+r > 0 {
		s.AEB.F1 = 2 * p * r / (p + r)
	}
	if s.AEB.N > 0 {
		s.AEB.Accuracy = float64(a.aebExact) / float64(s.AEB.N)
	}
	sc := &s.Snippets
	sc.Rate = Rate{Hits: sc.Hits(), N: sc.Total()}
	if sc.TP+sc.FP > 0 {
		sc.Precision = float64(sc.TP) / float64(sc.TP+sc.FP)
	}
	if sc.TP+sc.FN > 0 {
		sc.Recall = float64(sc.TP) / float64(sc.TP+sc.FN)
	}
	if d := 2*sc.TP + sc.FP + sc.FN; d > 0 {
		sc.F1 = 2 * float64(sc.TP) / float64(d)
	}
	return s
}

// ExtractFunc extracts one page dump; extract.Extract is one.
type ExtractFunc func(data []byte, opts extract.Options) (*extract.Article, error)

// Options adjust a [Run].
type Options struct {
	// Workers is the number of pages extracted at once; 0 means
	// runtime.GOMAXPROCS(0).
	Workers int
	// Extract is passed to the ExtractFunc for every page, with Kind set
	// from the page's file name (.html or .txt).
	Extract extract.Options
}

// PageError records a page whose reading or extraction failed.
type PageError struct {
	Set   string `json:"set"`
	ID    string `json:"id"`
	Path  string `json:"path"`
	Error string `json:"error"`
}

// Report is the outcome of a [Run].
type Report struct {
	// Sets holds one score per set, in the order of the sets given to Run.
	Sets []SetScore `json:"sets"`
	// Total aggregates every page of every set (macro over pages).
	Total SetScore `json:"total"`
	// Errors lists the pages whose extraction failed, in page order.
	Errors []PageError `json:"errors"`
	// Pages holds every page's result, set by set, in page order.
	Pages []PageResult `json:"-"`
}

// Run extracts every page of sets with fn and scores it. Pages are
// extracted in parallel (opts.Workers at a time); the report's order does
// not depend on the scheduling. An error or a panic in fn, or a page that
// cannot be read, counts as an empty prediction and is listed in
// Report.Errors.
func Run(sets []Set, fn ExtractFunc, opts Options) *Report {
	rep, _ := RunContext(context.Background(), sets, fn, opts)
	return rep
}

// RunContext is [Run] that stops early when ctx is done: no new page is
// started, the pages being extracted are waited for, and it returns a nil
// report and ctx's error.
func RunContext(ctx context.Context, sets []Set, fn ExtractFunc, opts Options) (*Report, error) {
	var pages []*Page
	for si := range sets {
		for pi := range sets[si].Pages {
			pages = append(pages, &sets[si].Pages[pi])
		}
	}
	results := make([]PageResult, len(pages))
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, len(pages)))
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range next {
				results[i] = runPage(pages[i], fn, opts.Extract)
			}
		})
	}
feed:
	for i := range pages {
		select {
		case next <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	rep := &Report{Pages: results, Errors: []PageError{}, Sets: []SetScore{}}
	total := newAggregator("TOTAL", "")
	i := 0
	for _, set := range sets {
		agg := newAggregator(set.Name, set.Dir)
		for range set.Pages {
			r := &results[i]
			i++
			agg.add(r)
			total.add(r)
			if r.Err != "" {
				rep.Errors = append(rep.Errors, PageError{Set: r.Set, ID: r.ID, Path: r.Path, Error: r.Err})
			}
		}
		rep.Sets = append(rep.Sets, agg.finish())
	}
	rep.Total = total.finish()
	return rep, nil
}

// runPage reads, extracts and scores one page.
func runPage(p *Page, fn ExtractFunc, opts extract.Options) PageResult {
	opts.Kind = p.Kind
	var art *extract.Article
	data, err := os.ReadFile(p.Path)
	if err == nil {
		art, err = safeExtract(fn, data, opts)
	}
	if err != nil {
		art = nil
	}
	res := ScorePage(p.Truth, art)
	res.Set, res.ID, res.Path = p.Set, p.ID, p.Path
	if err != nil {
		res.Err = err.Error()
	}
	return res
}

// safeExtract calls fn, turning a panic into an error.
func safeExtract(fn ExtractFunc, data []byte, opts extract.Options) (art *extract.Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			art, err = nil, fmt.Errorf("panic: %v", r)
		}
	}()
	return fn(data, opts)
}
