package extract

import (
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
	first   [1 << 16]uint8    // BMP rune -> 1 + index into lists, 0 when no word starts with it
	lists   [][]string        // words by first rune, longest first
	byFirst map[rune][]string // all first runes, for the astral plane and sets past 255 first runes
	astral  bool              // some word starts outside the BMP, or lists overflowed
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
		w.lists = append(w.lists, w.byFirst[r])
		w.first[r] = uint8(len(w.lists))
	}
	return w
}

// at returns the longest word that starts at s[i:], whose first rune is r.
func (w *wordSet) at(s string, i int, r rune) (string, bool) {
	var words []string
	switch {
	case r < 1<<16 && w.first[r] != 0:
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

// contains reports whether some word occurs in s.
func (w *wordSet) contains(s string) bool {
	for i, r := range s {
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
