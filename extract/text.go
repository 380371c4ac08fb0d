package extract

import (
	"math/bits"
	"strings"
	"unicode/utf8"
)

// normalizeSpace trims s and folds every run of white space (NBSP, U+3000
// and the zero-width ones included) into one ASCII space, as a browser shows
// text. It returns s itself when there is nothing to change.
//
// The text between the runes it folds or drops is copied a run at a time;
// only white space, invisible runes and invalid bytes (written as U+FFFD,
// as ranging over the string yields them) end a run.
func normalizeSpace(s string) string {
	if !needsSpaceFix(s) {
		return s
	}
	return foldSpace(s)
}

// foldSpace is normalizeSpace without the test for work to do, for callers
// that know there is some: measuring a line marks it (markUnfolded).
func foldSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for i := 0; i < len(s); {
		j := i
		for j < len(s) {
			c := s[j]
			if c < utf8.RuneSelf {
				if c <= ' ' || c == 0x7F {
					break
				}
				j++
				continue
			}
			if c&0xF0 == 0xE0 && j+2 < len(s) && s[j+1]&0xC0 == 0x80 && s[j+2]&0xC0 == 0x80 {
				// The three-byte forms of CJK text, looked up in the
				// rune classes: white space and the invisible runes are
				// rcSpace or rcFold there. Overlong forms and surrogates
				// are invalid and end the run.
				r := rune(c&0x0F)<<12 | rune(s[j+1]&0x3F)<<6 | rune(s[j+2]&0x3F)
				if r < 0x800 || r >= 0xD800 && r <= 0xDFFF || bmpClasses[r]&(rcSpace|rcFold) != 0 {
					break
				}
				j += 3
				continue
			}
			r, size := decodeAt(s, j)
			if size == 1 || isSpaceRune(r) || isInvisibleRune(r) {
				break // size 1 beyond ASCII: an invalid byte
			}
			j += size
		}
		if j > i {
			if pending {
				b.WriteByte(' ')
				pending = false
			}
			b.WriteString(s[i:j])
			i = j
			continue
		}
		r, size := decodeAt(s, i)
		switch {
		case isSpaceRune(r):
			pending = b.Len() > 0
		case isInvisibleRune(r):
		default: // an invalid byte
			if pending {
				b.WriteByte(' ')
				pending = false
			}
			b.WriteRune(r)
		}
		i += size
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

// textStats are the counts the body and chrome classifiers work from, and
// the marks they test before looking closer. One pass over
// the text fills them all.
type textStats struct {
	chars   int32 // runes, spaces included
	runes   int32 // non-space runes
	han     int32 // CJK characters
	words   int32 // runs of other letters and digits
	punct   int32 // sentence punctuation
	letters int32 // non-Han letters and digits
	marks   lineMarks
}

// lineMarks flags characters the classifiers look for.
type lineMarks uint8

const (
	markDigit     lineMarks = 1 << iota // an ASCII or full-width digit: maybe a date
	markProse                           // ，。；！？: Chinese sentence punctuation
	markCrumbSep                        // a character that separates breadcrumb items
	markStrongSep                       // > » › → ＞: separators that rarely mean anything else
	markBracket                         // [ or 【: maybe a row of bracketed buttons
	markEdgeSpace                       // white space at either end
	markUnfolded                        // inside the ends: a run of spaces to fold, or an invisible rune
	markInvalid                         // a byte that is not valid UTF-8 (see textBlocksChecked)
)

// statsOf measures a text in one pass over its runes. The text is valid
// UTF-8, as every page is once decoded.
//
// The state of the pass is kept to a few positions, so that the compiler
// keeps it in registers: a word goes on where the last run of letters
// ended, a white space is doubled where the last one ended. White space at
// the ends and white space to fold are told from the counts: a space with
// no text before it is at the start; the text needs folding when more text
// follows the first doubled or non-ASCII white space that has text before
// it.
func statsOf(s string) textStats {
	st, _ := measureLine(s, noLineBreak)
	return st
}

// lineBreak says which ASCII bytes end a line for measureLine.
type lineBreak uint8

const (
	noLineBreak   lineBreak = iota // none: the whole text is one line
	breakAtLF                      // \n
	breakAtLFOrCR                  // \n and \r (CRLF, and old Mac files)
)

// measureLine is statsOf for the first line of s: it stops at the first
// line break of the kind breaks names and returns the line's stats and
// length. Splitting a dump this way reads each byte once, where a search
// for the line end before measuring read it twice and paid a call and a
// mispredicted branch per line.
func measureLine(s string, breaks lineBreak) (st textStats, end int) {
	// wordEnd and spaceEnd are where the last letter and the last white
	// space end. spaceEnd starts at 0, so that a space at the start looks
	// doubled and takes the general path, which marks it.
	wordEnd, spaceEnd := -1, 0
	// foldAt is the number of non-space runes before the first white space
	// that needs folding and has text before it; 0 when there is none.
	foldAt := int32(0)
measure:
	for i := 0; i < len(s); {
		c := s[i]
		// Fast paths for the bulk of a page: runs of three-byte runes
		// without marks (addCJKRun: Chinese text and its punctuation)
		// and of ASCII letters and digits (with single spaces, in
		// addWordChunks) are counted once at their end. The lead byte
		// picks the path before any other byte is read. A single ASCII
		// space after text is the one white space that needs no
		// bookkeeping either.
		if c&0xF0 == 0xE0 {
			if j := st.addCJKRun(s, i); j > i {
				i = j
				continue
			}
		} else if kind := asciiAlnum[c]; kind != 0 {
			if i+8 <= len(s) {
				// Western prose: words and single spaces eight bytes
				// at a time, as long as they last.
				if j := st.addWordChunks(s, i, &wordEnd, &spaceEnd); j > i {
					i = j
					continue
				}
			}
			// A run of ASCII letters and digits: one word; the digits
			// only add their mark.
			j, digit := alnumRunEnd(s, i+1)
			if digit {
				kind |= alnumDigit
			}
			k := int32(j - i)
			st.chars += k
			st.runes += k
			st.letters += k
			if i != wordEnd {
				st.words++
			}
			if kind&alnumDigit != 0 {
				st.marks |= markDigit
			}
			i, wordEnd = j, j
			continue
		} else if c == ' ' && i != spaceEnd {
			st.chars++
			i++
			spaceEnd = i
			continue
		}
		r, size := rune(c), 1
		switch {
		case c < 0x80:
			if breaks != noLineBreak && (c == '\n' || c == '\r' && breaks == breakAtLFOrCR) {
				s = s[:i] // the line ends here
				break measure
			}
		case c&0xF0 == 0xE0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			// Three-byte forms (all of CJK) decoded inline; overlong
			// forms and surrogates go the slow way, which rejects them.
			r, size = rune(c&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F), 3
			if r < 0x800 || r >= 0xD800 && r <= 0xDFFF {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
		case c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			// Two-byte forms (Latin, Greek, Cyrillic, NBSP) too; C0 and
			// C1 would be overlong and go the slow way.
			r, size = rune(c&0x1F)<<6|rune(s[i+1]&0x3F), 2
		default:
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if size == 1 && c >= utf8.RuneSelf {
			// Only an invalid byte decodes to one byte beyond ASCII.
			st.marks |= markInvalid
		}
		var cl runeClass
		if r < 1<<16 {
			cl = bmpClasses[r]
		} else {
			cl = classOf(r)
		}
		st.chars++
		if cl&rcMark != 0 {
			st.marks |= markOf(r)
		}
		if cl&rcSpace != 0 {
			if st.runes == 0 {
				st.marks |= markEdgeSpace // leading, or nothing but spaces
			} else if foldAt == 0 && (i == spaceEnd || cl&rcFold != 0) {
				foldAt = st.runes
			}
			i += size
			spaceEnd = i
			continue
		}
		st.runes++
		switch {
		case cl&rcHan != 0:
			st.han++
		case cl&rcLetter != 0:
			st.letters++
			if i != wordEnd {
				st.words++
			}
			wordEnd = i + size
		case cl&rcFold != 0:
			st.marks |= markUnfolded // an invisible rune
		case cl&rcPunct != 0:
			st.punct++
			if cl&rcProse != 0 {
				st.marks |= markProse
			}
		}
		i += size
	}
	if spaceEnd == len(s) && len(s) > 0 {
		st.marks |= markEdgeSpace // trailing
	}
	if foldAt > 0 && st.runes > foldAt {
		st.marks |= markUnfolded
	}
	return st, len(s)
}

// addWordChunks counts into st the eight-byte chunks of s from i on that
// hold nothing but ASCII letters, digits and single spaces, the bulk of
// Western prose, and returns where the first other chunk starts (i when
// the first is one). It counts them as statsOf's fast paths would one run
// at a time: a word where a run of letters and digits starts, except one
// that goes on from the letter before (i == *wordEnd); a space that
// follows white space (i == *spaceEnd for the chunk's first byte) is not
// single and stops the chunks, for statsOf's general path to mark.
// wordEnd and spaceEnd are moved to the chunk's end when it ends in a
// letter or a space; an earlier end is never compared again, as statsOf
// only asks about the positions it has not passed. (Taking commas, full
// stops, apostrophes and hyphens into the chunks too cost more in tests
// than the longer chunks saved.)
func (st *textStats) addWordChunks(s string, i int, wordEnd, spaceEnd *int) int {
	const (
		ones  = 0x0101010101010101
		highs = 0x8080808080808080
	)
	for ; i+8 <= len(s); i += 8 {
		x := le64(s[i : i+8])
		if x&highs != 0 {
			break // beyond ASCII
		}
		// Exact per byte, as no sum carries into the next byte (see
		// alnumRunEnd); the spaces are the zero bytes of x ^ "        ",
		// to which adding 0x7F gives every other byte its high bit.
		folded := x | 0x20*ones
		letters := (folded + (0x80-'a')*ones) &^ (folded + (0x80-'z'-1)*ones)
		digits := (x + (0x80-'0')*ones) &^ (x + (0x80-'9'-1)*ones)
		alnum := (letters | digits) & highs
		spaces := ^((x ^ ' '*ones) + 0x7F*ones) & highs
		if alnum|spaces != highs || spaces&(spaces<<8) != 0 || spaces&0x80 != 0 && i == *spaceEnd {
			break
		}
		n := int32(bits.OnesCount64(alnum))
		st.chars += 8
		st.runes += n
		st.letters += n
		words := int32(bits.OnesCount64(alnum &^ (alnum << 8)))
		if alnum&0x80 != 0 && i == *wordEnd {
			words-- // the word goes on from the chunk before
		}
		st.words += words
		if digits&highs != 0 {
			st.marks |= markDigit
		}
		if alnum>>63 != 0 {
			*wordEnd = i + 8
		} else {
			*spaceEnd = i + 8
		}
	}
	return i
}

// addCJKRun counts into st the run of three-byte runes from s[i:] on that
// are ideographs, sentence punctuation or of no class at all, the bulk of
// Chinese text, and returns where it ends (i when the first rune is not
// one). Each rune's class comes from the table, and the counts are added
// without a branch on it: Chinese prose changes between ideographs and
// punctuation every few characters, and a branch per change, or leaving
// the loop for each comma, cost more than the look-up. A rune with a mark,
// white space, a letter, an invisible rune, an ill-formed or a surrogate
// form ends the run, for statsOf's general path.
func (st *textStats) addCJKRun(s string, i int) int {
	var counts uint64 // cjkRunCounts of the runes: ideographs and punctuation
	var seen runeClass
	t := s[i:]
	j := 0 // counting from 0 spares the loop its bounds checks
	for ; j < len(t)-2; j += 3 {
		x := uint32(t[j]) | uint32(t[j+1])<<8 | uint32(t[j+2])<<16
		if x&0xC0C0F0 != 0x8080E0 {
			break // not a lead byte E0-EF and two continuation bytes
		}
		r := x&0x0F<<12 | x>>2&0xFC0 | x>>16&0x3F
		if (1|1<<(0xD800>>11))>>(r>>11)&1 != 0 {
			break // an overlong form (below U+0800) or a surrogate
		}
		cl := bmpClasses[uint16(r)]
		if cl&(rcSpace|rcLetter|rcFold|rcMark) != 0 {
			break
		}
		// The classes left are exclusive: rcHan, rcPunct (with or
		// without rcProse), or none.
		counts += cjkRunCounts[cl]
		seen |= cl
	}
	n := int32(j / 3)
	st.chars += n
	st.runes += n
	st.han += int32(uint32(counts))
	st.punct += int32(counts >> 32)
	if seen&rcProse != 0 {
		st.marks |= markProse
	}
	return i + j
}

// cjkRunCounts gives addCJKRun what a rune of each class adds: 1 in the
// low half for an ideograph, 1 in the high half for punctuation. One
// look-up and one addition per rune cost less than taking the class's
// bits apart.
var cjkRunCounts = func() (t [256]uint64) {
	for cl := range t {
		if runeClass(cl)&rcHan != 0 {
			t[cl] |= 1
		}
		if runeClass(cl)&rcPunct != 0 {
			t[cl] |= 1 << 32
		}
	}
	return t
}()

// asciiAlnum marks the ASCII letters and digits for statsOf's fast path.
var asciiAlnum = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			t[c] = alnumLetter
		case c >= '0' && c <= '9':
			t[c] = alnumDigit
		}
	}
	return t
}()

