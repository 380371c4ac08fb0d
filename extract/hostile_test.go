package extract

// The hostile-input suite: broken, adversarial and non-page inputs. Each
// must give a defined result, an article or one of ErrEmpty, ErrBinary and
// ErrNoArticle, within bounded time and memory, and every result must meet
// the output guarantees checked by checkExtracted (fuzz_test.go).
//
// Bounds, checked on every case:
//   - time: the extraction runs in a goroutine and the case fails if it
//     has not returned within hostileTimeout (60 s: the largest cases take
//     about 1-4 s on a 2-core machine, so only a hang or a blow-up trips it);
//   - memory: runtime.MemStats.TotalAlloc grows by at most
//     hostileAllocFactor × the input size + hostileAllocBase during the
//     call. TotalAlloc counts every byte allocated, so it bounds the peak
//     heap the call can need. Ordinary pages allocate 5-12× their size
//     (the decoded copy, the parse tree, blocks and their texts: a 20 MB
//     text dump 5×, a 50 MB attribute 5.5×, 32 MB of paragraphs 11×), so
//     40× leaves a margin of more than 3× and still catches a per-byte
//     blow-up such as the 44× of the class-attribute case below. The
//     64 MB base covers fixed costs (the parser, tables, goquery). Pages
//     that are nothing but tags cost by the element, not by the byte:
//     about 100-250 bytes for each element (its tree node, its block), up
//     to 225x the size of a page of bare "<li>x"; those cases are held to
//     hostileDenseFactor (400x) instead.
//
// The cases over a few MB are skipped under -short.

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

const (
	hostileTimeout     = 60 * time.Second
	hostileAllocFactor = 40
	hostileAllocBase   = 64 << 20
	hostileDenseFactor = 400
)

// fuzzParaHant is fuzzPara in Traditional characters, for Big5 pages.
const fuzzParaHant = "城市更新工程今年將全面完工，居民出行條件明顯改善。專家認為，這一政策有助於穩定市場預期，促進消費回升。"

// hostilePage is a small news page: a headline, an info line and two
// paragraphs of prose, then extra (the hostile part), then body text.
func hostilePage(meta, para, extra string) string {
	return "<!DOCTYPE html><html><head>" + meta + "<title>测试新闻标题</title></head><body>" +
		"<h1>测试新闻标题</h1><div class=\"info\">2024-05-06 10:20 来源：新华社</div>" +
		"<div class=\"content\"><p>" + para + "</p><p>" + para + "</p></div>" + extra + "</body></html>"
}

// extractBounded runs Extract within the time and memory bounds and checks
// the result against the output guarantees.
func extractBounded(t *testing.T, data []byte, opts Options) (*Article, error) {
	t.Helper()
	return extractWithin(t, data, opts, hostileAllocFactor)
}

// extractWithin is extractBounded with the allocation factor given.
func extractWithin(t *testing.T, data []byte, opts Options, factor int) (*Article, error) {
	t.Helper()
	if opts.Now.IsZero() {
		opts.Now = fuzzNow
	}
	type outcome struct {
		art *Article
		err error
	}
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	done := make(chan outcome, 1)
	go func() {
		art, err := Extract(data, opts)
		done <- outcome{art, err}
	}()
	var o outcome
	select {
	case o = <-done:
	case <-time.After(hostileTimeout):
		t.Fatalf("Extract of %d bytes did not return within %s", len(data), hostileTimeout)
	}
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	alloc := after.TotalAlloc - before.TotalAlloc
	bound := uint64(factor*len(data) + hostileAllocBase)
	t.Logf("%d bytes: %v, %d MB allocated (bound %d MB), err %v", len(data), elapsed.Round(time.Millisecond), alloc>>20, bound>>20, o.err)
	if alloc > bound {
		t.Errorf("Extract of %d bytes allocated %d MB, over the bound of %d MB", len(data), alloc>>20, bound>>20)
	}
	checkExtracted(t, data, opts, o.art, o.err)
	return o.art, o.err
}

// wantOutcome checks err against the expected sentinel (nil: an article).
func wantOutcome(t *testing.T, art *Article, err, want error) {
	t.Helper()
	if want == nil {
		if err != nil {
			t.Fatalf("error %v, want an article", err)
		}
		return
	}
	if !errors.Is(err, want) {
		t.Fatalf("error %v, want %v (article %+v)", err, want, art)
	}
}

