package extract

import (
	"bytes"
	"errors"
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// Sentences written for these tests. 镕 and 喆 are in GBK but not in GB2312.
const (
	decZhHans = "本报讯 记者从市政府新闻发布会上获悉，今年全市经济保持稳定增长，城乡居民收入继续提高。" +
		"有关部门表示，下一步将加快推进重点项目建设，进一步改善交通条件，让更多群众感受到发展带来的实际变化。" +
		"负责此次调查的工作人员张镕和王喆说，他们走访了十几个社区，听取了大家对公共服务的意见。"
	decZhHant = "本報訊 記者從市政府新聞發布會上獲悉，今年全市經濟保持穩定增長，城鄉居民收入繼續提高。" +
		"有關部門表示，下一步將加快推進重點項目建設，進一步改善交通條件，讓更多民眾感受到發展帶來的實際變化。" +
		"負責這次調查的工作人員說，他們走訪了十幾個社區，聽取了大家對公共服務的意見。"
	decKoText = "오늘 서울에서 열린 회의에서 정부는 새로운 교통 정책을 발표했다. " +
		"이번 정책은 시민들의 생활을 더 편리하게 만들기 위한 것이라고 관계자는 말했다. " +
		"회의에는 여러 지역의 대표들이 참석해 의견을 나누었다."
	decJaText = "今日は東京で新しい交通政策についての会議が開かれました。" +
		"市民の生活をもっと便利にするための計画だと担当者は話しています。" +
		"会議には各地域の代表が参加し、さまざまな意見が出されました。"
	decFrText = "Le café de la gare a rouvert ses portes cette semaine. Les habitués étaient ravis " +
		"de retrouver leur comptoir préféré, même si les prix ont légèrement augmenté. " +
		"« C’est notre deuxième maison », explique une cliente fidèle."
)

// decEncode encodes UTF-8 text with e, failing the test on characters e lacks.
func decEncode(t testing.TB, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding test text: %v", err)
	}
	return b
}

// decTestPage wraps body text in an HTML page whose head holds headMeta.
func decTestPage(headMeta, title, body string) string {
	var sb strings.Builder
	sb.WriteString("<!DOCTYPE html>\n<html>\n<head>\n")
	sb.WriteString(headMeta)
	sb.WriteString("\n<title>" + title + "</title>\n")
	sb.WriteString(`<link rel="stylesheet" href="/css/main.css">` + "\n</head>\n<body>\n")
	sb.WriteString(`<div class="nav"><a href="/">Home</a> | <a href="/news/">News</a></div>` + "\n")
	for _, p := range strings.SplitAfter(body, "。") {
		if p != "" {
			sb.WriteString("<p>" + p + "</p>\n")
		}
	}
	sb.WriteString("</body>\n</html>\n")
	return sb.String()
}

