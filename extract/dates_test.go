package extract

import (
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // Asia/Shanghai without the system's zone files
)

var testNow = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)

func TestFindDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // ISO with a nil location; "" means no match
	}{
		// Year first, numeric.
		{"2012-06-02 08:30:02 來源:東北網  作者:", "2012-06-02T08:30:02"},
		{"2012-6-2", "2012-06-02"},
		{"2021.07.09 10:21", "2021-07-09T10:21:00"},
		{"【發佈時間】2019/3/5", "2019-03-05"},
		{"（2008-08-08）", "2008-08-08"},
		{"/news/2012/06/02/story.html", "2012-06-02"},
		{"2012-06-02T08:30:02+08:00", "2012-06-02T08:30:02+08:00"},
		{"2012-06-02T08:30:02Z", "2012-06-02T08:30:02Z"},
		{"2012-06-02T08:30:02.123-05:00", "2012-06-02T08:30:02-05:00"},
		{"2012-06-02T08:30+0530", "2012-06-02T08:30:00+05:30"},
		{"2012-06-02T08:30:02+08", "2012-06-02T08:30:02+08:00"},
		{"2012-06-02 08:30:02.0", "2012-06-02T08:30:02"},
		{"2012-06-02 08:30:02 +0800 CST", "2012-06-02T08:30:02+08:00"},
		{"2012-06-02 08:30 GMT+8", "2012-06-02T08:30:00+08:00"},
		{"2012-06-02 08:30 UTC", "2012-06-02T08:30:00Z"},
		{"2012-06-02 08:30 北京时间", "2012-06-02T08:30:00+08:00"},
		{"2012-06-02 8:30 pm", "2012-06-02T20:30:00"},
		{"2012-06-02 12:05 AM", "2012-06-02T00:05:00"},
		{"2012/06/02 11:59:59 PM", "2012-06-02T23:59:59"},
		{"2012-06-02 08:30-17:00 营业", "2012-06-02T08:30:00"},
		{"2012-06-02 周六 08:30", "2012-06-02T08:30:00"},
		{"2012-06-02 (Sat) 08:30", "2012-06-02T08:30:00"},
		// A time glued to the date after it (two elements joined by a
		// text dump); other digit runs after a colon are no time.
		{"15:312018/09/16", "2018-09-16T15:31:00"},
		{"9:052019-03-05 来源", "2019-03-05T09:05:00"},
		{"24:002018/09/16", ""},
		{"15:61201809/16", ""},
		{"15:3120189/16", ""},
		{"15:31201/09/16", ""},
		// Chinese.
		{"发布时间：2023年05月17日 08:45", "2023-05-17T08:45:00"},
		{"2024年5月10日", "2024-05-10"},
		{"2012年06月02日08:30", "2012-06-02T08:30:00"},
		{"2012 年 6 月 2 日 08:30", "2012-06-02T08:30:00"},
		{"2012年6月2号", "2012-06-02"},
		{"2012年6月2號 下午3時30分", "2012-06-02T15:30:00"},
		{"2012年06月02日 08时30分", "2012-06-02T08:30:00"},
		{"2012年06月02日 08时30分15秒 来源：新华网", "2012-06-02T08:30:15"},
		{"2012年6月2日 上午8点30分", "2012-06-02T08:30:00"},
		{"2012年6月2日下午3:30", "2012-06-02T15:30:00"},
		{"2012年6月2日 晚上10:05", "2012-06-02T22:05:00"},
		{"2012年6月2日 星期六 08:30", "2012-06-02T08:30:00"},
		{"2012年6月2日(星期六)", "2012-06-02"},
		{"２０１２年０６月０２日　０８：３０", "2012-06-02T08:30:00"},
		{"２０１２－０６－０２", "2012-06-02"},
		{"2012年6月", ""},
		// Year last.
		{"12/31/2019", "2019-12-31"},
		{"03/05/2019", "2019-03-05"},
		{"31/12/2019", "2019-12-31"},
		{"31.12.2019", "2019-12-31"},
		{"05.03.2019", "2019-03-05"},
		{"05-03-2019 14:00", "2019-03-05T14:00:00"},
		{"06/02/2022 - 13:48", "2022-06-02T13:48:00"},
		{"2012-06-02 - 2013-07-03", "2012-06-02"},
		// English.
		{"Posted on June 2, 2012 at 8:30 am", "2012-06-02T08:30:00"},
		{"2 June 2012", "2012-06-02"},
		{"2nd of June, 2012", "2012-06-02"},
		{"Saturday, 2nd June 2012, 10:00", "2012-06-02T10:00:00"},
		{"Jun. 2, 2012, 8:30 a.m. ET", "2012-06-02T08:30:00"},
		{"Jun.2, 2012", "2012-06-02"},
		{"JUNE 2ND, 2012", "2012-06-02"},
		{"Sept. 14, 2016 5:02 p.m. EDT", "2016-09-14T17:02:00-04:00"},
		{"Updated 10:21 AM EDT, Fri March 3, 2017", "2017-03-03T10:21:00-04:00"},
		{"Updated 2:05 PM ET, Tue February 7, 2017", "2017-02-07T14:05:00"},
		{"Sat, 02 Jun 2012 08:30:02 GMT", "2012-06-02T08:30:02Z"},
		{"Sat, 02 Jun 2012 08:30:02 +0100", "2012-06-02T08:30:02+01:00"},
		{"02-Jun-2012", "2012-06-02"},
		{"December 25, 2020", "2020-12-25"},
		{"Dec 28 Sat 2013 00:28", "2013-12-28T00:28:00"},
		{"Dec 28, Sat, 2013", "2013-12-28"},
		{"Dec 28 Sat2013", ""},
		{"2012-06-02 and 2013-07-03", "2012-06-02"},
		{"May 2012", ""},
		{"You may 3 times", ""},
		// The first plausible date wins: a future one is skipped.
		{"2030-01-01 2012-06-02", "2012-06-02"},
		{"1.2.3 2012-06-02", "2012-06-02"},
		// Invalid time: the date alone.
		{"2012-06-02 25:61", "2012-06-02"},
		{"2012-06-02 08:61", "2012-06-02"},
		{"2012-06-02 08:30:60", "2012-06-02"},
		{"2012-06-02 08:3", "2012-06-02"},
		// Rejections.
		{"", ""},
		{"no digits here at all", ""},
		{"2012-13-01", ""},
		{"2012-06-32", ""},
		{"2019-02-29", ""},
		{"2020-02-29", "2020-02-29"},
		{"2021-02-30", ""},
		{"1989-06-04", ""},
		{"1990-01-01", "1990-01-01"},
		{"2027-01-01", ""},
		{"2026-11-26", "2026-11-26"},
		{"2026-11-27", ""},
		{"2026-11-26 11:00", "2026-11-26T11:00:00"},
		{"2026-11-26 13:00", ""},
		{"2026-11-26T13:00:00+08:00", "2026-11-26T13:00:00+08:00"},
		{"© 2012 新华网", ""},
		{"Copyright 2012-2019", ""},
		{"v2.12.1", ""},
		{"1.2.3", ""},
		{"v2012.06.02", ""},
		{"version 1.2012.06.02", ""},
		{"2021.07.09.1", ""},
		{"2012-06-02-1234", ""},
		{"120120602", ""},
		{"12012-06-02", ""},
		{"2012-06-021", ""},
		{"2012-006-02", ""},
		{"192.168.1.1", ""},
		{"10.1.2012.5", ""},
		{"电话：010-2012-0602", ""},
		{"Tel: 0755-8765-4321", ""},
		{"+86 138-1234-5678", ""},
		{"+2012-06-02", ""},
		{"$2012.06.02", ""},
		{"￥2012.06.02", ""},
		{"12-06-02", ""},
		{"06/02/12", ""},
		{"June 2, 12", ""},
		{"2 June 12", ""},
		{"08:30", ""},
		{"2012 06 02", ""},
		{"2012-06/02", ""},
	}
	for _, tt := range tests {
		d, start, end, ok := FindDate(tt.in, testNow)
		got := ""
		if ok {
			got = d.ISO(nil)
			if start < 0 || start > end || end > len(tt.in) {
				t.Errorf("FindDate(%q) span [%d,%d) out of range", tt.in, start, end)
			}
		}
		if got != tt.want {
			t.Errorf("FindDate(%q) = %q [%d,%d) ok=%v, want %q", tt.in, got, start, end, ok, tt.want)
		}
	}
}

