package extract

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// The metadata stage: title, date, source, author, editor and breadcrumb,
// read from the blocks the classifier marked and, for HTML, from the
// page's structured data. Visible text wins over structured data: it is
// what the page shows, and site-wide meta defaults are common.

// pageFacts is what the metadata stage found, with the positions the body
// stage anchors on.
type pageFacts struct {
	title    string
	titleIdx int // block index of the headline, -1 if not a block
	infoIdx  int // block index of the info line, -1 if none
	date     Date
	hasDate  bool
	source   string
	author   string
	editor   string
	crumbs   []string

	labels blockLabels // the lines' labels, parsed once for all stages
	dates  *pageDates  // the lines' dates, searched once for all stages; may be nil
	trails trailSplit  // the trail last split, for the title and trail stages
}

// trailSplit remembers the trail last split on a page: textTitle reads
// the last item of the trail over the headline, and findBreadcrumb most
// often splits the same trail again. Callers only read the items.
type trailSplit struct {
	text  string
	items []string
	ok    bool
}

// of returns splitBreadcrumb(text), split once while text is the last
// asked about; a nil trailSplit splits every time.
func (m *trailSplit) of(text string) []string {
	if m == nil {
		return splitBreadcrumb(text)
	}
	if !m.ok || m.text != text {
		m.text, m.items, m.ok = text, splitBreadcrumb(text), true
	}
	return m.items
}

// maxTitleRunes bounds a headline; longer blocks are paragraphs.
const maxTitleRunes = 120

// findInfoLine returns the index of the info line: the last info block
// shortly before the body and below the breadcrumb (above it stand the
// portal's header lines, such as today's date), else the first one within
// the body's first lines, else -1.
func findInfoLine(blocks []block, bodyStart int) int {
	if bodyStart < 0 {
		bodyStart = len(blocks)
	}
	for i := bodyStart - 1; i >= 0 && i >= bodyStart-15; i-- {
		if blocks[i].role == roleBreadcrumb {
			break
		}
		if isInfoLine(&blocks[i]) {
			return i
		}
	}
	for i := bodyStart; i < len(blocks) && i < bodyStart+3; i++ {
		if isInfoLine(&blocks[i]) {
			return i
		}
	}
	return -1
}

// isInfoLine reports a block that can be the info line: one with the info
// role that is no menu item. A link whose words only read as a label glued
// to a value (a forum's board "记者江湖") has the role from its text alone;
// a linked "作者： 某某" with its separator is still a byline.
func isInfoLine(b *block) bool {
	if b.role != roleInfo {
		return false
	}
	if !allLinked(b) || b.stats.runes > maxChromeRunes || b.stats.marks&markDigit != 0 {
		return true
	}
	for _, l := range parseLabels(b.text) {
		r, _ := utf8.DecodeRuneInString(b.text[l.start+len(l.label):])
		if !isHan(r) && !unicode.IsLetter(r) {
			return true // a separator follows the label
		}
	}
	return false
}

// anchorInfoLine finds a text dump's info line near the start of the dense
// run of body lines: a line with a date or field labels, best right under a
// line shaped like a headline. The dense run often swallows a few lines of
// page furniture above the headline, so lines a little inside it count too.
func anchorInfoLine(blocks []block, labels blockLabels, dates *pageDates, body []int) int {
	if len(body) == 0 {
		return -1
	}
	bodyStart, bodyEnd := body[0], body[len(body)-1]
	best, bestScore := -1, 0.0
	scoredIdx, scoredTitled := -1, false // the line last scored as a headline
	// Lines under the dense run are the page's foot, not its head, and
	// so are those under a comments or related heading inside it.
	for i := max(0, bodyStart-15); i < len(blocks) && i < bodyStart+10 && i <= bodyEnd; i++ {
		if i > bodyStart && (blocks[i].role == roleRelated || blocks[i].role == roleFooter) {
			break
		}
		if blocks[i].role != roleInfo {
			continue
		}
		score := 2.0
		if dates.find(blocks, i, farFuture).ok {
			score += 3
		}
		if len(labels.of(blocks, i)) > 0 {
			score += 2
		}
		titled := false
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			if blocks[j].role == roleUnknown {
				// The info lines of a group look up to the same line.
				if j != scoredIdx {
					scoredIdx, scoredTitled = j, blockTitleScore(&blocks[j]) >= 16
				}
				titled = scoredTitled
				break
			}
		}
		if titled {
			score += 3
		}
		d := float64(i - bodyStart)
		if d < 0 {
			d = -d
		}
		score -= 0.2 * d
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	return best
}

// textTitle picks a text dump's headline among the lines above the info
// line (or above the body when there is none): the best-scoring line, where
// nearness, headline length, the absence of sentence endings, bars and
// labels count, and so does the line's text coming back inside other lines
// (comment headers "re: 标题", an encyclopedia entry's name, a related
// list). A line repeating the trail's last item, a labelled subject line
// (主题：...), the head of a "headline date" line and the line right under
// the info line or at the body's top are candidates too.
func textTitle(blocks []block, infoIdx, bodyStart int, trails *trailSplit) (string, int) {
	return textTitleDates(blocks, nil, infoIdx, bodyStart, trails)
}

// textTitleDates is textTitle reading the info line's date from the
// page's dates memo, which may be nil.
func textTitleDates(blocks []block, dates *pageDates, infoIdx, bodyStart int, trails *trailSplit) (string, int) {
	from := infoIdx
	if from < 0 {
		from = bodyStart
	} else if bodyStart >= 0 && bodyStart < infoIdx {
		// An info line under paragraphs of prose closes the article (来源
		// at the foot) or heads a comment: the headline is above the
		// prose. One prose line can be furniture the dense run swallowed
		// above the headline (a blog's self-description).
		first, n := -1, 0
		for i := bodyStart; i < infoIdx; i++ {
			if blocks[i].role == roleUnknown && isProse(&blocks[i]) {
				if n++; first < 0 {
					first = i
				}
			}
		}
		if n >= 2 {
			from = first
		}
	}
	if from < 0 {
		return "", -1
	}
	if t, i := labelledTitle(blocks, from); t != "" {
		return t, i
	}
	best, bestScore, bestText := -1, 0.0, ""
	consider := func(i int, text string, score float64) {
		if score > bestScore {
			best, bestScore, bestText = i, score, text
		}
	}
	// considerRepeated adds the line's repeatBonus, a search of the whole
	// page, only when that bonus could make it the best.
	considerRepeated := func(i int, score float64) {
		if score+maxRepeatBonus > bestScore {
			consider(i, blocks[i].text, score+repeatBonus(blocks, i))
		}
	}
	trail := -1
	for i, dist := from-1, 0; i >= 0 && dist < 8; i-- {
		b := &blocks[i]
		if b.role != roleUnknown {
			if b.role == roleBreadcrumb {
				trail = i // the trail sits above the headline
				break
			}
			continue
		}
		dist++
		if s := blockTitleScore(b); s > 0 {
			considerRepeated(i, s-float64(dist))
		}
	}
	if trail >= 0 {
		// The trail's last item is the page itself: a line below the trail
		// that repeats it is the headline, however short ("首页 › 诗 › 夜雨").
		if items := trails.of(blocks[trail].text); len(items) > 1 {
			last := items[len(items)-1]
			for i := trail + 1; i < from && i <= trail+6; i++ {
				if blocks[i].role == roleUnknown && blocks[i].text == last {
					return last, i
				}
			}
		}
	}
	if infoIdx >= 0 && infoIdx == from {
		// A blog's "标题 2005-06-14 03:25:55": the headline heads the
		// line that dates it.
		// It weighs a little more than the line right above (an outlet
		// name before the date, "TNW中文站2016年10月14日", is shaped
		// alike), and gives way to a full headline there.
		if t := dateLineHeadFrom(blocks[infoIdx].text, dates.find(blocks, infoIdx, farFuture)); t != "" {
			consider(infoIdx, t, titleLineScore(t)+5)
		}
	}
	// The headline can open the dense run itself (no info line, the trail
	// right above it) or stand under the date of an e-paper page.
	below := from
	if below == infoIdx {
		below++
	}
	// Only when nothing above will do, or when the line comes back whole
	// further down (a related list naming the story): a body often opens
	// with a short line that is no headline.
	if below < len(blocks) && blocks[below].role == roleUnknown && !isProse(&blocks[below]) &&
		proseWithin(blocks, below+1, 3) && (best < 0 || recursWhole(blocks, below)) {
		if s := blockTitleScore(&blocks[below]); s >= 16 {
			if recursWhole(blocks, below) {
				s += 3
			}
			considerRepeated(below, s-2)
		}
	}
	if best < 0 {
		return "", -1
	}
	if t, i := twoLineHeadline(blocks, infoIdx, best, bestText); t != "" {
		return t, i
	}
	return joinSubtitle(blocks, best, bestText)
}

