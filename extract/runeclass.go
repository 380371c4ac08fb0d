package extract

import "unicode"

// runeClass says what a rune is to the line statistics. statsOf looks each
// rune of a page up once in a table instead of asking a string of
// predicates (and unicode.IsLetter's binary search) per rune: on text dumps,
// where every line is measured, that loop is most of the work.
type runeClass uint8

const (
	rcSpace  runeClass = 1 << iota // white space (isSpaceRune)
	rcHan                          // CJK ideograph, kana or hangul (isHan)
	rcPunct                        // sentence punctuation (isSentencePunct)
	rcProse                        // ，。；！？: the marks of Chinese prose
	rcLetter                       // any other letter or digit
	rcMark                         // a breadcrumb separator, a bracket or a digit: see lineMarks
	rcFold                         // normalizeSpace removes or replaces it
)

// bmpClasses classifies the Basic Multilingual Plane; the rarer runes
// beyond it are classified on the fly by classOf.
//
// An array rather than a pointer to one: its address is then a constant,
// and the hot loops neither load nor nil-check it at every rune.
var bmpClasses = *buildRuneClasses()

func buildRuneClasses() *[1 << 16]runeClass {
	t := new([1 << 16]runeClass)
	// Letters and digits from Unicode's range tables: walking the ranges
	// is far cheaper at start-up than asking unicode.IsLetter 65,536 times.
	for _, table := range []*unicode.RangeTable{unicode.Letter, unicode.Digit} {
		for _, rg := range table.R16 {
			for r := int(rg.Lo); r <= int(rg.Hi); r += int(rg.Stride) {
				t[r] = rcLetter
			}
		}
	}
	for r := rune(0); r < 1<<16; r++ {
		c := t[r]
		switch {
		case isSpaceRune(r):
			c = rcSpace
			if r != ' ' {
				c |= rcFold
			}
		case isHan(r):
			c = rcHan
		case isSentencePunct(r):
			c = rcPunct
			switch r {
			case '，', '。', '；', '！', '？':
				c |= rcProse
			}
		case isInvisibleRune(r):
			c = rcFold
		}
		if markOf(r) != 0 {
			c |= rcMark
		}
		t[r] = c
	}
	return t
}

// classOf classifies a rune outside the BMP.
func classOf(r rune) runeClass {
	switch {
	case isHan(r):
		return rcHan
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return rcLetter
	}
	return 0
}

// markOf returns the line mark a rune sets, if any.
func markOf(r rune) lineMarks {
	switch r {
	case '>', '»', '›', '→', '＞':
		return markCrumbSep | markStrongSep
	case '〉', '/', '|', '-', '·', '\\':
		return markCrumbSep
	case '[', '【':
		return markBracket
	}
	if r >= '0' && r <= '9' || r >= '０' && r <= '９' {
		return markDigit
	}
	return 0
}
