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
)
