package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"
)

// TruncateAt is the length, in characters, to which Want and Got are cut
// in worst-page listings.
const TruncateAt = 120

// truncate cuts s to n characters, marking the cut with "…".
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for k := range s {
		if i == n-1 {
			return s[:k] + "…"
		}
		i++
	}
	return s
}

// column is one column of the text table.
type column struct {
	head string
	cell func(s *SetScore) string
}

// fraction formats a 0..1 score as 0.xyz, or "-" when nothing was scored.
func fraction(v float64, n int) string {
	if n == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", v)
}

// rateCell formats a rate compactly as percent(n): "93.1(29)", "100(29)",
// "0(29)", or "-" when nothing was scored.
func rateCell(r Rate) string {
	switch {
	case r.N == 0:
		return "-"
	case r.Hits == r.N:
		return fmt.Sprintf("100(%d)", r.N)
	case r.Hits == 0:
		return fmt.Sprintf("0(%d)", r.N)
	}
	return fmt.Sprintf("%.1f(%d)", 100*r.Value(), r.N)
}

// tableColumns are the table's columns after the set name.
var tableColumns = []column{
	{"pages", func(s *SetScore) string { return fmt.Sprint(s.Pages) }},
	{"bodyP", func(s *SetScore) string { return fraction(s.Body.Precision, s.Body.N) }},
	{"bodyR", func(s *SetScore) string { return fraction(s.Body.Recall, s.Body.N) }},
	{"bodyF1", func(s *SetScore) string { return fraction(s.Body.F1, s.Body.N) }},
	{"aebF1", func(s *SetScore) string {
		if !ShowsAEB(s.Name) {
			return "-"
		}
		return fraction(s.AEB.F1, s.AEB.N)
	}},
	{"snippets", func(s *SetScore) string { return rateCell(s.Snippets.Rate) }},
	{"title", func(s *SetScore) string { return rateCell(s.Title) }},
	{"date-day", func(s *SetScore) string { return rateCell(s.Date) }},
	{"date-min", func(s *SetScore) string { return rateCell(s.Minute) }},
	{"source", func(s *SetScore) string { return rateCell(s.Source) }},
	{"source-ne", func(s *SetScore) string { return rateCell(s.SourceNonEmpty) }},
	{"author", func(s *SetScore) string { return rateCell(s.Author) }},
	{"author-ne", func(s *SetScore) string { return rateCell(s.AuthorNonEmpty) }},
	{"editor", func(s *SetScore) string { return rateCell(s.Editor) }},
	{"editor-ne", func(s *SetScore) string { return rateCell(s.EditorNonEmpty) }},
	{"crumbs", func(s *SetScore) string { return rateCell(s.Breadcrumb) }},
}

// tableLegend explains the table's cells.
const tableLegend = `bodyP/R/F1: body token precision/recall/F1, mean over pages with a body truth; aebF1: AEB shingle F1 (aeb sets only).
Other cells: percent right (pages scored); snippets: percent of snippets right (snippets); -ne: only pages whose truth is not empty.
`

