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
	}
}
