package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlPage is a parsed HTML page reduced to what the later stages use:
// the blocks in document order and the block-level elements that hold
// them, each with its parent and the extent of its subtree.
type htmlPage struct {
	root   *html.Node
	blocks []block
	nodes  []domNode
}

// domNode is a block-level element. Elements are numbered in pre-order, so
// a node's subtree is the index range [index, end).
type domNode struct {
	parent int // -1 for the root
	end    int
	tag    atom.Atom
	hint   float64 // >1 for article-container class names, <1 for furniture
	chrome bool    // class or id names page furniture
	// readers marks readers' sections (comments, replies): furniture even
	// when full of prose, unlike a misnamed wrapper of the story.
	readers bool
	// veiled marks an element styled visibility:hidden, or inside one:
	// not shown, but the text stays in the layout and scripts may show it
	// (WeChat veils the whole article until its script runs).
	veiled bool
}

// skippedElements hold no visible article text.
var skippedElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Svg: true, atom.Object: true, atom.Embed: true,
	atom.Canvas: true, atom.Select: true, atom.Option: true, atom.Button: true,
	atom.Textarea: true, atom.Input: true, atom.Head: true, atom.Audio: true, atom.Video: true,
	atom.Map: true, atom.Datalist: true, atom.Dialog: true,
}

// blockElements break the flow of text: each starts a new block.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Td: true, atom.Th: true, atom.Tr: true, atom.Table: true,
	atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Caption: true,
	atom.Section: true, atom.Article: true, atom.Main: true, atom.Header: true, atom.Footer: true,
	atom.Nav: true, atom.Aside: true, atom.Form: true, atom.Figure: true, atom.Figcaption: true,
	atom.Blockquote: true, atom.Pre: true, atom.Address: true, atom.Center: true, atom.Hr: true,
	atom.Fieldset: true, atom.Legend: true, atom.Details: true, atom.Summary: true, atom.Body: true,
	atom.Html: true,
}

// htmlBuilder walks the DOM once and emits blocks.
type htmlBuilder struct {
	page      htmlPage
	buf       strings.Builder
	linkRunes int
	inLink    int // depth of <a> elements whose text counts as link text
	boldRunes int
	inBold    int  // depth of <b> and <strong> elements
	afterBr   bool // the block being gathered follows a <br>
	heading   int
	titleHint int
	cur       int // current block-level element
	hintCache map[string]rawClassHint
}

// buildHTMLPage parses the decoded page and reduces it to blocks.
func buildHTMLPage(text string) (*htmlPage, error) {
	if needsTaming(text) {
		text = tameHTML(text)
	}
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return nil, err
	}
	b := &htmlBuilder{cur: -1}
	b.page.root = root
	b.walk(root)
	b.flush()
	return &b.page, nil
}

func (b *htmlBuilder) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.text(n.Data)
		return
	case html.ElementNode:
		// A <title> the parser put in the body (pages wrapped in an
		// archive's own element before <html>) is not shown either:
		// browsers hide every <title>; the structured stage reads it.
		if skippedElements[n.DataAtom] || n.DataAtom == atom.Title || isHidden(n) {
			return
		}
		b.element(n)
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.walk(c)
	}
}

func (b *htmlBuilder) text(s string) {
	if b.inLink > 0 || b.inBold > 0 {
		n := 0
		for _, r := range s {
			if !isSpaceRune(r) {
				n++
			}
		}
		if b.inLink > 0 {
			b.linkRunes += n
		}
		if b.inBold > 0 {
			b.boldRunes += n
		}
	}
	b.buf.WriteString(s)
}

func (b *htmlBuilder) element(n *html.Node) {
	a := n.DataAtom
	if a == atom.Br {
		b.flushAt(true)
		b.afterBr = true
		return
	}
	if a == atom.Img {
		return
	}
	isBlock := blockElements[a]
	// An inline element styled display:block (an empty spacer <span>
	// between paragraphs, as some portals set them) breaks the line the
	// way a browser shows it; a signature closing the paragraph before it
	// must end its block.
	boxed := !isBlock && styledAsBlock(n)
	if boxed {
		b.flush()
	}
	saved := b.cur
	savedHeading, savedTitle := b.heading, b.titleHint
	if isBlock {
		b.flush()
		idx := len(b.page.nodes)
		hint, chrome, title, readers := b.classHints(n)
		veiled := isVeiled(n) || b.cur >= 0 && b.page.nodes[b.cur].veiled
		b.page.nodes = append(b.page.nodes, domNode{parent: b.cur, tag: a, hint: hint, chrome: chrome, readers: readers, veiled: veiled})
		b.cur = idx
		if title {
			b.titleHint++
		}
		switch a {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			b.heading = int(n.Data[1] - '0')
		}
	}
	// A link holding whole paragraphs (forums wrap posts in one) is
	// content: its text does not count as link text. Teasers in link lists
	// can be long too, but they are not broken into paragraphs. A
	// javascript: link leads to no other page: around paragraphs it is a
	// script's click handler on the text, however short.
	counted := a == atom.A && !(hasLineBreak(n) && (isScriptLink(n) || textLongerThan(n, longAnchorRunes)))
	if counted {
		b.inLink++
	}
	bold := a == atom.B || a == atom.Strong
	if bold {
		b.inBold++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.walk(c)
	}
	if bold {
		b.inBold--
	}
	if counted {
		b.inLink--
	}
	if boxed {
		b.flush()
	}
	if isBlock {
		b.flush()
		b.page.nodes[b.cur].end = len(b.page.nodes)
		b.cur = saved
		b.heading, b.titleHint = savedHeading, savedTitle
	}
}