// twoLineHeadline joins a Chinese headline that the page sets over two
// lines (<h1>主标题<div>副题</div></h1>), which a text dump gives as two
// lines: exactly two headline-shaped lines, the chosen one among them,
// standing alone between the trail and the info line. Anything else
// between them (a kicker too short to be a headline, a widget) leaves the
// choice as it is.
func twoLineHeadline(blocks []block, infoIdx, best int, text string) (string, int) {
	first := infoIdx - 2
	if infoIdx < 3 || best != first && best != first+1 || text != blocks[best].text ||
		blocks[first-1].role != roleBreadcrumb {
		return "", -1
	}
	a, b := &blocks[first], &blocks[first+1]
	if a.role != roleUnknown || b.role != roleUnknown || a.stats.han == 0 || b.stats.han == 0 ||
		blockTitleScore(a) < 16 || blockTitleScore(b) < 16 || hasDashLead(b.text) {
		return "", -1
	}
	joined := a.text + b.text
	if titleLineScore(joined) == 0 {
		return "", -1
	}
	return joined, first
}

// entryTitle finds an encyclopedia entry's name in a text dump: the first
// line above the body that ends in a wiki edit link ("雄安新区[编辑]"),
// when the name opens one of the body's first prose lines ("雄安新区是…",
// as an entry's lead does). The language list and the tools can put the
// heading dozens of lines above the text, out of textTitle's reach.
func entryTitle(blocks []block, bodyStart int) (string, int) {
	if bodyStart < 0 {
		return "", -1
	}
	for i := 0; i < bodyStart && i < len(blocks); i++ {
		b := &blocks[i]
		if b.stats.marks&markBracket == 0 {
			continue
		}
		name := withoutEditLink(b.text)
		if name == b.text {
			continue
		}
		for j, n := bodyStart, 0; j < len(blocks) && n < 5; j++ {
			if !isProse(&blocks[j]) {
				continue
			}
			if n++; len(blocks[j].text) > len(name) && strings.HasPrefix(blocks[j].text, name) {
				return name, i
			}
		}
		return "", -1 // only the first edit-linked line can be the entry's heading
	}
	return "", -1
}

// labelledTitle returns the value of a subject line (主题：..., 标题：...)
// among the lines above from, the way forums head a thread.
func labelledTitle(blocks []block, from int) (string, int) {
	for i := from - 1; i >= 0 && i >= from-40; i-- {
		if blocks[i].role != roleUnknown {
			continue
		}
		if t, ok := titleLabelValue(blocks[i].text); ok {
			return t, i
		}
	}
	return "", -1
}

// trimEmptySuffix drops the separators a blog engine leaves after a
// headline when the site-name slot is empty ("标题- -"); a lone dash stays
// ("评级下调至BBB-").
func trimEmptySuffix(s string) string {
	t := strings.TrimRight(s, " -_|–—")
	if len(s)-len(t) >= 2 && strings.Count(s[len(t):], " ") < len(s)-len(t) {
		return t
	}
	return s
}

// titleLabelValue returns what follows a title label (主题：, 标题:) when
// that is shaped like a headline.
func titleLabelValue(s string) (string, bool) {
	// Most lines asked about start with no label: one look-up by the
	// first rune tells (the first bytes of Chinese labels are shared by
	// a third of all Han characters).
	if _, ok := titleLabelSet.prefix(s); !ok {
		return "", false
	}
	for _, l := range titleLabels {
		rest, ok := strings.CutPrefix(s, l)
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, " ")
		if r, ok := strings.CutPrefix(rest, "："); ok {
			rest = r
		} else if r, ok := strings.CutPrefix(rest, ":"); ok {
			rest = r
		} else {
			continue
		}
		rest = strings.TrimSpace(rest)
		if titleLineScore(rest) > 0 {
			return rest, true
		}
	}
	return "", false
}

// titleLabelSet finds the title label a line starts with.
var titleLabelSet = newWordSet(titleLabels)

// minRepeatWeight is the weight below which a line gets no repeatBonus.
const minRepeatWeight = 8

// repeatBonus raises a headline-sized line i whose text comes back inside
// longer lines of the page: comment headers quote a post's title ("re:
// 标题"), an encyclopedia repeats its entry's name in its text. Trails are
// left out: they repeat menu items too; and so are whole-line copies,
// which teaser lists make of other stories' headlines as much as of this
// one. A line that holds the text holds its Han characters and words, so
// it weighs at least minRepeatWeight too, and most lines of a page weigh
// less. A page asks about one or two candidates, so the lines are read
// where they stand rather than listed first.
func repeatBonus(blocks []block, i int) float64 {
	const perRepeat = maxRepeatBonus / 2 // two repeats are enough
	t := blocks[i].text
	if blocks[i].stats.weight() < minRepeatWeight {
		return 0
	}
	n := 0
	// Line i itself is as long as t, and so is a whole-line copy: only
	// longer lines count; the length is the cheapest test.
	for j := range blocks {
		b := &blocks[j]
		if len(b.text) > len(t) && b.role != roleBreadcrumb && b.role != roleFooter &&
			b.stats.weight() >= minRepeatWeight && containsText(b.text, t) {
			if n++; n == 2 {
				break
			}
		}
	}
	return perRepeat * float64(n)
}

// maxRepeatBonus is the most repeatBonus gives.
const maxRepeatBonus = 6.0

// proseWithin reports a prose line among the n lines from i on: a headline
// heads text.
func proseWithin(blocks []block, i, n int) bool {
	for j := i; j < len(blocks) && j < i+n; j++ {
		if isProse(&blocks[j]) {
			return true
		}
	}
	return false
}

// recursWhole reports whether line i's text stands again as a line of its
// own further down the page.
func recursWhole(blocks []block, i int) bool {
	for j := i + 1; j < len(blocks); j++ {
		if blocks[j].text == blocks[i].text {
			return true
		}
	}
	return false
}

// dateLineHead returns the headline that heads a line ending in its date
// ("标题 2005-06-14 03:25:55", "标题 (2005-06-14)"), or "" when the line has
// labels or its head is not shaped like a headline: an outlet's name, or a
// byline ending in 写于 or 发表于.
func dateLineHead(s string) string {
	return dateLineHeadFrom(s, findDateSpan(s, farFuture))
}

// dateLineHeadFrom is dateLineHead given the line's date, as FindDate
// finds it with farFuture.
func dateLineHeadFrom(s string, date foundDate) string {
	if !date.ok || date.start == 0 || strings.Trim(s[date.end:], " )）]") != "" || hasLabel(s) {
		return ""
	}
	head := strings.TrimRight(s[:date.start], " (（[")
	if _, led := hasAnyPrefix(head, dateLeadPrefixes); led || titleLineScore(head) == 0 ||
		hasAnySuffix(head, outletSuffixes) || hasAnySuffix(head, dateLeadSuffixes) {
		return ""
	}
	return head
}

// joinSubtitle adds the dash-led second line of a headline split in two
// ("主标题" / "——副标题"), which the page shows as one title.
func joinSubtitle(blocks []block, i int, text string) (string, int) {
	if i+1 < len(blocks) && blocks[i+1].role == roleUnknown && hasDashLead(blocks[i+1].text) &&
		text == blocks[i].text && titleLineScore(text+blocks[i+1].text) > 0 {
		return text + blocks[i+1].text, i
	}
	if i > 0 && hasDashLead(text) && blocks[i-1].role == roleUnknown && !hasDashLead(blocks[i-1].text) &&
		blockTitleScore(&blocks[i-1]) >= 16 && titleLineScore(blocks[i-1].text+text) > 0 {
		return blocks[i-1].text + text, i - 1
	}
	return text, i
}

// hasDashLead reports a line led by a dash, the way subtitles are set.
func hasDashLead(s string) bool {
	return strings.HasPrefix(s, "——") || strings.HasPrefix(s, "──") || strings.HasPrefix(s, "--")
}

// titleLineScore says how much a line looks like a headline: 5 to 60
// words, no closing full stop, no menu bars, no "label:" form.
func titleLineScore(s string) float64 {
	if len(s) < 4 || len(s) > 4*maxTitleRunes {
		return 0 // tested before measuring: too short or too long in any script
	}
	return titleShapeScore(s, statsOf(s))
}

// blockTitleScore is titleLineScore of a block's text: the block's stats
// are its text's (FuzzBlockStats), and the title stages score the same
// lines over and over, so they are not measured again.
func blockTitleScore(b *block) float64 {
	return titleShapeScore(b.text, b.stats)
}

// titleShapeScore is titleLineScore of s, whose stats are st.
func titleShapeScore(s string, st textStats) float64 {
	if len(s) < 4 || len(s) > 4*maxTitleRunes {
		return 0
	}
	if n := st.chars; n < 4 || n > maxTitleRunes {
		return 0
	}
	w := st.weight()
	if w < 4 {
		return 0
	}
	score := 10.0
	switch {
	case w >= 8 && w <= 60:
		score += 6
	case w > 60:
		score -= 4
	}
	if strings.HasSuffix(s, "。") || strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "...") && st.han == 0 && w > 10 {
		score -= 8
	}
	if containsAnyRune(s, "|｜") || strings.Count(s, " ") > 4 && st.han > 0 {
		score -= 8
	}
	if strings.HasSuffix(s, "：") || strings.HasSuffix(s, ":") || hasLabel(s) {
		score -= 10
	}
	if _, ok := bylineName(s); ok {
		score -= 10
	}
	if w <= 16 && authorRoleSet.contains(s) {
		score -= 10 // 本报实习生 刘国栋 周炜: a byline without a colon
	}
	if strings.Contains(s, "www.") || strings.Contains(s, "http") || strings.Contains(s, ".com") || strings.Contains(s, ".cn") {
		score -= 8 // a site's name and address
	}
	if st.marks&markBracket != 0 && isBracketWidgets(s) {
		score -= 12 // [查看我的博客目录] [加入个人书签]
	}
	if st.marks&markStrongSep != 0 && containsAnyRune(s, ">»›") && !containsAnyRune(s, "，。") {
		score -= 10 // 世艺网>艺术教育: a trail, not a headline
	}
	return score
}

