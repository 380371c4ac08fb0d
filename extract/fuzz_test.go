package extract

// Fuzz targets for the whole extraction (HTML and text dumps, with the
// kind forced and sniffed) and for label parsing. They are seeded from
// every page in testdata/pages plus the small hostile inputs of
// hostileSeeds; crashers the fuzzer finds are kept under
// testdata/fuzz/<Target>/ and run by plain `go test` as regression cases.
//
// Run one target at a time (go test accepts one package and one target
// with -fuzz):
//
//	go test ./extract/ -run '^$' -fuzz '^FuzzExtractHTML$' -fuzztime 4m -fuzzminimizetime 2s
//	go test ./extract/ -run '^$' -fuzz '^FuzzExtractText$' -fuzztime 4m -fuzzminimizetime 2s
//	go test ./extract/ -run '^$' -fuzz '^FuzzParseLabels$' -fuzztime 4m -fuzzminimizetime 2s
//
// -fuzzminimizetime matters: the fuzzer minimizes every input that finds
// new coverage, and with the default 60 s spent on the 5-30 KB seed pages
// a run does little else (60 executions in 4 minutes instead of 100,000).
//
// The invariants (checkExtracted) are the output guarantees of the README's
// "Limits and guarantees": no panic; an error is ErrEmpty, ErrBinary or
// ErrNoArticle (ErrEncoding only for a forced charset); a result has at
// least one paragraph, never a nil list, and every string in it is valid
// UTF-8 without control characters (tab and line breaks are folded into
// spaces, the others dropped), so its JSON is valid, pure UTF-8, has no raw
// control byte and decodes back to the same Article.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// fuzzNow is the fixed "today" of the fuzz targets and the hostile suite.
var fuzzNow = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)

// fuzzPara is one paragraph of ordinary prose for the generated pages.
const fuzzPara = "城市更新工程今年将全面完工，居民出行条件明显改善。专家认为，这一政策有助于稳定市场预期，促进消费回升。"

// hostileSeeds are small versions of the hostile inputs of hostile_test.go.
var hostileSeeds = []string{
	"",
	" \n\t ",
	"\x00\x00\x00",
	"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
	"PK\x03\x04\x14\x00\x00\x00\x08\x00",
	"<p>" + fuzzPara + "\x00\x01\x1b[31m" + fuzzPara + "</p>",
	"标题在这里\n" + fuzzPara + "\x00\x7f\u0085\u009b\n" + fuzzPara,
	"<meta charset=utf-8><p>" + fuzzPara + "\xff\xfe\xe4\xb8</p>",
	"<meta charset=big5><title>\xb2\xe2\xca\xd4</title><p>\xb3\xc7\xca\xd0\xb8\xfc\xd0\xc2\xa3\xac\xbe\xd3\xc3\xf1</p>",
	"<html><body><p>\xb3\xc7\xca\xd0\xb8\xfc\xd0\xc2\xa3\xac\xbe\xd3\xc3",
	strings.Repeat("<div>", 600) + fuzzPara,
	strings.Repeat("<b><div></b>", 300) + fuzzPara,
	"<div title=\"" + strings.Repeat("a", 3000) + "\">" + fuzzPara + "</div>",
	"<p>" + fuzzPara + "</p><script>var s = 1; '<p>" + fuzzPara + "</p>'",
	"<script>var s = \"</script><p>x</p>\";</script><p>" + fuzzPara + "</p>",
	`<script type="application/ld+json">{"@type":"NewsArticle","headline":"a\u0000b","author":[{"name":5}],"url":"u\u0001"</script><p>` + fuzzPara + `</p>`,
	`<link rel=canonical href="http://x/&#1;&#x9f;"><p>` + fuzzPara + "&#0;&#1;</p>",
	"<!--" + strings.Repeat(" licence", 1200) + " --><html><body><p>" + fuzzPara + "</p></body></html>",
	strings.Repeat(fuzzPara, 50),
}

// fuzzSeedPages returns every page of testdata/pages whose name ends in ext.
func fuzzSeedPages(f *testing.F, ext string) [][]byte {
	f.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "pages", "*"+ext))
	if err != nil {
		f.Fatal(err)
	}
	var pages [][]byte
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		pages = append(pages, data)
	}
	if len(pages) == 0 {
		f.Fatalf("no %s pages in testdata/pages", ext)
	}
	return pages
}

func FuzzExtractHTML(f *testing.F) {
	for _, p := range fuzzSeedPages(f, ".html") {
		f.Add(p, false)
		f.Add(p, true)
	}
	for _, s := range hostileSeeds {
		f.Add([]byte(s), false)
	}
	f.Fuzz(func(t *testing.T, data []byte, auto bool) {
		opts := Options{Kind: KindHTML, Now: fuzzNow}
		if auto {
			opts.Kind = KindAuto
		}
		art, err := extractScribbled(t, data, opts)
		checkExtracted(t, data, opts, art, err)
		checkAsDecoded(t, data, opts, art, err)
	})
}

