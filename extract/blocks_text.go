package extract

import "strings"

// textBlocks splits a text dump into blocks, one per non-empty line. Chromium's
// innerText puts each block element on a line of its own, so a line is the
// natural unit; indentation and blank lines carry no meaning we rely on.
func textBlocks(text string) []block {
	blocks := make([]block, 0, strings.Count(text, "\n")/2+1)
	for len(text) > 0 {
		line := text
		if i := strings.IndexAny(text, "\n\r"); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		if line = normalizeSpace(line); line != "" {
			blocks = append(blocks, newBlock(line))
		}
	}
	return blocks
}
