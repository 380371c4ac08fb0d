package extract

// The vocabulary of dates: month and weekday names, am/pm words, Chinese
// date and time words, time-zone abbreviations. Data only; dates.go holds
// the scanner that uses it. English words are listed in lower case and
// matched without regard to case; time-zone abbreviations are matched in
// upper case only.

// minDateYear is the earliest year a publication date may have.
const minDateYear = 1990

// dateGapMax is the most blanks allowed between two parts of a date, or
// between a date and its time of day.
const dateGapMax = 16

// monthNames maps English month names and abbreviations to months. A period
// may follow any of them ("Jun.", "Sept.").
var monthNames = map[string]int{
	"january": 1, "jan": 1,
	"february": 2, "feb": 2,
	"march": 3, "mar": 3,
	"april": 4, "apr": 4,
	"may":  5,
	"june": 6, "jun": 6,
	"july": 7, "jul": 7,
	"august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10,
	"november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

// monthInitials are the first letters of monthNames, to skip other words
// without a map look-up.
const monthInitials = "jfmasondJFMASOND"

// weekdayNames are English weekday names and abbreviations; they are
// skipped where they stand between a date and its time, or between a time
// and its date. A period may follow.
var weekdayNames = map[string]bool{
	"monday": true, "mon": true,
	"tuesday": true, "tue": true, "tues": true,
	"wednesday": true, "wed": true,
	"thursday": true, "thu": true, "thur": true, "thurs": true,
	"friday": true, "fri": true,
	"saturday": true, "sat": true,
	"sunday": true, "sun": true,
}

// zhWeekdayPrefixes and zhWeekdayDays make Chinese weekdays: 星期六, 周日,
// 禮拜天.
var (
	zhWeekdayPrefixes = []string{"星期", "礼拜", "禮拜", "周", "週"}
	zhWeekdayDays     = []string{"一", "二", "三", "四", "五", "六", "日", "天"}
)

// dayOrdinals are English ordinal suffixes after a day number: 1st, 2nd.
var dayOrdinals = []string{"st", "nd", "rd", "th"}

// dayOf is the word in "2nd of June 2012".
const dayOf = "of"

// dateTimeJoiners may stand between a date and its time, with blanks
// around them: "June 2, 2012 at 8:30 am", "06/02/2022 - 13:48".
var dateTimeJoiners = []string{"at", "@", "-"}

// ampmWord is a 12-hour clock marker.
type ampmWord struct {
	word string
	pm   bool
}

// ampmWords follow a time: "8:30 am", "8:30 p.m.". The longest match wins.
var ampmWords = []ampmWord{
	{"a.m.", false}, {"p.m.", true},
	{"a.m", false}, {"p.m", true},
	{"am", false}, {"pm", true},
}

// zhDayPeriods precede a time: 下午3:30 is 15:30.
var zhDayPeriods = []ampmWord{
	{"上午", false}, {"凌晨", false}, {"早上", false}, {"早晨", false},
	{"下午", true}, {"晚上", true}, {"傍晚", true},
}

// Chinese date and time words: 2012年6月2日 08时30分02秒.
var (
	zhYearWords   = []string{"年"}
	zhMonthWords  = []string{"月"}
	zhDayWords    = []string{"日", "号", "號"}
	zhHourWords   = []string{"时", "時", "点", "點"}
	zhMinuteWords = []string{"分"}
	zhSecondWords = []string{"秒"}
)

// zoneOffset is a time-zone name after a time. Known false means the name
// is ambiguous ("CST" is China or US Central, "ET" either EST or EDT): it
// belongs to the date's span but gives no offset.
type zoneOffset struct {
	offset int // seconds east of UTC
	known  bool
}

// zoneNames are time-zone abbreviations, matched in upper case, and
// Chinese zone words.
var zoneNames = map[string]zoneOffset{
	"UTC": {0, true}, "GMT": {0, true}, "UT": {0, true},
	"EST": {-5 * 3600, true}, "EDT": {-4 * 3600, true},
	"CDT": {-5 * 3600, true},
	"MST": {-7 * 3600, true}, "MDT": {-6 * 3600, true},
	"PST": {-8 * 3600, true}, "PDT": {-7 * 3600, true},
	"AKST": {-9 * 3600, true}, "AKDT": {-8 * 3600, true},
	"HST": {-10 * 3600, true},
	"WET": {0, true}, "WEST": {1 * 3600, true},
	"BST": {1 * 3600, true},
	"CET": {1 * 3600, true}, "CEST": {2 * 3600, true},
	"EET": {2 * 3600, true}, "EEST": {3 * 3600, true},
	"MSK": {3 * 3600, true},
	"HKT": {8 * 3600, true}, "SGT": {8 * 3600, true},
	"JST": {9 * 3600, true}, "KST": {9 * 3600, true},
	"AEST": {10 * 3600, true}, "AEDT": {11 * 3600, true},
	"ET": {}, "CT": {}, "MT": {}, "PT": {}, "CST": {}, "IST": {},
}

// zhZoneNames are Chinese zone words after a time: "08:30 北京时间".
var zhZoneNames = []struct {
	name string
	zoneOffset
}{
	{"北京时间", zoneOffset{8 * 3600, true}},
	{"北京時間", zoneOffset{8 * 3600, true}},
}

// zoneOffsetNames may be followed by a numeric offset: "GMT+8", "UTC+08:00".
var zoneOffsetNames = map[string]bool{"UTC": true, "GMT": true}

// zoneMaxOffset bounds a numeric offset, in hours.
const zoneMaxOffset = 14

// dateLeftRejects are characters that, right before a number, make it no
// date: prices and phone numbers ("$2012.06", "+2012-06-02").
const dateLeftRejectBytes = "$+#"

var dateLeftRejectRunes = []string{"¥", "￥", "€", "£"}

// dateGluers are separators that glue a number to a digit before it, as in
// versions, IP addresses and phone numbers ("1.2012.06.02",
// "010-2012-0602"); a date glued so is not taken. After a date, its own
// separator or a period before a digit glues it ("2012-06-02-1234").
const dateGluers = ".-/:,"

// A forum's or blog's post line puts one of postedBefore right before the
// date and one of postedAfter within postedWithin bytes after it:
// "本贴由大卫于2005年8月12日16:12:21在〖心灵体操〗发表", "张三 于 2024-05-06 15:47:53 发布".
var (
	postedBefore = []string{"于", "於"}
	postedAfter  = []string{"发表", "發表", "发布", "發佈", "發布", "发帖", "發帖"}
)

const postedWithin = 120

// updateLabels, in lower case, before a date make it the date of an update,
// not of publication: "Updated Jul 24, 2018", "Last updated: ...",
// "更新时间：...".
var updateLabels = []string{
	"updated", "last updated", "modified", "last modified", "edited",
	"更新", "更新时间", "更新時間", "更新于", "更新於", "最后更新", "最後更新",
	"修改时间", "修改時間", "修改于", "修改於", "最后修改", "最後修改", "编辑于", "編輯於",
}

// relativeDays name a day relative to today, the way apps print a post's
// time ("原创 作者 公众号 前天"); relativeAgo end "3天前", "5小时前". They
// mark a byline line but give no calendar date.
var (
	relativeDays = []string{"刚刚", "剛剛", "今天", "昨天", "前天", "昨日", "前日"}
	relativeAgo  = []string{"天前", "小时前", "小時前", "分钟前", "分鐘前", "周前", "週前"}
)

// originalMarks open an app's byline line before the author ("原创").
var originalMarks = []string{"原创", "原創"}
