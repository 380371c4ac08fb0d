package extract

import (
	"bytes"
	"strings"
)

// htmlMarkers are tags whose presence near the start of a dump means HTML.
// A copied text dump has none of them; a saved page has several.
var htmlMarkers = []string{
	"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<p ",
	"<table", "<script", "<link ", "<span", "<br", "<a href", "<text ", "<?xml",
}

// sniffWindow is how much of a dump, after leading white space and
// comments, sniffKind looks at.
const sniffWindow = 8192

// sniffKind tells an HTML page from a text dump by the tags near its start.
// Leading white space and HTML comments are skipped first: a page saved
// with a long licence comment or thousands of blank lines above <html> is
// still a page. A dump that starts with a comment is HTML whatever follows:
// no browser copy starts with "<!--".
func sniffKind(text string) Kind {
	const space = " \t\r\n\f\ufeff"
	head := strings.TrimLeft(text, space)
	if strings.HasPrefix(head, "<!--") {
		return KindHTML
	}
	if len(head) > sniffWindow {
		head = head[:sniffWindow]
	}
	if strings.IndexByte(head, '<') < 0 {
		return KindText // every marker opens a tag: a dump without one is text
	}
	head = asciiLower(head)
	hits := 0
	for _, m := range htmlMarkers {
		if strings.Contains(head, m) {
			hits++
		}
	}
	if hits >= 2 || hits == 1 && strings.HasPrefix(head, "<") {
		return KindHTML
	}
	return KindText
}

// asciiLower lower-cases ASCII letters only: tag names are ASCII, and
// strings.ToLower would walk the Unicode tables for every Chinese character.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// isBlankInput reports input with nothing but white space.
func isBlankInput(data []byte) bool { return len(bytes.TrimSpace(data)) == 0 }