// checkAsDecoded holds Extract, which takes bytes beyond ASCII for UTF-8
// until the lines show otherwise, to the same extraction from text that
// Decode validated first.
func checkAsDecoded(t *testing.T, data []byte, opts Options, art *Article, err error) {
	t.Helper()
	if isBlankInput(data) || opts.Encoding == "" && IsBinary(data) {
		return // refused before decoding
	}
	want, _, wantErr := extractDecoded(bytes.Clone(data), opts, opts.Now, false)
	if fmt.Sprint(err) != fmt.Sprint(wantErr) {
		t.Fatalf("error %v, want %v as from validated text", err, wantErr)
	}
	got, _ := json.Marshal(art)
	exp, _ := json.Marshal(want)
	if !bytes.Equal(got, exp) {
		t.Fatalf("article differs from the one from validated text:\n got %s\nwant %s", got, exp)
	}
}

// extractScribbled runs Extract on a copy of data, then overwrites the
// copy: Extract reads the caller's bytes in place while it runs, and the
// Article it returns must not change when the caller reuses its buffer.
func extractScribbled(t *testing.T, data []byte, opts Options) (*Article, error) {
	t.Helper()
	buf := bytes.Clone(data)
	art, err := Extract(buf, opts)
	if art == nil {
		return art, err
	}
	before, _ := json.Marshal(art)
	for i := range buf {
		buf[i] = 'x'
	}
	if after, _ := json.Marshal(art); !bytes.Equal(before, after) {
		t.Fatalf("the article changed when the input buffer was overwritten:\n%s\n%s", before, after)
	}
	return art, err
}

func FuzzExtractText(f *testing.F) {
	for _, p := range fuzzSeedPages(f, ".txt") {
		f.Add(p, false)
		f.Add(p, true)
	}
	for _, s := range hostileSeeds {
		f.Add([]byte(s), false)
	}
	f.Fuzz(func(t *testing.T, data []byte, auto bool) {
		opts := Options{Kind: KindText, Now: fuzzNow}
		if auto {
			opts.Kind = KindAuto
		}
		art, err := extractScribbled(t, data, opts)
		checkExtracted(t, data, opts, art, err)
		checkAsDecoded(t, data, opts, art, err)
	})
}

func FuzzParseLabels(f *testing.F) {
	for _, s := range []string{
		"2012-06-02 08:30:02 來源:東北網  作者:",
		"发布时间：2023-05-17 08:45 来源：人民网 作者：张三",
		"(责编：李四、王五)",
		"【责任编辑：王五_NB1234】",
		"文/李明 图/王五",
		"本报记者 张三 李四",
		"记者陈怡君／台中报导",
		"据记者了解，这个来源并不可靠。",
		"来源：光明网-《光明日报》 作者：张三（实习）",
		"来源:来源:来源:",
		"来源\xe6\x9d",
	} {
		f.Add(s)
	}
	// Every line of the fixture pages that holds a label.
	for _, ext := range []string{".html", ".txt"} {
		for _, p := range fuzzSeedPages(f, ext) {
			dec, err := Decode(p, DecodeOptions{HTML: ext == ".html"})
			if err != nil {
				f.Fatal(err)
			}
			for _, b := range textBlocks(dec.Text) {
				if len(b.text) <= 400 && len(parseLabels(b.text)) > 0 {
					f.Add(b.text)
				}
			}
		}
	}
	kinds := labelKinds
	f.Fuzz(func(t *testing.T, line string) {
		got := parseLabels(line)
		if want := parseLabelsReference(line); !slices.Equal(got, want) {
			t.Fatalf("parseLabels(%q) = %+v, reference %+v", line, got, want)
		}
		if hasLabel(line) != (len(got) > 0) {
			t.Fatalf("hasLabel(%q) = %v with %d labels", line, hasLabel(line), len(got))
		}
		valid := utf8.ValidString(line)
		prev := -1
		for i, l := range got {
			if l.start <= prev || l.start < 0 || l.start+len(l.label) > len(line) || line[l.start:l.start+len(l.label)] != l.label {
				t.Fatalf("%q: label %d %+v out of place (previous at %d)", line, i, l, prev)
			}
			prev = l.start
			if k, ok := kinds[l.label]; !ok || k != l.kind {
				t.Fatalf("%q: label %q has kind %v, the table says %v (%v)", line, l.label, l.kind, k, ok)
			}
			end := len(line)
			if i+1 < len(got) {
				end = got[i+1].start
			}
			if !strings.Contains(line[l.start+len(l.label):end], l.value) {
				t.Fatalf("%q: value %q is not in the text after its label", line, l.value)
			}
			if !valid {
				continue
			}
			if !utf8.ValidString(l.value) || l.value != strings.TrimFunc(l.value, isSpaceRune) ||
				runeLen(l.value) > maxLabelValueRunes || hasProsePunct(l.value) ||
				strings.ContainsAny(l.value, "|｜\n\t") || !closesOnlyWhatItOpens(l.value) {
				t.Fatalf("%q: value %q is not a cut field value", line, l.value)
			}
		}
	})
}

