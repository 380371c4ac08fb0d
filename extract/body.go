package extract

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html/atom"
)

// The body stage: find the run of blocks that holds the article, then keep
// the paragraphs in it. HTML pages choose a container element by text and
// punctuation density; text dumps, which have no tree, take the densest run
// of lines anchored on the info line.

// Scoring constants. A block's content score follows Readability's shape
// (one point, one per punctuation mark, a little for length), with length
// measured in Han characters plus words so that Chinese paragraphs score as
// English ones do.
const (
	minScoredWeight  = 8    // weight below which a block adds nothing
	maxLinkDensity   = 0.5  // above it a block is navigation, not prose
	siblingShare     = 0.25 // siblings of the chosen container joining it
	maxWrapperClimb  = 5    // wrappers around the container looked through for its siblings
	minSplitProse    = 50   // prose weight of a sibling wrapper holding the rest of a split story
	textLineCost     = 8.0  // what a text-dump line must carry to be worth keeping
	chromeLineCost   = 25.0 // penalty for a line classified as chrome
	maxAnchorGapLine = 6    // lines between the info line and the dense run that still join
	// maxProseAboveInfo is the most prose (in weight) a dense run may hold
	// above an info line inside it for that part to count as page furniture
	// (a notice or a statement) rather than as text.
	maxProseAboveInfo = 80
)

// proseWeight sums the weight of the prose blocks in bs.
func proseWeight(bs []block) int {
	w := 0
	for i := range bs {
		if bs[i].role == roleUnknown && isProse(&bs[i]) {
			w += bs[i].stats.weight()
		}
	}
	return w
}

// endsBody reports the roles after which an article does not go on.
func endsBody(r role) bool { return r == roleFooter || r == roleRelated || r == roleEditor }

// isProse reports a block of running text: enough words and the
// punctuation of sentences, few links.
func isProse(b *block) bool {
	return b.stats.weight() >= 25 && b.stats.punct >= 2 && b.linkDensity() < 0.3
}

// paragraphTags are the elements that hold one paragraph, never an article.
var paragraphTags = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Blockquote: true,
	atom.Pre: true, atom.Figcaption: true, atom.Caption: true, atom.Address: true,
}

// contentScore is what one block adds to the elements that hold it.
func contentScore(st textStats) float64 {
	return 1 + float64(min(st.punct, 20)) + min(float64(st.weight())/40, 3)
}

// htmlBodyBlocks returns the indices of the blocks that make up the body,
// in page order, or nil when no element looks like an article.
func htmlBodyBlocks(p *htmlPage) []int {
	nodes := p.nodes
	if len(nodes) == 0 {
		return nil
	}
	score := make([]float64, len(nodes))
	runes := make([]int, len(nodes))
	links := make([]int, len(nodes))
	prose := make([]int, len(nodes)) // weight of the prose blocks in each subtree
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.node < 0 {
			continue
		}
		runes[b.node] += int(b.stats.runes)
		links[b.node] += int(b.linkRunes)
		if b.role != roleUnknown || b.stats.weight() < minScoredWeight || b.linkDensity() > maxLinkDensity {
			continue
		}
		if isProse(b) {
			prose[b.node] += b.stats.weight()
		}
		c := contentScore(b.stats)
		// A paragraph is not a container: its score goes to the element
		// holding it, as in Readability, so one long paragraph (a photo
		// caption) cannot outscore the story around it.
		start := b.node
		if paragraphTags[nodes[start].tag] && nodes[start].parent >= 0 {
			start = nodes[start].parent
		}
		for n, level := start, 1; n >= 0 && level <= 3; n, level = nodes[n].parent, level+1 {
			score[n] += c / float64(level)
		}
	}
	// Children come after their parents in pre-order, so one backward pass
	// sums every subtree.
	for i := len(nodes) - 1; i > 0; i-- {
		if par := nodes[i].parent; par >= 0 {
			runes[par] += runes[i]
			links[par] += links[i]
			prose[par] += prose[i]
		}
	}
	density := func(i int) float64 {
		if runes[i] == 0 {
			return 0
		}
		return float64(links[i]) / float64(runes[i])
	}
	// A furniture class name on an element full of prose is misleading
	// ("story-more" holding the second half of a story): it is ignored.
	chrome := make([]bool, len(nodes))
	for i, n := range nodes {
		chrome[i] = n.chrome && (n.readers || !(prose[i] >= 50 && density(i) < 0.2))
	}
	// An element inside furniture is furniture too (the list inside a
	// "reflist" wrapper); parents come first in pre-order, so one forward
	// pass carries the mark down.
	inChrome := make([]bool, len(nodes))
	for i, n := range nodes {
		inChrome[i] = chrome[i] || n.parent >= 0 && inChrome[n.parent]
	}
	final := make([]float64, len(nodes))
	top := -1
	for i, n := range nodes {
		if score[i] == 0 {
			continue
		}
		final[i] = score[i] * n.hint * (1 - density(i))
		if inChrome[i] {
			final[i] *= 0.5
		}
		if top < 0 || final[i] > final[top] {
			top = i
		}
	}
	if top < 0 {
		// No block is long enough to score (a page of a few short lines
		// or headings): with no better candidate, what the page shows
		// outside its furniture is the article.
		return shortPageBlocks(p, inChrome)
	}
	// Scores favour the element holding the most paragraphs; when its
	// parent holds clearly more prose (a lead or a second section in a
	// sibling element), the parent is the article.
	// A wrapper without prose of its own ("story-more" around the second
	// half) does not stop the climb; furniture and link lists do.
	for anc, level := nodes[top].parent, 0; anc >= 0 && level < 4; anc, level = nodes[anc].parent, level+1 {
		if chrome[anc] || density(anc) > 0.3 {
			break
		}
		if extra := prose[anc] - prose[top]; extra >= 50 && float64(prose[anc]) >= 1.5*float64(prose[top]) {
			top, level = anc, 0
		}
	}
	// The chosen element, and those of its siblings that score close to it
	// or hold prose (articles split over several sibling divs).
	roots := []int{top}
	par := nodes[top].parent
	if par >= 0 {
		roots = roots[:0]
		for i := par + 1; i < nodes[par].end; i = nodes[i].end {
			if i == top || !chrome[i] && (final[i] >= siblingShare*final[top] ||
				prose[i] >= 25 && density(i) < 0.25) {
				roots = append(roots, i)
			}
		}
	}
	// Wrappers that hold nothing more than the chosen element are the same
	// article (Readability takes the parent of an only child); a sibling of
	// the outermost one that is itself mostly prose is the rest of a story
	// split by a figure or a pull quote. A bare <p> beside the wrapper
	// (a list page's lead paragraph over the table chosen) is the
	// article's opening, as Readability keeps prose paragraphs next to its
	// candidate.
	wrap := top
	for level := 0; level < maxWrapperClimb; level++ {
		anc := nodes[wrap].parent
		if anc < 0 || chrome[anc] || prose[anc] != prose[top] || density(anc) > 0.3 {
			break
		}
		wrap = anc
	}
	if wrap != top {
		if wp := nodes[wrap].parent; wp >= 0 {
			for i := wp + 1; i < nodes[wp].end; i = nodes[i].end {
				if i == wrap || chrome[i] {
					continue
				}
				if wrap != par && prose[i] >= minSplitProse && 4*prose[i] >= prose[top] && density(i) < 0.2 ||
					nodes[i].tag == atom.P && prose[i] >= 25 && density(i) < 0.25 {
					roots = append(roots, i)
				}
			}
		}
	}
	include := func(b *block) bool {
		for _, r := range roots {
			if b.node >= r && b.node < nodes[r].end {
				return true
			}
		}
		// Text set straight into the parent between the child elements.
		return b.node == par && b.role == roleUnknown && isProse(b)
	}
	var out []int
	shownProse := false
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.node < 0 || !include(b) || furnitureBelow(nodes, chrome, b.node, top) {
			continue
		}
		out = append(out, i)
		shownProse = shownProse || !nodes[b.node].veiled && b.role == roleUnknown && isProse(b)
	}
	if shownProse {
		// Text styled visibility:hidden next to text that shows is not
		// part of what the reader sees; an article veiled as a whole is
		// shown by its script, and stays.
		out = slices.DeleteFunc(out, func(i int) bool { return nodes[p.blocks[i].node].veiled })
	}
	return out
}

