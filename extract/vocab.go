package extract

import (
	"iter"
	"math/bits"
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
// matching the costliest part of an extraction. A first rune's group is
// found by its rank in the bitmap (rankedBits), not in a table indexed by
// rune, so that a look-up touches a few cache lines of 10 KB instead of a
// 64 KB table.
type wordSet struct {
	starts wordStarts            // BMP runes a word starts with; a rune's rank indexes lists
	lists  [][]prefixWord        // words by first rune, longest first, in rune order
	astral map[rune][]prefixWord // words whose first rune is past the BMP, longest first
	// seconds[k] has the runeKey bits of the second runes of the words
	// of lists[k] (every bit when one is a rune alone or invalid): most
	// texts that start with a word's first rune go on with a rune none
	// of them has, and need no comparison with each word.
	seconds []uint64
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
	w := &wordSet{astral: map[rune][]prefixWord{}}
	byFirst := map[rune][]string{}
	for _, list := range lists {
		for _, word := range list {
			if word == "" {
				continue
			}
			r, _ := utf8.DecodeRuneInString(word)
			byFirst[r] = append(byFirst[r], word)
		}
	}
	runes := make([]rune, 0, len(byFirst))
	for r, words := range byFirst {
		sort.SliceStable(words, func(i, j int) bool { return len(words[i]) > len(words[j]) })
		runes = append(runes, r)
	}
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	for _, r := range runes {
		words := make([]prefixWord, len(byFirst[r]))
		for k, word := range byFirst[r] {
			words[k] = newPrefixWord(word)
		}
		if r >= 1<<16 {
			w.astral[r] = words
			continue
		}
		setBit(&w.starts.bits, r)
		w.lists = append(w.lists, words) // in rune order: a rune's rank is its index
		var keys uint64
		for _, word := range byFirst[r] {
			_, size := utf8.DecodeRuneInString(word)
			if key, ok := runeKey(word, size); ok && utf8.ValidString(word) {
				keys |= 1 << key
			} else {
				keys = ^uint64(0)
			}
		}
		w.seconds = append(w.seconds, keys)
	}
	w.starts.finish()
	return w
}

// at returns the longest word that starts at s[i:], whose first rune is r.
func (w *wordSet) at(s string, i int, r rune) (string, bool) {
	var words []prefixWord
	if r < 1<<16 {
		k, ok := w.starts.rank(r)
		if !ok {
			return "", false
		}
		// A word that starts here has r's valid UTF-8 at i, so its
		// second rune starts RuneLen(r) bytes on.
		if key, ok := runeKey(s, i+utf8.RuneLen(r)); ok && w.seconds[k]&(1<<key) == 0 {
			return "", false
		}
		words = w.lists[k]
	} else if words = w.astral[r]; words == nil {
		return "", false
	}
	x := load8(s, i)
	for k := range words {
		if words[k].at(s, i, x) {
			return words[k].word, true
		}
	}
	return "", false
}

// nextStart returns the first offset from i on at which a word of the set
// may start (len(s) when there is none), so that callers look words up
// only there. What it returns may still start no word (wordStarts.next).
func (w *wordSet) nextStart(s string, i int) int {
	i, _, _ = w.starts.next(s, i)
	return i
}

// matches yields each place in s where a word of the set starts, with
// the longest word there, from the start of s on; after a match it goes
// on from the rune after the match's first.
func (w *wordSet) matches(s string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i := 0; ; {
			j, r, size := w.starts.next(s, i)
			if j >= len(s) {
				return
			}
			if r < 0 {
				r, size = decodeAt(s, j)
			}
			if word, ok := w.at(s, j, r); ok && !yield(j, word) {
				return
			}
			i = j + size
		}
	}
}

// contains reports whether some word occurs in s.
func (w *wordSet) contains(s string) bool {
	for range w.matches(s) {
		return true
	}
	return false
}

// lastEnd returns where the occurrence of a word that ends last in s
// ends, or -1 when no word occurs: the longest word at each place ends
// last there, so one pass finds it, not a search per word.
func (w *wordSet) lastEnd(s string) int {
	end := -1
	for j, word := range w.matches(s) {
		end = max(end, j+len(word))
	}
	return end
}

