package batch

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// DefaultInclude are the file names taken from a directory when no
// --include is given: the usual page extensions, plain or gzip-compressed,
// and WARC files. They match case-insensitively (PAGE.HTM is a page too).
var DefaultInclude = []string{
	"*.html", "*.htm", "*.shtml", "*.xhtml", "*.txt", "*.warc",
	"*.html.gz", "*.htm.gz", "*.shtml.gz", "*.xhtml.gz", "*.txt.gz", "*.warc.gz",
}

// sortedDirLimit is how many entries of one directory are read, sorted and
// walked in name order. A directory with more is walked in the order the
// file system lists it, in chunks, so that a directory of a million files
// never sits in memory at once: bounded memory wins over a stable order.
const sortedDirLimit = 4096

// Input is one page to extract, or one failure to report in its place. The
// producer makes them in input order; workers read and extract them.
type Input struct {
	// Name is what messages and the "input" key show: the path as reached
	// (directory argument joined with the walked path), "-" for standard
	// input, "FILE.warc.gz#<record id>" for a WARC record.
	Name string
	// Path is the file to read. Empty for standard input and WARC records.
	Path string
	// Stdin is set when the page is standard input.
	Stdin bool
	// Data is the page when the producer already read it (a WARC record);
	// nil means read Path or standard input.
	Data []byte
	// Regular is set when Path was a regular file when found, so reading
	// it cannot block the way a FIFO or a device can.
	Regular bool
	// URL and ContentType come from a WARC record and are passed on to the
	// extractor as evidence.
	URL, ContentType string
	// Out is the output file relative to -o, empty without -o.
	Out string
	// ModTime is the input's modification time, for --skip-existing. For a
	// WARC record it is the WARC file's. Zero when unknown (stdin).
	ModTime time.Time
	// Err, when set, is the input's failure, known before reading it.
	Err error
}

// producer turns the command line (files, directories, "-", --files-from
// lists) into a stream of Inputs. It never builds the whole list: each input
// is handed to emit as soon as it is found, and emit blocks while the
// workers are busy, so memory stays bounded however many files there are.
type producer struct {
	cfg   *Config
	out   *outDir // nil without -o
	rep   *reporter
	stdin bool // standard input was already handed out
	// include and exclude are the globs; fold says they match
	// case-insensitively (the default include list).
	include, exclude []string
	fold             bool
	// counting is set for the progress bar's counting pass (countInputs):
	// claim nothing, note nothing, and give up on what can't be counted
	// without reading it (WARC files, a list on stdin).
	counting, uncountable bool
}

func newProducer(cfg *Config, out *outDir, rep *reporter) *producer {
	p := &producer{cfg: cfg, out: out, rep: rep, include: cfg.Include, exclude: cfg.Exclude}
	if len(p.include) == 0 {
		p.include, p.fold = DefaultInclude, true
	}
	return p
}

// countInputs counts the inputs cfg names without reading them, for the
// progress bar's total and ETA. It runs beside the real producer, which is
// held back by the workers and so finds the end of a big tree only at the
// very end. It walks the same way but keeps nothing, so memory stays
// bounded. ok is false when the total can't be known this way.
func countInputs(ctx context.Context, cfg *Config) (n int64, ok bool) {
	p := newProducer(cfg, nil, &reporter{w: io.Discard, quiet: true})
	p.counting = true
	p.run(ctx, func(Input) bool { n++; return true })
	return n, !p.uncountable && ctx.Err() == nil
}

// emitFunc receives one input; it returns false when the run is stopping.
type emitFunc func(Input) bool

// run produces every input: the arguments first, then the --files-from
// list, each in order. It returns when done or when emit says stop.
func (p *producer) run(ctx context.Context, emit emitFunc) {
	for _, a := range p.cfg.Args {
		if !p.path(ctx, a, emit) {
			return
		}
	}
	if p.cfg.FilesFrom != "" {
		p.list(ctx, p.cfg.FilesFrom, emit)
	}
}

