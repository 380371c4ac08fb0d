package extract

// The decoding stage: a page's bytes in whatever charset they were saved in
// become UTF-8 text.
//
// Detection is done in house over golang.org/x/text decoders rather than with
// a statistical detector library. The Go detectors that exist
// (github.com/saintfish/chardet and its fork gogs/chardet, ports of ICU's
// detector) have not been maintained for years, report names that need
// mapping, give no count of invalid sequences, and tell GB18030 from Big5 by
// the same kind of frequent-character check done here. A small scorer over
// the x/text decoders keeps the decision visible and testable, reuses the
// decoders that produce the text anyway, and is tuned for what this package
// meets: Chinese portals, mostly GBK and Big5, often with a wrong label.

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/bits"
	"strings"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/transform"
)

// charsetLabelAliases are charset labels that pages and servers use but
// that the WHATWG list (htmlindex) does not know, mapped to a label it does
// know.
var charsetLabelAliases = map[string]string{
	"cp936":       "gbk",
	"ms936":       "gbk",
	"windows-936": "gbk",
	"euc-cn":      "gbk",
	"x-euc-cn":    "gbk",
	"gb2312-80":   "gbk",
	"gb-2312":     "gbk",
	"gb-18030":    "gb18030",
	"cp950":       "big5",
	"ms950":       "big5",
	"windows-950": "big5",
	"big5hkscs":   "big5",
	"big5_hkscs":  "big5",
	"big-5":       "big5",
	"cp949":       "euc-kr",
	"ms949":       "euc-kr",
	"uhc":         "euc-kr",
	"cp932":       "shift_jis",
	"shift-jis":   "shift_jis",
	"utf-8-sig":   "utf-8",
}

// LookupEncoding returns the encoding a charset label names.
func LookupEncoding(label string) (encoding.Encoding, error) {
	e, err := htmlindex.Get(label)
	if err != nil {
		alias, ok := charsetLabelAliases[strings.ToLower(strings.TrimSpace(label))]
		if !ok {
			return nil, fmt.Errorf("%w: %q", ErrEncoding, label)
		}
		e, err = htmlindex.Get(alias)
		if err != nil {
			return nil, fmt.Errorf("%w: %q", ErrEncoding, label)
		}
	}
	return e, nil
}

// DecodeOptions give Decode the evidence about a page's charset that is not
// in its bytes.
type DecodeOptions struct {
	// Override forces the charset with this label (--encoding). An unknown
	// label is an error wrapping ErrEncoding.
	Override string
	// ContentType is the HTTP Content-Type header value; its charset
	// parameter, if any, is a declaration.
	ContentType string
	// HTML says the bytes are HTML: its first 4 KB are searched
	// for <meta charset>, <meta http-equiv="Content-Type" content=...> and
	// an <?xml encoding=...?> declaration.
	HTML bool
}

// Decoded is text decoded from a page's bytes.
type Decoded struct {
	// Text is valid UTF-8; invalid input sequences became U+FFFD.
	Text string
	// Encoding is the canonical lower-case name of the charset used:
	// "utf-8", "gb18030", "big5", "utf-16le", "utf-16be", "windows-1252",
	// "shift_jis", "euc-kr", "koi8-r", "iso-8859-2", ... Every label of the
	// GB family (gb2312, gbk, cp936, ...) is reported as "gb18030".
	Encoding string
	// Invalid counts the invalid byte sequences replaced by U+FFFD. For
	// UTF-8 a run of consecutive invalid bytes is one sequence (as
	// strings.ToValidUTF8 replaces it); for UTF-16 each unpaired surrogate
	// or odd trailing byte is one; for other charsets it is the number of
	// U+FFFD the x/text decoder produced beyond those that stood encoded
	// in the input.
	Invalid int

	// unchecked: Text is the input taken for UTF-8 without validating it
	// (decode with trust).
	unchecked bool
}

const (
	// charsetPrescanLimit is how far into an HTML page declarations are looked for.
	charsetPrescanLimit = 4096
	// charsetSampleLimit bounds the compacted sample charsets are scored on.
	charsetSampleLimit = 16 << 10
	// binarySniffWindow is how much of the input IsBinary and the UTF-16 sniff
	// look at.
	binarySniffWindow = 8 << 10
)

// Decode turns a page's bytes into UTF-8 text.
//
// The evidence, strongest first:
//  1. opts.Override;
//  2. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE), which is stripped;
//  3. UTF-16 without a BOM, recognised by the zero bytes of its ASCII;
//  4. bytes that are entirely valid UTF-8 and hold some non-ASCII: UTF-8,
//     whatever is declared (pages labelled gb2312 are often stored as
//     UTF-8);
//  5. the charset of opts.ContentType, then for HTML the <meta> charset
//     and the XML declaration, in that order; a declaration loses to the
//     bytes only when it is clearly wrong (see declaredWrong);
//  6. statistics: pure ASCII is "utf-8"; otherwise the candidates GB18030,
//     Big5, UTF-8, Shift_JIS, EUC-JP, EUC-KR and windows-1252 are scored
//     on a sample by invalid sequences and by how much of the decoded
//     text is frequent characters of the language.
//
// An override names the charset, not the kind of file: bytes that are not
// text whatever their charset (see IsBinary; for UTF-16, whose ASCII is
// half zero bytes, only a binary file's magic number counts) are refused
// with ErrBinary, the only error Decode returns besides ErrEncoding.
//
// Decode never panics and runs in time linear in len(data).
func Decode(data []byte, opts DecodeOptions) (Decoded, error) {
	return decode(data, opts, false, false)
}

