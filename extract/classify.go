package extract

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// role is what a block is to the page: part of the article or of the
// portal around it.
type role uint8

const (
	roleUnknown    role = iota // not recognised: may be body
	roleChrome                 // widgets, buttons, search boxes, menus
	roleBreadcrumb             // 您当前的位置: A > B > C
	roleInfo                   // the date / 来源 / 作者 line under the headline
	roleEditor                 // 责任编辑: X
	roleRelated                // a heading that opens a list of other articles
	roleFooter                 // copyright, ICP licence, statements
)

// farFuture is a "now" that accepts every date, for callers that only want
// to know where a date is, not whether it is plausible.
var farFuture = time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)

// Size limits, in runes, beyond which a block is too long to be the kind
// of chrome in question.
const (
	maxChromeRunes     = 40
	maxRelatedRunes    = 24
	maxEditorLineRunes = 60
	maxInfoLineRunes   = 160
	maxFooterRunes     = 240
)

// classify decides a block's role from its text alone. It is shared by the
// HTML and the text-dump paths; the HTML path adds DOM evidence on top.
func classify(text string, now time.Time) role {
	return classifyStats(text, statsOf(text), now)
}

// classifyStats is classify for a text whose stats are known. The marks
// let most lines skip most tests without a scan, and the vocabulary is
// looked for only when a test that needs it is reached: long prose lines,
// the bulk of a page, never need it.
func classifyStats(text string, st textStats, now time.Time) role {
	return classifyLine(&lineFacts{text: text, textStats: st}, now)
}

// classifyLine is classifyStats for a line whose facts the caller keeps:
// classifyAll keeps the labels parsed on the way.
func classifyLine(l *lineFacts, now time.Time) role {
	text, st := l.text, l.textStats
	n := st.chars
	if n == 0 {
		return roleChrome
	}
	prose := st.marks&markProse != 0
	if isBreadcrumbLine(l) {
		return roleBreadcrumb
	}
	if n <= maxRelatedRunes && l.has(vocabRelated|vocabComment) {
		if isRelatedHeading(l.bare()) {
			return roleRelated
		}
		if isCommentHeading(l.bare()) {
			return roleFooter // readers' comments follow: the article is over
		}
	}
	if n <= maxInfoLineRunes && (n <= 50 || !prose) {
		// A long line with sentence punctuation is prose, even when it
		// opens with a dateline (据新华社拉萨电（记者 格桑边觉）记者近日...).
		if r, ok := infoRole(l, now); ok {
			return r
		}
	}
	// The first tests of isPictureCredit and isPhotoCaption, asked here
	// to spare most lines the calls.
	if n > maxCopyrightLineRunes && isPictureCredit(l) || mayBePhotoCaption(text) && isPhotoCaption(l) ||
		isInlineFurniture(text, st) {
		return roleChrome
	}
	if n <= maxFooterRunes && isFooterLine(l) {
		return roleFooter
	}
	if n <= maxChromeRunes && isChromeLine(l) {
		return roleChrome
	}
	// Rows of bracketed buttons run longer: "[ 回覆本貼 ] [ 跟從標題 ] [ 關閉本窗口 ]",
	// "页面功能 【我来说两句】【推荐】【字体：大 中 小】【打印】【关闭】".
	if n <= 2*maxChromeRunes && !prose && st.marks&markBracket != 0 &&
		(isBracketWidgets(text) || l.has(vocabFontSize) && strings.Count(text, "【") >= 3) {
		return roleChrome
	}
	return roleUnknown
}

// lineFacts is what the classifiers know of a line: its text and stats,
// and which vocabulary sets occur in it, found on first use.
type lineFacts struct {
	text string
	textStats
	vocab     vocabMask
	scanned   bool
	trimmed   string // text without wrapping punctuation, once asked for
	trimmedOK bool
	labels    []labelValue // parseLabels(text), once asked for
	labelsOK  bool
}

// fields returns the line's labels (parseLabels), computed once.
func (l *lineFacts) fields() []labelValue {
	if !l.labelsOK {
		l.labels, l.labelsOK = parseLabels(l.text), true
	}
	return l.labels
}

// bare returns the text less the white space and punctuation around it
// (trimPunctSpace), computed once for the several tests that want it.
func (l *lineFacts) bare() string {
	if !l.trimmedOK {
		l.trimmed, l.trimmedOK = trimPunctSpace(l.text), true
	}
	return l.trimmed
}

