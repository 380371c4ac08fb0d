package extract

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// binarySamples are pages around IsBinary's decision that Extract now
// makes in two steps for text dumps read in place: control bytes in the
// lines the measuring pass marks, before and after the first 8 KB, at
// the 3 % threshold, and beside white space that is folded anyway.
func binarySamples() []string {
	line := "记者从会议上获悉，今年以来全省经济运行总体平稳。\n"
	body := strings.Repeat(line, 8192/len(line)+1) // past the window
	ctrlLines := func(n int, c string) string {
		var b strings.Builder
		for range n {
			b.WriteString("正文" + c + "内容  标题" + c + "\n")
		}
		return b.String()
	}
	return []string{
		"新闻\x01标题\n正文第一段，内容。\n",
		"来源：新华网  作者：张三\x02\n" + line,
		"\x00\x00\x00\x00" + line,
		body + strings.Repeat("\x01\x02\x03\x04", 200),
		ctrlLines(140, "\x01"), // about 3 % of the window
		ctrlLines(160, "\x01"),
		ctrlLines(200, "\x7f"),
		ctrlLines(300, "\x1b"), // ESC is not counted
		ctrlLines(300, "\t"),
		"plain ascii \x01\x02\x03\x04\x05\x06 text\n",
		"<html><body>\x01\x02\x03\x04\x05\x06\x07\x08</body></html>",
		"h\x00e\x00l\x00l\x00o\x00 \x00w\x00o\x00r\x00l\x00d\x00",
		"\xef\xbb\xbf" + ctrlLines(200, "\x01"),
		"中文\xff\xfe" + ctrlLines(200, "\x01"),
		strings.Repeat("\x01正文", 3000),
	}
}

// FuzzExtractBinary holds Extract's ErrBinary to IsBinary: Extract counts
// control bytes only when the measuring pass saw one in a dump's first
// 8 KB, and that must answer as IsBinary would on every input.
func FuzzExtractBinary(f *testing.F) {
	for _, s := range binarySamples() {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, data []byte, asText bool) {
		if isBlankInput(data) {
			return
		}
		opts := Options{Now: now}
		if asText {
			opts.Kind = KindText
		}
		_, err := Extract(data, opts)
		if got, want := errors.Is(err, ErrBinary), IsBinary(data); got != want {
			t.Errorf("Extract(%q) binary = %v (%v), IsBinary = %v", data, got, err, want)
		}
	})
}
