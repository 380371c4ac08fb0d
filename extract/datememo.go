package extract

import "time"

// foundDate is one answer of FindDate, kept whole so that it can be handed
// on to the code that reads the line around the date.
type foundDate struct {
	d          Date
	start, end int
	ok         bool
}

// findDateSpan is FindDate with its answer as one value.
func findDateSpan(s string, now time.Time) foundDate {
	d, start, end, ok := FindDate(s, now)
	return foundDate{d, start, end, ok}
}

// pageDates keeps FindDate's answer on the whole text of each block of a
// page, for the two nows the stages ask with: the page's own and
// farFuture. The teaser-list pass, the body search and the metadata
// stages come back to the same info lines, and a line's date depends on
// its text and the now alone; the texts do not change once the blocks are
// built. A nil *pageDates searches every time. The classifier does not
// fill it: it asks about every line with a digit, few of which are asked
// again, and keeping its answers cost more than the repeats saved.
type pageDates struct {
	now   time.Time
	state [2][]int32 // per now, per block: 0 not asked, -1 no date, k+1 found[k]
	found []foundDate
}

// Indexes of the two nows in pageDates.state.
const (
	dateSlotFar  = 0 // farFuture
	dateSlotPage = 1 // the page's now
)

// newPageDates makes the memo for n blocks searched with now or farFuture.
func newPageDates(n int, now time.Time) *pageDates {
	buf := make([]int32, 2*n)
	return &pageDates{now: now, state: [2][]int32{buf[:n:n], buf[n:]}}
}

// slot returns where answers for now are kept, or -1 for a now the memo
// does not keep. The comparison is of the whole time.Time, location
// included, as FindDate reads the location of now.
func (m *pageDates) slot(now time.Time) int {
	switch {
	case m == nil:
		return -1
	case now == farFuture:
		return dateSlotFar
	case now == m.now:
		return dateSlotPage
	}
	return -1
}

// find returns FindDate(blocks[i].text, now), searching each block once
// per now.
func (m *pageDates) find(blocks []block, i int, now time.Time) foundDate {
	return m.findText(i, blocks[i].text, now)
}

// findText is find for a caller that holds the text of block i rather
// than the blocks.
func (m *pageDates) findText(i int, text string, now time.Time) (f foundDate) {
	k := m.slot(now)
	if k >= 0 {
		if s := m.state[k][i]; s < 0 {
			return foundDate{}
		} else if s > 0 {
			return m.found[s-1]
		}
	}
	f.d, f.start, f.end, f.ok = FindDate(text, now)
	if k >= 0 {
		m.keep(k, i, f)
	}
	return f
}

// keep stores f for block i in slot k.
func (m *pageDates) keep(k, i int, f foundDate) {
	if !f.ok {
		m.state[k][i] = -1
		return
	}
	m.found = append(m.found, f)
	m.state[k][i] = int32(len(m.found))
}
