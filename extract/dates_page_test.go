package extract

import (
	"strings"
	"testing"
)

// datePara is a body paragraph long and dense enough to be taken as prose.
const datePara = "市农业农村局今天召开全市春耕生产工作会议，会议总结了去年全市农业生产情况，部署了今年春耕备耕各项工作。会议要求各地抓好种子、化肥、农药等农资供应，确保春耕生产顺利进行，为全年粮食丰收打下坚实基础。"

// dateBody is three paragraphs of datePara, as lines.
var dateBody = strings.Repeat(datePara+"\n", 3)

// enDateBody is three English body paragraphs, as HTML.
var enDateBody = strings.Repeat(`<p>The council voted on Tuesday evening to approve a network of protected cycle lanes across the city centre, after a consultation that drew more than four thousand responses from residents and businesses.</p>`, 3)

// enDatePage is an English page with the headline, the line under it, and
// enDateBody.
func enDatePage(head, lang, line string) string {
	return `<html lang="` + lang + `"><head>` + head + `</head><body><h1>Council approves the new cycle lanes</h1><p>` + line + `</p>` + enDateBody + `</body></html>`
}

// TestPageDate checks which of a page's dates Extract takes as the
// publication date, one family of pages per case.
func TestPageDate(t *testing.T) {
	tests := []struct {
		name string
		kind Kind
		page string
		want string
	}{
		{
			name: "the info line's own date before a neighbour's",
			kind: KindText,
			page: "网站首页\n博客信息\n建立于:2004年10月6日\n春耕生产工作会议召开\n张三 发表于 2005-9-15 11:46:00\n" + dateBody,
			want: "2005-09-15T11:46:00",
		},
		{
			name: "day first, as the page's other dates show",
			kind: KindText,
			page: "春耕生产工作会议召开\n发表时间： 06/02/2022 - 13:48\n" + dateBody + "往期回顾\n13/02/2022\n31/01/2022\n",
			want: "2022-02-06T13:48:00",
		},
		{
			name: "day first on a British page",
			kind: KindHTML,
			page: enDatePage("", "en-GB", "The Gazette 02/10/2020 Jane Roe"),
			want: "2020-10-02",
		},
		{
			name: "month first on an American page",
			kind: KindHTML,
			page: enDatePage("", "en-US", "The Gazette 02/10/2020 Jane Roe"),
			want: "2020-02-10",
		},
		{
			name: "day and month as the structured date names them",
			kind: KindHTML,
			page: `<html><head><meta property="article:published_time" content="2022-02-06T12:48:06+00:00"></head><body><h1>春耕生产工作会议召开</h1><p>发表时间： 06/02/2022 - 13:48</p><p>` +
				datePara + `</p><p>` + datePara + `</p></body></html>`,
			want: "2022-02-06T13:48:00",
		},
		{
			name: "today's date in the portal header is not the article's",
			kind: KindHTML,
			page: `<html><body><div class="top"><div>2024年05月28日</div><div>农历：甲辰年 四月 廿一</div><div><a href="/">设为首页</a></div></div>` +
				`<div class="nav">您在这里: <a href="/">首页</a> › <a href="/shi">诗</a> › 夜雨</div><div class="main"><h1>春耕生产工作会议召开</h1><p>` +
				datePara + `</p><p>` + datePara + `</p></div></body></html>`,
			want: "",
		},
		{
			name: "a forum's post line under the text",
			kind: KindText,
			page: "春耕生产工作会议召开\n[ 回复本贴 ] [ 关闭本窗口 ]\n" + dateBody + "本贴由张三于2005年8月12日16:12:21在〖农业论坛〗发表.\n郑重声明\n",
			want: "2005-08-12T16:12:21",
		},
		{
			name: "a date in the text is no post line",
			kind: KindText,
			page: "春耕生产工作会议召开\n[ 回复本贴 ] [ 关闭本窗口 ]\n" + dateBody + "会议于2005年8月12日在市政府召开，各区县农业部门负责人参加了会议，会议由副市长主持，并对下一步春耕工作作出部署。\n郑重声明\n",
			want: "",
		},
		{
			name: "an update date gives way to the earlier published time",
			kind: KindHTML,
			page: enDatePage(`<meta property="article:published_time" content="2017-12-15T08:50:02-05:00">`, "en", "By Jane Roe Updated Jul 24, 2018, 2:15pm EDT"),
			want: "2017-12-15T08:50:02-05:00",
		},
		{
			name: "an update date stands when nothing else dates the page",
			kind: KindText,
			page: "春耕生产工作会议召开\n更新时间：2019-03-06 10:00\n" + dateBody,
			want: "2019-03-06T10:00:00",
		},
		{
			name: "the time from the structured date that names the visible day",
			kind: KindHTML,
			page: `<html><head><meta property="article:published_time" content="2015-12-11T14:28:34Z">` +
				`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2015-10-15T02:19:15.607Z"}</script></head><body><h1>春耕生产工作会议召开</h1><p>2015年10月15日</p><p>` +
				datePara + `</p><p>` + datePara + `</p></body></html>`,
			want: "2015-10-15T02:19:15Z",
		},
		{
			name: "the info line is not looked for under the text",
			kind: KindText,
			page: "首页\n新闻动态\n首页>动态信息>政务动态\n春耕生产工作会议召开\n市政府门户网站 www.example.gov.cn\n2022-02-11 09:52\n打印本页\n" +
				dateBody + "预祝春耕生产圆满成功！\n来源：市农业日报 编辑：李明\n扫一扫在手机打开当前页\n",
			want: "2022-02-11T09:52:00",
		},
		{
			name: "the post's date, not a comment's",
			kind: KindText,
			page: "张三的博客\n导航\n首页\n联系\n存档\n2005年1月 (5)\n2004年12月 (1)\n春耕生产工作会议召开\n" + dateBody +
				"发表于 2004年12月27日 12:40 - (阅读:3727;评论:63)\n评论\n# re: 春耕生产工作会议召开 2004-12-27 12:46 李四\n" +
				"呵呵，又来了一位大哥啊～～～～～～～～\n# re: 春耕生产工作会议召开 2004-12-27 12:53 王五\n" + dateBody +
				"# re: 春耕生产工作会议召开 2004-12-27 12:55 赵六\n" + dateBody,
			want: "2004-12-27T12:40:00",
		},
		{
			name: "JSON-LD wrapped in CDATA",
			kind: KindHTML,
			page: `<html><head><script type="application/ld+json"><![CDATA[{"@type":"Article","headline":"春耕生产工作会议召开","datePublished":"2019-03-06T08:30:00+08:00"}]]></script></head>` +
				`<body><h1>春耕生产工作会议召开</h1><p>` + datePara + `</p><p>` + datePara + `</p></body></html>`,
			want: "2019-03-06T08:30:00+08:00",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			art, err := Extract([]byte(tt.page), Options{Kind: tt.kind, Now: testNow})
			if err != nil {
				t.Fatal(err)
			}
			if art.Date != tt.want {
				t.Errorf("date = %q, want %q", art.Date, tt.want)
			}
		})
	}
}

