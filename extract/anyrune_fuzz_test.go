package extract

import (
	"strings"
	"testing"
)

// anyRuneSets are the sets metadata.go passes to indexAnyRune and
// containsAnyRune.
var anyRuneSets = []string{"|｜", ">»›", "，。", "。.", "/／", "（）()", "（）()【】[]", "（(", "）)"}

func FuzzIndexAnyRune(f *testing.F) {
	for _, s := range []string{"", "a|b", "中文｜标题", "（记者 张三）", "\xef\xbd", "\xef\xbd\x9c", "\xe4\xef\xbc\x88x", "a/b／c", "。.。", "abc\xff（"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, set := range anyRuneSets {
			if got, want := indexAnyRune(s, set), strings.IndexAny(s, set); got != want {
				t.Errorf("indexAnyRune(%q, %q) = %d, want %d", s, set, got, want)
			}
			if got, want := containsAnyRune(s, set), strings.ContainsAny(s, set); got != want {
				t.Errorf("containsAnyRune(%q, %q) = %v, want %v", s, set, got, want)
			}
		}
	})
}