// decode is Decode. With borrow, text that needs no conversion is not
// copied: Text then shares data's memory (see bytesText), which the caller
// must neither change nor keep past its use of Text without a copy. With
// trust, bytes beyond ASCII that no BOM, UTF-16 form or override accounts
// for are taken for UTF-8 without being validated, and the result says
// so (unchecked): the caller must check Text before it relies on it, and
// decode again without trust if it is not valid UTF-8.
func decode(data []byte, opts DecodeOptions, borrow, trust bool) (Decoded, error) {
	if strings.TrimSpace(opts.Override) != "" {
		name, enc, err := resolveCharsetLabel(opts.Override)
		if err != nil {
			return Decoded{}, err
		}
		if name == "replacement" {
			return Decoded{}, fmt.Errorf("%w: %q is not supported", ErrEncoding, opts.Override)
		}
		if binaryUnderOverride(data, name) {
			return Decoded{}, ErrBinary
		}
		return decodeOverride(data, name, enc, borrow), nil
	}

	switch {
	case bytes.HasPrefix(data, bomUTF8):
		return decodeAs(data[len(bomUTF8):], "utf-8", nil, false, borrow), nil
	case bytes.HasPrefix(data, bomUTF16LE):
		return decodeAs(data[2:], "utf-16le", nil, false, borrow), nil
	case bytes.HasPrefix(data, bomUTF16BE):
		return decodeAs(data[2:], "utf-16be", nil, false, borrow), nil
	}
	if name := sniffUTF16(data); name != "" {
		return decodeAs(data, name, nil, false, borrow), nil
	}

	var ascii, valid bool
	if trust {
		ascii = asciiPrefix(data) == len(data)
		valid = true
	} else {
		ascii, valid = scanUTF8(data)
	}
	if valid && !ascii {
		return Decoded{Text: bytesText(data, borrow), Encoding: "utf-8", unchecked: trust}, nil
	}

	var ev *charsetEvaluator
	for _, label := range charsetDecls(data, opts) {
		name, enc, ok := usableCharsetDecl(label.value, label.fromMeta)
		if !ok {
			continue
		}
		if ascii {
			return decodeAs(data, name, enc, true, borrow), nil
		}
		if ev == nil {
			ev = newCharsetEvaluator(data)
		}
		if !ev.declaredWrong(name, enc) {
			return decodeAs(data, name, enc, false, borrow), nil
		}
	}
	if ascii {
		return Decoded{Text: bytesText(data, borrow), Encoding: "utf-8"}, nil
	}
	if ev == nil {
		ev = newCharsetEvaluator(data)
	}
	c, _ := ev.best("")
	return decodeAs(data, c.name, c.enc, false, borrow), nil
}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// resolveCharsetLabel maps a charset label to the canonical name this package
// reports and the encoding that decodes it. The GB family decodes as
// GB18030: pages labelled gb2312 routinely hold GBK-only characters, and
// GB18030 is a superset of both.
func resolveCharsetLabel(label string) (string, encoding.Encoding, error) {
	enc, err := LookupEncoding(label)
	if err != nil {
		return "", nil, err
	}
	name, err := htmlindex.Name(enc)
	if err != nil {
		return "", nil, fmt.Errorf("%w: %q", ErrEncoding, label)
	}
	if name == "gbk" || name == "gb18030" {
		return "gb18030", simplifiedchinese.GB18030, nil
	}
	return name, enc, nil
}

// usableCharsetDecl resolves a declared label, or says it is no evidence.
// Following the HTML standard, a <meta> declaring UTF-16 means UTF-8 (the
// meta could not have been read otherwise) and x-user-defined means
// windows-1252. A UTF-16 declaration from HTTP is ignored too: UTF-16 with a
// BOM or with ASCII in it was recognised before, so such a header is a
// mislabel. "replacement" labels (hz-gb-2312, iso-2022-kr, ...) are unusable.
func usableCharsetDecl(label string, fromMeta bool) (string, encoding.Encoding, bool) {
	name, enc, err := resolveCharsetLabel(label)
	if err != nil {
		return "", nil, false
	}
	switch name {
	case "replacement":
		return "", nil, false
	case "utf-16le", "utf-16be":
		if !fromMeta {
			return "", nil, false
		}
		return "utf-8", nil, true
	case "x-user-defined":
		return "windows-1252", charmap.Windows1252, true
	}
	return name, enc, true
}

// decodeOverride decodes with a forced charset, stripping a BOM only when it
// is the BOM of that charset.
func decodeOverride(data []byte, name string, enc encoding.Encoding, borrow bool) Decoded {
	switch {
	case name == "utf-8" && bytes.HasPrefix(data, bomUTF8):
		data = data[len(bomUTF8):]
	case name == "utf-16le" && bytes.HasPrefix(data, bomUTF16LE),
		name == "utf-16be" && bytes.HasPrefix(data, bomUTF16BE):
		data = data[2:]
	}
	ascii := false
	if name != "utf-8" {
		ascii, _ = scanUTF8(data)
	}
	return decodeAs(data, name, enc, ascii, borrow)
}

// decodeAs decodes all of data with the named charset. ascii says data has
// no byte above 0x7F, which ASCII-compatible charsets pass through as is.
func decodeAs(data []byte, name string, enc encoding.Encoding, ascii, borrow bool) Decoded {
	switch name {
	case "utf-8":
		text, invalid := decodeUTF8(data, borrow)
		return Decoded{Text: text, Encoding: name, Invalid: invalid}
	case "utf-16le", "utf-16be":
		text, invalid := decodeUTF16(data, name == "utf-16be")
		return Decoded{Text: text, Encoding: name, Invalid: invalid}
	}
	if ascii && name != "iso-2022-jp" {
		return Decoded{Text: bytesText(data, borrow), Encoding: name}
	}
	var out []byte
	if name == "iso-2022-jp" {
		out = decodeTransformAll(enc.NewDecoder(), data, nil)
	} else {
		out = decodeSkippingASCII(enc.NewDecoder(), data)
	}
	invalid := bytes.Count(out, replacementUTF8) - countLiteralReplacement(name, data)
	if !utf8.Valid(out) { // x/text decoders write valid UTF-8; stay safe anyway
		out = bytes.ToValidUTF8(out, replacementUTF8)
	}
	return Decoded{Text: ownedText(out), Encoding: name, Invalid: max(invalid, 0)}
}