// shortPageBlocks returns the blocks of a page too short for any block to
// score: every block outside the page furniture, in page order. The roles
// and link density of each are judged when the paragraphs are assembled,
// so a page of links alone still has no article.
func shortPageBlocks(p *htmlPage, inChrome []bool) []int {
	var out []int
	for i := range p.blocks {
		if n := p.blocks[i].node; n >= 0 && !inChrome[n] {
			out = append(out, i)
		}
	}
	return out
}

// furnitureBelow reports whether an element between node and the container
// top is page furniture (a share bar inside the article div).
func furnitureBelow(nodes []domNode, chrome []bool, node, top int) bool {
	for n := node; n > top && n >= 0; n = nodes[n].parent {
		if chrome[n] {
			return true
		}
	}
	return false
}

// textBodyBlocks finds the body of a text dump: the densest run of lines
// (the maximum-sum run of line scores, after cx-extractor's line-block
// distribution), stretched back to the info line when only a few short
// lines (subheads, a lead) stand between them.
func textBodyBlocks(blocks []block, infoIdx int) []int {
	return textBodyBlocksMemo(blocks, newBodyMemo(blocks), infoIdx)
}

// bodyMemo keeps, for one page whose roles are settled, what the search
// for a text dump's body asks of each block on every one of its two or
// three tries: the line's score, and whether it is a dated info line.
type bodyMemo struct {
	score []float64  // lineScore of each block
	dated []int8     // 1 for a dated info line, -1 for any other, 0 not yet known
	dates *pageDates // the page's dates, shared with the other stages; may be nil
	run   []int      // the array of the run textBodyBlocksMemo returned last
}

// newBodyMemo makes the memo for blocks, whose roles are settled.
func newBodyMemo(blocks []block) *bodyMemo {
	m := &bodyMemo{score: make([]float64, len(blocks)), dated: make([]int8, len(blocks))}
	m.scoreAll(blocks)
	return m
}

// scoreAll fills m.score, which has room for every block.
func (m *bodyMemo) scoreAll(blocks []block) {
	for i := range blocks {
		m.score[i] = lineScore(&blocks[i])
	}
}

// isDated reports an info line with a date, searched once per block.
func (m *bodyMemo) isDated(blocks []block, i int) bool {
	if m.dated[i] == 0 {
		m.dated[i] = -1
		if blocks[i].role == roleInfo && m.dates.find(blocks, i, farFuture).ok {
			m.dated[i] = 1
		}
	}
	return m.dated[i] > 0
}