func TestUnwrapScriptText(t *testing.T) {
	for in, want := range map[string]string{
		`{"a":1}`:                          `{"a":1}`,
		"\n <![CDATA[\n {\"a\":1}\n ]]>\n": `{"a":1}`,
		"//<![CDATA[\n{\"a\":1}\n//]]>":    `{"a":1}`,
		"<!-- {\"a\":1} -->":               `{"a":1}`,
		"<!-->":                            "<!-->",
		"<![CDATA[]]>":                     "",
	} {
		if got := unwrapScriptText(in); got != want {
			t.Errorf("unwrapScriptText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLineDate(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		updated bool
	}{
		{"By Jane Roe Updated Jul 24, 2018, 2:15pm EDT", "2018-07-24T14:15:00-04:00", true},
		{"Published June 3, 2019 | Updated: June 5, 2019", "2019-06-03", false},
		{"Last updated on June 5, 2019 · Published June 3, 2019", "2019-06-03", false},
		{"发布时间：2019-03-06 更新时间：2019-03-07", "2019-03-06", false},
		{"更新时间：2019-03-07", "2019-03-07", true},
		{"2019-03-07 来源：新华网", "2019-03-07", false},
	}
	for _, tt := range tests {
		d, ok := lineDate(tt.in, testNow)
		if !ok || d.ISO(nil) != tt.want || d.updated != tt.updated {
			t.Errorf("lineDate(%q) = %q, updated %v, %v; want %q, updated %v", tt.in, d.ISO(nil), d.updated, ok, tt.want, tt.updated)
		}
	}
}