// wantParagraphs checks that each of want is one of the article's
// paragraphs.
func wantParagraphs(t *testing.T, art *Article, want ...string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(art.Paragraphs, w) {
			t.Fatalf("paragraph %q missing from %q", w, art.Paragraphs)
		}
	}
}

func encodeWith(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding %q: %v", s, err)
	}
	return b
}

func skipHeavy(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("large input; skipped under -short")
	}
}

func TestHostileNotAPage(t *testing.T) {
	gz := func() []byte {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(hostilePage("", fuzzPara, "")))
		zw.Close()
		return b.Bytes()
	}
	noise := make([]byte, 64<<10)
	for i := range noise {
		noise[i] = byte(i*131 + i>>8*7)
	}
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), noise...)
	zip := append([]byte("PK\x03\x04\x14\x00\x00\x00\x08\x00"), noise...)
	for _, tc := range []struct {
		name string
		data []byte
		opts Options
		want error
	}{
		{"zero-length", nil, Options{}, ErrEmpty},
		{"zero-length as text", []byte{}, Options{Kind: KindText}, ErrEmpty},
		{"white space", []byte(" \r\n\t\f\v \n"), Options{}, ErrEmpty},
		{"UTF-8 BOM only", []byte("\xef\xbb\xbf"), Options{}, ErrEmpty},
		{"UTF-16 BOM and spaces", []byte("\xff\xfe \x00\n\x00"), Options{}, ErrEmpty},
		{"only NUL bytes", make([]byte, 1<<20), Options{}, ErrBinary},
		{"PNG", png, Options{}, ErrBinary},
		{"PNG as text", png, Options{Kind: KindText}, ErrBinary},
		{"PNG with --encoding gbk", png, Options{Encoding: "gbk"}, ErrBinary},
		{"PNG with --encoding utf-16le", png, Options{Encoding: "utf-16le"}, ErrBinary},
		{"zip", zip, Options{}, ErrBinary},
		{"zip with --encoding utf-8", zip, Options{Encoding: "utf-8"}, ErrBinary},
		{"gzip", gz(), Options{}, ErrBinary},
		{"random bytes with --encoding big5", noise, Options{Encoding: "big5"}, ErrBinary},
		{"markup only", []byte("<html><head><title>x</title></head><body><div><a href=/>x</a></div></body></html>"), Options{}, ErrNoArticle},
		{"one comment", []byte("<!-- " + fuzzPara + " -->"), Options{}, ErrNoArticle},
		{"base64 blob as text", bytes.Repeat([]byte("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo"), 30000), Options{}, ErrNoArticle},
	} {
		t.Run(tc.name, func(t *testing.T) {
			art, err := extractBounded(t, tc.data, tc.opts)
			wantOutcome(t, art, err, tc.want)
		})
	}
}

// TestHostileTooLarge lowers the limit on decoded text, as a page of 2 GiB
// is too much for a test: a page past it fails with ErrTooLarge, named
// with its size, and one at the limit is read. GBK text grows by half
// when decoded, and the limit counts the decoded bytes.
func TestHostileTooLarge(t *testing.T) {
	defer func(n int) { maxPageBytes = n }(maxPageBytes)
	page := []byte("第一段文字说明了这件事情的来龙去脉，内容相当丰富。\n" + fuzzPara + "\n")
	maxPageBytes = len(page)
	if _, err := Extract(page, Options{Kind: KindText}); err != nil && !errors.Is(err, ErrNoArticle) {
		t.Fatalf("a page at the limit: %v", err)
	}
	maxPageBytes = len(page) - 1
	_, err := Extract(page, Options{Kind: KindText})
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), fmt.Sprint(len(page))) {
		t.Errorf("a page one byte past the limit: err = %v, want ErrTooLarge naming %d bytes", err, len(page))
	}
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String(strings.Repeat("中文内容，", 40))
	maxPageBytes = len(gbk) + len(gbk)/4
	if _, err := Extract([]byte(gbk), Options{Encoding: "gbk", Kind: KindText}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("GBK text past the limit once decoded: err = %v, want ErrTooLarge", err)
	}
}

