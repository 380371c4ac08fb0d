package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// labelValue is one "label: value" pair found in a line of page text.
type labelValue struct {
	kind  labelKind
	label string
	value string
	start int // byte offset of the label in the line
}

// labelEntry is one label word with its kind, for the matcher.
type labelEntry struct {
	word string
	kind labelKind
}

// labelWords finds label words in a line, longest first, so that 责任编辑 is
// matched before 编辑 and 信息来源 before 来源; labelKinds says which field
// each one introduces.
var labelWords, labelKinds = buildLabelIndex()

func buildLabelIndex() (*wordSet, map[string]labelKind) {
	kinds := map[string]labelKind{}
	var words []string
	for _, kind := range []labelKind{labelSource, labelAuthor, labelEditor, labelDate, labelOther} {
		for _, w := range fieldLabels[kind] {
			if _, dup := kinds[w]; !dup {
				kinds[w] = kind
				words = append(words, w)
			}
		}
	}
	// 文 alone introduces an author only in the forms 文/张三 and 文｜张三;
	// labelSeparator enforces that.
	for w, k := range map[string]labelKind{"文": labelAuthor, "图": labelOther, "圖": labelOther} {
		kinds[w] = k
		words = append(words, w)
	}
	sort.Strings(words) // map order must not decide ties
	return newWordSet(words), kinds
}

// labelWordList lists every label word, for the line vocabulary.
func labelWordList() []string {
	words := make([]string, 0, len(labelKinds))
	for w := range labelKinds {
		words = append(words, w)
	}
	return words
}

// maxLabelValueRunes bounds a field value: longer text after a label word is
// a sentence that happens to contain the word, not a field.
const maxLabelValueRunes = 40

// parseLabels finds the field labels in line and the value each one
// introduces. A label counts only when a separator follows it (a colon of
// either width, a bracket, a slash for 文/, or a space before a name for the
// person labels), which keeps 据记者了解 in prose from reading as a byline.
// An empty value is kept: "作者:" says the page has no author.
func parseLabels(line string) []labelValue {
	type hit struct {
		entry          labelEntry
		start, valueAt int
	}
	// Few lines hold more than a handful of labels: the buffer keeps the
	// hits of most off the heap.
	var buf [8]hit
	hits := buf[:0]
	for i := 0; ; {
		e, start, sep, ok := nextLabel(line, i)
		if !ok {
			break
		}
		if k := len(hits) - 1; k >= 0 && e.kind == labelAuthor && hits[k].entry.kind == labelAuthor && gluedToHan(line, start) {
			// 采写：南都记者 余毅菁: the outlet's 记者 belongs to the
			// value of the author label before it.
			i = start + len(e.word)
			continue
		}
		hits = append(hits, hit{e, start, sep})
		i = sep
	}
	if len(hits) == 0 {
		return nil // most lines asked about: no label, nothing to make
	}
	out := make([]labelValue, 0, len(hits))
	for k, h := range hits {
		end := len(line)
		if k+1 < len(hits) {
			end = hits[k+1].start
		}
		v := cutValue(line[h.valueAt:end])
		if h.entry.kind == labelAuthor && (v == "" || zhJobTitleSet.contains(v)) {
			if name := nameAfterJobTitle(line[h.valueAt:end]); name != "" {
				v = name
			}
		}
		out = append(out, labelValue{kind: h.entry.kind, label: h.entry.word, value: v, start: h.start})
	}
	return out
}

// nextLabel finds the first label of line at or after i that a separator
// follows: its entry, where it starts and where its value starts.
func nextLabel(line string, i int) (e labelEntry, start, valueAt int, ok bool) {
	for i < len(line) {
		if i = labelWords.nextStart(line, i); i == len(line) {
			break
		}
		r, size := decodeAt(line, i)
		if word, found := labelWords.at(line, i, r); found {
			e = labelEntry{word, labelKinds[word]}
			if sep, found := labelSeparator(line, i, i+len(word), e); found {
				return e, i, sep, true
			}
		}
		i += size
	}
	return labelEntry{}, 0, 0, false
}