// isBracketWidgets reports a line made only of bracketed items, the way
// old portals print their buttons: "[打印] [关闭]", "【收藏】【推荐】".
func isBracketWidgets(s string) bool {
	// The first item must open with a bracket: a line that does not,
	// once white space and stray closing brackets are skipped (the
	// empty parts), is turned away before it is split.
	head := strings.TrimLeftFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ']' || r == '】' })
	if !strings.HasPrefix(head, "[") && !strings.HasPrefix(head, "【") {
		return false
	}
	n := 0
	// The parts are walked, not collected: the slice was an allocation
	// for every line that opens with a bracket.
	for part := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == ']' || r == '】' }) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if !strings.HasPrefix(part, "[") && !strings.HasPrefix(part, "【") {
			return false
		}
		n++
	}
	return n >= 2
}

// htmlTitle picks an HTML page's headline. Every short block above the
// body is a candidate; agreement with the title the page states (og:title,
// JSON-LD, <title>), heading level, a title-like class, nearness to the body
// and the shape of a headline add to its score, links take away. Without a
// convincing candidate the stated title, less its site name, is used.
func htmlTitle(blocks []block, s *structured, bodyStart int) (string, int) {
	refs := []string{stripTags(s.firstMeta(metaTitleNames)), stripTags(s.ld.headline), stripTags(s.htmlTitle)}
	for k, r := range refs {
		if t := shownFirstPart(blocks, r); t != "" {
			refs[k] = t
		}
	}
	limit := len(blocks)
	if bodyStart >= 0 {
		limit = min(len(blocks), bodyStart+3)
	}
	stated := statedTitles(refs)
	best, bestIdx, bestScore := "", -1, 14.0
	linkedOverInfo := -1 // counted when first needed
	for i := 0; i < limit; i++ {
		b := &blocks[i]
		if b.role != roleUnknown || b.stats.runes < 2 || b.stats.runes > maxTitleRunes {
			continue
		}
		text := b.text
		// A headline split over two lines (title and subtitle) that the
		// stated title joins.
		if i+1 < limit && blocks[i+1].role == roleUnknown && blocks[i+1].stats.runes <= maxTitleRunes {
			joined := text + blocks[i+1].text
			for _, r := range refs {
				if r != "" && strings.Contains(r, joined) {
					text = joined
				}
			}
		}
		shape := titleLineScore(text)
		score := titleCandidateScore(b, text, shape, stated)
		if i+1 < len(blocks) && blocks[i+1].role == roleInfo && shape >= 10 {
			// Right on top of the info line, where headlines stand. A
			// blog's headline is a link to the post itself; several such
			// links over info lines are a listing, not one post.
			score += 8
			if linkedOverInfo < 0 {
				linkedOverInfo = countLinkedOverInfo(blocks)
			}
			if linkedOverInfo == 1 {
				score += 20 * b.linkDensity()
			}
		}
		if bodyStart >= 0 {
			if d := bodyStart - i; d >= 0 {
				score += max(0, 10-float64(d))
			}
		}
		if score > bestScore {
			best, bestIdx, bestScore = text, i, score
		}
	}
	if bestIdx >= 0 && titleLineScore(best) == 0 && statedAgreement(best, stated) == 0 {
		// A word or two in a heading ("Lorem", a section's name) that
		// the stated titles do not repeat is too weak to overrule them:
		// a weightier stated title is the page's title.
		if t := weightierStated(stated, statsOf(best).weight()); t != "" {
			return t, -1
		}
	}
	if bestIdx >= 0 {
		// A headline element with a marker glued to it ("原创" + title)
		// gives way to the title the page states, when that is the rest.
		for _, r := range []string{refs[0], refs[1], stripSiteSuffix(refs[2])} {
			if n := runeLen(r); n >= 6 && r != best && strings.Contains(best, r) && runeLen(best)-n <= 4 &&
				statsOf(strings.Replace(best, r, "", 1)).han > 0 {
				return r, bestIdx
			}
		}
		if t, ok := titleLabelValue(best); ok {
			return t, bestIdx // 主题: 标题, a forum's thread heading
		}
		return trimEmptySuffix(best), bestIdx
	}
	for _, r := range refs {
		// A stated title that is only a trail or a site name says nothing
		// about this page; the headline-shaped line above the body does.
		if t := stripSiteSuffix(r); t != "" && !strings.ContainsAny(t, ">»›") {
			return t, -1
		}
	}
	if t, i := textTitle(blocks, -1, bodyStart, nil); t != "" {
		return t, i
	}
	for _, r := range refs {
		if t := stripSiteSuffix(r); t != "" {
			return t, -1
		}
	}
	return "", -1
}

// minStatedWeight is the weight (words, Han characters) a stated title
// needs to overrule a heading too short to be a headline.
const minStatedWeight = 3

// weightierStated returns the first stated title that, less its site name,
// weighs more than a weak heading of weight w, at least minStatedWeight,
// and is no trail or list of site names; or "".
func weightierStated(stated []statedTitle, w int) string {
	for _, st := range stated {
		t := st.stripped
		if t == "" || st.light || strings.ContainsAny(t, ">»›") || runeLen(t) > maxTitleRunes {
			continue
		}
		if sw := statsOf(t).weight(); sw >= minStatedWeight && sw > w {
			return t
		}
	}
	return ""
}

// countLinkedOverInfo counts the link blocks that stand right on top of an
// info line, the shape of a post's permalinked headline, stopping at 2.
func countLinkedOverInfo(blocks []block) int {
	n := 0
	for i := 0; i+1 < len(blocks) && n < 2; i++ {
		if blocks[i+1].role == roleInfo && blocks[i].linkDensity() > 0.5 {
			n++
		}
	}
	return n
}

// statedTitle is a title the page states (og:title, JSON-LD, <title>),
// with what every candidate is measured against worked out once.
type statedTitle struct {
	text, stripped string // as stated, and less its site name
	light          bool   // only site and platform names: no headline
	n, strippedN   int    // their lengths in runes
}

// statedTitles prepares the stated titles, in the order og:title,
// JSON-LD headline, <title>.
func statedTitles(refs []string) []statedTitle {
	out := make([]statedTitle, len(refs))
	for k, r := range refs {
		if r == "" {
			continue
		}
		sr := stripSiteSuffix(r)
		out[k] = statedTitle{text: r, stripped: sr, light: allLightParts(r), n: runeLen(r), strippedN: runeLen(sr)}
	}
	return out
}

// titleCandidateScore scores a block as the headline: its agreement with
// the stated titles, its heading level and class, its links, and shape,
// its titleLineScore.
func titleCandidateScore(b *block, text string, shape float64, refs []statedTitle) float64 {
	score := statedAgreement(text, refs)
	switch b.heading {
	case 1:
		score += 15
	case 2:
		score += 10
	case 3:
		score += 6
	case 4, 5, 6:
		score += 3
	}
	if b.titleHint {
		score += 8
	} else if b.bold && b.heading == 0 && !isProse(b) {
		score += 8 // <p align=center><b>标题</b></p>: a headline before CSS
	}
	score -= 20 * b.linkDensity()
	if shape == 0 {
		score -= 10
	} else if shape < 10 {
		score -= 4
	}
	return score
}

// statedAgreement scores how well a candidate agrees with the titles the
// page states: 30 for the whole title (less its site name), down to 8 for
// a piece of it, 0 for none.
func statedAgreement(text string, refs []statedTitle) float64 {
	score := 0.0
	n := runeLen(text)
	for k, ref := range refs {
		r := ref.text
		if r == "" || n < 4 && r != text {
			continue // a short block counts only as the whole stated title ("夜雨")
		}
		weight := 1.0
		if k == 2 {
			weight = 0.8 // <title> carries the site name more often
		}
		// Measured against the headline part too: a block that is most
		// of it ("标题" in "标题 @ 博客_名 :: 站名 ::") matches, and one
		// that is only in the site part (the logo) does not.
		if r != text && ref.light {
			continue // "平台 blog--博客名": names a site, states no headline
		}
		sr := ref.stripped
		switch {
		case r == text || sr == text:
			score = max(score, 30*weight)
		case strings.Contains(r, text) && n*2 >= ref.n,
			strings.Contains(sr, text) && n*2 >= ref.strippedN:
			score = max(score, 22*weight)
		case strings.Contains(text, r) && ref.n*2 >= n:
			score = max(score, 18*weight)
		case strings.Contains(sr, text):
			score = max(score, 8*weight)
		}
	}
	return score
}

// stripTags removes markup that pages leave inside their stated titles
// (an escaped <div> in <title>).
func stripTags(s string) string {
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			return s
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			return s
		}
		s = s[:i] + s[i+j+1:]
	}
}