func TestHostileControlCharacters(t *testing.T) {
	t.Run("NUL bytes in an HTML page", func(t *testing.T) {
		page := strings.ReplaceAll(hostilePage("<meta charset=utf-8>", fuzzPara, ""), "，", "\x00，")
		art, err := extractBounded(t, []byte(page), Options{})
		wantOutcome(t, art, err, nil)
		wantParagraphs(t, art, fuzzPara)
	})
	t.Run("NUL bytes in a text dump", func(t *testing.T) {
		dump := "测试新闻标题\n2024-05-06 10:20 来源：新华社\n" + fuzzPara + "\n" + fuzzPara + "\n"
		art, err := extractBounded(t, []byte(strings.ReplaceAll(dump, "，", "，\x00")), Options{})
		wantOutcome(t, art, err, nil)
		wantParagraphs(t, art, fuzzPara)
		if art.Title != "测试新闻标题" || art.Source != "新华社" {
			t.Errorf("title %q, source %q", art.Title, art.Source)
		}
	})
	t.Run("escape sequences, DEL and C1 in a text dump", func(t *testing.T) {
		dump := "测试\x1b[1m新闻标题\x1b[0m\n" + fuzzPara + "\x7f\u0080\u009b\n" + "\x01" + fuzzPara + "\x02\n"
		art, err := extractBounded(t, []byte(dump), Options{Kind: KindText})
		wantOutcome(t, art, err, nil)
		wantParagraphs(t, art, fuzzPara)
		for _, p := range art.Paragraphs {
			if strings.Contains(p, "\x1b") {
				t.Errorf("ESC kept in %q", p)
			}
		}
	})
	t.Run("control characters in HTML text, attributes and JSON-LD", func(t *testing.T) {
		if probeKnownBugs().controlsInHTML {
			t.Skip("known: normalizeSpace (text.go) keeps control characters, so HTML text, <title>, meta and JSON-LD values keep them")
		}
		page := hostilePage(`<meta property="og:title" content="测试&#1;新闻标题">`+
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"a\u0000b","author":"张\u0001三"}</script>`,
			"城市更新\x01工程&#2;今年将全面完工，居民出行条件明显改善。\u0085专家认为\u009b，这一政策有助于稳定市场预期。", "")
		art, err := extractBounded(t, []byte(page), Options{})
		wantOutcome(t, art, err, nil)
	})
	t.Run("control characters in the canonical link", func(t *testing.T) {
		if probeKnownBugs().controlsInCanonical {
			t.Skip("known: readStructured (structured.go) keeps the canonical href as written, control characters included")
		}
		page := hostilePage(`<link rel="canonical" href="https://news.example/a&#1;b&#x7f;">`, fuzzPara, "")
		art, err := extractBounded(t, []byte(page), Options{})
		wantOutcome(t, art, err, nil)
	})
}

func TestHostileInvalidUTF8(t *testing.T) {
	for _, decl := range []string{"", `<meta charset="utf-8">`} {
		for _, bad := range []string{"\xff", "\xe4\xb8", "\xc0\xaf", "\xed\xa0\x80", "\x80\x80\x80"} {
			t.Run(fmt.Sprintf("%q declared %v", bad, decl != ""), func(t *testing.T) {
				broken := strings.Replace(fuzzPara, "专家", bad+"专家", 1)
				page := hostilePage(decl, fuzzPara, "<p>"+broken+"</p>")
				art, err := extractBounded(t, []byte(page), Options{})
				wantOutcome(t, art, err, nil)
				if art.Encoding != "utf-8" || art.InvalidBytes != 1 {
					t.Errorf("encoding %q with %d invalid bytes, want utf-8 with 1", art.Encoding, art.InvalidBytes)
				}
				wantParagraphs(t, art, fuzzPara, strings.Replace(fuzzPara, "专家", "\uFFFD专家", 1))
			})
		}
	}
	t.Run("text dump", func(t *testing.T) {
		dump := "测试新闻标题\n" + fuzzPara + "\n" + strings.Replace(fuzzPara, "专家", "\xe4\xb8专家", 1) + "\n"
		art, err := extractBounded(t, []byte(dump), Options{})
		wantOutcome(t, art, err, nil)
		if art.Encoding != "utf-8" || art.InvalidBytes != 1 {
			t.Errorf("encoding %q with %d invalid bytes", art.Encoding, art.InvalidBytes)
		}
		wantParagraphs(t, art, fuzzPara, strings.Replace(fuzzPara, "专家", "\uFFFD专家", 1))
	})
}

func TestHostileLyingCharset(t *testing.T) {
	for _, tc := range []struct {
		name    string
		data    func(t *testing.T) []byte
		wantEnc string
		para    string
	}{
		{"GBK declared utf-8", func(t *testing.T) []byte {
			return encodeWith(t, simplifiedchinese.GBK, hostilePage(`<meta charset="utf-8">`, fuzzPara, ""))
		}, "gb18030", fuzzPara},
		{"GBK declared big5", func(t *testing.T) []byte {
			return encodeWith(t, simplifiedchinese.GBK, hostilePage(`<meta http-equiv="Content-Type" content="text/html; charset=big5">`, fuzzPara, ""))
		}, "gb18030", fuzzPara},
		{"GBK declared iso-8859-1", func(t *testing.T) []byte {
			return encodeWith(t, simplifiedchinese.GBK, hostilePage(`<meta charset="iso-8859-1">`, fuzzPara, ""))
		}, "gb18030", fuzzPara},
		{"Big5 declared gb2312", func(t *testing.T) []byte {
			return encodeWith(t, traditionalchinese.Big5, strings.NewReplacer("测试新闻标题", "測試新聞標題", "来源：新华社", "來源：新華社").Replace(hostilePage(`<meta charset="gb2312">`, fuzzParaHant, "")))
		}, "big5", fuzzParaHant},
		{"UTF-8 declared gbk", func(t *testing.T) []byte {
			return []byte(hostilePage(`<meta charset="gbk">`, fuzzPara, ""))
		}, "utf-8", fuzzPara},
		{"UTF-8 declared windows-1252", func(t *testing.T) []byte {
			return []byte(hostilePage(`<meta charset="windows-1252">`, fuzzPara, ""))
		}, "utf-8", fuzzPara},
		{"UTF-8 declared utf-16", func(t *testing.T) []byte {
			return []byte(hostilePage(`<meta charset="utf-16">`, fuzzPara, ""))
		}, "utf-8", fuzzPara},
		{"UTF-8 with an HTTP header saying big5", func(t *testing.T) []byte {
			return []byte(hostilePage(``, fuzzPara, ""))
		}, "utf-8", fuzzPara},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opts := Options{}
			if strings.Contains(tc.name, "HTTP") {
				opts.ContentType = "text/html; charset=big5"
			}
			art, err := extractBounded(t, tc.data(t), opts)
			wantOutcome(t, art, err, nil)
			if art.Encoding != tc.wantEnc || art.InvalidBytes != 0 {
				t.Errorf("encoding %q with %d invalid bytes, want %s with 0", art.Encoding, art.InvalidBytes, tc.wantEnc)
			}
			wantParagraphs(t, art, tc.para)
		})
	}
}

func TestHostileCutGBK(t *testing.T) {
	full := encodeWith(t, simplifiedchinese.GBK, hostilePage(`<meta charset="gbk">`, fuzzPara, "<p>"+fuzzPara+"</p>"))
	last := bytes.LastIndex(full, encodeWith(t, simplifiedchinese.GBK, "回升"))
	for _, decl := range []bool{true, false} {
		page := full
		if !decl {
			page = bytes.Replace(full, []byte(`<meta charset="gbk">`), nil, 1)
			last -= len(`<meta charset="gbk">`)
		}
		t.Run(fmt.Sprintf("at the end, declared %v", decl), func(t *testing.T) {
			// Cut after the lead byte of 升 in the last paragraph.
			cut := page[:last+3]
			art, err := extractBounded(t, cut, Options{})
			wantOutcome(t, art, err, nil)
			if art.Encoding != "gb18030" || art.InvalidBytes != 1 {
				t.Errorf("encoding %q with %d invalid bytes, want gb18030 with 1", art.Encoding, art.InvalidBytes)
			}
			wantParagraphs(t, art, fuzzPara, strings.TrimSuffix(fuzzPara, "升。")+"\uFFFD")
		})
		t.Run(fmt.Sprintf("in the middle, declared %v", decl), func(t *testing.T) {
			// A lead byte glued to the markup that follows, as when two
			// truncated chunks are concatenated: the markup must survive.
			mid := bytes.Index(page, []byte("</p>"))
			broken := slices.Concat(page[:mid], []byte{0xB3}, page[mid:])
			art, err := extractBounded(t, broken, Options{})
			wantOutcome(t, art, err, nil)
			if art.Encoding != "gb18030" || art.InvalidBytes != 1 {
				t.Errorf("encoding %q with %d invalid bytes, want gb18030 with 1", art.Encoding, art.InvalidBytes)
			}
			wantParagraphs(t, art, fuzzPara+"\uFFFD", fuzzPara)
		})
	}
	t.Run("UTF-16 cut after an odd byte", func(t *testing.T) {
		u16 := encodeWith(t, xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), "\ufeff"+hostilePage("", fuzzPara, ""))
		art, err := extractBounded(t, u16[:len(u16)-1], Options{})
		wantOutcome(t, art, err, nil)
		if art.Encoding != "utf-16le" || art.InvalidBytes != 1 {
			t.Errorf("encoding %q with %d invalid bytes", art.Encoding, art.InvalidBytes)
		}
		wantParagraphs(t, art, fuzzPara)
	})
}

// deepCases are pages nested 100,000 deep, each in its own way.
var deepCases = []struct{ name, open string }{
	{"div", "<div>"},
	{"b", "<b>"},
	{"span", "<span>"},
	{"table", "<table><tr><td>"},
	{"ul li", "<ul><li>"},
	{"blockquote", "<blockquote>"},
	{"font with attributes", "<font color=red>"},
	{"breadcrumb div", `<div class="breadcrumb">`},
	{"a", "<a href=/x>"},
	{"p span", "<p><span>"},
	{"adoption agency", "<b><div></b>"},
}

func TestHostileDeepNesting(t *testing.T) {
	const depth = 100000
	for _, tc := range deepCases {
		t.Run(tc.name, func(t *testing.T) {
			page := hostilePage("", fuzzPara, strings.Repeat(tc.open, depth)+"<p>"+fuzzPara+"</p>")
			art, err := extractBounded(t, []byte(page), Options{})
			if isDepthError(err) {
				t.Skip("known: html.Parse refuses more than 512 open elements and buildHTMLPage (blocks_html.go) returns that as an error, losing the article")
			}
			wantOutcome(t, art, err, nil)
			wantParagraphs(t, art, fuzzPara)
		})
	}
}

// TestHostileDeepNestingWithAForm: a page too deep for the tree builder
// goes through flattenHTML and the text pipeline; the form controls of the
// usual portal header (a search box, a channel menu) must not hide the
// article that follows them.
func TestHostileDeepNestingWithAForm(t *testing.T) {
	for _, tc := range []struct{ name, header string }{
		{"<input>", `<form action="/search"><input name="q" type="text"><input type="submit" value="搜索"></form>`},
		{"<embed>", `<embed src="/flash/banner.swf" width="960">`},
		{"<option> without end tags", `<select name="channel"><option value="1">新闻<option value="2">图片</select>`},
		{"<button>", `<button type="button">搜索</button>`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if probeKnownBugs().flattenSkipsAfterVoid && tc.name != "<button>" {
				t.Skip("known: flattenHTML (blocks_html.go) counts a start tag of a skipped element as opened until its end tag, so a void <input>/<embed> or an <option> without </option> hides the rest of the page")
			}
			page := hostilePage("", fuzzPara, "")
			page = strings.Replace(page, "<h1>", tc.header+"<h1>", 1)
			page = strings.Replace(page, "</body>", strings.Repeat("<div>", 1000)+"</body>", 1)
			art, err := extractBounded(t, []byte(page), Options{})
			wantOutcome(t, art, err, nil)
			wantParagraphs(t, art, fuzzPara)
		})
	}
}

func TestHostileHugeAttribute(t *testing.T) {
	skipHeavy(t)
	big := strings.Repeat("a", 50<<20)
	for _, tc := range []struct{ name, extra, meta string }{
		{"title", `<div title="` + big + `"><p>` + fuzzPara + `</p></div>`, ""},
		{"style", `<div style="color:red;` + big + `"><p>` + fuzzPara + `</p></div>`, ""},
		{"href", `<p><a href="` + big + `">link</a>` + fuzzPara + `</p>`, ""},
		{"unquoted data attribute", `<p data-x=` + big + `>` + fuzzPara + `</p>`, ""},
		{"meta content", "", `<meta name="description" content="` + big + `">`},
		{"unterminated attribute", `<p title="` + big, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			art, err := extractBounded(t, []byte(hostilePage(tc.meta, fuzzPara, tc.extra)), Options{})
			wantOutcome(t, art, err, nil)
			wantParagraphs(t, art, fuzzPara)
		})
	}
	t.Run("class", func(t *testing.T) {
		page := hostilePage("", fuzzPara, `<div class="`+strings.Repeat("ab ", 50<<20/3)+`"><p>`+fuzzPara+`</p></div>`)
		art, err := extractBounded(t, []byte(page), Options{})
		wantOutcome(t, art, err, nil)
	})
}