// hasLabel reports whether parseLabels finds a label in line, without
// cutting the values: the first label found is always kept.
func hasLabel(line string) bool {
	_, _, _, ok := nextLabel(line, 0)
	return ok
}

// nameAfterJobTitle reads the name that closes an author value written as
// the person's posts first, the way opinion pieces credit experts
// (作者：某中心研究部部长，“一带一路”研究部部长、研究员徐占忱): the Han name of two
// to four characters, starting with a common surname, right after the last
// title word. A value with commas is otherwise prose to cutValue.
func nameAfterJobTitle(raw string) string {
	v := strings.TrimSpace(cutAtUnbalancedClose(raw))
	if runeLen(v) > 3*maxLabelValueRunes {
		return ""
	}
	at := zhJobTitleSet.lastEnd(v) // the end of the last title word
	if at < 0 {
		return ""
	}
	name := strings.TrimSpace(v[at:])
	st := statsOf(name)
	if st.han != st.runes || st.han < 2 || st.han > 4 {
		return ""
	}
	if _, ok := surnameSet.prefix(name); !ok {
		return ""
	}
	return name
}

// gluedToHan reports whether the text at line[i:] follows a Han character.
func gluedToHan(line string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(line[:i])
	return i > 0 && isHan(r)
}

// labelSeparator checks what follows a label word at line[start:end] and
// returns where its value begins.
func labelSeparator(line string, start, end int, e labelEntry) (int, bool) {
	var prev, prevWord rune // the rune before the label, and the last one before any space
	if start > 0 {
		prev, _ = utf8.DecodeLastRuneInString(line[:start])
		prevWord, _ = utf8.DecodeLastRuneInString(strings.TrimRight(line[:start], " "))
	}
	if start > 0 && prev < utf8.RuneSelf && unicode.IsLetter(prev) && e.word[0] < utf8.RuneSelf {
		return 0, false // the end of a longer word: "Coautor:", "Metadata:"
	}
	reporter := e.word == "记者" || e.word == "記者"
	if start > 0 && isHan(prev) {
		// A label glued to the Han character before it is part of a word
		// (新闻来源 is listed on its own; 这个来源 is prose). 记者 after an
		// outlet name (潮声新闻记者 何沁) is a byline when the line is short.
		if !(reporter && isBylineLine(line, 40)) && !strings.ContainsRune("本报報社网網讯訊", prev) {
			return 0, false
		}
	}
	rest := line[end:]
	trimmed := strings.TrimLeft(rest, " ")
	skipped := len(rest) - len(trimmed)
	r, size := utf8.DecodeRuneInString(trimmed)
	person := e.kind == labelAuthor || e.kind == labelEditor
	if e.word == "文" || e.word == "图" || e.word == "圖" {
		// Common characters: only 文/张三, 文｜张三, 文丨张三, 文：张三.
		if strings.ContainsRune("/｜|丨:：", r) && !isHan(prev) {
			return end + skipped + size, true
		}
		return 0, false
	}
	switch {
	case (r == '】' || r == ']') && (prev == '[' || prev == '【') && strings.TrimSpace(trimmed[size:]) == "":
		// A bracketed word closing the line is a link or a button, such
		// as the [编辑] after each heading of a wiki page.
		return 0, false
	case r == ':' || r == '：' || r == '】' || r == ']':
		return end + skipped + size, true
	case strings.ContainsRune("/｜|丨", r) && person:
		return end + skipped + size, true
	case r == '《' && skipped == 0 && e.kind == labelSource:
		// 转自《北京科技报》: the outlet's name in title marks is the value.
		return end, true
	case skipped > 0 && person && isHan(r):
		return end + skipped, true
	case skipped == 0 && (isHan(r) || unicode.IsLetter(r)) && isBylineLine(line, 60) &&
		(reporter || strings.HasSuffix(e.word, "记者") || strings.HasSuffix(e.word, "記者")):
		// 本报记者张三, 記者陳怡君／台中報導: a short byline line.
		return end, true
	case skipped == 0 && (isHan(r) || unicode.IsLetter(r)) && (e.kind == labelSource || e.kind == labelAuthor) &&
		strings.ContainsRune("|｜丨", prevWord) && isBylineLine(line, 100):
		// "发表于2014-08-24| 来源CSDN| 作者魏星": labels glued to their
		// values in a bar-separated info line.
		return end, true
	}
	return 0, false
}