// isScriptLink reports an <a> whose href runs a script (javascript:...)
// instead of naming a page.
func isScriptLink(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "href" {
			v := strings.TrimSpace(a.Val)
			return len(v) >= len("javascript:") && strings.EqualFold(v[:len("javascript:")], "javascript:")
		}
	}
	return false
}

// longAnchorRunes is the length past which a link's text is content, not
// navigation.
const longAnchorRunes = 200

// hasLineBreak reports whether n holds a <br> or a paragraph (a card of
// nested divs, as teasers are built, does not count).
func hasLineBreak(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Br || c.DataAtom == atom.P) || hasLineBreak(c) {
			return true
		}
	}
	return false
}

// textLongerThan reports whether the text under n has more than limit
// runes; it stops counting as soon as it knows.
func textLongerThan(n *html.Node, limit int) bool {
	count := 0
	var visit func(*html.Node) bool
	visit = func(n *html.Node) bool {
		if n.Type == html.TextNode {
			count += utf8.RuneCountInString(n.Data)
			return count > limit
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if visit(c) {
				return true
			}
		}
		return false
	}
	return visit(n)
}

// flush ends the current block.
func (b *htmlBuilder) flush() { b.flushAt(false) }

// flushAt ends the current block, at a <br> when br is set. Only a block
// that is a whole element's text, no <br> on either side, counts as bold:
// a bold run cut out of a paragraph by line breaks is no headline of its
// own.
func (b *htmlBuilder) flushAt(br bool) {
	whole := !br && !b.afterBr
	b.afterBr = false
	if b.buf.Len() == 0 {
		return
	}
	text := normalizeSpace(b.buf.String())
	b.buf.Reset()
	links, bold := b.linkRunes, b.boldRunes
	b.linkRunes, b.boldRunes = 0, 0
	if text == "" {
		return
	}
	blk := newBlock(text)
	blk.linkRunes = int32(min(links, int(blk.stats.runes)))
	blk.bold = whole && bold >= int(blk.stats.runes)
	blk.heading = uint8(b.heading)
	blk.node = b.cur
	blk.titleHint = b.titleHint > 0
	b.page.blocks = append(b.page.blocks, blk)
}

// flattenHTML turns a page into text-dump lines with the tokenizer alone:
// a newline at every block element and <br>, nothing from scripts and
// styles. It is the fallback for pages the tree builder rejects (x/net/html
// refuses documents nested more than 512 elements deep), so that such a
// page still goes through the text-dump pipeline instead of failing.
func flattenHTML(text string) string {
	z := html.NewTokenizer(strings.NewReader(text))
	var b strings.Builder
	b.Grow(len(text) / 2)
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if skippedElements[a] && a != atom.Head && tt != html.SelfClosingTagToken {
				if a == atom.Input || a == atom.Embed || a == atom.Option {
					continue // void, or ended by the next <option>: never left open
				}
				if tt == html.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
				continue
			}
			if blockElements[a] || a == atom.Br || a == atom.Title {
				b.WriteByte('\n')
			}
		}
	}
}

// tameThreshold is the page size above which buildHTMLPage may tame the
// markup first: below it the parser's worst case stays well under a
// second, and ordinary pages do not pay for the extra pass.
const tameThreshold = 256 << 10

// needsTaming reports whether a page is large enough, in bytes and in
// tags at once, for the parser's quadratic cases to hurt. Their cost grows
// with the number of text runs glued together (at most one per tag) times
// the text they add up to (at most the page): a page under tameThreshold
// can hold tameThreshold/5 tags ("x<td>"), and a larger page with no more
// tags-times-bytes than that is as safe. Most large pages are large for
// their scripts and styles, with few tags: they skip the extra pass. The
// tag count is one fast byte count.
func needsTaming(text string) bool {
	if len(text) <= tameThreshold {
		return false
	}
	tags := strings.Count(text, "<")
	return float64(tags)*float64(len(text)) > float64(tameThreshold)*float64(tameThreshold/5)
}