// TestHostileTagSoup: pages of nothing but small elements, the most
// memory per byte a page can cost.
func TestHostileTagSoup(t *testing.T) {
	skipHeavy(t)
	for _, unit := range []string{"<li>x", "<p>x</p>", "<div>x</div>", "<br>", "<a href=/>x</a>", "<span>x</span>"} {
		t.Run(unit, func(t *testing.T) {
			page := hostilePage("", fuzzPara, strings.Repeat(unit, 2<<20/len(unit)))
			art, err := extractWithin(t, []byte(page), Options{}, hostileDenseFactor)
			wantOutcome(t, art, err, nil)
			wantParagraphs(t, art, fuzzPara)
		})
	}
}

func TestHostileNestedBreadcrumbs(t *testing.T) {
	skipHeavy(t)
	t.Skip("known: readCrumbElement (structured.go) takes sel.Text() of every breadcrumb-classed element before checking its length: 400 nested ones around 3 MB of text allocate 7.6 GB and take 34 s")
	page := hostilePage("", fuzzPara, strings.Repeat(`<div class="breadcrumb">`, 400)+strings.Repeat("<p>"+fuzzPara+"</p>", 20000))
	art, err := extractBounded(t, []byte(page), Options{})
	wantOutcome(t, art, err, nil)
}