// titleSeparators divide a <title> into headline and site name parts.
// Spaced ones come first: an unspaced "_" can be part of the headline
// ("新竹尖石_美樹營地賞楓 (2) @ 部落格 :: 痞客邦 ::").
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " » ", "_", "|", "｜", "--", "－"}

// stripSiteSuffix removes the site name that <title> usually carries: it
// keeps the longest part when the title splits on a separator.
func stripSiteSuffix(t string) string {
	parts := titleParts(t)
	if len(parts) == 0 {
		return ""
	}
	// Headline first, site after ("标题_频道_网站", "Headline - Site")
	// is the rule; a first part too light to be a headline is the site
	// name put in front ("Joel on Software - 给计算机系学生的建议").
	if statsOf(parts[0]).weight() >= 5 || len(parts) == 1 {
		return parts[0]
	}
	best := parts[0]
	for _, part := range parts[1:] {
		if statsOf(part).weight() > statsOf(best).weight() {
			best = part
		}
	}
	return best
}

// allLightParts reports a stated title of two parts or more, none heavy
// enough to be a headline: a platform and a blog's name.
func allLightParts(t string) bool {
	parts := titleParts(t)
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if statsOf(p).weight() >= 5 {
			return false
		}
	}
	return true
}

// titleParts splits a stated title on the first separator it holds, parts
// trimmed and empty ones dropped; a title without one is its only part.
func titleParts(t string) []string {
	t = strings.TrimRight(strings.TrimSpace(t), " -_|–—") // "标题- -": an empty site name
	for _, sep := range titleSeparators {
		if !strings.Contains(t, sep) {
			continue
		}
		var parts []string
		for _, part := range strings.Split(t, sep) {
			if part = trimPunctSpace(part); part != "" {
				parts = append(parts, part)
			}
		}
		if len(parts) > 0 {
			return parts
		}
	}
	if t == "" {
		return nil
	}
	return []string{t}
}

// shownFirstPart returns the first part of a stated title when the page's
// <h1> shows it, however short ("夜雨_原文、翻译及赏析_白居易诗词_读古诗词网"
// over <h1>夜雨</h1>; a wiki's <h1> with its [编辑] link): the headline
// part, which stripSiteSuffix would take for a site name in front.
func shownFirstPart(blocks []block, t string) string {
	parts := titleParts(t)
	if len(parts) < 2 || runeLen(parts[0]) < 2 {
		return ""
	}
	for i := range blocks {
		if blocks[i].heading == 1 && strings.HasPrefix(blocks[i].text, parts[0]) &&
			runeLen(blocks[i].text)-runeLen(parts[0]) <= 6 {
			return parts[0]
		}
	}
	return ""
}

// readFields fills source, author, editor and date from the info line and
// its neighbours, and the editor line after the body.
func readFields(f *pageFacts, blocks []block, bodyIdx []int, now time.Time) {
	var sourceSet, authorSet, editorSet bool
	take := func(i int) {
		for _, l := range f.labels.of(blocks, i) {
			switch l.kind {
			case labelSource:
				if !sourceSet || f.source == "" && l.value != "" {
					f.source, sourceSet = cleanSource(l.value), true
				}
			case labelAuthor:
				if !authorSet || f.author == "" && l.value != "" {
					f.author, authorSet = cleanAuthor(l.value), true
				} else if l.value != "" {
					// 本报记者 冯思远 实习生 黄雨桐, or 本报实习生 刘国栋 /
					// 本报记者 王燕平 on lines of their own: one byline per role.
					f.author = joinNames(f.author, cleanAuthor(l.value))
				}
			case labelEditor:
				if !editorSet || f.editor == "" && l.value != "" {
					f.editor, editorSet = l.value, true
				}
			}
		}
	}
	if f.infoIdx >= 0 {
		// The info line, and its neighbours when the page spreads the
		// fields over several lines.
		for i := max(0, f.infoIdx-2); i < len(blocks) && i <= f.infoIdx+2; i++ {
			if blocks[i].role == roleInfo && !allLinked(&blocks[i]) || i == f.infoIdx {
				take(i)
			}
		}
		// The date is the info line's own, else the nearest neighbour's: a
		// line above it may date something else ("最新推荐文章于 ... 发布",
		// a blog's "建立于:2004年10月6日").
		for _, i := range []int{f.infoIdx, f.infoIdx - 1, f.infoIdx + 1, f.infoIdx - 2, f.infoIdx + 2} {
			if i < 0 || i >= len(blocks) || i != f.infoIdx && blocks[i].role != roleInfo {
				continue
			}
			if d, ok := lineDateFrom(blocks[i].text, now, f.dates.find(blocks, i, now)); ok {
				f.date, f.hasDate = d, true
				break
			}
		}
	}
	if !authorSet && f.infoIdx >= 0 {
		// 原创 kingname 未闻Code 前天: the author before the account.
		if a, ok := appByline(blocks[f.infoIdx].text); ok && a != "" {
			f.author, authorSet = a, true
		}
	}
	if !authorSet && f.infoIdx >= 0 {
		for i := max(0, f.infoIdx-2); i < len(blocks) && i <= f.infoIdx+2; i++ {
			if a := postedBy(blocks[i].text); a != "" {
				f.author, authorSet = a, true
				break
			}
			// A block's stats count its runes: nameSlashOutlet would
			// count them again to turn away the longer lines.
			if blocks[i].stats.chars > nameSlashOutletRunes {
				continue
			}
			if a, o := nameSlashOutlet(blocks[i].text); a != "" {
				f.author, authorSet = a, true
				if !sourceSet {
					f.source, sourceSet = o, true
				}
				break
			}
		}
	}
	if isNonSource(f.source) {
		f.source, sourceSet = "", false
	}
	// Portals print the outlet without a label right after the date
	// ("2019年09月07日 04:04 北京日报").
	// The info line can be the first of a group (本报记者 … / 2003-7-24 钱江晚报):
	// the date and its outlet may stand on the next info line of it.
	for i := f.infoIdx; f.source == "" && i >= 0 && i < len(blocks) && i <= f.infoIdx+2; i++ {
		if i > f.infoIdx && (blocks[i].role != roleInfo || allLinked(&blocks[i])) {
			break
		}
		if o := outletAfter(blocks[i].text, f.dates.find(blocks, i, now)); o != "" {
			f.source, sourceSet = o, true
		}
	}
	// Wire copy and reposts name the source under the text instead
	// ("来源：新华网", "（本文来源：经济日报 作者：...）").
	takeNote := func(text string) {
		// Called only while the source is unknown, the note does nothing
		// unless it has a 来源 label; most lines it is asked about are the
		// last paragraphs, long and without one.
		if !sourceLabelCoreSet.contains(text) {
			return
		}
		labels := parseLabels(text)
		for _, l := range labels {
			if l.kind == labelSource && l.value != "" && !isNonSource(l.value) {
				f.source, sourceSet = cleanSource(l.value), true
				break
			}
		}
		if f.source == "" || authorSet {
			return
		}
		// The note that names the outlet names the author too.
		for _, l := range labels {
			if l.kind == labelAuthor && l.value != "" {
				if a := cleanAuthor(l.value); a != "" {
					f.author, authorSet = a, true
					return
				}
			}
		}
	}
	if f.source == "" && len(bodyIdx) > 0 {
		last := lastProse(blocks, bodyIdx)
		for i := max(0, last-3); i < len(blocks) && i <= last+4 && f.source == ""; i++ {
			takeNote(blocks[i].text)
		}
		// A body that runs on into lists leaves that line inside it.
		for _, i := range bodyIdx {
			if f.source != "" {
				break
			}
			if blocks[i].role == roleInfo && !allLinked(&blocks[i]) && isBylineBlock(&blocks[i], 40) || isSourceNote(blocks[i].text) {
				takeNote(blocks[i].text)
			}
		}
	}
	// The editor line, usually right after the body.
	if !editorSet || f.editor == "" {
		from := 0
		if len(bodyIdx) > 0 {
			from = bodyIdx[0]
		}
		end := len(blocks)
		if len(bodyIdx) > 0 {
			end = bodyIdx[len(bodyIdx)-1]
		}
		for i := from; i < len(blocks); i++ {
			// Past a post's footer under the text the lines are the next
			// post's (a blog's front page).
			if i > end && isPostFooter(&blocks[i]) {
				break
			}
			// An editor line, or an info line under the text that names
			// the editor with other fields ("本文来源：X 责任编辑：Y").
			if r := blocks[i].role; r == roleEditor || r == roleInfo {
				labels := f.labels.of(blocks, i)
				for _, l := range labels {
					if l.kind == labelEditor && l.value != "" {
						f.editor = l.value
						editorSet = true
						break
					}
				}
				if editorSet && f.editor != "" && f.author == "" {
					// "[作者: 刘满仓 责任编辑: 杨丹宇]": the line that names
					// the editor under the text names the author too.
					for _, l := range labels {
						if l.kind == labelAuthor && l.value != "" {
							f.author, authorSet = cleanAuthor(l.value), true
							break
						}
					}
				}
				if editorSet && f.editor != "" {
					break
				}
			}
		}
	}
	// A byline ("By Jane Roe") near the headline.
	if !authorSet && f.titleIdx >= 0 {
		for i := f.titleIdx + 1; i < len(blocks) && i <= f.titleIdx+6; i++ {
			if name, ok := bylineName(blocks[i].text); ok {
				f.author = name
				break
			}
		}
	}
}