// has reports whether a word of set occurs in the line.
func (l *lineFacts) has(set vocabMask) bool {
	if !l.scanned {
		l.scanVocab()
	}
	return l.vocab&set != 0
}

// mayHave is has for a test that can also run without the vocabulary: it
// scans only lines short enough that infoRole scans them anyway, and
// answers true for the long ones not yet scanned.
func (l *lineFacts) mayHave(set vocabMask) bool {
	if !l.scanned {
		if l.chars > 50 {
			return true
		}
		l.scanVocab()
	}
	return l.vocab&set != 0
}

// scanVocab finds the sets that occur in the line. It is kept out of has
// and mayHave, which most calls leave having found the line scanned, so
// that they are inlined; inlined itself, it would cost them that.
//
//go:noinline
func (l *lineFacts) scanVocab() {
	l.vocab, l.scanned = lineVocab.scan(l.text), true
}

// infoRole recognises metadata lines: an editor line, or an info line with
// a date and/or source/author labels.
func infoRole(l *lineFacts, now time.Time) (role, bool) {
	text := l.text
	n := l.chars
	var labels []labelValue
	if l.has(vocabLabel) {
		labels = l.fields()
	}
	var hasField, hasEditor, hasOther bool
	for _, l := range labels {
		switch l.kind {
		case labelSource, labelAuthor, labelDate:
			hasField = true
		case labelEditor:
			hasEditor = true
		case labelOther:
			hasOther = true
		}
	}
	if len(labels) > 0 && labels[0].kind == labelOther && labels[0].start == 0 && !hasField && !hasEditor && n <= maxEditorLineRunes {
		return roleChrome, true // 关键词：..., 标签：...
	}
	if hasEditor && !hasField && n <= maxEditorLineRunes {
		return roleEditor, true
	}
	if hasField || hasEditor {
		return roleInfo, true
	}
	// bylineName and appByline start by testing the line's first and
	// last byte; testing them here spares most lines the calls.
	if bylineFirstBytes[text[0]] {
		if _, ok := bylineName(text); ok {
			return roleInfo, true // By Jane Roe - Staff Writer 2019-11-19
		}
	}
	if n <= 40 && l.marks&markProse == 0 && appBylineTailBytes[text[len(text)-1]] {
		if _, ok := appByline(text); ok {
			return roleInfo, true // 原创 作者 公众号 前天
		}
	}
	if l.marks&markDigit == 0 {
		return roleUnknown, false // no date without a digit
	}
	// A bare date line ("2012-06-02 08:30") or a date with view counts.
	if _, start, end, ok := FindDate(text, now); ok {
		rest := runeLen(text[:start]) + runeLen(withoutDates(text[end:]))
		if rest <= 12 || rest <= 40 && l.marks&markProse == 0 && l.punct <= 4 || (hasOther && n <= 80) {
			return roleInfo, true
		}
	}
	return roleUnknown, false
}

// withoutDates removes every date from s ("| UPDATED: 10:02, Mon, Mar 4,
// 2024" keeps only its label), so that a line of dates measures short.
func withoutDates(s string) string {
	for k := 0; k < 8; k++ {
		_, start, end, ok := FindDate(s, farFuture)
		if !ok {
			break
		}
		s = s[:start] + s[end:]
	}
	return s
}

// isBreadcrumbLine: a line led by 您当前的位置 (or a kin), or a short trail
// of short items joined by > or ».
func isBreadcrumbLine(l *lineFacts) bool {
	text := l.text
	if l.mayHave(vocabCrumbLabel) {
		if _, ok := breadcrumbLabel(text); ok {
			return true
		}
	}
	if len(text) > 4*80 || l.marks&markCrumbSep == 0 {
		return false
	}
	strong := l.marks&markStrongSep != 0
	if !strong && !isHomeWord(firstWord(text)) {
		return false // most lines with a dash or a slash are not trails
	}
	items := splitBreadcrumb(text)
	if len(items) < 2 || l.chars > 80 {
		return false
	}
	if !strong {
		// Bars and slashes also separate menus; a trail starts at home.
		if len(items) < 3 || !isHomeWord(items[0]) {
			return false
		}
	} else if len(items) == 2 && !strings.Contains(text, ">>") && !strings.ContainsAny(text, "»›") {
		return false
	}
	for k, it := range items {
		if k == len(items)-1 && k >= 2 && !hasProsePunct(it) {
			continue // trails often end with the headline itself
		}
		if runeLen(it) > 20 || strings.ContainsAny(it, "，。；！？,、") {
			return false
		}
	}
	return true
}

