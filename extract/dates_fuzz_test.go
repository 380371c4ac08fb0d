package extract

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var dateFuzzSeeds = []string{
	"2012-06-02 08:30:02 來源:東北網  作者:",
	"发布时间：2023年05月17日 08:45",
	"【發佈時間】2019/3/5",
	"2021.07.09 10:21",
	"（2008-08-08）",
	"Posted on June 2, 2012 at 8:30 am",
	"2 June 2012",
	"Jun. 2, 2012, 8:30 a.m. ET",
	"Updated 10:21 AM EDT, Fri March 3, 2017",
	"2012年06月02日08:30",
	"2012年6月2號 下午3時30分",
	"12/31/2019",
	"2012-06-02T08:30:02.123+08:00",
	"Sat, 02 Jun 12 08:30:02 GMT",
	"1338597002000",
	"20120602T083002Z",
	"２０１２－０６－０２　０８：３０",
	"2012-06-02 08:30 GMT+14:00",
	"v2.12.1 192.168.1.1 © 2012",
	"06/02/2022 - 13:48",
	"Dec 28 Sat 2013 00:28",
	"15:312018/09/16",
	"２０1２年６月２日",
	"20\x8012-06-02",
	"评论(12) 第3页 08:30",
	"１2３4",
	"201２年",
	"电话：0451-8765 1234",
	"123 4567",
	"x1234",
	"\xef\xbc",
	"\xef\xbc\x92\xef\xbc\x90",
	"12\x8034",
	"阅读 1234，评论３",
	"",
	"\xe2\x80\x83 \xe2\x80\x94 \xe2\x80",
	"2012\xc2\xa006\xc2",
	"\xef\xbd\x9e\xef\xbd\x9f",
	"\xe3\x80\xe3\x80\x80",
	"\xe6\x97\xc2\xa02012年6月2日",
	"２０１２年６月２日\xef\xbc",
	"8:30 PM (Sat.) 下午 周日 (星期六) P.M. am",
	"2012-06-02 (Fri) 08:30 a.m",
}

// findDateReference is FindDate without mayHoldYear's pre-filter: the
// line is always folded and scanned.
func findDateReference(s string, now time.Time) (Date, int, int, bool) {
	t := foldDateLineReference(s)
	d, start, end, ok := findDateInFolded(t, now)
	if ok {
		start, end = unfoldDateOffsetReference(s, start), unfoldDateOffsetReference(s, end)
	}
	return d, start, end, ok
}

// findDateInFolded is findDate in its plain form: two range tests and a
// search of monthInitials per byte, and every form tried at every stop.
func findDateInFolded(s string, now time.Time) (Date, int, int, bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isDateDigit(c):
			if i > 0 && isDateDigit(s[i-1]) {
				continue
			}
		case isDateLetter(c):
			if i > 0 && isDateLetter(s[i-1]) || strings.IndexByte(monthInitials, c) < 0 {
				continue
			}
		default:
			continue
		}
		if d, end, ok := matchDateAtReference(s, i, now); ok {
			return d, i, end, true
		}
	}
	return Date{}, 0, 0, false
}

// matchDateAtReference is matchDateAt without the clock-time check that
// spares it the calls to timeThenDate and gluedClockDate.
func matchDateAtReference(s string, i int, now time.Time) (Date, int, bool) {
	if isDateDigit(s[i]) {
		if !leftBoundaryOK(s, i) {
			return Date{}, 0, false
		}
		if d, end, ok := timeThenDate(s, i); ok && plausibleDate(d, now) {
			return d, end, true
		}
		if d, end, ok := gluedClockDate(s, i); ok && plausibleDate(d, now) {
			return d, end, true
		}
	}
	d, end, ok := dateAt(s, i)
	if !ok {
		return Date{}, 0, false
	}
	if c, cend, ok := timeAfterDate(s, end); ok {
		c.apply(&d)
		end = cend
	}
	if !plausibleDate(d, now) {
		return Date{}, 0, false
	}
	return d, end, true
}

