package extract

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
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
	crumbs    []string        // the trail of an element named as a breadcrumb
	byline    string          // text of the first element marked as the author's
	bylines   []bylineElement // every element marked as the author's, for the one under the headline
	timeValue string          // datetime of the first <time> or itemprop=datePublished element
}

// bylineElement is an element marked as the author's, in document order.
type bylineElement struct {
	text string
	// leaf: no marked element inside it. A marked box often holds the
	// outlet, the name and a job title, each in a marked element of its
	// own ("Tech Insider Alex Perry", "Ben Silverman Games Editor").
	leaf bool
	node *html.Node
}

// maxBylineElements bounds the marked elements kept: author lists in menus
// and teasers can mark hundreds.
const maxBylineElements = 64

// jsonLD holds the fields artext reads from a JSON-LD article object.
type jsonLD struct {
	headline  string
	published string
	authors   []string
	url       string
}

// articleTypes are the JSON-LD @type values that describe the page's article:
// schema.org's Article and its subtypes, among them the posts of blogging
// and social platforms (a Tumblr post is a SocialMediaPosting).
var articleTypes = map[string]bool{
	"NewsArticle": true, "Article": true, "BlogPosting": true, "ReportageNewsArticle": true,
	"AnalysisNewsArticle": true, "OpinionNewsArticle": true, "BackgroundNewsArticle": true,
	"ReviewNewsArticle": true, "TechArticle": true, "ScholarlyArticle": true, "Report": true,
	"WebPage": false, "LiveBlogPosting": true, "SocialMediaPosting": true,
	"DiscussionForumPosting": true,
}

// Meta names that give a publication date, most trusted first.
var metaDateNames = []string{
	"article:published_time", "og:article:published_time", "datepublished", "publishdate",
	"pubdate", "publish_date", "publication_date", "dc.date.issued", "dc.date", "dcterms.created",
	"sailthru.date", "date", "parsely-pub-date", "og:published_time", "article.published",
	"publishtime", "firstpublishedtime", "weibo:article:create_at", "bytedance:published_time",
}

// Meta names that give the headline, most trusted first: Dublin Core
// properties before OpenGraph, as Readability ranks them (a page that adds
// dc:title beside og:title means it as the article's own title).
var metaTitleNames = []string{
	"dc:title", "dcterm:title", "og:title", "twitter:title", "headline", "title", "dc.title", "articletitle", "parsely-title",
}

func readStructured(root *html.Node) structured {
	s := structured{meta: map[string]string{}}
	crumbDone, bylineDone, ldDone := false, false, false
	// One pre-order walk over the tree, with an explicit stack: pages can
	// nest deeply, and running one cascadia selector per kind of evidence
	// cost more than the rest of the metadata stage together.
	stack := []*html.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
		if n.Type != html.ElementNode {
			continue
		}
		switch n.DataAtom {
		case atom.Html:
			if s.lang == "" {
				s.lang = strings.TrimSpace(firstNonEmpty(attr(n, "lang"), attr(n, "xml:lang")))
			}
		case atom.Title:
			if s.htmlTitle == "" {
				s.htmlTitle = normalizeSpace(nodeText(n))
			}
		case atom.Meta:
			s.addMeta(n)
		case atom.Link:
			if s.canonical == "" && strings.EqualFold(strings.TrimSpace(attr(n, "rel")), "canonical") {
				s.canonical = strings.Map(func(r rune) rune {
					if unicode.IsControl(r) {
						return -1
					}
					return r
				}, strings.TrimSpace(attr(n, "href")))
			}
		case atom.Script:
			if !ldDone && strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
				var v any
				// Malformed JSON-LD is common; the page still has other evidence.
				if json.Unmarshal([]byte(unwrapScriptText(nodeText(n))), &v) == nil {
					s.ld, ldDone = findArticleLD(v, 0)
				}
			}
			continue
		}
		if s.timeValue == "" {
			if n.DataAtom == atom.Time {
				s.timeValue = strings.TrimSpace(attr(n, "datetime"))
			} else if attr(n, "itemprop") == "datePublished" {
				s.timeValue = strings.TrimSpace(firstNonEmpty(attr(n, "content"), attr(n, "datetime")))
			}
		}
		if !crumbDone {
			if items := readCrumbElement(n); len(items) > 0 {
				s.crumbs, crumbDone = items, true
			}
		}
		if len(s.bylines) < maxBylineElements {
			if by := readBylineElement(n); by != "" {
				if k := len(s.bylines); k > 0 && isAncestor(s.bylines[k-1].node, n) {
					s.bylines[k-1].leaf = false
				}
				s.bylines = append(s.bylines, bylineElement{text: by, leaf: true, node: n})
				if !bylineDone {
					s.byline, bylineDone = by, true
				}
			}
		}
	}
	if s.lang == "" {
		s.lang = s.meta["content-language"]
	}
	if !validLangTag(s.lang) {
		s.lang = "" // pages put charsets and other junk here
	}
	return s
}

