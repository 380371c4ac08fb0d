package extract

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// FuzzDecode checks that Decode never panics, always returns valid UTF-8 and
// a sane count, and fails only on an override; and that IsBinary never
// panics.
func FuzzDecode(f *testing.F) {
	gbk, _ := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(decZhHans))
	big5, _ := traditionalchinese.Big5.NewEncoder().Bytes([]byte(decZhHant))
	f.Add([]byte(decTestPage(`<meta charset="gb2312">`, "新闻", decZhHans)), "", "", true)
	f.Add(gbk, "text/html; charset=big5", "", false)
	f.Add(big5, "", "", true)
	f.Add([]byte("\xff\xfeh\x00i\x00\x00\xd8"), "", "", false)
	f.Add([]byte("\xef\xbb\xbf\xe4\xb8"), "", "", false)
	f.Add([]byte(`<?xml version="1.0" encoding="gbk"?><meta http-equiv=content-type content="charset='big5'">`+"\x84\x31\xa4\x37\x81"), "", "", true)
	f.Add([]byte("<meta charset=\"iso-2022-jp\">\x1b$B\xff"), "", "", true)
	f.Add([]byte("abc\x80"), "charset=utf-16be", "gbk", false)
	f.Fuzz(func(t *testing.T, data []byte, contentType, override string, html bool) {
		IsBinary(data)
		got, err := Decode(data, DecodeOptions{Override: override, ContentType: contentType, HTML: html})
		if err != nil {
			if override == "" {
				t.Fatalf("error without override: %v", err)
			}
			return
		}
		if !utf8.ValidString(got.Text) {
			t.Fatalf("Text is not valid UTF-8: %q", got.Text)
		}
		if got.Invalid < 0 || got.Invalid > len(data) {
			t.Fatalf("Invalid = %d for %d bytes", got.Invalid, len(data))
		}
		if got.Encoding == "" {
			t.Fatal("no Encoding")
		}
		checkDecoderShortcuts(t, data)
	})
}

// checkDecoderShortcuts checks the two shortcuts the statistics and the
// decoding take against decoding data whole with each candidate: copying
// ASCII runs past the decoder gives the same text, and the compacted sample
// decodes to the same non-ASCII characters (so the same invalid count).
func checkDecoderShortcuts(t *testing.T, data []byte) {
	sample := charsetSample(data, charsetSampleLimit)
	uncut := len(data) <= charsetSampleLimit
	for _, c := range charsetCandidates {
		if c.enc == nil {
			continue
		}
		whole := decodeTransformAll(c.enc.NewDecoder(), data, nil)
		if fast := decodeSkippingASCII(c.enc.NewDecoder(), data); !bytes.Equal(fast, whole) {
			t.Fatalf("%s: skipping ASCII gives %q, whole %q", c.name, fast, whole)
		}
		if uncut {
			fromSample := decodeTransformAll(c.enc.NewDecoder(), sample, nil)
			if a, b := decNonASCII(fromSample), decNonASCII(whole); a != b {
				t.Fatalf("%s: sample %q reads %q, data reads %q", c.name, sample, a, b)
			}
		}
	}
}

func decNonASCII(b []byte) string {
	var sb strings.Builder
	for _, c := range b {
		if c >= utf8.RuneSelf {
			sb.WriteByte(c)
		}
	}
	return sb.String()
}