// WriteTable writes the scores as a text table: one row per set, then
// TOTAL (macro over all pages), then a legend and the number of extraction
// errors. A "-" cell means the set has no truth for that column.
func (r *Report) WriteTable(w io.Writer) error {
	rows := make([]*SetScore, 0, len(r.Sets)+1)
	for i := range r.Sets {
		rows = append(rows, &r.Sets[i])
	}
	rows = append(rows, &r.Total)
	cells := make([][]string, len(rows))
	widths := make([]int, len(tableColumns)+1)
	widths[0] = len("set")
	for i, s := range rows {
		cells[i] = make([]string, len(tableColumns)+1)
		cells[i][0] = s.Name
		for j, c := range tableColumns {
			cells[i][j+1] = c.cell(s)
		}
	}
	head := []string{"set"}
	for _, c := range tableColumns {
		head = append(head, c.head)
	}
	for _, row := range append([][]string{head}, cells...) {
		for j, c := range row {
			widths[j] = max(widths[j], utf8.RuneCountInString(c))
		}
	}
	var b bytes.Buffer
	line := func(row []string) {
		for j, c := range row {
			pad := strings.Repeat(" ", widths[j]-utf8.RuneCountInString(c))
			if j == 0 {
				b.WriteString(c + pad)
			} else {
				b.WriteString(" " + pad + c)
			}
		}
		b.WriteByte('\n')
	}
	line(head)
	for i, row := range cells {
		if i == len(cells)-1 {
			total := 0
			for _, wd := range widths {
				total += wd + 1
			}
			b.WriteString(strings.Repeat("-", total-1) + "\n")
		}
		line(row)
	}
	b.WriteString(tableLegend)
	if n := len(r.Errors); n > 0 {
		fmt.Fprintf(&b, "extraction failed on %d page(s), scored as empty:\n", n)
		for _, e := range r.Errors {
			fmt.Fprintf(&b, "  %s/%s: %s\n", e.Set, e.ID, truncate(e.Error, TruncateAt))
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}

// WorstEntry is one page in a worst-pages listing. Want and Got are cut to
// [TruncateAt] characters.
type WorstEntry struct {
	Set  string `json:"set"`
	ID   string `json:"id"`
	Path string `json:"path"`
	Err  string `json:"error,omitempty"`
	FieldResult
}

// Worst returns up to n pages with the lowest score for f, lowest first;
// pages that scored fully right are left out, ties keep page order.
func (r *Report) Worst(f Field, n int) []WorstEntry {
	var out []WorstEntry
	for i := range r.Pages {
		p := &r.Pages[i]
		fr, ok := p.Field(f)
		if !ok || fr.Score >= 1 {
			continue
		}
		fr.Want, fr.Got = truncate(fr.Want, TruncateAt), truncate(fr.Got, TruncateAt)
		out = append(out, WorstEntry{Set: p.Set, ID: p.ID, Path: p.Path, Err: p.Err, FieldResult: fr})
	}
	slices.SortStableFunc(out, func(a, b WorstEntry) int {
		switch {
		case a.Score < b.Score:
			return -1
		case a.Score > b.Score:
			return 1
		}
		return 0
	})
	if n >= 0 && len(out) > n {
		out = out[:n]
	}
	return out
}

// scored counts the pages where f was scored, and those fully right.
func (r *Report) scored(f Field) (n, right int) {
	for i := range r.Pages {
		if fr, ok := r.Pages[i].Field(f); ok {
			n++
			if fr.Score >= 1 {
				right++
			}
		}
	}
	return n, right
}

// quote shows an empty string as "" so that it stands out.
func quote(s string) string {
	if s == "" {
		return `""`
	}
	return s
}

// WriteWorst lists, for each of fields (all [Fields] when none is given),
// the n worst pages with what the truth wants and what was extracted.
// Fields no page was scored on are skipped.
func (r *Report) WriteWorst(w io.Writer, n int, fields ...Field) error {
	if len(fields) == 0 {
		fields = Fields
	}
	var b bytes.Buffer
	for _, f := range fields {
		total, right := r.scored(f)
		if total == 0 {
			continue
		}
		worst := r.Worst(f, n)
		fmt.Fprintf(&b, "\nworst %s: %d of %d page(s) not fully right", f, total-right, total)
		if len(worst) < total-right {
			fmt.Fprintf(&b, ", showing %d", len(worst))
		}
		b.WriteString("\n")
		for _, e := range worst {
			fmt.Fprintf(&b, "  %s/%s", e.Set, e.ID)
			switch f {
			case FieldBody:
				fmt.Fprintf(&b, "  F1 %.3f  P %.3f  R %.3f", e.Score, e.Precision, e.Recall)
			case FieldSnippets:
				fmt.Fprintf(&b, "  %.0f%% of snippets right", 100*e.Score)
			}
			if e.Err != "" {
				fmt.Fprintf(&b, "  (error: %s)", truncate(e.Err, 60))
			}
			b.WriteString("\n")
			label := "want"
			if f == FieldSnippets {
				label = "fail"
			}
			fmt.Fprintf(&b, "    %s: %s\n    got:  %s\n", label, quote(e.Want), quote(e.Got))
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}

// JSON returns the report as indented JSON: sets, total and errors, and,
// when worst > 0, a "worst" object listing per field (fields, or all
// [Fields] when none is given) up to worst pages as [Report.Worst] does.
func (r *Report) JSON(worst int, fields ...Field) ([]byte, error) {
	v := struct {
		Sets   []SetScore             `json:"sets"`
		Total  SetScore               `json:"total"`
		Errors []PageError            `json:"errors"`
		Worst  map[Field][]WorstEntry `json:"worst,omitempty"`
	}{Sets: r.Sets, Total: r.Total, Errors: r.Errors}
	if v.Errors == nil {
		v.Errors = []PageError{}
	}
	if v.Sets == nil {
		v.Sets = []SetScore{}
	}
	if worst > 0 {
		if len(fields) == 0 {
			fields = Fields
		}
		v.Worst = make(map[Field][]WorstEntry)
		for _, f := range fields {
			if n, _ := r.scored(f); n > 0 {
				v.Worst[f] = append([]WorstEntry{}, r.Worst(f, worst)...)
			}
		}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