// list reads one path a line from name ("-": standard input) and produces
// each. Lines are streamed, so a list of millions of paths is fine.
func (p *producer) list(ctx context.Context, name string, emit emitFunc) bool {
	var r io.Reader
	if name == "-" {
		if p.counting {
			p.uncountable = true // standard input can be read only once
			return false
		}
		if p.stdin {
			return emit(Input{Name: name, Err: errorf(KindUnreadable, "standard input already used")})
		}
		p.stdin = true
		r = p.cfg.Stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return emit(Input{Name: name, Err: readError(err)})
		}
		defer f.Close()
		r = f
	}
	br := bufio.NewReader(r)
	for {
		line, err := br.ReadString('\n')
		line = strings.TrimRight(line, "\r\n")
		if line != "" {
			if !p.path(ctx, line, emit) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
		if err != nil {
			return emit(Input{Name: name, Err: readError(err)})
		}
	}
}

// path produces one command-line (or list) entry: standard input, a
// directory to walk, a WARC file or a page.
func (p *producer) path(ctx context.Context, name string, emit emitFunc) bool {
	if ctx.Err() != nil {
		return false
	}
	if name == "-" {
		in := Input{Name: "-", Stdin: true}
		if p.stdin {
			in.Err = errorf(KindUnreadable, "standard input already used")
		}
		p.stdin = true
		p.assign(&in, "stdin")
		return emit(in)
	}
	fi, err := os.Stat(name)
	if err != nil {
		return emit(Input{Name: name, Err: readError(err)})
	}
	rel := filepath.Base(name)
	if p.cfg.KeepPaths {
		if rel, err = keptPath(name); err != nil {
			return emit(Input{Name: name, Err: err})
		}
	}
	if fi.IsDir() {
		if !p.cfg.KeepPaths {
			rel = ""
		}
		return p.walk(ctx, name, rel, []walkedDir{{name, fi}}, emit)
	}
	return p.file(ctx, name, rel, fi, emit)
}

// file produces a file found on the command line or by the walk.
func (p *producer) file(ctx context.Context, name, rel string, fi os.FileInfo, emit emitFunc) bool {
	if isWARC(name) && p.counting {
		p.uncountable = true // its page count is known only by reading it
		return false
	}
	if isWARC(name) {
		return p.warc(ctx, name, rel, fi.ModTime(), emit)
	}
	in := Input{Name: name, Path: name, ModTime: fi.ModTime(), Regular: fi.Mode().IsRegular()}
	p.assign(&in, rel)
	return emit(in)
}

// assign gives in its output name under -o (and claims it, so that a
// second input mapping to the same file is an error, not an overwrite).
func (p *producer) assign(in *Input, rel string) {
	if p.out == nil || in.Err != nil || p.counting {
		return
	}
	out := outputName(rel)
	if err := p.out.claim(out); err != nil {
		in.Err = err
		return
	}
	in.Out = out
}

// walkedDir is a directory on the walk's current path, kept to spot loops.
type walkedDir struct {
	path string
	fi   os.FileInfo
}