var replacementUTF8 = []byte("\uFFFD")

// bytesText returns data as a string: a copy, or with borrow the same
// memory. A page is the largest thing Extract holds, and copying it cost
// as much as a tenth of reading a text dump; Extract borrows the caller's
// bytes while it runs and copies out only what the Article keeps
// (Article.ownStrings).
func bytesText(data []byte, borrow bool) string {
	if borrow {
		return unsafe.String(unsafe.SliceData(data), len(data))
	}
	return string(data)
}

// ownedText returns a buffer the decoder has just filled as a string
// without copying it. The buffer must be the caller's alone and never be
// written again.
func ownedText(out []byte) string {
	return unsafe.String(unsafe.SliceData(out), len(out))
}

// sharesMemory reports whether s lies inside data's memory.
func sharesMemory(s string, data []byte) bool {
	if len(s) == 0 || len(data) == 0 {
		return false
	}
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	base := uintptr(unsafe.Pointer(unsafe.SliceData(data)))
	return p >= base && p < base+uintptr(len(data))
}

// countLiteralReplacement counts U+FFFD that stand encoded in data, which a
// decoder turns into U+FFFD without their being invalid. Of the charsets
// decoded with x/text only GB18030 can encode U+FFFD.
func countLiteralReplacement(name string, data []byte) int {
	if name != "gb18030" {
		return 0
	}
	return bytes.Count(data, gb18030Replacement)
}

var gb18030Replacement = []byte{0x84, 0x31, 0xA4, 0x37}

// decodeSkippingASCII decodes data with a stateless ASCII-compatible
// decoder, copying runs of two or more ASCII bytes straight to the output
// instead of passing them through the decoder a byte at a time (HTML is
// mostly ASCII markup). Only the first byte of such a run can belong to a
// multi-byte sequence: as its trail byte, or as the digit of a GB18030
// four-byte sequence, which the next byte, not being high, then ends as
// invalid. That byte goes to the decoder with the bytes before it; after it
// the decoder is at its ground state, where these charsets map ASCII to
// itself, so the output is the same as decoding data whole.
func decodeSkippingASCII(t transform.Transformer, data []byte) []byte {
	out := make([]byte, 0, len(data)+len(data)/2+16)
	for i := 0; i < len(data); {
		j := i
		for j < len(data) && data[j] < utf8.RuneSelf {
			j++
		}
		out = append(out, data[i:j]...)
		if j == len(data) {
			break
		}
		k := j
		for k < len(data) && (data[k] >= utf8.RuneSelf || k+1 == len(data) || data[k+1] >= utf8.RuneSelf) {
			k++
		}
		end := min(k+1, len(data))
		out = decodeTransformAll(t, data[j:end], out)
		i = end
	}
	return out
}

// decodeTransformAll runs a decoder over all of src, appending to dst.
func decodeTransformAll(t transform.Transformer, src, dst []byte) []byte {
	t.Reset()
	need := len(dst) + len(src) + len(src)/2 + 16
	if cap(dst) < need {
		grown := make([]byte, len(dst), max(need, 2*cap(dst)))
		copy(grown, dst)
		dst = grown
	}
	n := len(dst)
	out := dst[:cap(dst)]
	for len(src) > 0 {
		nDst, nSrc, err := t.Transform(out[n:], src, true)
		n += nDst
		src = src[nSrc:]
		switch {
		case err == nil && (nSrc > 0 || nDst > 0):
		case err == transform.ErrShortDst:
			grown := make([]byte, 2*len(out)+16)
			copy(grown, out[:n])
			out = grown
		default:
			// Not expected from the x/text decoders at EOF; make progress
			// by replacing one byte rather than looping or failing.
			if len(src) == 0 {
				break
			}
			if len(out)-n < utf8.UTFMax {
				grown := make([]byte, 2*len(out)+16)
				copy(grown, out[:n])
				out = grown
			}
			n += copy(out[n:], replacementUTF8)
			src = src[1:]
			t.Reset()
		}
	}
	return out[:n]
}

// scanUTF8 reports whether data is all ASCII and whether it is valid UTF-8,
// in one pass.
func scanUTF8(data []byte) (ascii, valid bool) {
	if i := asciiPrefix(data); i < len(data) {
		return false, utf8.Valid(data[i:])
	}
	return true, true
}

// asciiPrefix returns the length of the ASCII bytes data starts with.
func asciiPrefix(data []byte) int {
	i := 0
	for ; i+8 <= len(data); i += 8 {
		if binary.LittleEndian.Uint64(data[i:])&0x8080808080808080 != 0 {
			break
		}
	}
	for ; i < len(data); i++ {
		if data[i] >= utf8.RuneSelf {
			return i
		}
	}
	return len(data)
}

// decodeUTF8 returns data as valid UTF-8, each maximal run of invalid bytes
// replaced by one U+FFFD, and the number of such runs.
func decodeUTF8(data []byte, borrow bool) (string, int) {
	ascii, valid := scanUTF8(data)
	if ascii || valid {
		return bytesText(data, borrow), 0
	}
	out := make([]byte, 0, len(data)+len(data)/8+utf8.UTFMax)
	invalid := 0
	inRun := false
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			j := i + 1
			for j < len(data) && data[j] < utf8.RuneSelf {
				j++
			}
			out = append(out, data[i:j]...)
			i = j
			inRun = false
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			if !inRun {
				out = append(out, replacementUTF8...)
				invalid++
				inRun = true
			}
			i++
			continue
		}
		out = append(out, data[i:i+size]...)
		i += size
		inRun = false
	}
	return ownedText(out), invalid
}