// textBodyBlocksMemo is textBodyBlocks with the scores of m. The run it
// returns is written over m.run, which the next call overwrites: each try
// at the body replaces the one before, so one array serves them all.
func textBodyBlocksMemo(blocks []block, m *bodyMemo, infoIdx int) []int {
	bestSum, bestStart, bestEnd := 0.0, -1, -1
	sum, start := 0.0, 0
	for i := range blocks {
		s := m.score[i]
		if sum <= 0 {
			sum, start = 0, i
		}
		sum += s
		if sum > bestSum {
			bestSum, bestStart, bestEnd = sum, start, i+1
		}
	}
	if bestStart < 0 {
		return nil
	}
	if before := proseWeight(blocks[bestStart:max(bestStart, infoIdx)]); infoIdx >= bestStart && infoIdx < bestEnd-1 &&
		before <= maxProseAboveInfo && before*7 < proseWeight(blocks[infoIdx:bestEnd]) {
		// The info line stands inside the dense run, after little prose:
		// what comes before it is the page above the article. (After much
		// prose it is more likely a comment's or a quoted post's.)
		bestStart = infoIdx + 1
	} else if k := infoAfterMenus(blocks, bestStart, bestEnd); k >= 0 {
		// Above a headline and its info line the run was a page of
		// menus and teasers (one-word section links between summaries);
		// under it the lines are text. The article starts under the info
		// line, however much the teasers above weigh.
		bestStart = k + 1
	} else if infoIdx >= 0 && infoIdx < bestStart && bestStart-infoIdx <= maxAnchorGapLine+1 {
		// Stretch back to the info line, but never over a footer or a
		// statement (版权声明 between the byline and the text).
		for bestStart > infoIdx+1 && !endsBody(blocks[bestStart-1].role) {
			bestStart--
		}
	}
	out := m.run[:0]
	for i := bestStart; i < bestEnd; i++ {
		out = append(out, i)
	}
	m.run = out
	return out
}

// minMenuShare is the share of menu lines (a word or two, no punctuation)
// that makes a stretch of a dense run page furniture rather than text;
// minMenuLines is the fewest that count at all.
const (
	minMenuShare = 0.25
	minMenuLines = 5
)

// isMenuLine: a word or two or three without punctuation ("Weather",
// "Latest Sports"), in a Western script.
func isMenuLine(b *block) bool {
	return b.stats.punct == 0 && b.stats.weight() <= 3 && b.stats.han == 0
}

// infoAfterMenus finds, inside the dense run [start, end), a headed info
// line with many menu lines above it in the run and almost none under it:
// the page's menus and teaser lists ran into the article. It returns the
// last such line, or -1. One pass with running counts keeps it linear.
func infoAfterMenus(blocks []block, start, end int) int {
	total := 0
	for i := start; i < end; i++ {
		if isMenuLine(&blocks[i]) {
			total++
		}
	}
	found, above := -1, 0
	for k := start; k < end-1; k++ {
		b := &blocks[k]
		if isMenuLine(b) {
			above++
		}
		if b.role != roleInfo || !headedInfo(blocks, k) || above < minMenuLines {
			continue
		}
		below, nAbove, nBelow := total-above, k-start, end-k-1
		if float64(above) >= minMenuShare*float64(nAbove) && float64(below) < minMenuShare/3*float64(nBelow) {
			found = k
		}
	}
	return found
}

// headedInfo reports an info line with a headline right above it: a line
// of several words that is not yet prose.
func headedInfo(blocks []block, info int) bool {
	if info < 1 {
		return false
	}
	b := &blocks[info-1]
	return b.role == roleUnknown && b.stats.weight() >= 5 && !isProse(b)
}

// lineScore is a text-dump line's worth as body text: positive for prose,
// negative for menus, widgets and labels.
func lineScore(b *block) float64 {
	switch b.role {
	case roleUnknown:
	case roleFooter:
		return -4 * chromeLineCost
	case roleRelated:
		// Weighs like any widget line: a related box set into a story
		// must not split it; the list under the heading scores low anyway.
		return -chromeLineCost
	case roleInfo:
		// Dates and bylines also stand inside articles and between a post
		// and its comments; they weigh like an empty line.
		return -textLineCost
	default:
		if b.role == roleChrome && isInlineFurniture(b.text, b.stats) {
			// So do links to other stories that tabloids set between
			// paragraphs ("READ MORE: ...") and the labels of the
			// advertisements there.
			return -textLineCost
		}
		return -chromeLineCost
	}
	if isNameList(b) {
		return -chromeLineCost
	}
	if b.code {
		// A program set into a technical article: its lines carry no
		// prose but must not split the story around them.
		return -codeLineCost
	}
	w := float64(b.stats.weight())
	if b.stats.punct == 0 {
		w *= 0.3
	}
	return w - textLineCost
}

// maxCreditRunes is the longest a line can be and still be only a
// picture's caption with its credit.
const maxCreditRunes = 200

// isCreditLine recognises a picture credit on a line of its own, or closing
// a short caption: it opens with Photo:/Image: or ends with an agency.
func isCreditLine(b *block) bool {
	if b.stats.han > 0 || b.stats.runes > maxCreditRunes {
		return false
	}
	if _, ok := creditPrefixList.hasPrefix(b.text); ok {
		return true
	}
	return creditSuffixList.hasSuffix(b.text)
}

// creditPrefixList and creditSuffixList gate creditPrefixes and
// creditSuffixes by a byte: isCreditLine asks about every body line in
// a Latin script, and few start or end like a credit.
var creditPrefixList, creditSuffixList = newPrefixList(creditPrefixes), newSuffixList(creditSuffixes)

