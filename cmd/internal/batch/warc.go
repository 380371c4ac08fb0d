package batch

import (
	"bufio"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// warc produces the pages of one WARC file (.warc or .warc.gz, one gzip
// member per record as crawlers and Common Crawl write them). Each HTTP
// response record with a 2xx status and an HTML body is one page; its
// WARC-Target-URI becomes the page's URL and its HTTP Content-Type joins
// the encoding evidence. Other records (warcinfo, request, metadata,
// revisit, redirects, images…) are not pages and are passed over.
//
// The records are read here, in the producer, because a WARC file can only
// be read in order; the extraction still runs in the workers. Page n (from
// 1, counting the selected responses) goes to -o as
// <warc name without extension>/<n>.json.
func (p *producer) warc(ctx context.Context, name, rel string, mod time.Time, emit emitFunc) bool {
	// The default validation policy (warn, don't fail) matters: it makes
	// the reader cache each record's block (in memory, spilling to a temp
	// file past 1 MiB) before it moves on, so the block can be read after
	// Next returns. Syntax and digest problems stay warnings: a slightly
	// malformed crawl should still give its pages.
	r, err := gowarc.NewWarcFileReader(name, 0)
	if err != nil {
		return emit(Input{Name: name, Err: readError(err)})
	}
	defer r.Close()
	dir := warcOutputDir(rel)
	n := 0
	for {
		if ctx.Err() != nil {
			return false
		}
		rec, err := r.Next()
		if err == io.EOF {
			if n == 0 {
				p.rep.note("%s: no HTML responses in this WARC file", name)
			}
			return true
		}
		if err != nil {
			if rec.WarcRecord != nil {
				rec.WarcRecord.Close()
			}
			return emit(Input{Name: name, Err: warcError(err, rec.Offset)})
		}
		// A record shorter than its Content-Length is a file cut short (a
		// crawl still being written, a failed copy): gowarc only warns,
		// but the rest of the file can't be trusted, so report and stop.
		for _, v := range rec.Validation {
			var cl *gowarc.ContentLengthError
			if errors.As(v, &cl) && cl.Actual < cl.Expected {
				rec.WarcRecord.Close()
				return emit(Input{Name: name, Err: errorf(KindCorrupt, "WARC record at byte %d is truncated (%d of %d bytes)", rec.Offset, cl.Actual, cl.Expected)})
			}
		}
		in, ok := p.warcPage(rec.WarcRecord, name)
		rec.WarcRecord.Close() // removes the record's spill file, if any
		if !ok {
			continue
		}
		n++
		in.ModTime = mod
		p.assign(&in, filepath.Join(dir, strconv.Itoa(n)))
		if !emit(in) {
			return false
		}
	}
}

// warcError describes a WARC file that stopped parsing.
func warcError(err error, offset int64) error {
	var pe *fs.PathError // the file itself failed, not its format
	if errors.As(err, &pe) {
		return readError(err)
	}
	return errorf(KindCorrupt, "WARC record at byte %d: %v", offset, err)
}

// warcPage turns one record into an Input, or reports that the record is
// not a page (ok false). A page whose body can't be had is an Input with
// Err set, so it is reported and counted like any failed page.
func (p *producer) warcPage(rec gowarc.WarcRecord, file string) (in Input, ok bool) {
	if rec.Type() != gowarc.Response {
		return in, false
	}
	h := rec.WarcHeader()
	if !strings.HasPrefix(strings.ToLower(h.Get(gowarc.ContentType)), "application/http") {
		return in, false // a response to a non-HTTP request (dns:, ftp:)
	}
	in.Name = file + "#" + h.Get(gowarc.WarcRecordID)
	in.URL = strings.Trim(h.Get(gowarc.WarcTargetURI), "<>") // WARC 1.0 writers bracket it
	raw, err := rec.Block().RawBytes()
	if err != nil {
		in.Err = errorf(KindCorrupt, "WARC record block: %v", err)
		return in, true
	}
	br := bufio.NewReader(raw)
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		return in, false // not a parseable HTTP response: not a page
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return in, false // redirects and error pages hold no article
	}
	in.ContentType = resp.Header.Get("Content-Type")
	// Read the body from the record rather than through resp.Body when it
	// isn't chunked: WARC writers often store a decoded payload under the
	// original Content-Length, and the bytes on disk are what was kept.
	body := io.Reader(br)
	if len(resp.TransferEncoding) > 0 && resp.TransferEncoding[0] == "chunked" {
		body = resp.Body
	}
	body, err = decodeContent(body, resp.Header.Get("Content-Encoding"))
	if err != nil {
		in.Err = err
		return in, true
	}
	data, err := readLimited(body, p.cfg.MaxBytes, -1, "is larger than")
	if err != nil {
		var e *Error
		if !errors.As(err, &e) {
			err = errorf(KindCorrupt, "HTTP body: %v", err)
		}
		in.Err = err
		return in, isHTMLType(in.ContentType, nil)
	}
	if !isHTMLType(in.ContentType, data) {
		return in, false
	}
	in.Data = data
	return in, true
}

// isHTMLType tells an HTML page by its Content-Type, or by sniffing the
// body when the server sent none.
func isHTMLType(contentType string, body []byte) bool {
	if strings.TrimSpace(contentType) == "" {
		if body == nil {
			return true
		}
		contentType = http.DetectContentType(body)
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(contentType, ";", 2)[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// decodeContent undoes an HTTP Content-Encoding as stored in the record.
func decodeContent(r io.Reader, encoding string) (io.Reader, error) {
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "", "identity":
		return r, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, errorf(KindCorrupt, "Content-Encoding gzip: %v", err)
		}
		return zr, nil
	case "deflate":
		zr, err := zlib.NewReader(r)
		if err != nil {
			return nil, errorf(KindCorrupt, "Content-Encoding deflate: %v", err)
		}
		return zr, nil
	default:
		return nil, errorf(KindUnreadable, "unsupported Content-Encoding %q", encoding)
	}
}

// warcOutputDir is the directory under -o for a WARC file's pages: its
// output-relative path without .warc or .warc.gz.
func warcOutputDir(rel string) string {
	base := rel
	lower := strings.ToLower(base)
	for _, ext := range []string{".gz", ".warc"} {
		if strings.HasSuffix(lower, ext) {
			base, lower = base[:len(base)-len(ext)], lower[:len(lower)-len(ext)]
		}
	}
	if base == "" || strings.HasSuffix(base, string(filepath.Separator)) {
		base += "warc"
	}
	return base
}
