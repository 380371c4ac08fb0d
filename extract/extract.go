package extract

import (
	"strings"
	"time"
)

// Kind is the kind of page dump: HTML or a plain-text copy of a page.
type Kind string

// The kinds of dump Extract understands. KindAuto sniffs the bytes.
const (
	KindAuto Kind = ""
	KindHTML Kind = "html"
	KindText Kind = "text"
)

// Options adjust one extraction. The zero value sniffs everything.
type Options struct {
	// Kind forces the kind of dump; KindAuto sniffs it from the bytes.
	Kind Kind
	// Encoding forces a charset by its WHATWG or IANA label ("gbk", "big5").
	Encoding string
	// ContentType is the HTTP Content-Type the page was served with, if
	// known; its charset is evidence for decoding.
	ContentType string
	// URL is the page's address when the caller knows it (a WARC record's
	// target URI); the page's own canonical link wins over it.
	URL string
	// Location, when set, gives dates without an offset of their own that
	// zone's offset (e.g. Asia/Shanghai gives +08:00).
	Location *time.Location
	// Now is the reference time for rejecting dates in the future. The zero
	// value means time.Now().
	Now time.Time
}

// Article is the result of an extraction. Every field is always present in
// its JSON form: "" or [] when nothing was found, never null.
type Article struct {
	Title      string   `json:"title"`
	Date       string   `json:"date"` // ISO 8601, e.g. 2012-06-02T08:30:02[+08:00]
	Source     string   `json:"source"`
	Author     string   `json:"author"` // several names separated by one space
	Editor     string   `json:"editor"`
	Breadcrumb []string `json:"breadcrumb"`
	Paragraphs []string `json:"paragraphs"`
	URL        string   `json:"url"`
	Lang       string   `json:"lang"`
	Encoding   string   `json:"encoding"` // the charset actually used to decode
	// InvalidBytes counts input byte sequences that were not valid in
	// Encoding and became U+FFFD.
	InvalidBytes int `json:"invalid_bytes"`
}

// ownStrings copies the article's strings into memory of their own, one
// allocation for all, so that none of them shares the input's bytes.
func (a *Article) ownStrings() {
	n := len(a.Title) + len(a.Date) + len(a.Source) + len(a.Author) + len(a.Editor) +
		len(a.URL) + len(a.Lang) + len(a.Encoding)
	for _, s := range a.Breadcrumb {
		n += len(s)
	}
	for _, s := range a.Paragraphs {
		n += len(s)
	}
	var b strings.Builder
	b.Grow(n)
	// A Builder never rewrites the bytes it holds, so each string cut from
	// what it has written so far stays as it is.
	own := func(s *string) {
		b.WriteString(*s)
		all := b.String()
		*s = all[len(all)-len(*s):]
	}
	for _, s := range []*string{&a.Title, &a.Date, &a.Source, &a.Author, &a.Editor, &a.URL, &a.Lang, &a.Encoding} {
		own(s)
	}
	for i := range a.Breadcrumb {
		own(&a.Breadcrumb[i])
	}
	for i := range a.Paragraphs {
		own(&a.Paragraphs[i])
	}
}