// midText reports an HTML block, idx[k], that reads as a sentence (two
// marks, twice the words a scored block needs) and has a sentence of the
// article right after it (the next item of the same list,
// the next paragraph): a footer does not stand in the middle of an
// article's text. Text dumps have no elements to tell a page's foot from
// the story, so they are left alone.
func midText(blocks []block, idx []int, k int) bool {
	b := &blocks[idx[k]]
	if b.node < 0 || b.stats.punct < 2 || b.stats.weight() < 2*minScoredWeight || k+1 >= len(idx) {
		return false
	}
	n := &blocks[idx[k+1]]
	return n.role == roleUnknown && n.stats.punct > 0 && n.stats.weight() >= minScoredWeight
}

// withoutEditLink takes a wiki's section edit link off a heading (a short
// line without punctuation).
func withoutEditLink(text string) string {
	if !strings.HasSuffix(text, "]") {
		return text
	}
	for _, w := range editLinkWords {
		if head, ok := strings.CutSuffix(text, w); ok && head != "" && runeLen(head) <= maxChromeRunes && statsOf(head).punct == 0 {
			return strings.TrimSpace(head)
		}
	}
	return text
}

// codeLineCost is what a line of program code costs a text-dump run.
const codeLineCost = 1.0

// isCodeLine recognises a line of program code in a text dump: no Han
// characters, and either a statement keyword at its start or two or more
// of the operators, braces and calls code is made of. It is asked on Chinese
// pages only (markCodeLines): in English prose, brackets are common.
func isCodeLine(b *block) bool {
	if b.stats.han > 0 || b.stats.chars > 200 {
		return false
	}
	if _, ok := hasAnyPrefix(b.text, codeLineStarts); ok {
		return true
	}
	// Operators and braces count; a bracket only as a call ("f(" with no
	// space, where prose writes "word ("), and then a line closing on a
	// bracket, brace or semicolon counts once more.
	t, n, call := b.text, 0, false
	for i := 0; i < len(t); i++ {
		switch c := t[i]; c {
		case '=', '{', '}', '[', ']', ';':
			n++
		case '(':
			if i > 0 && (isASCIIDigit(t[i-1]) || t[i-1]|0x20 >= 'a' && t[i-1]|0x20 <= 'z' || t[i-1] == '_' || t[i-1] == '.') {
				n, call = n+1, true
			}
		}
	}
	if call && strings.ContainsAny(t[len(t)-1:], "){;") {
		n++
	}
	return n >= 2
}

// markCodeLines flags the code lines of a Chinese text dump, where a line
// without Han characters and full of brackets is not prose.
func markCodeLines(blocks []block) {
	han, letters := 0, 0
	for i := range blocks {
		han += int(blocks[i].stats.han)
		letters += int(blocks[i].stats.letters)
	}
	if han < 200 || han*4 < letters { // an English page, or too little Chinese to tell
		return
	}
	for i := range blocks {
		blocks[i].code = blocks[i].role == roleUnknown && isCodeLine(&blocks[i])
	}
}

// Slideshows. A gallery set into an article numbers its pictures with a
// "k/N" counter ("1/50 Title", caption, credit, "2/50 ..."); its captions
// are sentences, so the body takes them for text. A run of counters with
// the same N and k going up one by one is the gallery.
const (
	minGalleryItems   = 4   // counters in a run that make a gallery
	maxGalleryItemLen = 4   // blocks from one counter to the next
	maxGalleryCredit  = 6   // weight of a trailing short line (a credit) of the last item
	maxGalleryCount   = 999 // a larger N is no picture counter
)

// galleryCounter reads the "k/N" counter that leads a block ("3/50
// Caption", "3 / 50") or ends it ("Caption 3/50"). A counter glued to
// more digits or slashes (a date, 3/5/2019) is none.
func galleryCounter(s string) (k, n int, ok bool) {
	if s == "" {
		return 0, 0, false
	}
	if isDateDigit(s[0]) {
		if k, n, end, ok := counterAt(s, 0); ok && (end == len(s) || s[end] == ' ') {
			return k, n, true
		}
	}
	if isDateDigit(s[len(s)-1]) {
		i := strings.LastIndexByte(s, ' ')
		if i < 0 {
			return 0, 0, false
		}
		if i >= 2 && s[i-1] == '/' {
			i = strings.LastIndexByte(s[:i-2], ' ') // "3 / 50"
		}
		if i < 0 {
			return 0, 0, false
		}
		if k, n, end, ok := counterAt(s, i+1); ok && end == len(s) {
			return k, n, true
		}
	}
	return 0, 0, false
}

// counterAt parses k/N or k / N at i, each of one to three digits, with
// 1 <= k <= N.
func counterAt(s string, i int) (k, n, end int, ok bool) {
	k, kn := dateDigitsAt(s, i)
	p := i + kn
	if kn < 1 || kn > 3 {
		return 0, 0, 0, false
	}
	if p < len(s) && s[p] == ' ' {
		p++
	}
	if p >= len(s) || s[p] != '/' {
		return 0, 0, 0, false
	}
	p++
	if p < len(s) && s[p] == ' ' {
		p++
	}
	n, nn := dateDigitsAt(s, p)
	end = p + nn
	if nn < 1 || nn > 3 || k < 1 || k > n || n > maxGalleryCount ||
		end < len(s) && (s[end] == '/' || isDateDigit(s[end])) {
		return 0, 0, 0, false
	}
	return k, n, end, true
}