// decodeUTF16 decodes UTF-16 without a BOM. Unpaired surrogates and an odd
// trailing byte each become one U+FFFD.
func decodeUTF16(data []byte, bigEndian bool) (string, int) {
	unit := func(i int) rune {
		if bigEndian {
			return rune(data[i])<<8 | rune(data[i+1])
		}
		return rune(data[i+1])<<8 | rune(data[i])
	}
	out := make([]byte, 0, len(data)+len(data)/2+utf8.UTFMax)
	invalid := 0
	for i := 0; i+1 < len(data); {
		u := unit(i)
		i += 2
		switch {
		case u < utf8.RuneSelf:
			out = append(out, byte(u))
		case u < 0xD800 || u >= 0xE000:
			out = utf8.AppendRune(out, u)
		case u < 0xDC00 && i+1 < len(data):
			if u2 := unit(i); 0xDC00 <= u2 && u2 < 0xE000 {
				out = utf8.AppendRune(out, 0x10000+(u-0xD800)<<10+(u2-0xDC00))
				i += 2
				continue
			}
			fallthrough
		default:
			out = append(out, replacementUTF8...)
			invalid++
		}
	}
	if len(data)%2 == 1 {
		out = append(out, replacementUTF8...)
		invalid++
	}
	return ownedText(out), invalid
}

// sniffUTF16 recognises UTF-16 without a BOM by the zero high bytes of its
// ASCII characters: at least a quarter of the first binarySniffWindow bytes'
// code units have a zero byte on one side only, almost never on the other
// side, and few units are all zero (which would be binary data).
func sniffUTF16(data []byte) string {
	n := min(len(data), binarySniffWindow) &^ 1
	if n < 4 || bytes.IndexByte(data[:n], 0) < 0 {
		return "" // no NUL byte, no UTF-16 (the common case, found fast)
	}
	var le, be, both int
	for i := 0; i < n; i += 2 {
		a, b := data[i], data[i+1]
		switch {
		case a == 0 && b == 0:
			both++
		case b == 0:
			le++
		case a == 0:
			be++
		}
	}
	units := n / 2
	if both*10 > units {
		return ""
	}
	switch {
	case le*4 >= units && be*20 <= le:
		return "utf-16le"
	case be*4 >= units && le*20 <= be:
		return "utf-16be"
	}
	return ""
}

// charsetDecl is a charset label found in the evidence.
type charsetDecl struct {
	value    string
	fromMeta bool // from the page itself rather than HTTP
}

// charsetDecls lists the declared charset labels, strongest first: the HTTP
// Content-Type, then for HTML the <meta> declaration and the XML
// declaration.
func charsetDecls(data []byte, opts DecodeOptions) []charsetDecl {
	var out []charsetDecl
	if cs := charsetFromContent([]byte(opts.ContentType)); cs != "" {
		out = append(out, charsetDecl{value: cs})
	}
	if opts.HTML {
		head := data[:min(len(data), charsetPrescanLimit)]
		if cs := prescanMeta(head); cs != "" {
			out = append(out, charsetDecl{value: cs, fromMeta: true})
		}
		if cs := xmlDeclEncoding(head); cs != "" {
			out = append(out, charsetDecl{value: cs, fromMeta: true})
		}
	}
	return out
}

// prescanMeta finds the charset declared by a <meta> element, following the
// HTML standard's prescan of a byte stream: comments and other tags are
// skipped with their quoted attribute values, and a meta counts when it has
// a charset attribute, or http-equiv="content-type" with a content holding
// charset=. Labels that name no known charset are passed over.
func prescanMeta(b []byte) string {
	for i := 0; i < len(b); {
		j := bytes.IndexByte(b[i:], '<')
		if j < 0 {
			return ""
		}
		i += j
		rest := b[i:]
		switch {
		case bytes.HasPrefix(rest, []byte("<!--")):
			k := bytes.Index(rest[2:], []byte("-->"))
			if k < 0 {
				return ""
			}
			i += 2 + k + 3
		case len(rest) > 5 && csHasPrefixFold(rest, "<meta") && (csIsSpace(rest[5]) || rest[5] == '/'):
			cs, next := parseMetaCharset(b, i+5)
			if cs != "" {
				if _, err := LookupEncoding(cs); err == nil {
					return cs
				}
			}
			i = next
		case len(rest) > 1 && csIsASCIILetter(rest[1]),
			len(rest) > 2 && rest[1] == '/' && csIsASCIILetter(rest[2]):
			k := i + 1
			for k < len(b) && !csIsSpace(b[k]) && b[k] != '>' {
				k++
			}
			for {
				_, _, next, ok := nextTagAttribute(b, k)
				if !ok {
					k = next
					break
				}
				k = next
			}
			i = k + 1
		case len(rest) > 1 && (rest[1] == '!' || rest[1] == '/' || rest[1] == '?'):
			k := bytes.IndexByte(rest, '>')
			if k < 0 {
				return ""
			}
			i += k + 1
		default:
			i++
		}
	}
	return ""
}

// parseMetaCharset reads the attributes of a <meta> element starting at i and
// returns the charset it declares, if any, and the position after it.
func parseMetaCharset(b []byte, i int) (string, int) {
	var seen [3]bool // http-equiv, content, charset
	gotPragma, needPragma := false, false
	charset := ""
	for {
		name, value, next, ok := nextTagAttribute(b, i)
		i = next
		if !ok {
			break
		}
		switch string(name) {
		case "http-equiv":
			if !seen[0] {
				seen[0] = true
				gotPragma = strings.EqualFold(string(value), "content-type")
			}
		case "content":
			if !seen[1] {
				seen[1] = true
				if charset == "" {
					if cs := charsetFromContent(value); cs != "" {
						charset, needPragma = cs, true
					}
				}
			}
		case "charset":
			if !seen[2] {
				seen[2] = true
				charset, needPragma = string(value), false
			}
		}
	}
	if charset == "" || needPragma && !gotPragma {
		return "", i + 1
	}
	return strings.TrimSpace(charset), i + 1
}

