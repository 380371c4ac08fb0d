package extract

// The language stage: the language an Article reports for a page that
// does not state one, and the script guess the extraction rules ask for.

import (
	"bytes"
	"math/bits"
	"unicode/utf8"
)

// guessLang names the language of a page that does not say, as the
// extraction's rules need it: zh-Hant or zh-Hans for CJK text (by
// characters that differ between the Chinese scripts), en for Latin text,
// "" when unsure. articleLang refines it for the Article.
func guessLang(paras []string) string {
	return countScripts(paras).lang()
}

// scriptCounts are the characters of a page's first paragraphs (about
// scriptSampleRunes of them) that tell its language.
type scriptCounts struct {
	han    int // ideographs, kana and hangul (isHan)
	latin  int // ASCII letters
	trad   int // traditional less simplified marks (scriptMarks)
	kana   int // hiragana and katakana, counted in han too
	hangul int // hangul syllables, counted in han too
}

// lang is guessLang's decision.
func (c scriptCounts) lang() string {
	switch {
	case c.han > 0 && c.han*3 >= c.latin/4:
		if c.trad > 0 {
			return "zh-Hant"
		}
		return "zh-Hans"
	case c.latin > 0:
		return "en"
	}
	return ""
}

// countScripts counts the scripts of paras, whole paragraphs until
// scriptSampleRunes letters and ideographs are counted: a long article
// need not be read to the end.
func countScripts(paras []string) scriptCounts {
	// Plain variables, not the struct's fields, so that the loop keeps
	// them in registers.
	var han, latin, trad, kana, hangul int
	for _, p := range paras {
		if han+latin > scriptSampleRunes {
			break
		}
		// Bytes rather than runes: ASCII and the three-byte forms (all of
		// CJK) need no general decoder, and this reads every paragraph
		// of the page.
		for i := 0; i < len(p); {
			ch := p[i]
			if ch < utf8.RuneSelf {
				// English text is counted eight bytes at a time while
				// they are all ASCII: a byte's high bit answers for it, as
				// in alnumRunEnd, and the letters are counted in one go.
				const ones, highs = 0x0101010101010101, 0x8080808080808080
				for ; i+8 <= len(p); i += 8 {
					x := le64(p[i:])
					folded := x | 0x20*ones
					letters := (folded + (0x80-'a')*ones) &^ (folded + (0x80-'z'-1)*ones) & highs
					if beyond := x & highs; beyond != 0 {
						// The ASCII bytes before the first one beyond
						// it are taken too, so that the digits and spaces
						// in CJK text (2019年) are not read one by one. A
						// byte's sums carry only into the bytes after it,
						// so those before the first beyond ASCII are
						// counted right.
						first := bits.TrailingZeros64(beyond)
						latin += bits.OnesCount64(letters & (1<<first - 1))
						i += first / 8
						break
					}
					latin += bits.OnesCount64(letters)
				}
				for ; i < len(p) && p[i] < utf8.RuneSelf; i++ {
					if p[i]|0x20-'a' <= 'z'-'a' {
						latin++
					}
				}
				continue
			}
			if ch <= 0xDF {
				// Tested first, as two-byte letters and spaces (é,
				// NBSP) outnumber the three-byte runs' starts.
				if ch >= 0xC2 && i+1 < len(p) && p[i+1]&0xC0 == 0x80 {
					i += 2 // Latin-1 and the other two-byte forms: never Han
					continue
				}
			} else if ch&0xF0 == 0xE0 && i+3 < len(p) {
				if read, run := threeByteRun(p[i:]); read > 0 {
					i += read
					han += run.han
					trad += run.trad
					kana += run.kana
					hangul += run.hangul
					continue
				}
			}
			if ch&0xF0 == 0xE0 && i+2 < len(p) && p[i+1]&0xC0 == 0x80 && p[i+2]&0xC0 == 0x80 {
				// The paragraph's last character, which threeByteRun
				// leaves as it loads four bytes at a time.
				r := rune(p[i]&0x0F)<<12 | rune(p[i+1]&0x3F)<<6 | rune(p[i+2]&0x3F)
				i += 3
				if isHan(r) {
					han++
					switch {
					case r >= 0x3040 && r <= 0x30FF:
						kana++
					case r >= 0xAC00 && r <= 0xD7AF:
						hangul++
					}
					if m := scriptMarks[uint16(r)]; m&inBlock != 0 {
						trad += int(m) - int(blockBase)
					}
				}
				continue
			}
			r, size := utf8.DecodeRuneInString(p[i:])
			i += size
			if isHan(r) {
				han++ // the supplementary ideographs: no marks there
			}
		}
	}
	return scriptCounts{han: han, latin: latin, trad: trad, kana: kana, hangul: hangul}
}