// dropGallery removes from the body the slideshows set into it: runs of
// at least minGalleryItems counters k/N with the same N and k rising by
// one, at most maxGalleryItemLen blocks apart. The last item keeps its
// caption (when the items have one) and a short credit line after it.
// The gallery goes only when prose stays: a page that is a slideshow keeps
// its captions, they are all the text there is. One pass over the body,
// a look at the first and last byte of each block before any parsing.
func dropGallery(blocks []block, body []int) []int {
	type run struct{ from, to, n, count int } // positions in body, [from, to)
	var runs []run
	cur := run{from: -1}
	lastK, lastPos, gaps, withText := 0, 0, 0, 0
	closeRun := func() {
		if cur.from >= 0 && cur.count >= minGalleryItems {
			end := lastPos + 1
			if withText*2 >= cur.count-1 && end < len(body) && !hasCounter(&blocks[body[end]]) {
				end++ // the last picture's caption
			}
			for end < len(body) && end-lastPos < gaps && blocks[body[end]].stats.weight() <= maxGalleryCredit && !isProse(&blocks[body[end]]) {
				end++ // its credit
			}
			cur.to = end
			runs = append(runs, cur)
		}
		cur = run{from: -1}
	}
	for pos, i := range body {
		b := &blocks[i]
		if !hasCounter(b) {
			continue
		}
		k, n, ok := galleryCounter(b.text)
		if !ok {
			continue
		}
		if cur.from >= 0 && n == cur.n && k == lastK+1 && pos-lastPos <= maxGalleryItemLen {
			if pos-lastPos > 1 {
				withText++
			}
			gaps = max(gaps, pos-lastPos)
			cur.count++
			lastK, lastPos = k, pos
			continue
		}
		closeRun()
		cur = run{from: pos, n: n, count: 1}
		lastK, lastPos, gaps, withText = k, pos, 1, 0
	}
	closeRun()
	if len(runs) == 0 {
		return body
	}
	out := make([]int, 0, len(body))
	prose := false
	r := 0
	for pos, i := range body {
		for r < len(runs) && pos >= runs[r].to {
			r++
		}
		if r < len(runs) && pos >= runs[r].from {
			continue
		}
		out = append(out, i)
		prose = prose || isProse(&blocks[i])
	}
	if !prose {
		return body
	}
	return out
}

// hasCounter is the cheap test before galleryCounter: a digit at either
// end of a short block that holds a slash.
func hasCounter(b *block) bool {
	t := b.text
	return t != "" && b.stats.chars <= maxTitleRunes*4 && (isDateDigit(t[0]) || isDateDigit(t[len(t)-1])) &&
		strings.IndexByte(t, '/') >= 0
}

// minStampRun is how many dated lines, each under a headline of its own,
// make a teaser list rather than an article's info line.
const minStampRun = 3

// unmarkListStamps gives the date lines of a text dump's teaser list
// ("标题" / "04:10 2018/09/14", again and again) back the role of list
// text: each dates another story, none heads the article, and as info lines
// they would split the page where the list stands and pass for the
// article's own date line. A stamp is an info line that is a date and
// nothing else; minStampRun of them every other line, a short non-prose
// line between, are a list. One pass, FindDate only on short info lines.
func unmarkListStamps(blocks []block, dates *pageDates) {
	isStamp := func(i int) bool {
		b := &blocks[i]
		if b.role != roleInfo || b.stats.chars > 30 || b.stats.marks&markDigit == 0 {
			return false
		}
		f := dates.find(blocks, i, farFuture)
		return f.ok && f.start == 0 && f.end == len(b.text)
	}
	runStart, n := -1, 0
	flush := func() {
		if n >= minStampRun {
			for k := runStart; k < len(blocks) && n > 0; k += 2 {
				blocks[k].role = roleUnknown
				n--
			}
		}
		runStart, n = -1, 0
	}
	for i := 0; i < len(blocks); i++ {
		if !isStamp(i) {
			continue
		}
		if n > 0 && i == runStart+2*n && blocks[i-1].role == roleUnknown && !isProse(&blocks[i-1]) {
			n++
			continue
		}
		flush()
		runStart, n = i, 1
	}
	flush()
}

// isNameList recognises a text-dump line that is a row of link names: a
// directory of sites or a menu flattened by the copy ("外交部 国防部 教育部
// 科学技术部 ..."). Chinese prose separates nothing with spaces, so many
// short spaced Han items without sentence punctuation are not a sentence;
// a name may hold full-width brackets ("国家新闻出版署（国家版权局）").
func isNameList(b *block) bool {
	if b.stats.marks&markProse != 0 || b.stats.han < 12 {
		return false
	}
	// The stats rule out most lines before the loop: five items need
	// four ' ' between them, which are white space (chars less runes
	// counts it), and the loop only ever adds reasons to say no to
	// its last test, on Han, which can be asked first.
	if b.stats.chars-b.stats.runes < 4 || b.stats.han < b.stats.runes*3/4 {
		return false
	}
	// Count the items and their lengths in one pass, without splitting.
	items, n := 0, 0
	for _, r := range b.text {
		if r == ' ' {
			n = 0
			continue
		}
		if b.stats.punct > 0 && r != '（' && r != '）' && isSentencePunct(r) {
			return false // a sentence (Korean spaces its words, and ends with a full stop)
		}
		if n == 0 {
			items++
		}
		if n++; n > maxListNameRunes {
			return false
		}
	}
	return items >= 5 && b.stats.han >= b.stats.runes*3/4
}

// maxListNameRunes is the longest name of isNameList's rows, in runes: the
// full names of ministries and commissions run to fourteen
// (国务院国有资产监督管理委员会).
const maxListNameRunes = 16

