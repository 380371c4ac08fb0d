package extract

import (
	"testing"
)

// isBinaryReference is IsBinary with the control bytes counted one byte
// at a time, for checking the word-at-a-time scan.
func isBinaryReference(data []byte) bool {
	if len(data) == 0 {
		return false
	}
	if hasBinaryMagic(data) {
		return true
	}
	if len(data) >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF) ||
		len(data) >= 3 && string(data[:3]) == "\xef\xbb\xbf" || sniffUTF16(data) != "" {
		return false
	}
	window := data[:min(len(data), binarySniffWindow)]
	ctrl := 0
	for _, c := range window {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1B || c == 0x7F {
			ctrl++
		}
	}
	return ctrl*100 > len(window)*3
}

var fastDecodeSamples = []string{
	"", "a", "\x80", "中文", "中\xe4\xb8", "\xe0\xa0\x80", "\xe0\x9f\xbf", "\xed\x9f\xbf", "\xed\xa0\x80",
	"\xef\xbf\xbf", "\xef\xbf\xbd", "\xe1\x80", "\xe1\x80\x7f", "\xe1\xc0\x80", "\xf0\x90\x80\x80", "\xf4\x90\x80\x80",
	"\xc2\xa0abcdefghijklmnop中", "abcdefgh\xff", "\x00\x01\x02\x7f\x1b\t\n\r", "新闻\x01\x02\x03\x04\x05\x06\x07\x08x\x7f\x7f",
	"line\r\nline two\x0c\x0b\x1a\x1f 正文",
	// Clean sixteen-byte pairs up to the end, and a flag in either half.
	"0123456789abcdef", "0123456789abcdef0123456789abcdef", "0123456789abcde\x01", "01234567\x0289abcdef01234567",
}

func FuzzIsBinary(f *testing.F) {
	for _, s := range fastDecodeSamples {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if got, want := IsBinary(data), isBinaryReference(data); got != want {
			t.Errorf("IsBinary(%q) = %v, want %v", data, got, want)
		}
	})
}

// TestIsBinaryControlRuns compares IsBinary with the byte-wise count on
// text with control bytes at every offset of an eight-byte word.
func TestIsBinaryControlRuns(t *testing.T) {
	for _, c := range []byte{0, 1, '\t', '\n', 0x1B, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0xE4} {
		for period := 1; period <= 40; period++ {
			data := make([]byte, 600)
			for i := range data {
				data[i] = "中文abc"[i%7]
				if i%period == 0 {
					data[i] = c
				}
			}
			if got, want := IsBinary(data), isBinaryReference(data); got != want {
				t.Fatalf("IsBinary(byte %#x every %d) = %v, want %v", c, period, got, want)
			}
		}
	}
}
