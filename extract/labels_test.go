package extract

import "testing"

func TestParseLabels(t *testing.T) {
	type kv struct {
		kind  labelKind
		value string
	}
	tests := []struct {
		line string
		want []kv
	}{
		{"2012-06-02 08:30:02 來源:東北網  作者:", []kv{{labelSource, "東北網"}, {labelAuthor, ""}}},
		{"发布时间：2023-05-17 08:45 来源：人民网 作者：张三", []kv{{labelDate, ""}, {labelSource, "人民网"}, {labelAuthor, "张三"}}},
		{"责任编辑:侯巍", []kv{{labelEditor, "侯巍"}}},
		{"(责编：李四、王五)", []kv{{labelEditor, "李四、王五"}}},
		{"【责任编辑：王五_NB1234】", []kv{{labelEditor, "王五_NB1234"}}},
		{"来源：新华网 | 2023-01-02", []kv{{labelSource, "新华网"}}},
		{"信息来源：市政府办公室 浏览次数：1024", []kv{{labelSource, "市政府办公室"}, {labelOther, "1024"}}},
		{"文/李明", []kv{{labelAuthor, "李明"}}},
		{"本报记者 张三 李四", []kv{{labelAuthor, "张三 李四"}}},
		{"責任編輯：陳小明", []kv{{labelEditor, "陳小明"}}},
		{"編輯 林大同", []kv{{labelEditor, "林大同"}}},
		// The outlet's 记者 stays inside the value of the label before it.
		{"采写：南岭日报记者 许安然 温子涵", []kv{{labelAuthor, "南岭日报记者 许安然 温子涵"}}},
		{"本报实习生 吕佳", []kv{{labelAuthor, "吕佳"}}},
		{"转自《北江科技报》", []kv{{labelSource, "北江科技报"}}},
		{"这篇文章摘自《读者》杂志，讲的是一个关于成长的故事。", nil},
		// Prose that merely contains a label word is not a field.
		{"据记者了解，这个来源并不可靠。", nil},
		{"他说：来源是可靠的，我们已经核实，并将继续跟进此事的后续发展情况以及相关的细节。", nil},
		{"新文化运动", nil},
		{"出版時間：2024/03/05 10:20 譯者：林小明", []kv{{labelDate, ""}, {labelOther, "林小明"}}},
		{"原文作者：王大成 发文时间：2021-06-01", []kv{{labelAuthor, "王大成"}, {labelDate, ""}}},
		// European labels need their colon, and must start a word.
		{"14/03/2024 - Publicado por: Mariana Feltrin - Categoria: Meio Ambiente", []kv{{labelAuthor, "Mariana Feltrin"}, {labelOther, "Meio Ambiente"}}},
		{"Autor: Jonas Weber | Datum: 03.05.2021", []kv{{labelAuthor, "Jonas Weber"}, {labelDate, ""}}},
		{"Coautor: la ficha técnica", nil},
		{"Metadata: none", nil},
		{"Publicado por la editorial en mayo", nil},
		// A bracketed label word closing the line is a wiki's edit link
		// after a heading, not a field; with a value after it, it is one.
		{"历史沿革[编辑]", nil},
		{"歷史沿革[編輯]", nil},
		{"【责任编辑】王五", []kv{{labelEditor, "王五"}}},
	}
	for _, tt := range tests {
		got := parseLabels(tt.line)
		if len(got) != len(tt.want) {
			t.Errorf("parseLabels(%q) = %+v, want %+v", tt.line, got, tt.want)
			continue
		}
		for i, w := range tt.want {
			if got[i].kind != w.kind || got[i].value != w.value {
				t.Errorf("parseLabels(%q)[%d] = {%v %q}, want {%v %q}", tt.line, i, got[i].kind, got[i].value, w.kind, w.value)
			}
		}
	}
}

