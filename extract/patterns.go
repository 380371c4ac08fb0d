package extract

// The vocabulary artext recognises, kept as data in one place so that a new
// portal convention is a one-line change. Every list holds the Simplified
// and the Traditional form where they differ. Matching is done on text that
// has been through normalizeSpace (NBSP and U+3000 become spaces) and, for
// labels, with full-width and half-width colons treated alike. Date words
// (month names, 上午/下午 ...) live in patterns_dates.go.

// labelKind says which article field a label introduces.
type labelKind int

const (
	labelNone labelKind = iota
	labelSource
	labelAuthor
	labelEditor
	labelDate
	// labelOther are labels whose value we do not keep (views, comments);
	// they matter because they end the value of the label before them.
	labelOther
)

// fieldLabels maps each label word to the field it introduces. Longer labels
// win over their prefixes (责任编辑 over 编辑), which the matcher guarantees
// by trying the longest match first.
var fieldLabels = map[labelKind][]string{
	labelSource: {
		"来源", "來源", "稿源", "出处", "出處", "信息来源", "信息來源", "文章来源", "文章來源",
		"消息来源", "消息來源", "新闻来源", "新聞來源", "本文来源", "本文來源", "来源于", "來源於",
		"转载自", "轉載自", "转自", "轉自", "摘自", "资料来源", "資料來源", "稿件来源", "稿件來源", "新闻来源于", "內容來源", "内容来源",
	},
	labelAuthor: {
		"作者", "记者", "記者", "撰文", "撰稿", "撰稿人", "通讯员", "通訊員", "文字", "口述",
		"本报记者", "本報記者", "特约记者", "特約記者", "实习记者", "實習記者", "见习记者", "見習記者",
		"采写", "採寫", "发帖人", "發帖人", "楼主", "樓主", "作者名", "实习生", "實習生",
		"文章作者", "原文作者", "原作者",
		// European languages: the label needs a colon after it.
		"Author", "Authors", "Autor", "Autora", "Autores", "Auteur", "Autore",
		"Publicado por", "Publicada por", "Escrito por", "Verfasst von",
	},
	labelEditor: {
		"责任编辑", "責任編輯", "责编", "責編", "编辑", "編輯", "本文编辑", "本文編輯",
		"值班编辑", "值班編輯", "实习编辑", "實習編輯", "编审", "編審", "责任编审", "責任編審",
		"主编", "主編", "校对", "校對", "审核", "審核", "责任校对", "責任校對",
	},
	labelDate: {
		"发布时间", "發佈時間", "發布時間", "发表时间", "發表時間", "时间", "時間", "日期",
		"发布日期", "發佈日期", "發布日期", "更新时间", "更新時間", "发表于", "發表於", "发布于", "發佈於",
		"发布", "發佈", "刊登日期", "出版日期", "上传时间", "上傳時間", "录入时间", "錄入時間",
		"添加时间", "添加時間", "修改时间", "修改時間", "更新日期", "发稿时间", "發稿時間",
		"出版时间", "出版時間",
		"发文时间", "發文時間", "上稿时间", "上稿時間", "刊出时间", "刊出時間",
		"Published", "PUBLISHED", "Updated", "UPDATED", "Last updated", "Last Updated", "Posted", "Posted on", "Date",
		"Publish date", "Publish Date", "Publication date", "Publication Date", "Date published",
		"Publicado", "Publicado em", "Publicado el", "Publicado en", "Fecha", "Datum", "Veröffentlicht",
		"Veröffentlicht am", "Publié le", "Mis à jour le", "Atualizado em", "Actualizado", "Aktualisiert",
	},
	labelOther: {
		"浏览次数", "瀏覽次數", "浏览", "瀏覽", "点击", "點擊", "点击数", "點擊數", "点击率", "阅读", "閱讀",
		"阅读数", "閱讀數", "阅读量", "閱讀量", "评论", "評論", "字号", "字號", "字体", "字體",
		"访问量", "訪問量", "人气", "人氣", "次浏览", "分享到", "分享至", "收藏", "打印", "列印",
		"关键词", "關鍵詞", "关键字", "關鍵字", "标签", "標籤", "摄影", "攝影", "图片", "圖片",
		"翻译", "翻譯", "编译", "編譯", "供图", "供圖", "发布者", "發佈者", "发布人", "發佈人",
		"译者", "譯者",
		"Tags", "Categoria", "Categorias", "Categoría", "Categorías", "Kategorie", "Catégorie",
		"Etiquetas", "Schlagwörter", "Palavras-chave", "Filed under", "Filed Under",
	},
}

