package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func lastRuneReference(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func FuzzStatsOf(f *testing.F) {
	for _, s := range statsSampleLines {
		f.Add(s)
	}
	// Chinese prose with its punctuation, marks and full-width spaces
	// inside a run, and three-byte forms that are overlong or surrogates.
	for _, s := range []string{"新华社北京电，记者今天获悉：会议于上午召开。", "首页 › 新闻【图】（组图）", "正文\u3000\u3000第二段",
		"\xe0\x80\xaf中\xed\xa0\x80文", "一二三\xe4\xb8", "ＡＢＣ１２３：“引号”"} {
		f.Add(s)
	}
	// Western prose that fills eight-byte chunks, and chunks that end
	// on a space, a letter, or next to white space and accented letters.
	for _, s := range []string{"The quick brown fox jumps over the lazy dog 2024 again",
		"abcdefgh ijklmnop qrstuvw xyz01234", "a b c d e f g h i j k l m n o p", "café society and its people  here",
		"word\u00a0 and more words here", " leading space and words after it", "seven77 eight888 x\tTabbed words"} {
		f.Add(s)
	}
	// Invalid UTF-8 around and inside words; E0 and ED forms that are
	// overlong or surrogates.
	for _, s := range []string{"\xe0\x80\x80x\xe0\xa0\x80", "\xed\xa0\x80\xed\x9f\xbf", "bad \xff\xfe 来源：\xe4\xb8", "\xe5来源：x", "\xe5\x80责任编辑", "责任\xe7编辑：", "版权所有\xe5", "\xf0\x9f版权", "\xe5By"} {
		f.Add(s)
	}
	// The ends of scan's paths: a word's first rune last, one-rune words,
	// ASCII pairs, runs of ideographs that end short of four bytes, a
	// three-byte form cut off, an overlong form of a first rune.
	for _, s := range []string{"Q", "Qzone", "qzone", "©", "x©", "文", "图文", "相关", "看相关", "相关\xe6\x96", "相\xe5\x85", "汉字汉字相", "\xe0\x81\x81zone", "Re", "Read More", "𠀀字"} {
		f.Add(s)
	}
	// A pair that begins words, then a third rune that none of them
	// has, has, or that is cut off or missing; a word's first rune, then
	// a second rune that no word of it has, or cut off.
	for _, s := range []string{"来自", "来源", "作\xe8", "记者王", "By Jo", "Bx", "王", "\ufffd文", "reserved", "replies", "re", "re:", "Contact Us", "Comments", "新闻网", "新闻来源：", "新闻", "新闻\xe6", "新闻\xe6\x9d", "Re\xe6", "re\xff", "分享到", "微信", "版权所有©"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkDecodeAt(t, s)
		if got, want := runeLen(s), utf8.RuneCountInString(s); got != want {
			t.Errorf("runeLen(%q) = %d, want %d", s, got, want)
		}
		// scan reads runes without validating them: hold it to the
		// reference on invalid UTF-8 too.
		if got, want := lineVocab.scan(s), referenceVocab(s); got != want {
			t.Errorf("lineVocab.scan(%q) = %b, want %b", s, got, want)
		}
		if got, want := normalizeSpace(s), normalizeSpaceReference(s); got != want {
			t.Errorf("normalizeSpace(%q) = %q, want %q", s, got, want)
		}
		// foldSpace is asked without needsSpaceFix's test, on the lines
		// measured as unfolded: it must fold those as normalizeSpace does.
		if statsOf(s).marks&markUnfolded != 0 {
			if got, want := foldSpace(s), normalizeSpaceReference(s); got != want {
				t.Errorf("foldSpace(%q) = %q, want %q", s, got, want)
			}
		}
		checkWordSets(t, s)
		// A dump's lines are measured in place, up to their break.
		for _, breaks := range []lineBreak{breakAtLF, breakAtLFOrCR} {
			cut := strings.IndexByte(s, '\n')
			if breaks == breakAtLFOrCR {
				cut = strings.IndexAny(s, "\r\n")
			}
			if cut < 0 {
				cut = len(s)
			}
			if st, n := measureLine(s, breaks); n != cut || st != statsOf(s[:cut]) {
				t.Errorf("measureLine(%q, %d) = %+v, %d; want %+v, %d", s, breaks, st, n, statsOf(s[:cut]), cut)
			}
		}
		// statsOf marks invalid UTF-8, which textBlocksChecked relies on
		// in place of a validation of the whole page.
		if got, want := statsOf(s).marks&markInvalid != 0, !utf8.ValidString(s); got != want {
			t.Errorf("statsOf(%q) marks invalid UTF-8: %v, want %v", s, got, want)
		}
		s = strings.ToValidUTF8(s, "\ufffd") // pages are decoded before they are measured
		if got, want := statsOf(s), referenceStats(s); got != want {
			t.Errorf("statsOf(%q)\n got %+v\nwant %+v", s, got, want)
		}
		if got, want := lineVocab.scan(s), referenceVocab(s); got != want {
			t.Errorf("lineVocab.scan(%q) = %b, want %b", s, got, want)
		}
		// The byte-wise fast paths against the general functions.
		if got, want := trimPunctSpace(s), strings.TrimFunc(s, isWrapRune); got != want {
			t.Errorf("trimPunctSpace(%q) = %q, want %q", s, got, want)
		}
		if got, want := lastRune(s), lastRuneReference(s); got != want {
			t.Errorf("lastRune(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzAlnumRunEnd holds alnumRunEnd, eight bytes at a time, to a loop
// over the bytes.
func FuzzAlnumRunEnd(f *testing.F) {
	for _, s := range []string{"", "a", "hello world", "abc123def456ghi789 x", "ABCDEFGHIJKLMNOP@", "2024年", "é", "x\xb0\xb5\xb9", "z{Z[9:0/`@", strings.Repeat("w", 17) + "1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i <= len(s); i++ {
			end, digit := i, false
			for end < len(s) && (s[end]|0x20 >= 'a' && s[end]|0x20 <= 'z' || s[end] >= '0' && s[end] <= '9') {
				digit = digit || s[end] <= '9'
				end++
			}
			if gotEnd, gotDigit := alnumRunEnd(s, i); gotEnd != end || gotDigit != digit {
				t.Fatalf("alnumRunEnd(%q, %d) = %d, %v; want %d, %v", s, i, gotEnd, gotDigit, end, digit)
			}
		}
	})
}