// sourceLabelCores holds the source label words that contain no other
// one (来源 but not 信息来源): a line without any of them has no source
// label, whichever word parseLabels matches at a position.
var sourceLabelCores = coreWords(func() (all []string) {
	for w, k := range labelKinds {
		if k == labelSource {
			all = append(all, w)
		}
	}
	slices.Sort(all)
	return all
}())

// sourceLabelCoreSet finds sourceLabelCores in one pass over a line: the
// note reader asks about long paragraphs, which a search per word would
// read once for each.
var sourceLabelCoreSet = newWordSet(sourceLabelCores)

// coreWords returns the words of list that contain no other word of it: a
// text holds some word of list only if it holds one of these, so a search
// for the few cores can rule a line out before a costlier scan.
func coreWords(list []string) []string {
	var cores []string
	for _, w := range list {
		core := true
		for _, v := range list {
			if v != w && strings.Contains(w, v) {
				core = false
				break
			}
		}
		if core {
			cores = append(cores, w)
		}
	}
	return cores
}

// isSourceNote reports a line that opens with a bracketed 来源 label, the
// note reposts close the text with ("（本文来源：经济日报 作者：…）返回搜狐"):
// however long, it is a field line, not prose.
func isSourceNote(line string) bool {
	if !strings.HasPrefix(line, "（") && !strings.HasPrefix(line, "(") {
		return false
	}
	labels := parseLabels(line)
	return len(labels) > 0 && labels[0].kind == labelSource && runeLen(line[:labels[0].start]) <= 3
}

// trimmedEndsInParen reports whether s, trimmed of white space, ends in
// ")" or "）". Its last rune tells without the trim unless it is white
// space: most paragraphs end in a full stop, and trimming every one of
// them (strings.TrimSpace leaves its ASCII path at the first Han byte)
// cost more than the rest of trailingSignature.
func trimmedEndsInParen(s string) bool {
	switch r := lastRune(s); {
	case r == ')' || r == '）':
		return true
	case !unicode.IsSpace(r):
		return false
	}
	t := strings.TrimSpace(s)
	return strings.HasSuffix(t, ")") || strings.HasSuffix(t, "）")
}

// postedBy reads the poster from the line forums and blogs print over a
// post: "ggjjzhzz 发表于 2005-9-15 11:46:00", "肖老师 于 2024-05-06 15:47:53
// 发布", "本贴由大卫于2005年8月12日16:12:21在〖某版〗发表". A bare "于"
// counts only when 发布/发表 follows the date, which keeps 该公司于2019年
// 成立 out.
func postedBy(line string) string {
	// FindDate's first test (a year's digits) and the verb first: few
	// lines pass them, while most of the lines asked about are short
	// enough for a byline and would be measured in vain.
	if !mayHoldYear(line) || !postedByVerbSet.contains(line) || !isBylineLine(line, 80) {
		// A line without any posting verb needs no date search.
		return ""
	}
	return postedByDated(line)
}

// postedByVerbCores are the postedByVerbs that hold no other (于, 张贴).
var postedByVerbCores = coreWords(postedByVerbs)

// postedByVerbSet and postedAfterSet find the posting verbs in one pass
// over a line, not one per verb: most lines asked about hold none.
var (
	postedByVerbSet = newWordSet(postedByVerbCores)
	postedAfterSet  = newWordSet(postedAfter)
)

// postedByDated is postedBy past its filters.
func postedByDated(line string) string {
	_, start, end, ok := FindDate(line, farFuture)
	if !ok {
		return ""
	}
	head := strings.TrimRight(line[:start], " @") // 由某某张贴 @ DATE
	verb, found := "", false
	for _, v := range postedByVerbs {
		if strings.HasSuffix(head, v) {
			verb, found = v, true
			break
		}
	}
	if !found {
		return ""
	}
	if verb == "于" || verb == "於" {
		tail := line[end:]
		if i := indexAnyRune(tail, "。."); i >= 0 {
			tail = tail[:i]
		}
		if runeLen(tail) > 24 || !containsAny(tail, postedByEnds) {
			return ""
		}
	}
	name := strings.TrimSpace(head[:len(head)-len(verb)])
	if p, ok := hasAnyPrefix(name, postedByOpeners); ok {
		name = strings.TrimSpace(name[len(p):])
	}
	if !isBareName(name) || hasLabel(name) || trimRoleWords(name) != name ||
		statsOf(name).han > 0 && chromeSet.contains(name) {
		return "" // 最新推荐文章于 ... 发布: a widget's line, not a post's
	}
	return name
}

// nameSlashOutletRunes bounds a "reporter/outlet" line.
const nameSlashOutletRunes = 30

// nameSlashOutlet reads the "reporter/outlet" line some portals put
// under the headline of a story taken from a paper: "石佳/中国青年报".
func nameSlashOutlet(line string) (name, outlet string) {
	if len(line) > 4*nameSlashOutletRunes || runeLen(line) > nameSlashOutletRunes {
		return "", "" // tested first: most lines are longer, and need no search
	}
	i := indexAnyRune(line, "/／")
	if i <= 0 {
		return "", ""
	}
	name = strings.TrimSpace(line[:i])
	_, size := utf8.DecodeRuneInString(line[i:])
	outlet = strings.TrimSpace(line[i+size:])
	st := statsOf(outlet)
	if !looksLikeNames(name) || hasAnySuffix(name, outletSuffixes) || st.han < 2 || st.runes > 12 ||
		st.han != st.runes || !hasAnySuffix(outlet, outletSuffixes) {
		return "", ""
	}
	return cleanAuthor(name), outlet
}

// allLinked reports a block whose text is all link text: a menu item or
// a headline in a list, which a byline is not (its name alone may be a
// link, its 记者 or 作者 is not).
func allLinked(b *block) bool { return b.linkDensity() >= 0.95 }

// joinNames adds the names of b that a does not hold yet.
func joinNames(a, b string) string {
	have := strings.Fields(a)
	for _, n := range strings.Fields(b) {
		dup := false
		for _, h := range have {
			dup = dup || h == n
		}
		if !dup {
			have = append(have, n)
		}
	}
	return strings.Join(have, " ")
}

// authorNearBody finds a byline the info line did not give: a reporter
// line at the edges of the body (記者林悅／南市報導), a signature in
// brackets after it or closing its last paragraph (（袁源）, 。（记者 胡晓蓉）),
// or the dateline that opens a wire story (新华社北京5月9日电（记者邹伟）).
// The body found can run past the article into lists and comments, or
// start above it with the headline; when the edges give nothing, a byline
// line anywhere inside the body is taken. A signature naming the editor
// (（郭旭） over 责任编辑：郭旭) is the editor's sign-off, and the outlet or
// the value already rejected are not taken again.
func authorNearBody(blocks []block, body []int, f *pageFacts) string {
	// Candidates come in order of trust; the first that names a person
	// other than the editor and the outlet is taken.
	ok := func(a string) bool {
		return a != "" && a != f.editor && a != f.source && a != f.author && !hasAnySuffix(a, outletSuffixes)
	}
	if len(body) == 0 {
		return ""
	}
	first, last := body[0], body[len(body)-1]
	// At most six lines around the first and seven around the last: room
	// made on the stack.
	edges := make([]int, 0, 13)
	for i := max(0, first-2); i < min(len(blocks), first+4); i++ {
		edges = append(edges, i)
	}
	for i := max(first+4, last-3); i < min(len(blocks), last+4); i++ {
		edges = append(edges, i)
	}
	for _, i := range edges {
		if allLinked(&blocks[i]) {
			continue // a menu item (记者江湖), not a byline
		}
		if a := bylineLineAuthor(blocks, i, f.labels); ok(a) {
			// 本报实习生 刘国栋 / 本报记者 王燕平: one byline per role, on
			// lines of their own.
			for j := i + 1; j < len(blocks) && j <= i+2; j++ {
				more := bylineLineAuthor(blocks, j, f.labels)
				if !ok(more) {
					break
				}
				a = joinNames(a, more)
			}
			return a
		}
	}
	// The footer that closes a blog post names its poster, right under
	// the text (由某某张贴 @ 2005-06-14 03:25:55).
	for i := last + 1; i < min(len(blocks), last+3); i++ {
		if a := postedBy(blocks[i].text); ok(a) {
			return a
		}
	}
	// A signature closing one of the last paragraphs.
	for k := len(body) - 1; k >= 0 && k >= len(body)-3; k-- {
		if a := trailingSignature(blocks[body[k]].text, false); ok(a) {
			return a
		}
	}
	// The dateline opens the first paragraph of the story, which can come
	// after the headline and a subtitle that the body also holds.
	for _, i := range body[:min(4, len(body))] {
		if a := datelineReporter(blocks[i].text); ok(a) {
			return a
		}
	}
	for _, i := range body {
		if blocks[i].role == roleInfo && !allLinked(&blocks[i]) {
			if a := bylineLineAuthor(blocks, i, f.labels); ok(a) {
				return a
			}
		} else if blocks[i].mayBePosterLine() {
			if a := postedBy(blocks[i].text); ok(a) {
				return a // 本贴由大卫于2005年8月12日…发表, under the post
			}
		}
	}
	for _, i := range body {
		if a := trailingSignature(blocks[i].text, true); ok(a) {
			return a
		}
	}
	return ""
}