// editorKeepsCodes: editors on some portals carry a staff-code suffix
// (杨倩_NF4425); it is part of the value as shown and is kept.

// breadcrumbLabels introduce a breadcrumb trail.
var breadcrumbLabels = []string{
	"您当前的位置", "您當前的位置", "当前位置", "當前位置", "您的位置", "你的位置", "您现在的位置",
	"您現在的位置", "你现在的位置", "你現在的位置", "现在位置", "現在位置", "所在位置", "当前的位置",
	"當前的位置", "您所在的位置", "你所在的位置", "您在的位置", "位置", "当前页面", "當前頁面",
	"您在这里", "您在這裏", "您在這里", "你在这里", "你在這裏", "导航", "導航", "当前所在位置", "當前所在位置",
	"You are here",
}

// breadcrumbHomes are the first items of breadcrumb trails.
var breadcrumbHomes = []string{"首页", "首頁", "主页", "主頁", "网站首页", "網站首頁", "Home", "Homepage", "Start"}

// actionLinkOpeners open the text of a link that invites a click and ends
// with an arrow ("查看TA的文章>", "更多>", "進入專題>"); such a link is no trail.
var actionLinkOpeners = []string{
	"查看", "更多", "进入", "進入", "返回", "点击", "點擊", "前往", "去看看", "立即", "马上", "馬上",
}

// crumbStrongSeps only separate trail items (never occur inside one); a
// line that starts or ends with one carries a trail on. crumbStrongSepChars
// is the same set as one string, for strings.ContainsAny.
var crumbStrongSeps = []string{">", "»", "›", "→", "＞"}

const crumbStrongSepChars = ">»›→＞"

// crumbSplitChars are the separators splitBreadcrumb splits a trail on all
// at once: the strong ones and the angle bracket some portals use (〉).
const crumbSplitChars = crumbStrongSepChars + "〉"

// crumbLeadingSeps lead a trail whose home item is an icon without text
// ("/ 专栏 / 栏目"); weaker than crumbStrongSeps, they count only just above
// the headline.
var crumbLeadingSeps = []string{"/ ", "／"}

// breadcrumbCurrentPage are the words that end a trail in place of the
// headline: the current page.
var breadcrumbCurrentPage = []string{"正文", "正文内容", "正文內容", "当前页", "當前頁", "当前页面", "當前頁面", "文章正文", "内容页", "內容頁"}

// breadcrumbSeparators split a breadcrumb trail into its items, longest first.
var breadcrumbSeparators = []string{">>", "»", ">", "›", "→", "＞", "〉", "/", "|", "-", "·", "\\"}

// chromeWords are whole short lines (or most of one) that belong to the
// portal, never to an article: widgets, buttons, navigation. A line is chrome
// when little is left of it after removing these words and punctuation.
var chromeWords = []string{
	// show/hide toggles of folded boxes ([显示] on a wiki navbox)
	"显示", "隐藏", "顯示", "隱藏", "展开", "收起", "展開",
	// search boxes
	"搜 索", "搜索", "搜尋", "站内搜索", "站內搜尋", "全站搜索", "高级搜索", "高級搜尋", "Search",
	// share and follow widgets
	"分享到", "分享至", "分享", "微博", "新浪微博", "腾讯微博", "騰訊微博", "微信", "微信好友",
	"朋友圈", "QQ空间", "QQ空間", "Qzone", "QQ好友", "QQ", "人人网", "人人網", "豆瓣", "开心网",
	"扫一扫", "掃一掃", "扫描二维码", "掃描二維碼", "二维码", "二維碼", "手机看", "手機看", "关注", "關注",
	"Facebook", "Twitter", "LINE", "Line", "WhatsApp", "Telegram", "Pinterest", "LinkedIn", "Reddit",
	"Email", "E-mail", "Share", "Tweet", "Pin", "Copy link", "Copy Link", "Print", "Comments",
	"Comment", "Save", "Follow", "Subscribe", "Sign up", "Log in", "Sign in", "Newsletter",
	// font size, print, close, favourites
	"字号", "字號", "字体", "字體", "字级", "字級", "打印", "列印", "打印本页", "打印本頁",
	"关闭", "關閉", "关闭窗口", "關閉窗口", "關閉視窗", "收藏", "加入收藏", "收藏本页", "纠错", "糾錯",
	"我要纠错", "我要糾錯", "返回顶部", "返回頂部", "回到顶部", "回到頂部", "返回首页", "返回首頁",
	"返回列表", "复制链接", "複製連結", "推荐", "推薦", "举报", "舉報", "点赞", "點讚",
	"大字", "小字", "默认", "默認", "放大", "缩小", "縮小", "保存", "Aa",
	// page navigation
	"上一页", "下一页", "上一頁", "下一頁", "上一篇", "下一篇", "首页", "首頁", "末页", "末頁",
	"尾页", "尾頁", "全文", "阅读全文", "閱讀全文", "展开全文", "展開全文", "查看全文", "Next", "Previous",
	// comments and accounts
	"发表评论", "發表評論", "我要评论", "我要評論", "网友评论", "網友評論", "评论", "評論", "登录", "登錄",
	"登入", "注册", "註冊", "退出", "用户名", "用戶名", "密码", "密碼", "条评论", "條評論", "参与", "參與",
	"跟帖", "回复", "回覆", "提交", "取消", "确定", "確定", "我来说两句", "我來說兩句", "说两句", "說兩句",
	// app banners
	"下载客户端", "下載客戶端", "打开APP", "打開APP", "APP", "客户端", "客戶端", "手机版", "手機版",
}