// walk produces the files beneath dir, recursively, following symlinks.
// ancestors are the directories on the way down (dir included): a directory
// that is one of its own ancestors is a loop, skipped with a note, which is
// what makes the walk terminate whatever the symlinks. rel is dir's path
// for output names.
func (p *producer) walk(ctx context.Context, dir, rel string, ancestors []walkedDir, emit emitFunc) bool {
	f, err := os.Open(dir)
	if err != nil {
		return emit(Input{Name: dir, Err: readError(err)})
	}
	// Read a first window; if the directory ends within it, close the
	// descriptor before descending so deep trees don't pile up open files,
	// and walk the entries in name order.
	entries, err := f.ReadDir(sortedDirLimit)
	if err == nil && len(entries) == sortedDirLimit {
		more, err2 := f.ReadDir(1)
		if len(more) == 0 && (err2 == nil || err2 == io.EOF) {
			err = io.EOF
		} else {
			// A huge directory: stream it in listing order.
			entries = append(entries, more...)
			for {
				for _, e := range entries {
					if !p.entry(ctx, dir, rel, e, ancestors, emit) {
						f.Close()
						return false
					}
				}
				entries, err = f.ReadDir(256)
				if len(entries) == 0 {
					break
				}
			}
			f.Close()
			if err != nil && err != io.EOF {
				return emit(Input{Name: dir, Err: readError(err)})
			}
			return true
		}
	}
	f.Close()
	if err != nil && err != io.EOF {
		return emit(Input{Name: dir, Err: readError(err)})
	}
	slices.SortFunc(entries, func(a, b os.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	for _, e := range entries {
		if !p.entry(ctx, dir, rel, e, ancestors, emit) {
			return false
		}
	}
	return true
}

// entry handles one directory entry of the walk.
func (p *producer) entry(ctx context.Context, dir, rel string, e os.DirEntry, ancestors []walkedDir, emit emitFunc) bool {
	if ctx.Err() != nil {
		return false
	}
	name := e.Name()
	full := filepath.Join(dir, name)
	relName := path.Join(filepath.ToSlash(rel), name)
	if p.excluded(name, relName) {
		return true
	}
	var fi os.FileInfo
	var err error
	if e.Type()&os.ModeSymlink != 0 {
		fi, err = os.Stat(full) // follow it
		if err != nil {
			if p.included(name, relName) {
				if errors.Is(err, os.ErrNotExist) {
					return emit(Input{Name: full, Err: errorf(KindNotFound, "broken symlink")})
				}
				return emit(Input{Name: full, Err: readError(err)})
			}
			return true
		}
	} else {
		fi, err = e.Info()
		if err != nil {
			if errors.Is(err, os.ErrNotExist) {
				return true // removed while we walked
			}
			return emit(Input{Name: full, Err: readError(err)})
		}
	}
	switch {
	case fi.IsDir():
		for _, a := range ancestors {
			if os.SameFile(a.fi, fi) {
				p.rep.note("%s: skipped: directory loop (leads back to %s)", full, a.path)
				return true
			}
		}
		// The three-index slice makes append copy, so sibling walks never
		// share (and overwrite) one backing array.
		down := append(ancestors[:len(ancestors):len(ancestors)], walkedDir{full, fi})
		return p.walk(ctx, full, filepath.FromSlash(relName), down, emit)
	case !p.included(name, relName):
		return true
	case !fi.Mode().IsRegular():
		// FIFOs, sockets and devices in a tree are not page dumps, and a
		// FIFO would block the worker that opens it.
		p.rep.note("%s: skipped: not a regular file", full)
		return true
	}
	return p.file(ctx, full, filepath.FromSlash(relName), fi, emit)
}

// included reports whether a file name found by the walk is a page to read.
func (p *producer) included(name, rel string) bool {
	return matchAny(p.include, name, rel, p.fold)
}

// excluded reports whether a file or directory found by the walk is left
// out (a directory's whole subtree then is).
func (p *producer) excluded(name, rel string) bool {
	return matchAny(p.exclude, name, rel, false)
}

// matchAny matches globs against a base name, or against the slash path
// relative to the directory argument when the glob has a slash in it.
func matchAny(globs []string, name, rel string, fold bool) bool {
	if fold {
		name, rel = strings.ToLower(name), strings.ToLower(rel)
	}
	for _, g := range globs {
		subject := name
		if strings.Contains(g, "/") {
			subject = rel
		}
		if ok, _ := path.Match(g, subject); ok {
			return true
		}
	}
	return false
}

// isWARC tells WARC files by their name, as crawlers write them.
func isWARC(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".warc") || strings.HasSuffix(n, ".warc.gz")
}

// keptPath is the output name --keep-paths gives to name: the path as
// given, cleaned, with a leading / dropped (as tar does). A path that climbs
// out with .. has no place under -o and is refused.
func keptPath(name string) (string, error) {
	p := filepath.Clean(name)
	if filepath.IsAbs(p) {
		p = strings.TrimLeft(p[len(filepath.VolumeName(p)):], `/\`)
	}
	if p == "" || p == "." {
		return ".", nil
	}
	if !filepath.IsLocal(p) {
		return "", errorf(KindUnsafePath, "--keep-paths: path leaves the current directory, it has no place under -o")
	}
	return p, nil
}

// gzipMagic starts every gzip stream.
var gzipMagic = []byte{0x1f, 0x8b}

// readPage reads one page from a file or standard input, gunzipping it if
// it is gzip-compressed (told by its magic bytes, not its name), and
// refusing more than maxBytes (0: no limit) after decompression, so a zip
// bomb is as harmless as a huge file.
func readPage(in Input, stdin io.Reader, maxBytes int64) ([]byte, error) {
	var r io.Reader = stdin
	var size int64 = -1
	if !in.Stdin {
		f, err := os.Open(in.Path)
		if err != nil {
			return nil, readError(err)
		}
		defer f.Close()
		if fi, err := f.Stat(); err == nil {
			if fi.IsDir() {
				return nil, errorf(KindUnreadable, "is a directory")
			}
			if fi.Mode().IsRegular() {
				size = fi.Size()
			}
		}
		r = f
	}
	br := bufio.NewReader(r)
	magic, err := br.Peek(2)
	if err != nil && err != io.EOF {
		return nil, readError(err)
	}
	if !bytes.Equal(magic, gzipMagic) {
		if maxBytes > 0 && size > maxBytes {
			return nil, tooLarge("is larger than", maxBytes)
		}
		data, err := readLimited(br, maxBytes, size, "is larger than")
		if err != nil {
			return nil, readError(err)
		}
		return data, nil
	}
	zr, err := gzip.NewReader(br)
	if err == nil {
		var data []byte
		data, err = readLimited(zr, maxBytes, -1, "decompresses to more than")
		if err == nil {
			return data, nil
		}
	}
	// Errors of the file itself come as *fs.PathError (or our own *Error);
	// anything else is the gzip stream's fault.
	var pe *fs.PathError
	var e *Error
	if errors.As(err, &pe) || errors.As(err, &e) {
		return nil, readError(err)
	}
	return nil, errorf(KindCorrupt, "gzip: %v", err)
}

// readLimited reads r to the end, failing with a too_large *Error once more
// than maxBytes (0: no limit) came. Other errors are returned as they are.
// size, when not negative, is how many bytes r should hold: the buffer is
// made that big at once (as os.ReadFile does) instead of being regrown and
// copied a dozen times for a large page.
func readLimited(r io.Reader, maxBytes, size int64, what string) ([]byte, error) {
	if maxBytes > 0 {
		r = io.LimitReader(r, maxBytes+1)
		size = min(size, maxBytes+1)
	}
	// MinRead more, so the read that finds the end needs no growth; the
	// buffer is never nil, so an empty page is not mistaken for "not read"
	// (Input.Data).
	var buf bytes.Buffer
	buf.Grow(int(max(size, 0)) + bytes.MinRead)
	if _, err := buf.ReadFrom(r); err != nil {
		return nil, err
	}
	if maxBytes > 0 && int64(buf.Len()) > maxBytes {
		return nil, tooLarge(what, maxBytes)
	}
	return buf.Bytes(), nil
}

func tooLarge(what string, maxBytes int64) *Error {
	return errorf(KindTooLarge, "%s --max-bytes (%s)", what, FormatBytes(maxBytes))
}

// FormatBytes writes a byte count the way --max-bytes reads it.
func FormatBytes(n int64) string {
	units := []struct {
		suffix string
		size   int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}}
	for _, u := range units {
		if n >= u.size && n%u.size == 0 {
			return fmt.Sprintf("%d%s", n/u.size, u.suffix)
		}
	}
	return fmt.Sprintf("%d bytes", n)
}

// ParseBytes reads a size such as "64MiB", "10M", "500k", "2GB" or "1000".
// K, M and G (with or without "iB") are powers of 1024; "KB", "MB" and "GB"
// are powers of 1000, as disk vendors count. 0 means no limit.
func ParseBytes(s string) (int64, error) {
	t := strings.TrimSpace(s)
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 {
		return 0, fmt.Errorf("%q: want a size such as 64MiB", s)
	}
	var n int64
	if _, err := fmt.Sscan(t[:i], &n); err != nil {
		return 0, fmt.Errorf("%q: %v", s, err)
	}
	mult := map[string]int64{
		"": 1, "b": 1,
		"k": 1 << 10, "kib": 1 << 10, "kb": 1000,
		"m": 1 << 20, "mib": 1 << 20, "mb": 1000 * 1000,
		"g": 1 << 30, "gib": 1 << 30, "gb": 1000 * 1000 * 1000,
	}[strings.ToLower(strings.TrimSpace(t[i:]))]
	if mult == 0 {
		return 0, fmt.Errorf("%q: unknown unit (want KiB, MiB, GiB, KB, MB or GB)", s)
	}
	if n > (1<<62)/mult {
		return 0, fmt.Errorf("%q: too large", s)
	}
	return n * mult, nil
}