// alnumRunEnd returns the end of the run of ASCII letters and digits in s
// from i on, and whether the run holds a digit. Eight bytes are tested at
// a time: English words run past the end of a byte-at-a-time loop's
// prediction, and this finds the end of most words in one step.
func alnumRunEnd(s string, i int) (end int, digit bool) {
	const (
		ones  = 0x0101010101010101
		highs = 0x8080808080808080
	)
	for i+8 <= len(s) {
		x := le64(s[i : i+8])
		// Each byte's high bit answers for the byte: the low seven bits
		// plus a constant cross 0x80 exactly from a bound on, and no sum
		// carries into the next byte. Letters are tested with the case
		// bit set, digits as they are; bytes beyond ASCII are neither.
		low := x &^ highs
		folded := low | 0x20*ones
		letters := (folded + (0x80-'a')*ones) &^ (folded + (0x80-'z'-1)*ones)
		digits := (low + (0x80-'0')*ones) &^ (low + (0x80-'9'-1)*ones)
		alnum := (letters | digits) &^ x & highs
		if alnum == highs {
			digit = digit || digits&highs != 0
			i += 8
			continue
		}
		n := bits.TrailingZeros64(^alnum&highs) >> 3 // the run's length in this word
		digit = digit || digits&highs&(1<<(8*n)-1) != 0
		return i + n, digit
	}
	for i < len(s) && asciiAlnum[s[i]] != 0 {
		digit = digit || asciiAlnum[s[i]] == alnumDigit
		i++
	}
	return i, digit
}

