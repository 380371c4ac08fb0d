package batch

import (
	"errors"
	"fmt"
	"io/fs"
	"testing"

	"github.com/artext/artext/extract"
)

// TestKindOf holds the kinds scripts branch on to the errors behind them,
// through the wrapping that extract and the file system add.
func TestKindOf(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want Kind
	}{
		{fmt.Errorf("x.html: %w", extract.ErrEmpty), KindEmpty},
		{fmt.Errorf("x.html: %w", extract.ErrBinary), KindBinary},
		{fmt.Errorf("x.html: %w", extract.ErrNoArticle), KindNoArticle},
		{fmt.Errorf("x.html: %w", extract.ErrEncoding), KindEncoding},
		{fmt.Errorf("%w: 3000000000 bytes", extract.ErrTooLarge), KindTooLarge},
		{&fs.PathError{Op: "open", Path: "x", Err: fs.ErrNotExist}, KindNotFound},
		{&fs.PathError{Op: "open", Path: "x", Err: fs.ErrPermission}, KindUnreadable},
		{errorf(KindCorrupt, "bad gzip"), KindCorrupt},
		{errors.New("something else"), KindError},
	} {
		if got := KindOf(tc.err); got != tc.want {
			t.Errorf("KindOf(%v) = %q, want %q", tc.err, got, tc.want)
		}
	}
}