// closesOnlyWhatItOpens reports whether every closing bracket of s closes
// one opened before it in s: a value ends at a bracket it did not open
// ("(责编：李四)"), and keeps the ones it did ("《光明日报》").
func closesOnlyWhatItOpens(s string) bool {
	pairs := map[rune]rune{'）': '（', ')': '(', '》': '《', ']': '[', '】': '【', '」': '「'}
	open := map[rune]int{}
	for _, r := range s {
		if o, ok := pairs[r]; ok {
			if open[o] == 0 {
				return false
			}
			open[o]--
		} else {
			open[r]++
		}
	}
	return true
}

// ---- the invariants ----

// knownBugs are the bugs of code this suite may not change, each probed
// through the public API, so that the check it blocks switches itself on
// once the bug is fixed. hostile_test.go has a skipped test for each.
type knownBugs struct {
	// controlsInHTML: normalizeSpace (text.go) keeps control characters,
	// so HTML text, attributes, <title> and JSON-LD strings keep them.
	controlsInHTML bool
	// controlsInCanonical: the canonical link (structured.go) is not
	// normalised at all.
	controlsInCanonical bool
	// deepNesting: html.Parse refuses more than 512 open elements and
	// buildHTMLPage (blocks_html.go) turns that into a plain error.
	deepNesting bool
	// flattenSkipsAfterVoid: flattenHTML (blocks_html.go), the fallback
	// for pages too deep for the tree builder, waits for the end tag of a
	// void <input> and drops everything after it.
	flattenSkipsAfterVoid bool
}

var probeKnownBugs = sync.OnceValue(func() knownBugs {
	var k knownBugs
	k.controlsInHTML = strings.ContainsFunc(normalizeSpace("a\x01b\u0080c"), unicode.IsControl)
	page := `<html><head><link rel="canonical" href="http://x.example/&#1;"></head><body><p>` + fuzzPara + `</p></body></html>`
	if art, err := Extract([]byte(page), Options{Now: fuzzNow}); err == nil {
		k.controlsInCanonical = strings.ContainsFunc(art.URL, unicode.IsControl)
	}
	_, err := Extract([]byte(strings.Repeat("<div>", 600)+fuzzPara), Options{Now: fuzzNow})
	k.deepNesting = isDepthError(err)
	deep := `<input name="q"><p>` + fuzzPara + `</p><p>` + fuzzPara + `</p>` + strings.Repeat("<div>", 600)
	_, err = Extract([]byte(deep), Options{Now: fuzzNow})
	k.flattenSkipsAfterVoid = errors.Is(err, ErrNoArticle)
	return k
})

// isDepthError reports the error html.Parse gives for too deep a page.
func isDepthError(err error) bool {
	return err != nil && strings.Contains(err.Error(), "open stack of elements exceeds")
}