// prefix returns the longest word s starts with.
func (w *wordSet) prefix(s string) (string, bool) {
	r, _ := utf8.DecodeRuneInString(s)
	return w.at(s, 0, r)
}

// coveredBut reports whether words of w occur in s and leave at most
// maxLeft of its letters (Han, Latin and other letters, not digits or
// punctuation) uncovered: a line made of the set's words, such as a share
// bar. It stops counting past the limit, as most lines asked about are
// prose with one such word in them and fail a few letters in.
func (w *wordSet) coveredBut(s string, maxLeft int) bool {
	left, found := 0, false
	for i := 0; i < len(s); {
		r, size := decodeAt(s, i)
		if word, ok := w.at(s, i, r); ok {
			i += len(word)
			found = true
			continue
		}
		if isHan(r) || r < 0x80 && (r|0x20 >= 'a' && r|0x20 <= 'z') || r >= 0x80 && unicode.IsLetter(r) {
			if left++; left > maxLeft {
				return false
			}
		}
		i += size
	}
	return found
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
	prefixWord
	sets vocabMask
}

// prefixWord is a word with its first eight bytes, which at compares at
// once with the text's before it calls strings.HasPrefix, and only for a
// word longer than that.
type prefixWord struct {
	word       string
	head, mask uint64 // the first bytes, and the mask that keeps them
	short      bool   // the word is all in head
}

func newPrefixWord(w string) prefixWord {
	p := prefixWord{word: w}
	if strings.IndexByte(w, 0) >= 0 {
		return p // the zeros load8 pads with would match: HasPrefix decides
	}
	p.head = load8(w, 0)
	p.mask = ^uint64(0) >> (64 - 8*min(len(w), 8))
	p.short = len(w) <= 8
	return p
}

// at reports whether the word starts at s[i:], of which x holds the first
// eight bytes (load8).
func (p *prefixWord) at(s string, i int, x uint64) bool {
	return x&p.mask == p.head && (p.short || strings.HasPrefix(s[i:], p.word))
}

// load8 returns the eight bytes of s from i on as a little-endian word,
// zeros past the end of s.
func load8(s string, i int) uint64 {
	if i+8 <= len(s) {
		return le64(s[i:])
	}
	var x uint64
	for k := len(s) - 1; k >= i; k-- {
		x = x<<8 | uint64(s[k])
	}
	return x
}

// maskedVocab is the union of the sets a vocabMask reports on. Its words
// are looked up by their first two runes: a position passes the first-rune
// bitmap (behind a 512-byte filter for ideographs), then the bitmap of
// hashed first pairs (for two ASCII runes, an exact 2 KB table), whose
// rank indexes the few words that begin with the pair. The bitmaps are
// 8 KB each and no table is indexed by rune, so a line's scan touches few
// cache lines; the pair test passes over most first runes of words (相 in
// 相当, P in People) without a look-up.
type maskedVocab struct {
	starts  wordStarts           // BMP runes a word starts with
	singles [1 << 16 / 64]uint64 // BMP runes that are a whole word
	pairs   rankedBits           // pairHash of the first two runes of every word (of r and -1 for a one-rune word)
	groups  []maskedGroup        // by the rank of a pair's hash in pairs

	// asciiNext[c] has the bits of the ASCII bytes that may follow the
	// ASCII rune c in a word (all of them when c is a word alone).
	asciiNext [utf8.RuneSelf][2]uint64
}

// maskedGroup holds the words whose first pair of runes hashes to one
// value. sets is the union of theirs: once a line has shown all of those
// sets, the group is skipped.
type maskedGroup struct {
	words []maskedWord
	sets  vocabMask
	// third has the bit runeKey gives the bytes of each word's third
	// rune, and every bit when a word has fewer runes: a text whose
	// third rune's key is not in it starts no word of the group. It
	// spares most pairs that begin common words ("re" of "read", "Co"
	// of "Contact") the comparison with every word of the group.
	third uint64
}