// fontSizeWords name the font-size widget (【字号 大 中 小】); a short
// line holding one is that widget.
var fontSizeWords = []string{"字号", "字號", "字体", "字體", "字级", "字級"}

// relatedHeadings start a list of other articles; the body never continues
// past one.
var relatedHeadings = []string{
	"相关新闻", "相關新聞", "相关阅读", "相關閱讀", "推荐阅读", "推薦閱讀", "延伸阅读", "延伸閱讀",
	"热点推荐", "熱點推薦", "相关文章", "相關文章", "热门文章", "熱門文章", "猜你喜欢", "猜你喜歡",
	"你可能感兴趣", "你可能感興趣", "您可能感兴趣", "您可能感興趣", "更多精彩", "相关链接", "相關連結",
	"相關鏈接", "热门推荐", "熱門推薦", "精彩推荐", "精彩推薦", "为您推荐", "為您推薦", "大家都在看",
	"相关报道", "相關報導", "相關報道", "相关专题", "相關專題", "热点新闻", "熱點新聞", "最新新闻",
	"最新新聞", "今日推荐", "今日推薦", "编辑推荐", "編輯推薦", "往期回顾", "往期回顧", "热门排行",
	"熱門排行", "排行榜", "点击排行", "點擊排行", "阅读排行", "閱讀排行", "图片新闻", "圖片新聞",
	"相关稿件", "相關稿件", "更多新闻", "更多新聞", "延伸閱讀", "看了本文的人还看了", "相关推荐", "相關推薦",
	"大家還在看", "大家还在看", "你可能还喜欢", "你可能還喜歡", "你可能也喜欢", "你可能也喜歡", "您可能还喜欢",
	"您可能還喜歡", "为你推荐", "為你推薦", "猜您喜欢", "猜您喜歡", "热门精选", "熱門精選", "热文推荐", "熱文推薦",
	// Japanese portals, written in the same characters
	"関連記事", "関連ニュース", "関連リンク", "関連情報",
	"Related", "Related articles", "Related Articles", "Related stories", "Related Stories",
	"Related content", "Related Content", "Related coverage", "Related Coverage", "Read more",
	"Read More", "More from", "More From", "You may also like", "You might also like",
	"Recommended", "Most popular", "Most Popular", "Most read", "Most Read", "Trending",
	"More stories", "More Stories", "Latest news", "Latest News", "Also read", "Also Read",
}

// teaserLinkLeads open a line that is one link to another story, the
// words and a colon then its headline ("READ MORE: Storm closes the
// bridge", "相关阅读：《……》"). Such a line is page furniture, but unlike a
// related heading it does not end the article: tabloids set one between
// any two paragraphs.
var teaserLinkLeads = []string{
	"READ MORE", "Read more", "Read More", "SEE MORE", "See more", "See More", "MORE", "ALSO READ",
	"Also read", "Also Read", "RELATED", "Related", "WATCH", "Watch",
	"相关阅读", "相關閱讀", "推荐阅读", "推薦閱讀", "延伸阅读", "延伸閱讀", "相关新闻", "相關新聞",
	"相关文章", "相關文章", "相关报道", "相關報導", "相關報道", "阅读更多", "閱讀更多",
}

// adMarkers are the labels a page sets on a line of its own where an
// advertisement stood between two paragraphs; like a teaser link, the
// line is furniture that does not end the article.
var adMarkers = []string{
	"Advertisement", "ADVERTISEMENT", "Advertisements", "Sponsored", "SPONSORED", "Story continues below advertisement",
	"广告", "廣告", "推广", "推廣",
}