// nextTagAttribute is the HTML standard's "get an attribute" over b from i. It
// returns the lower-cased name and the value, the position to go on from,
// and ok=false at the tag's '>' (next is its position) or when b ends
// before the attribute does (the standard aborts the prescan there).
func nextTagAttribute(b []byte, i int) (name, value []byte, next int, ok bool) {
	for i < len(b) && (csIsSpace(b[i]) || b[i] == '/') {
		i++
	}
	if i >= len(b) || b[i] == '>' {
		return nil, nil, i, false
	}
	start := i
	for i < len(b) {
		c := b[i]
		if c == '=' && i > start || csIsSpace(c) || c == '/' || c == '>' {
			break
		}
		i++
	}
	name = csLowerASCII(b[start:i])
	if i < len(b) && csIsSpace(b[i]) {
		for i < len(b) && csIsSpace(b[i]) {
			i++
		}
	}
	if i >= len(b) {
		return nil, nil, len(b), false
	}
	if b[i] != '=' {
		return name, nil, i, true
	}
	i++ // '='
	for i < len(b) && csIsSpace(b[i]) {
		i++
	}
	if i >= len(b) {
		return nil, nil, len(b), false
	}
	switch q := b[i]; q {
	case '"', '\'':
		k := bytes.IndexByte(b[i+1:], q)
		if k < 0 {
			return nil, nil, len(b), false
		}
		return name, csLowerASCII(b[i+1 : i+1+k]), i + 1 + k + 1, true
	case '>':
		return name, nil, i, true
	}
	start = i
	for i < len(b) && !csIsSpace(b[i]) && b[i] != '>' {
		i++
	}
	if i >= len(b) {
		return nil, nil, len(b), false
	}
	return name, csLowerASCII(b[start:i]), i, true
}

// charsetFromContent extracts the charset parameter from a Content-Type
// value ("text/html; charset=gb2312"), quoted or not, as the HTML standard
// does for a meta content attribute.
func charsetFromContent(b []byte) string {
	v, ok := csAfterAssign(b, "charset")
	if !ok || len(v) == 0 {
		return ""
	}
	if q := v[0]; q == '"' || q == '\'' {
		return csQuoted(v)
	}
	j := 0
	for j < len(v) && !csIsSpace(v[j]) && v[j] != ';' && v[j] != '"' && v[j] != '\'' {
		j++
	}
	return string(v[:j])
}

// xmlDeclEncoding returns the encoding of an XML declaration
// (<?xml version="1.0" encoding="gb2312"?>) at the start of b.
func xmlDeclEncoding(b []byte) string {
	b = bytes.TrimLeft(b, " \t\r\n\f")
	if !csHasPrefixFold(b, "<?xml") {
		return ""
	}
	end := bytes.Index(b, []byte("?>"))
	if end < 0 {
		return ""
	}
	v, ok := csAfterAssign(b[len("<?xml"):end], "encoding")
	if !ok || len(v) == 0 || v[0] != '"' && v[0] != '\'' {
		return "" // XML requires the value quoted
	}
	return csQuoted(v)
}

// csAfterAssign finds the first "name = " in b, ignoring ASCII case and
// skipping occurrences not followed by an equals sign, and returns what
// follows the sign and its spaces.
func csAfterAssign(b []byte, name string) ([]byte, bool) {
	for len(b) > 0 {
		k := csIndexFold(b, name)
		if k < 0 {
			return nil, false
		}
		b = b[k+len(name):]
		i := 0
		for i < len(b) && csIsSpace(b[i]) {
			i++
		}
		if i >= len(b) || b[i] != '=' {
			continue
		}
		i++
		for i < len(b) && csIsSpace(b[i]) {
			i++
		}
		return b[i:], true
	}
	return nil, false
}

// csQuoted returns the value between the quote that starts v and its
// match, trimmed, or "" when the quote is never closed.
func csQuoted(v []byte) string {
	k := bytes.IndexByte(v[1:], v[0])
	if k < 0 {
		return ""
	}
	return strings.TrimSpace(string(v[1 : 1+k]))
}

func csIsSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

func csIsASCIILetter(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z'
}

func csLowerASCII(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return out
}