// le64 reads the first eight bytes of s as a little-endian word, for the
// loops that test eight bytes at a time. The compiler turns it into one
// load; encoding/binary has no form that takes a string.
func le64(s string) uint64 {
	s = s[:8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// The kinds of asciiAlnum.
const (
	alnumLetter = 1
	alnumDigit  = 2
)

// decodeAt decodes the rune at s[i:] like utf8.DecodeRuneInString, with
// the three-byte forms of Chinese text decoded on the fast path.
func decodeAt(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c&0xF0 == 0xE0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
		if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
			return r, 3
		}
	}
	if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s[i:])
}

// weight is the amount of language in a text, in "word" units: a Han
// character counts as one, as does a Latin word. Counting Han characters
// rather than space-separated words is what makes thresholds work for
// Chinese as well as English.
func (st textStats) weight() int { return int(st.han + st.words) }

// runeLen counts runes as utf8.RuneCountInString does, an invalid byte
// as one. The three-byte forms of Chinese text are stepped over inline:
// ranging over a string calls the runtime's decoder for every rune beyond
// ASCII. E0 and ED take the general path, as only some of their second
// bytes make a valid rune.
func runeLen(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			i++
		case c&0xF0 == 0xE0 && c != 0xE0 && c != 0xED && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			i += 3
		default:
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
	}
	return n
}