// periodAtReference is periodAt without its first-byte check.
func periodAtReference(s string, q int, words []ampmWord) (ampmWord, bool) {
	for _, w := range words {
		e := q + len(w.word)
		if datePrefixFold(s, q, w.word) && (e >= len(s) || !isDateLetter(s[e]) || w.word[len(w.word)-1] == '.') {
			return w, true
		}
	}
	return ampmWord{}, false
}

// weekdayAtReference is weekdayAt searching for a Chinese weekday after
// any byte.
func weekdayAtReference(s string, q int) (int, bool) {
	p := q
	paren := p < len(s) && s[p] == '('
	if paren {
		p++
	}
	e := -1
	if p < len(s) && isDateLetter(s[p]) {
		w, n, we := dateWordAt(s, p)
		if weekdayNames[string(w[:n])] {
			e = we
			if e < len(s) && s[e] == '.' {
				e++
			}
		}
	} else if w, ok := datePrefixAt(s, p, zhWeekdayPrefixes); ok {
		if w2, ok := datePrefixAt(s, p+len(w), zhWeekdayDays); ok {
			e = p + len(w) + len(w2)
		}
	}
	if e < 0 {
		return q, false
	}
	if paren {
		if e >= len(s) || s[e] != ')' {
			return q, false
		}
		e++
	}
	return e, true
}

// FuzzDateWordsAt holds periodAt and weekdayAt to their references at
// every offset of s.
func FuzzDateWordsAt(f *testing.F) {
	for _, s := range dateFuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for q := 0; q <= len(s)+1; q++ {
			for _, words := range [][]ampmWord{ampmWords, zhDayPeriods} {
				w, ok := periodAt(s, q, words)
				if rw, rok := periodAtReference(s, q, words); w != rw || ok != rok {
					t.Fatalf("%q at %d: periodAt = %v %v, reference %v %v", s, q, w, ok, rw, rok)
				}
			}
			if q > len(s) {
				continue
			}
			e, ok := weekdayAt(s, q)
			if re, rok := weekdayAtReference(s, q); e != re || ok != rok {
				t.Fatalf("%q at %d: weekdayAt = %d %v, reference %d %v", s, q, e, ok, re, rok)
			}
		}
	})
}

// foldDateLineReference is foldDateLine rune by rune: every rune decoded,
// every rune written on its own.
func foldDateLineReference(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if m, ok := foldDateRune(r); ok {
			b.WriteByte(m)
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// unfoldDateOffsetReference is unfoldDateSpan for one offset, rune by rune.
func unfoldDateOffsetReference(s string, k int) int {
	i, j := 0, 0
	for i < len(s) && j < k {
		r, size := utf8.DecodeRuneInString(s[i:])
		if _, ok := foldDateRune(r); ok {
			j++
		} else {
			j += size
		}
		i += size
	}
	return i
}

// FuzzFoldDateLine holds foldDateLine to its rune-by-rune reference, and
// unfoldDateSpan to its reference for every span between rune boundaries
// of the folded line (findDate's spans start and end at such boundaries).
func FuzzFoldDateLine(f *testing.F) {
	for _, s := range dateFuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		folded := foldDateLine(s)
		if want := foldDateLineReference(s); folded != want {
			t.Fatalf("%q: foldDateLine = %q, reference %q", s, folded, want)
		}
		var bounds []int
		for k := 0; ; {
			bounds = append(bounds, k)
			if k >= len(folded) {
				break
			}
			_, size := utf8.DecodeRuneInString(folded[k:])
			k += size
		}
		// Each start with the next few ends and the last one: a walk
		// goes on from its start, and all pairs would cost too much on a
		// long input.
		for a, start := range bounds {
			ends := append(bounds[a:min(a+4, len(bounds)):min(a+4, len(bounds))], bounds[len(bounds)-1])
			for _, end := range ends {
				gs, ge := unfoldDateSpan(s, start, end)
				if ws, we := unfoldDateOffsetReference(s, start), unfoldDateOffsetReference(s, end); gs != ws || ge != we {
					t.Fatalf("%q: unfoldDateSpan(%d, %d) = %d, %d, reference %d, %d", s, start, end, gs, ge, ws, we)
				}
			}
		}
	})
}

