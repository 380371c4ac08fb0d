package extract

import "testing"

func TestTrailingSignature(t *testing.T) {
	tests := []struct {
		p      string
		strict bool
		want   string
	}{
		{"港口集团也将加快推进二期码头建设。（记者 程立言）", false, "程立言"},
		{"实现轻松换新手机。(李明)", false, "李明"},
		{"警方将进一步釐清死因。（王大同／台中報導）", false, "王大同"},
		{"两人合作完成了这项研究。（张三 李四）", false, "张三 李四"},
		{"项目预计年底完工。（记者 程立言 通讯员 吴桐）", false, "程立言 吴桐"},
		// Notes, outlets and glosses are not signatures.
		{"全文到此结束。（完）", false, ""},
		{"下周继续刊登。（待续）", false, ""},
		{"消息发布后反响热烈。（新华社）", false, ""},
		{"他来自北新建材（集团）", false, ""},
		{"（记者 程立言）", false, ""}, // a whole line: bylineLineAuthor's
		// Away from the end of the body: only after a full stop, never a
		// name the paragraph is about, never a headline in a list.
		{"九大美女排行榜!(体育)", true, ""},
		{"网友提问：老师好，蓝焰控股成本十元，后市如何，谢谢。(蓝焰控股)", true, ""},
		{"省工业和信息化厅有关负责人表示，将持续优化政策环境，推动工业高质量发展。（记者 胡一鸣）", true, "胡一鸣"},
	}
	for _, tt := range tests {
		if got := trailingSignature(tt.p, tt.strict); got != tt.want {
			t.Errorf("trailingSignature(%q, %v) = %q, want %q", tt.p, tt.strict, got, tt.want)
		}
	}
}

func TestIsBareName(t *testing.T) {
	for v, want := range map[string]bool{
		"kingname": true, "周文彥": true, "放飞&心情": true,
		"超级感悟：": false, "成就一亿技术人!": false, "股市行情 总篇数919篇": false,
		"2019-03-18 23:59": false, "作": false,
	} {
		if got := isBareName(v); got != want {
			t.Errorf("isBareName(%q) = %v, want %v", v, got, want)
		}
	}
}

func TestJoinNames(t *testing.T) {
	for _, tt := range [][3]string{
		{"钟立文 韩小溪", "吕佳", "钟立文 韩小溪 吕佳"},
		{"钟立文", "钟立文 吕佳", "钟立文 吕佳"},
		{"", "吕佳", "吕佳"},
	} {
		if got := joinNames(tt[0], tt[1]); got != tt[2] {
			t.Errorf("joinNames(%q, %q) = %q, want %q", tt[0], tt[1], got, tt[2])
		}
	}
}

func TestPostedBy(t *testing.T) {
	for line, want := range map[string]string{
		"ggjjzhzz 发表于 2005-9-15 11:46:00":                     "ggjjzhzz",
		"码农小周 于 2024-05-06 15:47:53 发布":                       "码农小周",
		"本贴由大卫于2005年8月12日16:12:21在〖心灵体操〗发表.":                  "大卫",
		"最新推荐文章于 2024-05-07 22:12:13 发布":                      "", // a widget
		"该公司于2019年5月成立":                                       "", // no 发布/发表
		"记者于2023年5月1日发布":                                      "", // a role, not a name
		"发表于 2005-9-15 11:46:00":                              "",
		"由海风张贴 @ 2005-06-14 03:25:55 (370) 共 11 篇评论 发表评论 >>>": "海风",
		"由 山野 張貼於 2006-01-02 08:00":                           "山野",
		"張貼 @ 2006-01-02 08:00":                               "",
	} {
		if got := postedBy(line); got != want {
			t.Errorf("postedBy(%q) = %q, want %q", line, got, want)
		}
	}
}

func TestNameSlashOutlet(t *testing.T) {
	tests := []struct{ line, name, outlet string }{
		{"石磊/中国青年报", "石磊", "中国青年报"},
		{"李一 王二／北京晚报", "李一 王二", "北京晚报"},
		{"2019/09/24", "", ""},
		{"新华社/中国日报", "", ""},  // an outlet is not a name
		{"张三/摄影", "", ""},     // not an outlet
		{"首页/新闻/国内报", "", ""}, // a trail
	}
	for _, tt := range tests {
		if n, o := nameSlashOutlet(tt.line); n != tt.name || o != tt.outlet {
			t.Errorf("nameSlashOutlet(%q) = %q, %q, want %q, %q", tt.line, n, o, tt.name, tt.outlet)
		}
	}
}

