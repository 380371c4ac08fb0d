package extract

import (
	"encoding/json"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/text/language"
)

// structured is the metadata a page states for machines: <title>, <meta>
// tags (OpenGraph, Dublin Core, portal-specific names), JSON-LD and the
// canonical link. It is evidence next to the visible page, not a verdict:
// site-wide defaults are common.
type structured struct {
	htmlTitle string
	lang      string
	canonical string
	meta      map[string]string // lower-cased name/property/itemprop -> content (first wins)
	ld        jsonLD
	crumbs    []string // the trail of an element named as a breadcrumb
	byline    string   // text of the first element marked as the author's
}

// jsonLD holds the fields artext reads from a JSON-LD article object.
type jsonLD struct {
	headline  string
	published string
	authors   []string
	url       string
}

// articleTypes are the JSON-LD @type values that describe the page's article.
var articleTypes = map[string]bool{
	"NewsArticle": true, "Article": true, "BlogPosting": true, "ReportageNewsArticle": true,
	"AnalysisNewsArticle": true, "OpinionNewsArticle": true, "TechArticle": true,
	"ScholarlyArticle": true, "Report": true, "WebPage": false, "LiveBlogPosting": true,
}

// Meta names that give a publication date, most trusted first.
var metaDateNames = []string{
	"article:published_time", "og:article:published_time", "datepublished", "publishdate",
	"pubdate", "publish_date", "publication_date", "dc.date.issued", "dc.date", "dcterms.created",
	"sailthru.date", "date", "parsely-pub-date", "og:published_time", "article.published",
	"publishtime", "firstpublishedtime", "weibo:article:create_at", "bytedance:published_time",
}

// Meta names that give the headline, most trusted first.
var metaTitleNames = []string{"og:title", "twitter:title", "headline", "title", "dc.title", "articletitle"}

func readStructured(root *html.Node) structured {
	doc := goquery.NewDocumentFromNode(root)
	s := structured{meta: map[string]string{}}
	s.htmlTitle = normalizeSpace(doc.Find("title").First().Text())
	s.lang, _ = doc.Find("html").First().Attr("lang")
	s.lang = strings.TrimSpace(s.lang)
	doc.Find("meta").Each(func(_ int, m *goquery.Selection) {
		content, ok := m.Attr("content")
		if !ok {
			return
		}
		content = normalizeSpace(content)
		for _, key := range []string{"property", "name", "itemprop", "http-equiv"} {
			if k, ok := m.Attr(key); ok {
				k = strings.ToLower(strings.TrimSpace(k))
				if _, seen := s.meta[k]; !seen && content != "" {
					s.meta[k] = content
				}
			}
		}
	})
	if s.lang == "" {
		s.lang = s.meta["content-language"]
	}
	if !validLangTag(s.lang) {
		s.lang = "" // pages put charsets and other junk here
	}
	doc.Find("link[rel]").EachWithBreak(func(_ int, l *goquery.Selection) bool {
		if rel, _ := l.Attr("rel"); strings.EqualFold(strings.TrimSpace(rel), "canonical") {
			s.canonical, _ = l.Attr("href")
			s.canonical = strings.TrimSpace(s.canonical)
			return false
		}
		return true
	})
	s.crumbs = readCrumbElement(doc)
	s.byline = readBylineElement(doc)
	doc.Find(`script[type="application/ld+json"]`).EachWithBreak(func(_ int, sc *goquery.Selection) bool {
		var v any
		if json.Unmarshal([]byte(sc.Text()), &v) != nil {
			return true // malformed JSON-LD is common; the page still has other evidence
		}
		if ld, ok := findArticleLD(v, 0); ok {
			s.ld = ld
			return false
		}
		return true
	})
	return s
}