func TestHostileScripts(t *testing.T) {
	for _, tc := range []struct {
		name   string
		page   string
		want   error
		absent string // text that must be in no paragraph
	}{
		{"never closed, after the article", hostilePage("", fuzzPara, "<script>var s = 1; '<p>"+fuzzPara+"x</p>'"), nil, "var s"},
		{"never closed, 10 MB", hostilePage("", fuzzPara, "<script>"+strings.Repeat("var s = '<p>x</p>';\n", 500000)), nil, "var s"},
		// A browser shows nothing after an unclosed <script>: no article.
		{"never closed, before the article", "<html><body><h1>测试新闻标题</h1><script>var s = 1;<p>" + fuzzPara + "</p></body></html>", ErrNoArticle, ""},
		// The first </script> ends the script, as in a browser; what
		// follows it is page text, and the article is still found.
		{"</script> inside a JS string", hostilePage("", fuzzPara, `<script>var s = "</script>"; var t = "<p>x</p>";</script>`), nil, "var s"},
		{"escaped <\\/script>", hostilePage("", fuzzPara, `<script>document.write("<script>x()<\/script>"); var s = 1;</script>`), nil, "var s"},
		{"double-escaped <!--<script>", hostilePage("", fuzzPara, `<script><!-- document.write("<script>x()</script>"); var s = 1; --></script>`), nil, "var s"},
		{"unclosed <style>", hostilePage("", fuzzPara, "<style>p { color: red }"), nil, "color"},
		{"unclosed <textarea>", hostilePage("", fuzzPara, "<textarea>"+fuzzPara), nil, ""},
		{"unclosed comment", hostilePage("", fuzzPara, "<!-- "+strings.Repeat(fuzzPara, 100)), nil, ""},
		{"unclosed <title>", "<html><head><title>" + fuzzPara + "<p>" + fuzzPara, ErrNoArticle, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			art, err := extractBounded(t, []byte(tc.page), Options{})
			wantOutcome(t, art, err, tc.want)
			if tc.want == nil {
				wantParagraphs(t, art, fuzzPara)
			}
			for _, p := range art.Paragraphs {
				if tc.absent != "" && strings.Contains(p, tc.absent) {
					t.Errorf("script text in paragraph %q", p)
				}
			}
		})
	}
}