func TestNameFromByline(t *testing.T) {
	for v, want := range map[string]string{
		"Dana Whitfield - Apr 16, 2015 8:02 pm UTC":                  "Dana Whitfield",
		"Omar Reyes • 8h":                                            "Omar Reyes",
		"Lena Marsh —":                                               "Lena Marsh",
		"Petr Novák před 2 hodinami":                                 "Petr Novák",
		"por Lucía Ortega":                                           "Lucía Ortega",
		"Paul Girard (avec Anne Roux)":                               "Paul Girard",
		"Last Updated: January 7, 2025":                              "",
		"1 mars 2019 à 15:20":                                        "",
		"the best stories of the week, sent every Friday to readers": "",
		"Toby Marsh Games Editor":                                    "Toby Marsh",
		"Hana Ito, Senior Political Correspondent":                   "Hana Ito",
		"Ray (R.K.) Dunmore":                                         "Ray Dunmore",
	} {
		if got := nameFromByline(v); got != want {
			t.Errorf("nameFromByline(%q) = %q, want %q", v, got, want)
		}
	}
}

func TestMetaSpaceSeparatedProperty(t *testing.T) {
	p, err := buildHTMLPage(`<html><head><meta property="dc:creator twitter:site_name" content="Renata Quill"><meta name="author" content="Site Team"></head><body><p>x</p></body></html>`)
	if err != nil {
		t.Fatal(err)
	}
	s := readStructured(p.root)
	if got := s.firstMeta(metaAuthorNames); got != "Renata Quill" {
		t.Errorf("author meta = %q, want the Dublin Core creator", got)
	}
}