// runeKey keys the rune that starts at s[p:] for the filters on a
// word's second or third rune (wordSet.seconds, maskedGroup.third): its
// second byte for a multi-byte form, which varies among ideographs where
// the lead byte does not, else the byte itself. ok is false when the form
// runs past s. It reads bytes, not runes, so that wherever a word's own
// bytes stand in a text they give the word's key.
func runeKey(s string, p int) (key uint, ok bool) {
	if p >= len(s) {
		return 0, false
	}
	c := s[p]
	if c < utf8.RuneSelf {
		return uint(c) & 63, true
	}
	if p+1 >= len(s) {
		return 0, false
	}
	return uint(s[p+1]) & 63, true
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
	v := &maskedVocab{}
	byPair := map[uint16][]maskedWord{}
	for w, m := range masks {
		r, size := utf8.DecodeRuneInString(w)
		r2 := rune(-1)
		if size < len(w) {
			r2, _ = utf8.DecodeRuneInString(w[size:])
		}
		h := pairHash(r, r2)
		byPair[h] = append(byPair[h], maskedWord{newPrefixWord(w), m})
		setBit(&v.pairs.bits, rune(h))
		if r < 1<<16 {
			setBit(&v.starts.bits, r)
			if r2 < 0 {
				setBit(&v.singles, r)
			}
		}
		switch {
		case r >= utf8.RuneSelf:
		case r2 < 0:
			v.asciiNext[r] = [2]uint64{^uint64(0), ^uint64(0)}
		case r2 < utf8.RuneSelf:
			v.asciiNext[r][r2>>6] |= 1 << (r2 & 63)
		}
	}
	v.starts.finish()
	v.pairs.finish()
	hashes := make([]uint16, 0, len(byPair))
	for h := range byPair {
		hashes = append(hashes, h)
	}
	slices.Sort(hashes)
	for _, h := range hashes { // in hash order: a hash's rank is its index
		words := byPair[h]
		sort.Slice(words, func(i, j int) bool { return words[i].word < words[j].word })
		g := maskedGroup{words: words}
		for _, w := range words {
			g.sets |= w.sets
			_, size1 := utf8.DecodeRuneInString(w.word)
			_, size2 := utf8.DecodeRuneInString(w.word[size1:])
			// The key of an invalid word might not be where a text's
			// third rune starts: such a word turns the filter off.
			if key, ok := runeKey(w.word, size1+size2); ok && utf8.ValidString(w.word) {
				g.third |= 1 << key
			} else {
				g.third = ^uint64(0)
			}
		}
		v.groups = append(v.groups, g)
	}
	return v
}

// scan returns the sets with a word in s.
//
// It passes over the pass bytes of starts, and over a three-byte form (a
// lead byte and two continuation bytes) whose rune starts no word. At a
// rune that does start a word, ASCII or a three-byte form, it reads the
// rune after it when that is ASCII or a three-byte form too, passes over
// the pair when no word starts with it, and else asks the pair's group
// (at) at once: lookup would only read the same runes again. Forms are
// read without validation: a word occurs only where its own valid UTF-8
// stands, so a misread rune can at worst pass the bitmaps and then fail
// the comparison with the words in at; and no word starts inside a
// three-byte form. What is left, and every other byte (the runes of other
// lengths, invalid UTF-8), goes to lookup. The pass bytes, most of an
// ASCII line, have a loop of their own: in the main loop the offset moved
// between registers at every byte.
func (v *maskedVocab) scan(s string) vocabMask {
	pass, starts, low, singles, pairs, asciiNext := &v.starts.pass, &v.starts.bits, &v.starts.low, &v.singles, &v.pairs.bits, &v.asciiNext
	var m vocabMask
	n := uint(len(s))
	u := uint(0)
	for {
		for u < n && pass[s[u]] {
			u++
		}
		if u >= n {
			break
		}
		c := s[u]
		r, r2 := rune(-1), rune(unread) // the runes at u and after it, once read
		e := u                          // the end of r
		switch {
		case c < utf8.RuneSelf:
			// A word starts with c: the byte after it, when ASCII, is
			// looked up exactly.
			if u+1 < n {
				if c1 := s[u+1]; c1 < utf8.RuneSelf && asciiNext[c][c1>>6]&(1<<(c1&63)) == 0 {
					u++
					continue
				}
			}
			r, e = rune(c), u+1
		case c&0xF0 == 0xE0:
			// A run of three-byte forms, four bytes read at a time.
			for u+4 <= n {
				t := s[u : u+4]
				x := uint(t[0]) | uint(t[1])<<8 | uint(t[2])<<16 | uint(t[3])<<24
				if x&0xC0C0F0 != 0x8080E0 || low[x>>8&0x3F]&(1<<(x>>16&63)) != 0 {
					break
				}
				u += 3
			}
			if c = s[u]; c&0xF0 != 0xE0 {
				continue // the run ended
			}
			if u+2 < n {
				x := uint(s[u+1]) | uint(s[u+2])<<8 // the two bytes after the lead
				if x&0xC0C0 == 0x8080 {
					if starts[(uint(c)<<6|x&0x3F)&(1<<10-1)]&(1<<(x>>8&63)) == 0 {
						u += 3
						continue
					}
					r, e = rune(c&0x0F)<<12|rune(x&0x3F)<<6|rune(x>>8&0x3F), u+3
				}
			}
		}
		if r >= 0 && !hasBit(singles, r) {
			if e >= n {
				break // no room for a word of two runes
			}
			switch c := s[e]; {
			case c < utf8.RuneSelf:
				r2 = rune(c)
			case c&0xF0 == 0xE0 && e+2 < n:
				if x := uint(s[e+1]) | uint(s[e+2])<<8; x&0xC0C0 == 0x8080 {
					r2 = rune(c&0x0F)<<12 | rune(x&0x3F)<<6 | rune(x>>8&0x3F)
				}
			}
			if r2 != unread {
				// Both runes are known and r is no word alone: only the
				// words of the pair's group can start here.
				if h := pairHash(r, r2); hasBit(pairs, rune(h)) {
					third := e + 1 // where the rune after the pair starts
					if r2 >= utf8.RuneSelf {
						third = e + 3
					}
					m = v.at(s, int(u), int(third), h, m)
				}
				u = e
				continue
			}
		}
		m, u = v.lookup(s, u, e, r, r2, m)
	}
	return m
}