// isBylineLine reports a line short enough, and free of sentence
// punctuation, to be a byline or an info line rather than prose.
func isBylineLine(line string, maxRunes int) bool {
	// A line of no more bytes than maxRunes needs no rune count.
	return len(line) <= 4*maxRunes && (len(line) <= maxRunes || runeLen(line) <= maxRunes) && !hasProsePunct(line)
}

// isBylineBlock is isBylineLine of a block's text, read from its stats
// (FuzzIsBylineBlock): the rune count, and the mark of the sentence
// punctuation hasProsePunct looks for. A line of at most maxRunes runes
// has at most 4*maxRunes bytes.
func isBylineBlock(b *block, maxRunes int) bool {
	return int(b.stats.chars) <= maxRunes && b.stats.marks&markProse == 0
}

// cutValue trims a raw value to the field it holds: it stops at a closing
// bracket, a bar, or a date, and rejects prose.
func cutValue(v string) string {
	v = cutAtUnbalancedClose(v)
	if _, start, _, ok := FindDate(v, farFuture); ok {
		v = v[:start]
	}
	for _, stop := range valueStops {
		if i := strings.Index(v, stop); i > 0 {
			v = v[:i]
		}
	}
	// Trimming an opening bracket can leave its partner unbalanced
	// ("(0)0" -> "0)0"): cut again until nothing changes. A prefix of a
	// value cut at its first unbalanced close has none, so the first
	// round only trims.
	for k := 0; k < 4; k++ {
		t := v
		if k > 0 {
			t = cutAtUnbalancedClose(t)
		}
		t = trimValue(t)
		if t == v {
			break
		}
		v = t
	}
	// hasProsePunct is ，。；！？ found by their bytes: ContainsAny with
	// them would look each rune of v up in the list.
	if v == "" || runeLen(v) > maxLabelValueRunes || hasProsePunct(v) || strings.ContainsAny(v, "=\"<>") {
		return ""
	}
	if hasAnySuffix(v, photoCredits) {
		return "" // 贾天勇 摄: who took the picture, not who wrote the story
	}
	return v
}

// bracketPairs maps each closing bracket to its opening one.
var bracketPairs = map[rune]rune{'）': '（', ')': '(', '》': '《', ']': '[', '】': '【', '」': '「'}

// cutAtUnbalancedClose ends a value at a bar, a tab or a closing bracket
// that it did not open: "(责编：李四)" ends at ")", but "光明网-《光明日报》"
// keeps its title marks.
func cutAtUnbalancedClose(v string) string {
	open := map[rune]int{}
	for i, r := range v {
		switch r {
		case '|', '｜', '\n', '\t':
			return v[:i]
		case '（', '(', '《', '[', '【', '「':
			open[r]++
		case '）', ')', '》', ']', '】', '」':
			if o := bracketPairs[r]; open[o] > 0 {
				open[o]--
			} else {
				return v[:i]
			}
		}
	}
	return v
}

// trimValue trims the punctuation around a value, but keeps a closing
// bracket whose opening one is inside the value.
func trimValue(v string) string {
	v = strings.TrimLeftFunc(v, isWrapRune)
	return strings.TrimRightFunc(v, func(r rune) bool {
		if o, ok := bracketPairs[r]; ok && strings.ContainsRune(v, o) {
			return false
		}
		return isWrapRune(r)
	})
}