// rawTextElements hold raw text: nothing may be inserted after their
// start tags.
var rawTextElements = map[string]bool{
	"iframe": true, "noembed": true, "noframes": true, "noscript": true, "plaintext": true,
	"script": true, "style": true, "textarea": true, "title": true, "xmp": true,
}

// tameHTML keeps x/net/html's tree builder linear on hostile pages, where
// it is quadratic: many text runs between tags it ignores (<td>x, x</z>)
// and repeated <html>/<body> tags with attributes. It copies the page
// token by token, and
//   - before every 8th text run that follows a tag, puts an empty comment,
//     and in a table (as far as the open tags tell) an empty <span> too:
//     both are nodes of their own, so the parser never glues more than 8
//     runs into one text node, the span doing it for the text moved in
//     front of a table; neither shows in the blocks. Nothing goes where it
//     would be text or would move a leading newline: after the start tag of
//     a raw-text element (script, style, title, textarea ...), pre or
//     listing;
//   - writes a repeated <html> or <body> tag without its attributes once
//     the tags of that name have brought 64 attributes: the parser merges
//     them into the first element, in time quadratic in their number, and
//     the pipeline reads only lang from them.
func tameHTML(text string) string {
	z := html.NewTokenizer(strings.NewReader(text))
	var out strings.Builder
	out.Grow(len(text) + len(text)/32)
	runs := 0
	afterTag := false
	var tables []string // open table, td, th and caption tags
	rootAttrs := map[string]int{}
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out.String()
		}
		if tt == html.TextToken && afterTag {
			if runs++; runs%8 == 0 {
				out.WriteString("<!---->")
				if len(tables) > 0 && tables[len(tables)-1] == "table" {
					out.WriteString("<span></span>")
				}
			}
		}
		afterTag = false
		raw := z.Raw()
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			n := string(name)
			afterTag = tt == html.SelfClosingTagToken || !rawTextElements[n] && n != "pre" && n != "listing"
			switch n {
			case "table", "td", "th", "caption":
				if tt == html.StartTagToken {
					tables = append(tables, n)
				}
			case "html", "body":
				if hasAttr {
					k := 0
					for more := true; more; k++ {
						_, _, more = z.TagAttr()
					}
					if rootAttrs[n] += k; rootAttrs[n] > 64 {
						raw = []byte("<" + n + ">")
					}
				}
			}
		case html.EndTagToken:
			afterTag = true
			name, _ := z.TagName()
			for i := len(tables) - 1; i >= 0; i-- {
				if tables[i] == string(name) {
					tables = tables[:i]
					break
				}
			}
		}
		out.Write(raw)
	}
}

// isHidden reports elements a browser does not show.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "style":
			s := strings.ToLower(a.Val)
			if strings.Contains(s, "display:none") || strings.Contains(s, "display: none") {
				// visibility:hidden is left alone: WeChat and others hide
				// the article that way until a script shows it.
				return true
			}
		}
	}
	return false
}

// styledAsBlock reports an element whose inline style makes it a block
// box (display:block, display: block).
func styledAsBlock(n *html.Node) bool { return inlineStyleHas(n, "display", "block") }

// isVeiled reports an element styled visibility:hidden.
func isVeiled(n *html.Node) bool { return inlineStyleHas(n, "visibility", "hidden") }

// inlineStyleHas reports whether the element's style attribute sets
// property to value, written with or without a space after the colon.
func inlineStyleHas(n *html.Node, property, value string) bool {
	for _, a := range n.Attr {
		if a.Key == "style" {
			s := strings.ToLower(a.Val)
			return strings.Contains(s, property+":"+value) || strings.Contains(s, property+": "+value)
		}
	}
	return false
}

// rawClassHint is what one attribute value's names say, before the
// values of an element are combined.
type rawClassHint struct {
	hint                      float64
	furniture, title, readers bool // furniture names, headline, readers' comments
}