// readCrumbElement reads the trail from the first element whose class, id
// or aria-label names it a breadcrumb: by its separators when it has them,
// else item by item (<li> or links).
func readCrumbElement(doc *goquery.Document) []string {
	var items []string
	doc.Find("nav, ol, ul, div, p, span, td").EachWithBreak(func(_ int, sel *goquery.Selection) bool {
		names := strings.ToLower(sel.AttrOr("class", "") + " " + sel.AttrOr("id", "") + " " + sel.AttrOr("aria-label", ""))
		if !containsAny(names, breadcrumbClassHints) {
			return true
		}
		text := normalizeSpace(sel.Text())
		if text == "" || runeLen(text) > 120 {
			return true
		}
		if parts := splitBreadcrumb(text); len(parts) >= 2 {
			items = parts
			return false
		}
		var parts []string
		sel.Find("li").Each(func(_ int, li *goquery.Selection) {
			if t := trimPunctSpace(normalizeSpace(li.Text())); t != "" {
				parts = append(parts, t)
			}
		})
		if len(parts) < 2 {
			parts = parts[:0]
			sel.Find("a").Each(func(_ int, a *goquery.Selection) {
				if t := trimPunctSpace(normalizeSpace(a.Text())); t != "" {
					parts = append(parts, t)
				}
			})
		}
		if len(parts) >= 2 && len(parts) <= 10 {
			items = parts
			return false
		}
		return true
	})
	return items
}

// readBylineElement returns the text of the first element that names
// itself the author's: rel=author, itemprop=author, or a class or id with
// byline or author in it. Western pages mark bylines this way.
func readBylineElement(doc *goquery.Document) string {
	var by string
	doc.Find(`[rel="author"], [itemprop~="author"], [class*="byline"], [id*="byline"], [class*="author"]`).EachWithBreak(func(_ int, sel *goquery.Selection) bool {
		if goquery.NodeName(sel) == "meta" || goquery.NodeName(sel) == "link" {
			return true
		}
		t := normalizeSpace(sel.Text())
		if n := runeLen(t); n >= 3 && n <= 80 {
			by = t
			return false
		}
		return true
	})
	return by
}

// metaAuthorNames are the <meta> names that carry the author.
var metaAuthorNames = []string{"author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl"}

// validLangTag reports a well-formed language tag with a known language.
func validLangTag(t string) bool {
	if t == "" {
		return false
	}
	tag, err := language.Parse(t)
	if err != nil {
		return false
	}
	_, conf := tag.Base()
	return conf != language.No
}

// findArticleLD looks for an article object in decoded JSON-LD, through
// arrays and @graph, to a bounded depth.
func findArticleLD(v any, depth int) (jsonLD, bool) {
	if depth > 6 {
		return jsonLD{}, false
	}
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			if ld, ok := findArticleLD(e, depth+1); ok {
				return ld, true
			}
		}
	case map[string]any:
		if isArticleType(t["@type"]) {
			ld := jsonLD{
				headline:  ldString(t["headline"]),
				published: ldString(t["datePublished"]),
				url:       ldString(t["url"]),
			}
			if ld.headline == "" {
				ld.headline = ldString(t["name"])
			}
			ld.authors = ldNames(t["author"], 0)
			return ld, true
		}
		if g, ok := t["@graph"]; ok {
			return findArticleLD(g, depth+1)
		}
	}
	return jsonLD{}, false
}

func isArticleType(v any) bool {
	switch t := v.(type) {
	case string:
		return articleTypes[t]
	case []any:
		for _, e := range t {
			if s, ok := e.(string); ok && articleTypes[s] {
				return true
			}
		}
	}
	return false
}

func ldString(v any) string {
	if s, ok := v.(string); ok {
		return normalizeSpace(s)
	}
	return ""
}

// ldNames reads author names from a string, a Person object or a list.
func ldNames(v any, depth int) []string {
	if depth > 3 {
		return nil
	}
	switch t := v.(type) {
	case string:
		if s := normalizeSpace(t); s != "" {
			return []string{s}
		}
	case map[string]any:
		if s := ldString(t["name"]); s != "" {
			return []string{s}
		}
	case []any:
		var out []string
		for _, e := range t {
			out = append(out, ldNames(e, depth+1)...)
		}
		return out
	}
	return nil
}

// firstMeta returns the first non-empty meta value among names.
func (s *structured) firstMeta(names []string) string {
	for _, n := range names {
		if v := s.meta[n]; v != "" {
			return v
		}
	}
	return ""
}