// unread stands for a rune scan did not read.
const unread = -3

// lookup adds to m the sets of the words at s[u:], and returns the offset
// scan goes on from. r is the rune at u and e its end, or r < 0 when scan
// did not read it; r2 is the rune at e, or unread.
func (v *maskedVocab) lookup(s string, u, e uint, r, r2 rune, m vocabMask) (vocabMask, uint) {
	i := int(u)
	if r < 0 {
		var size int
		r, size = decodeAt(s, i)
		e = u + uint(size)
		if r < 1<<16 && !hasBit(&v.starts.bits, r) {
			return m, e
		}
	}
	if r >= 1<<16 || hasBit(&v.singles, r) {
		m = v.at(s, i, -1, pairHash(r, -1), m)
	}
	if r2 == unread {
		if e >= uint(len(s)) {
			return m, e
		}
		r2, _ = decodeAt(s, int(e))
	}
	if h := pairHash(r, r2); hasBit(&v.pairs.bits, rune(h)) {
		m = v.at(s, i, -1, h, m)
	}
	return m, e
}

// at adds to m the sets of every word of the group of hash h that starts
// at s[i:]. third is where the third rune of s[i:] starts when the caller
// read the first two as the valid UTF-8 of their lengths, else -1; the
// group's third then settles most misses without a comparison. (The
// lengths must be right: a word matches where its own bytes stand, so its
// third rune starts where the text's does.)
func (v *maskedVocab) at(s string, i, third int, h uint16, m vocabMask) vocabMask {
	k, ok := v.pairs.rank(rune(h))
	if !ok {
		return m
	}
	g := &v.groups[k]
	if g.sets&^m == 0 {
		return m
	}
	if third >= 0 {
		if key, ok := runeKey(s, third); ok && g.third&(1<<key) == 0 {
			return m
		}
	}
	x := load8(s, i)
	for k := range g.words {
		if w := &g.words[k]; w.sets&^m != 0 && w.at(s, i, x) {
			m |= w.sets
		}
	}
	return m
}

// pairHash folds two runes into a 16-bit index.
func pairHash(r1, r2 rune) uint16 {
	return uint16((uint32(r1)*31 + uint32(r2)) * 0x9E3779B1 >> 16)
}

func setBit(bits *[1 << 16 / 64]uint64, r rune) { bits[r>>6] |= 1 << (r & 63) }