// promoLeads open a line that asks the reader to subscribe or follow
// ("Subscribe to our channel", "Sign up for our morning briefing",
// "Follow us on Twitter"). Such lines sit between or under the paragraphs
// and are no part of the article.
var promoLeads = []string{"Subscribe to", "SUBSCRIBE TO", "Subscribe now", "Sign up for", "Sign up to", "Sign Up", "SIGN UP",
	"Sign up:", "Follow us on", "Follow us @", "FOLLOW US"}

// commentHeadings open a section of readers' comments; the body never
// continues past one.
var commentHeadings = []string{
	"网友评论", "網友評論", "发表评论", "發表評論", "我要评论", "我要評論", "热门评论", "熱門評論",
	"最新评论", "最新評論", "全部评论", "全部評論", "评论区", "評論區", "网友留言", "網友留言",
	"读者评论", "讀者評論", "已有评论", "Comments", "Leave a Reply", "Leave a reply", "Leave a Comment",
	"Leave a comment", "Post a Comment", "Post a comment", "Join the discussion", "Responses",
}

// commentCountWords follow a number in a comment-count heading (12 条评论).
var commentCountWords = []string{"条评论", "條評論", "评论", "評論", "comments", "Comments", "responses", "Responses", "replies", "Replies"}

// editLinkWords are the section edit links a wiki sets after each heading
// ("地理[编辑]", "History[edit]"); they are taken off the heading.
var editLinkWords = []string{
	"[编辑]", "[編輯]", "[编辑源代码]", "[編輯原始碼]", "[修改]", "[edit]", "[Edit]", "[edit source]",
}

// codeLineStarts open lines of program code that technical articles set
// into their text ("import json", "def parse(...):", "return x").
var codeLineStarts = []string{
	"import ", "from ", "def ", "class ", "return ", "#include", "func ", "var ", "const ",
	"let ", "package ", "public ", "private ", "print(", "printf(", "console.", "}", "$ ",
}

// postFooterWords mark the line that closes each post of a blog or forum
// listing, with its date and counts: "由某某张贴 @ 2005-06-14 03:25 (370) 共
// 11 篇评论", "发表于 2012-03-04 | 阅读(52) | 评论(3)", "Posted by X at
// 10:02 PM | 4 comments". One such line is an article's own; several in a
// row mean a page of posts.
var postFooterWords = []string{
	"张贴", "張貼", "发表于", "發表於", "发表评论", "發表評論", "评论", "評論", "阅读", "閱讀",
	"浏览", "瀏覽", "点击", "點擊", "回复", "回覆", "Posted by", "posted by", "Posted in",
	"comments", "Comments", "Comment", "Reply",
}

// ownerlessFooterOpeners open the footer a one-person blog sets under a
// post without the poster's name: "发表于 2004年12月27日 12:40 - (阅读:37;
// 评论:6)", "posted @ 2008-03-01 10:20 阅读(52) 评论(3)".
var ownerlessFooterOpeners = []string{"发表于", "發表於", "发布于", "發佈於", "發布於", "posted @", "Posted @", "posted on", "Posted on"}

// postCounterWords count a post's readers or comments in its footer.
var postCounterWords = []string{"阅读", "閱讀", "评论", "評論", "浏览", "瀏覽", "点击", "點擊", "回复", "回覆", "comments", "Comments", "views"}

// footerMarkers identify copyright, licence and contact footers. A short
// block holding one of them is chrome, and the body ends before it.
var footerMarkers = []string{
	"版权所有", "版權所有", "Copyright", "copyright", "COPYRIGHT", "©", "(C)", "All rights reserved",
	"All Rights Reserved", "ICP备", "ICP備", "ICP证", "ICP證", "增值电信业务经营许可证",
	"网络传播视听节目许可证", "違法和不良信息舉報", "违法和不良信息举报", "不良信息举报", "不良信息舉報",
	"互联网新闻信息服务许可证", "公网安备", "公網安備", "网站地图", "網站地圖", "关于我们", "關於我們",
	"联系我们", "聯繫我們", "聯絡我們", "广告服务", "廣告服務", "免责声明", "免責聲明", "特别声明",
	"特別聲明", "版权声明", "版權聲明", "未经授权", "未經授權", "转载请注明", "轉載請註明",
	"Privacy Policy", "Terms of Use", "Terms of Service", "Cookie Policy",
}

// weakFooterMarkers also credit pictures ("Photo: © Reuters"); alone, without
// a year or a strong marker, they do not make a footer.
var weakFooterMarkers = []string{"©", "(C)"}

// strongFooterMarkers make a footer on their own.
var strongFooterMarkers = []string{"版权所有", "版權所有", "All rights reserved", "All Rights Reserved", "ICP", "Copyright", "copyright", "COPYRIGHT"}