func TestDecode(t *testing.T) {
	gbk := simplifiedchinese.GBK
	big5 := traditionalchinese.Big5
	utf16le := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	utf16be := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	cp1252 := charmap.Windows1252

	metaGB := `<meta charset="gb2312">`
	zhPage := decTestPage(metaGB, "新闻", decZhHans)
	plainZh := decTestPage("", "新闻", decZhHans)
	plainHant := decTestPage("", "新聞", decZhHant)

	tests := []struct {
		name        string
		data        []byte
		opts        DecodeOptions
		wantEnc     string
		wantText    string // whole text, when set
		wantContain string // a part of the text, when set
		wantInvalid int
	}{
		{
			name: "utf-8", data: []byte(decTestPage(`<meta charset="utf-8">`, "新闻", decZhHans)),
			opts: DecodeOptions{HTML: true}, wantEnc: "utf-8", wantContain: "张镕和王喆",
		},
		{
			name: "utf-8 undeclared", data: []byte(decZhHans),
			wantEnc: "utf-8", wantText: decZhHans,
		},
		{
			name: "utf-8 BOM stripped", data: append([]byte{0xEF, 0xBB, 0xBF}, decZhHans...),
			wantEnc: "utf-8", wantText: decZhHans,
		},
		{
			name: "utf-16le BOM", data: append([]byte{0xFF, 0xFE}, decEncode(t, utf16le, decZhHans+" 😀")...),
			wantEnc: "utf-16le", wantText: decZhHans + " 😀",
		},
		{
			name: "utf-16be BOM", data: append([]byte{0xFE, 0xFF}, decEncode(t, utf16be, decZhHans)...),
			wantEnc: "utf-16be", wantText: decZhHans,
		},
		{
			name: "utf-16le without BOM", data: decEncode(t, utf16le, plainZh),
			opts: DecodeOptions{HTML: true}, wantEnc: "utf-16le", wantText: plainZh,
		},
		{
			name: "utf-16be without BOM", data: decEncode(t, utf16be, plainHant),
			wantEnc: "utf-16be", wantText: plainHant,
		},
		{
			name: "gbk declared gb2312 with GBK-only characters", data: decEncode(t, gbk, zhPage),
			opts: DecodeOptions{HTML: true}, wantEnc: "gb18030", wantText: zhPage,
		},
		{
			name: "gbk undeclared", data: decEncode(t, gbk, plainZh),
			opts: DecodeOptions{HTML: true}, wantEnc: "gb18030", wantText: plainZh,
		},
		{
			name: "gbk undeclared short", data: decEncode(t, gbk, "今年全市经济保持稳定增长。"),
			wantEnc: "gb18030", wantText: "今年全市经济保持稳定增长。",
		},
		{
			name: "gbk text dump", data: decEncode(t, gbk, strings.ReplaceAll(decZhHans, "。", "。\n")),
			wantEnc: "gb18030", wantText: strings.ReplaceAll(decZhHans, "。", "。\n"),
		},
		{
			name: "big5 declared", data: decEncode(t, big5, decTestPage(`<meta charset="big5">`, "新聞", decZhHant)),
			opts: DecodeOptions{HTML: true}, wantEnc: "big5", wantText: decTestPage(`<meta charset="big5">`, "新聞", decZhHant),
		},
		{
			name: "big5 undeclared", data: decEncode(t, big5, plainHant),
			opts: DecodeOptions{HTML: true}, wantEnc: "big5", wantText: plainHant,
		},
		{
			name: "big5 undeclared short", data: decEncode(t, big5, "今年全市經濟保持穩定增長。"),
			wantEnc: "big5", wantText: "今年全市經濟保持穩定增長。",
		},
		{
			name: "utf-8 declared gb2312 in meta", data: []byte(zhPage),
			opts: DecodeOptions{HTML: true, ContentType: "text/html; charset=GBK"}, wantEnc: "utf-8", wantText: zhPage,
		},
		{
			name: "http-equiv", data: decEncode(t, gbk, decTestPage(`<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />`, "新闻", decZhHans)),
			opts: DecodeOptions{HTML: true}, wantEnc: "gb18030", wantContain: "张镕和王喆",
		},
		{
			name: "http-equiv unquoted, attributes reversed", data: decEncode(t, big5, decTestPage(`<META content=text/html;charset=big5 HTTP-EQUIV=content-type>`, "新聞", decZhHant)),
			opts: DecodeOptions{HTML: true}, wantEnc: "big5", wantContain: "經濟",
		},
		{
			name: "xml declaration", data: decEncode(t, gbk, `<?xml version="1.0" encoding="GB2312"?>`+"\n"+plainZh),
			opts: DecodeOptions{HTML: true}, wantEnc: "gb18030", wantContain: "张镕和王喆",
		},
		{
			name: "content-type header", data: decEncode(t, big5, decZhHant),
			opts: DecodeOptions{ContentType: `text/plain; Charset="Big5"`}, wantEnc: "big5", wantText: decZhHant,
		},
		{
			name: "cp936 label", data: decEncode(t, gbk, decZhHans),
			opts: DecodeOptions{ContentType: "text/html;charset=cp936"}, wantEnc: "gb18030", wantText: decZhHans,
		},
		{
			name: "windows-1252 undeclared", data: decEncode(t, cp1252, decTestPage("", "Actualités", decFrText)),
			opts: DecodeOptions{HTML: true}, wantEnc: "windows-1252", wantText: decTestPage("", "Actualités", decFrText),
		},
		{
			name: "iso-8859-1 declared", data: decEncode(t, cp1252, decFrText),
			opts: DecodeOptions{ContentType: "text/html; charset=ISO-8859-1"}, wantEnc: "windows-1252", wantText: decFrText,
		},
		{
			name: "euc-kr undeclared", data: decEncode(t, korean.EUCKR, decKoText),
			wantEnc: "euc-kr", wantText: decKoText,
		},
		{
			name: "shift_jis undeclared", data: decEncode(t, japanese.ShiftJIS, decJaText),
			wantEnc: "shift_jis", wantText: decJaText,
		},
		{
			name: "euc-jp undeclared", data: decEncode(t, japanese.EUCJP, decJaText),
			wantEnc: "euc-jp", wantText: decJaText,
		},
		{
			name: "override wins over declaration", data: decEncode(t, gbk, decTestPage(`<meta charset="big5">`, "新闻", decZhHans)),
			opts: DecodeOptions{HTML: true, Override: "GBK"}, wantEnc: "gb18030", wantContain: "张镕和王喆",
		},
		{
			name: "override wins over bytes", data: []byte("Le café"),
			opts: DecodeOptions{Override: "latin1"}, wantEnc: "windows-1252", wantText: "Le cafÃ©",
		},
		{
			name: "override utf-8 strips its BOM", data: append([]byte{0xEF, 0xBB, 0xBF}, "abc"...),
			opts: DecodeOptions{Override: "utf8"}, wantEnc: "utf-8", wantText: "abc",
		},
		{
			name: "declared big5 but bytes are gbk", data: decEncode(t, gbk, decTestPage(`<meta charset="big5">`, "新闻", decZhHans)),
			opts: DecodeOptions{HTML: true}, wantEnc: "gb18030", wantContain: "张镕和王喆",
		},
		{
			name: "declared gb2312 but bytes are big5", data: decEncode(t, big5, decTestPage(metaGB, "新聞", decZhHant)),
			opts: DecodeOptions{HTML: true}, wantEnc: "big5", wantContain: "經濟",
		},
		{
			name: "declared utf-8 but bytes are gbk", data: decEncode(t, gbk, decTestPage(`<meta charset="utf-8">`, "新闻", decZhHans)),
			opts: DecodeOptions{HTML: true}, wantEnc: "gb18030", wantContain: "张镕和王喆",
		},
		{
			name: "server default iso-8859-1, decTestPage gbk", data: decEncode(t, gbk, zhPage),
			opts: DecodeOptions{HTML: true, ContentType: "text/html; charset=iso-8859-1"}, wantEnc: "gb18030", wantText: zhPage,
		},
		{
			name: "declared gbk, a few bad bytes stay gbk", data: bytes.Join([][]byte{decEncode(t, gbk, decZhHans), {0xFF}, decEncode(t, gbk, decZhHans), {0xFF}}, nil),
			opts: DecodeOptions{ContentType: "text/html; charset=gbk"}, wantEnc: "gb18030", wantInvalid: 2,
		},
		{
			name: "gbk cut in a two-byte character", data: func() []byte { b := decEncode(t, gbk, decZhHans); return b[:len(b)-1] }(),
			opts: DecodeOptions{ContentType: "text/html; charset=gb2312"}, wantEnc: "gb18030", wantInvalid: 1,
			wantText: strings.TrimSuffix(decZhHans, "。") + "\uFFFD",
		},
		{
			name: "gbk cut in a two-byte character, undeclared", data: func() []byte { b := decEncode(t, gbk, decZhHans); return b[:len(b)-1] }(),
			wantEnc: "gb18030", wantInvalid: 1,
		},
		{
			name: "stray 0xFF in utf-8", data: []byte("今年全市经济\xff保持稳定增长，城乡居民收入继续提高。"),
			wantEnc: "utf-8", wantInvalid: 1, wantText: "今年全市经济\uFFFD保持稳定增长，城乡居民收入继续提高。",
		},
		{
			name: "invalid utf-8 runs", data: []byte("今年全市经济\xff\xfe保持稳定增长\xc0，城乡居民收入继续提高。"),
			wantEnc: "utf-8", wantInvalid: 2, wantText: "今年全市经济\uFFFD保持稳定增长\uFFFD，城乡居民收入继续提高。",
		},
		{
			name: "utf-8 cut mid-character, declared gb2312", data: func() []byte { b := []byte(zhPage + "最后"); return b[:len(b)-1] }(),
			opts: DecodeOptions{HTML: true}, wantEnc: "utf-8", wantInvalid: 1, wantText: zhPage + "最\uFFFD",
		},
		{
			name: "literal U+FFFD in gb18030 is not invalid", data: decEncode(t, simplifiedchinese.GB18030, "经济\uFFFD增长"),
			opts: DecodeOptions{ContentType: "text/html; charset=gb18030"}, wantEnc: "gb18030", wantText: "经济\uFFFD增长",
		},
		{
			name: "ascii undeclared", data: []byte("<html><p>Hello, world.</p></html>"),
			opts: DecodeOptions{HTML: true}, wantEnc: "utf-8", wantText: "<html><p>Hello, world.</p></html>",
		},
		{
			name: "ascii declared gb2312", data: []byte(`<meta charset=gb2312><p>Hello</p>`),
			opts: DecodeOptions{HTML: true}, wantEnc: "gb18030", wantText: `<meta charset=gb2312><p>Hello</p>`,
		},
		{
			name: "meta in a comment is ignored", data: decEncode(t, big5, `<!-- <meta charset="gb2312"> -->`+decTestPage(`<meta charset="big5">`, "新聞", decZhHant)),
			opts: DecodeOptions{HTML: true}, wantEnc: "big5", wantContain: "經濟",
		},
		{
			name: "meta not looked for in text", data: []byte(`<meta charset="gb2312"> plain`),
			wantEnc: "utf-8", wantText: `<meta charset="gb2312"> plain`,
		},
		{
			name: "unknown declared label ignored", data: decEncode(t, gbk, decTestPage(`<meta charset="x-no-such">`, "新闻", decZhHans)),
			opts: DecodeOptions{HTML: true}, wantEnc: "gb18030", wantContain: "张镕和王喆",
		},
		{
			name: "empty", data: nil, wantEnc: "utf-8", wantText: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode(tt.data, tt.opts)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if got.Encoding != tt.wantEnc {
				t.Errorf("Encoding = %q, want %q", got.Encoding, tt.wantEnc)
			}
			if got.Invalid != tt.wantInvalid {
				t.Errorf("Invalid = %d, want %d", got.Invalid, tt.wantInvalid)
			}
			if !utf8.ValidString(got.Text) {
				t.Errorf("Text is not valid UTF-8")
			}
			if tt.wantText != "" && got.Text != tt.wantText {
				t.Errorf("Text = %q\nwant  %q", decAbbrev(got.Text), decAbbrev(tt.wantText))
			}
			if tt.wantContain != "" && !strings.Contains(got.Text, tt.wantContain) {
				t.Errorf("Text lacks %q: %q", tt.wantContain, decAbbrev(got.Text))
			}
		})
	}
}

