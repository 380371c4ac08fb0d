package extract

import (
	"reflect"
	"testing"
)

func TestTitleLabelValue(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"主题：【分享】入门微单一年使用心得", "【分享】入门微单一年使用心得", true},
		{"主題: 颱風過後的海邊小鎮", "颱風過後的海邊小鎮", true},
		{"帖子标题：周末骑行路线推荐", "周末骑行路线推荐", true},
		{"主题公园门票下月起调整", "", false}, // no separator: a headline starting with the word
		{"标题：", "", false},
	}
	for _, tt := range tests {
		got, ok := titleLabelValue(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("titleLabelValue(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestDateLineHead(t *testing.T) {
	tests := []struct{ in, want string }{
		{"周末去海边捡贝壳 (图) 2006-02-18 20:31:07", "周末去海边捡贝壳 (图)"},
		{"雨天读书的好时光 (2006-02-15 11:02)", "雨天读书的好时光"},
		{"2006-02-18 20:31:07", ""},              // no head
		{"新华网 2006-02-18 20:31", ""},             // an outlet
		{"海姑娘写于2005年6月12日", ""},                  // a byline
		{"发布时间：2006-02-18 20:31", ""},            // labelled
		{"Updated 5:00 PM ET March 3, 2021", ""}, // a dating line
		{"林某某 于 2024-05-06 15:47:53 发布", ""},     // text after the date
		{"TNW中文站2016年10月14日07:17", "TNW中文站"},     // shaped like a head: weighs less than a headline above
	}
	for _, tt := range tests {
		if got := dateLineHead(tt.in); got != tt.want {
			t.Errorf("dateLineHead(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTrimEmptySuffix(t *testing.T) {
	tests := []struct{ in, want string }{
		{"谁来为旧城改造“埋单”？- -", "谁来为旧城改造“埋单”？"},
		{"标题 | ", "标题"}, // an empty site slot after a bar
		{"评级下调至BBB-", "评级下调至BBB-"},
		{"标题--", "标题"},
	}
	for _, tt := range tests {
		if got := trimEmptySuffix(tt.in); got != tt.want {
			t.Errorf("trimEmptySuffix(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTitleParts(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"秋夜_原文、翻译及赏析_佚名诗词_古韵诗词网", []string{"秋夜", "原文、翻译及赏析", "佚名诗词", "古韵诗词网"}},
		{"青川新区 - 自由百科", []string{"青川新区", "自由百科"}},
		{"标题- -", []string{"标题"}},
		{"无分隔的标题", []string{"无分隔的标题"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := titleParts(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("titleParts(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestShownFirstPart(t *testing.T) {
	blocks := []block{newBlock("古韵诗词网"), newBlock("青川新区[编辑]")}
	blocks[1].heading = 1
	tests := []struct{ in, want string }{
		{"青川新区 - 自由百科", "青川新区"},
		{"古韵诗词网 - 首页", ""}, // shown, but not in an <h1>
		{"青川新区", ""},       // one part: nothing to choose
	}
	for _, tt := range tests {
		if got := shownFirstPart(blocks, tt.in); got != tt.want {
			t.Errorf("shownFirstPart(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTextTitleClasses(t *testing.T) {
	lines := func(ls ...string) []block {
		bs := make([]block, len(ls))
		for i, l := range ls {
			bs[i] = newBlock(l)
		}
		classifyAll(bs, goldenNow)
		return bs
	}
	long := "这是一段足够长的正文内容，用来代表文章的第一段文字，其中有逗号，也有句号，长度超过了二十五个字的门槛。"
	tests := []struct {
		name  string
		b     []block
		info  int
		start int
		want  string
	}{
		{"dash subtitle", lines("城乡融合发展迈出新步伐", "——写在大会召开之际", "2023-01-09 10:15", long), 2, 3, "城乡融合发展迈出新步伐——写在大会召开之际"},
		{"trail last item", lines("首页 › 诗 › 秋夜", "秋夜", "朝代：唐代", long, long), -1, 3, "秋夜"},
		{"date above headline", lines("日", "历", "2023年03月18日", "城区老旧小区加装电梯提速", long, long), 2, 3, "城区老旧小区加装电梯提速"},
	}
	for _, tt := range tests {
		if got, _ := textTitle(tt.b, tt.info, tt.start, nil); got != tt.want {
			t.Errorf("%s: textTitle = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestAllLightParts(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"China-Pub blog--湘江一叶", true},
		{"秋夜_古韵诗词网", false},         // the site part is heavy
		{"湘江一叶", false},             // one part
		{"重读《湘行散记》_湘江一叶_博客", false}, // a headline part
	}
	for _, tt := range tests {
		if got := allLightParts(tt.in); got != tt.want {
			t.Errorf("allLightParts(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