// csHasPrefixFold reports whether b starts with the lower-case ASCII prefix,
// ignoring ASCII case.
func csHasPrefixFold(b []byte, prefix string) bool {
	if len(b) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// csIndexFold is bytes.Index for a lower-case ASCII needle, ignoring ASCII
// case.
func csIndexFold(b []byte, needle string) int {
	for i := 0; i+len(needle) <= len(b); i++ {
		if csHasPrefixFold(b[i:], needle) {
			return i
		}
	}
	return -1
}

// ---- Statistics ----

// charsetModel is how a candidate's decoded text is judged plausible.
type charsetModel uint8

const (
	modelNone     charsetModel = iota // no model: only invalid sequences count
	modelUTF8                         // share of valid multi-byte sequences
	modelChinese                      // frequent Han characters, CJK punctuation
	modelJapanese                     // kana, frequent Han, CJK punctuation
	modelKorean                       // frequent Hangul syllables
	modelLatin                        // accented letters next to ASCII letters
)

func (m charsetModel) cjk() bool {
	return m == modelChinese || m == modelJapanese || m == modelKorean
}

type charsetCandidate struct {
	name  string
	enc   encoding.Encoding
	model charsetModel
}

// charsetCandidates are the charsets the statistical check chooses from, in
// order of preference when scores tie.
var charsetCandidates = []charsetCandidate{
	{"gb18030", simplifiedchinese.GB18030, modelChinese},
	{"big5", traditionalchinese.Big5, modelChinese},
	{"utf-8", nil, modelUTF8},
	{"shift_jis", japanese.ShiftJIS, modelJapanese},
	{"euc-jp", japanese.EUCJP, modelJapanese},
	{"euc-kr", korean.EUCKR, modelKorean},
	{"windows-1252", charmap.Windows1252, modelLatin},
}

func charsetModelOf(name string) charsetModel {
	for _, c := range charsetCandidates {
		if c.name == name {
			return c.model
		}
	}
	if name == "iso-2022-jp" {
		return modelJapanese
	}
	return modelNone
}

// charsetStats is how one charset reads a sample.
type charsetStats struct {
	n     int     // non-ASCII characters decoded (U+FFFD excluded)
	good  int     // of those, characters the model finds plausible
	errs  int     // invalid sequences (invalid bytes for UTF-8)
	q     float64 // good / (n + errs); -1 when there is no model
	model charsetModel
}

// charsetEvaluator scores charsets on a sample of one input.
type charsetEvaluator struct {
	data   []byte
	sample []byte
	buf    []byte
	cache  map[string]charsetStats
}

func newCharsetEvaluator(data []byte) *charsetEvaluator {
	return &charsetEvaluator{data: data, sample: charsetSample(data, charsetSampleLimit), cache: map[string]charsetStats{}}
}

// charsetSample keeps the bytes that tell charsets apart: every byte above
// 0x7F and the first and last byte of each ASCII run between them. Every
// decoder considered here reads the high bytes of the sample exactly as it
// reads them in data: an ASCII byte can only be the second byte of a
// sequence (or a GB18030 four-byte digit, which is never next to another
// ASCII byte), so only the first of a run can be consumed with the bytes
// before it, and after it the decoder is back at its ground state, which
// the dropped middle does not change. The sample holds at most limit bytes
// and ends at an ASCII byte, so that it does not cut a character, unless
// the first run of high bytes is longer than limit.
func charsetSample(data []byte, limit int) []byte {
	out := make([]byte, 0, min(len(data), limit))
	for i := 0; i < len(data) && len(out) < limit; {
		j := i
		if data[i] >= utf8.RuneSelf {
			for j < len(data) && data[j] >= utf8.RuneSelf {
				j++
			}
			if len(out)+j-i > limit {
				if len(out) == 0 {
					out = append(out, data[i:i+limit]...)
				}
				break
			}
			out = append(out, data[i:j]...)
		} else {
			for j < len(data) && data[j] < utf8.RuneSelf {
				j++
			}
			if j-i <= 2 {
				out = append(out, data[i:j]...)
			} else {
				out = append(out, data[i], data[j-1])
			}
		}
		i = j
	}
	return out
}

// measure scores the named charset on the sample.
func (ev *charsetEvaluator) measure(name string, enc encoding.Encoding) charsetStats {
	if st, ok := ev.cache[name]; ok {
		return st
	}
	st := charsetStats{model: charsetModelOf(name)}
	if name == "utf-8" {
		st.n, st.errs = csUTF8Counts(ev.sample)
		st.good = st.n
	} else {
		src := ev.sample
		if name == "iso-2022-jp" {
			// Not ASCII-compatible: the compacted sample would mislead.
			src = ev.data[:min(len(ev.data), charsetSampleLimit)]
		}
		ev.buf = decodeTransformAll(enc.NewDecoder(), src, ev.buf[:0])
		st.errs = max(bytes.Count(ev.buf, replacementUTF8)-countLiteralReplacement(name, src), 0)
		st.n, st.good = charsetScoreText(ev.buf, st.model)
	}
	st.q = -1
	if st.model != modelNone {
		st.q = 0
		if d := st.n + st.errs; d > 0 {
			st.q = float64(st.good) / float64(d)
		}
	}
	ev.cache[name] = st
	return st
}

// best returns the best-scoring candidate other than exclude: the highest
// share of plausible characters, then the fewest invalid sequences, then
// the earliest in charsetCandidates. A candidate that reads the sample
// fluently (see fluent) ends the search: no other reads it nearly as well
// (cross readings stay below 0.3), and GB18030, the common case, is tried
// first.
func (ev *charsetEvaluator) best(exclude string) (charsetCandidate, charsetStats) {
	var bc charsetCandidate
	var bs charsetStats
	found := false
	for _, c := range charsetCandidates {
		if c.name == exclude {
			continue
		}
		st := ev.measure(c.name, c.enc)
		if !found || charsetBetter(st, bs) {
			bc, bs, found = c, st, true
		}
		if st.model != modelLatin && st.fluent(0.6) {
			break
		}
	}
	return bc, bs
}

// fluent reports whether a charset reads the sample as running text of its
// language: at least 20 characters, at most 1% invalid, at least minQ of
// them plausible.
func (st charsetStats) fluent(minQ float64) bool {
	return st.n >= 20 && st.errs*100 <= st.n && st.q >= minQ
}

func charsetBetter(a, b charsetStats) bool {
	const eps = 1e-9
	if a.q > b.q+eps {
		return true
	}
	if a.q < b.q-eps {
		return false
	}
	return a.errs < b.errs
}

// declaredWrong reports whether the bytes clearly contradict a declared
// charset. It is conservative: a declaration loses only when
//   - it reads with at least 3 invalid sequences, more than 4 times as many
//     as the best other candidate, which reads at least as plausibly and not
//     implausibly (q >= 0.2); or
//   - the best other candidate is a CJK charset or UTF-8 that reads the
//     sample fluently (see fluent: at least 20 characters, at most 1%
//     invalid, at least 40% plausible) while the declaration reads a third
//     of that or less, and, for a CJK candidate, with no fewer invalid
//     sequences. This catches UTF-8 (cut mid-character) labelled gb2312,
//     Big5 labelled gb2312 and GBK labelled big5 or iso-8859-1, which
//     decode with few errors into rare characters.
func (ev *charsetEvaluator) declaredWrong(name string, enc encoding.Encoding) bool {
	d := ev.measure(name, enc)
	if d.n == 0 && d.errs == 0 {
		return false
	}
	if d.model != modelNone && d.fluent(0.4) {
		return false
	}
	_, a := ev.best(name)
	dq := max(d.q, 0)
	if d.errs >= 3 && d.errs > 4*a.errs && a.q >= dq && a.q >= 0.2 {
		return true
	}
	if !a.fluent(0.4) || dq*3 > a.q {
		return false
	}
	return a.model == modelUTF8 || a.model.cjk() && d.errs >= a.errs
}

// csUTF8Counts counts the valid multi-byte sequences and the invalid bytes of
// b.
func csUTF8Counts(b []byte) (valid, invalid int) {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			valid++
		}
		i += size
	}
	return valid, invalid
}

