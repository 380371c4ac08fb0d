package batch

import (
	"errors"
	"fmt"
	"io/fs"
	"syscall"

	"github.com/artext/artext/extract"
)

// Kind classifies why one input failed. It is the "kind" of an error record
// (--errors-json), so scripts can branch on it: keep the values stable.
type Kind string

// The kinds of failure. Anything not classified is KindError.
const (
	KindNotFound   Kind = "not_found"   // the path does not exist (or is a broken symlink)
	KindUnreadable Kind = "unreadable"  // it exists but could not be read (permission, I/O error)
	KindCorrupt    Kind = "corrupt"     // a gzip stream or WARC file that does not parse
	KindTooLarge   Kind = "too_large"   // more bytes than --max-bytes, or extract.ErrTooLarge
	KindTimeout    Kind = "timeout"     // the extraction ran longer than --timeout
	KindEmpty      Kind = "empty"       // extract.ErrEmpty
	KindBinary     Kind = "binary"      // extract.ErrBinary
	KindNoArticle  Kind = "no_article"  // extract.ErrNoArticle
	KindEncoding   Kind = "encoding"    // extract.ErrEncoding
	KindDuplicate  Kind = "duplicate"   // a second input mapping to an output name already used in this run
	KindUnsafePath Kind = "unsafe_path" // an output that would land outside -o, or be written through a symlink
	KindWrite      Kind = "write"       // the output file could not be written
	KindCrash      Kind = "crash"       // the extractor panicked on this page
	KindError      Kind = "error"       // anything else
)

// Error is the failure of one input. Its message is the reason only: the
// input's name is printed in front of it by whoever reports it.
type Error struct {
	Kind Kind  // what went wrong, for --errors-json and scripts
	Err  error // the reason, printed after the input's name
}

// Error returns the reason alone, e.g. "no such file".
func (e *Error) Error() string { return e.Err.Error() }

// Unwrap gives errors.Is access to the cause (extract.ErrEmpty, …).
func (e *Error) Unwrap() error { return e.Err }

// errorf builds an *Error of kind k.
func errorf(k Kind, format string, args ...any) *Error {
	return &Error{Kind: k, Err: fmt.Errorf(format, args...)}
}

// KindOf classifies err. Errors that are already an *Error keep their kind;
// extractor and file-system errors are recognised with errors.Is, so the
// classification survives wrapping.
func KindOf(err error) Kind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	switch {
	case errors.Is(err, extract.ErrEmpty):
		return KindEmpty
	case errors.Is(err, extract.ErrBinary):
		return KindBinary
	case errors.Is(err, extract.ErrNoArticle):
		return KindNoArticle
	case errors.Is(err, extract.ErrEncoding):
		return KindEncoding
	case errors.Is(err, extract.ErrTooLarge):
		return KindTooLarge
	case errors.Is(err, fs.ErrNotExist):
		return KindNotFound
	case errors.Is(err, fs.ErrPermission):
		return KindUnreadable
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return KindUnreadable
	}
	return KindError
}

// readError turns an error from opening or reading an input into an *Error
// whose message is short: the path is already at the front of the line, so
// "open x: no such file or directory" becomes "no such file".
func readError(err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &Error{Kind: KindNotFound, Err: errors.New("no such file")}
	case errors.Is(err, fs.ErrPermission):
		return &Error{Kind: KindUnreadable, Err: errors.New("permission denied")}
	case errors.Is(err, syscall.EISDIR):
		return &Error{Kind: KindUnreadable, Err: errors.New("is a directory")}
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return &Error{Kind: KindUnreadable, Err: pe.Err}
	}
	return &Error{Kind: KindUnreadable, Err: err}
}
