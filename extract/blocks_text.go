package extract

import "strings"

// textBlocks splits a text dump into blocks, one per non-empty line. Chromium's
// innerText puts each block element on a line of its own, so a line is the
// natural unit; indentation and blank lines carry no meaning we rely on.
// Control characters (NUL, ESC, the C1 range ...) are dropped with the
// invisible ones by normalizeSpace: a browser shows nothing for them, and in
// a dump they are debris of a broken save. Each line is measured once; only
// the lines that need folding inside are copied and measured again.
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
			st := statsOf(part)
			switch {
			case st.marks&markUnfolded != 0:
				part = normalizeSpace(part)
				st = statsOf(part)
			case st.marks&markEdgeSpace != 0:
				// Indented paragraphs (\u3000\u3000 in Chinese dumps) need
				// no copy: cut the ends and count what was cut.
				head := strings.TrimLeftFunc(part, isSpaceRune)
				trimmed := strings.TrimRightFunc(head, isSpaceRune)
				st.chars -= runeLen(part[:len(part)-len(head)]) + runeLen(head[len(trimmed):])
				st.marks &^= markEdgeSpace
				part = trimmed
			}
			if part != "" {
				blocks = append(blocks, block{text: part, stats: st, node: -1})
			}
		}
	}
	return blocks
}
