package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// TestArticleOutlivesInput: Extract reads valid UTF-8 input in place, so
// every string of the Article must be copied out before it returns. Each
// fixture (HTML and text, UTF-8, GBK, with a BOM...) is extracted from a
// buffer that is then overwritten; the Article must not change.
func TestArticleOutlivesInput(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("..", "testdata", "pages", "*"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	inputs := map[string][]byte{
		"utf-8 with BOM": []byte("\xef\xbb\xbf标题在这里\n来源：新华社 作者：张三\n" + fuzzPara + "\n"),
		"ascii":          []byte("A Title Here\n\nBy Jane Roe\n\n" + "The council met on Monday and agreed, after a long debate, to fund the new library for another year.\n"),
	}
	for _, p := range pages {
		if ext := filepath.Ext(p); ext == ".html" || ext == ".txt" {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			inputs[filepath.Base(p)] = data
		}
	}
	articles := 0
	for name, data := range inputs {
		t.Run(name, func(t *testing.T) {
			if art, _ := extractScribbled(t, data, Options{Now: fuzzNow}); art != nil {
				articles++
			}
		})
	}
	if articles < len(inputs)/2 {
		t.Errorf("only %d of %d inputs gave an article to check", articles, len(inputs))
	}
}

// TestExtractInvalidUTF8: bytes that are not UTF-8 after all (GBK without
// a label, a UTF-8 dump with a broken byte late in it, HTML with one) give
// what Decode's validated text gives, encoding and invalid count included.
func TestExtractInvalidUTF8(t *testing.T) {
	gbk, err := simplifiedchinese.GBK.NewEncoder().String("新闻标题\n来源：新华社\n" + fuzzPara + "\n")
	if err != nil {
		t.Fatal(err)
	}
	late := "标题在这里\n" + strings.Repeat(fuzzPara+"\n", 20) + "结尾\xff的一段话，说明了事情。\n"
	for _, tc := range []struct {
		name string
		data string
		opts Options
	}{
		{"GBK without a label", gbk, Options{}},
		{"GBK as text", gbk, Options{Kind: KindText}},
		{"UTF-8 dump, a bad byte at the end", late, Options{Kind: KindText}},
		{"UTF-8 dump, a cut rune at the end", strings.TrimSuffix(late, "\n") + "\xe4\xb8", Options{}},
		{"UTF-8 HTML, a bad byte", "<html><body><h1>标题</h1><p>" + fuzzPara + "\xfe</p></body></html>", Options{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.opts.Now = fuzzNow
			art, err := Extract([]byte(tc.data), tc.opts)
			want, ok, wantErr := extractDecoded([]byte(tc.data), tc.opts, fuzzNow, false)
			if !ok || fmt.Sprint(err) != fmt.Sprint(wantErr) || !reflect.DeepEqual(art, want) {
				t.Errorf("Extract = %+v, %v\nwant %+v, %v", art, err, want, wantErr)
			}
			dec, _ := Decode([]byte(tc.data), DecodeOptions{HTML: tc.opts.Kind != KindText})
			if art == nil || art.Encoding != dec.Encoding || art.InvalidBytes != dec.Invalid {
				t.Errorf("article %+v, want encoding %q with %d invalid as Decode says", art, dec.Encoding, dec.Invalid)
			}
		})
	}
}