// photoCreditMarkers, in the brackets that close a line, make it a
// picture caption ("(AP Photo/Meg Kinnard)", "(Image: Getty)").
var photoCreditMarkers = []string{"AP Photo", "Photo:", "Photo by", "Photograph:", "Image:", "Images:", "Getty Images", "Reuters/", "File photo", "Photo credit",
	"AP, File", "Reuters, File"}

// captionOpeners open the captions of news agency photos, which text
// dumps give as a line of their own ("In this Dec. 12, 2006, file photo,
// made available by ...", "This undated photo provided by ... shows ...");
// captionPhotoWords must follow within the line's first words.
var (
	captionOpeners    = []string{"In this ", "This "}
	captionPhotoWords = []string{"file photo", "undated photo", "handout photo", "photo taken", "photo provided",
		"photo released", "photo made", "image made", "image provided", "photo shows", "file image"}
)

// creditPrefixes and creditSuffixes make a short line a picture credit
// standing on its own ("Photograph: Ana Ruiz/Getty Images", "Lee Park |
// Bloomberg | Getty Images", "... near the port of entry. (AP)").
var (
	creditPrefixes = []string{"Photograph:", "Photographs:", "Photo:", "Photos:", "Image:", "Images:", "Picture:", "Pictures:",
		"Illustration:", "Credit:", "Photo credit:", "Photo by ", "Image credit:", "(Image:", "(Photo:"}
	creditSuffixes = []string{"Getty Images", "Getty Images)", "Shutterstock", "Shutterstock)", "(AP)", "(Reuters)", "(AFP)",
		"/AP", "/Reuters", "/AFP", "AP Photo)", "iStock", "iStockphoto"}
)

// statementMarkers open the boilerplate statements portals append to
// articles (特别声明：本文为...). They end the body like a footer.
var statementMarkers = []string{
	"特别声明", "特別聲明", "免责声明", "免責聲明", "版权声明", "版權聲明", "声明：", "聲明：",
	"本文系转载", "本文系轉載", "未经授权禁止转载", "未經授權禁止轉載", "凡本网注明", "凡本網註明",
}

// bylinePrefixes introduce an English byline.
var bylinePrefixes = []string{"By ", "BY ", "by ", "Written by ", "Story by ", "Words by ", "Reporting by "}

// postedByVerbs end the poster's name on the "who posted when" line of
// forums and blogs: "ggjjzhzz 发表于 2005-9-15", "某某 于 2024-05-06 发布",
// "由某某张贴 @ 2005-06-14 03:25:55".
var postedByVerbs = []string{"发表于", "發表於", "发布于", "發佈於", "發布於", "张贴于", "張貼於", "张贴", "張貼", "于", "於"}

// postedByOpeners open the old forums' form "本贴由大卫于2005年8月12日...发表".
var postedByOpeners = []string{"本贴由", "本帖由", "本貼由", "本文由", "由"}

// postedByEnds follow the date when the verb comes last (于 DATE 发布).
var postedByEnds = []string{"发布", "發佈", "發布", "发表", "發表"}

// authorRoleWords are removed from an author value: they say what the
// person is, not who (新华社记者 张三 → 张三).
var authorRoleWords = []string{
	"本报记者", "本報記者", "新华社记者", "新華社記者", "特约记者", "特約記者", "实习记者", "實習記者",
	"见习记者", "見習記者", "首席记者", "首席記者", "记者", "記者", "通讯员", "通訊員", "实习生", "實習生",
	"编辑", "編輯", "文/", "文 /", "文｜", "图/", "圖/", "撰文", "报道", "報道", "報導",
}

// zhJobTitles end the posts an author value can list before the name
// (…部长、研究员徐占忱): academic, research and office titles.
var zhJobTitles = []string{
	"研究员", "研究員", "副研究员", "副研究員", "教授", "副教授", "讲师", "講師", "博士", "博士后", "博士後",
	"部长", "部長", "主任", "副主任", "院长", "院長", "所长", "所長", "秘书长", "秘書長", "理事长", "理事長",
	"会长", "會長", "主席", "总监", "總監", "总经理", "總經理", "经济学家", "經濟學家", "分析师", "分析師",
	"首席", "学者", "學者", "律师", "律師", "专家", "專家", "高级编辑", "高級編輯",
}

// reportSuffixes end the dateline part of a byline (記者陳怡君／台中報導).
var reportSuffixes = []string{"報導", "报道", "報道", "电", "電", "讯", "訊"}

// roleWordCompounds continue a role word into a different word: 编辑部 (the
// editorial office) is an author in its own right, not "编辑" + a name.
var roleWordCompounds = []string{"部", "室", "组", "組", "中心"}

