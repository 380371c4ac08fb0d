package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// appBylinePlain is appByline without the last-byte gate: the form the
// fast one must agree with.
func appBylinePlain(line string) (author string, ok bool) {
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
	fields := strings.Fields(line)
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
		return names[0], true
	}
	return "", true
}

// FuzzAppByline holds appByline's last-byte gate to the plain form, for
// any bytes, trailing white space of every kind included.
func FuzzAppByline(f *testing.F) {
	for _, s := range []string{
		"", " ", "原创 kingname 未闻Code 前天", "爱否科技 昨天", "爱否科技 昨天 ", "爱否科技 昨天\u3000",
		"作者 公众号 3天前\u00a0", "作者 公众号 5小时前\t\n", "作者 公众号 刚刚\u2029", "新闻标题在这里",
		"By Jane Roe", "前天", "昨天\xff", "\xe5\xa4", "abc 前\xe5\xa4\xa9", "爱否 昨天\u205f\u3000",
		"作者 公众号 10分钟前", "原創 作者 帳號 剛剛",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ga, gok := appByline(s)
		wa, wok := appBylinePlain(s)
		if ga != wa || gok != wok {
			t.Errorf("appByline(%q) = %q, %v; want %q, %v", s, ga, gok, wa, wok)
		}
	})
}

// uncoveredLettersReference counts the letters of s that no word of w
// covers, taking the words from left to right, and tells whether any word
// was found: coveredBut without its early stop.
func uncoveredLettersReference(w *wordSet, s string) (left int, found bool) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if word, ok := w.at(s, i, r); ok {
			i += len(word)
			found = true
			continue
		}
		if isHan(r) || r < 0x80 && (r|0x20 >= 'a' && r|0x20 <= 'z') || r >= 0x80 && unicode.IsLetter(r) {
			left++
		}
		i += size
	}
	return left, found
}

// FuzzCoveredBut holds coveredBut, which stops counting at its limit, to
// the full count, for the sets and limits the classifiers use.
func FuzzCoveredBut(f *testing.F) {
	for _, s := range []string{
		"", "分享到", "分享到：微博 微信", "字号 大 中 小", "打印本页 关闭窗口", "新闻标题在这里",
		"Share this article", "Share Tweet x", "\xe5\x88", "分享\xff到", "返回顶部 a", "返回顶部 ab",
		"Ünïcode 分享", "𠀀分享",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, set := range []*wordSet{chromeSet, relatedSet, commentSet} {
			left, found := uncoveredLettersReference(set, s)
			for maxLeft := 0; maxLeft <= 2; maxLeft++ {
				if got, want := set.coveredBut(s, maxLeft), found && left <= maxLeft; got != want {
					t.Errorf("coveredBut(%q, %d) = %v, want %v", s, maxLeft, got, want)
				}
			}
		}
	})
}

// FuzzTrimmedEndsInParen holds trimmedEndsInParen, which reads the last
// rune before trimming, to the trim itself.
func FuzzTrimmedEndsInParen(f *testing.F) {
	for _, s := range []string{
		"", " ", ")", "）", "……换新iPhone。(李楠)", "（记者 胡晓蓉） ", "（王煌忠／台中報導）\u3000",
		"新闻。", "abc) \t", "\xef\xbc", "x\xef\xbc\x89", "\xbc\x89", ")\xff", "\u2002)\u2002", "plain text",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		trimmed := strings.TrimSpace(s)
		want := strings.HasSuffix(trimmed, ")") || strings.HasSuffix(trimmed, "）")
		if got := trimmedEndsInParen(s); got != want {
			t.Errorf("trimmedEndsInParen(%q) = %v, want %v", s, got, want)
		}
	})
}

// gatedWordLists are word lists byteGatedList is used with, and lists
// with an empty word and with words of one byte, for the edge cases.
var gatedWordLists = [][]string{
	creditPrefixes, creditSuffixes, captionOpeners, promoLeads, photoCredits, outletSuffixes, crumbStrongSeps,
	{"", "abc"}, {"a", "\xe4"}, {},
}