func TestHostileJSONLD(t *testing.T) {
	ld := func(s string) string {
		return `<script type="application/ld+json">` + s + `</script>`
	}
	for _, tc := range []struct{ name, meta string }{
		{"truncated", ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"假标题`)},
		{"not JSON", ld(`<p>hello</p> var x = {`)},
		{"empty", ld(``)},
		{"100,000 nested arrays", ld(strings.Repeat("[", 100000) + strings.Repeat("]", 100000))},
		{"100,000 nested @graph", ld(strings.Repeat(`{"@graph":[`, 100000) + strings.Repeat(`]}`, 100000))},
		{"wrong types", ld(`{"@type":["NewsArticle",7],"headline":{"x":1},"datePublished":12,"author":[{"name":5},null,[[["deep"]]]],"url":false}`)},
		{"huge headline", ld(`{"@type":"NewsArticle","headline":"` + strings.Repeat("长", 1<<20) + `"}`)},
		{"many objects", ld("[" + strings.Repeat(`{"@type":"Thing"},`, 100000) + `{"@type":"Thing"}]`)},
		{"invalid UTF-8 and escapes", ld("{\"@type\":\"NewsArticle\",\"headline\":\"\xff\\ud800\\u0000\",\"author\":\"\xe4\xb8\"}")},
		{"</script> in a string", ld(`{"@type":"NewsArticle","headline":"a</script><p>leak</p>"}`)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			art, err := extractBounded(t, []byte(hostilePage(tc.meta, fuzzPara, "")), Options{})
			wantOutcome(t, art, err, nil)
			wantParagraphs(t, art, fuzzPara)
			if art.Title != "测试新闻标题" {
				t.Errorf("title %q", art.Title)
			}
		})
	}
}

