package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestWordSet(t *testing.T) {
	w := newWordSet([]string{"编辑", "责任编辑", "来源", "𠀀字", "Share"})
	tests := []struct {
		s      string
		prefix string
		has    bool
	}{
		{"责任编辑：侯巍", "责任编辑", true},
		{"编辑：侯巍", "编辑", true},
		{"本文来源于网络", "", true},
		{"𠀀字在扩展区", "𠀀字", true},
		{"Share this", "Share", true},
		{"share this", "", false},
		{"没有任何词", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, _ := w.prefix(tt.s)
		if got != tt.prefix {
			t.Errorf("prefix(%q) = %q, want %q", tt.s, got, tt.prefix)
		}
		if has := w.contains(tt.s); has != tt.has {
			t.Errorf("contains(%q) = %v, want %v", tt.s, has, tt.has)
		}
	}
	if !newWordSet(chromeWords).coveredBut("分享到：微信 QQ空间 新浪微博", 0) {
		t.Errorf("a share bar is not covered by chrome words")
	}
	if newWordSet(chromeWords).coveredBut("分享到：这篇文章讲了很多事情", 1) {
		t.Errorf("a sentence after a share word is covered by chrome words")
	}
}

// TestWordSetManyFirstRunes: hundreds of first runes, whose ranks index
// the word lists past what a byte holds.
func TestWordSetManyFirstRunes(t *testing.T) {
	var words []string
	for r := rune(0x4e00); r < 0x4e00+400; r++ {
		words = append(words, fmt.Sprintf("%c词", r))
	}
	w := newWordSet(words)
	for _, word := range words {
		if got, ok := w.prefix(word + "尾"); !ok || got != word {
			t.Fatalf("prefix(%q) = %q, %v", word, got, ok)
		}
	}
}

// BenchmarkLineVocab scans the lines of the text pages of testdata/pages
// for the line vocabulary, and looks them up in a few word sets, as the
// classifiers and field readers do.
func BenchmarkLineVocab(b *testing.B) {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "pages", "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Skip("no text pages in testdata/pages")
	}
	var lines []string
	size := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		for _, bl := range textBlocks(string(data)) {
			lines = append(lines, bl.text)
			size += len(bl.text)
		}
	}
	b.Run("scan", func(b *testing.B) {
		b.SetBytes(int64(size))
		var m vocabMask
		for range b.N {
			for _, s := range lines {
				m |= lineVocab.scan(s)
			}
		}
	})
	b.Run("contains", func(b *testing.B) {
		b.SetBytes(int64(size))
		n := 0
		for range b.N {
			for _, s := range lines {
				if postFooterSet.contains(s) || sourceLabelCoreSet.contains(s) {
					n++
				}
			}
		}
	})
}