// threeByteRun counts the three-byte forms (all of CJK and its
// punctuation) at the start of p while four bytes are left; read is how
// many bytes it took. Punctuation (，。“) stays in the run, so that a
// Chinese sentence is read in one. A function of its own, so that its
// loop keeps its variables in registers, which countScripts has too few
// of.
func threeByteRun(p string) (read int, c scriptCounts) {
	// marks adds the scriptMarks values of the block's characters on the
	// fast path; outside holds the rest, off it.
	marks := 0
	var outside outsideCounts
	t := p
	// Two characters to an eight-byte load, the shapes of both tested at
	// once, and one test for both in the block.
	for len(t) >= 8 {
		x := le64(t)
		if x&0xC0C0F0C0C0F0 != 0x8080E08080E0 {
			break
		}
		v1, v2 := scriptMarks[threeByteRune(uint32(x))], scriptMarks[threeByteRune(uint32(x>>24))]
		if v1&v2&inBlock != 0 {
			marks += int(v1) + int(v2)
		} else {
			outside.add(v1)
			outside.add(v2)
		}
		t = t[6:]
	}
	// The run's last character, or the one before a broken form.
	for ; len(t) >= 4; t = t[3:] {
		x := uint32(t[0]) | uint32(t[1])<<8 | uint32(t[2])<<16 | uint32(t[3])<<24
		if x&0xC0C0F0 != 0x8080E0 {
			break
		}
		outside.add(scriptMarks[threeByteRune(x)])
	}
	read = len(p) - len(t)
	// The block's characters are counted as the run's length less the
	// others, which saves an addition per character.
	k := &outside.kinds
	block := read/3 - (k[notHan] + k[hanOther] + k[hanKana] + k[hanHangul])
	return read, scriptCounts{
		han:    block + k[hanOther] + k[hanKana] + k[hanHangul],
		trad:   marks + outside.marks - int(blockBase)*block,
		kana:   k[hanKana],
		hangul: k[hanHangul],
	}
}

// outsideCounts are threeByteRun's counts off its fast path: the marks
// of the block's characters read one by one and the characters outside
// the block by their scriptMarks values.
type outsideCounts struct {
	marks int
	kinds [8]int
}

// add counts a character by its scriptMarks value.
func (o *outsideCounts) add(v uint8) {
	if v&inBlock != 0 {
		o.marks += int(v)
		return
	}
	o.kinds[v&7]++
}

// threeByteRune is the code point of the three-byte form in x's low three
// bytes (lead byte first), its shape already tested. One multiplication
// puts the lead's four bits (bits 0-3) at 28 while the last byte's six
// (16-21) stay, and the middle byte's six are shifted in between; the
// fourth byte is masked out and nothing overlaps, so there are no carries.
func threeByteRune(x uint32) uint32 {
	return ((x&0x3F000F)*(1<<28|1) + (x&0x3F00)<<14) >> 16
}

// articleLang is the language the Article reports for a page that does
// not say: guessLang's answer, with CJK text that mixes in kana taken for
// Japanese and text mostly in hangul for Korean, and Latin text told apart
// among the main European languages by its commonest short words
// (latinStopWords), English when none stands out.
func articleLang(paras []string) string {
	c := countScripts(paras)
	lang := c.lang()
	switch lang {
	case "zh-Hans", "zh-Hant":
		switch {
		case c.hangul*2 > c.han:
			return "ko"
		case c.kana*10 > c.han: // Japanese prose is a third or more kana
			return "ja"
		}
	case "en":
		return latinLang(paras)
	}
	return lang
}