// firstWord returns text up to its first space or breadcrumb separator.
func firstWord(text string) string {
	if i := strings.IndexFunc(text, func(r rune) bool {
		return r == ' ' || r == '/' || r == '|' || r == '-' || r == '·' || r == '\\'
	}); i >= 0 {
		return text[:i]
	}
	return text
}

// isHomeWord reports the words a breadcrumb trail starts with.
func isHomeWord(s string) bool {
	// Most words asked about start with a rune no home word's first rune
	// folds to: they need no EqualFold with each home word.
	if r, _ := utf8.DecodeRuneInString(s); r >= 1<<16 || !hasBit(&homeWordFirsts, r) {
		return false
	}
	for _, h := range breadcrumbHomes {
		if strings.EqualFold(s, h) {
			return true
		}
	}
	return false
}

// homeWordFirsts holds the first runes of breadcrumbHomes with every rune
// they fold to: strings.EqualFold matches a home word only from one of
// them. (Should a fold leave the BMP, isHomeWord would miss it:
// TestHomeWordFirsts checks that none does.)
var homeWordFirsts = func() (bits [1 << 16 / 64]uint64) {
	for _, h := range breadcrumbHomes {
		r, _ := utf8.DecodeRuneInString(h)
		for f := r; ; {
			if f < 1<<16 {
				setBit(&bits, f)
			}
			if f = unicode.SimpleFold(f); f == r {
				break
			}
		}
	}
	return bits
}()

// breadcrumbLabel returns the text after a leading breadcrumb label.
func breadcrumbLabel(text string) (string, bool) {
	if l, ok := breadcrumbLabelSet.prefix(text); ok {
		rest := strings.TrimLeft(text[len(l):], " ")
		if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "：") {
			return strings.TrimSpace(strings.TrimLeft(rest, ":：")), true
		}
		if l != "位置" && l != "当前页面" && l != "當前頁面" {
			if f := strings.Fields(rest); containsAnyRune(rest, crumbStrongSepChars) || len(f) >= 2 && isHomeWord(f[0]) {
				return strings.TrimSpace(rest), true
			}
		}
	}
	return "", false
}

// splitBreadcrumb splits a trail into its items: on every strong
// separator (> >> » ...) at once, else on the first weak one it uses.
func splitBreadcrumb(text string) []string {
	labelled := false
	if rest, ok := breadcrumbLabel(text); ok {
		text, labelled = rest, true
	}
	if strings.ContainsAny(text, crumbSplitChars) {
		var items []string
		for _, it := range strings.FieldsFunc(text, isTrailSplitRune) {
			if it = trimPunctSpace(it); it != "" {
				items = append(items, lastItemWord(it))
			}
		}
		return items
	}
	for _, sep := range breadcrumbSeparators {
		if sep == "-" || sep == "/" || sep == "|" || sep == "·" || sep == "\\" {
			// These also occur inside item names; they only count when
			// spaced out or when nothing stronger is present.
			if !strings.Contains(text, " "+sep+" ") {
				continue
			}
			sep = " " + sep + " "
		}
		if !strings.Contains(text, sep) {
			continue
		}
		var items []string
		for _, it := range strings.Split(text, sep) {
			if it = trimPunctSpace(it); it != "" {
				items = append(items, it)
			}
		}
		return items
	}
	if text = trimPunctSpace(text); text != "" {
		if labelled && strings.Contains(text, " ") {
			return strings.Fields(text) // 您所在的位置 首页 专题频道 国内专题
		}
		if parts := strings.Split(text, "/"); len(parts) >= 3 && isHomeWord(strings.TrimSpace(parts[0])) {
			var items []string
			for _, it := range parts {
				if it = trimPunctSpace(it); it != "" {
					items = append(items, it)
				}
			}
			return items // 首页/要闻动态/今日关注
		}
		return []string{text}
	}
	return nil
}