// hasProsePunct reports the punctuation of sentences, which labels and
// bylines do not carry: ，。；！？.
//
// It looks for their UTF-8 bytes instead of decoding runes: each starts
// with E3 or EF, a lead byte, which ranging over the string would decode
// wherever it stands, so the byte test finds them exactly where decoding
// would, invalid bytes around them or not. A well-formed three-byte rune
// is stepped over whole; everything else a byte at a time.
func hasProsePunct(s string) bool {
	for i := 0; i+2 < len(s); {
		c := s[i]
		if c < 0xE3 || c > 0xEF {
			i++
			continue
		}
		c1, c2 := s[i+1], s[i+2]
		if c == 0xEF && c1 == 0xBC && (c2 == 0x8C || c2 == 0x9B || c2 == 0x81 || c2 == 0x9F) || c == 0xE3 && c1 == 0x80 && c2 == 0x82 {
			return true
		}
		if (uint16(c1)<<8|uint16(c2))&0xC0C0 == 0x8080 {
			i += 3
		} else {
			i++
		}
	}
	return false
}

// cleanSource trims a 来源 value: Chinese outlet names hold no spaces, so
// what follows a space is the next widget ("澎湃新闻 举报").
func cleanSource(v string) string {
	if i := strings.IndexByte(v, ' '); i > 0 && statsOf(v[:i]).han > 0 {
		v = v[:i]
	}
	return v
}

// isNonAuthor reports placeholder bylines that name nobody, and values
// made of nothing but widget or heading words: a bracketed heading under
// the text (【関連記事】, 【相关阅读】) has the shape of a signature, but a
// page's chrome never names a person.
func isNonAuthor(a string) bool {
	for _, w := range nonAuthors {
		if strings.EqualFold(a, w) {
			return true
		}
	}
	return isChromeHeading(a)
}

// isChromeHeading reports a value wholly covered by the words of widgets,
// related-article and comment headings.
func isChromeHeading(v string) bool {
	for _, set := range []*wordSet{chromeSet, relatedSet, commentSet} {
		if set.coveredBut(v, 0) {
			return true
		}
	}
	return false
}

// cleanAuthor turns an author value into names separated by one space:
// role words (记者, 通讯员) go, list separators become spaces.
func cleanAuthor(v string) string {
	if isNonAuthor(strings.TrimSpace(v)) {
		return "" // 作者：未知
	}
	if containsAnyRune(v, "“”《》") {
		return "" // 口述:“老公一分钟怎么办”: a title, not a person
	}
	if i := indexAnyRune(v, "(（"); i > 0 {
		v = v[:i] // 周思博（Joel Spolsky）: the name again in another script
	}
	// The names are few: room for them on the stack, and the words
	// walked rather than collected first.
	var kept [8]string
	names := kept[:0]
	for f := range strings.FieldsFuncSeq(v, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("、，,；;／/|｜", r)
	}) {
		if chromeSet.coveredBut(f, 1) || containsAnyRune(f, "(（[【") {
			break // the widgets after the byline: 我来说两句(0)
		}
		if hasAnySuffix(f, reportSuffixes) || hasAnySuffix(f, outletRoleSuffixes) && !startsWithAny(f, outletRoleSuffixes) {
			// 台中報導 is where the report was filed; 潮声新闻记者 is the
			// outlet the person works for: neither is a name.
			continue
		}
		f = trimRoleWords(f)
		if f == "" || f == "and" || f == "和" || f == "与" || f == "與" {
			continue
		}
		names = append(names, f)
	}
	return strings.Join(names, " ")
}

// startsWithAny reports whether s starts with one of prefixes.
func startsWithAny(s string, prefixes []string) bool {
	_, ok := hasAnyPrefix(s, prefixes)
	return ok
}