// latinLang names the European language of Latin text by counting the
// words of latinStopWords in its first latinSampleBytes: the language with
// the most, if it has at least three, a quarter more than the next one's
// and minStopWordPercent of all words, else English.
func latinLang(paras []string) string {
	var counts [len(latinLangs)]int
	read, words := 0, 0
	for _, p := range paras {
		if read >= latinSampleBytes {
			break
		}
		read += len(p)
		for i := 0; i < len(p); {
			j, key := latinWord(p, i)
			// A word of an address ("amzn.to/x", "name@mail.de") is
			// not counted: a link is no sentence.
			inLink := i > 0 && isLinkGlue(p[i-1]) ||
				j < len(p) && (p[j] == '/' || p[j] == '@' || p[j] == '.' && j+1 < len(p) && p[j+1]|0x20 >= 'a' && p[j+1]|0x20 <= 'z')
			if j > i && !inLink {
				words++
				for set := latinStopWords.ofKey(key); set != 0; set &= set - 1 {
					counts[bits.TrailingZeros8(set)]++
				}
			}
			i = j + 1
		}
	}
	best := 0
	for l := range counts {
		if counts[l] > counts[best] {
			best = l
		}
	}
	second := 0
	for l := range counts {
		if l != best {
			second = max(second, counts[l])
		}
	}
	if counts[best] >= 3 && 4*counts[best] >= 5*second && counts[best]*100 >= minStopWordPercent*words {
		return latinLangs[best]
	}
	return "en"
}

// latinWord returns the end of the word at p[i:], a run of ASCII letters
// and bytes beyond ASCII (the accented letters), and for a word of up to
// eight bytes its stopWordKey, 0 for a longer one. Eight bytes are read at
// a time, as in countScripts, and the key comes from the same load.
func latinWord(p string, i int) (end int, key uint64) {
	if i+8 > len(p) {
		end = i
		for end < len(p) && (p[end]|0x20 >= 'a' && p[end]|0x20 <= 'z' || p[end] >= utf8.RuneSelf) {
			end++
		}
		key, _ = stopWordKey(p[i:end])
		return end, key
	}
	x := le64(p[i:])
	if stops := latinNonWordBytes(x); stops != 0 {
		n := bits.TrailingZeros64(stops) / 8
		return i + n, lowerASCIILetters(x) & (1<<(8*n) - 1)
	}
	end = i + 8
	for ; end+8 <= len(p); end += 8 {
		if stops := latinNonWordBytes(le64(p[end:])); stops != 0 {
			return end + bits.TrailingZeros64(stops)/8, 0
		}
	}
	for end < len(p) && (p[end]|0x20 >= 'a' && p[end]|0x20 <= 'z' || p[end] >= utf8.RuneSelf) {
		end++
	}
	if end == i+8 {
		return end, lowerASCIILetters(x)
	}
	return end, 0
}

// Eight-byte masks: a one in every byte, and every byte's high bit.
const bytesOnes, bytesHighs = 0x0101010101010101, 0x8080808080808080

// latinNonWordBytes has the high bit set in each byte of x that ends a
// word for latinWord: ASCII but not a letter. The letter tests run on the
// low seven bits, so that no byte's sum carries into the next.
func latinNonWordBytes(x uint64) uint64 {
	folded := x&^bytesHighs | 0x20*bytesOnes
	letters := (folded + (0x80-'a')*bytesOnes) &^ (folded + (0x80-'z'-1)*bytesOnes)
	return bytesHighs &^ (letters | x)
}

// lowerASCIILetters is x with its ASCII capitals lower-cased, as
// stopWordKey does; bytes beyond ASCII are left alone.
func lowerASCIILetters(x uint64) uint64 {
	low := x &^ bytesHighs
	capitals := (low + (0x80-'A')*bytesOnes) &^ (low + (0x80-'Z'-1)*bytesOnes) &^ x & bytesHighs
	return x | capitals>>2
}

// isLinkGlue reports the bytes that join a word to the address it is
// part of.
func isLinkGlue(c byte) bool {
	switch c {
	case '.', '/', '@', '_', '-', '=':
		return true
	}
	return false
}

// minStopWordPercent is the share of the words that must be the winning
// language's stop words: in running prose they are one word in six or
// more; in Latin filler text (lorem ipsum) "et" and "est" are far rarer.
const minStopWordPercent = 6

// scriptSampleRunes is how many letters and ideographs countScripts reads
// at the least before it stops at a paragraph's end. A few paragraphs
// hold a hundred or more of the characters that tell traditional from
// simplified Chinese, and kana or hangul in their thousands; reading
// 4,000 instead changed no result on the corpus (755 pages) and cost 2 %
// of a text dump's extraction.
const scriptSampleRunes = 1500

