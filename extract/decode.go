package extract

import (
	"fmt"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
)

// LookupEncoding returns the encoding a charset label names.
func LookupEncoding(label string) (encoding.Encoding, error) {
	e, err := htmlindex.Get(label)
	if err != nil {
		return nil, fmt.Errorf("%w: %q", ErrEncoding, label)
	}
	return e, nil
}