// hasAnySuffix reports whether s ends with one of suffixes.
func hasAnySuffix(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// trimRoleWords removes the role words (记者, 通讯员 ...) a name carries.
func trimRoleWords(name string) string {
	for changed := true; changed; {
		changed = false
		for _, w := range authorRoleWords {
			if strings.HasPrefix(name, w) && !startsWithAny(name[len(w):], roleWordCompounds) {
				name = strings.TrimSpace(name[len(w):])
				changed = true
			}
			if strings.HasSuffix(name, w) && len(name) > len(w) {
				name = strings.TrimSpace(name[:len(name)-len(w)])
				changed = true
			}
		}
	}
	return trimPunctSpace(name)
}

// appByline reads the byline line that WeChat-style platforms print under
// the headline: an optional 原创, the author, the account, then a relative
// day ("原创 kingname 未闻Code 前天", "爱否科技 昨天"). It returns whether the
// line is one, and the author when the line names one besides the account.
func appByline(line string) (author string, ok bool) {
	// The line must end in a relative day, which a suffix test tells
	// before the line is split: most short lines of a page end otherwise.
	// Their last byte alone rules out most: it is the last byte of the
	// line's last rune, which must be a relative day's end or a space.
	if line == "" || !appBylineTailBytes[line[len(line)-1]] {
		return "", false
	}
	end, r := line, lastRune(line)
	if unicode.IsSpace(r) {
		end = strings.TrimRightFunc(line, unicode.IsSpace)
		r = lastRune(end)
	}
	if r >= 1<<16 || !hasBit(&relativeDayEnds, r) ||
		!hasAnySuffix(end, relativeDays) && !hasAnySuffix(end, relativeAgo) ||
		runeLen(line) > 40 || hasProsePunct(line) {
		return "", false
	}
	// A byline has at most four words, 原创 included: they are kept in an
	// array on the stack, and a line with more is turned away as soon as
	// its fifth word is seen.
	var words [4]string
	fields := words[:0]
	for f := range strings.FieldsSeq(line) {
		if len(fields) == len(words) {
			return "", false
		}
		fields = append(fields, f)
	}
	if len(fields) > 0 && slices.Contains(originalMarks, fields[0]) {
		fields = fields[1:]
	}
	if len(fields) < 2 || len(fields) > 3 || !isRelativeDay(fields[len(fields)-1]) {
		return "", false
	}
	names := fields[:len(fields)-1]
	for _, f := range names {
		if runeLen(f) > 20 {
			return "", false
		}
	}
	if len(names) == 2 {
		return names[0], true // author, then account
	}
	return "", true
}

// relativeDayEnds holds the last runes of relativeDays and relativeAgo, a
// one-look test that rules out nearly every line.
var relativeDayEnds = func() (bits [1 << 16 / 64]uint64) {
	for _, w := range append(slices.Clone(relativeDays), relativeAgo...) {
		setBit(&bits, lastRune(w))
	}
	return bits
}()

// appBylineTailBytes holds the last bytes of the UTF-8 forms of the runes
// appByline accepts at the end of a line: the last runes of relativeDays
// and relativeAgo, and the white space it trims (unicode.IsSpace, which is
// unicode.White_Space). An invalid byte at the end decodes to
// utf8.RuneError, neither of these, and is rejected either way.
var appBylineTailBytes = func() (t [256]bool) {
	mark := func(r rune) {
		b := utf8.AppendRune(nil, r)
		t[b[len(b)-1]] = true
	}
	for _, w := range append(slices.Clone(relativeDays), relativeAgo...) {
		mark(lastRune(w))
	}
	for _, rg := range unicode.White_Space.R16 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			mark(r)
		}
	}
	for _, rg := range unicode.White_Space.R32 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			mark(r)
		}
	}
	return t
}()

// isRelativeDay reports 前天, 3天前, 5小时前 and their kin.
func isRelativeDay(s string) bool {
	if slices.Contains(relativeDays, s) {
		return true
	}
	for _, suf := range relativeAgo {
		if n, ok := strings.CutSuffix(s, suf); ok && n != "" && strings.Trim(n, "0123456789") == "" {
			return true
		}
	}
	return false
}

// zhJobTitleSet finds the job titles in a byline's value in one pass, not
// one per title.
var zhJobTitleSet = newWordSet(zhJobTitles)
