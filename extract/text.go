package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// normalizeSpace trims s and folds every run of white space (NBSP, U+3000
// and the zero-width ones included) into one ASCII space, as a browser shows
// text. It returns s itself when there is nothing to change.
func normalizeSpace(s string) string {
	if !needsSpaceFix(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for _, r := range s {
		if isSpaceRune(r) {
			pending = b.Len() > 0
			continue
		}
		if isInvisibleRune(r) {
			continue
		}
		if pending {
			b.WriteByte(' ')
			pending = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// needsSpaceFix is normalizeSpace's fast path: a byte scan that finds
// whether s holds anything to fold or drop (leading, trailing or doubled
// spaces, control white space, or the UTF-8 forms of NBSP, U+3000, the
// U+2000 spaces and the zero-width characters). Most lines hold none, and
// then no copy is made.
func needsSpaceFix(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return true
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		default:
			if c < 0x20 || c == 0x7F {
				return true
			}
		case ' ':
			if s[i+1] == ' ' {
				return true
			}
		case 0xC2: // U+0085, NBSP, soft hyphen
			if i+1 < len(s) && (s[i+1] <= 0xA0 || s[i+1] == 0xAD) { // C1 controls, NBSP
				return true
			}
		case 0xE1, 0xE2, 0xE3, 0xEF: // U+1680, U+2000-U+206F, U+3000, U+FEFF
			if i+2 < len(s) {
				r, _ := utf8.DecodeRuneInString(s[i:])
				if isSpaceRune(r) || isInvisibleRune(r) {
					return true
				}
			}
		}
	}
	return false
}

// isInvisibleRune reports zero-width characters that pages sprinkle into
// text (soft hyphens, joiners, BOMs); a browser shows nothing for them.
func isInvisibleRune(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
		return true
	}
	// Control characters (NUL, ESC, the C1 range): debris of a broken
	// save; the white-space ones were folded before this is asked.
	return r < 0x20 || 0x7F <= r && r < 0xA0
}

func isSpaceRune(r rune) bool {
	if r < 0x80 {
		return r == ' ' || r >= '\t' && r <= '\r'
	}
	// Unicode's White_Space outside ASCII, without a table look-up.
	switch r {
	case 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// isHan reports whether r is a CJK ideograph, kana or hangul: the scripts in
// which one character carries about as much as an English word.
func isHan(r rune) bool {
	return (r >= 0x4e00 && r <= 0x9fff) || (r >= 0x3400 && r <= 0x4dbf) ||
		(r >= 0x3040 && r <= 0x30ff) || (r >= 0xac00 && r <= 0xd7af) ||
		(r >= 0xf900 && r <= 0xfaff) || (r >= 0x20000 && r <= 0x2ffff)
}

// isSentencePunct reports whether r is punctuation found in running prose
// (，。；：、！？ and their ASCII forms, quotes), the signal that separates
// an article's sentences from menus and link lists.
func isSentencePunct(r rune) bool {
	switch r {
	case '，', '。', '；', '：', '、', '！', '？', '“', '”', '‘', '’', '《', '》', '（', '）',
		',', '.', ';', ':', '!', '?', '"', '…', '—':
		return true
	}
	return false
}

// textStats are the counts the body and chrome classifiers work from.
type textStats struct {
	runes   int // non-space runes
	han     int // CJK characters
	words   int // runs of other letters and digits
	punct   int // sentence punctuation
	letters int // non-Han letters and digits
}

func statsOf(s string) textStats {
	var st textStats
	inWord := false
	for _, r := range s {
		if isSpaceRune(r) {
			inWord = false
			continue
		}
		st.runes++
		switch {
		case isHan(r):
			st.han++
			inWord = false
		case r < 0x80 && (r|0x20 >= 'a' && r|0x20 <= 'z' || r >= '0' && r <= '9'),
			r >= 0x80 && !isSentencePunct(r) && (unicode.IsLetter(r) || unicode.IsDigit(r)):
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
	return st
}

// weight is the amount of language in a text, in "word" units: a Han
// character counts as one, as does a Latin word. Counting Han characters
// rather than space-separated words is what makes thresholds work for
// Chinese as well as English.
func (st textStats) weight() int { return st.han + st.words }

// runeLen counts runes.
func runeLen(s string) int { return utf8.RuneCountInString(s) }

// trimPunctSpace trims white space and the punctuation that wraps labels
// and values ("【", "】", "(", ")", "|", ":").
func trimPunctSpace(s string) string { return strings.TrimFunc(s, isWrapRune) }

// isWrapRune reports the runes trimPunctSpace removes.
func isWrapRune(r rune) bool {
	switch r {
	case '【', '】', '[', ']', '(', ')', '（', '）', '|', '｜', ':', '：', ',', '，', ';', '；',
		'·', '•', '-', '—', '_', '/', '、', '<', '>', '〈', '〉', '《', '》', '「', '」', '"', '\'':
		return true
	}
	return isSpaceRune(r)
}

// hasAnyPrefix reports whether s starts with one of prefixes, and which.
func hasAnyPrefix(s string, prefixes []string) (string, bool) {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return p, true
		}
	}
	return "", false
}

// containsAny reports whether s contains one of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
