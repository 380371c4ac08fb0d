package extract

import (
	"testing"
	"unicode"
)

func TestNormalizeSpace(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain text", "plain text"},
		{"  padded  ", "padded"},
		{"a\tb\r\nc", "a b c"},
		{"来源：\u00a0东北网\u3000\u3000作者：", "来源： 东北网 作者："},
		{"\u3000\u3000齐齐哈尔市建华区", "齐齐哈尔市建华区"},
		{"zero\u200bwidth\ufeff", "zerowidth"},
		{"soft\u00adhyphen", "softhyphen"},
		{"em\u2003space\u202fnarrow", "em space narrow"},
		{"中文没有空格", "中文没有空格"},
		{"中文 一个空格", "中文 一个空格"},
		{"double  space", "double space"},
	}
	for _, tt := range tests {
		if got := normalizeSpace(tt.in); got != tt.want {
			t.Errorf("normalizeSpace(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsSpaceRuneMatchesUnicode(t *testing.T) {
	// isSpaceRune spells out Unicode's White_Space property to avoid a
	// table look-up per character; it must agree with the table.
	for r := rune(0); r < 0x10000; r++ {
		if got, want := isSpaceRune(r), unicode.IsSpace(r); got != want {
			t.Errorf("isSpaceRune(%U) = %v, want %v", r, got, want)
		}
	}
	for r := rune(0x10000); r <= unicode.MaxRune; r += 0x100 {
		if got := isSpaceRune(r); got != unicode.IsSpace(r) {
			t.Errorf("isSpaceRune(%U) = %v", r, got)
		}
	}
}
