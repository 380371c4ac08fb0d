package extract

import (
	"strings"
	"testing"
)

// readClassNamesReference is readClassNames as it read the lists before
// classHintTables: every hint against every token.
func readClassNamesReference(names string) rawClassHint {
	h := rawClassHint{hint: 1}
	tokens := strings.FieldsFunc(names, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
	for i, hc := range bodyHintClasses {
		long := len(hc) >= 7
		if long && strings.Contains(names, hc) || !long && hasToken(tokens, hc) {
			if i < len(bodyHintClasses)-10 {
				h.hint = max(h.hint, 1.5)
			} else {
				h.hint = max(h.hint, 1.15)
			}
		}
	}
	for _, hc := range chromeHintClasses {
		for _, t := range tokens {
			if t == hc || len(hc) > 3 && strings.HasPrefix(t, hc) {
				h.furniture = true
			}
		}
	}
	for _, t := range tokens {
		if strings.Contains(t, "title") || strings.Contains(t, "headline") || t == "biaoti" {
			h.title = true
		}
		for _, r := range readersClasses {
			if strings.HasPrefix(t, r) {
				h.readers = true
			}
		}
	}
	return h
}

var classNameSamples = []string{
	"", "article-content", "main", "main-nav", "address", "ad", "ads-top", "sidebar2 widget",
	"post-title entry-title", "comment-list", "commentlist", "replies", "js_content rich_media_content",
	"article_content zoom", "biaoti", "hd_title", "nav navbar", "social-share", "toc", "tocright",
	"col-md-8 content", "detail_content text", "navigator", "héader side", "i̇nfobox", "a1b2c3",
	"footer-copyright", "recommend-list hot", "story-body__inner", "pinglun_box", "liuyan",
}

func TestReadClassNamesTables(t *testing.T) {
	for _, s := range classNameSamples {
		if got, want := readClassNames(s), readClassNamesReference(s); got != want {
			t.Errorf("readClassNames(%q) = %+v, want %+v", s, got, want)
		}
	}
}

func FuzzReadClassNames(f *testing.F) {
	for _, s := range classNameSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.ToLower(s) // classHints lower-cases every value
		if got, want := readClassNames(s), readClassNamesReference(s); got != want {
			t.Errorf("readClassNames(%q) = %+v, want %+v", s, got, want)
		}
	})
}