// hasBit tests r's bit. Every caller passes a BMP rune; indexing with
// uint16 lets the compiler drop the bounds check from the scan loops.
func hasBit(bits *[1 << 16 / 64]uint64, r rune) bool {
	return bits[uint16(r)>>6]&(1<<(r&63)) != 0
}

// rankedBits is a bitmap over 16-bit keys that numbers its set keys: the
// rank of a set key is the number of set keys below it. It stands for a
// table of 65,536 small indexes (64 or 128 KB) in 10 KB.
type rankedBits struct {
	bits  [1 << 16 / 64]uint64
	ranks [1 << 16 / 64]uint16 // set keys in bits[:k]
}

// finish counts the ranks, once the bits are set.
func (b *rankedBits) finish() {
	n := 0
	for k, w := range b.bits {
		b.ranks[k] = uint16(n)
		n += bits.OnesCount64(w)
	}
}

// rank returns the rank of key r (a BMP rune or a hash), and whether it is
// set.
func (b *rankedBits) rank(r rune) (int, bool) {
	k := uint16(r) >> 6
	w, bit := b.bits[k], uint64(1)<<(r&63)
	if w&bit == 0 {
		return 0, false
	}
	return int(b.ranks[k]) + bits.OnesCount64(w&(bit-1)), true
}

// wordStarts is the set of BMP runes the words of a vocabulary start with,
// ranked, and the bytes a scan for those words can pass over alone.
type wordStarts struct {
	rankedBits
	// pass marks the ASCII bytes no word starts with, and continuation
	// bytes: no word starts at one.
	pass [256]bool
	// low has the bits of the starts folded onto their low twelve bits:
	// a 512-byte filter that rejects most runes before bits is read.
	low [1 << 12 / 64]uint64
}

func (w *wordStarts) finish() {
	w.rankedBits.finish()
	for k, b := range w.bits {
		w.low[k%len(w.low)] |= b
	}
	for c := range w.pass {
		w.pass[c] = c < utf8.RuneSelf && !hasBit(&w.bits, rune(c)) || c&0xC0 == 0x80
	}
}

// next returns the first offset from i on at which a word may start
// (len(s) when there is none), with the rune there and its size when it
// read them (r < 0 when it did not). It passes over the bytes of pass, and
// over the three-byte forms (a lead byte and two continuation bytes) whose
// rune starts no word, without validating them: a word occurs only where
// its own valid UTF-8 stands, and none starts inside such a form. It stops
// at every other byte (the runes of other lengths, any byte of invalid
// UTF-8), so what it returns may still start no word.
func (w *wordStarts) next(s string, i int) (at int, r rune, size int) {
	pass, bits, low := &w.pass, &w.bits, &w.low
	n := uint(len(s))
	u := uint(i)
	for {
		for u < n && pass[s[u]] { // a loop of their own, as in maskedVocab.scan
			u++
		}
		if u >= n {
			break
		}
		c := s[u]
		if c < utf8.RuneSelf {
			return int(u), rune(c), 1
		}
		if c&0xF0 != 0xE0 {
			return int(u), -1, 0
		}
		// A run of three-byte forms, four bytes read at a time.
		for u+4 <= n {
			t := s[u : u+4]
			x := uint(t[0]) | uint(t[1])<<8 | uint(t[2])<<16 | uint(t[3])<<24
			if x&0xC0C0F0 != 0x8080E0 || low[x>>8&0x3F]&(1<<(x>>16&63)) != 0 {
				break
			}
			u += 3
		}
		if c = s[u]; c&0xF0 != 0xE0 {
			continue // the run ended
		}
		if u+2 >= n {
			return int(u), -1, 0
		}
		x := uint(s[u+1]) | uint(s[u+2])<<8 // the two bytes after the lead
		if x&0xC0C0 != 0x8080 {
			return int(u), -1, 0
		}
		if bits[(uint(c)<<6|x&0x3F)&(1<<10-1)]&(1<<(x>>8&63)) != 0 {
			return int(u), rune(c&0x0F)<<12 | rune(x&0x3F)<<6 | rune(x>>8&0x3F), 3
		}
		u += 3
	}
	return int(u), -1, 0
}