func decAbbrev(s string) string {
	if r := []rune(s); len(r) > 120 {
		return string(r[:60]) + " … " + string(r[len(r)-60:])
	}
	return s
}

func TestDecodeOverrideErrors(t *testing.T) {
	for _, label := range []string{"no-such-charset", "utf-42", "hz-gb-2312"} {
		_, err := Decode([]byte("abc"), DecodeOptions{Override: label})
		if !errors.Is(err, ErrEncoding) {
			t.Errorf("Override %q: err = %v, want ErrEncoding", label, err)
		}
	}
	// An unknown declared label is no error: it is only evidence.
	if _, err := Decode([]byte("abc"), DecodeOptions{ContentType: "text/html; charset=no-such"}); err != nil {
		t.Errorf("unknown declared label: %v", err)
	}
}

// TestDecodeGBKAndBig5Apart checks the statistical check on many lengths:
// every prefix of whole sentences decodes in its own charset.
func TestDecodeGBKAndBig5Apart(t *testing.T) {
	cases := []struct {
		text, want string
		e          encoding.Encoding
	}{
		{decZhHans, "gb18030", simplifiedchinese.GBK},
		{decZhHant, "big5", traditionalchinese.Big5},
	}
	for _, c := range cases {
		runes := []rune(c.text)
		for n := 4; n <= len(runes); n += 3 {
			s := string(runes[:n])
			got, err := Decode(decEncode(t, c.e, s), DecodeOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if got.Encoding != c.want || got.Text != s {
				t.Errorf("%d runes of %s: got %s %q", n, c.want, got.Encoding, got.Text)
			}
		}
	}
}

func TestDecodePrescanMeta(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<meta charset="gb2312">`, "gb2312"},
		{`<meta charset='big5'>`, "big5"},
		{`<meta charset=utf-8/>`, "utf-8/"}, // unknown label: skipped below
		{`<META CHARSET=GBK>`, "gbk"},
		{`<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`, "gb2312"},
		{`<meta content="text/html; charset=big5" http-equiv="content-type">`, "big5"},
		{`<meta content="text/html; charset=big5">`, ""}, // no pragma
		{`<div title="<meta charset=big5>"><meta charset="gbk">`, "gbk"},
		{`<!-- <meta charset="big5"> --><meta charset="gbk">`, "gbk"},
		{`<meta name="x" content="charset=big5"><meta charset="gbk">`, "gbk"},
		{`<meta charset="no-such"><meta charset="gbk">`, "gbk"},
		{`<meta`, ""},
		{`<meta charset=`, ""},
		{`<meta charset="gbk`, ""},
	}
	for _, tt := range tests {
		got := prescanMeta([]byte(tt.in))
		want := tt.want
		if _, err := LookupEncoding(want); err != nil {
			want = ""
		}
		if got != want {
			t.Errorf("prescanMeta(%q) = %q, want %q", tt.in, got, want)
		}
	}
}