// bylineLineAuthor reads a short line, block i, that is a byline: a
// labelled one (记者 林悅／南市報導, 采写：南都记者 余毅菁) or names in brackets
// (（袁源）).
func bylineLineAuthor(blocks []block, i int, labels blockLabels) string {
	text := blocks[i].text
	if !isBylineBlock(&blocks[i], 40) {
		return ""
	}
	var fields []labelValue
	if inner, ok := bracketed(text); ok {
		text = inner
		if a := signatureNames(inner); a != "" {
			return a
		}
		fields = parseLabels(inner)
	} else {
		fields = labels.of(blocks, i)
	}
	a := ""
	for _, l := range fields {
		if l.kind == labelAuthor && l.value != "" {
			a = joinNames(a, cleanAuthor(l.value)) // 记者 X 实习生 Y
		}
	}
	if a == "" {
		a = postedBy(text)
	}
	return a
}

// trailingSignature reads the signature in brackets that closes a
// paragraph after its last sentence: "……换新iPhone。(李楠)",
// "……工业高质量发展。（记者 胡晓蓉）", "……釐清死因。（王煌忠／台中報導）".
//
// Strict asks for more, for paragraphs away from the end of the body: a
// paragraph of prose closed by a full stop before the brackets, the way
// articles end, unlike the headlines of a list ("……排行榜!(体育)").
func trailingSignature(p string, strict bool) string {
	if !trimmedEndsInParen(p) {
		return "" // the common case, decided before any scan
	}
	p = strings.TrimSpace(p)
	var closeRune, openRune rune
	switch {
	case strings.HasSuffix(p, "）"):
		closeRune, openRune = '）', '（'
	case strings.HasSuffix(p, ")"):
		closeRune, openRune = ')', '('
	default:
		return "" // the common case, decided before any scan
	}
	if strict && (runeLen(p) < 40 || !hasProsePunct(p)) {
		return ""
	}
	body := p[:len(p)-len(string(closeRune))]
	open := strings.LastIndex(body, string(openRune))
	if open <= 0 {
		return "" // a whole line in brackets is bylineLineAuthor's
	}
	inner := strings.TrimSpace(body[open+len(string(openRune)):])
	if inner == "" || runeLen(inner) > 30 || containsAnyRune(inner, "（）()") {
		return ""
	}
	before, _ := utf8.DecodeLastRuneInString(strings.TrimRight(body[:open], " "))
	if !strings.ContainsRune(sentenceEnds, before) || strict && before != '。' && before != '.' {
		return "" // brackets inside a sentence gloss it: 北新建材（集团）
	}
	if a := signatureNames(inner); a != "" {
		if strict && (strings.Contains(body[:open], inner) || !shortNames(a)) {
			// A name the paragraph already spoke of (a stock, a firm) is
			// its topic, not its signature.
			return ""
		}
		return a
	}
	a := ""
	for _, l := range parseLabels(inner) {
		if l.kind == labelAuthor && l.value != "" {
			a = joinNames(a, cleanAuthor(l.value)) // （记者 X 通讯员 Y）
		}
	}
	if looksLikeNames(a) {
		return a
	}
	return ""
}

// sentenceEnds close a sentence; a signature in brackets follows one.
const sentenceEnds = "。！？!?.”」』…"

// signatureNames reads an unlabelled signature: names alone (袁源, 邹伟
// 李明), or a name with where the report was filed (王煌忠／台中報導). It
// refuses outlets (新华社) and the notes that close stories (完, 待续).
func signatureNames(inner string) string {
	if hasLabel(inner) || hasAnySuffix(inner, outletSuffixes) || containsAny(inner, signatureNonNames) || isChromeHeading(inner) {
		return ""
	}
	if looksLikeNames(inner) {
		return cleanAuthor(inner)
	}
	if hasAnySuffix(inner, reportSuffixes) && containsAnyRune(inner, "/／") {
		if a := cleanAuthor(inner); looksLikeNames(a) {
			return a
		}
	}
	return ""
}

// bracketed returns the inside of a line wrapped in one pair of brackets.
func bracketed(s string) (string, bool) {
	for _, pair := range [][2]string{{"（", "）"}, {"(", ")"}, {"【", "】"}, {"[", "]"}} {
		if strings.HasPrefix(s, pair[0]) && strings.HasSuffix(s, pair[1]) {
			inner := s[len(pair[0]) : len(s)-len(pair[1])]
			if !containsAnyRune(inner, "（）()【】[]") {
				return strings.TrimSpace(inner), true
			}
		}
	}
	return "", false
}

// looksLikeNames: one to five Chinese personal names (two to four Han
// characters each) separated by spaces or 、.
func looksLikeNames(s string) bool {
	names := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '、' })
	if len(names) == 0 || len(names) > 5 {
		return false
	}
	for _, n := range names {
		st := statsOf(n)
		if st.han != st.runes || st.han < 2 || st.han > 4 {
			return false
		}
	}
	return true
}

// shortNames reports names of two or three Han characters each, the
// common length of Chinese personal names.
func shortNames(s string) bool {
	for _, n := range strings.Fields(s) {
		if c := runeLen(n); c < 2 || c > 3 {
			return false
		}
	}
	return true
}

// datelineReporter reads the reporter from the dateline at the head of a
// wire story: "（记者邹伟）", "（中央社記者邱俊欽桃園19日電）".
func datelineReporter(p string) string {
	head := p
	if len(head) > 160 {
		head = head[:160]
	}
	open := indexAnyRune(head, "（(")
	if open < 0 {
		return ""
	}
	inner := head[open:]
	closeAt := indexAnyRune(inner, "）)")
	if closeAt < 0 {
		return ""
	}
	inner = inner[:closeAt]
	at := -1
	for _, w := range []string{"记者", "記者"} {
		if i := strings.Index(inner, w); i >= 0 {
			at = i + len(w)
			break
		}
	}
	if at < 0 {
		return ""
	}
	v := strings.TrimSpace(inner[at:])
	if i := strings.IndexFunc(v, func(r rune) bool { return r >= '0' && r <= '9' }); i >= 0 {
		v = strings.TrimSpace(v[:i])
	}
	if !strings.Contains(v, " ") && !strings.Contains(v, "、") && runeLen(v) > 4 {
		// 邱俊欽桃園: the name runs into the place; Chinese names are
		// most often three characters.
		v = string([]rune(v)[:3])
	}
	if v = cleanAuthor(v); looksLikeNames(v) {
		return v
	}
	return ""
}

// outletAfterDate returns the outlet a portal prints right after the date
// on its info line, when the word there is shaped like an outlet's name
// (北京日报, 光明网, 新浪科技): two to twelve characters ending in an outlet
// word.
func outletAfterDate(line string, now time.Time) string {
	return outletAfter(line, findDateSpan(line, now))
}

// outletAfter is outletAfterDate given the line's date, as FindDate finds
// it.
func outletAfter(line string, date foundDate) string {
	if !date.ok {
		return ""
	}
	// Only the first word after the date is read: it is taken without
	// splitting the rest of the line.
	first := ""
	for f := range strings.FieldsSeq(line[date.end:]) {
		first = f
		break
	}
	if first == "" {
		return ""
	}
	w := trimPunctSpace(first)
	if hasLabel(w) {
		return ""
	}
	// A group site and its paper joined by a dash (金羊网—新快报) name
	// one outlet when both halves are shaped like outlet names.
	for _, d := range outletJoiners {
		if a, b, ok := strings.Cut(w, d); ok {
			if isOutletWord(a) && isOutletWord(b) {
				return w
			}
			return ""
		}
	}
	if !isOutletWord(w) {
		return ""
	}
	return w
}

// isOutletWord reports a word shaped like an outlet's name: two to twelve
// characters, mostly Chinese, no punctuation, ending in an outlet word.
func isOutletWord(w string) bool {
	st := statsOf(w)
	return st.han >= 2 && st.runes <= 12 && st.punct == 0 && hasAnySuffix(w, outletSuffixes)
}

// isNonSource reports 来源 values that name no outlet ("转载文章").
func isNonSource(v string) bool {
	for _, w := range nonSources {
		if v == w {
			return true
		}
	}
	return false
}

// bylineFirstBytes marks the first bytes of bylinePrefixes.
var bylineFirstBytes = func() (t [256]bool) {
	for _, p := range bylinePrefixes {
		t[p[0]] = true
	}
	return t
}()

