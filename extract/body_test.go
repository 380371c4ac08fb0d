package extract

import (
	"slices"
	"testing"
)

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

// linesToBlocks classifies lines as a text dump's blocks and returns them
// with the index of every line, for the body-stage helpers.
func linesToBlocks(lines []string) ([]block, []int) {
	blocks := make([]block, len(lines))
	body := make([]int, len(lines))
	for i, l := range lines {
		blocks[i] = newBlock(l)
		blocks[i].role = classifyStats(l, blocks[i].stats, goldenNow)
		body[i] = i
	}
	return blocks, body
}

func TestIsCapsLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"REINDEER GAMES", true},
		{"'A NATIONAL TRAGEDY'", true},
		{"TERROR LEVEL 100", true},
		{"Reindeer Games", false},
		{"A", false},
		{"2024", false},
	}
	for _, tt := range tests {
		if got := isCapsLine(tt.line); got != tt.want {
			t.Errorf("isCapsLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestEndAtTeaserList(t *testing.T) {
	story := []string{
		"The river authority opened the new weir on Monday, ending two years of works that closed the towpath for most of that time.",
		"Anglers said the fish pass built into the weir should help salmon reach the upper river again, something they have asked for since the old weir was built.",
	}
	teaser := func(kicker, summary string) []string {
		return []string{kicker, "A headline about another story in town", "example.org Local", summary}
	}
	summary := "A summary of another story, one sentence long, telling readers what happened, where it happened and why they might want to click through to read it."
	tests := []struct {
		name  string
		lines []string
		want  int // lines kept
	}{
		{"kickers at a steady period", concat(story,
			teaser("FIRST KICKER", summary), teaser("SECOND KICKER", summary),
			teaser("THIRD KICKER", summary), teaser("FOURTH KICKER", summary)), 2},
		{"too few items", concat(story,
			teaser("FIRST KICKER", summary), teaser("SECOND KICKER", summary)), 10},
		// Capitalised subheads over one long section each, parted by rules:
		// no headline between them, so the story goes on.
		{"subheads and rules", concat(story,
			[]string{"WHO PAYS?", story[0] + " " + story[1], "___", "WHO GAINS?", story[1] + " " + story[0], "___",
				"WHAT NEXT?", story[0] + " " + story[1], "___", "WHEN?", story[1], "___"}), 14},
		// A table of short items under capitalised headings has no sentences.
		{"table of short items", concat(story,
			[]string{"EASY", "Writing a note", "Making a call", "FAIRLY HARD", "Giving a talk", "Leading a meeting",
				"HARD", "Writing a book", "Chairing a panel", "HARDEST", "Hosting a show", "Speaking live"}), 14},
		// A share bar repeated word for word under every item.
		{"repeated separator", concat(story, []string{"Copy link Print Download", summary, "Copy link Print Download", summary,
			"Copy link Print Download", summary, "Copy link Print Download"}), 2},
	}
	// The same cases in turn through one scratch, as pages share it.
	var scratch []int
	for _, tt := range tests {
		blocks, body := linesToBlocks(tt.lines)
		if got := endAtTeaserList(blocks, body, false); len(got) != tt.want {
			t.Errorf("%s: kept %d lines, want %d", tt.name, len(got), tt.want)
		}
		if got := endAtTeaserListIn(blocks, body, false, &scratch); len(got) != tt.want {
			t.Errorf("%s with a scratch: kept %d lines, want %d", tt.name, len(got), tt.want)
		}
		if slices.ContainsFunc(scratch, func(v int) bool { return v != 0 }) {
			t.Errorf("%s: scratch left as %v, want it cleared", tt.name, scratch)
		}
	}
}

func TestEndAtTeaserListHTML(t *testing.T) {
	story := "The museum reopened its east wing on Saturday after a year of repairs to the roof, and more than two thousand visitors came through the doors on the first day."
	film := "A woman relives the same rainy Tuesday until she learns to forgive her sister, in a small comedy that found its audience years after it opened."
	tests := []struct {
		name  string
		lines []string
		want  int
	}{
		// A show's name under every summary is a separator in HTML too.
		{"repeated separator", []string{story, story, "Morning Report", film, "Morning Report", film, "Morning Report", film}, 2},
		// Kickers and lone years are cells of a table or steps of a list:
		// only the word-for-word separator counts in HTML.
		{"capitalised kickers", concat([]string{story, story},
			[]string{"FIRST KICKER", "A first headline", "one.example News", film, "SECOND KICKER", "A second headline", "two.example Arts", film,
				"THIRD KICKER", "A third headline", "three.example Food", film, "FOURTH KICKER", "A fourth headline", "four.example Travel", film}), 18},
		{"years of a film list", []string{story, story, "Loop", "2006", film, "Again", "2006", film, "Twice", "2006", film, "Thrice", "2006", film}, 14},
	}
	for _, tt := range tests {
		blocks, body := linesToBlocks(tt.lines)
		if got := endAtTeaserList(blocks, body, true); len(got) != tt.want {
			t.Errorf("%s: kept %d blocks, want %d", tt.name, len(got), tt.want)
		}
	}
}

func TestPreferHeadedRun(t *testing.T) {
	lines := []string{
		"Storm closes coastal road for the second time this month",
		"By Ellen Marsh",
		"March 4, 2024",
		"The coast road between the two villages was closed again on Sunday after waves threw rocks and sand across it at high tide.",
		"Council crews cleared the road by the evening, but engineers warned that the sea wall under it needs repairs that cannot wait until summer.",
		"Residents of the smaller village said the closures cut them off from the school, the surgery and the only shop, and asked for a bus to run on the inland lane when the road is shut.",
		"© 2024 Coast Courier. All rights reserved.",
		"This website uses cookies to improve your experience while you navigate through the website, and some of them are stored in your browser because they are needed for the site to work.",
		"We also use third-party cookies that help us analyse and understand how you use this website; these cookies will be stored in your browser only with your consent, and you can opt out.",
		"Necessary cookies are absolutely essential for the website to function properly, and this category only includes cookies that ensure basic functions and security features of the website.",
	}
	blocks, _ := linesToBlocks(lines)
	got := preferHeadedRun(blocks, []int{7, 8, 9})
	if len(got) != 3 || got[0] != 3 {
		t.Errorf("cookie notice after the footer: got lines %v, want [3 4 5]", got)
	}
	// A densest run opened by the dated line stays as it is.
	if got := preferHeadedRun(blocks, []int{3, 4, 5}); len(got) != 3 || got[0] != 3 {
		t.Errorf("headed run: got lines %v, want [3 4 5]", got)
	}
}

func concat(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func TestAssembleDropsTrailingHeading(t *testing.T) {
	text := "The survey ran for three winters and covered every channel of the reef, line by line, at night."
	tests := []struct {
		name     string
		headings []int // heading level of each block; 0 for text
		want     int
	}{
		{"heading over nothing", []int{0, 2, 0, 2}, 3},
		{"heading over text", []int{0, 2, 0}, 3},
		{"a lone heading stays", []int{2}, 1},
	}
	for _, tt := range tests {
		blocks := make([]block, len(tt.headings))
		idx := make([]int, len(tt.headings))
		for i, h := range tt.headings {
			blocks[i] = newBlock(text)
			if h > 0 {
				blocks[i] = newBlock("See also")
			}
			blocks[i].heading = uint8(h)
			idx[i] = i
		}
		if got := assembleParagraphs(blocks, idx, ""); len(got) != tt.want {
			t.Errorf("%s: %d paragraphs, want %d", tt.name, len(got), tt.want)
		}
	}
}

func TestIsCreditLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Photograph: Lena Ortiz/Getty Images", true},
		{"Marta Silva | Bloomberg | Getty Images", true},
		{"The border crossing north of the city on a busy morning. (AP)", true},
		{"(Image: © Example Collaboration)", true},
		{"LOS ANGELES (AP) — The city council voted on Tuesday to expand the bus network.", false},
		{"Photographers gathered outside the court before dawn.", false},
		{"图片：新华社", false},
	}
	for _, tt := range tests {
		b := newBlock(tt.line)
		if got := isCreditLine(&b); got != tt.want {
			t.Errorf("isCreditLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestInfoAfterMenus(t *testing.T) {
	teaser := "Bridge Repairs Close Two Lanes Until SpringCrews will work overnight to replace the joints, and drivers should expect delays, the department said."
	story := "About three thousand homes were without running water on Monday after a main broke under the road near the old mill, officials said."
	menus := []string{"News", "Local", "Weather", "Sports", "Video", "More"}
	head := []string{"Water Main Break Leaves Homes Without Service", "March 4, 2024 at 6:15 am"}
	tests := []struct {
		name  string
		lines []string
		want  int
	}{
		{"menus and teasers above", concat(menus, []string{teaser, teaser}, menus, head, []string{story, story}), 15},
		// No menus above: the info line is inside the text.
		{"text above", concat([]string{story, story, story}, head, []string{story, story}), -1},
		// Menus under the info line as well: nothing tells text from page.
		{"menus below too", concat(menus, []string{teaser}, head, []string{story}, menus, []string{story}), -1},
	}
	for _, tt := range tests {
		blocks, _ := linesToBlocks(tt.lines)
		if got := infoAfterMenus(blocks, 0, len(blocks)); got != tt.want {
			t.Errorf("%s: info line %d, want %d", tt.name, got, tt.want)
		}
	}
}

func TestOrdinalPrefix(t *testing.T) {
	tests := []struct {
		line string
		n    int
		ok   bool
	}{
		{"1) A cassette player", 1, true},
		{"12. Roger and the wall", 12, true},
		{"2024. A year in review", 0, false},
		{"3)no space", 0, false},
		{"In 1999 there were", 0, false},
	}
	for _, tt := range tests {
		if n, ok := ordinalPrefix(tt.line); n != tt.n || ok != tt.ok {
			t.Errorf("ordinalPrefix(%q) = %d, %v; want %d, %v", tt.line, n, ok, tt.n, tt.ok)
		}
	}
}

func TestExtendNumberedList(t *testing.T) {
	intro := "Here are our picks for the season, with a link to each one of them below:"
	tests := []struct {
		name  string
		lines []string
		want  int
	}{
		{"list with links", []string{intro, "1) One", "link-a", "2) Two", "link-b", "3) Three", "link-c", "Tags"}, 7},
		{"too short", []string{intro, "1) One", "2) Two", "Tags"}, 1},
		{"not counting from one", []string{intro, "2) Two", "3) Three", "4) Four"}, 1},
	}
	for _, tt := range tests {
		blocks, _ := linesToBlocks(tt.lines)
		if got := extendNumberedList(blocks, []int{0}); len(got) != tt.want {
			t.Errorf("%s: %d lines, want %d", tt.name, len(got), tt.want)
		}
	}
}

func TestMidText(t *testing.T) {
	mention := "Use the shared assets (designs, copyrights and trademarks, tools and funds) only as members have agreed at a meeting;"
	next := "Publish the accounts every year and let any member inspect them."
	notice := "Copyright © 2024 Example Gazette. All rights reserved."
	tests := []struct {
		name  string
		lines []string
		html  bool
		want  bool
	}{
		{"mention between sentences", []string{mention, next}, true, true},
		{"mention at the end", []string{mention}, true, false},
		{"short notice", []string{notice, next}, true, false},
		{"text dump", []string{mention, next}, false, false},
	}
	for _, tt := range tests {
		blocks, idx := linesToBlocks(tt.lines)
		if tt.html {
			for i := range blocks {
				blocks[i].node = i
			}
		}
		if got := midText(blocks, idx, 0); got != tt.want {
			t.Errorf("%s: midText = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestIsCodeLine(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"import json", true},
		{"func main() {", true},
		{"}", true},
		{`http.HandleFunc("/healthz", health)`, true},
		{"x = compute(a, b);", true},
		{"然后在 main 函数里注册路由并启动服务：", false}, // Han
		{"Home About Contact", false},
		{"The report (published Monday) was clear.", false}, // one pair of brackets
	} {
		b := newBlock(tt.line)
		if got := isCodeLine(&b); got != tt.want {
			t.Errorf("isCodeLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestUnmarkListStamps(t *testing.T) {
	roles := func(lines ...string) []role {
		blocks := make([]block, len(lines))
		for i, l := range lines {
			blocks[i] = newBlock(l)
		}
		classifyAll(blocks, testNow)
		unmarkListStamps(blocks, nil)
		out := make([]role, len(blocks))
		for i := range blocks {
			out[i] = blocks[i].role
		}
		return out
	}
	// The article's own date under its headline stays an info line.
	got := roles("港口漁市恢復營業", "2021/07/22 08:15", "颱風離境後第二天，港口小鎮的漁市一早重新開門，攤商清理積水。")
	if got[1] != roleInfo {
		t.Errorf("a lone date under the headline: role %v, want info", got[1])
	}
	// Three headlines each with its date are a teaser list.
	got = roles("推薦閱讀",
		"山區部落完成自來水管線更新", "2021/07/19 09:40",
		"海邊國小舉辦淨灘活動", "2021/07/20 13:05",
		"老街商圈推出夜間市集", "2021/07/20 18:30")
	for _, i := range []int{2, 4, 6} {
		if got[i] != roleUnknown {
			t.Errorf("teaser stamp %d: role %v, want unknown", i, got[i])
		}
	}
	// Two are not enough to tell a list from a headline and a reply.
	got = roles("山區部落完成自來水管線更新", "2021/07/19 09:40", "海邊國小舉辦淨灘活動", "2021/07/20 13:05")
	if got[1] != roleInfo || got[3] != roleInfo {
		t.Errorf("two stamps: roles %v, want info", got)
	}
}

func TestGalleryCounter(t *testing.T) {
	tests := []struct {
		in   string
		k, n int
		ok   bool
	}{
		{"1/50 United goin down", 1, 50, true},
		{"12 / 50 Caption", 12, 50, true},
		{"7/12", 7, 12, true},
		{"Harbour at dusk 3/8", 3, 8, true},
		{"Harbour at dusk 3 / 8", 3, 8, true},
		{"3/5/2019 meeting", 0, 0, false}, // a date
		{"9/8 Caption", 0, 0, false},      // k above N
		{"1/2 cup of flour", 1, 2, true},  // read, but a lone one makes no run
		{"2024/06 report", 0, 0, false},
		{"Chapter 1/x", 0, 0, false},
	}
	for _, tt := range tests {
		k, n, ok := galleryCounter(tt.in)
		if ok != tt.ok || k != tt.k || n != tt.n {
			t.Errorf("galleryCounter(%q) = %d, %d, %v; want %d, %d, %v", tt.in, k, n, ok, tt.k, tt.n, tt.ok)
		}
	}
}

func TestDropGallery(t *testing.T) {
	para := "The council met on Tuesday evening and agreed, after a long and at times heated debate that ran past midnight, to keep the town library open on Sundays for at least another year."
	build := func(lines ...string) ([]block, []int) {
		blocks := make([]block, len(lines))
		idx := make([]int, len(lines))
		for i, l := range lines {
			blocks[i] = newBlock(l)
			idx[i] = i
		}
		return blocks, idx
	}
	// A slideshow between paragraphs goes, the last credit with it.
	blocks, idx := build(para, "1/4 One", "First caption, a sentence long.", "2/4 Two", "Second caption, a sentence long.",
		"Credit", "3/4 Three", "Third caption.", "4/4 Four", "Fourth caption.", "Credit", para)
	if got := dropGallery(blocks, idx); len(got) != 2 || got[0] != 0 || got[1] != 11 {
		t.Errorf("gallery between paragraphs: kept %v, want [0 11]", got)
	}
	// Counters that skip or restart are no gallery.
	blocks, idx = build(para, "1/4 One", "x", "3/4 Three", "x", "1/4 One", "x", "2/4 Two", "x")
	if got := dropGallery(blocks, idx); len(got) != len(idx) {
		t.Errorf("broken counters: kept %d of %d", len(got), len(idx))
	}
	// A page that is only a slideshow keeps its captions.
	blocks, idx = build("1/4 One", "First caption.", "2/4 Two", "Second caption.", "3/4 Three", "Third caption.", "4/4 Four", "Fourth caption.")
	if got := dropGallery(blocks, idx); len(got) != len(idx) {
		t.Errorf("slideshow page: kept %d of %d", len(got), len(idx))
	}
}
