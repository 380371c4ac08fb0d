package extract

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Date is a calendar date as a page shows it, with an optional time of day
// and offset.
type Date struct {
	Year, Month, Day     int
	Hour, Minute, Second int
	HasTime              bool // hour and minute known
	HasOffset            bool
	Offset               int // seconds east of UTC, when HasOffset

	// For a year-last numeric date whose day and month differ (12/31/2019,
	// 31.12.2019): which of the two the page wrote first, and whether that
	// was only guessed, from the separator's custom, because either number
	// could be the month (03/05/2019). The rest of the page may overrule a
	// guess.
	order        dateOrder
	orderGuessed bool

	// updated marks a date the page labels as an update ("Updated ...").
	updated bool
}

// dateOrder is the order of day and month in a year-last numeric date.
type dateOrder uint8

const (
	orderNone       dateOrder = iota // not a year-last numeric date
	orderDayFirst                    // 31/12/2019
	orderMonthFirst                  // 12/31/2019
)

// swapDayMonth reads d the other way round: 03/05/2019 as 3 May rather
// than March 5, or back.
func (d Date) swapDayMonth() Date {
	d.Month, d.Day = d.Day, d.Month
	switch d.order {
	case orderDayFirst:
		d.order = orderMonthFirst
	case orderMonthFirst:
		d.order = orderDayFirst
	}
	return d
}

// ISO formats d as ISO 8601: "2012-06-02" without a time;
// "2012-06-02T08:30:02" with one (seconds always written, :00 when the page
// gave none); then "+08:00" or "Z" when d has an offset, or, when it has
// none and loc is not nil, loc's offset at that moment. Date-only values
// never get an offset.
func (d Date) ISO(loc *time.Location) string {
	b := make([]byte, 0, 25)
	b = appendDatePadded(b, d.Year, 4)
	b = append(b, '-')
	b = appendDatePadded(b, d.Month, 2)
	b = append(b, '-')
	b = appendDatePadded(b, d.Day, 2)
	if !d.HasTime {
		return string(b)
	}
	b = append(b, 'T')
	b = appendDatePadded(b, d.Hour, 2)
	b = append(b, ':')
	b = appendDatePadded(b, d.Minute, 2)
	b = append(b, ':')
	b = appendDatePadded(b, d.Second, 2)
	switch {
	case d.HasOffset:
		b = appendOffset(b, d.Offset)
	case loc != nil:
		_, off := time.Date(d.Year, time.Month(d.Month), d.Day, d.Hour, d.Minute, d.Second, 0, loc).Zone()
		b = appendOffset(b, off)
	}
	return string(b)
}