// outletRoleSuffixes end an "outlet + role" word (潮声新闻记者) that stands
// before a reporter's name.
var outletRoleSuffixes = []string{"记者", "記者", "通讯员", "通訊員", "评论员", "評論員", "撰稿人", "专栏作家", "專欄作家"}

// valueStops end a field value: what follows says where the reporter was
// or opens another part of the line.
var valueStops = []string{"发自", "發自", "  "}

// photoCredits end the credit of a picture, which is not a byline.
var photoCredits = []string{" 摄", " 攝", "摄影", "攝影", "/摄", "／攝"}

// englishRoles follow a name in English bylines ("By Jane Roe, Staff
// Writer"); the byline ends where one starts.
var englishRoles = []string{
	"Staff Writer", "Staff writer", "Staff Reporter", "Staff reporter", "Senior Writer", "Correspondent",
	"Contributor", "Contributing Writer", "Reporter", "Editor", "Columnist", "Special to",
	"Edited by", "Photos by", "Photographs by", "Illustrations by", "Additional reporting",
	"Writer", "Producer", "Photographer", "Critic", "Analyst", "Journalist",
}

// roleQualifiers stand before a role word in an English job title
// ("Games Editor", "Senior Political Correspondent", "Chief Business
// Writer"): the beat or the rank, which the name does not include.
var roleQualifiers = map[string]bool{
	"Senior": true, "Chief": true, "Deputy": true, "Managing": true, "Executive": true, "Associate": true,
	"Assistant": true, "Contributing": true, "Staff": true, "Special": true, "Investigative": true,
	"Political": true, "Politics": true, "Games": true, "Gaming": true, "Tech": true, "Technology": true,
	"Science": true, "Sports": true, "Business": true, "Health": true, "Entertainment": true, "Music": true,
	"Film": true, "Travel": true, "Food": true, "Fashion": true, "Foreign": true, "National": true,
	"International": true, "Legal": true, "Economics": true, "Finance": true, "Financial": true,
	"Culture": true, "Features": true, "News": true, "Digital": true, "Opinion": true, "Editorial": true,
	"Global": true, "Environment": true, "Climate": true, "Markets": true, "Weather": true, "Education": true,
}

// bylineElementRejects mark, in a class name, elements that name people
// other than the article's author: commenters, authors to follow.
var bylineElementRejects = []string{"comment", "follow"}

// nameParticles are the lower-case words inside Western personal names
// (Michiel de Jong, Ludwig van Beethoven).
var nameParticles = map[string]bool{
	"de": true, "da": true, "di": true, "du": true, "van": true, "von": true, "der": true,
	"den": true, "la": true, "le": true, "del": true, "bin": true, "al": true, "dos": true,
}

// breadcrumbClassHints mark the element that holds a breadcrumb trail.
var breadcrumbClassHints = []string{"crumb", "bread", "channel-path", "nav-path", "navpath", "position", "location", "weizhi", "dqwz", "curpos", "current-path"}

// titleLabels head the line that states a thread's or an article's title
// (主题：..., 標題：...), the way forums and old portals print it.
var titleLabels = []string{
	"帖子主题", "帖子主題", "帖子标题", "帖子標題", "文章标题", "文章標題", "主题", "主題", "标题", "標題", "Subject", "Topic",
}

// dateLeadSuffixes end the words that lead a date in a byline (写于
// 2005年6月12日, 发表于 ...): a line so led is no "headline date" line.
var dateLeadSuffixes = []string{"于", "於", "发表", "發表", "发布", "發佈", "發布", "更新", "写", "寫", "on", "at"}

// dateLeadPrefixes open the lines that date a story rather than head it
// ("Updated 5:00 PM ET March 3, 2021", "Posted by ... on").
var dateLeadPrefixes = []string{"Updated", "UPDATED", "Published", "PUBLISHED", "Posted", "Last updated", "Modified", "发布", "發佈", "發布", "更新"}

// outletSuffixes end the names of news outlets (北京日报, 光明网, 新华社,
// 新浪科技); an unlabelled word after the date is read as the source only
// when it ends in one.
var outletSuffixes = []string{
	"报", "報", "网", "網", "社", "台", "刊", "新闻", "新聞", "科技", "财经", "財經", "频道", "頻道",
	"在线", "在線", "日报", "日報", "晚报", "晚報", "周刊", "週刊", "杂志", "雜誌", "传媒", "傳媒",
}

// outletJoiners join a group site and its paper in one outlet name
// (金羊网—新快报, 人民网－人民日报).
var outletJoiners = []string{"—", "－", "-"}

