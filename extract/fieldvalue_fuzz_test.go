package extract

import (
	"slices"
	"strings"
	"testing"
)

// cutValuePlain is cutValue in its plain form: every round of the
// bracket loop cuts again, and the sentence punctuation is found with
// strings.ContainsAny.
func cutValuePlain(v string) string {
	v = cutAtUnbalancedClose(v)
	if _, start, _, ok := FindDate(v, farFuture); ok {
		v = v[:start]
	}
	for _, stop := range valueStops {
		if i := strings.Index(v, stop); i > 0 {
			v = v[:i]
		}
	}
	for k := 0; k < 4; k++ {
		t := trimValue(cutAtUnbalancedClose(v))
		if t == v {
			break
		}
		v = t
	}
	if v == "" || runeLen(v) > maxLabelValueRunes || strings.ContainsAny(v, "，。；！？=\"<>") {
		return ""
	}
	if hasAnySuffix(v, photoCredits) {
		return ""
	}
	return v
}

// nameAfterJobTitlePlain is nameAfterJobTitle without the one-pass test
// for a title word: the search for each word's last place decides alone.
func nameAfterJobTitlePlain(raw string) string {
	v := strings.TrimSpace(cutAtUnbalancedClose(raw))
	if runeLen(v) > 3*maxLabelValueRunes {
		return ""
	}
	at := -1
	for _, w := range zhJobTitles {
		if i := strings.LastIndex(v, w); i >= 0 && i+len(w) > at {
			at = i + len(w)
		}
	}
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

// lastEndPlain is wordSet.lastEnd in its plain form: the end of each
// word's last occurrence, the furthest of them.
func lastEndPlain(s string, words []string) int {
	end := -1
	for _, w := range words {
		if i := strings.LastIndex(s, w); i >= 0 && i+len(w) > end {
			end = i + len(w)
		}
	}
	return end
}

// FuzzCutValue holds cutValue and nameAfterJobTitle, which parseLabels
// runs on every label's value, and wordSet.lastEnd and prefix to their
// plain forms.
func FuzzCutValue(f *testing.F) {
	for _, s := range []string{
		"",
		"新华网",
		" 光明网-《光明日报》 ",
		"(0)0",
		"（新华社）张三）",
		"张三 摄",
		"李四，王五",
		"人民日报 2023-05-17 08:45",
		"记者 张三 发自北京",
		"某中心研究部部长，“一带一路”研究部部长、研究员徐占忱",
		"研究员徐占忱)",
		"副研究员主任记者王小明",
		"帖子主题：标题",
		"Subject: re: 标题",
		"责任编辑编辑：李四 总编辑",
		"Jane Roe <jane@example.com>",
		"a=b",
		"【王五】",
		"((((((x",
		"张三|李四",
		"\xef\xbc\x8c",
		"\xef\xbc张三\xe3\x80",
		"\xe3\x80\x82\xff",
		"来源\xe6\x9d）",
		"\xef（\xbc\x8c）",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		if got, want := cutValue(v), cutValuePlain(v); got != want {
			t.Fatalf("cutValue(%q) = %q, plain form %q", v, got, want)
		}
		if got, want := nameAfterJobTitle(v), nameAfterJobTitlePlain(v); got != want {
			t.Fatalf("nameAfterJobTitle(%q) = %q, plain form %q", v, got, want)
		}
		for _, set := range []struct {
			ws    *wordSet
			words []string
		}{{zhJobTitleSet, zhJobTitles}, {labelWords, labelWordList()}, {surnameSet, commonSurnames}, {titleLabelSet, titleLabels}} {
			if got, want := set.ws.lastEnd(v), lastEndPlain(v, set.words); got != want {
				t.Fatalf("lastEnd(%q) = %d, plain form %d", v, got, want)
			}
			// Any word that starts v will do: the callers ask whether one
			// does before their own search.
			if _, got := set.ws.prefix(v); got != startsWithAny(v, set.words) {
				t.Fatalf("prefix(%q) found %v, plain form %v", v, got, !got)
			}
		}
	})
}

// endsWithCrumbSepPlain is endsWithCrumbSep without the last-rune test:
// trim the white space, then compare with every separator.
func endsWithCrumbSepPlain(s string) bool {
	return hasAnySuffix(strings.TrimRightFunc(s, isSpaceRune), crumbStrongSeps)
}

