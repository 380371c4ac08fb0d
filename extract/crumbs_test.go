package extract

import (
	"reflect"
	"strings"
	"testing"
)

// TestFindBreadcrumb runs findBreadcrumb over small text dumps whose
// headline is the line marked with a leading "#".
func TestFindBreadcrumb(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"labelled on one line", []string{"当前位置：首页 > 新闻 > 本地", "#市区新开三条公交线路"}, []string{"首页", "新闻", "本地"}},
		{"labelled trail wins over a bar menu from home", []string{"首页 | 新闻 | 汽车 | 房产 | 科技", "您的位置：首页 > 汽车频道 > 试驾评测", "#两款小型车同场对比试驾"}, []string{"首页", "汽车频道", "试驾评测"}},
		{"label line continued by > line", []string{"当前位置：\t首页", ">工作动态\t>通知公告", "#关于开展秋季安全检查的通知"}, []string{"首页", "工作动态", "通知公告"}},
		{"trail ending with > continued", []string{"首页 > 体育 >", "足球", "#联赛第十轮综述"}, []string{"首页", "体育", "足球"}},
		{"one item > a line", []string{"关于我们", "Home ›", "Software ›", "Utilities ›", "#How to stop an app from starting with the system"}, []string{"Home", "Software", "Utilities"}},
		{"date widget after trailing >", []string{"Home » Reviews »", "05 Oct", "#A long look at the new tablet"}, []string{"Home", "Reviews"}},
		{"headline ends the trail, long", []string{"首页 > 时政新闻 > 秋日游客挤爆千年古镇！景区紧急限流，管理方连夜回应", "#秋日游客挤爆千年古镇！景区紧急限流，管理方连夜回应"}, []string{"首页", "时政新闻"}},
		{"headline ends the trail, short", []string{"江南网 --> 财经频道 --> --> 学者解读消费数据", "#学者解读消费数据"}, []string{"江南网", "财经频道", "学者解读消费数据"}},
		{"slash-led trail above the headline", []string{"国际", "/ 栏目索引 / 外媒看点", "外媒看点", "#议会辩论补贴方案"}, []string{"栏目索引", "外媒看点"}},
		{"slash-led line far above is a menu", []string{"/ 新闻 / 体育", "a", "b", "c", "#议会辩论补贴方案"}, []string{}},
		{"one item a line up to home", []string{"娱乐", "首页", "新闻", "国际", "正文", "#外长会晤谈经贸合作"}, []string{"首页", "新闻", "国际", "正文"}},
		{"one item a line, no home: two nearest", []string{"体育", "晚报电子版", "晚报", "本地", "正文", "#社区食堂开到家门口"}, []string{"晚报", "本地", "正文"}},
		{"> 正文 alone is not a one-a-line trail", []string{"河北", "新场景", "> 正文", "#数字农机助力春耕"}, []string{}},
		{"正文 not right above the headline", []string{"首页", "新闻", "正文", "广告", "#社区食堂开到家门口"}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			title := ""
			for _, l := range tt.lines {
				if h, ok := strings.CutPrefix(l, "#"); ok {
					l, title = h, h
				}
				b.WriteString(l + "\n\n")
			}
			blocks := textBlocks(b.String())
			classifyAll(blocks, goldenNow)
			titleIdx := -1
			for i := range blocks {
				if blocks[i].text == title {
					titleIdx = i
				}
			}
			if titleIdx < 0 {
				t.Fatalf("headline %q not among the blocks", title)
			}
			if got := findBreadcrumb(blocks, title, titleIdx, nil, nil); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("findBreadcrumb = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestLastProse: the source scan starts from the last body line that reads
// as prose, not from link rows a body ran on into.
func TestLastProse(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  int
	}{
		{"prose to the end", []string{"第一段，说明情况。", "第二段，补充细节。"}, 1},
		{"link rows after the text", []string{"第一段，说明情况。", "来源：某某日报", "招商加盟热线", "外交部 国防部 教育部 科学技术部 工业和信息化部 民政部 司法部 财政部"}, 0},
		{"English prose", []string{"The council met on Monday, and agreed.", "Related stories"}, 0},
		{"no prose at all", []string{"招商加盟热线", "口碑加盟店"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := make([]block, len(tt.lines))
			idx := make([]int, len(tt.lines))
			for i, l := range tt.lines {
				blocks[i].text, idx[i] = l, i
			}
			if got := lastProse(blocks, idx); got != tt.want {
				t.Errorf("lastProse = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestIsActionLink(t *testing.T) {
	for item, want := range map[string]bool{
		"查看TA的文章": true,
		"更多":      true,
		"進入專題":    true,
		"首页":      false,
		"新闻中心":    false,
		"评论":      false, // an opinion channel can follow a home item
	} {
		if got := isActionLink(item); got != want {
			t.Errorf("isActionLink(%q) = %v, want %v", item, got, want)
		}
	}
}