// charsetScoreText counts the non-ASCII characters of decoded text and
// those the model finds plausible.
func charsetScoreText(text []byte, m charsetModel) (n, good int) {
	prev := rune(' ')
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(text[i:])
		}
		i += size
		if r < utf8.RuneSelf || r == utf8.RuneError {
			prev = r
			continue
		}
		n++
		switch m {
		case modelChinese:
			if csIsCommonHan(r) || csIsCJKPunct(r) {
				good++
			}
		case modelJapanese:
			if csIsKana(r) || csIsCommonHan(r) || csIsCJKPunct(r) {
				good++
			}
		case modelKorean:
			if csIsCommonHangul(r) {
				good++
			}
		case modelLatin:
			next := rune(' ')
			if i < len(text) {
				next = rune(text[i])
			}
			if csIsLatinLetter(r) && (csIsASCIILetterRune(prev) || csIsASCIILetterRune(next)) ||
				csIsLatinPunct(r) && (prev < utf8.RuneSelf || next < utf8.RuneSelf) {
				good++
			}
		}
		prev = r
	}
	return n, good
}

func csIsASCIILetterRune(r rune) bool {
	return r < utf8.RuneSelf && csIsASCIILetter(byte(r))
}

func csIsLatinLetter(r rune) bool {
	switch {
	case 0xC0 <= r && r <= 0xFF:
		return r != 0xD7 && r != 0xF7
	case r == 'Œ', r == 'œ', r == 'Š', r == 'š', r == 'Ž', r == 'ž', r == 'Ÿ':
		return true
	}
	return false
}

func csIsLatinPunct(r rune) bool {
	switch r {
	case '\u00A0', '‘', '’', '“', '”', '–', '—', '…', '«', '»', '°', '©', '®', '€', '£', '·', '¡', '¿':
		return true
	}
	return false
}

func csIsKana(r rune) bool {
	return 0x3041 <= r && r <= 0x30FF
}

func csIsCJKPunct(r rune) bool {
	switch {
	case 0x3000 <= r && r <= 0x3011: // 　、。〃〄々〆〇〈〉《》「」『』【】
		return true
	case 0xFF01 <= r && r <= 0xFF1F: // ！＂＃…（）…，－．／０-９：；＜＝＞？
		return true
	}
	switch r {
	case '“', '”', '‘', '’', '—', '…', '·':
		return true
	}
	return false
}

const (
	csHanBase    = 0x4E00
	csHanEnd     = 0xA000
	csHangulBase = 0xAC00
	csHangulEnd  = 0xD7A4
)

var (
	csCommonHanBits    = csBitset(csHanBase, csHanEnd, commonHanSimplified+commonHanTraditional)
	csCommonHangulBits = csBitset(csHangulBase, csHangulEnd, commonHangul)
)

func csBitset(lo, hi rune, chars string) []uint64 {
	bits := make([]uint64, (hi-lo+63)/64)
	for _, r := range chars {
		if lo <= r && r < hi {
			bits[(r-lo)/64] |= 1 << ((r - lo) % 64)
		}
	}
	return bits
}

func csIsCommonHan(r rune) bool {
	return csHanBase <= r && r < csHanEnd && csCommonHanBits[(r-csHanBase)/64]&(1<<((r-csHanBase)%64)) != 0
}

func csIsCommonHangul(r rune) bool {
	return csHangulBase <= r && r < csHangulEnd && csCommonHangulBits[(r-csHangulBase)/64]&(1<<((r-csHangulBase)%64)) != 0
}

// commonHanSimplified holds about the 500 most frequent characters of
// modern Simplified Chinese, most frequent first; together they make up
// some three quarters of running text. Read as Big5, GBK text decodes
// mostly into rare characters, and Big5 read as GBK likewise.
const commonHanSimplified = "" +
	"的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行" +
	"所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它" +
	"与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新" +
	"己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平" +
	"系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形" +
	"社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取" +
	"拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫" +
	"令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似" +
	"官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专" +
	"费号尽另周较注语仅考落青随选列"

// commonHanTraditional holds the Traditional forms of the characters above
// that differ from the Simplified ones, and a few forms that Traditional
// text prefers (於, 後, 裡, ...).
const commonHanTraditional = "" +
	"這個們來為國說時會對著過發經學現當沒動還進樣開從實軍無長關點業將兩間問應戰頭見產話內給門東聲員論處義認條題爾" +
	"別變總電數報結務場計資許統區隊決馬書則卻達強難權設記類邊張該規覺術領傳師觀讓識帶導爭運飛風聯組濟車親辦議證轉" +
	"遠單羅愛擊備連調質團華級況亞請際約線斷滿視須寫稱嗎輕農裝廣顯標談圖歷醫專費號盡較語僅隨選於後裡種麼與機體並兒" +
	"幾係氣聽極價黨離復複幹乾萬準臺據製隻灣眾"