// bylineName reads "By Jane Roe and John Doe" as "Jane Roe John Doe".
func bylineName(text string) (string, bool) {
	if text == "" || !bylineFirstBytes[text[0]] {
		return "", false // most lines: no prefix starts with their first byte
	}
	p, ok := hasAnyPrefix(text, bylinePrefixes)
	if !ok {
		return "", false
	}
	rest := text[len(p):]
	if _, start, _, ok := FindDate(rest, farFuture); ok {
		rest = rest[:start]
	}
	if i := strings.IndexAny(rest, "|•·,\n"); i >= 0 {
		rest = rest[:i]
	}
	rest = withoutJobTitle(rest)
	words := strings.Fields(rest)
	// "Written by Jane Roe on March 3": the words joining the name to the
	// date are not the name's.
	for len(words) > 0 && startsLower(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	rest = strings.Join(words, " ")
	if len(words) == 0 || len(words) > 8 {
		return "", false
	}
	for _, w := range words {
		if w != "and" && w != "&" && !startsUpper(w) {
			return "", false
		}
	}
	rest = strings.ReplaceAll(rest, " and ", " ")
	rest = strings.ReplaceAll(rest, " & ", " ")
	rest = strings.ReplaceAll(rest, ",", "")
	return strings.Join(strings.Fields(rest), " "), true
}

// withoutJobTitle cuts the job title that follows a name in an English
// byline: "Jane Roe, Staff Writer", "Ben Silverman Games Editor", "Jane
// Roe Senior Political Correspondent". It cuts at the first role word
// standing as a word of its own, then drops the qualifiers (beat, rank)
// right before it, and the commas left at the end.
func withoutJobTitle(v string) string {
	cut := len(v)
	for _, role := range englishRoles {
		for from := 0; from < cut; {
			i := strings.Index(v[from:cut], role)
			if i < 0 {
				break
			}
			i += from
			end := i + len(role)
			if i > 0 && v[i-1] == ' ' || i > 0 && v[i-1] == ',' {
				if end == len(v) || !isASCIILetter(v[end]) {
					cut = i
					break
				}
			}
			from = end
		}
	}
	words := strings.Fields(v[:cut])
	if cut < len(v) {
		for len(words) > 0 && roleQualifiers[strings.TrimRight(words[len(words)-1], ",")] {
			words = words[:len(words)-1]
		}
	}
	return strings.TrimRight(strings.Join(words, " "), ",;")
}

// startsLower reports a word that starts with a lower-case letter.
func startsLower(w string) bool {
	for _, r := range w {
		return unicode.IsLower(r)
	}
	return false
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func startsUpper(w string) bool {
	for _, r := range w {
		return r >= 'A' && r <= 'Z' || r > 0x7f
	}
	return false
}

// findDateNear returns the first plausible date in the blocks around the
// headline, for pages whose date stands on a line without labels. dates
// may be nil.
func findDateNear(blocks []block, dates *pageDates, from, to int, now time.Time) (Date, bool) {
	for i := max(0, from); i < len(blocks) && i < to; i++ {
		// A date inside a sentence is when something happened, not when
		// the page was published.
		if blocks[i].stats.runes > maxInfoLineRunes || blocks[i].stats.runes > 50 && hasProsePunct(blocks[i].text) {
			continue
		}
		if d, ok := lineDateFrom(blocks[i].text, now, dates.find(blocks, i, now)); ok {
			return d, true
		}
	}
	return Date{}, false
}

// lineDate reads the publication date of an info line: its first date
// that no update label ("Updated", "更新时间：") precedes, else its first
// date, marked as an update.
func lineDate(line string, now time.Time) (Date, bool) {
	return lineDateFrom(line, now, findDateSpan(line, now))
}

// lineDateFrom is lineDate given the line's first date, as FindDate finds
// it.
func lineDateFrom(line string, now time.Time, date foundDate) (Date, bool) {
	first, found := Date{}, false
	for t := line; date.ok; date = findDateSpan(t, now) {
		if !isUpdateLabelled(t[:date.start]) {
			return date.d, true
		}
		if !found {
			first, found = date.d, true
			first.updated = true
		}
		t = t[date.end:]
	}
	return first, found
}

// isUpdateLabelled tells whether the text before a date ends with an
// update label, give or take a colon and "on".
func isUpdateLabelled(before string) bool {
	if len(before) > 40 {
		before = before[len(before)-40:] // labels are short; cutting a rune does no harm
	}
	t := strings.TrimRight(strings.ToLower(before), " :：")
	t = strings.TrimRight(strings.TrimSuffix(t, " on"), " :：")
	return hasAnySuffix(t, updateLabels)
}

// labelledDateAfter finds a labelled publication date under the text
// ("发布日期：2019-03-06 责任编辑：龙慧"), where some sites print it, or
// else a forum's post line in or under the text ("本贴由X于2005年8月12日
// 16:12:21在〖...〗发表").
func labelledDateAfter(blocks []block, body []int, now time.Time) (Date, bool) {
	if len(body) == 0 {
		return Date{}, false
	}
	last := body[len(body)-1]
	for i := max(0, last-2); i < len(blocks) && i <= last+6; i++ {
		if blocks[i].role != roleInfo {
			continue
		}
		for _, l := range parseLabels(blocks[i].text) {
			if l.kind == labelDate {
				if d, _, _, ok := FindDate(blocks[i].text[l.start:], now); ok {
					return d, true
				}
			}
		}
	}
	for i := body[0]; i < len(blocks) && i <= last+6; i++ {
		if blocks[i].stats.runes <= maxInfoLineRunes && blocks[i].stats.marks&markDigit != 0 {
			if d, ok := postedDate(blocks[i].text, now); ok {
				return d, true
			}
		}
	}
	return Date{}, false
}

// postedDate reads the date of a post line: "于" right before the date and
// "发表" (or 发布, 发帖) shortly after it.
func postedDate(line string, now time.Time) (Date, bool) {
	if !containsAny(line, postedBefore) || !postedAfterSet.contains(line) {
		// Both words stand in the line around the date: without them no
		// date search is needed, and most lines under a body have neither.
		return Date{}, false
	}
	return postedDateFound(line, now)
}

// postedDateFound is postedDate past its filter.
func postedDateFound(line string, now time.Time) (Date, bool) {
	d, start, end, ok := FindDate(line, now)
	if !ok || !hasAnySuffix(strings.TrimRight(line[:start], " "), postedBefore) {
		return Date{}, false
	}
	rest := line[end:]
	if len(rest) > postedWithin {
		rest = rest[:postedWithin]
	}
	if !containsAny(rest, postedAfter) {
		return Date{}, false
	}
	return d, true
}

// structuredDates reads the publication dates machines are told: the
// first meta tag that names one, JSON-LD, the first <time>; the most
// trusted first.
func structuredDates(s *structured, now time.Time) []Date {
	var out []Date
	for _, v := range []string{s.firstMeta(metaDateNames), s.ld.published, s.timeValue} {
		if v == "" {
			continue
		}
		if d, ok := ParseDateValue(v, now); ok {
			out = append(out, d)
		}
	}
	return out
}

// settleDayMonth decides the order of a date such as 03/05/2019, March 5
// or 3 May, that FindDate read by the separator's custom. In order of
// trust: the structured date, when it names one of the two days; the
// page's other year-last dates whose order is plain (13/02/2022 puts the
// day first); the page's language (English outside the US puts the day
// first: en-GB, en-AU ...). Else the custom stands.
func settleDayMonth(d Date, blocks []block, lang string, metas []Date, now time.Time) Date {
	if !d.orderGuessed {
		return d
	}
	other := d.swapDayMonth()
	if !plausibleDate(other, now) {
		return d
	}
	for _, m := range metas {
		switch {
		case sameDay(m, d):
			return d
		case sameDay(m, other):
			return other
		}
	}
	want := pageDateOrder(blocks)
	if want == orderNone {
		want = langDateOrder(lang)
	}
	if want == other.order {
		return other
	}
	return d
}

// pageDateOrder is the order of day and month that the page's plain
// year-last dates show, orderNone when they show none or disagree.
func pageDateOrder(blocks []block) dateOrder {
	var dayFirst, monthFirst int
	for i := range blocks {
		for t := blocks[i].text; ; {
			d, _, end, ok := FindDate(t, farFuture)
			if !ok {
				break
			}
			t = t[end:]
			if d.orderGuessed {
				continue
			}
			switch d.order {
			case orderDayFirst:
				dayFirst++
			case orderMonthFirst:
				monthFirst++
			}
		}
	}
	switch {
	case dayFirst > monthFirst:
		return orderDayFirst
	case monthFirst > dayFirst:
		return orderMonthFirst
	}
	return orderNone
}

// langDateOrder is the order of day and month an English page's language
// tag implies: month first in the US, day first in the other English
// regions; orderNone without a region or for other languages.
func langDateOrder(lang string) dateOrder {
	tag, err := language.Parse(lang)
	if err != nil {
		return orderNone
	}
	base, _ := tag.Base()
	region, conf := tag.Region()
	if base.String() != "en" || conf != language.Exact {
		return orderNone
	}
	if region.String() == "US" {
		return orderMonthFirst
	}
	return orderDayFirst
}

// mergeDates prefers the visible date, taking the time of day and offset
// from a structured date that names the same day. A visible update date
// gives way to an earlier structured one: that is when the page was
// published.
func mergeDates(visible Date, hasVisible bool, metas []Date) (Date, bool) {
	if !hasVisible {
		if len(metas) > 0 {
			return metas[0], true
		}
		return Date{}, false
	}
	for _, m := range metas {
		if sameDay(visible, m) && m.HasTime &&
			(!visible.HasTime || m.HasOffset && visible.Hour == m.Hour && visible.Minute == m.Minute) {
			return m, true
		}
	}
	if visible.updated && len(metas) > 0 && dateBefore(metas[0], visible) {
		return metas[0], true
	}
	return visible, true
}

// dateBefore tells whether a falls on an earlier day than b.
func dateBefore(a, b Date) bool {
	return a.Year*10000+a.Month*100+a.Day < b.Year*10000+b.Month*100+b.Day
}

func sameDay(a, b Date) bool { return a.Year == b.Year && a.Month == b.Month && a.Day == b.Day }

// lastProse is the last body block that reads as prose (it has sentence
// punctuation), else the last body block: a body that runs on into a
// footer's link directory (long lines of names between spaces) still ends
// its text there, and the lines that credit the source follow the text,
// not the directory.
func lastProse(blocks []block, bodyIdx []int) int {
	for k := len(bodyIdx) - 1; k >= 0; k-- {
		if t := blocks[bodyIdx[k]].text; hasProsePunct(t) || strings.Contains(t, ". ") || strings.Contains(t, ", ") || strings.HasSuffix(t, ".") {
			return bodyIdx[k]
		}
	}
	return bodyIdx[len(bodyIdx)-1]
}

// findBreadcrumb returns the trail: the first breadcrumb block (with the
// lines that continue it), else a short "A > B" line just above the
// headline, where trails stand, else the trail an element named as one
// holds (structured), else a trail laid out one item a line above the
// headline. A long last item goes: labellers list a short headline that
// ends a trail as shown, a long one not.
func findBreadcrumb(blocks []block, title string, titleIdx int, structured []string, trails *trailSplit) []string {
	items := []string(nil)
	// A labelled trail (您的位置：…) wins over an unlabelled one: a menu
	// row from 首页 joined by bars passes for a trail too, and comes first.
	for _, labelled := range []bool{true, false} {
		for i := 0; i < len(blocks) && len(items) == 0; i++ {
			if blocks[i].role != roleBreadcrumb {
				continue
			}
			if _, ok := breadcrumbLabel(blocks[i].text); ok == labelled {
				items = trails.of(crumbWithContinuation(blocks, i, titleIdx, true))
			}
		}
	}
	if len(items) == 0 && titleIdx > 0 {
		items = crumbAboveTitle(blocks, title, titleIdx)
	}
	if len(items) == 0 {
		items = structured
	}
	if len(items) == 0 && titleIdx > 0 {
		items = crumbLinesAboveTitle(blocks, titleIdx)
	}
	if n := len(items); n > 1 && runeLen(items[n-1]) > 20 {
		items = items[:n-1]
	}
	if len(items) == 0 {
		return []string{}
	}
	return items
}

// crumbWithContinuation is the text of the trail block at i joined with
// the lines that carry the trail on: text dumps break a trail after its
// label or home item ("当前位置：首页" then ">频道 >栏目"), so a line that
// follows one ending with a strong separator belongs to it, and so, when
// the block at i is surely a trail (classified as one), does one that starts with a
// separator (elsewhere a menu item above "> 正文" would join). The
// headline never does.
func crumbWithContinuation(blocks []block, i, titleIdx int, sure bool) string {
	t := blocks[i].text
	for j := i + 1; j < len(blocks) && j <= i+3 && j != titleIdx; j++ {
		next := blocks[j].text
		if !(sure && startsWithAny(strings.TrimLeftFunc(next, isSpaceRune), crumbStrongSeps)) &&
			!endsWithCrumbSep(t) {
			break
		}
		if runeLen(next) > 60 || hasProsePunct(next) || startsWithDigit(next) {
			break // prose, or a date widget after a trail that ends in ">"
		}
		t += " " + next
	}
	return t
}

// crumbAboveTitle looks for a trail in the lines just above the headline:
// a short line of items joined by strong separators, possibly ending with
// the headline itself ("首页 > 时政 > <headline>"), or one led by a slash
// whose home item is an icon ("/ 专栏 / 栏目").
func crumbAboveTitle(blocks []block, title string, titleIdx int) []string {
	for i := titleIdx - 1; i >= 0 && i >= titleIdx-8; i-- {
		// A trail laid out one "item >" a line is read from its first line.
		k := i
		for k > 0 && k > i-4 && endsWithCrumbSep(blocks[k-1].text) && runeLen(blocks[k-1].text) <= 30 {
			k--
		}
		t := crumbWithContinuation(blocks, k, titleIdx, false)
		var tail []string
		if title != "" && len(t) > len(title) && strings.HasSuffix(t, title) {
			rest := strings.TrimRightFunc(t[:len(t)-len(title)], isWrapOrStrongSep)
			if endsWithCrumbSep(t[:len(t)-len(title)]) {
				t, tail = rest, []string{title}
			}
		}
		if runeLen(t) > 60 || hasProsePunct(t) {
			continue
		}
		strong := containsAnyRune(t, crumbStrongSepChars)
		if !strong && !(i >= titleIdx-3 && startsWithAny(strings.TrimLeftFunc(t, isSpaceRune), crumbLeadingSeps)) {
			continue
		}
		if parts := splitBreadcrumb(t); len(parts)+len(tail) >= 2 && allShort(parts, 12) && !isActionLink(parts[0]) {
			return append(parts, tail...)
		}
	}
	return nil
}

// isActionLink reports a link that invites a click ("查看TA的文章>", "更多>",
// "进入专题>"): its ">" points onwards, not down a trail, and a trail read
// from it would join the widgets under it. A trail starts with a home or a
// site, never with a verb.
func isActionLink(item string) bool {
	_, ok := hasAnyPrefix(item, actionLinkOpeners)
	return ok && !isHomeWord(item)
}

// crumbLinesAboveTitle reads a trail that a text dump (or a list without
// separators) lays out one item a line, ending with a word for the current
// page (正文) right above the headline: short lines upwards up to a home
// item, else the two nearest (a site or home and a channel, the usual shape).
func crumbLinesAboveTitle(blocks []block, titleIdx int) []string {
	// The word alone on its line: "> 正文" ends a trail kept on one line
	// whose other items (often filled in by script) are not there.
	last := strings.TrimSpace(blocks[titleIdx-1].text)
	if !slices.Contains(breadcrumbCurrentPage, last) {
		return nil
	}
	var up []string // nearest first
	home := false
	for j := titleIdx - 2; j >= 0 && len(up) < 4; j-- {
		t := trimPunctSpace(blocks[j].text)
		if t == "" || runeLen(t) > 10 || containsAnyRune(t, crumbStrongSepChars) || hasProsePunct(t) ||
			strings.ContainsAny(t, " :：、,") || slices.Contains(up, t) {
			break
		}
		up = append(up, t)
		if isHomeWord(t) {
			home = true
			break
		}
	}
	if len(up) == 0 {
		return nil
	}
	if !home && len(up) > 2 {
		up = up[:2]
	}
	items := make([]string, 0, len(up)+1)
	for k := len(up) - 1; k >= 0; k-- {
		items = append(items, up[k])
	}
	return append(items, last)
}

// endsWithCrumbSep reports whether s, trailing spaces aside, ends with a
// strong trail separator: the trail goes on after it.
func endsWithCrumbSep(s string) bool {
	// Most lines end in no space, which leaves nothing to trim: their
	// last byte rules them out.
	if !isSpaceRune(lastRune(s)) {
		return crumbStrongSepList.hasSuffix(s)
	}
	return hasAnySuffix(strings.TrimRightFunc(s, isSpaceRune), crumbStrongSeps)
}

// crumbStrongSepList gates crumbStrongSeps by their last bytes.
var crumbStrongSepList = newSuffixList(crumbStrongSeps)

// startsWithDigit reports whether s, leading spaces aside, starts with an
// ASCII digit.
func startsWithDigit(s string) bool {
	s = strings.TrimLeftFunc(s, isSpaceRune)
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// isWrapOrStrongSep reports the runes trimmed off a trail before the
// headline that ends it.
func isWrapOrStrongSep(r rune) bool {
	return isWrapRune(r) || strings.ContainsRune(crumbStrongSepChars, r)
}

// allShort reports whether every item has at most n runes.
func allShort(items []string, n int) bool {
	for _, it := range items {
		if runeLen(it) > n {
			return false
		}
	}
	return true
}

// indexAnyRune is strings.IndexAny for a short set of runes that are not
// all ASCII (and hold no U+FFFD): strings.IndexAny then decodes s rune by
// rune and searches the set for each, while this searches s once per
// rune of the set with strings.Index. A match of a rune's encoding always
// starts where the decoder would start a rune (lead bytes are never
// continuation bytes), even in invalid UTF-8, so the earliest match is
// the index strings.IndexAny returns.
func indexAnyRune(s, chars string) int {
	best := -1
	for i := 0; i < len(chars); {
		_, size := utf8.DecodeRuneInString(chars[i:])
		enc := chars[i : i+size]
		i += size
		lim := len(s)
		if best >= 0 {
			lim = min(lim, best+len(enc)-1) // only a match that starts before best
		}
		if j := strings.Index(s[:lim], enc); j >= 0 {
			best = j
		}
	}
	return best
}

// containsAnyRune is strings.ContainsAny for the sets of indexAnyRune.
func containsAnyRune(s, chars string) bool {
	for i := 0; i < len(chars); {
		_, size := utf8.DecodeRuneInString(chars[i:])
		if strings.Contains(s, chars[i:i+size]) {
			return true
		}
		i += size
	}
	return false
}