// FuzzByteGatedList holds byteGatedList's byte gate to hasAnyPrefix and
// hasAnySuffix over the whole list.
func FuzzByteGatedList(f *testing.F) {
	for _, s := range []string{
		"", "a", "Photo: Jane Roe", "Getty Images", "(AP)", "新华社记者 摄", "人民日报", "In this photo",
		"Subscribe to our newsletter", "\xff", "x\xe4", "abc", "Photo credit:\xff",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, words := range gatedWordLists {
			gp, gok := newPrefixList(words).hasPrefix(s)
			wp, wok := hasAnyPrefix(s, words)
			if gp != wp || gok != wok {
				t.Errorf("hasPrefix(%q) over %q = %q, %v; want %q, %v", s, words, gp, gok, wp, wok)
			}
			if got, want := newSuffixList(words).hasSuffix(s), hasAnySuffix(s, words); got != want {
				t.Errorf("hasSuffix(%q) over %q = %v, want %v", s, words, got, want)
			}
		}
	})
}

// FuzzTrailSplitRune holds isTrailSplitRune to the set it stands for,
// on every rune of the input, invalid bytes (U+FFFD) included.
func FuzzTrailSplitRune(f *testing.F) {
	for _, s := range []string{"", "首页 > 新闻 » 国内", "a›b→c＞d〉e", "\xff>", "》〈<", "ASCII only"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range s {
			if got, want := isTrailSplitRune(r), strings.ContainsRune(crumbSplitChars, r); got != want {
				t.Errorf("isTrailSplitRune(%q) = %v, want %v", r, got, want)
			}
		}
	})
}

