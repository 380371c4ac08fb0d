package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/artext/artext/extract/eval"
)

// evalFlags are the flags of artext eval.
type evalFlags struct {
	json   bool
	worst  int
	fields []string
	sets   []string
}

// defaultWorst is the number of worst pages listed when --field is given
// without --worst.
const defaultWorst = 10

func newEvalCommand(stdout, stderr io.Writer) *cobra.Command {
	var flags evalFlags
	cmd := &cobra.Command{
		Use:   "eval [flags] DIR...",
		Short: "Score artext on a labelled corpus",
		Long: `eval extracts every labelled page under each DIR and scores the result against
the page's ground truth. A DIR is a set (a directory of <id>.html or <id>.txt
pages, each with its truth <id>.json) or a directory of sets, such as the
corpus root.

It prints one row per set and a TOTAL row (mean over all pages):
  bodyP/R/F1   body token precision/recall/F1, mean over the pages with a body
  aebF1        article-extraction-benchmark shingle F1 (sets aeb, aeb-*)
  snippets     percent of body snippets right (must / must-not contain)
  title, date-day, date-min, source, author, editor, crumbs
               percent of pages right, with the number of pages scored in
               parentheses; -ne columns count only pages whose truth is not
               empty. "-" means the set has no truth for the column.

--worst N lists, for each field (or only the --field ones), the N worst pages
with what the truth wants and what was extracted. Extraction errors count as
empty predictions and are listed.

Exit status: 0 when the evaluation ran (whatever the scores), 2 on a usage
error, 3 when a DIR cannot be read or holds no labelled page.`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError{errors.New("eval: give at least one corpus DIR")}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			return runEval(ctx, eval.ExtractFunc(extractFunc(ctx)), args, flags, stdout, stderr)
		},
	}
	fl := cmd.Flags()
	fl.BoolVar(&flags.json, "json", false, "write the scores as JSON")
	fl.IntVar(&flags.worst, "worst", 0, "list the N worst pages per field")
	fl.StringSliceVar(&flags.fields, "field", nil, "limit --worst to these fields (body, snippets, title, date, minute, source, author, editor, breadcrumb); implies --worst "+fmt.Sprint(defaultWorst))
	fl.StringSliceVar(&flags.sets, "set", nil, "score only the sets of these names (repeatable or comma-separated)")
	return cmd
}

// runEval loads the sets under dirs, scores them with fn and prints the
// report. Cancelling ctx (SIGINT, SIGTERM) stops it with exit 130.
func runEval(ctx context.Context, fn eval.ExtractFunc, dirs []string, flags evalFlags, stdout, stderr io.Writer) error {
	if flags.worst < 0 {
		return usageError{fmt.Errorf("--worst %d: want a number >= 0", flags.worst)}
	}
	var fields []eval.Field
	for _, name := range flags.fields {
		f, err := eval.ParseField(name)
		if err != nil {
			return usageError{fmt.Errorf("--field: %w", err)}
		}
		if !slices.Contains(fields, f) {
			fields = append(fields, f)
		}
	}
	worst := flags.worst
	if len(fields) > 0 && worst == 0 {
		worst = defaultWorst
	}

	sets, err := eval.Load(dirs...)
	if err != nil {
		fmt.Fprintf(stderr, "artext eval: %v\n", err)
		return exitError{ExitAllFailed}
	}
	if len(flags.sets) > 0 {
		sets, err = selectSets(sets, flags.sets)
		if err != nil {
			return usageError{err}
		}
	}

	start := time.Now()
	rep, err := eval.RunContext(ctx, sets, fn, eval.Options{})
	if err != nil {
		fmt.Fprintf(stderr, "artext eval: interrupted\n")
		return exitError{ExitInterrupted}
	}
	elapsed := time.Since(start)

	if flags.json {
		data, err := rep.JSON(worst, fields...)
		if err != nil {
			return err
		}
		if _, err := stdout.Write(data); err != nil {
			return exitError{ExitAllFailed}
		}
	} else {
		if err := rep.WriteTable(stdout); err != nil {
			return exitError{ExitAllFailed}
		}
		if worst > 0 {
			if err := rep.WriteWorst(stdout, worst, fields...); err != nil {
				return exitError{ExitAllFailed}
			}
		}
	}
	fmt.Fprintf(stderr, "artext eval: %d pages in %d sets scored in %.1fs\n",
		rep.Total.Pages, len(rep.Sets), elapsed.Seconds())
	return nil
}

// selectSets keeps the sets named in names (each may be a comma-separated
// list); a name that matches no set is an error.
func selectSets(sets []eval.Set, names []string) ([]eval.Set, error) {
	want := make(map[string]bool)
	for _, n := range names {
		for _, part := range strings.Split(n, ",") {
			if part = strings.TrimSpace(part); part != "" {
				want[part] = true
			}
		}
	}
	var out []eval.Set
	found := make(map[string]bool)
	for _, s := range sets {
		if want[s.Name] {
			out = append(out, s)
			found[s.Name] = true
		}
	}
	var missing []string
	for n := range want {
		if !found[n] {
			missing = append(missing, n)
		}
	}
	if len(missing) > 0 {
		slices.Sort(missing)
		have := make([]string, 0, len(sets))
		for _, s := range sets {
			have = append(have, s.Name)
		}
		return nil, fmt.Errorf("--set: no set named %s (have: %s)",
			strings.Join(missing, ", "), strings.Join(have, ", "))
	}
	return out, nil
}