func TestJSONLDInCDATA(t *testing.T) {
	p, err := buildHTMLPage(`<html><head><script type="application/ld+json">
	<![CDATA[
	{"@type":"Article","headline":"Harbor lanes","datePublished":"2024-03-14","author":{"@type":"Organization","name":"Contributors to the Example Wiki"}}
	]]>
	</script></head><body><p>x</p></body></html>`)
	if err != nil {
		t.Fatal(err)
	}
	s := readStructured(p.root)
	if len(s.ld.authors) != 1 || s.ld.authors[0] != "Contributors to the Example Wiki" || s.ld.published != "2024-03-14" {
		t.Errorf("JSON-LD in CDATA read as %+v", s.ld)
	}
	for in, want := range map[string]string{"<![CDATA[ {} ]]>": "{}", "<!-- {} -->": "{}", "{}": "{}"} {
		if got := unwrapScriptText(in); got != want {
			t.Errorf("unwrapScriptText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOutletAfterDateDashed(t *testing.T) {
	for line, want := range map[string]string{
		"2019年09月07日 04:04 北京日报":    "北京日报",
		"2003年11月12日16:36　金羊网—新快报":  "金羊网—新快报",
		"2023-05-01 10:00 光明网-光明日报": "光明网-光明日报",
		"2023-05-01 10:00 —":        "",
		"2023-05-01 10:00 今日头条—新闻":  "",
		"2023-05-01 10:00 阅读次数":     "",
	} {
		if got := outletAfterDate(line, goldenNow); got != want {
			t.Errorf("outletAfterDate(%q) = %q, want %q", line, got, want)
		}
	}
}

func TestNameUnderHeadline(t *testing.T) {
	for _, tt := range []struct {
		line, want string
	}{
		{"胡明远", "胡明远"},
		{"欧阳晓东", "欧阳晓东"},
		{"鍾守仁", "鍾守仁"},
		{"专题", ""},       // no surname
		{"搜索", ""},       // a widget word
		{"王", ""},        // a surname alone
		{"王小明说", "王小明说"}, // four characters pass: the caller asks only without an info line
		{"王小明等人编写", ""},  // too long for a name
		{"Wang Lei", ""}, // not Han
	} {
		blocks := []block{newBlock("一篇文章的标题在这里"), newBlock(tt.line), newBlock("正文的第一段，有标点，也有足够的长度。")}
		classifyAll(blocks, goldenNow)
		if got := nameUnderHeadline(blocks, 0); got != tt.want {
			t.Errorf("nameUnderHeadline(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestNameUnderInfo(t *testing.T) {
	for _, tt := range []struct {
		name  string
		lines []string // the lines under the info line
		want  int      // index among lines, or -1
	}{
		{"name right under", []string{"陳立揚", "正文的第一段，有标点，也有足够的长度。"}, 0},
		{"after the outlet's short name", []string{"北時", "陳立揚"}, 1},
		{"two characters: as often a tag", []string{"高清", "正文的第一段，有标点，也有足够的长度。"}, -1},
		{"no surname", []string{"专题报道"}, -1},
		{"prose first", []string{"记者今天在现场看到，", "陳立揚"}, -1},
		{"too far down", []string{"北時", "分享", "陳立揚"}, -1},
	} {
		blocks := []block{newBlock("一篇文章的标题在这里"), newBlock("2024-03-08 20:15")}
		for _, l := range tt.lines {
			blocks = append(blocks, newBlock(l))
		}
		classifyAll(blocks, goldenNow)
		want := -1
		if tt.want >= 0 {
			want = tt.want + 2
		}
		if got := nameUnderInfo(blocks, 1); got != want {
			t.Errorf("%s: nameUnderInfo = %d, want %d", tt.name, got, want)
		}
	}
}

func TestBylineNameEnds(t *testing.T) {
	for v, want := range map[string]string{
		"By Jane Roe":                                   "Jane Roe",
		"By Jane Roe, Staff Writer":                     "Jane Roe",
		"By Jane Roe and John Doe":                      "Jane Roe John Doe",
		"Written by Coastal Ledger on March 3, 2024":    "Coastal Ledger",
		"By Omar Reyes Senior Technology Reporter":      "Omar Reyes",
		"by Lena Marsh22 Dec 2016651":                   "",
		"By measuring the tide every hour, the team...": "",
	} {
		got, ok := bylineName(v)
		if !ok {
			got = ""
		}
		if got != want {
			t.Errorf("bylineName(%q) = %q, want %q", v, got, want)
		}
	}
}

func TestWithoutJobTitle(t *testing.T) {
	for v, want := range map[string]string{
		"Toby Marsh Games Editor":     "Toby Marsh",
		"Toby Marsh, Staff Writer":    "Toby Marsh",
		"Toby Marsh":                  "Toby Marsh",
		"Edith Editorson":             "Edith Editorson", // a role word inside a name is no role
		"Senior Editor":               "",                // nothing but a title
		"Mara Quint Chief Critic":     "Mara Quint",
		"Mara Quint, Contributor, AP": "Mara Quint",
	} {
		if got := withoutJobTitle(v); got != want {
			t.Errorf("withoutJobTitle(%q) = %q, want %q", v, got, want)
		}
	}
}

func TestMetaAuthorFallbacks(t *testing.T) {
	p, err := buildHTMLPage(`<html><head><meta property="og:article:author" content="Wire/The Courier"></head><body><p>x</p></body></html>`)
	if err != nil {
		t.Fatal(err)
	}
	s := readStructured(p.root)
	if got := westernAuthor(&s, ""); got != "Wire/The Courier" {
		t.Errorf("og:article:author read as %q", got)
	}
	p, err = buildHTMLPage(`<html><head><meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="3 minutes"><meta name="twitter:label2" content="Written by"><meta name="twitter:data2" content="Mara Quint"></head><body><p>x</p></body></html>`)
	if err != nil {
		t.Fatal(err)
	}
	s = readStructured(p.root)
	if got := westernAuthor(&s, ""); got != "Mara Quint" {
		t.Errorf("twitter Written by label read as %q", got)
	}
}

func TestOwnerlessPostFooter(t *testing.T) {
	for line, want := range map[string]bool{
		"发表于 2006年3月12日 21:15 - (阅读:856;评论:3)":   true,
		"發表於 2007年5月20日 22:08 - (閱讀:412;評論:2)":   true,
		"posted @ 2008-03-01 10:20 阅读(52) 评论(3)": true,
		"王小川 发表于 2006年3月12日 21:15 (阅读:856)":      false, // names the poster: postedBy's
		"发表于 2006年3月12日 21:15":                   false, // no counts: an info line
		"发表于《读书》杂志，阅读量很高":                        false, // no date
		"评论 (3) 发表于 2006年3月12日":                  false, // does not open with the verb
	} {
		if got := ownerlessPostFooter(line); got != want {
			t.Errorf("ownerlessPostFooter(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestBlogOwner(t *testing.T) {
	post := []string{
		"这是正文的第一段，有标点，也有足够的长度，讲一件具体的事情。",
		"这是正文的第二段，同样有标点，接着讲这件事后来怎么样了。",
	}
	for _, tt := range []struct {
		header, footer, want string
	}{
		{"王小川", "发表于 2006年3月12日 21:15 - (阅读:856;评论:3)", "王小川"},
		{"技术随想", "发表于 2006年3月12日 21:15 - (阅读:856;评论:3)", ""}, // a blog's title, not a name
		{"王小川", "2006年3月12日 21:15", ""},                      // no blog footer
	} {
		blocks := []block{newBlock(tt.header), newBlock("标题在这里")}
		for _, p := range post {
			blocks = append(blocks, newBlock(p))
		}
		blocks = append(blocks, newBlock(tt.footer))
		classifyAll(blocks, goldenNow)
		if got := blogOwner(blocks, []int{2, 3}, 1); got != tt.want {
			t.Errorf("blogOwner(header %q, footer %q) = %q, want %q", tt.header, tt.footer, got, tt.want)
		}
	}
}

func TestIsInfoLineMenuItem(t *testing.T) {
	for _, tt := range []struct {
		text   string
		linked bool
		want   bool
	}{
		{"记者沙龙", true, false},             // a board's name in a menu
		{"记者沙龙", false, true},             // the same words as plain text: a byline
		{"作者： 夜行&小猫", true, true},         // a linked byline keeps its separator
		{"来源：新华网 2024-05-06", true, true}, // a date: no menu item
	} {
		b := newBlock(tt.text)
		b.role = roleInfo
		if tt.linked {
			b.linkRunes = b.stats.runes
		}
		if got := isInfoLine(&b); got != tt.want {
			t.Errorf("isInfoLine(%q, linked %v) = %v, want %v", tt.text, tt.linked, got, tt.want)
		}
	}
}