// commonSurnames are the family names most Chinese people bear, Simplified
// and Traditional (about nine in ten people carry one of them), and the
// usual two-character ones. A lone line of two to four Han characters right
// under a headline is taken for the author's name only when it starts with
// one: section words and tags that stand there ("专题", "视频") do not.
var commonSurnames = []string{
	"王", "李", "张", "張", "刘", "劉", "陈", "陳", "杨", "楊", "黄", "黃", "赵", "趙", "吴", "吳",
	"周", "徐", "孙", "孫", "马", "馬", "朱", "胡", "郭", "何", "高", "林", "罗", "羅", "郑", "鄭",
	"梁", "谢", "謝", "宋", "唐", "许", "許", "韩", "韓", "冯", "馮", "邓", "鄧", "曹", "彭", "曾",
	"肖", "蕭", "田", "董", "袁", "潘", "于", "蒋", "蔣", "蔡", "余", "杜", "叶", "葉", "程", "苏",
	"蘇", "魏", "吕", "呂", "丁", "任", "沈", "姚", "卢", "盧", "姜", "崔", "钟", "鍾", "谭", "譚",
	"陆", "陸", "汪", "范", "金", "石", "廖", "贾", "賈", "夏", "韦", "韋", "付", "方", "白", "邹",
	"鄒", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "閻", "段", "雷", "侯", "龙", "龍", "史",
	"陶", "黎", "贺", "賀", "顾", "顧", "毛", "郝", "龚", "龔", "邵", "万", "萬", "钱", "錢", "严",
	"嚴", "覃", "武", "戴", "莫", "孔", "向", "汤", "湯", "常", "温", "溫", "康", "施", "文", "牛",
	"樊", "葛", "邢", "安", "齐", "齊", "易", "乔", "喬", "伍", "庞", "龐", "颜", "顏", "倪", "庄",
	"莊", "聂", "聶", "章", "鲁", "魯", "岳", "翟", "殷", "詹", "申", "欧", "歐", "耿", "关", "關",
	"兰", "蘭", "焦", "俞", "左", "柳", "甘", "祝", "包", "宁", "寧", "尚", "符", "舒", "阮", "柯",
	"纪", "紀", "梅", "童", "凌", "毕", "畢", "单", "單", "季", "裴", "霍", "涂", "塗", "成", "苗",
	"谷", "盛", "曲", "翁", "冉", "骆", "駱", "蓝", "藍", "路", "游", "辛", "靳", "管", "柴", "蒙",
	"鲍", "鮑", "华", "華", "喻", "祁", "蒲", "房", "滕", "屈", "饶", "饒", "解", "牟", "艾", "尤",
	"阳", "陽", "穆", "农", "農", "司", "卓", "古", "吉", "缪", "繆", "简", "簡", "车", "車", "项",
	"項", "连", "連", "麦", "麥", "褚", "娄", "婁", "窦", "竇", "戚", "岑", "景", "党", "黨", "宫",
	"宮", "费", "費", "卜", "冷", "晏", "席", "卫", "衛", "米", "柏", "宗", "瞿", "桂", "全", "佟",
	"应", "應", "臧", "闵", "閔", "苟", "邬", "鄔", "边", "邊", "卞", "姬", "师", "師", "仇", "栾",
	"欒", "商", "刁", "沙", "荣", "榮", "巫", "寇", "桑", "郎", "甄", "丛", "叢", "仲", "虞", "敖",
	"巩", "鞏", "佘", "池", "查", "麻", "苑", "迟", "遲", "邝", "鄺",
	"欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "皇甫", "令狐", "慕容",
	"尉迟", "尉遲", "公孙", "公孫", "夏侯", "长孙", "長孫", "宇文", "司徒", "端木", "独孤", "獨孤",
}

// nonAuthors are placeholder author values that name nobody.
var nonAuthors = []string{"No Author", "Unknown", "Anonymous", "admin", "administrator", "未知", "佚名", "匿名", "不详", "不詳"}

// signatureNonNames are the notes that close a story in brackets, the
// way a reporter's name does: （完）, （待续）, （组图）.
var signatureNonNames = []string{
	"完", "待续", "待續", "未完", "全文", "本文", "组图", "組圖", "图文", "圖文", "视频", "視頻",
	"资料", "資料", "图片", "圖片", "摄影", "攝影", "提供", "翻摄", "翻攝", "截图", "截圖",
}

// nonSources are 来源 values that name no outlet.
var nonSources = []string{"转载文章", "轉載文章", "转载", "轉載", "网络", "網絡", "网络转载", "網絡轉載", "互联网", "互聯網", "未知", "本站"}

