package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordSet finds the words of a vocabulary list in text in one pass. Words
// are grouped by their first rune, longest first, and a bitmap of first
// runes lets the scan skip every position no word can start at; on the
// mostly Chinese text of a page that is almost all of them. It replaces
// calling strings.Contains once per word, which made chrome and label
// matching the costliest part of an extraction.
type wordSet struct {
	starts  [1 << 16 / 64]uint64 // BMP runes a word starts with: a small bitmap tested before first
	first   [1 << 16]uint8       // BMP rune -> 1 + index into lists, 0 when no word starts with it
	lists   [][]string           // words by first rune, longest first
	byFirst map[rune][]string    // all first runes, for the astral plane and sets past 255 first runes
	astral  bool                 // some word starts outside the BMP, or lists overflowed
}

// The vocabulary of patterns.go as word sets, built once.
var (
	chromeSet          = newWordSet(chromeWords)
	footerSet          = newWordSet(footerMarkers)
	weakFooterSet      = newWordSet(weakFooterMarkers)
	strongFooterSet    = newWordSet(strongFooterMarkers)
	statementSet       = newWordSet(statementMarkers)
	fontSizeSet        = newWordSet(fontSizeWords)
	relatedSet         = newWordSet(relatedHeadings)
	commentSet         = newWordSet(commentHeadings)
	breadcrumbLabelSet = newWordSet(breadcrumbLabels)
	photoCreditSet     = newWordSet(photoCreditMarkers)
	authorRoleSet      = newWordSet(authorRoleWords)
	postFooterSet      = newWordSet(postFooterWords)
	surnameSet         = newWordSet(commonSurnames)
	teaserLinkSet      = newWordSet(teaserLinkLeads)
)

// newWordSet builds a set from any number of word lists.
func newWordSet(lists ...[]string) *wordSet {
	w := &wordSet{byFirst: map[rune][]string{}}
	for _, list := range lists {
		for _, word := range list {
			if word == "" {
				continue
			}
			r, _ := utf8.DecodeRuneInString(word)
			w.byFirst[r] = append(w.byFirst[r], word)
			if r >= 1<<16 {
				w.astral = true
			}
		}
	}
	runes := make([]rune, 0, len(w.byFirst))
	for r, words := range w.byFirst {
		sort.SliceStable(words, func(i, j int) bool { return len(words[i]) > len(words[j]) })
		w.byFirst[r] = words
		runes = append(runes, r)
	}
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	for _, r := range runes {
		if r >= 1<<16 {
			continue
		}
		if len(w.lists) == 255 {
			w.astral = true // too many first runes for the array: the map serves the rest
			continue
		}
		setBit(&w.starts, r)
		w.lists = append(w.lists, w.byFirst[r])
		w.first[r] = uint8(len(w.lists))
	}
	return w
}

// at returns the longest word that starts at s[i:], whose first rune is r.
func (w *wordSet) at(s string, i int, r rune) (string, bool) {
	var words []string
	switch {
	case r < 1<<16 && hasBit(&w.starts, r):
		words = w.lists[w.first[r]-1]
	case w.astral:
		words = w.byFirst[r]
	default:
		return "", false
	}
	for _, word := range words {
		if strings.HasPrefix(s[i:], word) {
			return word, true
		}
	}
	return "", false
}

// nextStart returns the first offset from i on at which a word of the set
// may start (len(s) when there is none), so that callers look words up
// only there. Like maskedVocab.scan it reads runes without validating
// them: a word occurs only where its own valid UTF-8 stands. It skips
// only continuation bytes and runes whose bit is not set; what it returns
// may still start no word.
func (w *wordSet) nextStart(s string, i int) int {
	if w.astral {
		return i // the map holds first runes the bitmap does not
	}
	for i < len(s) {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if hasBit(&w.starts, rune(c)) {
				return i
			}
			i++
		case c&0xF0 == 0xE0 && i+2 < len(s) && (uint16(s[i+1])<<8|uint16(s[i+2]))&0xC0C0 == 0x8080:
			if hasBit(&w.starts, rune(c&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F)) {
				return i
			}
			i += 3
		case c < 0xC0:
			i++ // a continuation byte
		default:
			r, size := decodeAt(s, i)
			if r < 1<<16 && hasBit(&w.starts, r) {
				return i
			}
			i += size
		}
	}
	return i
}