// unwrapScriptText removes the CDATA section or HTML comment that XHTML
// pages and some serialisers wrap around a script's text
// ("<![CDATA[ {...} ]]>", "//<![CDATA[ ... //]]>", "<!-- ... -->").
func unwrapScriptText(t string) string {
	t = strings.TrimSpace(t)
	open := strings.TrimPrefix(t, "//")
	for _, w := range [][2]string{{"<![CDATA[", "]]>"}, {"<!--", "-->"}} {
		if len(open) >= len(w[0])+len(w[1]) && strings.HasPrefix(open, w[0]) && strings.HasSuffix(open, w[1]) {
			inner := strings.TrimSuffix(open[len(w[0]):len(open)-len(w[1])], "//")
			return strings.TrimSpace(inner)
		}
	}
	return t
}

// addMeta records a <meta> element's content under each of its names.
func (s *structured) addMeta(n *html.Node) {
	content, ok := attrOK(n, "content")
	if !ok {
		return
	}
	content = normalizeSpace(content)
	if content == "" {
		return
	}
	for _, key := range []string{"property", "name", "itemprop", "http-equiv"} {
		if v, ok := attrOK(n, key); ok {
			// RDFa lets one element give several properties
			// ("dc:title og:title"); each names the same content.
			for _, k := range strings.Fields(strings.ToLower(v)) {
				if _, seen := s.meta[k]; !seen {
					s.meta[k] = content
				}
			}
		}
	}
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// nodeText is the text content of n, as goquery's Text gives it.
func nodeText(n *html.Node) string { return goquery.NewDocumentFromNode(n).Text() }

// crumbElements may hold a breadcrumb trail.
var crumbElements = map[atom.Atom]bool{atom.Nav: true, atom.Ol: true, atom.Ul: true, atom.Div: true, atom.P: true, atom.Span: true, atom.Td: true}

// readCrumbElement reads the trail of an element whose class, id or
// aria-label names it a breadcrumb: by its separators when it has them,
// else item by item (<li> or links). It returns nil for other elements.
func readCrumbElement(n *html.Node) []string {
	if !crumbElements[n.DataAtom] {
		return nil
	}
	names := attr(n, "class") + " " + attr(n, "id") + " " + attr(n, "aria-label")
	if len(names) == 2 || !containsAny(strings.ToLower(names), breadcrumbClassHints) {
		return nil
	}
	raw, ok := boundedText(n, 4096)
	if !ok {
		return nil // far too much under it to be a trail
	}
	text := normalizeSpace(raw)
	if text == "" || runeLen(text) > 120 {
		return nil
	}
	sel := goquery.NewDocumentFromNode(n).Selection
	if parts := splitBreadcrumb(text); len(parts) >= 2 {
		return parts
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
		return parts
	}
	return nil
}

// boundedText is the text under n, or false past limit bytes or nodes:
// nested elements named as breadcrumbs would otherwise each read the whole
// page below them.
func boundedText(n *html.Node, limit int) (string, bool) {
	var b strings.Builder
	nodes := 0
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		if nodes++; nodes > limit {
			return false
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			return b.Len() <= limit
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c) {
				return false
			}
		}
		return true
	}
	ok := walk(n)
	return b.String(), ok
}

// readBylineElement returns the text of an element that names itself the
// author's: rel=author, itemprop=author, or a class or id with byline or
// author in it (Western pages mark bylines this way); "" for others.
func readBylineElement(n *html.Node) string {
	if n.DataAtom == atom.Meta || n.DataAtom == atom.Link {
		return ""
	}
	marked := false
	for _, a := range n.Attr {
		switch a.Key {
		case "rel":
			marked = marked || a.Val == "author"
		case "itemprop":
			marked = marked || hasToken(strings.Fields(a.Val), "author")
		case "class":
			if containsAny(strings.ToLower(a.Val), bylineElementRejects) {
				return "" // a commenter's name, a list of authors to follow
			}
			marked = marked || strings.Contains(a.Val, "byline") || strings.Contains(a.Val, "author")
		case "id":
			marked = marked || strings.Contains(a.Val, "byline")
		}
	}
	if !marked {
		return ""
	}
	raw, ok := boundedText(n, 2000)
	if !ok {
		return "" // a container far larger than any byline
	}
	t := normalizeSpace(raw)
	if c := runeLen(t); c < 3 || c > 80 {
		return ""
	}
	return t
}

// isAncestor reports whether a is a proper ancestor of n.
func isAncestor(a, n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p == a {
			return true
		}
	}
	return false
}

// metaAuthorNames are the <meta> names that carry the author.
// Dublin Core comes first: pages that state it mean it, where a plain
// author meta is often a template default.
var metaAuthorNames = []string{"dc:creator", "dc.creator", "dcterms.creator", "author", "article:author", "og:article:author", "parsely-author", "sailthru.author", "byl"}

// twitterAuthorLabels are the twitter:labelN values whose twitter:dataN
// holds the byline (publishing plugins write "Written by" there).
var twitterAuthorLabels = []string{"Written by", "Author", "By"}

// twitterLabelled returns the twitter:dataN value whose twitter:labelN is
// one of labels, or "".
func (s *structured) twitterLabelled(labels []string) string {
	for n := 1; n <= 4; n++ {
		label := s.meta[fmt.Sprintf("twitter:label%d", n)]
		for _, l := range labels {
			if strings.EqualFold(label, l) {
				return s.meta[fmt.Sprintf("twitter:data%d", n)]
			}
		}
	}
	return ""
}

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