func TestDecodeCharsetFromContent(t *testing.T) {
	tests := []struct{ in, want string }{
		{"text/html; charset=gb2312", "gb2312"},
		{"text/html;charset=GBK;foo=bar", "GBK"},
		{`text/html; charset="big5"`, "big5"},
		{"text/html; charset = utf-8", "utf-8"},
		{"text/html", ""},
		{"text/html; charset=", ""},
		{"charsetcharset=x", "x"},
	}
	for _, tt := range tests {
		if got := charsetFromContent([]byte(tt.in)); got != tt.want {
			t.Errorf("charsetFromContent(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsBinary(t *testing.T) {
	rnd := rand.New(rand.NewSource(1))
	random := make([]byte, 4096)
	rnd.Read(random)

	tests := []struct {
		name string
		data []byte
		want bool
	}{
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), true},
		{"zip", []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00"), true},
		{"gzip", []byte{0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00}, true},
		{"pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), true},
		{"jpeg", []byte{0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F'}, true},
		{"gif", []byte("GIF89a\x01\x00\x01\x00"), true},
		{"random bytes", random, true},
		{"nul bytes", make([]byte, 100), true},
		{"empty", nil, false},
		{"plain text", []byte("Hello, world.\nSecond line.\n"), false},
		{"bzip2-like text", []byte("BZh is how a bzip2 file starts."), false},
		{"utf-8 html", []byte(decTestPage(`<meta charset="utf-8">`, "新闻", decZhHans)), false},
		{"gbk", decEncode(t, simplifiedchinese.GBK, decZhHans), false},
		{"big5", decEncode(t, traditionalchinese.Big5, decZhHant), false},
		{"windows-1252", decEncode(t, charmap.Windows1252, decFrText), false},
		{"utf-16le without BOM", decEncode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), decTestPage("", "t", decZhHans)), false},
		{"utf-16be with BOM", append([]byte{0xFE, 0xFF}, decEncode(t, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), decZhHans)...), false},
		// The threshold is 3 % of the window: control bytes scattered
		// across the eight-byte words the scan skips whole.
		{"3 control bytes in 100", scatter(100, 3, 0x01), false},
		{"4 control bytes in 100", scatter(100, 4, 0x01), true},
		{"4 DEL bytes in 100", scatter(100, 4, 0x7F), true},
		{"escape bytes are text", scatter(100, 20, 0x1B), false},
	}
	for _, tt := range tests {
		if got := IsBinary(tt.data); got != tt.want {
			t.Errorf("IsBinary(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// scatter returns n bytes of ASCII text with k copies of c spread through.
func scatter(n, k int, c byte) []byte {
	b := bytes.Repeat([]byte("abcdefg "), n/8+1)[:n]
	for i := 0; i < k; i++ {
		b[(i*n/k+5)%n] = c
	}
	return b
}

func TestSniffKind(t *testing.T) {
	for _, m := range htmlMarkers {
		// sniffKind calls a dump without '<' text before it looks for them.
		if !strings.HasPrefix(m, "<") {
			t.Errorf("htmlMarkers: %q does not open a tag", m)
		}
	}
	tests := []struct {
		text string
		want Kind
	}{
		{"东北网 > 黑龙江\n标题\n正文第一段。", KindText},
		{"<!-- saved --> anything", KindHTML},
		{"\n\n<HTML><BODY><P>x</P></BODY></HTML>", KindHTML},
		{"a < b and <p> in prose, <div class=x>", KindHTML},
		{"a < b, nothing else", KindText},
	}
	for _, tt := range tests {
		if got := sniffKind(tt.text); got != tt.want {
			t.Errorf("sniffKind(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// decBenchPage builds a news page of about size bytes of UTF-8.
func decBenchPage(size int) string {
	var sb strings.Builder
	half := string([]rune(decZhHans)[:len([]rune(decZhHans))/2])
	sb.WriteString("<!DOCTYPE html><html><head><meta charset=\"gb2312\"><title>新闻</title></head><body>\n")
	for sb.Len() < size {
		sb.WriteString(`<div class="article"><p>` + decZhHans + "</p>\n<p>" + half + "</p></div>\n")
		sb.WriteString(`<ul class="links"><li><a href="/news/2024/index.html">首页</a></li><li><a href="/local/">本地新闻</a></li></ul>` + "\n")
	}
	sb.WriteString("</body></html>\n")
	return sb.String()
}

func BenchmarkDecode(b *testing.B) {
	utf8Page := []byte(decBenchPage(200 << 10))
	gbkPage := decEncode(b, simplifiedchinese.GBK, string(utf8Page))
	undeclared := bytes.Replace(gbkPage, []byte(`<meta charset="gb2312">`), nil, 1)
	cases := []struct {
		name string
		data []byte
	}{
		{"utf-8", utf8Page},
		{"gbk-declared", gbkPage},
		{"gbk-undeclared", undeclared},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Decode(c.data, DecodeOptions{HTML: true}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestDecodeLiteralReplacement checks what countLiteralReplacement assumes: of the
// charsets decoded with x/text, only GB18030 can encode U+FFFD, as 84 31 A4 37.
func TestDecodeLiteralReplacement(t *testing.T) {
	labels := []string{"gbk", "gb18030", "big5", "shift_jis", "euc-jp", "iso-2022-jp", "euc-kr",
		"windows-1252", "iso-8859-2", "iso-8859-5", "koi8-r", "windows-1251", "windows-874",
		"macintosh", "ibm866", "x-user-defined"}
	for _, label := range labels {
		name, e, err := resolveCharsetLabel(label)
		if err != nil {
			t.Fatal(err)
		}
		b, err := e.NewEncoder().Bytes([]byte("\uFFFD"))
		switch {
		case name == "gb18030":
			if err != nil || !bytes.Equal(b, gb18030Replacement) {
				t.Errorf("gb18030 encodes U+FFFD as % x, %v", b, err)
			}
		case err == nil:
			t.Errorf("%s encodes U+FFFD as % x; countLiteralReplacement must know it", name, b)
		}
	}
}