func TestCleanAuthor(t *testing.T) {
	tests := []struct{ in, want string }{
		{"张三", "张三"},
		{"本报记者 张三 李四", "张三 李四"},
		{"新华社记者张三、李四", "张三 李四"},
		{"記者 王小明／台北報導", "王小明"},
		{"潮声新闻记者 何沁", "何沁"},
		{"政能亮特约评论员 韩涵", "韩涵"},
		{"郭励弘 我来说两句(0)", "郭励弘"},
		{"张三  通讯员 李四", "张三 李四"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := cleanAuthor(tt.in); got != tt.want {
			t.Errorf("cleanAuthor(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestBylineName(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"By Jane Roe", "Jane Roe", true},
		{"By Jane Roe and John Doe", "Jane Roe John Doe", true},
		{"By Jane Roe | June 2, 2012", "Jane Roe", true},
		{"by the river we sat down and wept for a while", "", false},
		{"Byzantine art", "", false},
	}
	for _, tt := range tests {
		got, ok := bylineName(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("bylineName(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestCutValueBrackets(t *testing.T) {
	tests := []struct{ in, want string }{
		{"光明网-《光明日报》", "光明网-《光明日报》"},
		{"李四、王五)", "李四、王五"},
		{"新华网 | 2023-01-02", "新华网"},
		{"人民网（北京）", "人民网（北京）"},
		{"王五_NB1234】", "王五_NB1234"},
	}
	for _, tt := range tests {
		if got := cutValue(tt.in); got != tt.want {
			t.Errorf("cutValue(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestOutletAfterDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2019年09月07日 04:04 北京日报", "北京日报"},
		{"2022-02-13 09:57 光明网", "光明网"},
		{"2019年09月11日01:53 新浪科技 我有话说(1307人参与) 收藏本文", "新浪科技"},
		{"2019-09-11 10:00 阅读 1024", ""},
		{"2019-09-11 10:00 张三", ""},
		{"没有日期 北京日报", ""},
		{"NEWS.EXAMPLE.COM  2004年05月20日10:15\u3000 南岭网—南岭晨报", "南岭网—南岭晨报"},
		{"2004-05-20 10:15 東方網－東方日報", "東方網－東方日報"},
		{"2004-05-20 10:15 新浪财经-自媒体综合", ""},
		{"2004-05-20 10:15 南岭网—张三", ""},
	}
	for _, tt := range tests {
		if got := outletAfterDate(tt.in, goldenNow); got != tt.want {
			t.Errorf("outletAfterDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAppByline(t *testing.T) {
	for _, tt := range []struct {
		line, author string
		ok           bool
	}{
		{"原创 kingname 未闻Code 前天", "kingname", true},
		{"原创 林小北 南城读书会 3天前", "林小北", true},
		{"爱否科技 昨天", "", true},
		{"南城读书会 5小时前", "", true},
		{"原創 陳大文 港島閒話 昨天", "陳大文", true},
		{"今天", "", false},                // no account
		{"我们昨天去了公园，今天还想去。", "", false},   // a sentence
		{"首页 新闻 体育 娱乐 财经 今天", "", false}, // a menu
		{"南城读书会 上周", "", false},          // not a relative day we read
		{"南城读书会 天前", "", false},          // no number
	} {
		author, ok := appByline(tt.line)
		if author != tt.author || ok != tt.ok {
			t.Errorf("appByline(%q) = %q, %v; want %q, %v", tt.line, author, ok, tt.author, tt.ok)
		}
	}
}

func TestIsNonAuthor(t *testing.T) {
	tests := []struct {
		value string
		want  bool
	}{
		{"佚名", true},
		{"Anonymous", true},
		// Headings of widgets and lists, which bracketed look like a
		// signature, name nobody.
		{"関連記事", true},
		{"相关阅读", true},
		{"相關閱讀", true},
		{"网友评论", true},
		{"Related Stories", true},
		{"李建国", false},
		{"Jane Roe", false},
		// A name that merely holds a widget word is still a name.
		{"张相关", false},
	}
	for _, tt := range tests {
		if got := isNonAuthor(tt.value); got != tt.want {
			t.Errorf("isNonAuthor(%q) = %v, want %v", tt.value, got, tt.want)
		}
	}
}

func TestNameAfterJobTitle(t *testing.T) {
	for raw, want := range map[string]string{
		"某某研究院对外贸易研究所所长，“双循环”课题组组长、研究员钱立新）返回首页": "钱立新",
		"江南大学经济学院教授周海燕": "周海燕",
		"研究员":                 "",
		"王教授":                 "", // the title closes the value: no name after it
		"李明（北京大学教授）":          "",
		"研究所所长、研究员 the staff": "",
		"某中心主任、研究员欧阳晓东":       "欧阳晓东",
	} {
		if got := nameAfterJobTitle(raw); got != want {
			t.Errorf("nameAfterJobTitle(%q) = %q, want %q", raw, got, want)
		}
	}
	labels := parseLabels("（本文来源：东海商报 作者：研究所所长、研究员钱立新）")
	if len(labels) != 2 || labels[1].kind != labelAuthor || labels[1].value != "钱立新" {
		t.Errorf("repost note read as %+v", labels)
	}
}