// endAtRepeatedPostFooter cuts a body that runs over several posts of a
// blog or forum listing: when the page holds two or more post-closing
// lines (a date with 张贴/发表于/评论/阅读 counts) and one stands in the
// body after some prose, the article is the first post, and it ends there.
func endAtRepeatedPostFooter(blocks []block, body []int) []int {
	first := -1
	for k, i := range body {
		if isPostFooter(&blocks[i]) {
			first = k
			break
		}
	}
	if first <= 0 {
		return body
	}
	n := 0 // footers on the whole page: the next post may lie outside the body
	for i := range blocks {
		if isPostFooter(&blocks[i]) {
			n++
		}
	}
	if n < 2 {
		return body
	}
	prose := 0
	for _, i := range body[:first] {
		if isProse(&blocks[i]) {
			prose++
		}
	}
	if prose == 0 {
		return body
	}
	return body[:first]
}

// firstPostOfListing moves the body of a page of posts to its first post.
// The container scoring picks the post with the most text; on a blog's
// front page, as in a forum thread, the page's own article is the first
// one. When two or more post footers stand on the page and the chosen body
// starts after the first of them, the body becomes the largest element
// around the last prose above that footer that does not hold the footer.
func firstPostOfListing(p *htmlPage, body []int) []int {
	if len(body) == 0 {
		return body
	}
	first, n := -1, 0
	for i := range p.blocks {
		if isPostFooter(&p.blocks[i]) {
			if first < 0 {
				first = i
			}
			n++
		}
	}
	if n < 2 || body[0] < first {
		return body
	}
	prose := -1
	for i := first - 1; i >= 0; i-- {
		if b := &p.blocks[i]; b.role == roleUnknown && isProse(b) && b.node >= 0 {
			prose = i
			break
		}
		if isPostFooter(&p.blocks[i]) {
			return body // no prose between two footers: not a post
		}
	}
	if prose < 0 {
		return body
	}
	nodes, footer := p.nodes, p.blocks[first].node
	top := p.blocks[prose].node
	for anc := nodes[top].parent; anc >= 0 && !(footer >= anc && footer < nodes[anc].end); anc = nodes[anc].parent {
		top = anc
	}
	var out []int
	for i := range p.blocks {
		if b := &p.blocks[i]; b.node >= top && b.node < nodes[top].end {
			out = append(out, i)
		}
	}
	return out
}

// isPostFooter: a short line with a date and a post-footer word, and no
// sentence in it ("该文发表于2012年3月4日的《人民日报》。" is prose).
func isPostFooter(b *block) bool {
	// FindDate's own first test (a year's four digits) goes before the
	// word search, which costs more and which most lines would pass
	// only to fail on the date.
	if b.stats.chars > 100 || b.stats.marks&markDigit == 0 || b.stats.marks&markProse != 0 || !mayHoldYear(b.text) || !postFooterSet.contains(b.text) {
		return false
	}
	_, _, _, ok := FindDate(b.text, farFuture)
	return ok
}

// assembleParagraphs walks the chosen blocks in order and keeps the
// paragraphs: metadata lines are skipped, and the body ends at the editor
// line or a footer once some text was kept. A related-articles heading
// hides the list under it; the body goes on only if prose follows (a
// "Related articles" box set into an English story).
func assembleParagraphs(blocks []block, idx []int, title string) []string {
	paras := make([]string, 0, len(idx)) // at most one a block: no growing

	inRelated, sawProse := false, false
	// A subheading with nothing under it ("References" over a list that
	// was left out) heads nothing: the body ends before it. On a page of
	// headings alone (a short test page, a list of section names under a
	// picture each) the headings are all the text there is, and stay.
	tailHeading, sawPlain := false, false
	done := func() []string {
		if tailHeading && sawPlain && len(paras) > 1 {
			return paras[:len(paras)-1]
		}
		return paras
	}
	for k, i := range idx {
		b := &blocks[i]
		if inRelated {
			if b.role != roleUnknown || !isProse(b) {
				continue
			}
			inRelated = false
		}
		switch b.role {
		case roleEditor, roleFooter:
			if b.role == roleFooter && midText(blocks, idx, k) {
				// A sentence that mentions copyrights, between two
				// paragraphs of the same container, is text.
				break
			}
			if sawProse {
				return done()
			}
			// Only widgets and labels so far: they were not the article.
			paras = paras[:0]
			continue
		case roleRelated:
			inRelated = len(paras) > 0
			continue
		case roleUnknown:
		case roleInfo:
			// A notice ends with its date on a line of its own.
			if len(paras) == 0 || hasLabel(b.text) {
				continue
			}
		default:
			continue
		}
		if isCreditLine(b) {
			// A picture's credit. Above the first paragraph it closes the
			// lead picture: the headline, standfirst and caption kept so
			// far are not text either.
			if !sawProse {
				paras = paras[:0]
			}
			continue
		}
		// The headline itself; section headings further down stay.
		if title != "" && b.text == title || b.heading == 1 && len(paras) == 0 {
			continue
		}
		if b.linkRunes > 0 && b.linkDensity() > maxLinkDensity {
			continue
		}
		paras = append(paras, withoutEditLink(b.text))
		sawProse = sawProse || isProse(b)
		tailHeading = b.heading >= 2
		sawPlain = sawPlain || b.heading == 0
	}
	return done()
}