// contains reports whether some word occurs in s.
func (w *wordSet) contains(s string) bool {
	for i := w.nextStart(s, 0); i < len(s); i = w.nextStart(s, i+1) {
		r, _ := decodeAt(s, i)
		if _, ok := w.at(s, i, r); ok {
			return true
		}
	}
	return false
}

// prefix returns the longest word s starts with.
func (w *wordSet) prefix(s string) (string, bool) {
	r, _ := utf8.DecodeRuneInString(s)
	return w.at(s, 0, r)
}

// uncoveredLetters counts the letters of s that no word covers, taking
// the longest word at each position. A line of nothing but widget words
// has none left.
func (w *wordSet) uncoveredLetters(s string) (left int, found bool) {
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

// vocabMask records which vocabulary sets have a word somewhere in a text.
// One scan fills it, so that the classifiers ask one bit instead of
// scanning a line once per set.
type vocabMask uint16

// The sets a vocabMask reports on.
const (
	vocabChrome       vocabMask = 1 << iota // chromeSet
	vocabFooter                             // footerSet
	vocabWeakFooter                         // weakFooterSet
	vocabStrongFooter                       // strongFooterSet
	vocabFontSize                           // fontSizeSet
	vocabPhotoCredit                        // photoCreditSet
	vocabLabel                              // labelWords
	vocabRelated                            // relatedSet
	vocabComment                            // commentSet and commentCountWords
	vocabStatement                          // statementSet
	vocabCrumbLabel                         // breadcrumbLabelSet
)

// maskedWord is a word of several sets, with the sets it belongs to.
type maskedWord struct {
	word   string
	sets   vocabMask
	second rune // the word's second rune, or -1 for a one-rune word
}

// maskedVocab is the union of the sets a vocabMask reports on, indexed by
// first rune like a wordSet.
type maskedVocab struct {
	first  [1 << 16]uint16 // BMP rune -> 1 + index into groups
	groups []maskedGroup
	astral map[rune]maskedGroup

	// Small bitmaps that reject almost every position before the large
	// first-rune table is touched: the BMP runes a word starts with, the
	// ones that are a whole word, and (hashed) the first two runes of
	// every longer word. They fit in the first-level cache.
	starts  [1 << 16 / 64]uint64
	singles [1 << 16 / 64]uint64
	pairs   [1 << 16 / 64]uint64

	// passBytes marks the bytes scan steps over alone without a look-up:
	// the ASCII runes no word starts with, and continuation bytes.
	passBytes [256]bool
}

// maskedGroup holds the words with one first rune. sets is the union of
// theirs: once a line has shown all of those sets, the group is skipped,
// which spares most look-ups on common characters such as 文 or 本.
type maskedGroup struct {
	words []maskedWord
	sets  vocabMask
}

// lineVocab is the vocabulary the line classifiers look for.
var lineVocab = newMaskedVocab(map[vocabMask][]string{
	vocabChrome:       chromeWords,
	vocabFooter:       footerMarkers,
	vocabWeakFooter:   weakFooterMarkers,
	vocabStrongFooter: strongFooterMarkers,
	vocabFontSize:     fontSizeWords,
	vocabPhotoCredit:  photoCreditMarkers,
	vocabLabel:        labelWordList(),
	vocabRelated:      relatedHeadings,
	vocabComment:      slices.Concat(commentHeadings, commentCountWords),
	vocabStatement:    statementMarkers,
	vocabCrumbLabel:   breadcrumbLabels,
})

func newMaskedVocab(sets map[vocabMask][]string) *maskedVocab {
	masks := map[string]vocabMask{}
	for set, words := range sets {
		for _, w := range words {
			if w != "" {
				masks[w] |= set
			}
		}
	}
	v := &maskedVocab{astral: map[rune]maskedGroup{}}
	byFirst := map[rune][]maskedWord{}
	for w, m := range masks {
		r, size := utf8.DecodeRuneInString(w)
		second := rune(-1)
		if size < len(w) {
			second, _ = utf8.DecodeRuneInString(w[size:])
		}
		byFirst[r] = append(byFirst[r], maskedWord{w, m, second})
		if r >= 1<<16 {
			continue
		}
		setBit(&v.starts, r)
		if size == len(w) {
			setBit(&v.singles, r)
		} else {
			r2, _ := utf8.DecodeRuneInString(w[size:])
			setBit(&v.pairs, pairHash(r, r2))
		}
	}
	runes := make([]rune, 0, len(byFirst))
	for r := range byFirst {
		runes = append(runes, r)
	}
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	for _, r := range runes {
		words := byFirst[r]
		sort.Slice(words, func(i, j int) bool { return words[i].word < words[j].word })
		g := maskedGroup{words: words}
		for _, w := range words {
			g.sets |= w.sets
		}
		if r >= 1<<16 {
			v.astral[r] = g
			continue
		}
		v.groups = append(v.groups, g)
		v.first[r] = uint16(len(v.groups))
	}
	for c := range v.passBytes {
		v.passBytes[c] = c < utf8.RuneSelf && !hasBit(&v.starts, rune(c)) || c&0xC0 == 0x80
	}
	return v
}

// scan returns the sets with a word in s.
//
// It looks at every byte that can start a rune, and reads the rune there
// without validating it: a word occurs only where its own valid UTF-8
// stands, so a misread rune can at worst pass the bitmaps and then fail
// the comparison with the words in at. A three-byte lead followed by two
// continuation bytes is stepped over whole, as no word starts inside it;
// any other byte is stepped over alone, continuation bytes included. The
// bytes stepped over alone without a look-up (passBytes) are taken in a
// loop of their own, and the rune after a word's first one is decoded
// inline when it is ASCII.
func (v *maskedVocab) scan(s string) vocabMask {
	var m vocabMask
	for i := 0; i < len(s); {
		c := s[i]
		if v.passBytes[c] {
			// Most of the ASCII in a line, passed over in a tight loop.
			i++
			for i < len(s) && v.passBytes[s[i]] {
				i++
			}
			continue
		}
		var r rune
		size := 1
		switch {
		case c < utf8.RuneSelf:
			r = rune(c)
		case c&0xF0 == 0xE0:
			if i+2 >= len(s) || (uint16(s[i+1])<<8|uint16(s[i+2]))&0xC0C0 != 0x8080 {
				i++ // not a rune a word can start with
				continue
			}
			c1, c2 := s[i+1], s[i+2]
			r, size = rune(c&0x0F)<<12|rune(c1&0x3F)<<6|rune(c2&0x3F), 3
		default: // a lead byte: continuation bytes are in passBytes
			r, size = decodeAt(s, i)
			if r >= 1<<16 {
				m = v.at(s, i, r, nextRune(s, i+size), m)
				i += size
				continue
			}
		}
		if hasBit(&v.starts, r) {
			if hasBit(&v.singles, r) {
				m = v.at(s, i, r, nextRune(s, i+size), m)
			} else if j := i + size; j < len(s) {
				r2 := rune(s[j]) // ASCII, or decoded below
				if r2 >= utf8.RuneSelf {
					r2, _ = decodeAt(s, j)
				}
				if hasBit(&v.pairs, pairHash(r, r2)) {
					m = v.at(s, i, r, r2, m)
				}
			}
		}
		i += size
	}
	return m
}

// pairHash folds two runes into a 16-bit index.
func pairHash(r1, r2 rune) rune {
	return rune((uint32(r1)*31 + uint32(r2)) * 0x9E3779B1 >> 16)
}

func setBit(bits *[1 << 16 / 64]uint64, r rune) { bits[r>>6] |= 1 << (r & 63) }

// hasBit tests r's bit. Every caller passes a BMP rune; indexing with
// uint16 lets the compiler drop the bounds check from the scan loops.
func hasBit(bits *[1 << 16 / 64]uint64, r rune) bool {
	return bits[uint16(r)>>6]&(1<<(r&63)) != 0
}

// nextRune returns the rune at s[i:], or -2 at the end of s.
func nextRune(s string, i int) rune {
	if i >= len(s) {
		return -2
	}
	r, _ := decodeAt(s, i)
	return r
}

// at adds to m the sets of every word that starts at s[i:], whose first
// rune is r and whose second one, if any, is r2 (the rune after r in s, or
// -2 at its end): words with another second rune are passed over without
// comparing their bytes.
func (v *maskedVocab) at(s string, i int, r, r2 rune, m vocabMask) vocabMask {
	var g *maskedGroup
	if r < 1<<16 {
		k := v.first[r]
		if k == 0 {
			return m
		}
		g = &v.groups[k-1]
	} else if a, ok := v.astral[r]; ok {
		g = &a
	} else {
		return m
	}
	if g.sets&^m == 0 {
		return m
	}
	for _, w := range g.words {
		if w.sets&^m != 0 && (w.second < 0 || w.second == r2) && strings.HasPrefix(s[i:], w.word) {
			m |= w.sets
		}
	}
	return m
}