// latinSampleBytes is how much Latin text latinLang reads.
const latinSampleBytes = 600

// unifiedFirst and unifiedEnd bound the CJK Unified Ideographs block,
// where nearly all of a Chinese page's characters are and all of
// scriptMarks' marks.
const unifiedFirst, unifiedEnd = 0x4E00, 0xA000

// blockBase is added to the marks (+1, 0, -1) of the unified block's
// characters in scriptMarks, setting inBlock, a bit of its own, so that
// one test tells two characters in the block.
const blockBase, inBlock uint8 = 0x82, 0x80

// scriptMarks' values for the characters outside the unified block, the
// lowest bit for Han (isHan), the next ones for kana and hangul.
const (
	notHan    = 0
	hanOther  = 1 // the other ideographs (extension A, compatibility)
	hanKana   = 3
	hanHangul = 5
)

// scriptMarks gives every character of the basic plane (all that the
// three-byte forms encode) its share of the language guess: blockBase plus
// +1 for traditionalOnly, -1 for simplifiedOnly and 0 for the other
// characters of the unified block, the kinds above for the rest. So
// threeByteRun reads a character with one look-up by code point, without
// a subtraction or a bounds test, and two of the block's with one test.
// All the characters of both lists are in the block, and the kinds are
// isHan's (TestScriptMarks). Of its 64 KB, a Chinese page reads the
// block's 20 KB and a few lines of punctuation.
var scriptMarks = func() (m [1 << 16]uint8) {
	fill := func(first, last rune, v uint8) {
		copy(m[first:last+1], bytes.Repeat([]byte{v}, int(last-first+1)))
	}
	fill(unifiedFirst, unifiedEnd-1, blockBase)
	fill(0x3400, 0x4DBF, hanOther)
	fill(0xF900, 0xFAFF, hanOther)
	fill(0x3040, 0x30FF, hanKana)
	fill(0xAC00, 0xD7AF, hanHangul)
	for _, r := range simplifiedOnly {
		m[r] = blockBase - 1
	}
	for _, r := range traditionalOnly {
		m[r] = blockBase + 1
	}
	return m
}()

// stopWordTable maps words of up to eight bytes, each packed into a
// uint64 with its letters lower-cased, to sets of languages, in an
// open-addressed table: latinLang looks up every word of its sample, and
// a map keyed by string cost a fifth of reading an English page.
type stopWordTable struct {
	keys [stopWordSlots]uint64
	sets [stopWordSlots]uint8
}

// stopWordSlots is the table's size, a power of two several times the
// number of words, so that probes stay short.
const stopWordSlots = 1024

// stopWordKey packs w, lower-casing ASCII letters; ok is false for words
// longer than eight bytes, which are not in the table.
func stopWordKey(w string) (key uint64, ok bool) {
	if len(w) == 0 || len(w) > 8 {
		return 0, false
	}
	for i := len(w) - 1; i >= 0; i-- {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c |= 0x20
		}
		key = key<<8 | uint64(c)
	}
	return key, true
}

func stopWordSlot(key uint64) int { return int(key * 0x9E3779B97F4A7C15 >> (64 - 10)) }

// add puts w in the table with the languages of set, merged with any it
// has. Words are written in lower case.
func (t *stopWordTable) add(w string, set uint8) {
	key, ok := stopWordKey(w)
	if !ok {
		panic("stop word longer than eight bytes: " + w)
	}
	for i := stopWordSlot(key); ; i = (i + 1) % stopWordSlots {
		if t.keys[i] == 0 || t.keys[i] == key {
			t.keys[i] = key
			t.sets[i] |= set
			return
		}
	}
}

// of returns the languages of w, 0 for a word not in the table.
func (t *stopWordTable) of(w string) uint8 {
	key, ok := stopWordKey(w)
	if !ok {
		return 0
	}
	return t.ofKey(key)
}

// ofKey returns the languages of the word whose stopWordKey is key, 0
// for a word not in the table and for key 0 (no word).
func (t *stopWordTable) ofKey(key uint64) uint8 {
	if key == 0 {
		return 0
	}
	for i := stopWordSlot(key); t.keys[i] != 0; i = (i + 1) % stopWordSlots {
		if t.keys[i] == key {
			return t.sets[i]
		}
	}
	return 0
}