// Teaser lists. Under many articles the page lists other stories, each as
// a few short lines (a kicker, the headline, a byline or a date, the site
// it comes from) and a one-sentence summary. The summaries are sentences,
// so the dense run swallows the list; what gives it away is its rhythm: a
// line of the same kind comes back at a fixed period, and each period holds
// at most one sentence-long line.
const (
	minTeaserPeriod   = 2 // lines per item, kicker or separator included
	maxTeaserPeriod   = 6
	minTeaserItems    = 4 // markers at a steady period that make a list
	minSeparatorItems = 3 // the same for a separator line repeated word for word
	maxMarkerWeight   = 8 // a marker line is short: a kicker, a date, a share bar
)

// teaserMarker is the kind of line that recurs once per item of a list:
// a date or byline line, a kicker set in capitals, or one short line
// repeated word for word (a share bar under every item). kindNone lines
// mark nothing.
type teaserMarker uint8

const (
	markerNone teaserMarker = iota
	markerInfo
	markerCaps
	markerSame // same text as another marker: compared by text
)

// markerOf says which kind of list marker a line can be.
func markerOf(b *block) teaserMarker {
	switch {
	case b.role == roleInfo:
		return markerInfo
	case b.role != roleUnknown || b.stats.weight() > maxMarkerWeight || b.stats.weight() == 0 || b.stats.han > 0:
		// Rules ("___") part a story's sections as often as a list's items.
		return markerNone
	case isCapsLine(b.text):
		return markerCaps
	}
	return markerSame
}

// isCapsLine reports a line whose letters are all capitals, at least two
// of them: an English kicker or section label ("REINDEER GAMES").
func isCapsLine(s string) bool {
	upper := 0
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			upper++
		}
	}
	return upper >= 2
}

// endAtTeaserList cuts a text-dump body where a list of teasers for other
// stories begins after the article: markers of one kind at a steady period
// (two lines apart only for a line repeated word for word, whose identity
// is proof enough). Each period must read as one teaser: at most one prose
// line, and for dates and kickers also a headline (a short line that is
// not prose) and a sentence mark somewhere, which a table of short items or
// a story's subheads over long sections do not give. The body then ends
// before the first item, and the labels and tags left hanging at its end
// are trimmed as the dense run would have trimmed them.
//
// In HTML (fromHTML) only the repeated separator counts, and nothing is
// trimmed: every table cell and list step is a block of its own, so the
// dates of a film list or the numbers of a recipe's steps would beat the
// rhythm of a teaser list, and the container was chosen by the tree, not
// by line scores.
func endAtTeaserList(blocks []block, body []int, fromHTML bool) []int {
	return endAtTeaserListIn(blocks, body, fromHTML, nil)
}

// endAtTeaserListIn is endAtTeaserList keeping its counts in scratch when
// it has room: scratch comes and goes back all zeros.
func endAtTeaserListIn(blocks []block, body []int, fromHTML bool, scratch *[]int) []int {
	type seen struct{ last, gap, count, first int }
	var byKind [markerSame]seen // markerSame is compared by text instead
	for k := range byKind {
		byKind[k].last = -1
	}
	byText := map[string]seen{}
	// Counts over body[:k], so that what a period holds is a subtraction;
	// one array for the three.
	n := len(body) + 1
	var counts []int
	if scratch != nil {
		counts = growZeroed(*scratch, 3*n)
		*scratch = counts
		defer clear(counts)
	} else {
		counts = make([]int, 3*n)
	}
	prose, heads, marks := counts[:n:n], counts[n:2*n:2*n], counts[2*n:]
	for k, i := range body {
		b := &blocks[i]
		prose[k+1], heads[k+1], marks[k+1] = prose[k], heads[k], marks[k]
		if b.role != roleUnknown {
			continue
		}
		if isProse(b) {
			prose[k+1]++
		} else if b.stats.weight() >= 3 {
			heads[k+1]++
		}
		if b.stats.punct > 0 {
			marks[k+1]++
		}
	}
	cut := -1
	for k, i := range body {
		b := &blocks[i]
		kind := markerOf(b)
		// In HTML a lone word or number is a table cell as often as not
		// ("2006" in a list of films); a dump has the whole row on a line.
		if kind == markerNone || prose[k] == 0 || fromHTML && (kind != markerSame || b.stats.weight() < 2) {
			// Markers count only once the article has begun.
			continue
		}
		var s *seen
		need, minGap := minTeaserItems, 3
		if kind == markerSame {
			// Kept by value, written back below: a map of pointers made
			// each line's record an allocation of its own.
			text, ok := byText[b.text]
			if !ok {
				text = seen{last: -1}
			}
			s = &text
			need, minGap = minSeparatorItems, minTeaserPeriod
		} else {
			s = &byKind[kind]
		}
		gap, from := k-s.last, s.last+1
		item := s.last >= 0 && gap >= minGap && gap <= maxTeaserPeriod && prose[k]-prose[from] <= 1
		if kind == markerSame {
			item = item && prose[k]-prose[from]+heads[k]-heads[from] > 0
		} else {
			item = item && heads[k]-heads[from] > 0 && marks[k]-marks[from] > 0
		}
		switch {
		case !item:
			s.count, s.first, s.gap = 1, k, 0
		case s.count == 1 || gap == s.gap:
			s.count++
			s.gap = gap
		default:
			// The period changed: the list, if it is one, starts at the
			// previous marker.
			s.count, s.first, s.gap = 2, s.last, gap
		}
		s.last = k
		if kind == markerSame {
			byText[b.text] = *s
		}
		if s.count >= need {
			cut = s.first
			// The item starts up to a period before its marker, after the
			// last line that is worth keeping as text.
			for back := 1; back < s.gap && cut > 0 && lineScore(&blocks[body[cut-1]]) <= 0; back++ {
				cut--
			}
			break
		}
	}
	if cut <= 0 || textGoesOn(blocks, body[cut:]) {
		return body
	}
	if fromHTML {
		return body[:cut]
	}
	// Keep the best-scoring prefix, as the dense run does at its end.
	best, bestEnd, sum := 0.0, 0, 0.0
	for k, i := range body[:cut] {
		sum += lineScore(&blocks[i])
		if sum > best {
			best, bestEnd = sum, k+1
		}
	}
	if bestEnd == 0 {
		return body
	}
	return body[:bestEnd]
}