// checkExtracted checks one result of Extract(data, opts) against the
// output guarantees.
func checkExtracted(t *testing.T, data []byte, opts Options, art *Article, err error) {
	t.Helper()
	known := probeKnownBugs()
	switch {
	case err == nil:
		if art == nil {
			t.Fatal("no article and no error")
		}
		if len(art.Paragraphs) == 0 {
			t.Fatalf("no error but no paragraph: %+v", art)
		}
	case errors.Is(err, ErrNoArticle):
		if art == nil || art.Paragraphs == nil || len(art.Paragraphs) != 0 {
			t.Fatalf("ErrNoArticle with %+v", art)
		}
	case errors.Is(err, ErrEmpty), errors.Is(err, ErrBinary),
		opts.Encoding != "" && errors.Is(err, ErrEncoding):
		if art != nil {
			t.Fatalf("%v with an article %+v", err, art)
		}
		return
	case known.deepNesting && isDepthError(err):
		return // known: see TestHostileDeepNesting
	default:
		t.Fatalf("error %q is none of ErrEmpty, ErrBinary, ErrNoArticle", err)
	}
	if art.Breadcrumb == nil || art.Paragraphs == nil {
		t.Fatalf("nil list: %+v", art)
	}
	if art.Encoding == "" || art.InvalidBytes < 0 || art.InvalidBytes > len(data) {
		t.Fatalf("encoding %q, %d invalid bytes of %d", art.Encoding, art.InvalidBytes, len(data))
	}
	if art.Date != "" && !isISODate(art.Date) {
		t.Fatalf("date %q is not ISO 8601", art.Date)
	}
	if art.Lang != "" {
		if _, err := language.Parse(art.Lang); err != nil {
			t.Fatalf("lang %q: %v", art.Lang, err)
		}
	}
	kind := opts.Kind
	if kind == KindAuto {
		dec, _ := Decode(data, DecodeOptions{Override: opts.Encoding, ContentType: opts.ContentType, HTML: true})
		kind = sniffKind(dec.Text)
	}
	for _, f := range articleStrings(art) {
		if !utf8.ValidString(f.value) {
			t.Fatalf("%s %q is not valid UTF-8", f.name, f.value)
		}
		if strings.ContainsFunc(f.value, unicode.IsControl) {
			switch {
			case kind == KindHTML && known.controlsInHTML:
			case kind == KindHTML && known.controlsInCanonical && f.name == "url":
			default:
				t.Fatalf("%s %q holds a control character", f.name, f.value)
			}
		}
	}
	for i, p := range art.Paragraphs {
		if p == "" || p != strings.TrimFunc(p, isSpaceRune) {
			t.Fatalf("paragraph %d %q is empty or not trimmed", i, p)
		}
	}
	for i, c := range art.Breadcrumb {
		if c == "" {
			t.Fatalf("breadcrumb item %d is empty: %q", i, art.Breadcrumb)
		}
	}
	if kind == KindText {
		checkTextFromLines(t, data, opts, art)
	}
	checkJSON(t, art)
}

// titleFromLines reports a title taken from the dump without being a
// whole line: the value of a 主题： line or the head of a "title date"
// line (part of one line), or a headline and its dash-led subtitle (two
// lines in a row).
func titleFromLines(title string, blocks []block) bool {
	for i, b := range blocks {
		if strings.Contains(b.text, title) ||
			i+1 < len(blocks) && b.text+blocks[i+1].text == title {
			return true
		}
	}
	return false
}

// checkTextFromLines checks that a text dump's title and paragraphs are
// lines of the dump: nothing is invented.
func checkTextFromLines(t *testing.T, data []byte, opts Options, art *Article) {
	t.Helper()
	// Decoded as Extract decodes it: in auto mode before the sniffing, so
	// with the <meta> prescan.
	dec, err := Decode(data, DecodeOptions{Override: opts.Encoding, ContentType: opts.ContentType, HTML: opts.Kind != KindText})
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	lines := map[string]bool{}
	blocks := textBlocks(dec.Text)
	for _, b := range blocks {
		lines[b.text] = true
		lines[withoutEditLink(b.text)] = true // a wiki heading loses its [编辑] link
	}
	if art.Title != "" && !lines[art.Title] && !titleFromLines(art.Title, blocks) {
		t.Fatalf("title %q is not a line of the dump", art.Title)
	}
	for i, p := range art.Paragraphs {
		if !lines[p] {
			t.Fatalf("paragraph %d %q is not a line of the dump", i, p)
		}
	}
}

// checkJSON checks that the article encodes to valid, pure UTF-8 JSON with
// no raw control byte, and decodes back to the same article.
func checkJSON(t *testing.T, art *Article) {
	t.Helper()
	b, err := json.Marshal(art)
	if err != nil {
		t.Fatalf("json.Marshal: %v", err)
	}
	if !utf8.Valid(b) || !json.Valid(b) {
		t.Fatalf("invalid JSON: %q", b)
	}
	if i := bytes.IndexFunc(b, func(r rune) bool { return r < 0x20 }); i >= 0 {
		t.Fatalf("raw control byte at %d in %q", i, b)
	}
	var back Article
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("json.Unmarshal: %v", err)
	}
	if !reflect.DeepEqual(&back, art) {
		t.Fatalf("JSON round trip changed the article:\n%+v\n%+v", art, &back)
	}
}

type articleField struct{ name, value string }

// articleStrings lists every string of an Article, named for messages.
func articleStrings(a *Article) []articleField {
	out := []articleField{
		{"title", a.Title}, {"date", a.Date}, {"source", a.Source}, {"author", a.Author},
		{"editor", a.Editor}, {"url", a.URL}, {"lang", a.Lang}, {"encoding", a.Encoding},
	}
	for _, c := range a.Breadcrumb {
		out = append(out, articleField{"breadcrumb item", c})
	}
	for _, p := range a.Paragraphs {
		out = append(out, articleField{"paragraph", p})
	}
	return out
}

// isISODate reports the forms Date.ISO writes.
func isISODate(s string) bool {
	return slices.ContainsFunc([]string{"2006-01-02", "2006-01-02T15:04:05", time.RFC3339}, func(l string) bool {
		_, err := time.Parse(l, s)
		return err == nil
	})
}