func TestFindDateSpan(t *testing.T) {
	tests := []struct {
		in   string
		want string // s[start:end]
	}{
		{"2012-06-02 08:30:02 來源:東北網  作者:", "2012-06-02 08:30:02"},
		{"（2008-08-08）", "2008-08-08"},
		{"发布时间：2023年05月17日 08:45", "2023年05月17日 08:45"},
		{"日期：２０１２－０６－０２　来源", "２０１２－０６－０２"},
		{"２０１２年０６月０２日　０８：３０　来源", "２０１２年０６月０２日　０８：３０"},
		{"Posted on June 2, 2012 at 8:30 am by", "June 2, 2012 at 8:30 am"},
		{"Jun. 2, 2012, 8:30 a.m. ET", "Jun. 2, 2012, 8:30 a.m. ET"},
		{"Updated 10:21 AM EDT, Fri March 3, 2017 x", "10:21 AM EDT, Fri March 3, 2017"},
		{"2012年6月2日 星期六", "2012年6月2日"},
		{"2012-06-02 25:61", "2012-06-02"},
		{"2012-06-02T08:30:02+08:00 ok", "2012-06-02T08:30:02+08:00"},
		{"on 2012-06-02, 8:30", "2012-06-02, 8:30"},
		{"15:312018/09/16 中時", "15:312018/09/16"},
	}
	for _, tt := range tests {
		_, start, end, ok := FindDate(tt.in, testNow)
		if !ok {
			t.Errorf("FindDate(%q): no match", tt.in)
			continue
		}
		if got := tt.in[start:end]; got != tt.want {
			t.Errorf("FindDate(%q) span = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFindDateZeroNow(t *testing.T) {
	if _, _, _, ok := FindDate("2012-06-02", time.Time{}); !ok {
		t.Error("zero now: 2012-06-02 not found")
	}
	if _, _, _, ok := FindDate("2999-06-02", time.Time{}); ok {
		t.Error("zero now: 2999-06-02 found")
	}
}

func TestParseDateValue(t *testing.T) {
	tests := []struct {
		in   string
		want string // ISO with a nil location; "" means rejected
	}{
		{"2012-06-02T08:30:02+08:00", "2012-06-02T08:30:02+08:00"},
		{"2012-06-02T08:30:02-05:00", "2012-06-02T08:30:02-05:00"},
		{"2012-06-02T08:30:02Z", "2012-06-02T08:30:02Z"},
		{"2012-06-02T08:30:02.123456789Z", "2012-06-02T08:30:02Z"},
		{"2012-06-02T08:30:02.5+08:00", "2012-06-02T08:30:02+08:00"},
		{"2012-06-02T08:30:02", "2012-06-02T08:30:02"},
		{"2012-06-02T08:30", "2012-06-02T08:30:00"},
		{"2012-06-02T08:30+08:00", "2012-06-02T08:30:00+08:00"},
		{"2012-06-02T08:30:02+0800", "2012-06-02T08:30:02+08:00"},
		{"2012-06-02 08:30:02", "2012-06-02T08:30:02"},
		{"  2012-06-02  ", "2012-06-02"},
		{"20120602", "2012-06-02"},
		{"20120602T083002Z", "2012-06-02T08:30:02Z"},
		{"20120602T0830+0800", "2012-06-02T08:30:00+08:00"},
		{"1338597002", "2012-06-02T00:30:02Z"},
		{"1338597002.25", "2012-06-02T00:30:02Z"},
		{"1338597002000", "2012-06-02T00:30:02Z"},
		{"Sat, 02 Jun 2012 08:30:02 GMT", "2012-06-02T08:30:02Z"},
		{"Sat, 02 Jun 2012 08:30:02 +0800", "2012-06-02T08:30:02+08:00"},
		{"Sat, 02 Jun 2012 08:30:02 EDT", "2012-06-02T08:30:02-04:00"},
		{"Sat, 02 Jun 12 08:30:02 GMT", "2012-06-02T08:30:02Z"},
		{"02 Jun 12 08:30 +0800", "2012-06-02T08:30:00+08:00"},
		{"02 Jun 12 08:30 PDT", "2012-06-02T08:30:00-07:00"},
		{"Saturday, 02-Jun-12 08:30:02 UTC", "2012-06-02T08:30:02Z"},
		{"Sat Jun  2 08:30:02 2012", "2012-06-02T08:30:02"},
		{"Sat Jun 02 08:30:02 +0800 2012", "2012-06-02T08:30:02+08:00"},
		{"Sat Jun  2 08:30:02 CST 2012", "2012-06-02T08:30:02"},
		{"2023年05月17日 08:45", "2023-05-17T08:45:00"},
		{"June 2, 2012", "2012-06-02"},
		// Rejections.
		{"", ""},
		{"   ", ""},
		{"yesterday", ""},
		{"2012", ""},
		{"123456789", ""},
		{"12345678901", ""},
		{"4102444800", ""}, // 2100-01-01
		{"0000000000", ""}, // 1970
		{"20121302", ""},
		{"20120602T2500", ""},
		{"2012-13-02T08:30:02Z", ""},
		{"2030-06-02T08:30:02Z", ""},
		{"Sat, 02 Jun 89 08:30:02 GMT", ""},
	}
	for _, tt := range tests {
		d, ok := ParseDateValue(tt.in, testNow)
		got := ""
		if ok {
			got = d.ISO(nil)
		}
		if got != tt.want {
			t.Errorf("ParseDateValue(%q) = %q ok=%v, want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestDateISO(t *testing.T) {
	shanghai, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatal(err)
	}
	newYork, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	withTime := Date{Year: 2012, Month: 6, Day: 2, Hour: 8, Minute: 30, Second: 2, HasTime: true}
	dateOnly := Date{Year: 2012, Month: 6, Day: 2}
	withOffset := withTime
	withOffset.HasOffset, withOffset.Offset = true, -(5*3600 + 30*60)
	utc := withTime
	utc.HasOffset = true
	noSeconds := Date{Year: 2012, Month: 6, Day: 2, Hour: 8, Minute: 30, HasTime: true}
	tests := []struct {
		name string
		d    Date
		loc  *time.Location
		want string
	}{
		{"nil loc", withTime, nil, "2012-06-02T08:30:02"},
		{"shanghai", withTime, shanghai, "2012-06-02T08:30:02+08:00"},
		{"new york summer", withTime, newYork, "2012-06-02T08:30:02-04:00"},
		{"new york winter", Date{Year: 2012, Month: 1, Day: 2, Hour: 8, HasTime: true}, newYork, "2012-01-02T08:00:00-05:00"},
		{"utc loc", withTime, time.UTC, "2012-06-02T08:30:02Z"},
		{"date only nil", dateOnly, nil, "2012-06-02"},
		{"date only shanghai", dateOnly, shanghai, "2012-06-02"},
		{"explicit offset", withOffset, nil, "2012-06-02T08:30:02-05:30"},
		{"explicit offset wins over loc", withOffset, shanghai, "2012-06-02T08:30:02-05:30"},
		{"explicit Z", utc, shanghai, "2012-06-02T08:30:02Z"},
		{"no seconds", noSeconds, nil, "2012-06-02T08:30:00"},
	}
	for _, tt := range tests {
		if got := tt.d.ISO(tt.loc); got != tt.want {
			t.Errorf("%s: ISO = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestFindDateLinear compares the time on two sizes of pathological lines:
// ten times the input must not take anything like a hundred times as long.
func TestFindDateLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	// A line of digits at 1 MB and 10 MB; the other patterns at 200 kB and
	// 2 MB, which is plenty to tell linear from quadratic.
	patterns := []string{
		"1",
		"1-",
		"1 ",
		"2030-01-01 ",
		"1:1 ",
		"10:21 AM, ",
		"1:123456",
		"1:122018/",
		"June ",
		"June 2, ",
		"2012年",
		"2012年6月",
		"０",
		"a",
	}
	measure := func(line string, runs int) time.Duration {
		best := time.Duration(1 << 62)
		for k := 0; k < runs; k++ {
			start := time.Now()
			FindDate(line, testNow)
			if d := time.Since(start); d < best {
				best = d
			}
		}
		return best
	}
	for _, p := range patterns {
		size := 200_000
		if p == "1" {
			size = 1_000_000
		}
		small := strings.Repeat(p, size/len(p))
		large := strings.Repeat(p, 10*size/len(p))
		ts, tl := measure(small, 3), measure(large, 3)
		// Linear is about 10x; quadratic would be 100x. Allow noise.
		if tl > 40*ts+20*time.Millisecond {
			// Measure again, longer, before calling it: a busy moment on
			// the machine during the large runs is not growth.
			ts, tl = measure(small, 5), measure(large, 5)
		}
		if tl > 40*ts+20*time.Millisecond {
			t.Errorf("pattern %q: 1 MB took %v, 10 MB took %v: not linear", p, ts, tl)
		}
	}
}

var benchLines = []string{
	"2012-06-02 08:30:02 來源:東北網  作者:",
	"发布时间：2023年05月17日 08:45",
	"【發佈時間】2019/3/5",
	"Posted on June 2, 2012 at 8:30 am",
	"Updated 10:21 AM EDT, Fri March 3, 2017",
	"据新华社报道，今年以来，全国各地积极推进各项工作，取得了显著成效。",
	"The quick brown fox jumps over the lazy dog, as it does every morning.",
	"联系电话：010-65123456 邮编：100000 京ICP备12345678号",
	"版权所有 © 2012 新华网 All Rights Reserved.",
	"首页 > 新闻 > 国内",
	"２０１２年０６月０２日　０８：３０",
	"Version 1.2.3 released; see 192.168.1.1 for details.",
}

func BenchmarkFindDate(b *testing.B) {
	n := 0
	for _, l := range benchLines {
		n += len(l)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range benchLines {
			FindDate(l, testNow)
		}
	}
}