// readersClasses are class or id fragments of readers' sections: comments
// and replies are full of prose but never part of the article.
var readersClasses = []string{"comment", "reply", "replies", "respond", "discuss", "disqus", "pinglun", "liuyan"}

// bodyHintClasses are class or id fragments that content management systems
// used across many Chinese and Western sites give the article container.
// They are hints that raise a container's score, never site parsers.
var bodyHintClasses = []string{
	"trs_editor", "dochtmlcon", "artibody", "article-content", "article_content", "articlecontent",
	"article-body", "article_body", "articlebody", "post-content", "post_content", "entry-content",
	"content_area", "endtext", "main-content", "news_content", "newscontent", "news-content",
	"text_con", "story-body", "storybody", "article-text", "detail-content", "detail_content",
	"contentmain", "arc_content", "con_text", "rich_media_content", "js_content", "article",
	"content", "zoom", "ozoom", "text", "body", "story", "post", "entry", "main",
}

// chromeHintClasses are class or id fragments of page furniture; blocks
// under such elements lose score.
var chromeHintClasses = []string{
	"nav", "menu", "footer", "header", "sidebar", "side", "breadcrumb", "crumb", "share", "social",
	"comment", "related", "recommend", "advert", "ad", "ads", "banner", "promo", "copyright",
	"toolbar", "tool", "login", "search", "popup", "modal", "cookie", "subscribe", "newsletter",
	"widget", "hot", "rank", "tags", "pager", "pagination", "more", "author-bio", "byline",
	"hatnote", "infobox", "navbox", "catlinks", "toc", "reflist", "references", // a wiki page's furniture around the article
}

// latinLangs are the languages latinLang tells apart, by index; English
// first, the answer when none stands out.
var latinLangs = [...]string{"en", "pt", "es", "fr", "de", "it", "nl"}

// latinStopWords maps the commonest short words of the languages of
// latinLangs to the languages they belong to, one bit per language (1<<i
// for latinLangs[i]). Most belong to one; a few very common ones to two or
// three (il: Italian and French; para: Spanish and Portuguese), and words
// common in many (de, la, a, in, que) are left out.
var latinStopWords = func() *stopWordTable {
	words := map[string][]string{
		"en": {"the", "and", "of", "to", "that", "with", "for", "are", "this", "have", "from", "were", "which",
			"is", "on", "by", "be", "not", "but", "or", "his", "they", "has", "had", "will", "been", "their", "would", "was", "it"},
		"pt": {"não", "os", "em", "ao", "uma", "são", "às", "pelo", "pela", "também", "você", "foi", "da", "um",
			"com", "mais", "dos", "das", "na", "é", "como", "para", "por", "seu", "sua"},
		"es": {"el", "los", "las", "y", "más", "pero", "muy", "sus", "está", "fue", "había", "del", "lo", "con",
			"su", "al", "como", "para", "por", "ha", "una", "este", "esta", "también"},
		"fr": {"le", "les", "des", "et", "est", "une", "du", "dans", "pas", "sur", "au", "avec", "été", "il",
			"pour", "qui", "ce", "aux", "ses", "cette", "mais", "ou", "ne", "plus", "sont", "nous", "vous", "elle"},
		"de": {"der", "die", "und", "das", "ist", "ein", "eine", "zu", "mit", "den", "von", "sich", "auf", "nicht",
			"für", "im", "dem", "auch", "es", "wird", "sind", "werden", "dass", "sie", "bei", "nach", "oder", "aus", "wie", "einer", "was"},
		"it": {"di", "che", "gli", "nel", "è", "sono", "della", "alla", "anche", "questo", "più", "per", "non", "il",
			"lo", "del", "da", "con", "ma", "ha", "dei", "nella", "delle", "degli", "una", "questa"},
		"nl": {"het", "een", "van", "niet", "voor", "zijn", "ook", "dat", "op", "wordt", "te", "aan", "er", "om",
			"naar", "maar", "door", "bij", "nog", "werd", "worden", "heeft", "is"},
	}
	var t stopWordTable
	for i, lang := range latinLangs {
		for _, w := range words[lang] {
			t.add(w, 1<<i)
		}
	}
	return &t
}()

// Frequent characters written differently in the two scripts, for guessLang.
const (
	simplifiedOnly  = "这个们来时说国会为对发经过动现进实样门问间关点还开长话没给东员区产种头见学记书业务义从认题报华车军视设总统张让声观变则达导讲东让"
	traditionalOnly = "這個們來時說國會為對發經過動現進實樣門問間關點還開長話沒給東員區產種頭見學記書業務義從認題報華車軍視設總統張讓聲觀變則達導講"
)
