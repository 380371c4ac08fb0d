package eval

import (
	"testing"

	"github.com/artext/artext/extract"
)

func sp(s string) *string { return &s }

// fieldScore runs ScorePage and returns one field's result.
func fieldScore(t *testing.T, tr Truth, a *extract.Article, f Field) (FieldResult, bool) {
	t.Helper()
	res := ScorePage(tr, a)
	return res.Field(f)
}

func TestScoreDate(t *testing.T) {
	tests := []struct {
		name           string
		iso            *string
		got            string
		wantDay        float64
		dayScored      bool
		wantMin        float64
		minScored      bool
		wantEmptyTruth bool
	}{
		{"absent key: not scored", nil, "2012-06-02", 0, false, 0, false, false},
		{"date only, right", sp("2012-06-02"), "2012-06-02", 1, true, 0, false, false},
		{"date only, time predicted", sp("2012-06-02"), "2012-06-02T08:30:02+08:00", 1, true, 0, false, false},
		{"day wrong", sp("2012-06-02"), "2012-06-03", 0, true, 0, false, false},
		{"empty prediction", sp("2012-06-02"), "", 0, true, 0, false, false},
		{"minute right with offset", sp("2012-06-02T08:30:00"), "2012-06-02T08:30:59+08:00", 1, true, 1, true, false},
		{"minute wrong", sp("2012-06-02T08:30:00"), "2012-06-02T08:31:00", 1, true, 0, true, false},
		{"no time predicted", sp("2012-06-02T08:30"), "2012-06-02", 1, true, 0, true, false},
		{"minute needs the day", sp("2012-06-02T08:30"), "2012-06-03T08:30", 0, true, 0, true, false},
		{"truth offset is ignored", sp("2021-11-01T10:52:50+01:00"), "2021-11-01T10:52", 1, true, 1, true, false},
		{"empty truth, empty prediction", sp(""), "", 1, true, 0, false, true},
		{"empty truth, a prediction", sp(""), "2012-06-02", 0, true, 0, false, true},
	}
	for _, tt := range tests {
		tr := Truth{DateISO: tt.iso, Date: sp("shown")}
		a := &extract.Article{Date: tt.got}
		day, ok := fieldScore(t, tr, a, FieldDate)
		if ok != tt.dayScored || day.Score != tt.wantDay || day.EmptyTruth != tt.wantEmptyTruth {
			t.Errorf("%s: day = %v scored %v empty %v, want %v scored %v empty %v", tt.name, day.Score, ok, day.EmptyTruth, tt.wantDay, tt.dayScored, tt.wantEmptyTruth)
		}
		min, ok := fieldScore(t, tr, a, FieldMinute)
		if ok != tt.minScored || min.Score != tt.wantMin {
			t.Errorf("%s: minute = %v scored %v, want %v scored %v", tt.name, min.Score, ok, tt.wantMin, tt.minScored)
		}
	}
}

func TestScoreDateWithoutISO(t *testing.T) {
	// A date shown on the page but not parseable to date_iso is not scored.
	res := ScorePage(Truth{Date: sp("1998年3月")}, &extract.Article{Date: "1998-03-01"})
	if _, ok := res.Field(FieldDate); ok {
		t.Error("date without date_iso was scored")
	}
}

func TestScoreExactFields(t *testing.T) {
	tests := []struct {
		name      string
		truth     *string
		got       string
		want      float64
		scored    bool
		emptyWant bool
	}{
		{"absent", nil, "x", 0, false, false},
		{"exact", sp("新华社"), "新华社", 1, true, false},
		{"normalised", sp("  新华社\u3000北京 "), "新华社 北京", 1, true, false},
		{"full width", sp("ＡＢＣ"), "ABC", 1, true, false},
		{"wrong", sp("新华社"), "人民网", 0, true, false},
		{"missing", sp("新华社"), "", 0, true, false},
		{"empty truth, empty answer", sp(""), "", 1, true, true},
		{"empty truth, an answer", sp(""), "新华社", 0, true, true},
		{"case matters", sp("BBC News"), "bbc news", 0, true, false},
	}
	for _, f := range []Field{FieldTitle, FieldSource, FieldAuthor, FieldEditor} {
		for _, tt := range tests {
			var tr Truth
			var a extract.Article
			switch f {
			case FieldTitle:
				tr.Title, a.Title = tt.truth, tt.got
			case FieldSource:
				tr.Source, a.Source = tt.truth, tt.got
			case FieldAuthor:
				tr.Author, a.Author = tt.truth, tt.got
			case FieldEditor:
				tr.Editor, a.Editor = tt.truth, tt.got
			}
			r, ok := fieldScore(t, tr, &a, f)
			if ok != tt.scored || r.Score != tt.want || r.EmptyTruth != tt.emptyWant {
				t.Errorf("%s %s: score %v scored %v empty %v, want %v %v %v", f, tt.name, r.Score, ok, r.EmptyTruth, tt.want, tt.scored, tt.emptyWant)
			}
		}
	}
}

