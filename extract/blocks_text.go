package extract

import (
	"strings"
	"sync"
)

// textBlocks splits a text dump into blocks, one per non-empty line. Chromium's
// innerText puts each block element on a line of its own, so a line is the
// natural unit; indentation and blank lines carry no meaning we rely on.
// Control characters (NUL, ESC, the C1 range ...) are dropped with the
// invisible ones by normalizeSpace: a browser shows nothing for them, and in
// a dump they are debris of a broken save. Each line is measured once; only
// the lines that need folding inside are copied and measured again.
func textBlocks(text string) []block {
	blocks, _, _ := splitTextBlocks(text, false, 0)
	return blocks
}

// textBlocksChecked is textBlocks that also tells whether text is valid
// UTF-8. Measuring a line decodes every rune that is not plain ASCII or a
// common ideograph, and those two are valid by their form, so statsOf marks
// an invalid byte at no cost (markInvalid): Extract reads a dump taken for
// UTF-8 without a validation pass of its own, and decodes it again should
// this say no: it stops at the first line that is not, and returns no
// blocks then.
func textBlocksChecked(text string) (blocks []block, valid bool) {
	blocks, valid, _ = splitTextBlocks(text, true, 0)
	return blocks, valid
}

// splitTextBlocks is textBlocks and textBlocksChecked: with stopAtInvalid
// it gives up at the first line that is not valid UTF-8. control reports
// whether a line that starts in the first screen bytes holds a control
// byte that IsBinary counts (hasControlByte): Extract leaves IsBinary's
// own pass over a dump's first 8 KB to the measuring pass, which finds
// such bytes for nothing, as every one of them marks its line unfolded.
func splitTextBlocks(text string, stopAtInvalid bool, screen int) (blocks []block, valid, control bool) {
	// One block per line at most (a lone CR, rare, may make it grow):
	// most lines of a dump hold text, and growing the slice copies it.
	blocks = getBlocks(strings.Count(text, "\n") + 1)
	var marks lineMarks
	// CRLF ends lines too, and so does a lone CR (old Mac files); a dump
	// without any CR is spared the test for one in every line.
	breaks := breakAtLF
	if strings.IndexByte(text, '\r') >= 0 {
		breaks = breakAtLFOrCR
	}
	size := len(text)
	for len(text) > 0 {
		st, n := measureLine(text, breaks)
		line := text[:n]
		if st.marks&markUnfolded != 0 && !control && size-len(text) < screen {
			control = hasControlByte(line)
		}
		text = text[min(n+1, len(text)):]
		blocks = appendLineBlock(blocks, line, st, &marks)
		if stopAtInvalid && marks&markInvalid != 0 {
			putBlocks(blocks)
			return nil, false, control
		}
	}
	return blocks, marks&markInvalid == 0, control
}

// hasControlByte reports a byte of s that IsBinary counts as a control
// byte: below 0x20 other than tab, line feed, vertical tab, form feed,
// carriage return and escape, or DEL.
func hasControlByte(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1B || c == 0x7F {
			return true
		}
	}
	return false
}

// appendLineBlock appends one measured line of a dump as a block unless it
// is blank. It adds the marks of the line as it stands to seen.
func appendLineBlock(blocks []block, part string, st textStats, seen *lineMarks) []block {
	if part == "" {
		return blocks
	}
	*seen |= st.marks
	switch {
	case st.marks&markUnfolded != 0:
		part = foldSpace(part)
		st = statsOf(part)
	case st.marks&markEdgeSpace != 0:
		// Indented paragraphs (\u3000\u3000 in Chinese dumps) need
		// no copy: cut the ends and count what was cut.
		head := strings.TrimLeftFunc(part, isSpaceRune)
		trimmed := strings.TrimRightFunc(head, isSpaceRune)
		st.chars -= int32(runeLen(part[:len(part)-len(head)]) + runeLen(head[len(trimmed):]))
		st.marks &^= markEdgeSpace
		part = trimmed
	}
	if part != "" {
		blocks = append(blocks, block{text: part, stats: st, node: -1})
	}
	return blocks
}

// blockBuffers recycles the block slices of text dumps. A dump's blocks are
// garbage once its Article is built, and a slice allocated afresh for every
// page (zeroed, new to the cache, more work for the collector) cost about
// 5 % of a dump's extraction. A slice comes back cleared, so the pool keeps
// no page's text alive; the few very large ones are left to the collector.
var blockBuffers sync.Pool // of *[]block

// maxPooledBlocks is the largest slice kept for reuse: 64 K blocks, 4 MB.
const maxPooledBlocks = 1 << 16

// recycleBlocks turns the pool on; the growth tests turn it off, so that
// they measure what a page allocates rather than what the pool spared it.
var recycleBlocks = true

// getBlocks returns an empty slice with room for n blocks, recycled when
// the pool has one large enough.
func getBlocks(n int) []block {
	if p, ok := blockBuffers.Get().(*[]block); ok && cap(*p) >= n && recycleBlocks {
		return (*p)[:0]
	}
	return make([]block, 0, n)
}

// putBlocks gives b back to the pool once nothing reads it any more. Its
// blocks are cleared first: they hold the page's text.
func putBlocks(b []block) {
	if cap(b) > maxPooledBlocks || !recycleBlocks {
		return
	}
	clear(b)
	b = b[:0]
	blockBuffers.Put(&b)
}
