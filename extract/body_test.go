package extract

import "testing"

func TestIsNameList(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"外交部 国防部 国家发展和改革委员会 教育部 科学技术部 工业和信息化部", true},
		{"北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江", true},
		{"东城区 西城区 北岭县 南河县 青山区", true},
		// Prose, even with spaces in it, is not a list.
		{"记者从市财政局获悉， 为推动一季度经济平稳开局， 市财政局日前出台措施。", false},
		// Too few items, or items too long to be names.
		{"北京 天津 河北 山西", false},
		{"北岭市人民政府办公室主办的政务服务网站首页 政务公开 政务服务 互动交流 走进北岭", false},
		// Latin words are not counted as a Chinese list.
		{"Home News Sport Business Culture Travel Weather", false},
	}
	for _, tt := range tests {
		b := newBlock(tt.line)
		if got := isNameList(&b); got != tt.want {
			t.Errorf("isNameList(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestEndAtRepeatedPostFooter(t *testing.T) {
	lines := []string{
		"春天的第一锅汤",
		"清明前后，江南的春笋最嫩，傍晚路过菜场看见刚运来的毛笋，忍不住挑了三支回家炖汤。",
		"汤色发白以后，整个屋子都是香味，一个晚上就这样过去了。",
		"由小林张贴 @ 2008-04-02 21:10:05 (215) 共 3 篇评论 发表评论 >>>",
		"周末做了一次葱油饼 2008-03-29 16:42:31",
		"面要用温水和，揉到表面光滑，醒二十分钟再擀开。",
		"由小林张贴 @ 2008-03-29 16:42:31 (340) 共 5 篇评论 发表评论 >>>",
	}
	blocks := make([]block, len(lines))
	body := make([]int, len(lines))
	for i, l := range lines {
		blocks[i] = newBlock(l)
		body[i] = i
	}
	if got := endAtRepeatedPostFooter(blocks, body); len(got) != 3 {
		t.Errorf("two post footers: body of %d lines, want the 3 before the first footer", len(got))
	}
	// One footer is the article's own: nothing is cut.
	if got := endAtRepeatedPostFooter(blocks[:5], body[:5]); len(got) != 5 {
		t.Errorf("one post footer: body of %d lines, want all 5", len(got))
	}
	// A footer with no date is not a post's footer.
	for _, l := range []string{"发表评论 >>>", "共 3 篇评论"} {
		if b := newBlock(l); isPostFooter(&b) {
			t.Errorf("isPostFooter(%q) = true, want false", l)
		}
	}
}

func TestWithoutEditLink(t *testing.T) {
	tests := []struct{ in, want string }{
		{"历史沿革[编辑]", "历史沿革"},
		{"地理 [編輯]", "地理"},
		{"History[edit]", "History"},
		{"[编辑]", "[编辑]"},
		{"他在文中写道：这是原文[编辑]", "他在文中写道：这是原文[编辑]"},
		{"正文引用了一条注释[1]", "正文引用了一条注释[1]"},
	}
	for _, tt := range tests {
		if got := withoutEditLink(tt.in); got != tt.want {
			t.Errorf("withoutEditLink(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
