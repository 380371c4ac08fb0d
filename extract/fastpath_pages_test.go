package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
