package eval

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/artext/artext/extract"
)

// Truth is the ground truth of one page, read from its <id>.json. A nil
// pointer means the key is absent, and the field is not scored; a pointer to
// "" (or to an empty list) means the page has none, and only an empty answer
// is right.
type Truth struct {
	Title      *string   `json:"title,omitempty"`
	Date       *string   `json:"date,omitempty"`     // as shown on the page
	DateISO    *string   `json:"date_iso,omitempty"` // YYYY-MM-DD[THH:MM[:SS]][offset]
	Source     *string   `json:"source,omitempty"`
	Author     *string   `json:"author,omitempty"`
	Editor     *string   `json:"editor,omitempty"`
	Breadcrumb *[]string `json:"breadcrumb,omitempty"`
	// Body is the article text, one paragraph per line.
	Body *string `json:"body,omitempty"`
	// MustContain holds snippets the body must contain
	// (body_must_contain, and with in the trafilatura set).
	MustContain []string `json:"must_contain,omitempty"`
	// MustNotContain holds snippets the body must not contain
	// (body_must_not_contain, and without in the trafilatura set).
	MustNotContain []string `json:"must_not_contain,omitempty"`
	// URL, Lang and PageType are informational; they are not scored.
	URL      string `json:"url,omitempty"`
	Lang     string `json:"lang,omitempty"`
	PageType string `json:"page_type,omitempty"`
}

// truthFile is the JSON layout of a truth file, as far as eval reads it.
type truthFile struct {
	Title              *string   `json:"title"`
	Date               *string   `json:"date"`
	DateISO            *string   `json:"date_iso"`
	Source             *string   `json:"source"`
	Author             *string   `json:"author"`
	Editor             *string   `json:"editor"`
	Breadcrumb         *[]string `json:"breadcrumb"`
	Body               *string   `json:"body"`
	BodyMustContain    []string  `json:"body_must_contain"`
	BodyMustNotContain []string  `json:"body_must_not_contain"`
	With               []string  `json:"with"`
	Without            []string  `json:"without"`
	URL                string    `json:"url"`
	Lang               string    `json:"lang"`
	PageType           string    `json:"page_type"`
}

// ParseTruth decodes the JSON ground truth of one page.
func ParseTruth(data []byte) (Truth, error) {
	var f truthFile
	if err := json.Unmarshal(data, &f); err != nil {
		return Truth{}, err
	}
	t := Truth{
		Title: f.Title, Date: f.Date, DateISO: f.DateISO,
		Source: f.Source, Author: f.Author, Editor: f.Editor,
		Breadcrumb: f.Breadcrumb, Body: f.Body,
		URL: f.URL, Lang: f.Lang, PageType: f.PageType,
	}
	t.MustContain = append(append([]string(nil), f.BodyMustContain...), f.With...)
	t.MustNotContain = append(append([]string(nil), f.BodyMustNotContain...), f.Without...)
	return t, nil
}

// Page is one labelled page of a set.
type Page struct {
	// Set is the name of the set the page belongs to.
	Set string `json:"set"`
	// ID is the file name without extension.
	ID string `json:"id"`
	// Path is the page dump: <id>.html or <id>.txt.
	Path string `json:"path"`
	// Kind is extract.KindHTML for .html files, extract.KindText for .txt.
	Kind extract.Kind `json:"kind"`
	// Truth is the parsed <id>.json.
	Truth Truth `json:"-"`
}

// Set is a directory of labelled pages, named after the directory.
type Set struct {
	Name  string
	Dir   string
	Pages []Page // sorted by ID
}

// Load finds the sets under dirs and reads their truth files. Each dir may
// be a set itself (a directory holding <id>.html|.txt + <id>.json pairs) or
// any ancestor of sets, such as the corpus root; hidden directories are
// skipped. Sets come back sorted by directory path, each directory once;
// pages are sorted by ID. Page dumps are not read until [Run]. A dir that
// cannot be read, holds no labelled page, or a truth file that is not valid
// JSON is an error.
func Load(dirs ...string) ([]Set, error) {
	if len(dirs) == 0 {
		return nil, errors.New("no directory given")
	}
	seen := make(map[string]bool)
	var sets []Set
	for _, dir := range dirs {
		abs, err := filepath.Abs(dir)
		if err != nil {
			return nil, err
		}
		st, err := os.Stat(abs)
		if err != nil {
			var pe *fs.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			return nil, fmt.Errorf("%s: %w", dir, err)
		}
		if !st.IsDir() {
			return nil, fmt.Errorf("%s: not a directory", dir)
		}
		found := 0
		err = filepath.WalkDir(abs, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() {
				return nil
			}
			if path != abs && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			if seen[path] {
				found++ // already loaded through another argument
				return nil
			}
			set, ok, err := loadSet(path)
			if err != nil {
				return err
			}
			if ok {
				seen[path] = true
				sets = append(sets, set)
				found++
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if found == 0 {
			return nil, fmt.Errorf("%s: no labelled pages (<id>.html or <id>.txt with <id>.json)", dir)
		}
	}
	sort.SliceStable(sets, func(i, j int) bool { return sets[i].Dir < sets[j].Dir })
	return sets, nil
}

// loadSet reads the pages directly inside dir; ok is false when there are
// none.
func loadSet(dir string) (Set, bool, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return Set{}, false, err
	}
	files := make(map[string]bool, len(entries))
	for _, e := range entries {
		if e.Type().IsRegular() || e.Type()&fs.ModeSymlink != 0 {
			files[e.Name()] = true
		}
	}
	set := Set{Name: filepath.Base(dir), Dir: dir}
	for _, e := range entries {
		name := e.Name()
		id, ok := strings.CutSuffix(name, ".json")
		if !ok || !files[name] || id == "" {
			continue
		}
		var page Page
		switch {
		case files[id+".html"]:
			page = Page{Path: filepath.Join(dir, id+".html"), Kind: extract.KindHTML}
		case files[id+".txt"]:
			page = Page{Path: filepath.Join(dir, id+".txt"), Kind: extract.KindText}
		default:
			continue // a JSON file that labels no page
		}
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return Set{}, false, err
		}
		t, err := ParseTruth(data)
		if err != nil {
			return Set{}, false, fmt.Errorf("%s: %w", filepath.Join(dir, name), err)
		}
		page.Set, page.ID, page.Truth = set.Name, id, t
		set.Pages = append(set.Pages, page)
	}
	sort.Slice(set.Pages, func(i, j int) bool { return set.Pages[i].ID < set.Pages[j].ID })
	return set, len(set.Pages) > 0, nil
}