func appendDatePadded(b []byte, v, width int) []byte {
	if v < 0 {
		b = append(b, '-')
		v = -v
	}
	var tmp [20]byte
	s := strconv.AppendInt(tmp[:0], int64(v), 10)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// appendOffset writes "Z" for UTC, else ±hh:mm (seconds of the offset are
// dropped, as RFC 3339 has no place for them).
func appendOffset(b []byte, off int) []byte {
	if off == 0 {
		return append(b, 'Z')
	}
	sign := byte('+')
	if off < 0 {
		sign = '-'
		off = -off
	}
	b = append(b, sign)
	b = appendDatePadded(b, off/3600, 2)
	b = append(b, ':')
	return appendDatePadded(b, off%3600/60, 2)
}

// FindDate returns the first plausible publication date in s (a line of
// page text), with the byte span s[start:end] it occupies.
//
// It finds year-first numeric dates (2012-06-02, 2019/3/5, 2021.07.09),
// Chinese ones (2012年6月2日, 2号/號), year-last numeric ones (12/31/2019 is
// month/day with slashes, 31.12.2019 and 31-12-2019 day/month; either is
// swapped when the first number cannot be a month), and English ones
// ("June 2, 2012", "2nd of June 2012", "02-Jun-2012"), each optionally
// followed by a time of day (08:30, 8:30:02.5, 8:30 p.m., 下午3时30分,
// 2012-06-02T08:30:02+08:00, "... 8:30 a.m. EDT"), or preceded by one in
// English ("10:21 AM EDT, Fri March 3, 2017"). Full-width digits and
// punctuation count as ASCII.
//
// It rejects impossible dates, years before 1990, dates more than a day
// after now (a zero now means time.Now()), two-digit years, and numbers
// glued to other digits or to letters, as in versions, IP addresses, phone
// numbers and prices.
func FindDate(s string, now time.Time) (d Date, start, end int, ok bool) {
	if !mayHoldYear(s) {
		return Date{}, 0, 0, false
	}
	needFold := foldNeeded(s)
	if now.IsZero() {
		now = time.Now()
	}
	t := s
	if needFold {
		t = foldDateLine(s)
	}
	d, start, end, ok = findDate(t, now)
	if ok && needFold {
		start, end = unfoldDateSpan(s, start, end)
	}
	return d, start, end, ok
}

// ParseDateValue parses a machine-written date value from metadata (meta
// tags, JSON-LD, <time datetime>): RFC 3339 / ISO 8601 with or without
// offset, fraction or Z, "2012-06-02 08:30:02", the ISO basic form
// 20120602T083002Z, RFC 1123 and RFC 822 forms (two-digit years too),
// ANSI C and Unix date forms, Unix timestamps in seconds (10 digits) or
// milliseconds (13), and anything FindDate accepts. The same plausibility
// rules as FindDate's apply.
func ParseDateValue(s string, now time.Time) (Date, bool) {
	if now.IsZero() {
		now = time.Now()
	}
	s = strings.TrimSpace(s)
	if foldNeeded(s) {
		s = strings.TrimSpace(foldDateLine(s))
	}
	if s == "" {
		return Date{}, false
	}
	if d, ok := parseUnixValue(s); ok {
		return d, plausibleDate(d, now)
	}
	if d, ok := parseBasicISO(s); ok {
		return d, plausibleDate(d, now)
	}
	if d, _, _, ok := findDate(s, now); ok {
		return d, true
	}
	if d, ok := parseLayoutValue(s); ok {
		return d, plausibleDate(d, now)
	}
	return Date{}, false
}

// mayHoldYear tells whether s may hold four digits in a row once folded.
// Every form findDate reads has a four-digit year, so a line without such a
// run (a count, a phone extension, a clock time) needs no fold and no scan;
// most callers ask about every short line with a digit, so this test is
// made cheap: four ASCII digits in a row cover every residue mod 4, and
// probing every fourth byte meets any such run. A line with a full-width
// digit is passed whole rather than read for runs that mix the two kinds.
func mayHoldYear(s string) bool {
	for i := 0; ; {
		k := strings.IndexByte(s[i:], 0xEF) // U+FF10..U+FF19 are EF BC 90..99
		if k < 0 {
			break
		}
		i += k + 1
		if i+1 < len(s) && s[i] == 0xBC && s[i+1]-0x90 <= 9 {
			return true
		}
	}
	for i := 3; i < len(s); i += 4 {
		if !isDateDigit(s[i]) {
			continue
		}
		start, end := i, i+1
		for start > i-3 && isDateDigit(s[start-1]) {
			start--
		}
		for end < len(s) && end-start < 4 && isDateDigit(s[end]) {
			end++
		}
		if end-start >= 4 {
			return true
		}
	}
	return false
}

// foldNeeded tells whether s holds a rune foldDateRune changes. Each such
// rune is a valid UTF-8 sequence led by a byte that never continues
// another rune, so finding its bytes anywhere in s is finding the rune;
// the searches hop between candidates instead of reading every byte.
func foldNeeded(s string) bool {
	if strings.Contains(s, "\u00a0") || strings.Contains(s, "\u3000") {
		return true
	}
	for i := 0; ; { // U+FF01..U+FF5E: EF BC 81..BF, EF BD 80..9E
		k := strings.IndexByte(s[i:], 0xEF)
		if k < 0 {
			break
		}
		i += k + 1
		if i+1 < len(s) && (s[i] == 0xBC && s[i+1] >= 0x81 && s[i+1] <= 0xBF || s[i] == 0xBD && s[i+1] >= 0x80 && s[i+1] <= 0x9E) {
			return true
		}
	}
	for i := 0; ; { // U+2000..U+200A, U+202F: E2 80 80..8A, E2 80 AF
		k := strings.Index(s[i:], "\xe2\x80")
		if k < 0 {
			break
		}
		i += k + 2
		if i < len(s) && (s[i] >= 0x80 && s[i] <= 0x8A || s[i] == 0xAF) {
			return true
		}
	}
	return false
}

// foldDateRune maps full-width ASCII to ASCII and wide or no-break spaces to a
// space.
func foldDateRune(r rune) (byte, bool) {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E:
		return byte(r - 0xFEE0), true
	case r == 0x00A0, r == 0x3000, r >= 0x2000 && r <= 0x200A, r == 0x202F:
		return ' ', true
	}
	return 0, false
}

// foldDateLine applies foldDateRune to s. Each rune becomes one byte or stays as
// it is, so offsets map back with unfoldDateSpan.
//
// Only a byte that may lead a folded rune is decoded, and the text between
// two folded runes is copied whole: the runes that fold are valid
// sequences led by a byte that never continues another, so a rune-by-rune
// walk would meet them at the same places.
func foldDateLine(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	copied := 0
	for i := 0; i < len(s); i++ {
		if !foldLeadByte(s[i]) {
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if m, ok := foldDateRune(r); ok {
			b.WriteString(s[copied:i])
			b.WriteByte(m)
			i += size - 1
			copied = i + 1
		}
	}
	b.WriteString(s[copied:])
	return b.String()
}

// foldLeadByte tells whether c leads a rune foldDateRune may change
// (U+00A0, U+2000..U+202F, U+3000, U+FF01..U+FF5E).
func foldLeadByte(c byte) bool {
	return c == 0xC2 || c == 0xE2 || c == 0xE3 || c == 0xEF
}

// unfoldDateSpan maps the span [start, end) of foldDateLine(s), both at
// rune boundaries, back to offsets in s, walking s once rather than once
// per offset.
func unfoldDateSpan(s string, start, end int) (int, int) {
	i, j := unfoldDateWalk(s, 0, 0, start)
	from := i
	i, _ = unfoldDateWalk(s, i, j, end)
	return from, i
}

// unfoldDateWalk goes on from offset i of s, which is offset j of
// foldDateLine(s), until the folded offset reaches k. As in foldDateLine,
// only a folded rune moves the two offsets apart; every other byte counts
// one in each, and a boundary of the folded line never falls inside one of
// s's runes.
func unfoldDateWalk(s string, i, j, k int) (int, int) {
	for i < len(s) && j < k {
		if foldLeadByte(s[i]) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if _, ok := foldDateRune(r); ok {
				i += size
				j++
				continue
			}
		}
		i++
		j++
	}
	return i, j
}

