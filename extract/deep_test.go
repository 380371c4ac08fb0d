package extract

import (
	"strings"
	"testing"
)

// TestDeepNestingFallsBack: x/net/html refuses pages nested more than 512
// elements deep; such a page must still give its article, through the
// tokenizer-only fallback, and never the text of its scripts.
func TestDeepNestingFallsBack(t *testing.T) {
	para := "<p>" + strings.Repeat("这是一段用来测试深层嵌套页面的正文，内容并不重要，但要足够长才能被当作文章。", 4) + "</p>"
	page := "<html><head><title>深层嵌套测试</title><script>var x = '<div>';</script></head><body>" +
		strings.Repeat("<div>", 2000) + "<h1>深层嵌套页面的标题</h1><div>发布时间：2024-05-06 10:20 来源：测试网</div>" +
		para + para + strings.Repeat("</div>", 2000) + "</body></html>"
	art, err := Extract([]byte(page), Options{Now: goldenNow})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if len(art.Paragraphs) != 2 || art.Source != "测试网" || art.Date != "2024-05-06T10:20:00" || art.Title != "深层嵌套页面的标题" {
		t.Errorf("got %+v", art)
	}
	for _, p := range art.Paragraphs {
		if strings.Contains(p, "var x") {
			t.Errorf("script text in body: %q", p)
		}
	}
}