// commonHangul holds about 150 of the most frequent Hangul syllables.
const commonHangul = "" +
	"이다는의에을하고가를한지서기로사으대어리자도아나인수해일시부정그적있국들상구전제것보여주요게만원위우장라성공면" +
	"생말되과내경스동연중니러세발관방학문화회없무신업실개소했물미년조안와야교터분합께된선비계행까결통단진당치민체오" +
	"식질명모용차호저음잘거때히후마입같감또및더며던습데운록법영유향현형환활"

// ---- Binary detection ----

// binaryMagic are the leading bytes of common non-text files.
var binaryMagic = [][]byte{
	[]byte("\x89PNG\r\n\x1a\n"),
	[]byte("GIF87a"),
	[]byte("GIF89a"),
	{0xFF, 0xD8, 0xFF},   // JPEG
	[]byte("PK\x03\x04"), // ZIP (also docx, xlsx, epub, jar)
	[]byte("PK\x05\x06"), // empty ZIP
	[]byte("PK\x07\x08"), // spanned ZIP
	{0x1F, 0x8B},         // gzip
	[]byte("%PDF-"),      // PDF
	{0xFD, '7', 'z', 'X', 'Z', 0x00},
	{'7', 'z', 0xBC, 0xAF, 0x27, 0x1C},
	[]byte("Rar!\x1a\x07"),
	{0x28, 0xB5, 0x2F, 0xFD}, // zstd
	[]byte("\x7fELF"),
	{0xCA, 0xFE, 0xBA, 0xBE},                         // Java class, Mach-O fat
	{0xCF, 0xFA, 0xED, 0xFE},                         // Mach-O
	{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, // OLE2 (doc, xls)
	[]byte("OggS"),
	[]byte("ID3"),            // MP3
	[]byte("fLaC"),           // FLAC
	[]byte("wOFF"),           // WOFF
	[]byte("wOF2"),           // WOFF2
	{0x00, 0x00, 0x01, 0x00}, // ICO
	[]byte("II*\x00"),        // TIFF
	[]byte("MM\x00*"),        // TIFF
	[]byte("SQLite format 3\x00"),
	{0x1A, 0x45, 0xDF, 0xA3}, // Matroska, WebM
}

// IsBinary reports whether data is clearly not text: it starts with the
// magic number of an image, archive, compressed, PDF, media or executable
// file, or, unless it is UTF-16 (by BOM or by its zero bytes), more than 3%
// of its first 8 KB are control bytes other than tab, line feed, vertical
// tab, form feed, carriage return and escape (NUL counts).
func IsBinary(data []byte) bool {
	if len(data) == 0 {
		return false
	}
	if hasBinaryMagic(data) {
		return true
	}
	window := data[:min(len(data), binarySniffWindow)]
	ctrl := 0
	for i := 0; i < len(window); {
		// Eight bytes at a time: most words of a text hold no byte below
		// 0x20 and no DEL, and are skipped whole.
		if i+8 <= len(window) {
			x := binary.LittleEndian.Uint64(window[i:])
			const ones, highs = 0x0101010101010101, 0x8080808080808080
			y := x ^ 0x7F*ones
			m := (x-0x20*ones)&^x&highs | (y-ones)&^y&highs
			if m == 0 {
				i += 8
				continue
			}
			// The lowest flagged byte is a control byte or DEL, and none
			// below it is (the borrow that can flag a byte wrongly only
			// runs upwards from a true one): go straight to it rather
			// than retrying the word a byte further on.
			i += bits.TrailingZeros64(m) >> 3
		}
		c := window[i]
		i++
		if c < 0x20 {
			switch c {
			case '\t', '\n', '\v', '\f', '\r', 0x1B:
			default:
				ctrl++
			}
		} else if c == 0x7F {
			ctrl++
		}
	}
	if ctrl*100 <= len(window)*3 {
		return false
	}
	// UTF-16 text is no binary, for all its zero bytes. It is asked only
	// now: a text with few control bytes has no zero byte to look for,
	// and the search for one read every page's first 8 KB a second time.
	return !bytes.HasPrefix(data, bomUTF8) && !bytes.HasPrefix(data, bomUTF16LE) &&
		!bytes.HasPrefix(data, bomUTF16BE) && sniffUTF16(data) == ""
}

// hasBinaryMagic reports whether data starts with the magic number of a
// known binary format.
func hasBinaryMagic(data []byte) bool {
	for _, m := range binaryMagic {
		if bytes.HasPrefix(data, m) {
			return true
		}
	}
	switch {
	case len(data) >= 10 && string(data[:3]) == "BZh" && '1' <= data[3] && data[3] <= '9' &&
		string(data[4:10]) == "1AY&SY": // bzip2
		return true
	case len(data) >= 12 && string(data[:4]) == "RIFF": // WebP, WAV, AVI
		return true
	case len(data) >= 12 && string(data[4:8]) == "ftyp": // MP4, MOV, HEIC, AVIF
		return true
	}
	return false
}

// binaryUnderOverride reports whether data is binary even though the caller
// forced the charset name: by IsBinary for the ASCII-compatible charsets,
// in which text has no more control bytes than UTF-8 text has, and by the
// magic number alone for UTF-16, whose ASCII is half zero bytes.
func binaryUnderOverride(data []byte, name string) bool {
	if name == "utf-16le" || name == "utf-16be" {
		return hasBinaryMagic(data)
	}
	return IsBinary(data)
}
