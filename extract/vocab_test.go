package extract

import (
	"fmt"
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
	if left, found := newWordSet(chromeWords).uncoveredLetters("分享到：微信 QQ空间 新浪微博"); !found || left != 0 {
		t.Errorf("uncoveredLetters of a share bar = %d, %v; want 0, true", left, found)
	}
}

// TestWordSetManyFirstRunes: past 255 distinct first runes the index array
// is full and the map must serve the rest.
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
