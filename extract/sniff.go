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

// sniffKind tells an HTML page from a text dump by the tags near its start.
func sniffKind(text string) Kind {
	head := text
	if len(head) > 8192 {
		head = head[:8192]
	}
	head = strings.ToLower(head)
	hits := 0
	for _, m := range htmlMarkers {
		if strings.Contains(head, m) {
			hits++
		}
	}
	trimmed := strings.TrimLeft(head, " \t\r\n\ufeff")
	if hits >= 2 || hits == 1 && strings.HasPrefix(trimmed, "<") {
		return KindHTML
	}
	return KindText
}

// isBlankInput reports input with nothing but white space.
func isBlankInput(data []byte) bool { return len(bytes.TrimSpace(data)) == 0 }
