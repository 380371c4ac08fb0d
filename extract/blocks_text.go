package extract

import "strings"

// textBlocks splits a text dump into blocks, one per non-empty line. Chromium's
// innerText puts each block element on a line of its own, so a line is the
// natural unit; indentation and blank lines carry no meaning we rely on.
// Control characters (NUL, ESC, the C1 range ...) are dropped: a browser
// shows nothing for them, and in a dump they are debris of a broken save.
func textBlocks(text string) []block {
	blocks := make([]block, 0, strings.Count(text, "\n")/2+1)
	for len(text) > 0 {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		// CRLF ends lines too, and so does a lone CR (old Mac files).
		for len(line) > 0 {
			part := line
			if j := strings.IndexByte(line, '\r'); j >= 0 {
				part, line = line[:j], line[j+1:]
			} else {
				line = ""
			}
			if part = normalizeSpace(dropControls(part)); part != "" {
				blocks = append(blocks, newBlock(part))
			}
		}
	}
	return blocks
}

// dropControls removes the control characters of s that are not white
// space (normalizeSpace folds tab, vertical tab, form feed and U+0085 into
// a space). It returns s itself when there is none, which is the rule.
func dropControls(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == 0x7F || c == 0xC2 && i+1 < len(s) && s[i+1] < 0xA0 {
			return strings.Map(func(r rune) rune {
				if isDroppedControl(r) {
					return -1
				}
				return r
			}, s)
		}
	}
	return s
}

// isDroppedControl reports the control characters dropControls removes:
// C0 controls other than the white-space ones, DEL, and C1 controls other
// than NEL (U+0085), which is white space.
func isDroppedControl(r rune) bool {
	switch {
	case r < 0x20:
		return r != '\t' && r != '\n' && r != '\v' && r != '\f' && r != '\r'
	case r == 0x7F:
		return true
	case 0x80 <= r && r < 0xA0:
		return r != 0x85
	}
	return false
}
