package extract

import "errors"

// Errors Extract returns for inputs that hold no article. They are wrapped
// with detail; test with errors.Is.
var (
	// ErrEmpty: the input has no bytes, or only white space.
	ErrEmpty = errors.New("empty input")
	// ErrBinary: the input is not text (an image, an archive, random bytes).
	ErrBinary = errors.New("binary data, not a page")
	// ErrNoArticle: the page was read but no article body was found in it.
	ErrNoArticle = errors.New("no article body found")
	// ErrEncoding: the encoding asked for is unknown.
	ErrEncoding = errors.New("unknown encoding")
	// ErrTooLarge: the decoded text is past MaxPageBytes.
	ErrTooLarge = errors.New("page too large")
)

// MaxPageBytes is the most text, in bytes once decoded to UTF-8, that
// Extract reads from one page: 2 GiB less one byte. Line and block
// counts are kept in 32 bits, which keeps a block of a text dump small;
// no page comes near it.
const MaxPageBytes = 1<<31 - 1

// maxPageBytes is MaxPageBytes, lowered by the test of the limit.
var maxPageBytes = MaxPageBytes
