package extract

import (
	"os"
	"path/filepath"
	"testing"
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
