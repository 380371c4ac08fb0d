package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// pageLines returns every line of the text pages of testdata/pages, as
// textBlocks cuts them, and the raw lines too (unfolded spaces, CRs).
func pageLines(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "pages", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no text pages in testdata/pages: %v", err)
	}
	var lines []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := strings.ToValidUTF8(string(data), "\ufffd")
		for _, b := range textBlocks(text) {
			lines = append(lines, b.text)
		}
		lines = append(lines, strings.Split(text, "\n")...)
	}
	return lines
}

// TestFastPathsOnPages holds the fast paths to their general forms on every
// line of the test pages.
func TestFastPathsOnPages(t *testing.T) {
	for _, s := range pageLines(t) {
		d, start, end, ok := FindDate(s, testNow)
		if rd, rs, re, rok := findDateReference(s, testNow); rd != d || rs != start || re != end || rok != ok {
			t.Errorf("%q: FindDate = %+v [%d,%d) %v, reference %+v [%d,%d) %v", s, d, start, end, ok, rd, rs, re, rok)
		}
		if got, want := lineVocab.scan(s), referenceVocab(s); got != want {
			t.Errorf("lineVocab.scan(%q) = %b, want %b", s, got, want)
		}
		if got, want := normalizeSpace(s), normalizeSpaceReference(s); got != want {
			t.Errorf("normalizeSpace(%q) = %q, want %q", s, got, want)
		}
		checkWordSets(t, s)
	}
}

// TestScanInvalidUTF8 holds lineVocab.scan to the reference on page lines
// with stray bytes put in: scan steps over bytes without validating runes.
func TestScanInvalidUTF8(t *testing.T) {
	strays := []string{"\xe5", "\x80", "\xe5\x80", "\xf0\x9f", "\xc2"}
	for n, s := range pageLines(t) {
		if len(s) > 200 {
			continue
		}
		for k, at := 0, n%5; at <= len(s); k, at = k+1, at+5 {
			bad := s[:at] + strays[k%len(strays)] + s[at:]
			if got, want := lineVocab.scan(bad), referenceVocab(bad); got != want {
				t.Fatalf("lineVocab.scan(%q) = %b, want %b", bad, got, want)
			}
			if got, want := normalizeSpace(bad), normalizeSpaceReference(bad); got != want {
				t.Fatalf("normalizeSpace(%q) = %q, want %q", bad, got, want)
			}
			checkWordSets(t, bad)
		}
	}
}

// normalizeSpaceReference is normalizeSpace rune by rune, as it was first
// written; the tests hold the fast form to it.
func normalizeSpaceReference(s string) string {
	if !needsSpaceFix(s) {
		return s
	}
	var b strings.Builder
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

// containsReference is wordSet.contains rune by rune, without nextStart.
func containsReference(w *wordSet, s string) bool {
	for i, r := range s {
		if _, ok := w.at(s, i, r); ok {
			return true
		}
	}
	return false
}

// parseLabelsReference is parseLabels looking label words up at every
// rune, as it did before nextStart.
func parseLabelsReference(line string) []labelValue {
	type hit struct {
		entry          labelEntry
		start, valueAt int
	}
	var hits []hit
	for i := 0; i < len(line); {
		r, size := decodeAt(line, i)
		if word, ok := labelWords.at(line, i, r); ok {
			e := labelEntry{word, labelKinds[word]}
			if sep, ok := labelSeparator(line, i, i+len(word), e); ok {
				if k := len(hits) - 1; k >= 0 && e.kind == labelAuthor && hits[k].entry.kind == labelAuthor && gluedToHan(line, i) {
					i += len(word)
					continue
				}
				hits = append(hits, hit{e, i, sep})
				i = sep
				continue
			}
		}
		i += size
	}
	out := make([]labelValue, 0, len(hits))
	for k, h := range hits {
		end := len(line)
		if k+1 < len(hits) {
			end = hits[k+1].start
		}
		v := cutValue(line[h.valueAt:end])
		if h.entry.kind == labelAuthor && (v == "" || containsAny(v, zhJobTitles)) {
			if name := nameAfterJobTitle(line[h.valueAt:end]); name != "" {
				v = name
			}
		}
		out = append(out, labelValue{kind: h.entry.kind, label: h.entry.word, value: v, start: h.start})
	}
	return out
}

// checkWordSets holds the word-set fast paths to their references on s,
// and the references to strings.Contains and strings.HasPrefix over the
// word lists.
func checkWordSets(t *testing.T, s string) {
	t.Helper()
	for _, ws := range []*wordSet{chromeSet, footerSet, statementSet, photoCreditSet, labelWords, surnameSet, postFooterSet} {
		if got, want := ws.contains(s), containsReference(ws, s); got != want {
			t.Fatalf("contains(%q) = %v, want %v", s, got, want)
		}
	}
	if got, want := lineVocab.scan(s), naiveVocab(s); got != want {
		t.Fatalf("lineVocab.scan(%q) = %b, want %b (strings.Contains)", s, got, want)
	}
	for _, set := range []struct {
		ws    *wordSet
		words []string
	}{
		{chromeSet, chromeWords}, {footerSet, footerMarkers}, {photoCreditSet, photoCreditMarkers},
		{labelWords, labelWordList()}, {surnameSet, commonSurnames}, {postFooterSet, postFooterWords},
	} {
		if got, want := set.ws.contains(s), containsAny(s, set.words); got != want {
			t.Fatalf("contains(%q) = %v, want %v (strings.Contains)", s, got, want)
		}
		for i, r := range s {
			want := ""
			for _, w := range set.words {
				if strings.HasPrefix(s[i:], w) && len(w) > len(want) {
					want = w
				}
			}
			if got, ok := set.ws.at(s, i, r); got != want || ok != (want != "") {
				t.Fatalf("at(%q, %d) = %q, %v; want the longest word there, %q", s, i, got, ok, want)
			}
		}
	}
	if got, want := hasProsePunct(s), strings.ContainsFunc(s, func(r rune) bool {
		return r == '，' || r == '。' || r == '；' || r == '！' || r == '？'
	}); got != want {
		t.Fatalf("hasProsePunct(%q) = %v, want %v", s, got, want)
	}
	if got, want := parseLabels(s), parseLabelsReference(s); !slices.Equal(got, want) {
		t.Fatalf("parseLabels(%q) = %+v, want %+v", s, got, want)
	}
}

// TestHomeWordFirsts holds isHomeWord's first-rune filter to EqualFold:
// every rune a home word's first rune folds to is in the BMP and in the
// filter, and words from the pages and case variants agree with the loop.
func TestHomeWordFirsts(t *testing.T) {
	for _, h := range breadcrumbHomes {
		r, _ := utf8.DecodeRuneInString(h)
		for f := unicode.SimpleFold(r); ; f = unicode.SimpleFold(f) {
			if f >= 1<<16 || !hasBit(&homeWordFirsts, f) {
				t.Fatalf("%q: fold %U of its first rune is not in homeWordFirsts", h, f)
			}
			if f == r {
				break
			}
		}
	}
	words := []string{"", "home", "HOME", "\u212Aome", "ſtart", "START", "首页", "首頁x", "\xff"}
	for _, s := range pageLines(t) {
		words = append(words, strings.Fields(s)...)
	}
	for _, w := range words {
		want := false
		for _, h := range breadcrumbHomes {
			want = want || strings.EqualFold(w, h)
		}
		if got := isHomeWord(w); got != want {
			t.Errorf("isHomeWord(%q) = %v, want %v", w, got, want)
		}
	}
}