// trimPunctSpace trims white space and the punctuation that wraps labels
// and values ("【", "】", "(", ")", "|", ":").
//
// Most texts have neither end to trim, and every classifier asks, so the
// ends are tested byte-wise before the general trim runs.
func trimPunctSpace(s string) string {
	if s == "" {
		return s
	}
	first, last := s[0], s[len(s)-1]
	if first < utf8.RuneSelf && !asciiWrap[first] && last < utf8.RuneSelf && !asciiWrap[last] {
		return s
	}
	if r, _ := decodeAt(s, 0); !isWrapRune(r) && !isWrapRune(lastRune(s)) {
		return s
	}
	return strings.TrimFunc(s, isWrapRune)
}

// lastRune returns the last rune of s, decoding the ASCII and three-byte
// forms inline (utf8.DecodeLastRuneInString is slow on the hot path).
func lastRune(s string) rune {
	n := len(s)
	if n == 0 {
		return utf8.RuneError
	}
	if c := s[n-1]; c < utf8.RuneSelf {
		return rune(c)
	}
	if n >= 3 {
		if r, size := decodeAt(s, n-3); size == 3 {
			return r
		}
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// asciiWrap marks the ASCII runes isWrapRune accepts.
var asciiWrap = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = isWrapRune(rune(c))
	}
	return t
}()

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