func TestHostileLongLines(t *testing.T) {
	t.Run("HTML after 10 KB of blank lines", func(t *testing.T) {
		art, err := extractBounded(t, []byte(strings.Repeat("\r\n", 5000)+hostilePage("", fuzzPara, "")), Options{})
		wantOutcome(t, art, err, nil)
		wantParagraphs(t, art, fuzzPara)
	})
	t.Run("HTML after a 10 KB comment", func(t *testing.T) {
		art, err := extractBounded(t, []byte("<!--"+strings.Repeat(" licence text", 800)+" -->\n"+hostilePage("", fuzzPara, "")), Options{})
		wantOutcome(t, art, err, nil)
		wantParagraphs(t, art, fuzzPara)
	})
	t.Run("text dump of one 2 MB line", func(t *testing.T) {
		line := strings.Repeat(fuzzPara, 2<<20/len(fuzzPara))
		art, err := extractBounded(t, []byte(line), Options{})
		wantOutcome(t, art, err, nil)
		if len(art.Paragraphs) != 1 || art.Paragraphs[0] != line {
			t.Errorf("%d paragraphs", len(art.Paragraphs))
		}
	})
	for _, tc := range []struct{ name, unit string }{
		{"prose", fuzzPara},
		{"no punctuation", "城市更新工程今年将全面完工居民出行条件明显改善"},
		{"ASCII words", "the council approved the plan, after a long hearing. "},
		{"labels and dates", "来源：新华社 2012-06-02 作者：张三 "},
	} {
		t.Run("text dump of one 20 MB line of "+tc.name, func(t *testing.T) {
			skipHeavy(t)
			line := strings.Repeat(tc.unit, 20<<20/len(tc.unit))
			art, err := extractBounded(t, []byte(line), Options{})
			if err != nil && !errors.Is(err, ErrNoArticle) {
				t.Fatal(err)
			}
			if err == nil && (len(art.Paragraphs) != 1 || art.Paragraphs[0] != strings.TrimSpace(line)) {
				t.Errorf("%d paragraphs", len(art.Paragraphs))
			}
		})
	}
}