// classHints reads an element's class and id for container hints. Pages
// repeat the same class names on many elements, so the answer is cached
// per page by the names it was read from.
func (b *htmlBuilder) classHints(n *html.Node) (hint float64, chrome, title, readers bool) {
	hint = 1
	switch n.DataAtom {
	case atom.Nav, atom.Footer, atom.Aside, atom.Figcaption:
		// A picture's caption describes the picture, not the story.
		chrome = true
	case atom.Article:
		hint = 1.2
	}
	// Each attribute value is read once per page and cached: class values
	// repeat on many elements, while ids are often unique, so caching
	// the values one by one rather than their combination saves most of
	// the reading.
	var h rawClassHint
	found := false
	for _, a := range n.Attr {
		if a.Val == "" || !(a.Key == "class" || a.Key == "id" || a.Key == "itemprop" || a.Key == "role") {
			continue
		}
		v := a.Val
		if len(v) > 512 {
			v = v[:512] // a 50 MB class attribute says nothing more than its start
		}
		r, ok := b.hintCache[v]
		if !ok {
			r = readClassNames(strings.ToLower(v))
			if b.hintCache == nil {
				b.hintCache = map[string]rawClassHint{}
			}
			b.hintCache[v] = r
		}
		if !found {
			h, found = r, true
			continue
		}
		h.hint = max(h.hint, r.hint)
		h.furniture = h.furniture || r.furniture
		h.title = h.title || r.title
		h.readers = h.readers || r.readers
	}
	if !found {
		return hint, chrome, false, false
	}
	if h.hint > 1 && h.furniture {
		// "article-share", "content-footer": furniture named after the
		// article it sits in (the two names may be in different
		// attributes).
		h.hint = 1
	}
	return max(hint, h.hint), chrome || h.furniture || h.readers, h.title, h.readers
}

// readClassNames interprets lower-cased class and id names: each run of
// letters and digits is a token, looked up in classHintTables (built from
// the hint lists of patterns.go), and the long body hints are searched
// in the whole value.
func readClassNames(names string) rawClassHint {
	t := &classHintTables
	h := rawClassHint{hint: 1}
	for _, lb := range t.longBody {
		if strings.Contains(names, lb.name) {
			h.hint = max(h.hint, lb.hint)
		}
	}
	for i := 0; i < len(names); {
		if !isClassNameByte(names[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(names) && isClassNameByte(names[j]) {
			j++
		}
		tok := names[i:j]
		i = j
		if v, ok := t.shortBody[tok]; ok {
			h.hint = max(h.hint, v)
		}
		h.furniture = h.furniture || t.chrome[tok] || hasPrefixIn(tok, t.chromePrefixes)
		h.readers = h.readers || hasPrefixIn(tok, t.readerPrefixes)
		if strings.Contains(tok, "title") || strings.Contains(tok, "headline") || tok == "biaoti" {
			h.title = true
		}
	}
	return h
}

// isClassNameByte reports the bytes of a class-name token: ASCII letters
// (the value is lower-cased) and digits. The bytes of other runes split
// tokens, as the runes do.
func isClassNameByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

// prefixIndex holds words looked for at the start of a token, by their
// first four bytes (a token shares them with few of the words), and the
// words shorter than that.
type prefixIndex struct {
	byHead map[string][]string
	short  []string
}

func newPrefixIndex(words []string) prefixIndex {
	x := prefixIndex{byHead: map[string][]string{}}
	for _, w := range words {
		if len(w) < 4 {
			x.short = append(x.short, w)
			continue
		}
		x.byHead[w[:4]] = append(x.byHead[w[:4]], w)
	}
	return x
}

// hasPrefixIn reports whether tok starts with one of x's words.
func hasPrefixIn(tok string, x prefixIndex) bool {
	for _, w := range x.short {
		if strings.HasPrefix(tok, w) {
			return true
		}
	}
	if len(tok) < 4 {
		return false
	}
	for _, w := range x.byHead[tok[:4]] {
		if strings.HasPrefix(tok, w) {
			return true
		}
	}
	return false
}

// classHintTables are the hint lists of patterns.go arranged for
// readClassNames. A body hint of seven letters or more is a fragment
// searched in the whole value ("article_content"); a shorter one must be a
// whole token ("main", "text"). The last ten body hints are generic and
// weigh less than the content management systems' own names. A furniture
// name must be a whole token, or start one when it is longer than three
// letters ("ad" is no prefix of "address"; "sidebar" starts "sidebar2").
var classHintTables = func() (t struct {
	longBody []struct {
		name string
		hint float64
	}
	shortBody      map[string]float64
	chrome         map[string]bool
	chromePrefixes prefixIndex
	readerPrefixes prefixIndex
}) {
	t.shortBody = map[string]float64{}
	for i, hc := range bodyHintClasses {
		hint := 1.5
		if i >= len(bodyHintClasses)-10 {
			hint = 1.15
		}
		if len(hc) >= 7 {
			t.longBody = append(t.longBody, struct {
				name string
				hint float64
			}{hc, hint})
		} else {
			t.shortBody[hc] = max(t.shortBody[hc], hint)
		}
	}
	t.chrome = map[string]bool{}
	var prefixes []string
	for _, hc := range chromeHintClasses {
		t.chrome[hc] = true
		if len(hc) > 3 {
			prefixes = append(prefixes, hc)
		}
	}
	t.chromePrefixes = newPrefixIndex(prefixes)
	t.readerPrefixes = newPrefixIndex(readersClasses)
	return t
}()

func hasToken(tokens []string, t string) bool {
	for _, x := range tokens {
		if x == t {
			return true
		}
	}
	return false
}