// textGoesOn reports two prose lines in a row in part of a body: running
// text, where a list of teasers holds one sentence per item. A rhythm
// followed by text is a list inside the article (steps, a table of
// figures, a film list), not the page's list of other stories.
func textGoesOn(blocks []block, part []int) bool {
	prev := false
	for _, i := range part {
		b := &blocks[i]
		cur := b.role == roleUnknown && isProse(b)
		if cur && prev {
			return true
		}
		prev = cur
	}
	return false
}

// minHeadedShare is how much of the densest run's score a run opened by a
// dated info line needs to be preferred to it: the run under a headline and
// its date is the article even when a sidebar of summaries or a cookie
// notice below it holds more text.
const minHeadedShare = 0.5

// preferHeadedRun replaces the densest run of a text dump by the run that
// starts under a dated info line (a byline or date under a headline) when
// the densest run has no such line at its head and the headed run is
// nearly as dense. The runs scanned do not overlap, so the work stays
// linear.
func preferHeadedRun(blocks []block, body []int) []int {
	return preferHeadedRunMemo(blocks, newBodyMemo(blocks), body)
}

// preferHeadedRunMemo is preferHeadedRun with the scores and dates of m.
func preferHeadedRunMemo(blocks []block, m *bodyMemo, body []int) []int {
	if len(body) == 0 {
		return body
	}
	start, end := body[0], body[len(body)-1]+1
	best := 0.0
	for _, i := range body {
		best += m.score[i]
	}
	dated := func(i int) bool { return m.isDated(blocks, i) }
	// Headed already: a dated line inside the run, or just above it with
	// no footer between (a notice under the footer has no head).
	for i := start - 1; i >= 0 && i >= start-maxAnchorGapLine-1 && !endsBody(blocks[i].role); i-- {
		if dated(i) {
			return body
		}
	}
	for i := start; i < end; i++ {
		if dated(i) {
			return body
		}
	}
	headed, hStart, hEnd := 0.0, -1, -1
	for i := 0; i < len(blocks); i++ {
		if i >= start && i < end || !dated(i) {
			continue
		}
		sum, top, topEnd := 0.0, 0.0, -1
		j := i + 1
		for ; j < len(blocks) && (j < start || j >= end); j++ {
			if endsBody(blocks[j].role) {
				break
			}
			sum += m.score[j]
			if sum > top {
				top, topEnd = sum, j+1
			}
			if sum <= 0 && j > i+maxAnchorGapLine {
				break
			}
		}
		if top > headed {
			headed, hStart, hEnd = top, i+1, topEnd
		}
		i = j - 1
	}
	if hStart < 0 || headed < minHeadedShare*best {
		return body
	}
	out := make([]int, 0, hEnd-hStart)
	for i := hStart; i < hEnd; i++ {
		out = append(out, i)
	}
	return out
}

// Numbered lists. A story that announces a list ("here are the offers:")
// and then numbers it line by line, each item a product name and a link,
// loses the list to the dense run: the items are short and have no
// sentences. Items counted 1, 2, 3 ... right under the body belong to it.
const (
	maxListGap   = 2 // lines between two numbered items (a link, a price)
	minListItems = 3
)

// ordinalPrefix returns n when a line opens with "n)" or "n." and a space.
func ordinalPrefix(s string) (int, bool) {
	n, i := 0, 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i == 0 || i+1 >= len(s) || s[i] != ')' && s[i] != '.' || s[i+1] != ' ' {
		return 0, false
	}
	return n, true
}

// extendNumberedList stretches a text-dump body over a numbered list that
// starts within maxListGap lines under it: items 1, 2, 3 ... with at most
// maxListGap lines between them, and after the last item as many lines as
// stood between the first two.
func extendNumberedList(blocks []block, body []int) []int {
	if len(body) == 0 {
		return body
	}
	end := body[len(body)-1] + 1
	first := -1
	for j := end; j < len(blocks) && j <= end+maxListGap; j++ {
		if n, ok := ordinalPrefix(blocks[j].text); ok && n == 1 && blocks[j].role == roleUnknown {
			first = j
			break
		}
	}
	if first < 0 {
		return body
	}
	next, last, gap := 2, first, -1
	for j := first + 1; j < len(blocks) && j-last <= maxListGap+1; j++ {
		if endsBody(blocks[j].role) {
			break
		}
		if n, ok := ordinalPrefix(blocks[j].text); ok && n == next {
			if gap < 0 {
				gap = j - last - 1
			}
			next, last = next+1, j
		}
	}
	if next-1 < minListItems {
		return body
	}
	stop := last + 1
	for stop < len(blocks) && stop <= last+gap && blocks[stop].role == roleUnknown {
		stop++
	}
	out := append([]int(nil), body...)
	for j := end; j < stop; j++ {
		out = append(out, j)
	}
	return out
}