// byteGatedList is a word list with the bytes its words start (or end)
// with: hasAnyPrefix and hasAnySuffix compare a text with every word,
// while most texts asked about share their first (last) byte with none.
type byteGatedList struct {
	words []string
	edge  [256]bool // the first bytes of the words, or their last
	empty bool      // "" is a word: every text matches
}

// newPrefixList gates words by their first bytes, for hasPrefix.
func newPrefixList(words []string) *byteGatedList {
	l := &byteGatedList{words: words}
	for _, w := range words {
		if w == "" {
			l.empty = true
		} else {
			l.edge[w[0]] = true
		}
	}
	return l
}

// newSuffixList gates words by their last bytes, for hasSuffix.
func newSuffixList(words []string) *byteGatedList {
	l := &byteGatedList{words: words}
	for _, w := range words {
		if w == "" {
			l.empty = true
		} else {
			l.edge[w[len(w)-1]] = true
		}
	}
	return l
}

// hasPrefix is hasAnyPrefix(s, l.words) for a list made by newPrefixList.
func (l *byteGatedList) hasPrefix(s string) (string, bool) {
	if !l.empty && (s == "" || !l.edge[s[0]]) {
		return "", false
	}
	return hasAnyPrefix(s, l.words)
}

// hasSuffix is hasAnySuffix(s, l.words) for a list made by newSuffixList.
func (l *byteGatedList) hasSuffix(s string) bool {
	if !l.empty && (s == "" || !l.edge[s[len(s)-1]]) {
		return false
	}
	return hasAnySuffix(s, l.words)
}

// indexText is strings.Index for a needle taken from page text. A needle
// that opens with a multi-byte rune is searched from its second byte and
// its first checked after: strings.Index looks for a needle's first byte
// before comparing, and in Chinese text the lead bytes E4-E9 start a third
// of all bytes, where a continuation byte is one value of 64.
func indexText(s, substr string) int {
	if len(substr) < 2 || substr[0] < utf8.RuneSelf {
		return strings.Index(s, substr)
	}
	lead, tail := substr[0], substr[1:]
	for i := 1; i < len(s); {
		j := strings.Index(s[i:], tail)
		if j < 0 {
			return -1
		}
		if s[i+j-1] == lead {
			return i + j - 1
		}
		i += j + 1
	}
	return -1
}

// containsText is strings.Contains the way of indexText.
func containsText(s, substr string) bool { return indexText(s, substr) >= 0 }

// containsAny reports whether s contains one of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