// TestLabelTableIsDeterministic: a word listed under two kinds would be
// matched as one or the other depending on map order at start-up, and the
// same page would give different JSON from one run to the next.
func TestLabelTableIsDeterministic(t *testing.T) {
	seen := map[string]labelKind{}
	for kind, words := range fieldLabels {
		for _, w := range words {
			if k, ok := seen[w]; ok && k != kind {
				t.Errorf("label %q has two kinds, %v and %v", w, k, kind)
			}
			seen[w] = kind
		}
	}
}

// quadraticCases are pages on which html.Parse (x/net/html v0.58.0) takes
// time quadratic in their size, each repeating unit about 4 MB worth. Most
// are many small text runs that the parser glues into one text node with
// n.Data += text (addText, fosterParent), each run copying all the text
// before it; the tags between the runs are ones it ignores where they
// stand, or, in a table, text it moves out in front of the table. The last
// two are repeated <body> and <html> tags, whose attributes copyAttributes
// merges through a map rebuilt from all the attributes so far: 120 KB of
// them take half a minute.
var quadraticCases = []struct{ name, prefix, unit string }{
	{"<td> outside a table", "", "<td>x"},
	{"stray end tags", "", "x</z>"},
	{"<html> in the body", "", "x<html>"},
	{"<head> in the body", "", "x<head>"},
	{"<col> outside a table", "", "x<col>"},
	{"<caption> outside a table", "", "<caption>x"},
	{"<frameset> in the body", "", "x<frameset>"},
	{"nested <form>", "", "<form>x"},
	{"stray end tags in a <select>", "<select>", "x</z>"},
	{"text in a table", "<table>", "x<tr>"},
	{"repeated <body> with attributes", "", "<body a%d>"},
	{"repeated <html> with attributes", "", "<html a%d>"},
}

// quadraticPage builds a page of the case repeated to about size bytes.
func quadraticPage(prefix, unit string, size int) string {
	var b strings.Builder
	b.WriteString(prefix)
	for i := 0; b.Len() < size; i++ {
		if strings.Contains(unit, "%d") {
			fmt.Fprintf(&b, unit, i)
		} else {
			b.WriteString(unit)
		}
	}
	return hostilePage("", fuzzPara, "<div>"+b.String()+"</div>")
}

func TestHostileQuadraticParse(t *testing.T) {
	skipHeavy(t)
	for _, tc := range quadraticCases {
		t.Run(tc.name, func(t *testing.T) {
			art, err := extractWithin(t, []byte(quadraticPage(tc.prefix, tc.unit, 4<<20)), Options{}, hostileDenseFactor)
			wantOutcome(t, art, err, nil)
			wantParagraphs(t, art, fuzzPara)
		})
	}
}

// TestTameHTMLSketch checks the fix proposed for the quadratic parses:
// parsing tameHTML(text) instead of text is fast on the pages of
// TestHostileQuadraticParse and gives the same article for every page of
// testdata/pages (and, checked once by hand, for the 393 HTML pages of the
// evaluation corpus).
func TestTameHTMLSketch(t *testing.T) {
	size := 4 << 20
	if testing.Short() {
		size = 256 << 10
	}
	for _, tc := range quadraticCases {
		t.Run(tc.name, func(t *testing.T) {
			page := quadraticPage(tc.prefix, tc.unit, size)
			art, err := extractWithin(t, []byte(tameHTML(page)), Options{Kind: KindHTML}, hostileDenseFactor)
			wantOutcome(t, art, err, nil)
			wantParagraphs(t, art, fuzzPara)
		})
	}
	pages, _ := filepath.Glob(filepath.Join("..", "testdata", "pages", "*.html"))
	for _, p := range pages {
		t.Run(filepath.Base(p), func(t *testing.T) {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			want, werr := Extract(data, Options{Now: fuzzNow})
			dec, err := Decode(data, DecodeOptions{HTML: true})
			if err != nil {
				t.Fatal(err)
			}
			got, gerr := Extract([]byte(tameHTML(dec.Text)), Options{Now: fuzzNow, Kind: KindHTML, Encoding: "utf-8"})
			if (werr == nil) != (gerr == nil) {
				t.Fatalf("error %v, untamed %v", gerr, werr)
			}
			if want == nil {
				return
			}
			got.Encoding, got.InvalidBytes = want.Encoding, want.InvalidBytes
			if !reflect.DeepEqual(got, want) {
				t.Errorf("tameHTML changes the article:\n got  %+v\n want %+v", got, want)
			}
		})
	}
}
