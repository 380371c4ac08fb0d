package extract

import (
	"math/bits"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// guessLangReference is guessLang decoding every rune and counting the
// marks of each script apart, for checking the byte-wise version.
func guessLangReference(paras []string) string {
	return scriptCountsReference(paras).lang()
}

// scriptCountsReference is countScripts decoding every rune, for checking
// the byte-wise counts (the eight-byte ASCII and three-byte CJK runs).
func scriptCountsReference(paras []string) scriptCounts {
	simp := map[rune]bool{}
	for _, r := range simplifiedOnly {
		simp[r] = true
	}
	trad := map[rune]bool{}
	for _, r := range traditionalOnly {
		trad[r] = true
	}
	var han, latin, nt, ns, kana, hangul int
	for _, p := range paras {
		if han+latin > scriptSampleRunes {
			break
		}
		for i := 0; i < len(p); {
			r, size := utf8.DecodeRuneInString(p[i:])
			if c := p[i]; c&0xF0 == 0xE0 && i+2 < len(p) && p[i+1]&0xC0 == 0x80 && p[i+2]&0xC0 == 0x80 {
				// Three bytes of the right shape count as their code
				// point even when utf8 would refuse them (a surrogate,
				// an overlong form): none of those is Han, and an
				// overlong ASCII letter is no letter either, as only
				// single bytes are counted as Latin.
				r, size = rune(c&0x0F)<<12|rune(p[i+1]&0x3F)<<6|rune(p[i+2]&0x3F), 3
			}
			i += size
			switch {
			case size == 1 && r < utf8.RuneSelf && (r|0x20 >= 'a' && r|0x20 <= 'z'):
				latin++
			case isHan(r):
				han++
				switch {
				case r >= 0x3040 && r <= 0x30FF:
					kana++
				case r >= 0xAC00 && r <= 0xD7AF:
					hangul++
				}
				if simp[r] {
					ns++
				}
				if trad[r] {
					nt++
				}
			}
		}
	}
	return scriptCounts{han: han, latin: latin, trad: nt - ns, kana: kana, hangul: hangul}
}

// latinLangReference is latinLang reading its words a byte at a time and
// looking them up by string, for checking the eight-byte word reads and
// the keys made from them.
func latinLangReference(paras []string) string {
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

// TestScriptMarks checks scriptMarks against the lists and isHan: the
// lists' characters in the unified block, and every other character of the
// basic plane of the kind countScripts gives it.
func TestScriptMarks(t *testing.T) {
	for _, r := range simplifiedOnly + traditionalOnly {
		if r < unifiedFirst || r >= unifiedEnd {
			t.Errorf("%q is outside the unified block", r)
		}
	}
	for r := range rune(1 << 16) {
		v, want := scriptMarks[r], uint8(notHan)
		switch {
		case r >= unifiedFirst && r < unifiedEnd:
			if v&inBlock == 0 || v < blockBase-1 || v > blockBase+1 {
				t.Errorf("scriptMarks[%U] = %#x, want a mark of the block", r, v)
			}
			continue
		case r >= 0x3040 && r <= 0x30FF:
			want = hanKana
		case r >= 0xAC00 && r <= 0xD7AF:
			want = hanHangul
		case isHan(r):
			want = hanOther
		}
		if v != want {
			t.Errorf("scriptMarks[%U] = %#x, want %#x", r, v, want)
		}
	}
}

func FuzzGuessLang(f *testing.F) {
	f.Add("这个国家的发展", "這個國家的發展", "Hello world")
	f.Add("résumé · 东西", "\xe4\xb8", "\xf0\xa0\x80\x80𠀀𪚥 한국어 カタカナ")
	f.Add(strings.Repeat("這", 3000), strings.Repeat("这", 1500)+"ab", "\xed\xa0\x80\xe0\x80\x80\xc0\x80")
	// Runs ending one, two and three bytes before the end, and an odd
	// and an even number of characters before ASCII.
	f.Add("这个国家x", "这个国x", "这个国家xy")
	f.Add("这个国家xyz", "这个国xyz", "这xyz")
	f.Add("，这个国家。", "。这、個，", "“這”")
	// Punctuation, kana, hangul, extension A and compatibility
	// ideographs next to the block's characters, in pairs either way.
	f.Add("国，国。国", "カ国国カ", "한国㐀国豈國")
	// Broken forms inside runs: a missing continuation byte, a lead
	// byte cut short, a four-byte lead, overlong and surrogate forms.
	f.Add("这个\xe4\xb8国家", "这个\xe4国家\xe4", "这\xf0\xa0\x80\x80个")
	f.Add("这\xe0\x80\x80个\xe0\x81\x81", "国\xed\xa0\x80国\xed\xbf\xbf国", "\xef\xbf\xbf国\xe4\xb8\x80\xe9\xbf\xbf")
	f.Add("这\xc0\x80个\x80\x80\x80国", "国\xe4\xb8\xc0国家", "国\xe4\x00\x80国")
	// ASCII before a byte beyond it at every place of an eight-byte
	// load, letters at its edges, and two-byte forms whole, cut short
	// and invalid (C0, C1) next to ASCII and CJK.
	f.Add("Zabcdefg这a", "AZaz@[`{\xc2\xa0ZZ这2019年x", "abcdefgé\xc3")
	f.Add("a\xc3b\xc1\x81cd\xc0\xafxyz", "Москва́ это город", "1234567\xdf")
	// Stop words of every length up to eight bytes and past it, in
	// capitals, with accents, at a paragraph's end and next to links.
	f.Add("Die Stadt teilte mit, dass die neue Brücke NICHT ÜBER eröffnet", "A prefeitura não há; SEGUNDO o secretário é", "le nouveau pont, de l'avance amzn.to/le x@de.la und")
	f.Add("Il comune ha detto lunedì che il nuovo ponte sarà aperto", "El ayuntamiento dijo el lunes que el nuevo puente", "abcdefgh abcdefghi ABCDEFGH\xc3 zzzzzzzzzzzzzzzzzzzz de")
	f.Add("The quick brown fox jumps over the lazy dog @[`{ 0123456789 ZZ", "abcdefgh这个ijklmnop", "ABCDEFGHIJKLMNOPQRSTUVWXYZ\x7f\x00abc")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		paras := []string{a, b, c}
		if got, want := countScripts(paras), scriptCountsReference(paras); got != want {
			t.Errorf("countScripts(%q) = %+v, want %+v", paras, got, want)
		}
		want := guessLangReference(paras)
		if got := guessLang(paras); got != want {
			t.Errorf("guessLang(%q) = %q, want %q", paras, got, want)
		}
		if got, want := latinLang(paras), latinLangReference(paras); got != want {
			t.Errorf("latinLang(%q) = %q, want %q", paras, got, want)
		}
		// articleLang refines guessLang within its script.
		got := articleLang(paras)
		ok := got == want
		switch want {
		case "zh-Hans", "zh-Hant":
			ok = ok || got == "ja" || got == "ko"
		case "en":
			ok = slices.Contains(latinLangs[:], got)
		}
		if !ok {
			t.Errorf("articleLang(%q) = %q, outside guessLang's %q", paras, got, want)
		}
	})
}

// TestGuessLangASCIIWords checks the eight-byte letter count on every
// ASCII byte at every place of a word, against a count of Han characters
// set so that the answer turns on the exact number of letters.
func TestGuessLangASCIIWords(t *testing.T) {
	for c := range 128 {
		for at := range 8 {
			b := []byte("--------" + "--------")
			b[at] = byte(c)
			b[at+8] = byte(c)
			p := string(b) + "-"
			for han := range 3 {
				paras := []string{p, strings.Repeat("这", han)}
				if got, want := guessLang(paras), guessLangReference(paras); got != want {
					t.Fatalf("guessLang(%q) = %q, want %q", paras, got, want)
				}
			}
		}
	}
}