// isNameListPlain is isNameList without the gates on the stats before
// its loop.
func isNameListPlain(b *block) bool {
	if b.stats.marks&markProse != 0 || b.stats.han < 12 {
		return false
	}
	items, n := 0, 0
	for _, r := range b.text {
		if r == ' ' {
			n = 0
			continue
		}
		if b.stats.punct > 0 && r != '（' && r != '）' && isSentencePunct(r) {
			return false
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

// FuzzIsNameList holds isNameList to the plain form on the blocks a dump
// line becomes (appendLineBlock: trimmed, folded, measured).
func FuzzIsNameList(f *testing.F) {
	for _, s := range []string{
		"外交部 国防部 教育部 科学技术部 工业和信息化部 国家民委", "\u3000\u3000外交部 国防部 教育部 科学技术部 工业和信息化部 公安部 ",
		"国家新闻出版署（国家版权局） 外交部 国防部 教育部 科学技术部", "这是一个很长的句子，没有空格但是有标点。", "外交部  国防部\u00a0教育部 科学技术部 工业和信息化部 x",
		"a b c d e f g h i j k l", "外交部 国防部 教育部 科学技术部 工业\xff和信息化部", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var seen lineMarks
		for _, b := range appendLineBlock(nil, s, statsOf(s), &seen) {
			if got, want := isNameList(&b), isNameListPlain(&b); got != want {
				t.Errorf("isNameList(%q) = %v, want %v", b.text, got, want)
			}
		}
		b := newBlock(s)
		if got, want := isNameList(&b), isNameListPlain(&b); got != want {
			t.Errorf("isNameList(newBlock(%q)) = %v, want %v", s, got, want)
		}
	})
}

// FuzzClassifyCallGates checks the tests classifyLine and infoRole ask
// before calling isPictureCredit, isPhotoCaption, bylineName and
// appByline: where a gate says no, the call would have said no too.
func FuzzClassifyCallGates(f *testing.F) {
	for _, s := range []string{
		"© Lucy Nicholson Detainees at the camp are seen through a fence on a tour",
		"In this photo taken Monday, a man walks past a shop. (AP Photo/Meg Kinnard)", "(NASA via AP, File)",
		"The president speaks with supporters. (AP Photo)", "By Jane Roe - Staff Writer 2019-11-19",
		"原创 kingname 未闻Code 前天", "爱否科技 昨天 ", "新闻标题在这里", "x", "\xff)", "T\xff",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if s == "" {
			return // classifyLine returns before the gates
		}
		l := &lineFacts{text: s, textStats: statsOf(s)}
		if l.chars <= maxCopyrightLineRunes && isPictureCredit(l) {
			t.Errorf("isPictureCredit(%q) true on a line of %d runes", s, l.chars)
		}
		if !mayBePhotoCaption(s) && isPhotoCaption(l) {
			t.Errorf("isPhotoCaption(%q) true past its gate", s)
		}
		if _, ok := bylineName(s); ok && !bylineFirstBytes[s[0]] {
			t.Errorf("bylineName(%q) true past its gate", s)
		}
		if _, ok := appByline(s); ok && !appBylineTailBytes[s[len(s)-1]] {
			t.Errorf("appByline(%q) true past its gate", s)
		}
	})
}

// isBracketWidgetsPlain is isBracketWidgets without the test of the
// line's head before it is split.
func isBracketWidgetsPlain(s string) bool {
	n := 0
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ']' || r == '】' }) {
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

// FuzzBracketWidgets holds isBracketWidgets to the plain form.
func FuzzBracketWidgets(f *testing.F) {
	for _, s := range []string{
		"[打印] [关闭]", "【收藏】【推荐】", " 】 [a] [b]", "\u3000【收藏】 】【推荐】", "页面功能 【我来说两句】【推荐】",
		"", "]]", "[a]", "\xff[a][b]", "[a]\xff[b]", "ascii [x] [y]",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isBracketWidgets(s), isBracketWidgetsPlain(s); got != want {
			t.Errorf("isBracketWidgets(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestTrailSplitRuneCoversSet checks every separator of crumbSplitChars
// against the switch, so one added to the set alone fails here.
func TestTrailSplitRuneCoversSet(t *testing.T) {
	for _, r := range crumbSplitChars {
		if !isTrailSplitRune(r) {
			t.Errorf("isTrailSplitRune(%q) = false, but it is in crumbSplitChars", r)
		}
	}
}

// cleanAuthorPlain is cleanAuthor collecting the words with
// strings.FieldsFunc before it walks them: the form it must agree with.
func cleanAuthorPlain(v string) string {
	if isNonAuthor(strings.TrimSpace(v)) {
		return ""
	}
	if containsAnyRune(v, "“”《》") {
		return ""
	}
	if i := indexAnyRune(v, "(（"); i > 0 {
		v = v[:i]
	}
	fields := strings.FieldsFunc(v, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("、，,；;／/|｜", r)
	})
	names := fields[:0]
	for _, f := range fields {
		if chromeSet.coveredBut(f, 1) || containsAnyRune(f, "(（[【") {
			break
		}
		if hasAnySuffix(f, reportSuffixes) || hasAnySuffix(f, outletRoleSuffixes) && !startsWithAny(f, outletRoleSuffixes) {
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

// FuzzCleanAuthor holds cleanAuthor, which keeps its names in an array
// on the stack, to the plain form, past eight names too.
func FuzzCleanAuthor(f *testing.F) {
	for _, s := range []string{
		"", "张三", "张三 李四", "记者 张三、李四、王五、赵六、钱七、孙八、周九、吴十、郑十一", "周思博（Joel Spolsky）",
		"Jane Roe and John Doe", "a b c d e f g h i j k", "台中報導 張三", "潮声新闻记者 李四", "张三 我来说两句(0)",
		"未知", "\xff张三", "张\xe5\xa4 三", "A/B|C｜D；E;F，G,H、I J",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := cleanAuthor(s), cleanAuthorPlain(s); got != want {
			t.Errorf("cleanAuthor(%q) = %q, want %q", s, got, want)
		}
	})
}
