package extract

import (
	"strings"
	"testing"
)

// anyRuneSets are the sets metadata.go, classify.go and cleanAuthor pass to
// indexAnyRune and containsAnyRune.
var anyRuneSets = []string{"|｜", ">»›", crumbStrongSepChars, "，。", "。.", "/／", "（）()", "（）()【】[]", "（(", "）)", "(（", "“”《》", "(（[【"}

func FuzzIndexAnyRune(f *testing.F) {
	for _, s := range []string{"", "a|b", "中文｜标题", "（记者 张三）", "\xef\xbd", "\xef\xbd\x9c", "\xe4\xef\xbc\x88x", "a/b／c", "。.。", "abc\xff（", "口述:“老公”", "周思博（Joel Spolsky）", "我来说两句(0)", "《书名》\xe2\x80"} {
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

// FuzzContainsText holds indexText, which searches from a needle's second
// byte, to strings.Index, for any bytes (valid UTF-8 or not).
func FuzzContainsText(f *testing.F) {
	for _, c := range [][2]string{
		{"新闻标题在这里，re: 标题", "标题"}, {"标", "标题"}, {"", "é"}, {"xé", "é"},
		{"\xe5\x9b\xbd\xe4\x9b\xbd", "\xe6\x9b\xbd"}, {"ab", "b"}, {"\xc3\xa9\xa9", "\xa9\xa9"},
	} {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, s, substr string) {
		if got, want := indexText(s, substr), strings.Index(s, substr); got != want {
			t.Errorf("indexText(%q, %q) = %v, want %v", s, substr, got, want)
		}
	})
}

// FuzzSourceLabelCores checks the filter readFields puts before
// parseLabels: a line with a source label holds one of the cores.
func FuzzSourceLabelCores(f *testing.F) {
	f.Add("（本文来源：经济日报 作者：王五）")
	f.Add("信息來源: 中央社")
	f.Add("转载自 新华网")
	f.Add("据记者了解，出处不明。")
	f.Fuzz(func(t *testing.T, s string) {
		has := false
		for _, l := range parseLabels(s) {
			has = has || l.kind == labelSource
		}
		if has && !containsAny(s, sourceLabelCores) {
			t.Errorf("%q has a source label and no core word", s)
		}
	})
}

func TestPostedByVerbCores(t *testing.T) {
	for _, v := range postedByVerbs {
		if !containsAny(v, postedByVerbCores) {
			t.Errorf("verb %q holds no core", v)
		}
	}
}

func FuzzPostedBy(f *testing.F) {
	f.Add("ggjjzhzz 发表于 2005-9-15 11:46:00")
	f.Add("本贴由大卫于2005年8月12日16:12:21在〖某版〗发表")
	f.Add("由某某张贴 @ 2005-06-14 03:25:55")
	f.Fuzz(func(t *testing.T, s string) {
		if !isBylineLine(s, 80) {
			return
		}
		if got, want := postedBy(s), postedByDated(s); got != want {
			t.Errorf("postedBy(%q) = %q, want %q", s, got, want)
		}
	})
}

func FuzzPostedDate(f *testing.F) {
	f.Add("肖老师 于 2024-05-06 15:47:53 发布")
	f.Add("该公司于2019年成立")
	f.Add("於2005年8月12日發表")
	f.Fuzz(func(t *testing.T, s string) {
		d1, ok1 := postedDate(s, farFuture)
		d2, ok2 := postedDateFound(s, farFuture)
		if d1 != d2 || ok1 != ok2 {
			t.Errorf("postedDate(%q) = %v %v, want %v %v", s, d1, ok1, d2, ok2)
		}
	})
}