// FuzzEndsWithCrumbSep holds endsWithCrumbSep's last-rune test to the
// plain form, trailing white space of every kind and invalid bytes
// included.
func FuzzEndsWithCrumbSep(f *testing.F) {
	for _, s := range []string{
		"", ">", "首页 >", "首页 > ", "首页 »\u3000", "新闻 ›\u00a0\t", "国内→", "国内＞ \u2009", "首页",
		"a > b", "\xff", ">\xff", "\xbb", "\xe2\x86", "首页 \xe2\x86\x92", "» \xe3\x80", "首页>\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := endsWithCrumbSep(s), endsWithCrumbSepPlain(s); got != want {
			t.Fatalf("endsWithCrumbSep(%q) = %v, plain form %v", s, got, want)
		}
	})
}

// FuzzBlockStats holds the blocks of a dump to the stats of their own
// text, and their rune count to runeLen: blockTitleScore and readFields
// read a block's stats instead of measuring its text again.
func FuzzBlockStats(f *testing.F) {
	for _, s := range []string{
		"", "标题\n来源：新华网 2023-05-17\n\n\u3000\u3000正文，第一段。\n", "  a  b  \r\nc\rd",
		"\u3000\u3000缩进的段落。\u3000\n\t\tx\t", "a\u200bb  c\u00a0\u00a0d", "\xff\xfe\n标题\xe4\xb8\n",
		" \n\u3000\n\t\n", "首页 > 新闻 > 国内\n正文 » 下一页 \n",
	} {
		f.Add(s)
	}
	for _, p := range fuzzSeedPages(f, ".txt") {
		dec, err := Decode(p, DecodeOptions{})
		if err != nil {
			f.Fatal(err)
		}
		f.Add(dec.Text)
	}
	f.Fuzz(func(t *testing.T, s string) {
		blocks, _, _ := splitTextBlocks(s, false, 0)
		checked, _, _ := splitTextBlocks(s, true, 0)
		for _, b := range append(blocks, checked...) {
			if want := statsOf(b.text); b.stats != want {
				t.Fatalf("block %q of %q: stats %+v, statsOf %+v", b.text, s, b.stats, want)
			}
			if got, want := int(b.stats.chars), runeLen(b.text); got != want {
				t.Fatalf("block %q of %q: %d chars, runeLen %d", b.text, s, got, want)
			}
		}
	})
}

// FuzzIsBylineBlock holds isBylineBlock to isBylineLine on the blocks a
// text becomes, as a dump and as one HTML block.
func FuzzIsBylineBlock(f *testing.F) {
	for _, s := range []string{
		"", "记者 张三", "本报记者 张三 李四\n（袁源）\n这是一个很长的句子，有标点。", "\u3000\u3000记者 林悅／南市報導\u3000",
		"By Jane Roe", "采写：南都记者 余毅菁。", "\xff\xfe记者\xe4\xb8", "a\xef\xbc\x8cb", "\xef\xbc\xe3\x80\x82",
		"一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十", "x y  z\u00a0w\u200b",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		blocks, _, _ := splitTextBlocks(s, false, 0)
		blocks = append(blocks, newBlock(s))
		for k := range blocks {
			b := &blocks[k]
			for _, n := range []int{1, 3, 40, 60, 100} {
				if got, want := isBylineBlock(b, n), isBylineLine(b.text, n); got != want {
					t.Fatalf("isBylineBlock(%q, %d) = %v, isBylineLine %v", b.text, n, got, want)
				}
			}
		}
	})
}

// FuzzTrailSplit holds trailSplit, the page's memo of the trail last
// split, to splitBreadcrumb over a run of texts that come back.
func FuzzTrailSplit(f *testing.F) {
	for _, s := range [][2]string{
		{"首页 > 新闻 > 国内", "您的位置：首页 » 正文"}, {"", "a / b / c"}, {"首页/要闻动态/今日关注", "首页/要闻动态/今日关注"},
		{"当前位置：首页 \xff> 体育", "Home › News"}, {"您所在的位置 首页 专题频道 国内专题", ""},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		var m trailSplit
		for _, s := range []string{a, b, b, a, a, b} {
			if got, want := m.of(s), splitBreadcrumb(s); !slices.Equal(got, want) {
				t.Fatalf("trailSplit.of(%q) = %q, splitBreadcrumb %q", s, got, want)
			}
		}
	})
}
