package extract

import (
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// Extract reads one page dump and returns its article.
//
// It returns an error wrapping ErrEmpty, ErrBinary, ErrEncoding or
// ErrTooLarge when the bytes cannot be read as a page, and ErrNoArticle,
// together with the metadata it did find, when the page holds no article
// body.
//
// Extract reads data in place and never writes to it: data must not change
// while Extract runs. The Article keeps no reference to data once Extract
// has returned, so the caller may then reuse the buffer.
func Extract(data []byte, opts Options) (*Article, error) {
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	if isBlankInput(data) {
		return nil, ErrEmpty
	}
	// The magic numbers now; IsBinary's count of control bytes once the
	// text is decoded (see extractDecoded), when a dump read in place
	// can have it from the pass that measures its lines.
	if opts.Encoding == "" && hasBinaryMagic(data) {
		return nil, ErrBinary
	}
	// Bytes beyond ASCII are first taken for UTF-8 without a pass that
	// validates them: a text dump's lines show invalid bytes as they are
	// measured, and HTML is validated before it is parsed. Should they
	// not be UTF-8, the page is decoded again from the start, as Decode
	// decodes it.
	art, ok, err := extractDecoded(data, opts, now, true)
	if !ok {
		art, _, err = extractDecoded(data, opts, now, false)
	}
	return art, err
}

// extractDecoded is Extract after the first checks. With trust, decoding
// takes valid UTF-8 for granted (decode with trust), and ok is false when
// the text proved not to be: the caller must then run it again without.
func extractDecoded(data []byte, opts Options, now time.Time, trust bool) (art *Article, ok bool, err error) {
	// The text borrows data's memory where it can: only what the Article
	// keeps is copied, at the end.
	dec, err := decode(data, DecodeOptions{Override: opts.Encoding, ContentType: opts.ContentType, HTML: opts.Kind != KindText}, true, trust)
	if err != nil {
		return nil, true, err
	}
	// IsBinary, which Extract asks without a forced charset, is answered
	// before anything else, unless the text is data itself read in
	// place: a text dump's lines then show whether the first 8 KB hold a
	// control byte at all, and only then is the count made.
	sniffBinary := opts.Encoding == ""
	if sniffBinary && (len(dec.Text) != len(data) || !sharesMemory(dec.Text, data)) {
		if IsBinary(data) {
			return nil, true, ErrBinary
		}
		sniffBinary = false
	}
	if strings.TrimSpace(dec.Text) == "" {
		return nil, true, ErrEmpty
	}
	kind := opts.Kind
	if kind == KindAuto && len(dec.Text) <= maxPageBytes {
		kind = sniffKind(dec.Text)
	}
	if sniffBinary && (kind != KindText || len(dec.Text) > maxPageBytes) {
		if IsBinary(data) {
			return nil, true, ErrBinary
		}
		sniffBinary = false
	}
	if len(dec.Text) > maxPageBytes {
		if dec.unchecked && !utf8.ValidString(dec.Text) {
			return nil, false, nil
		}
		return nil, true, fmt.Errorf("%w: %d bytes once decoded, past the %d Extract reads", ErrTooLarge, len(dec.Text), maxPageBytes)
	}
	art = &Article{Breadcrumb: []string{}, Paragraphs: []string{}, Encoding: dec.Encoding, InvalidBytes: dec.Invalid}
	var facts pageFacts
	if kind == KindHTML {
		if dec.unchecked && !utf8.ValidString(dec.Text) {
			return nil, false, nil
		}
		facts, err = extractHTML(dec.Text, art, opts, now)
	} else {
		screen := 0
		if sniffBinary {
			screen = binarySniffWindow
		}
		blocks, valid, control := splitTextBlocks(dec.Text, true, screen)
		if !valid && dec.unchecked {
			return nil, false, nil
		}
		if sniffBinary && (control || !valid) && IsBinary(data) {
			putBlocks(blocks)
			return nil, true, ErrBinary
		}
		facts = extractTextBlocks(blocks, art, now)
		putBlocks(blocks) // the facts and the Article keep strings, no block
	}
	if err != nil {
		return nil, true, err
	}
	art.Title = facts.title
	if facts.hasDate {
		art.Date = facts.date.ISO(opts.Location)
	}
	art.Source, art.Author, art.Editor = facts.source, facts.author, facts.editor
	if facts.crumbs != nil {
		art.Breadcrumb = facts.crumbs
	}
	if art.Lang == "" {
		art.Lang = articleLang(art.Paragraphs)
	}
	if art.URL == "" {
		art.URL = opts.URL
	}
	if sharesMemory(dec.Text, data) {
		art.ownStrings()
	}
	if len(art.Paragraphs) == 0 {
		return art, true, ErrNoArticle
	}
	return art, true, nil
}

// classifyAll gives every block its text-based role, and returns the
// labels parsed on the way for the stages that read the fields.
func classifyAll(blocks []block, now time.Time) blockLabels {
	return classifyAllInto(blocks, now, make(blockLabels, len(blocks)))
}

// classifyAllInto is classifyAll keeping the labels in labels, which
// holds one nil entry per block.
func classifyAllInto(blocks []block, now time.Time, labels blockLabels) blockLabels {
	for i := range blocks {
		l := lineFacts{text: blocks[i].text, textStats: blocks[i].stats}
		blocks[i].role = classifyLine(&l, now)
		if l.labelsOK {
			labels.set(i, l.labels)
		}
	}
	return labels
}

// blockLabels holds parseLabels of a page's lines, by block index, for
// the lines parsed so far: nil for a line not parsed yet. The classifier
// parses the short lines that hold a label word, and the stages that read
// the fields (anchorInfoLine, readFields, authorNearBody) come back to the
// same info lines. A line's labels depend on its text alone, and the texts
// do not change once the blocks are built. Callers only read the slices
// it gives; a nil blockLabels parses every time. A slice rather than a
// map: the map grew with every labelled line, several allocations a page,
// where the slice is one, and recycled with the page's scratch.
type blockLabels [][]labelValue

// noLabels marks a line parsed and found without labels, which parseLabels
// gives as nil, the mark of a line not parsed yet.
var noLabels = []labelValue{}

// set keeps v as the labels of block i.
func (m blockLabels) set(i int, v []labelValue) {
	if v == nil {
		v = noLabels
	}
	m[i] = v
}

// of returns parseLabels(blocks[i].text), parsing it once.
func (m blockLabels) of(blocks []block, i int) []labelValue {
	if m == nil {
		return parseLabels(blocks[i].text)
	}
	v := m[i]
	if v == nil {
		v = parseLabels(blocks[i].text)
		m.set(i, v)
	}
	return v
}

// pageScratch holds the per-block work arrays of one page (its labels, its
// dates, the body search's scores), which are garbage once the page's
// facts are read. Allocated afresh they were about a third of a text
// dump's allocations; recycled through scratchPool they cost a clear.
// Every array comes back to the pool cleared, so that the pool keeps no
// page's text alive and a page starts from empty memos.
type pageScratch struct {
	labels    blockLabels
	dates     pageDates
	dateState []int32 // the array under dates.state, both nows
	memo      bodyMemo
	teaser    []int // endAtTeaserList's counts, cleared by it on the way out
}

// scratchPool recycles pageScratch values between pages.
var scratchPool sync.Pool // of *pageScratch

// maxPooledScratch is the most blocks a scratch kept for reuse has room
// for, the bound of the block pool.
const maxPooledScratch = maxPooledBlocks

// getScratch returns a scratch with room for n blocks, its labels sized
// for them and its dates a fresh memo for now. The caller gives it back
// with putScratch once nothing reads it any more.
func getScratch(n int, now time.Time) *pageScratch {
	s, _ := scratchPool.Get().(*pageScratch)
	if s == nil || !recycleBlocks {
		s = &pageScratch{}
	}
	s.labels = growZeroed(s.labels, n)
	s.dateState = growZeroed(s.dateState, 2*n)
	s.dates = pageDates{now: now, state: [2][]int32{s.dateState[:n:n], s.dateState[n:]}, found: s.dates.found[:0]}
	s.memo = bodyMemo{score: growZeroed(s.memo.score, n), dated: growZeroed(s.memo.dated, n), dates: &s.dates, run: s.memo.run[:0]}
	return s
}

// growZeroed returns s resliced to n, or a new slice when it has no room:
// a pooled slice is all zeros up to its capacity.
func growZeroed[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// putScratch clears s and gives it back to the pool.
func putScratch(s *pageScratch) {
	if !recycleBlocks || cap(s.labels) > maxPooledScratch || cap(s.memo.score) > maxPooledScratch || cap(s.teaser) > 3*maxPooledScratch {
		return
	}
	clear(s.labels)
	clear(s.dateState)
	clear(s.dates.found)
	clear(s.memo.score)
	clear(s.memo.dated)
	clear(s.memo.run[:cap(s.memo.run)]) // the tries before the last were longer
	s.memo.run = s.memo.run[:0]
	s.dates = pageDates{found: s.dates.found[:0]}
	s.memo.dates = nil
	scratchPool.Put(s)
}

// extractText runs the text-dump pipeline: lines, roles, the dense run of
// body lines, then the metadata around it.
func extractText(text string, art *Article, now time.Time) pageFacts {
	return extractTextBlocks(textBlocks(text), art, now)
}

// extractTextBlocks is extractText for the blocks of the text.
func extractTextBlocks(blocks []block, art *Article, now time.Time) pageFacts {
	scratch := getScratch(len(blocks), now)
	defer putScratch(scratch)
	dates := &scratch.dates
	labels := classifyAllInto(blocks, now, scratch.labels)
	markCodeLines(blocks)
	unmarkListStamps(blocks, dates)
	// The densest run, unless a run under a dated headline is nearly as
	// dense; the choice is made again once the info line is known.
	// The roles stay as they are until the body is chosen: the lines'
	// scores and dates are worked out once for the two or three tries.
	memo := &scratch.memo
	memo.scoreAll(blocks)
	textBody := func(anchor int) []int {
		return preferHeadedRunMemo(blocks, memo, textBodyBlocksMemo(blocks, memo, anchor))
	}
	body := textBody(-1)
	start := -1
	if len(body) > 0 {
		start = body[0]
	}
	f := pageFacts{infoIdx: anchorInfoLine(blocks, labels, dates, body), titleIdx: -1, labels: labels, dates: dates}
	if f.infoIdx >= 0 {
		body = textBody(f.infoIdx)
		if len(body) > 0 {
			start = body[0]
		}
	}
	if f.title, f.titleIdx = entryTitle(blocks, start); f.titleIdx < 0 {
		f.title, f.titleIdx = textTitleDates(blocks, dates, f.infoIdx, start, &f.trails)
	}
	if f.infoIdx < 0 && f.titleIdx >= 0 && len(body) > 0 && f.titleIdx < body[0] {
		// No info line: the body starts right under the headline.
		body = textBody(f.titleIdx)
	}
	if f.infoIdx < 0 && f.titleIdx >= 0 {
		// Too far above the dense run to anchor it (a forum's first post
		// opens with a table of short lines), the info line is still
		// the one right under the headline.
		f.infoIdx = infoUnderHeadline(blocks, f.titleIdx)
	}
	// A page of posts: the article is the first, and its byline is the
	// footer that closes it.
	body = endAtRepeatedPostFooter(blocks, body)
	readFields(&f, blocks, body, now)
	fillAuthor(&f, blocks, body)
	if !f.hasDate && f.titleIdx >= 0 {
		f.date, f.hasDate = findDateNear(blocks, dates, f.titleIdx+1, f.titleIdx+6, now)
	}
	if !f.hasDate {
		f.date, f.hasDate = labelledDateAfter(blocks, body, now)
	}
	if f.hasDate {
		f.date = settleDayMonth(f.date, blocks, "", nil, now)
	}
	f.crumbs = findBreadcrumb(blocks, f.title, f.titleIdx, nil, &f.trails)
	art.Paragraphs = assembleParagraphs(blocks, dropGallery(blocks, endAtTeaserListIn(blocks, extendNumberedList(blocks, body), false, &scratch.teaser)), f.title)
	f.labels, f.dates = nil, nil // they go back to the pool with the scratch
	return f
}

// extractHTML runs the HTML pipeline: blocks with DOM evidence, roles, the
// article container, then the metadata, preferring what the page shows to
// what its structured data says.
func extractHTML(text string, art *Article, opts Options, now time.Time) (pageFacts, error) {
	page, err := buildHTMLPage(text)
	if err != nil {
		// The tree builder gives up on some broken pages (nesting deeper
		// than it allows); their text still holds the article.
		return extractText(flattenHTML(text), art, now), nil
	}
	blocks := page.blocks
	scratch := getScratch(len(blocks), now)
	defer putScratch(scratch)
	labels := classifyAllInto(blocks, now, scratch.labels)
	s := readStructured(page.root)
	body := firstPostOfListing(page, htmlBodyBlocks(page))
	start := -1
	if len(body) > 0 {
		start = body[0]
	}
	f := pageFacts{labels: labels}
	f.title, f.titleIdx = htmlTitle(blocks, &s, firstProse(blocks, body))
	f.title = withoutEditLink(f.title) // a wiki's <h1> holds its [编辑] link
	anchor := start
	if f.titleIdx >= 0 && (anchor < 0 || f.titleIdx < anchor) {
		// Info lines sit between the headline and the body.
		f.infoIdx = findInfoLine(blocks, max(anchor, f.titleIdx+1))
	} else {
		f.infoIdx = findInfoLine(blocks, anchor)
	}
	if f.infoIdx < 0 && f.titleIdx >= 0 {
		// Widgets and teasers can stand between the info line and a body
		// far below; the line right under the headline is still the one.
		f.infoIdx = infoUnderHeadline(blocks, f.titleIdx)
	}
	// A page of posts: the article is the first, and its byline is the
	// footer that closes it.
	body = endAtRepeatedPostFooter(blocks, body)
	readFields(&f, blocks, body, now)
	labelled := f.author
	fillAuthor(&f, blocks, body)
	if f.author != labelled {
		// A byline guessed from around the text (a bracketed word closing
		// it, which may be the paper's short name) gives way to the name
		// the page marks as its author's.
		if m := markedAuthor(&s, &f); m != "" {
			f.author = m
		}
	}
	visible, hasVisible := f.date, f.hasDate
	if !hasVisible && f.titleIdx >= 0 {
		visible, hasVisible = findDateNear(blocks, nil, f.titleIdx+1, f.titleIdx+8, now)
	}
	if !hasVisible {
		visible, hasVisible = labelledDateAfter(blocks, body, now)
	}
	metas := structuredDates(&s, now)
	if hasVisible {
		visible = settleDayMonth(visible, blocks, firstNonEmpty(s.lang, s.meta["og:locale"]), metas, now)
	}
	f.date, f.hasDate = mergeDates(visible, hasVisible, metas)
	if f.author == "" {
		f.author = markedAuthor(&s, &f)
	}
	if pageLang(f.title, blocks, body) == "en" {
		// Western pages have no 来源 line; the outlet they name for
		// machines is the closest thing, and JSON-LD often holds the byline.
		if f.source == "" {
			f.source = s.meta["og:site_name"]
		}
		// Pages mark the bylines of teasers and author menus too; the
		// article's is the one under its headline.
		stated := westernAuthor(&s, bylineUnderHeadline(blocks, f.titleIdx, s.bylines))
		switch {
		case f.author == "":
			f.author = stated
		case stated != "" && (strings.EqualFold(f.author, stated) || strings.HasPrefix(f.author, stated)):
			// "By JEFFREY GETTLEMAN" in capitals, "Alissa
			// Wilkinson@alissamarie Updated": the same name, written
			// plainly for machines.
			f.author = stated
		}
	}
	f.crumbs = findBreadcrumb(blocks, f.title, f.titleIdx, s.crumbs, nil)
	art.Paragraphs = assembleParagraphs(blocks, dropGallery(blocks, endAtTeaserListIn(blocks, body, true, &scratch.teaser)), f.title)
	art.Lang = s.lang
	art.URL = firstNonEmpty(s.canonical, s.meta["og:url"], s.ld.url)
	f.labels = nil // it goes back to the pool with the scratch
	return f, nil
}

// westernAuthor reads the byline of a page without Chinese labels: JSON-LD,
// then <meta>, then the marked byline under the headline (near), else the
// first element marked as the byline.
func westernAuthor(s *structured, near string) string {
	var names []string
	for _, a := range s.ld.authors {
		if a = trimPunctSpace(a); a != "" && !isNonAuthor(a) {
			names = append(names, a)
		}
	}
	if len(names) > 0 {
		return strings.Join(names, ", ")
	}
	for _, a := range []string{s.firstMeta(metaAuthorNames), s.twitterLabelled(twitterAuthorLabels)} {
		if a = trimPunctSpace(a); a != "" && !strings.Contains(a, "://") && !isNonAuthor(a) {
			return a
		}
	}
	if by := firstNonEmpty(near, s.byline); by != "" {
		if name, ok := bylineName(by); ok {
			return name
		}
		return nameFromByline(by)
	}
	return ""
}

// bylineUnderHeadline returns the text of the marked byline element shown
// in the few lines under the headline, or "". Of nested marked elements it
// takes the innermost that names someone, unless the outer one is a whole
// "By ..." byline: the box around a name also holds the outlet and the
// job title.
func bylineUnderHeadline(blocks []block, titleIdx int, marked []bylineElement) string {
	if titleIdx < 0 {
		return ""
	}
	for i := titleIdx + 1; i < len(blocks) && i <= titleIdx+6; i++ {
		for _, m := range marked {
			if !strings.Contains(blocks[i].text, m.text) {
				continue
			}
			if _, ok := bylineName(m.text); ok {
				return m.text
			}
			if m.leaf && bylineNamesSomeone(m.text) {
				return m.text
			}
		}
	}
	return ""
}

// bylineNamesSomeone reports a marked element's text from which a name can
// be read: a labelled byline (記者陳嘉寧／桃園報導), a bare name, or a
// Western name with its date and separators.
func bylineNamesSomeone(v string) bool {
	for _, l := range parseLabels(v) {
		if l.kind == labelAuthor && cleanAuthor(l.value) != "" {
			return true
		}
	}
	return isBareName(v) && !isNonAuthor(v) || nameFromByline(v) != ""
}

// pageLang says which language the headline is in, or, for a page
// without one, the first lines of its body.
func pageLang(title string, blocks []block, body []int) string {
	if title != "" {
		return guessLang([]string{title})
	}
	var texts []string
	for _, i := range body[:min(5, len(body))] {
		texts = append(texts, blocks[i].text)
	}
	return guessLang(texts)
}

// nameFromByline reads the name out of an unprefixed byline element,
// which carries more than the name: "Dan Goodin - Apr 16, 2015 8:02 pm",
// "James Akinaka • 8h", "Nicolas Perriault —", "Aleš Vávra před 2
// hodinami", "Martin Untersinger (avec ...)". It cuts at the first
// separator, bracket, date or digit, drops the
// lower-case words around the name, and returns "" unless one to five
// capitalised words are left.
func nameFromByline(v string) string {
	if hasLabel(v) {
		return "" // "Last Updated: January 7, 2025"
	}
	if _, start, _, ok := FindDate(v, farFuture); ok {
		v = v[:start]
	}
	if i := strings.IndexAny(v, "•|@·—–(0123456789\n"); i >= 0 {
		if nick, ok := nicknameAt(v, i); ok {
			// "Richard (R.J.) Eskow": initials or a nickname in brackets
			// inside the name do not end it; the name is read without them.
			v = v[:i] + v[i+len(nick):]
			i = strings.IndexAny(v, "•|@·—–(0123456789\n")
		}
		if i >= 0 {
			v = v[:i]
		}
	}
	if i := strings.Index(v, " - "); i >= 0 {
		v = v[:i]
	}
	words := strings.Fields(withoutJobTitle(strings.TrimFunc(v, isWrapRune)))
	if len(words) > 1 && !startsUpper(words[0]) && runeLen(words[0]) <= 4 {
		words = words[1:] // por, par, von: "by" in other languages
	}
	for k := 0; k < 2 && len(words) > 0 && !startsUpper(words[len(words)-1]); k++ {
		words = words[:len(words)-1] // před (2 hodinami): "ago"
	}
	if len(words) == 0 || len(words) > 5 {
		return ""
	}
	for _, w := range words {
		if !startsUpper(w) && !nameParticles[w] || strings.ContainsAny(w, ":/,") || statsOf(w).han > 0 {
			return ""
		}
	}
	return strings.Join(words, " ")
}

// nicknameAt reports a short bracketed word at v[i:] that stands inside a
// name, followed by the rest of it: "(R.J.) Eskow", "(Bud) Smith". It
// returns the brackets and the space after them.
func nicknameAt(v string, i int) (string, bool) {
	if v[i] != '(' {
		return "", false
	}
	end := strings.IndexByte(v[i:], ')')
	if end < 0 {
		return "", false
	}
	inner := v[i+1 : i+end]
	after := v[i+end+1:]
	if inner == "" || runeLen(inner) > 8 || strings.ContainsAny(inner, " 0123456789") || !startsUpper(inner) ||
		!strings.HasPrefix(after, " ") || !startsUpper(strings.TrimPrefix(after, " ")) {
		return "", false
	}
	return v[i : i+end+2], true
}

// markedAuthor reads the author of a page whose text gave none from the
// element the page marks as the author's (WeChat's #js_author_name, a
// class="author" span holding 謝明俊): a labelled byline there
// (記者陳嘉寧／桃園機場報導) or a bare name. Site names, dates and the editor,
// which such elements also hold, are refused. JSON-LD is not read here: on
// Chinese pages its author is as often collective (维基媒体项目贡献者).
func markedAuthor(s *structured, f *pageFacts) string {
	if v := s.byline; v != "" {
		a := ""
		if labels := parseLabels(v); len(labels) > 0 {
			for _, l := range labels {
				if l.kind == labelAuthor && l.value != "" {
					a = cleanAuthor(l.value)
					break
				}
			}
		} else if isBareName(v) {
			a = v
		}
		if a != "" && a != f.source && a != f.editor && !hasAnySuffix(a, outletSuffixes) && !isNonAuthor(a) {
			return a
		}
	}
	return ""
}

// isBareName reports a value that can only be a name: one word of letters
// and digits (kingname, 謝明俊, 放飞&心情), no date, no label, no punctuation
// of sentences or widgets.
func isBareName(v string) bool {
	n := runeLen(v)
	if n < 2 || n > 20 || strings.ContainsAny(v, " :：!！?？,，。|/") {
		return false
	}
	if _, _, _, ok := FindDate(v, farFuture); ok {
		return false
	}
	st := statsOf(v)
	return st.han+st.letters > 0 && st.punct == 0
}

// fillAuthor looks for the byline around the body when the info line gave
// none, or gave the outlet's name again (作者：新京报 under 来源：新京报).
func fillAuthor(f *pageFacts, blocks []block, body []int) {
	if f.author != "" && f.author != f.source && !hasAnySuffix(f.author, outletSuffixes) {
		return
	}
	if a := authorNearBody(blocks, body, f); a != "" {
		f.author = a
		return
	}
	if f.infoIdx < 0 {
		// Without an info line, a name may stand alone under the headline.
		if a := nameUnderHeadline(blocks, f.titleIdx); a != "" {
			f.author = a
			blocks[f.titleIdx+1].role = roleInfo // a byline, not a paragraph
			return
		}
	} else if i := nameUnderInfo(blocks, f.infoIdx); i >= 0 {
		f.author = blocks[i].text
		for j := f.infoIdx + 1; j <= i; j++ {
			blocks[j].role = roleInfo // the byline and the outlet over it, not paragraphs
		}
		return
	}
	if a := blogOwner(blocks, body, f.titleIdx); a != "" {
		f.author = a
	}
}

// blogOwner reads the author of a post on a one-person blog whose footer
// names nobody ("发表于 2004年12月27日 12:40 - (阅读:3727;评论:63)"): the
// engine leaves the name out because the blog's header, at the top of the
// page, already shows it. The header counts only when it is a Chinese
// personal name (a common surname, two to four Han characters); a blog's
// title is more often a phrase.
func blogOwner(blocks []block, body []int, titleIdx int) string {
	if len(body) == 0 || len(blocks) == 0 {
		return ""
	}
	// The footer can fall inside the body found (the text run of a dump
	// goes on into the comments) or right under it.
	footer := false
	last := body[len(body)-1]
	for i := body[0]; i < len(blocks) && i <= last+2 && !footer; i++ {
		footer = blocks[i].mayBePosterLine() && ownerlessPostFooter(blocks[i].text)
	}
	if !footer {
		return ""
	}
	if isHanPersonName(blocks[0].text) {
		return blocks[0].text
	}
	// A page dump can put the site's bar above the blog's header; in HTML
	// the header is the <h1> above the post's headline.
	for i := 1; i < len(blocks) && i < titleIdx; i++ {
		if blocks[i].heading == 1 {
			if isHanPersonName(blocks[i].text) {
				return blocks[i].text
			}
			break
		}
	}
	return ""
}

// ownerlessPostFooter reports the footer a blog engine sets under a post
// when it leaves out the poster: it opens with the verb and the date
// ("发表于 DATE", "posted @ DATE") and counts readers or comments after it.
func ownerlessPostFooter(line string) bool {
	if len(line) > 160 {
		return false
	}
	if _, ok := hasAnyPrefix(line, ownerlessFooterOpeners); !ok {
		return false
	}
	_, _, end, ok := FindDate(line, farFuture)
	return ok && containsAny(line[end:], postCounterWords)
}

// isHanPersonName reports a text that is a Chinese personal name alone:
// two to four Han characters opening with a common surname, and no widget
// or label word.
func isHanPersonName(text string) bool {
	st := statsOf(text)
	if st.han != st.chars || st.han < 2 || st.han > 4 {
		return false
	}
	s, ok := surnameSet.prefix(text)
	return ok && s != text && lineVocab.scan(text) == 0
}

// nameUnderInfo finds a reporter's name printed alone under the info line,
// over the text ("15:31 2018/09/16" / "中時" / "謝明俊"), the way Taiwanese
// dailies set their bylines: the line right under the info line or the one
// after a short outlet name, a personal name of three or four Han
// characters (two-character lines there are as often tags, 高清). It
// returns the line's index, or -1.
func nameUnderInfo(blocks []block, infoIdx int) int {
	for i := infoIdx + 1; i < len(blocks) && i <= infoIdx+2; i++ {
		b := &blocks[i]
		if b.role == roleUnknown && b.linkRunes == 0 && b.stats.han >= 3 && isHanPersonName(b.text) {
			return i
		}
		if b.stats.chars > 4 || b.stats.punct > 0 {
			return -1 // only a short outlet name may stand between
		}
	}
	return -1
}

// nameUnderHeadline reads the author of an essay or a column that prints
// the name alone on the line right under the headline ("犬儒病" / "胡平" /
// the text) and has no info line: two to four Han characters, starting with
// a common surname, that are no widget or label word. On pages with an
// info line a lone word there is more often a tag ("高清"), and the caller
// does not ask.
func nameUnderHeadline(blocks []block, titleIdx int) string {
	if titleIdx < 0 || titleIdx+1 >= len(blocks) {
		return ""
	}
	b := &blocks[titleIdx+1]
	if b.role != roleUnknown || b.linkRunes > 0 || !isHanPersonName(b.text) {
		return ""
	}
	return b.text
}

// firstProse returns the index of the first prose block of the body (the
// container chosen can start well above the text, with the headline and
// widgets inside it), or of its first block, or -1.
func firstProse(blocks []block, body []int) int {
	for _, i := range body {
		if blocks[i].role == roleUnknown && isProse(&blocks[i]) {
			return i
		}
	}
	if len(body) > 0 {
		return body[0]
	}
	return -1
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v != "" {
			return v
		}
	}
	return ""
}

// infoUnderHeadline returns the first info line among the four lines
// under the headline at titleIdx, or -1.
func infoUnderHeadline(blocks []block, titleIdx int) int {
	for i := titleIdx + 1; i < len(blocks) && i <= titleIdx+4; i++ {
		if isInfoLine(&blocks[i]) {
			return i
		}
	}
	return -1
}
