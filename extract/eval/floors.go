package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"sort"
)

// The metric names of [SetScore.Metrics] and of a floors file. Values are
// fractions in 0..1.
const (
	MetricBodyF1     = "body_f1"     // body token F1 (macro)
	MetricAEBF1      = "aeb_f1"      // AEB shingle F1, for aeb sets only
	MetricSnippets   = "snippets"    // snippet hit rate
	MetricTitle      = "title"       // title exact
	MetricDate       = "date_day"    // date, day right
	MetricMinute     = "date_minute" // date, day and minute right
	MetricSource     = "source"      // source exact, over pages with the key
	MetricAuthor     = "author"      // author exact, over pages with the key
	MetricEditor     = "editor"      // editor exact, over pages with the key
	MetricBreadcrumb = "breadcrumb"  // breadcrumb exact
)

// Metrics returns the set's floor-able scores, keyed by the Metric names;
// a metric is present only when the set has truth for it (AEB F1 only for
// sets [ShowsAEB] names).
func (s *SetScore) Metrics() map[string]float64 {
	m := make(map[string]float64)
	if s.Body.N > 0 {
		m[MetricBodyF1] = s.Body.F1
	}
	if s.AEB.N > 0 && ShowsAEB(s.Name) {
		m[MetricAEBF1] = s.AEB.F1
	}
	rates := []struct {
		name string
		r    Rate
	}{
		{MetricSnippets, s.Snippets.Rate}, {MetricTitle, s.Title}, {MetricDate, s.Date},
		{MetricMinute, s.Minute}, {MetricSource, s.Source}, {MetricAuthor, s.Author},
		{MetricEditor, s.Editor}, {MetricBreadcrumb, s.Breadcrumb},
	}
	for _, x := range rates {
		if x.r.N > 0 {
			m[x.name] = x.r.Value()
		}
	}
	return m
}

// Floors are per-set minimum scores, as kept in testdata/eval-floors.json:
// {"note": "...", "sets": {"aeb": {"body_f1": 0.8, "aeb_f1": 0.85}, ...}}.
type Floors struct {
	Note string                        `json:"note,omitempty"`
	Sets map[string]map[string]float64 `json:"sets"`
}

// FloorsNote is the note FloorsFrom puts in a floors file.
const FloorsNote = "Minimum scores per corpus set (fractions 0..1), checked by extract/eval/floors_test.go. " +
	"Raise them as the extractor improves; regenerate from the current scores with: " +
	"go test ./extract/eval/ -run TestFloors -update-floors"

// FloorsFrom returns the report's set metrics as floors, each rounded down
// to 3 decimals.
func FloorsFrom(r *Report) Floors {
	f := Floors{Note: FloorsNote, Sets: make(map[string]map[string]float64)}
	for i := range r.Sets {
		s := &r.Sets[i]
		if _, dup := f.Sets[s.Name]; dup {
			continue
		}
		m := s.Metrics()
		for k, v := range m {
			m[k] = math.Floor(v*1000+1e-9) / 1000
		}
		f.Sets[s.Name] = m
	}
	return f
}

// ReadFloors reads a floors file.
func ReadFloors(path string) (Floors, error) {
	var f Floors
	data, err := os.ReadFile(path)
	if err != nil {
		return f, err
	}
	if err := json.Unmarshal(data, &f); err != nil {
		return f, fmt.Errorf("%s: %w", path, err)
	}
	return f, nil
}

// WriteFile writes the floors as indented JSON, keys sorted.
func (f Floors) WriteFile(path string) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if f.Sets == nil {
		f.Sets = map[string]map[string]float64{}
	}
	if err := enc.Encode(f); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

// Violation is a floor the report undercuts, or a floor it has no score
// for.
type Violation struct {
	Set    string
	Metric string
	Floor  float64
	Got    float64
	// Missing is set when the report has no such set, or the set no score
	// for the metric.
	Missing bool
}

// String describes the violation in one line.
func (v Violation) String() string {
	if v.Missing {
		return fmt.Sprintf("%s %s: floor %.3f, but no score (set or truth missing)", v.Set, v.Metric, v.Floor)
	}
	return fmt.Sprintf("%s %s: %.4f is below the floor %.3f", v.Set, v.Metric, v.Got, v.Floor)
}

// Check compares the report with the floors and returns every floor
// undercut by more than eps, sorted by set and metric.
func (f Floors) Check(r *Report, eps float64) []Violation {
	scores := make(map[string]map[string]float64)
	for i := range r.Sets {
		if _, dup := scores[r.Sets[i].Name]; !dup {
			scores[r.Sets[i].Name] = r.Sets[i].Metrics()
		}
	}
	var out []Violation
	for set, floors := range f.Sets {
		for metric, floor := range floors {
			got, ok := scores[set][metric]
			switch {
			case !ok:
				out = append(out, Violation{Set: set, Metric: metric, Floor: floor, Missing: true})
			case got < floor-eps:
				out = append(out, Violation{Set: set, Metric: metric, Floor: floor, Got: got})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Set != out[j].Set {
			return out[i].Set < out[j].Set
		}
		return out[i].Metric < out[j].Metric
	})
	return out
}
