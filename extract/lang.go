package extract

// The language stage: the language an Article reports for a page that
// does not state one, and the script guess the extraction rules ask for.

import (
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

// scriptCounts are the characters of a page's first few thousand that
// tell its language.
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

// countScripts counts the scripts of paras, a few thousand characters of
// them: a long article need not be read to the end.
func countScripts(paras []string) scriptCounts {
	// Plain variables, not the struct's fields, so that the loop keeps
	// them in registers.
	var han, latin, trad, kana, hangul int
	for _, p := range paras {
		if han+latin > 4000 {
			break
		}
		for len(p) > 0 {
			// Bytes rather than runes: ASCII and the three-byte forms
			// (all of CJK) need no general decoder, and this reads every
			// paragraph of the page.
			ch := p[0]
			if ch < utf8.RuneSelf {
				if ch|0x20 >= 'a' && ch|0x20 <= 'z' {
					latin++
				}
				p = p[1:]
				continue
			}
			if len(p) >= 3 && ch&0xF0 == 0xE0 && p[1]&0xC0 == 0x80 && p[2]&0xC0 == 0x80 {
				r := rune(ch&0x0F)<<12 | rune(p[1]&0x3F)<<6 | rune(p[2]&0x3F)
				p = p[3:]
				if k := uint32(r - scriptMarksFirst); k < uint32(len(scriptMarks)) {
					// The CJK block, where nearly all of a page's
					// characters are, and the only one with marks.
					han++
					trad += int(scriptMarks[k])
				} else if isHan(r) {
					han++
					switch {
					case r >= 0x3040 && r <= 0x30FF:
						kana++
					case r >= 0xAC00 && r <= 0xD7AF:
						hangul++
					}
				}
				continue
			}
			if len(p) >= 2 && ch >= 0xC2 && ch <= 0xDF && p[1]&0xC0 == 0x80 {
				p = p[2:] // Latin-1 and the other two-byte forms: never Han
				continue
			}
			r, size := utf8.DecodeRuneInString(p)
			p = p[size:]
			if isHan(r) {
				han++ // the supplementary ideographs: no marks there
			}
		}
	}
	return scriptCounts{han: han, latin: latin, trad: trad, kana: kana, hangul: hangul}
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
			// A word is a run of ASCII letters and bytes beyond ASCII
			// (the accented letters); only short ones are looked up.
			j := i
			for j < len(p) && (p[j]|0x20 >= 'a' && p[j]|0x20 <= 'z' || p[j] >= utf8.RuneSelf) {
				j++
			}
			// A word of an address ("amzn.to/x", "name@mail.de") is
			// not counted: a link is no sentence.
			inLink := i > 0 && isLinkGlue(p[i-1]) ||
				j < len(p) && (p[j] == '/' || p[j] == '@' || p[j] == '.' && j+1 < len(p) && p[j+1]|0x20 >= 'a' && p[j+1]|0x20 <= 'z')
			if j > i && !inLink {
				words++
				for set := latinStopWords.of(p[i:j]); set != 0; set &= set - 1 {
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

// latinSampleBytes is how much Latin text latinLang reads.
const latinSampleBytes = 600

// scriptMarksFirst is the first character of the CJK Unified Ideographs
// block, which scriptMarks covers.
const scriptMarksFirst = 0x4E00

// scriptMarks gives the characters of the CJK block from scriptMarksFirst
// on +1 for traditionalOnly, -1 for simplifiedOnly and 0 for the others, so
// that guessLang adds one number per character; all the characters of both
// lists are in that block (TestScriptMarksCoverLists).
var scriptMarks = func() *[0xA000 - scriptMarksFirst]int8 {
	var m [0xA000 - scriptMarksFirst]int8
	for _, r := range simplifiedOnly {
		m[r-scriptMarksFirst] = -1
	}
	for _, r := range traditionalOnly {
		m[r-scriptMarksFirst] = 1
	}
	return &m
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
	for i := stopWordSlot(key); t.keys[i] != 0; i = (i + 1) % stopWordSlots {
		if t.keys[i] == key {
			return t.sets[i]
		}
	}
	return 0
}