// isTrailSplitRune reports the runes of crumbSplitChars, as a switch, since
// FieldsFunc asks about every rune of the line (FuzzTrailSplitRune keeps
// the two in step).
func isTrailSplitRune(r rune) bool {
	switch r {
	case '>', '»', '›', '→', '＞', '〉':
		return true
	}
	return false
}

// lastItemWord cuts what trails an item after a space when the item is
// Chinese: widget words follow the last item on the same line
// ("业界新闻 新闻排行榜"); Chinese item names hold no spaces.
func lastItemWord(it string) string {
	if i := strings.IndexByte(it, ' '); i > 0 && statsOf(it).han > 0 && statsOf(it[:i]).han > 0 {
		return it[:i]
	}
	return it
}

func isRelatedHeading(text string) bool {
	t := trimPunctSpace(text)
	h, ok := relatedSet.prefix(t)
	// "相关新闻" alone, or followed by a short word ("相关新闻 更多").
	return ok && runeLen(trimPunctSpace(t[len(h):])) <= 6
}

// isCommentHeading recognises the heading of a comment section ("网友评论",
// "12 条评论", "Leave a Reply"): readers' comments are not the article.
func isCommentHeading(text string) bool {
	t := trimPunctSpace(text)
	if h, ok := commentSet.prefix(t); ok && runeLen(t) <= runeLen(h)+6 {
		return true
	}
	// "12 条评论", "评论(12)"
	t = strings.TrimFunc(t, func(r rune) bool {
		return r >= '0' && r <= '9' || r == ' ' || r == '(' || r == ')' || r == '（' || r == '）'
	})
	for _, h := range commentCountWords {
		if t == h {
			return true
		}
	}
	return false
}

func isFooterLine(l *lineFacts) bool {
	text := l.text
	if l.mayHave(vocabStatement) {
		if _, ok := statementSet.prefix(l.bare()); ok {
			return true
		}
	}
	if l.punct > 6 {
		return false
	}
	// A long line no test has scanned yet is asked about the footer
	// words alone, which costs a fraction of the scan for every set:
	// footerSet.contains and the scan's vocabFooter bit agree
	// (FuzzStatsOf holds both to containsReference).
	if !l.scanned && !footerSet.contains(text) || !l.has(vocabFooter) {
		return false
	}
	if l.has(vocabWeakFooter) && !l.has(vocabStrongFooter) && !hasYear(text) {
		return false // "(Image: © TNG Collaboration)" credits a picture
	}
	return true
}

// maxCopyrightLineRunes is the longest a line opening with a copyright
// sign can be and still be only the site's copyright notice.
const maxCopyrightLineRunes = 40

// isPictureCredit recognises a picture's credit and caption set into a
// story ("© Lucy Nicholson Detainees at ..."): it opens with a copyright
// sign but runs on as a sentence, unlike a copyright footer.
func isPictureCredit(l *lineFacts) bool {
	text := l.text
	if l.chars <= maxCopyrightLineRunes || !(strings.HasPrefix(text, "©") || strings.HasPrefix(text, "(C)")) {
		return false
	}
	return !l.has(vocabStrongFooter)
}

// agencyCaptionOpening reports a line that opens the way agency photo
// captions do: "In this" or "This", then within a few words a photo word
// (captionPhotoWords).
func agencyCaptionOpening(text string) bool {
	if _, ok := hasAnyPrefix(text, captionOpeners); !ok {
		return false
	}
	return containsAny(text[:min(len(text), 48)], captionPhotoWords)
}

// maxAdMarkerRunes is the longest of adMarkers, in runes.
var maxAdMarkerRunes = func() int {
	n := 0
	for _, m := range adMarkers {
		n = max(n, runeLen(m))
	}
	return n
}()

// isAdMarker reports a line that is only an advertisement's label.
func isAdMarker(text string) bool {
	return len(text) < len(adMarkerLens) && adMarkerLens[len(text)] && adMarkerFirstBytes[text[0]] &&
		slices.Contains(adMarkers, text)
}

// adMarkerLens and adMarkerFirstBytes hold the lengths and first bytes of
// adMarkers: most lines differ in one or the other and need no
// comparison.
var adMarkerLens, adMarkerFirstBytes = func() (lens [64]bool, firsts [256]bool) {
	for _, m := range adMarkers {
		lens[len(m)] = true
		firsts[m[0]] = true
	}
	return lens, firsts
}()