// checkFoundDate holds for every date FindDate or ParseDateValue returns.
func checkFoundDate(t *testing.T, in string, d Date) {
	t.Helper()
	if d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Day > daysInMonth(d.Year, d.Month) {
		t.Fatalf("%q: impossible date %+v", in, d)
	}
	if d.Year < minDateYear || d.Year > testNow.Year()+1 {
		t.Fatalf("%q: implausible year %+v", in, d)
	}
	iso := d.ISO(nil)
	layouts := []string{"2006-01-02", "2006-01-02T15:04:05", time.RFC3339}
	parsed := false
	for _, l := range layouts {
		if _, err := time.Parse(l, iso); err == nil {
			parsed = true
			break
		}
	}
	if !parsed {
		t.Fatalf("%q: ISO %q does not parse back", in, iso)
	}
	if d.HasTime {
		if _, err := time.Parse(time.RFC3339, d.ISO(time.UTC)); err != nil {
			t.Fatalf("%q: ISO(UTC) %q: %v", in, d.ISO(time.UTC), err)
		}
	}
}

func FuzzFindDate(f *testing.F) {
	for _, s := range dateFuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, start, end, ok := FindDate(s, testNow)
		if rd, rs, re, rok := findDateReference(s, testNow); rd != d || rs != start || re != end || rok != ok {
			t.Fatalf("%q: FindDate = %+v [%d,%d) %v, reference %+v [%d,%d) %v", s, d, start, end, ok, rd, rs, re, rok)
		}
		if !ok {
			return
		}
		if start < 0 || start > end || end > len(s) {
			t.Fatalf("%q: span [%d,%d) out of range", s, start, end)
		}
		checkFoundDate(t, s, d)
	})
}

// holdsYearReference is the plain form of the test mayHoldYear makes
// cheap: four digits in a row once the line is folded, as findDate's years
// need.
func holdsYearReference(s string) bool {
	run := 0
	t := foldDateLine(s)
	for i := 0; i < len(t); i++ {
		if !isDateDigit(t[i]) {
			run = 0
		} else if run++; run >= 4 {
			return true
		}
	}
	return false
}

// FuzzMayHoldYear holds mayHoldYear to never miss a line holdsYearReference
// accepts; it may accept more (any line with a full-width digit).
func FuzzMayHoldYear(f *testing.F) {
	for _, s := range dateFuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if holdsYearReference(s) && !mayHoldYear(s) {
			t.Fatalf("%q: mayHoldYear misses four digits in a row", s)
		}
	})
}

// FuzzFoldNeeded holds foldNeeded to the plain test: folding changes s.
func FuzzFoldNeeded(f *testing.F) {
	for _, s := range dateFuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := foldNeeded(s), foldDateLine(s) != s; got != want {
			t.Fatalf("%q: foldNeeded = %v, folding changes it: %v", s, got, want)
		}
	})
}

func FuzzParseDateValue(f *testing.F) {
	for _, s := range dateFuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := ParseDateValue(s, testNow)
		if !ok {
			return
		}
		checkFoundDate(t, s, d)
	})
}

// TestFoldedRunesByLeadByte checks every rune against the byte tests that
// stand in for foldDateRune on hot paths: foldLeadByte must know the first
// byte of each rune that folds, foldNeeded must see each such rune alone,
// and no other, and mayHoldYear must let through four of a rune that
// folds to a digit. A rune added to foldDateRune with another lead byte
// would otherwise be passed over without a word.
func TestFoldedRunesByLeadByte(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := string(r)
		m, folds := foldDateRune(r)
		if folds && isDateDigit(m) && !mayHoldYear(strings.Repeat(s, 4)) {
			t.Errorf("mayHoldYear turns away four of %U, which folds to %q", r, m)
		}
		if folds && !foldLeadByte(s[0]) {
			t.Errorf("%U folds, but foldLeadByte(%#x) is false", r, s[0])
		}
		if got := foldNeeded(s); got != folds {
			t.Errorf("foldNeeded(%q) = %v, foldDateRune says %v", s, got, folds)
		}
	}
}