// findDate scans a folded line: it stops only at the start of a digit run
// and at the start of a word whose first letter may begin a month name.
func findDate(s string, now time.Time) (Date, int, int, bool) {
	for i := 0; i < len(s); i++ {
		switch dateStartBytes[s[i]] {
		case dateStartNone:
			continue
		case dateStartDigit:
			if i > 0 && isDateDigit(s[i-1]) {
				continue
			}
		case dateStartLetter:
			if i > 0 && isDateLetter(s[i-1]) {
				continue
			}
		}
		if d, end, ok := matchDateAt(s, i, now); ok {
			return d, i, end, true
		}
	}
	return Date{}, 0, 0, false
}

// Kinds of byte where findDate may stop: one table lookup passes over the
// bulk of a line (Han, punctuation, other letters) where two range tests
// and a search of monthInitials did.
const (
	dateStartNone   = iota
	dateStartDigit  // an ASCII digit: a stop when it starts a run
	dateStartLetter // a month's initial: a stop when it starts a word
)

// dateStartBytes gives each byte its kind of stop.
var dateStartBytes = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = dateStartDigit
	}
	for i := 0; i < len(monthInitials); i++ {
		t[monthInitials[i]] = dateStartLetter
	}
	return t
}()

// matchDateAt tries every form that starts at i.
func matchDateAt(s string, i int, now time.Time) (Date, int, bool) {
	if isDateDigit(s[i]) {
		if !leftBoundaryOK(s, i) {
			return Date{}, 0, false
		}
		// Both forms led by a clock time need H: or HH: here; most runs
		// of digits are no clock, and so skip the two calls.
		if _, n := dateDigitsAt(s, i); n <= 2 && i+n < len(s) && s[i+n] == ':' {
			if d, end, ok := timeThenDate(s, i); ok && plausibleDate(d, now) {
				return d, end, true
			}
			if d, end, ok := gluedClockDate(s, i); ok && plausibleDate(d, now) {
				return d, end, true
			}
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

// leftBoundaryOK rejects a number glued to what comes before it: a letter
// ("v2.12"), a digit and a separator ("1.2012.06.02", "010-2012-0602"), a
// currency sign or a plus.
func leftBoundaryOK(s string, i int) bool {
	if i == 0 {
		return true
	}
	p := s[i-1]
	if isDateLetter(p) || isDateDigit(p) {
		return false
	}
	if strings.IndexByte(dateGluers, p) >= 0 && i >= 2 && isDateDigit(s[i-2]) {
		return false
	}
	if p < utf8.RuneSelf {
		return strings.IndexByte(dateLeftRejectBytes, p) < 0
	}
	for _, w := range dateLeftRejectRunes {
		if strings.HasSuffix(s[:i], w) {
			return false
		}
	}
	return true
}

// rightBoundaryOK rejects a date glued to a digit after it by its own
// separator or a period ("2012-06-02-1234", "2021.07.09.1").
func rightBoundaryOK(s string, e int, sep byte) bool {
	if e+1 < len(s) && isDateDigit(s[e+1]) && (s[e] == sep || s[e] == '.') {
		return false
	}
	return true
}

// dateAt parses a calendar date starting at i, without time of day.
func dateAt(s string, i int) (Date, int, bool) {
	if i >= len(s) {
		return Date{}, 0, false
	}
	var y, m, d, end int
	var ok bool
	order, guessed := orderNone, false
	if isDateLetter(s[i]) {
		y, m, d, end, ok = monthFirst(s, i)
	} else if isDateDigit(s[i]) {
		v, n := dateDigitsAt(s, i)
		switch {
		case n == 4:
			y = v
			m, d, end, ok = yearFirst(s, i+n)
		case n <= 2:
			y, m, d, end, ok = yearLast(s, v, i+n)
			switch {
			case !ok:
				y, m, d, end, ok = dayFirstEnglish(s, v, i+n)
			case m != d:
				order, guessed = orderMonthFirst, m <= 12 && d <= 12
				if d == v {
					order = orderDayFirst
				}
			}
		}
	}
	if !ok || !validDate(y, m, d) {
		return Date{}, 0, false
	}
	return Date{Year: y, Month: m, Day: d, order: order, orderGuessed: guessed}, end, true
}

// yearFirst parses the rest of 2012-06-02, 2012/6/2, 2012.06.02 or
// 2012年6月2日; p is just after the year.
func yearFirst(s string, p int) (m, d, end int, ok bool) {
	if p < len(s) {
		if c := s[p]; c == '-' || c == '/' || c == '.' {
			m, n := dateDigitsAt(s, p+1)
			if n < 1 || n > 2 {
				return 0, 0, 0, false
			}
			q := p + 1 + n
			if q >= len(s) || s[q] != c {
				return 0, 0, 0, false
			}
			d, n = dateDigitsAt(s, q+1)
			if n < 1 || n > 2 {
				return 0, 0, 0, false
			}
			e := q + 1 + n
			return m, d, e, rightBoundaryOK(s, e, c)
		}
	}
	q, ok := wordAfterGap(s, p, zhYearWords)
	if !ok {
		return 0, 0, 0, false
	}
	q = skipDateBlanks(s, q)
	m, n := dateDigitsAt(s, q)
	if n < 1 || n > 2 {
		return 0, 0, 0, false
	}
	if q, ok = wordAfterGap(s, q+n, zhMonthWords); !ok {
		return 0, 0, 0, false
	}
	q = skipDateBlanks(s, q)
	d, n = dateDigitsAt(s, q)
	if n < 1 || n > 2 {
		return 0, 0, 0, false
	}
	if q, ok = wordAfterGap(s, q+n, zhDayWords); !ok {
		return 0, 0, 0, false
	}
	return m, d, q, true
}

// yearLast parses the rest of 12/31/2019, 31.12.2019 or 31-12-2019; a is the
// first number and p is just after it. Slashes are month/day, the others
// day/month; the order swaps when the first reading has a month over 12.
func yearLast(s string, a, p int) (y, m, d, end int, ok bool) {
	if p >= len(s) {
		return 0, 0, 0, 0, false
	}
	c := s[p]
	if c != '-' && c != '/' && c != '.' {
		return 0, 0, 0, 0, false
	}
	b, n := dateDigitsAt(s, p+1)
	if n < 1 || n > 2 {
		return 0, 0, 0, 0, false
	}
	q := p + 1 + n
	if q >= len(s) || s[q] != c {
		return 0, 0, 0, 0, false
	}
	y, n = dateDigitsAt(s, q+1)
	if n != 4 {
		return 0, 0, 0, 0, false
	}
	e := q + 1 + n
	if !rightBoundaryOK(s, e, c) {
		return 0, 0, 0, 0, false
	}
	if c == '/' {
		m, d = a, b
	} else {
		d, m = a, b
	}
	if m > 12 {
		m, d = d, m
	}
	return y, m, d, e, true
}

// dayFirstEnglish parses the rest of "2 June 2012", "2nd of June, 2012",
// "02-Jun-2012" or "Sat, 02 Jun 2012"; d is the day and p is just after it.
func dayFirstEnglish(s string, d, p int) (y, m, dd, end int, ok bool) {
	q := skipOrdinal(s, p)
	if q < len(s) && s[q] == '-' {
		m, we, e := monthWordAt(s, q+1)
		if m == 0 || e != we || e >= len(s) || s[e] != '-' {
			return 0, 0, 0, 0, false
		}
		y, n := dateDigitsAt(s, e+1)
		if n != 4 {
			return 0, 0, 0, 0, false
		}
		end = e + 1 + n
		return y, m, d, end, rightBoundaryOK(s, end, '-')
	}
	q2 := skipDateBlanks(s, q)
	if q2 == q {
		return 0, 0, 0, 0, false
	}
	if w, n, e := dateWordAt(s, q2); string(w[:n]) == dayOf {
		q3 := skipDateBlanks(s, e)
		if q3 == e {
			return 0, 0, 0, 0, false
		}
		q2 = q3
	}
	m, we, e := monthWordAt(s, q2)
	if m == 0 {
		return 0, 0, 0, 0, false
	}
	if e < len(s) && s[e] == ',' {
		e++
	}
	q4 := skipDateBlanks(s, e)
	if q4 == we {
		return 0, 0, 0, 0, false
	}
	y, n := dateDigitsAt(s, q4)
	if n != 4 {
		return 0, 0, 0, 0, false
	}
	end = q4 + n
	return y, m, d, end, rightBoundaryOK(s, end, 0)
}

// monthFirst parses "June 2, 2012", "Jun. 2nd 2012" or, as blogs write
// it, "Dec 28 Sat 2013", starting at the month.
func monthFirst(s string, i int) (y, m, d, end int, ok bool) {
	m, we, e := monthWordAt(s, i)
	if m == 0 {
		return 0, 0, 0, 0, false
	}
	q := skipDateBlanks(s, e)
	if q == we {
		return 0, 0, 0, 0, false
	}
	d, n := dateDigitsAt(s, q)
	if n < 1 || n > 2 {
		return 0, 0, 0, 0, false
	}
	q2 := skipOrdinal(s, q+n)
	q3 := q2
	if q3 < len(s) && s[q3] == ',' {
		q3++
	}
	q3 = skipDateBlanks(s, q3)
	if q3 == q2 {
		return 0, 0, 0, 0, false
	}
	if e, ok := weekdayAt(s, q3); ok {
		if q3 = skipDateBlanks(s, skipDateComma(s, e)); q3 == e {
			return 0, 0, 0, 0, false
		}
	}
	y, n = dateDigitsAt(s, q3)
	if n != 4 {
		return 0, 0, 0, 0, false
	}
	end = q3 + n
	return y, m, d, end, rightBoundaryOK(s, end, 0)
}

// monthWordAt reads an English month name at i: its month (0 when there is
// none), the end of the word and the end after an optional period.
func monthWordAt(s string, i int) (m, wordEnd, end int) {
	if i >= len(s) || strings.IndexByte(monthInitials, s[i]) < 0 || i > 0 && isDateLetter(s[i-1]) {
		return 0, 0, 0
	}
	w, n, e := dateWordAt(s, i)
	m = monthNames[string(w[:n])]
	if m == 0 {
		return 0, 0, 0
	}
	if e < len(s) && s[e] == '.' {
		return m, e, e + 1
	}
	return m, e, e
}

// dateWordAt reads the ASCII letters at i, in lower case, and the end of the
// word. A word longer than 12 letters comes back empty (n == 0), its end
// then not read.
func dateWordAt(s string, i int) (buf [12]byte, n, end int) {
	end = i
	for end < len(s) && isDateLetter(s[end]) {
		if n == len(buf) {
			return buf, 0, end
		}
		buf[n] = s[end] | 0x20
		n++
		end++
	}
	return buf, n, end
}

// skipOrdinal skips "st", "nd", "rd" or "th" at p when a word ends there.
func skipOrdinal(s string, p int) int {
	for _, o := range dayOrdinals {
		if datePrefixFold(s, p, o) && (p+len(o) >= len(s) || !isDateLetter(s[p+len(o)])) {
			return p + len(o)
		}
	}
	return p
}

// clockTime is a time of day with an optional offset.
type clockTime struct {
	h, m, s   int
	hasOffset bool
	offset    int
}

func (c clockTime) apply(d *Date) {
	d.Hour, d.Minute, d.Second = c.h, c.m, c.s
	d.HasTime = true
	d.HasOffset, d.Offset = c.hasOffset, c.offset
}

// timeAfterDate parses the time of day that may follow a date ending at p:
// right after a "T", or after blanks, a comma, a weekday, a joiner ("at",
// " - ") with blanks on both sides.
func timeAfterDate(s string, p int) (clockTime, int, bool) {
	if p < len(s) && s[p] == 'T' {
		return clockAt(s, p+1, true)
	}
	q := skipDateComma(s, skipDateBlanks(s, p))
	if e, ok := weekdayAt(s, q); ok {
		q = skipDateComma(s, skipDateBlanks(s, e))
	}
	for _, w := range dateTimeJoiners {
		if q > 0 && isDateBlank(s[q-1]) && datePrefixFold(s, q, w) {
			e := q + len(w)
			if e < len(s) && isDateBlank(s[e]) {
				q = skipDateBlanks(s, e)
				break
			}
		}
	}
	return clockAt(s, q, false)
}

// timeThenDate parses a time followed by its date, as English pages write
// it: "10:21 AM EDT, Fri March 3, 2017". The date must start with its month
// name, so that a score or a duration before a numeric date is no time.
func timeThenDate(s string, i int) (Date, int, bool) {
	_, n := dateDigitsAt(s, i)
	if n > 2 || i+n >= len(s) || s[i+n] != ':' {
		return Date{}, 0, false
	}
	c, e, ok := clockAt(s, i, false)
	if !ok {
		return Date{}, 0, false
	}
	q := skipDateComma(s, skipDateBlanks(s, e))
	if we, ok := weekdayAt(s, q); ok {
		q = skipDateComma(s, skipDateBlanks(s, we))
	}
	if q == e || q >= len(s) || !isDateLetter(s[q]) || isDateLetter(s[q-1]) || isDateDigit(s[q-1]) {
		return Date{}, 0, false
	}
	d, end, ok := dateAt(s, q)
	if !ok {
		return Date{}, 0, false
	}
	c.apply(&d)
	return d, end, true
}

// gluedClockDate parses a time glued to the year-first date after it,
// "15:312018/09/16": pages that set the time and the date in two elements
// with no space between them come out so in a text dump. Only H:MM or
// HH:MM right before a four-digit year and its separator is read, so that
// other runs of digits after a colon (scores, counters) are no date.
func gluedClockDate(s string, i int) (Date, int, bool) {
	h, n := dateDigitsAt(s, i)
	p := i + n
	if n < 1 || n > 2 || h > 23 || p >= len(s) || s[p] != ':' {
		return Date{}, 0, false
	}
	p++
	k := 0
	for k <= 6 && p+k < len(s) && isDateDigit(s[p+k]) {
		k++
	}
	if k != 6 || p+k >= len(s) || strings.IndexByte("/-.", s[p+k]) < 0 {
		return Date{}, 0, false
	}
	mi := int(s[p]-'0')*10 + int(s[p+1]-'0')
	if mi > 59 {
		return Date{}, 0, false
	}
	d, end, ok := dateAt(s, p+2)
	if !ok || d.order != orderNone {
		return Date{}, 0, false
	}
	clockTime{h: h, m: mi}.apply(&d)
	return d, end, true
}

// weekdayAt skips an English or Chinese weekday at q, optionally in
// parentheses.
func weekdayAt(s string, q int) (int, bool) {
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
	} else if p < len(s) && s[p] >= utf8.RuneSelf {
		// Chinese weekdays start with a non-ASCII byte; after a date
		// stands mostly a digit or a blank, which need no search.
		if w, ok := datePrefixAt(s, p, zhWeekdayPrefixes); ok {
			if w2, ok := datePrefixAt(s, p+len(w), zhWeekdayDays); ok {
				e = p + len(w) + len(w2)
			}
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

// clockAt parses a time of day at q: 08:30, 8:30:02.123, 8:30 pm, 下午3:30,
// 08时30分02秒, then an optional zone. iso allows an offset glued to the
// time ("08:30-05:00"), as after a "T"; otherwise only one with seconds.
func clockAt(s string, q int, iso bool) (clockTime, int, bool) {
	var c clockTime
	period := 0 // 1 am, 2 pm
	if w, ok := periodAt(s, q, zhDayPeriods); ok {
		period = 1
		if w.pm {
			period = 2
		}
		q = skipDateBlanks(s, q+len(w.word))
	}
	h, n := dateDigitsAt(s, q)
	if n < 1 || n > 2 {
		return c, 0, false
	}
	q += n
	seconds := false
	if q < len(s) && s[q] == ':' {
		mi, n := dateDigitsAt(s, q+1)
		if n != 2 {
			return c, 0, false
		}
		c.m = mi
		q += 1 + n
		if q+1 < len(s) && s[q] == ':' && isDateDigit(s[q+1]) {
			sec, n := dateDigitsAt(s, q+1)
			if n != 2 {
				return c, 0, false
			}
			c.s = sec
			seconds = true
			q += 1 + n
			if q+1 < len(s) && (s[q] == '.' || s[q] == ',') && isDateDigit(s[q+1]) {
				q++
				for q < len(s) && isDateDigit(s[q]) {
					q++
				}
			}
		}
		if q+1 < len(s) && s[q] == ':' && isDateDigit(s[q+1]) {
			return c, 0, false
		}
	} else if w, ok := datePrefixAt(s, q, zhHourWords); ok {
		p := skipDateBlanks(s, q+len(w))
		mi, n := dateDigitsAt(s, p)
		if n < 1 || n > 2 {
			return c, 0, false
		}
		c.m = mi
		q = p + n
		if e, ok := wordAfterGap(s, q, zhMinuteWords); ok {
			q = e
			p := skipDateBlanks(s, q)
			if sec, n := dateDigitsAt(s, p); n >= 1 && n <= 2 {
				if e, ok := wordAfterGap(s, p+n, zhSecondWords); ok {
					c.s = sec
					q = e
				}
			}
		}
	} else {
		return c, 0, false
	}
	if period == 0 {
		if w, ok := periodAt(s, skipDateBlanks(s, q), ampmWords); ok {
			period = 1
			if w.pm {
				period = 2
			}
			q = skipDateBlanks(s, q) + len(w.word)
		}
	}
	switch {
	case period == 2 && h >= 1 && h < 12:
		h += 12
	case period == 1 && h == 12:
		h = 0
	}
	if h > 23 || c.m > 59 || c.s > 59 {
		return c, 0, false
	}
	c.h = h
	if off, e, ok := zoneAt(s, q, iso || seconds); ok {
		q = e
		if off.known {
			c.hasOffset, c.offset = true, off.offset
		}
	}
	return c, q, true
}

// periodAt matches one of words at q (case-insensitively), the longest
// first, not followed by a letter.
func periodAt(s string, q int, words []ampmWord) (ampmWord, bool) {
	// Every marker of ampmWords and zhDayPeriods starts with a, p or a
	// non-ASCII byte; mostly a digit or a blank stands here, and then no
	// word needs a look.
	if q >= len(s) || s[q] < utf8.RuneSelf && s[q]|0x20 != 'a' && s[q]|0x20 != 'p' {
		return ampmWord{}, false
	}
	for _, w := range words {
		e := q + len(w.word)
		if datePrefixFold(s, q, w.word) && (e >= len(s) || !isDateLetter(s[e]) || w.word[len(w.word)-1] == '.') {
			return w, true
		}
	}
	return ampmWord{}, false
}

// zoneAt parses a zone after a time ending at q: glued "Z", glued
// "+08:00" / "+0800" / "+08" when glued is true, or after blanks "+0800",
// "+08:00", "GMT", "GMT+8", "UTC+08:00", "EDT", "北京时间".
func zoneAt(s string, q int, glued bool) (zoneOffset, int, bool) {
	if q >= len(s) {
		return zoneOffset{}, q, false
	}
	if s[q] == 'Z' && (q+1 >= len(s) || !isDateLetter(s[q+1])) {
		return zoneOffset{0, true}, q + 1, true
	}
	if glued && (s[q] == '+' || s[q] == '-') {
		if off, e, ok := numericOffset(s, q, false, true); ok {
			return zoneOffset{off, true}, e, true
		}
		return zoneOffset{}, q, false
	}
	p := skipDateBlanks(s, q)
	if p == q || p >= len(s) {
		return zoneOffset{}, q, false
	}
	if s[p] == '+' || s[p] == '-' {
		if off, e, ok := numericOffset(s, p, false, false); ok {
			return zoneOffset{off, true}, e, true
		}
		return zoneOffset{}, q, false
	}
	e := p
	for e < len(s) && e-p < 5 && s[e] >= 'A' && s[e] <= 'Z' {
		e++
	}
	if e > p && (e >= len(s) || !isDateLetter(s[e])) {
		name := s[p:e]
		if z, ok := zoneNames[name]; ok {
			if zoneOffsetNames[name] && e < len(s) && (s[e] == '+' || s[e] == '-') {
				if off, oe, ok := numericOffset(s, e, true, true); ok {
					return zoneOffset{off, true}, oe, true
				}
			}
			return z, e, true
		}
		return zoneOffset{}, q, false
	}
	for _, z := range zhZoneNames {
		if strings.HasPrefix(s[p:], z.name) {
			return z.zoneOffset, p + len(z.name), true
		}
	}
	return zoneOffset{}, q, false
}

// numericOffset parses ±hh:mm, ±hhmm, or (when short) ±hh or ±h at q.
func numericOffset(s string, q int, oneDigit, twoDigit bool) (int, int, bool) {
	sign := 1
	if s[q] == '-' {
		sign = -1
	}
	v, n := dateDigitsAt(s, q+1)
	e := q + 1 + n
	var h, m int
	switch {
	case n == 4:
		h, m = v/100, v%100
	case n == 2 && e+1 < len(s) && s[e] == ':' && isDateDigit(s[e+1]):
		mm, n2 := dateDigitsAt(s, e+1)
		if n2 != 2 {
			return 0, 0, false
		}
		h, m = v, mm
		e += 1 + n2
	case n == 2 && twoDigit, n == 1 && oneDigit:
		h = v
	default:
		return 0, 0, false
	}
	if h > zoneMaxOffset || m > 59 {
		return 0, 0, false
	}
	return sign * (h*3600 + m*60), e, true
}

// plausibleDate rejects years before minDateYear and dates more than a day
// after now. A date without an offset is read in now's location.
func plausibleDate(d Date, now time.Time) bool {
	if d.Year < minDateYear || !validDate(d.Year, d.Month, d.Day) {
		return false
	}
	if !d.HasTime {
		ly, lm, ld := now.AddDate(0, 0, 1).Date()
		return d.Year*10000+d.Month*100+d.Day <= ly*10000+int(lm)*100+ld
	}
	var t time.Time
	if d.HasOffset {
		t = time.Date(d.Year, time.Month(d.Month), d.Day, d.Hour, d.Minute, d.Second, 0, time.UTC).Add(-time.Duration(d.Offset) * time.Second)
	} else {
		t = time.Date(d.Year, time.Month(d.Month), d.Day, d.Hour, d.Minute, d.Second, 0, now.Location())
	}
	return !t.After(now.Add(24 * time.Hour))
}

// validDate tells whether y-m-d is a day of the Gregorian calendar.
func validDate(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
}

func daysInMonth(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// parseUnixValue reads a Unix timestamp: 10 digits of seconds (optionally
// with a fraction) or 13 of milliseconds.
func parseUnixValue(s string) (Date, bool) {
	intPart := s
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart = s[:i]
		if !allDateDigits(s[i+1:]) || len(intPart) != 10 {
			return Date{}, false
		}
	}
	if !allDateDigits(intPart) {
		return Date{}, false
	}
	v, err := strconv.ParseInt(intPart, 10, 64)
	if err != nil {
		return Date{}, false
	}
	var t time.Time
	switch len(intPart) {
	case 10:
		t = time.Unix(v, 0)
	case 13:
		t = time.UnixMilli(v)
	default:
		return Date{}, false
	}
	return dateFromTime(t.UTC(), true), true
}

// parseBasicISO reads the ISO 8601 basic form: 20120602, 20120602T0830,
// 20120602T083002, then optionally Z or ±hhmm.
func parseBasicISO(s string) (Date, bool) {
	if len(s) < 8 || !allDateDigits(s[:8]) {
		return Date{}, false
	}
	v, _ := strconv.Atoi(s[:8])
	d := Date{Year: v / 10000, Month: v / 100 % 100, Day: v % 100}
	if !validDate(d.Year, d.Month, d.Day) {
		return Date{}, false
	}
	rest := s[8:]
	if rest == "" {
		return d, true
	}
	if rest[0] != 'T' {
		return Date{}, false
	}
	rest = rest[1:]
	n := 0
	for n < len(rest) && isDateDigit(rest[n]) {
		n++
	}
	if n != 4 && n != 6 {
		return Date{}, false
	}
	t, _ := strconv.Atoi(rest[:n])
	if n == 4 {
		t *= 100
	}
	d.Hour, d.Minute, d.Second, d.HasTime = t/10000, t/100%100, t%100, true
	if d.Hour > 23 || d.Minute > 59 || d.Second > 59 {
		return Date{}, false
	}
	rest = rest[n:]
	switch {
	case rest == "":
	case rest == "Z":
		d.HasOffset = true
	case (rest[0] == '+' || rest[0] == '-') && len(rest) == 5:
		off, e, ok := numericOffset(rest, 0, false, false)
		if !ok || e != len(rest) {
			return Date{}, false
		}
		d.HasOffset, d.Offset = true, off
	default:
		return Date{}, false
	}
	return d, true
}

// valueLayouts are the time.Parse layouts ParseDateValue falls back to,
// for forms FindDate does not take (two-digit years, year after the time).
var valueLayouts = []struct {
	layout  string
	numeric bool // the zone is a numeric offset
}{
	{time.RFC1123Z, true},
	{time.RFC1123, false},
	{"Mon, 02 Jan 06 15:04:05 -0700", true},
	{"Mon, 02 Jan 06 15:04:05 MST", false},
	{"Mon, 02 Jan 06 15:04 -0700", true},
	{"Mon, 02 Jan 06 15:04 MST", false},
	{"02 Jan 06 15:04:05 -0700", true},
	{"02 Jan 06 15:04:05 MST", false},
	{time.RFC822Z, true},
	{time.RFC822, false},
	{time.RFC850, false},
	{time.RubyDate, true},
	{time.UnixDate, false},
	{time.ANSIC, false},
}

// parseLayoutValue tries valueLayouts. A named zone gives an offset only
// when zoneNames knows it unambiguously.
func parseLayoutValue(s string) (Date, bool) {
	for _, l := range valueLayouts {
		t, err := time.Parse(l.layout, s)
		if err != nil {
			continue
		}
		d := dateFromTime(t, false)
		if l.numeric {
			_, d.Offset = t.Zone()
			d.HasOffset = true
		} else if strings.Contains(l.layout, "MST") {
			name, _ := t.Zone()
			if z, ok := zoneNames[name]; ok && z.known {
				d.HasOffset, d.Offset = true, z.offset
			}
		}
		return d, true
	}
	return Date{}, false
}

func dateFromTime(t time.Time, withOffset bool) Date {
	y, m, d := t.Date()
	h, mi, sec := t.Clock()
	out := Date{Year: y, Month: int(m), Day: d, Hour: h, Minute: mi, Second: sec, HasTime: true}
	if withOffset {
		_, out.Offset = t.Zone()
		out.HasOffset = true
	}
	return out
}

// dateDigitsAt reads the run of ASCII digits at i: its value and length. It
// stops after 5 digits, more than any part of a date has; a length of 5
// means "too long".
func dateDigitsAt(s string, i int) (v, n int) {
	for n < 5 && i+n < len(s) && isDateDigit(s[i+n]) {
		v = v*10 + int(s[i+n]-'0')
		n++
	}
	return v, n
}

func allDateDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDateDigit(s[i]) {
			return false
		}
	}
	return true
}

func isDateDigit(c byte) bool  { return c-'0' <= 9 }
func isDateLetter(c byte) bool { return (c|0x20)-'a' < 26 }
func isDateBlank(c byte) bool  { return c == ' ' || c == '\t' }

// skipDateBlanks skips at most dateGapMax blanks at i.
func skipDateBlanks(s string, i int) int {
	for k := 0; k < dateGapMax && i < len(s) && isDateBlank(s[i]); k++ {
		i++
	}
	return i
}

func skipDateComma(s string, i int) int {
	if i < len(s) && s[i] == ',' {
		return skipDateBlanks(s, i+1)
	}
	return i
}

// wordAfterGap matches one of words after optional blanks at p and returns
// the end of the word.
func wordAfterGap(s string, p int, words []string) (int, bool) {
	q := skipDateBlanks(s, p)
	if w, ok := datePrefixAt(s, q, words); ok {
		return q + len(w), true
	}
	return p, false
}

func datePrefixAt(s string, q int, words []string) (string, bool) {
	if q > len(s) {
		return "", false
	}
	for _, w := range words {
		if strings.HasPrefix(s[q:], w) {
			return w, true
		}
	}
	return "", false
}

// datePrefixFold reports whether s[q:] starts with the lower-case ASCII word
// w, ignoring case.
func datePrefixFold(s string, q int, w string) bool {
	if q+len(w) > len(s) {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := s[q+k]
		if isDateLetter(c) {
			c |= 0x20
		}
		if c != w[k] {
			return false
		}
	}
	return true
}
