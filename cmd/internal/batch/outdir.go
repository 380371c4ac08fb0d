package batch

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// outDir is the -o directory: one JSON file per input, each written whole
// or not at all, and never outside the directory.
//
// Containment is enforced twice. Output names are checked to be local paths
// (no .., not absolute) and no component of one may be a symlink; and every
// operation goes through an os.Root, which refuses any path that resolves
// outside the directory even if the tree changes under us.
type outDir struct {
	dir  string
	root *os.Root

	mu sync.Mutex
	// claimed holds a 128-bit digest of every output name handed out in
	// this run, so a second input mapping to the same name is caught. It is
	// the only state kept per input for the whole run; 16 bytes a name
	// keeps a million-file run to a few tens of MB.
	claimed map[[16]byte]struct{}
}

// openOutDir creates dir if needed and opens it as a root.
func openOutDir(dir string) (*outDir, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("-o %s: %w", dir, unwrapPath(err))
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("-o %s: %w", dir, unwrapPath(err))
	}
	return &outDir{dir: dir, root: root, claimed: make(map[[16]byte]struct{})}, nil
}

func (o *outDir) close() error { return o.root.Close() }

// display names an output file in messages as the user would find it.
func (o *outDir) display(name string) string { return filepath.Join(o.dir, name) }

// outputName maps an input's output-relative path to its .json name: the
// extension is replaced, a .gz is dropped first (a.html.gz → a.json), and
// the rest of the name is kept as it is, never hashed.
func outputName(rel string) string {
	rel = filepath.Clean(rel)
	dir, base := filepath.Split(rel)
	if len(base) > 3 && strings.EqualFold(base[len(base)-3:], ".gz") {
		base = base[:len(base)-3]
	}
	if ext := filepath.Ext(base); ext != "" && ext != base {
		base = base[:len(base)-len(ext)]
	}
	return filepath.Join(dir, base+".json")
}

// claim reserves name for the current input. The producer calls it in
// input order, so "the second" of two inputs with one output is
// deterministic whatever the workers do.
func (o *outDir) claim(name string) error {
	if !filepath.IsLocal(name) {
		return errorf(KindUnsafePath, "output %s would be outside -o %s", name, o.dir)
	}
	sum := sha256.Sum256([]byte(filepath.Clean(name)))
	var key [16]byte
	copy(key[:], sum[:])
	o.mu.Lock()
	defer o.mu.Unlock()
	if _, dup := o.claimed[key]; dup {
		return errorf(KindDuplicate, "output %s already written for an earlier input; not overwriting it", o.display(name))
	}
	o.claimed[key] = struct{}{}
	return nil
}

// fresh reports whether name exists as a regular file newer than the
// input's modification time mod (--skip-existing). A zero mod (standard
// input) is never fresh: there is nothing to compare.
func (o *outDir) fresh(name string, mod time.Time) bool {
	if mod.IsZero() {
		return false
	}
	fi, err := o.root.Lstat(name)
	return err == nil && fi.Mode().IsRegular() && fi.ModTime().After(mod)
}

// overwritesInput reports whether writing name would replace the input file
// itself (an input tree used as its own -o with --include '*.json').
func (o *outDir) overwritesInput(name, input string) bool {
	if input == "" {
		return false
	}
	ofi, err := o.root.Stat(name)
	if err != nil {
		return false
	}
	ifi, err := os.Stat(input)
	return err == nil && os.SameFile(ofi, ifi)
}

// write stores data as name: into a temporary file beside it, synced, then
// renamed over name. A crash or kill therefore leaves either the old file or
// the new one, never half of one; on any error the temporary file is
// removed. rename replaces a symlink at name rather than writing through it,
// and checkPath refuses symlinks on the way there.
func (o *outDir) write(name string, data []byte) (err error) {
	if err := o.checkPath(name); err != nil {
		return err
	}
	dir, base := filepath.Split(name)
	if dir != "" {
		if err := o.root.MkdirAll(filepath.Clean(dir), 0o755); err != nil {
			return o.writeError(name, err)
		}
	}
	var f *os.File
	var tmp string
	for range 10 {
		tmp = filepath.Join(dir, fmt.Sprintf(".%s.%08x.tmp", base, rand.Uint32()))
		f, err = o.root.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if !errors.Is(err, fs.ErrExist) {
			break
		}
	}
	if err != nil {
		return o.writeError(name, err)
	}
	defer func() {
		if err != nil {
			f.Close()
			o.root.Remove(tmp)
		}
	}()
	if _, err = f.Write(data); err != nil {
		return o.writeError(name, err)
	}
	// Without the sync, a power cut after the rename can leave an empty
	// file under the final name on some file systems.
	if err = f.Sync(); err != nil {
		return o.writeError(name, err)
	}
	if err = f.Close(); err != nil {
		return o.writeError(name, err)
	}
	if err = o.root.Rename(tmp, name); err != nil {
		return o.writeError(name, err)
	}
	return nil
}

// checkPath walks name's components inside the root and refuses any that is
// a symlink: a link inside -o could lead anywhere, and os.Root only stops
// the ones that lead out, not the surprising ones that stay in.
func (o *outDir) checkPath(name string) error {
	if !filepath.IsLocal(name) {
		return errorf(KindUnsafePath, "output %s would be outside -o %s", name, o.dir)
	}
	parts := strings.Split(filepath.Clean(name), string(filepath.Separator))
	p := ""
	for i, part := range parts {
		p = filepath.Join(p, part)
		fi, err := o.root.Lstat(p)
		if errors.Is(err, fs.ErrNotExist) {
			return nil // created from here on, inside the root
		}
		if err != nil {
			return o.writeError(name, err)
		}
		if fi.Mode()&fs.ModeSymlink != 0 {
			return errorf(KindUnsafePath, "%s is a symlink; not writing through it", o.display(p))
		}
		if i < len(parts)-1 && !fi.IsDir() {
			return errorf(KindWrite, "%s is not a directory", o.display(p))
		}
		if i == len(parts)-1 && fi.IsDir() {
			return errorf(KindWrite, "%s is a directory", o.display(p))
		}
	}
	return nil
}

// writeError wraps a failure to write name. os.Root's refusal to leave the
// directory is reported as unsafe_path: that is what it means to the user.
func (o *outDir) writeError(name string, err error) error {
	err = unwrapPath(err)
	if strings.Contains(err.Error(), "escapes") {
		return errorf(KindUnsafePath, "output %s would be outside -o %s: %v", name, o.dir, err)
	}
	return errorf(KindWrite, "writing %s: %v", o.display(name), err)
}

// unwrapPath drops the operation and path of an *fs.PathError: the
// messages name the file themselves.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