func TestScoreBody(t *testing.T) {
	tests := []struct {
		name   string
		truth  *string
		paras  []string
		want   float64
		scored bool
	}{
		{"no body key", nil, []string{"x"}, 0, false},
		{"empty truth, empty prediction", sp(""), nil, 1, true},
		{"empty truth, a prediction", sp(""), []string{"x"}, 0, true},
		{"empty prediction", sp("a b"), nil, 0, true},
		{"paragraphs joined", sp("Hello world\nsecond line"), []string{"hello", "world second", "line"}, 1, true},
		{"half", sp("中国人民"), []string{"中国"}, 2.0 / 3, true},
	}
	for _, tt := range tests {
		res := ScorePage(Truth{Body: tt.truth}, &extract.Article{Paragraphs: tt.paras})
		r, ok := res.Field(FieldBody)
		if ok != tt.scored || !near(r.Score, tt.want) {
			t.Errorf("%s: F1 %v scored %v, want %v %v", tt.name, r.Score, ok, tt.want, tt.scored)
		}
		if (res.AEB != nil) != tt.scored {
			t.Errorf("%s: AEB counts present = %v, want %v", tt.name, res.AEB != nil, tt.scored)
		}
	}
}

func TestScoreSnippets(t *testing.T) {
	tr := Truth{
		MustContain:    []string{"more than a decade", "桃园市  平镇区", "not there"},
		MustNotContain: []string{"Related Stories", "absent boilerplate"},
	}
	a := &extract.Article{Paragraphs: []string{
		"It took more than a",
		"decade. 桃园市\u3000平镇区.",
		"Related Stories",
	}}
	res := ScorePage(tr, a)
	want := SnippetCounts{TP: 2, FN: 1, FP: 1, TN: 1}
	if res.Snippets == nil || *res.Snippets != want {
		t.Fatalf("snippets = %+v, want %+v", res.Snippets, want)
	}
	r, ok := res.Field(FieldSnippets)
	if !ok || !near(r.Score, 3.0/5) {
		t.Errorf("snippet score = %v (%v), want 0.6", r.Score, ok)
	}
	if r.Want != "+«not there» -«Related Stories»" {
		t.Errorf("snippet want = %q", r.Want)
	}
	// Case-sensitive, and no snippet truth means not scored.
	res = ScorePage(Truth{MustContain: []string{"Decade"}}, a)
	if res.Snippets.TP != 0 {
		t.Error("snippet match is not case-sensitive")
	}
	if res = ScorePage(Truth{}, a); res.Snippets != nil {
		t.Error("page without snippets got snippet counts")
	}
}

func TestScoreBreadcrumb(t *testing.T) {
	list := func(s ...string) *[]string { return &s }
	tests := []struct {
		name  string
		truth *[]string
		got   []string
		want  float64
	}{
		{"equal", list("首页", "新闻"), []string{"首页", " 新闻 "}, 1},
		{"order matters", list("首页", "新闻"), []string{"新闻", "首页"}, 0},
		{"extra item", list("首页", "新闻"), []string{"首页", "新闻", "正文"}, 0},
		{"empty truth, empty answer", list(), nil, 1},
		{"empty truth, an answer", list(), []string{"首页"}, 0},
		{"empty items dropped", list("首页", "新闻"), []string{"首页", "", "新闻"}, 1},
	}
	for _, tt := range tests {
		r, ok := fieldScore(t, Truth{Breadcrumb: tt.truth}, &extract.Article{Breadcrumb: tt.got}, FieldBreadcrumb)
		if !ok || r.Score != tt.want {
			t.Errorf("%s: %v (%v), want %v", tt.name, r.Score, ok, tt.want)
		}
	}
	if _, ok := fieldScore(t, Truth{}, &extract.Article{Breadcrumb: []string{"a"}}, FieldBreadcrumb); ok {
		t.Error("breadcrumb scored without truth")
	}
}

func TestScoreNilArticle(t *testing.T) {
	res := ScorePage(Truth{Title: sp(""), Body: sp("")}, nil)
	for _, f := range []Field{FieldTitle, FieldBody} {
		if r, _ := res.Field(f); r.Score != 1 {
			t.Errorf("%s: nil article vs empty truth = %v, want 1", f, r.Score)
		}
	}
}

func TestParseField(t *testing.T) {
	for in, want := range map[string]Field{"body": FieldBody, "date-day": FieldDate, "date-min": FieldMinute,
		"crumbs": FieldBreadcrumb, "Title": FieldTitle, "snippets": FieldSnippets} {
		if got, err := ParseField(in); err != nil || got != want {
			t.Errorf("ParseField(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseField("nope"); err == nil {
		t.Error("ParseField(nope) gave no error")
	}
}