// isInlineFurniture reports the furniture lines that stand between two
// paragraphs of an article without ending it: teaser links, the labels of
// advertisements and subscription promotions. The line's stats spare most
// lines every test: a teaser link has its colon, a promotion no Han.
func isInlineFurniture(text string, st textStats) bool {
	n := int(st.chars)
	return n <= maxTeaserLinkRunes && st.punct > 0 && isTeaserLink(text) ||
		n <= maxAdMarkerRunes && isAdMarker(text) ||
		st.han == 0 && n <= maxPromoRunes && isPromoLine(text)
}

// maxPromoRunes is the longest a subscription promotion line runs.
const maxPromoRunes = 250

// isPromoLine reports a line in a Latin script that asks the reader to
// subscribe, sign up or follow: it opens with one of promoLeads. (A
// second sentence that does, after a first naming a newsletter, was
// caught too at first; searching every line for it cost 1.5 % of a text
// extraction for 0.001 of body F1.)
func isPromoLine(text string) bool {
	if text == "" {
		return false
	}
	if !promoLeadFirstBytes[text[0]] {
		return false
	}
	_, ok := hasAnyPrefix(text, promoLeads)
	return ok
}

// promoLeadFirstBytes holds the first bytes of promoLeads.
var promoLeadFirstBytes = func() (t [256]bool) {
	for _, l := range promoLeads {
		t[l[0]] = true
	}
	return t
}()

// maxTeaserLinkRunes is the longest a teaser link line runs.
const maxTeaserLinkRunes = 100

// isTeaserLink reports a line that is one link to another story: a
// teaser lead (teaserLinkLeads), a colon, and a headline, which ends
// without a full stop.
func isTeaserLink(text string) bool {
	lead, ok := teaserLinkSet.prefix(text)
	if !ok {
		return false
	}
	rest := strings.TrimLeft(text[len(lead):], " ")
	switch {
	case strings.HasPrefix(rest, ":"):
		rest = rest[1:]
	case strings.HasPrefix(rest, "："):
		rest = rest[len("："):]
	default:
		return false
	}
	rest = strings.TrimSpace(rest)
	return rest != "" && !strings.HasSuffix(rest, ".") && !strings.HasSuffix(rest, "。")
}

// isPhotoCaption recognises an English picture caption by the credit that
// closes it ("... speaks with supporters. (AP Photo/Meg Kinnard)", "(NASA
// via AP, File)") or by the way agency captions open
// (agencyCaptionOpening).
func isPhotoCaption(l *lineFacts) bool {
	text := l.text
	if l.han == 0 && l.chars <= maxCreditRunes+100 && captionOpenerFirstBytes[text[0]] && agencyCaptionOpening(text) {
		return true
	}
	if !strings.HasSuffix(text, ")") || !l.has(vocabPhotoCredit) {
		return false
	}
	open := strings.LastIndexByte(text, '(')
	return open >= 0 && photoCreditSet.contains(text[open:])
}

// mayBePhotoCaption is isPhotoCaption's first test, small enough to be
// inlined: a caption opens like an agency's or ends with its credit in
// brackets. text must not be empty.
func mayBePhotoCaption(text string) bool {
	return captionOpenerFirstBytes[text[0]] || text[len(text)-1] == ')'
}

// captionOpenerFirstBytes marks the first bytes of captionOpeners.
var captionOpenerFirstBytes = func() (t [256]bool) {
	for _, w := range captionOpeners {
		t[w[0]] = true
	}
	return t
}()

// hasYear reports a four-digit year (19xx or 20xx) in s.
func hasYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isASCIIDigit(s[i+2]) && isASCIIDigit(s[i+3]) &&
			(i == 0 || !isASCIIDigit(s[i-1])) && (i+4 == len(s) || !isASCIIDigit(s[i+4])) {
			return true
		}
	}
	return false
}

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

// isChromeLine: a short line that is nothing but widget words, once the
// words, punctuation, digits and spaces are taken away.
func isChromeLine(l *lineFacts) bool {
	text := l.text
	if strings.HasPrefix(text, "关注") || strings.HasPrefix(text, "關注") {
		return l.chars <= 10
	}
	if l.has(vocabFontSize) {
		return true
	}
	if !l.has(vocabChrome) {
		return false
	}
	return chromeSet.coveredBut(text, 1)
}
