package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// referenceStats counts as statsOf does, one plain test per rune, and
// finds marks and vocabulary with the separate scans statsOf replaces.
func referenceStats(s string) textStats {
	var st textStats
	inWord := false
	for _, r := range s {
		st.chars++
		if unicode.IsSpace(r) {
			inWord = false
			continue
		}
		st.runes++
		switch {
		case isHan(r):
			st.han++
			inWord = false
		case !isSentencePunct(r) && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			st.letters++
			if !inWord {
				st.words++
				inWord = true
			}
		default:
			inWord = false
			if isSentencePunct(r) {
				st.punct++
			}
		}
	}
	if strings.ContainsAny(s, "0123456789０１２３４５６７８９") {
		st.marks |= markDigit
	}
	if strings.ContainsAny(s, "，。；！？") {
		st.marks |= markProse
	}
	if strings.ContainsAny(s, ">»›→＞〉/|-·\\") {
		st.marks |= markCrumbSep
	}
	if strings.ContainsAny(s, ">»›→＞") {
		st.marks |= markStrongSep
	}
	if strings.ContainsAny(s, "[【") {
		st.marks |= markBracket
	}
	trimmed := strings.TrimFunc(s, unicode.IsSpace)
	if trimmed != s {
		st.marks |= markEdgeSpace
	}
	if normalizeSpace(trimmed) != trimmed {
		st.marks |= markUnfolded
	}
	return st
}

// referenceVocab finds the vocabulary with one scan per set.
func referenceVocab(s string) vocabMask {
	var m vocabMask
	for set, ws := range map[vocabMask]*wordSet{
		vocabChrome: chromeSet, vocabFooter: footerSet, vocabWeakFooter: weakFooterSet,
		vocabStrongFooter: strongFooterSet, vocabFontSize: fontSizeSet,
		vocabPhotoCredit: photoCreditSet, vocabLabel: labelWords,
		vocabRelated: relatedSet, vocabComment: newWordSet(commentHeadings, commentCountWords),
		vocabStatement: statementSet, vocabCrumbLabel: breadcrumbLabelSet,
	} {
		if containsReference(ws, s) {
			m |= set
		}
	}
	return m
}

// naiveVocab finds the vocabulary with strings.Contains, word by word: the
// definition that scan, with its bitmaps and pair index, and referenceVocab,
// with the word sets, are both held to.
func naiveVocab(s string) vocabMask {
	var m vocabMask
	for set, words := range lineVocabLists() {
		for _, w := range words {
			if strings.Contains(s, w) {
				m |= set
				break
			}
		}
	}
	return m
}

// lineVocabLists are the word lists of lineVocab, by set.
func lineVocabLists() map[vocabMask][]string {
	return map[vocabMask][]string{
		vocabChrome: chromeWords, vocabFooter: footerMarkers, vocabWeakFooter: weakFooterMarkers,
		vocabStrongFooter: strongFooterMarkers, vocabFontSize: fontSizeWords,
		vocabPhotoCredit: photoCreditMarkers, vocabLabel: labelWordList(),
		vocabRelated: relatedHeadings, vocabComment: slices.Concat(commentHeadings, commentCountWords),
		vocabStatement: statementMarkers, vocabCrumbLabel: breadcrumbLabels,
	}
}

// statsSampleLines are lines that exercise every count, mark and set.
var statsSampleLines = []string{
	"",
	"   ",
	"来源：东北网 作者：王小明 责任编辑：李华",
	"您当前的位置：首页 > 新闻 > 国内",
	"首页 / 要闻 | 本地 - 图片 · 视频 » 更多 › 下一页 → ＞ 〈〉",
	"【打印】【关闭】【字体：大 中 小】[ 回覆本貼 ]",
	"Copyright © 2024 Example News. All rights reserved.",
	"版權所有 © 東北網 未經授權不得轉載",
	"分享到：微博 QQ空间 微信",
	"Share this: Facebook Twitter Email Print",
	"(AP Photo/Jane Doe)",
	"２０２４年５月１６日　１０：０５",
	"Ａｂｃ　ｄｅｆ１２３",
	"据新华社北京电（记者 张三）今天上午，会议在京召开。与会代表认为；这很重要！是吗？",
	"It's a plain English sentence, with commas; colons: and \"quotes\"!",
	"𠀀𠀁 astral Han and 😀 emoji",
	"Ünïcödé lëttérs and ½ fractions ⅷ",
	"tab\tand\nnewline\u00a0nbsp\u3000ideographic",
	" leading", "trailing ", "double  space", "\u3000\u3000indented paragraph", "ends\u00a0\u00a0",
	"wide\u3000gap", "a \u200b b", "   ", "\t", "x  ", "zero\u200bwidth", "ctrl\x00\x1b\u0085\u0090",
	"replaced \ufffd bytes",
}

func TestStatsAndVocabMatchSeparateScans(t *testing.T) {
	lines := append([]string(nil), statsSampleLines...)
	// Every line of the fixture pages, HTML and text alike.
	pages, _ := filepath.Glob(filepath.Join("..", "testdata", "pages", "*"))
	for _, p := range pages {
		data, err := os.ReadFile(p)
		if err != nil || !strings.HasSuffix(p, ".txt") && !strings.HasSuffix(p, ".html") {
			continue
		}
		dec, err := Decode(data, DecodeOptions{HTML: strings.HasSuffix(p, ".html")})
		if err != nil {
			continue
		}
		lines = append(lines, strings.Split(dec.Text, "\n")...)
	}
	if len(lines) < 500 {
		t.Fatalf("only %d sample lines; the fixture pages are missing", len(lines))
	}
	for _, line := range lines {
		if got, want := statsOf(line), referenceStats(line); got != want {
			t.Errorf("statsOf(%q)\n got %+v\nwant %+v", line, got, want)
		}
		if got, want := lineVocab.scan(line), referenceVocab(line); got != want {
			t.Errorf("lineVocab.scan(%q) = %b, want %b", line, got, want)
		}
	}
}

// checkDecodeAt compares decodeAt with the standard decoder at every byte
// offset of s.
func checkDecodeAt(t *testing.T, s string) {
	for i := range len(s) {
		r, n := decodeAt(s, i)
		wr, wn := utf8.DecodeRuneInString(s[i:])
		if r != wr || n != wn {
			t.Errorf("decodeAt(%q, %d) = %U, %d; want %U, %d", s, i, r, n, wr, wn)
		}
	}
}

func TestDecodeAt(t *testing.T) {
	for _, s := range append(statsSampleLines, "bad \xff\xfe utf-8 \xe4\xb8", "overlong \xe0\x80\xaf surrogate \xed\xa0\x80 \xc200") {
		checkDecodeAt(t, s)
	}
}
