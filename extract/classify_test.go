package extract

import (
	"reflect"
	"testing"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		text string
		want role
	}{
		{"您當前的位置 : 東北網 > 東北網黑龍江 > 黑龍江綜合", roleBreadcrumb},
		{"您的位置：主页>艺术教育>院校招生资讯", roleBreadcrumb},
		{"首页 > 新闻 > 国内 > 正文", roleBreadcrumb},
		{"搜 索", roleChrome},
		{"微博", roleChrome},
		{"Qzone", roleChrome},
		{"分享到：微信 QQ空间 新浪微博", roleChrome},
		{"【字号 大 中 小】【打印】【关闭】", roleChrome},
		{"關注東北網", roleChrome},
		{"上一页 下一页", roleChrome},
		{"[ 回覆本貼 ] [ 跟從標題 ] [ 關閉本窗口 ] [ 刷新 ]", roleChrome},
		{"页面功能 【我来说两句】【我要“揪”错】【推荐】【字体：大 中 小】【打印】 【关闭】", roleChrome},
		{"Share", roleChrome},
		{"相關新聞", roleRelated},
		{"相关阅读：", roleRelated},
		{"Related articles", roleRelated},
		{"責任編輯:侯巍", roleEditor},
		{"(责编：李四、王五)", roleEditor},
		{"2012-06-02 08:30:02 來源:東北網  作者:", roleInfo},
		{"发布时间：2023-05-17 08:45", roleInfo},
		{"2023-05-17 08:45", roleInfo},
		{"Copyright © 2003-2024 东北网 All rights reserved", roleFooter},
		{"京ICP备12345678号", roleFooter},
		{"特别声明：本文为转载，版权归原作者所有。", roleFooter},
		{"© Jane Roe Volunteers unload supplies at the shelter on Tuesday, Nov. 5, 2019.", roleChrome},
		{"(Image: © TNG Collaboration)", roleChrome},
		{"Former Gov. Deval Patrick, left, speaks with supporters on Saturday. (AP Photo/Jane Roe)", roleChrome},
		{"The plan (which the council approved) takes effect in June.", roleUnknown},
		// A teaser link between paragraphs is furniture, not the end.
		{"READ MORE: Storm closes the coast road for a second night", roleChrome},
		{"Related: The ten strangest moons of the outer planets", roleChrome},
		{"延伸阅读：小镇青年返乡创业 三年种出万亩茶园", roleChrome},
		{"相關閱讀：《山城老茶館裡的百年故事》", roleChrome},
		{"Read more: the council published its plan on Monday.", roleUnknown},
		{"ADVERTISEMENT", roleChrome},
		{"广告", roleChrome},
		{"Subscribe to our channel for more videos from the coast", roleChrome},
		{"The newsletter, which 4,000 people subscribe to, was first printed in 1952.", roleUnknown},
		{"In this Oct. 2, 2022, file photo, the ferry leaves the south dock. (Tribune via AP, File)", roleChrome},
		{"This undated photo provided by the county shows the new ramp.", roleChrome},
		{"This photo album was found in the attic of the old mill, the curator said.", roleUnknown},
		// Prose stays unknown even when it mentions chrome words.
		{"他在微博上写道，这是一次难忘的经历，大家都在关注后续进展。", roleUnknown},
		{"齊齊哈爾市建華區文化街道黨工委", roleUnknown},
		{"The council will vote on the plan next week, officials said.", roleUnknown},
	}
	for _, tt := range tests {
		if got := classify(tt.text, goldenNow); got != tt.want {
			t.Errorf("classify(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestSplitBreadcrumb(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"您當前的位置 : 東北網 > 東北網黑龍江 > 黑龍江綜合", []string{"東北網", "東北網黑龍江", "黑龍江綜合"}},
		{"当前位置：首页 >> 新闻中心 >> 本地要闻", []string{"首页", "新闻中心", "本地要闻"}},
		{"Home » World » Asia", []string{"Home", "World", "Asia"}},
		{"您的位置：主页>艺术教育>院校招生资讯>中央美术学院", []string{"主页", "艺术教育", "院校招生资讯", "中央美术学院"}},
		{"首页 / 财经 / 股市", []string{"首页", "财经", "股市"}},
		{"首页 >> 新闻 > 国际 >> 正文", []string{"首页", "新闻", "国际", "正文"}},
		{"您所在的位置 首页 专题频道 国内专题", []string{"首页", "专题频道", "国内专题"}},
		{"首页/要闻动态/今日关注", []string{"首页", "要闻动态", "今日关注"}},
		{"汽车 > 车坛动态 > 业界新闻 新闻排行榜", []string{"汽车", "车坛动态", "业界新闻"}},
		{"您在这里: 首页 > 诗 > 夜雨", []string{"首页", "诗", "夜雨"}},
	}
	for _, tt := range tests {
		if got := splitBreadcrumb(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("splitBreadcrumb(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStripSiteSuffix(t *testing.T) {
	tests := []struct{ in, want string }{
		{"托管服务进村来 小农户种地有了“好帮手”--观点--人民网", "托管服务进村来 小农户种地有了“好帮手”"},
		{"重走青石古道_旅行笔记_山野笔记", "重走青石古道"},
		{"Family-owned grocers band together to buy in bulk - Valley Courier", "Family-owned grocers band together to buy in bulk"},
		{"Joel on Software - 给计算机系学生的建议", "给计算机系学生的建议"},
		{"谁来为无序拆房“埋单”?- -", "谁来为无序拆房“埋单”?"},
		{"No separator here", "No separator here"},
	}
	for _, tt := range tests {
		if got := stripSiteSuffix(tt.in); got != tt.want {
			t.Errorf("stripSiteSuffix(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTitleLineScore(t *testing.T) {
	good := []string{"快遞進村打通農產品上行“最後一公里”", "Harbour ferry to Saltmere will return after six-year gap"}
	bad := []string{"[查看我的博客目录] [加入个人书签]", "巴彦淖尔市政府门户网站 www.bynr.gov.cn", "本报实习生 刘国栋 周炜", "By Jane Roe", "来源：新华网"}
	for _, g := range good {
		for _, b := range bad {
			if titleLineScore(g) <= titleLineScore(b) {
				t.Errorf("titleLineScore(%q) = %v <= titleLineScore(%q) = %v", g, titleLineScore(g), b, titleLineScore(b))
			}
		}
	}
}
