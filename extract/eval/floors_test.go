package eval_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/artext/artext/extract"
	"github.com/artext/artext/extract/eval"
)

var updateFloors = flag.Bool("update-floors", false,
	"rewrite testdata/eval-floors.json from the current corpus scores (rounded down to 3 decimals)")

// floorEpsilon is how far below a floor a score may fall before the test
// fails: floors are rounded to 3 decimals.
const floorEpsilon = 0.0005

// TestFloors runs the real extractor over the evaluation corpus (next to
// the repository, at ../../../shared/corpus from this package) and fails
// when a set scores below a floor recorded in testdata/eval-floors.json.
// With -update-floors it rewrites that file from the current scores instead:
//
//	go test ./extract/eval/ -run TestFloors -update-floors
func TestFloors(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	corpus := filepath.Join(wd, "..", "..", "..", "shared", "corpus")
	if st, err := os.Stat(corpus); err != nil || !st.IsDir() {
		t.Skipf("no evaluation corpus at %s", corpus)
	}
	if testing.Short() && !*updateFloors {
		t.Skip("scoring the whole corpus is skipped in -short mode")
	}
	floorsPath := filepath.Join(wd, "..", "..", "testdata", "eval-floors.json")

	sets, err := eval.Load(corpus)
	if err != nil {
		t.Fatal(err)
	}
	rep := eval.Run(sets, extract.Extract, eval.Options{})
	var table bytes.Buffer
	if err := rep.WriteTable(&table); err != nil {
		t.Fatal(err)
	}

	if *updateFloors {
		if err := eval.FloorsFrom(rep).WriteFile(floorsPath); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s from these scores:\n%s", floorsPath, table.String())
		return
	}

	floors, err := eval.ReadFloors(floorsPath)
	if err != nil {
		t.Fatalf("reading floors: %v", err)
	}
	if v := floors.Check(rep, floorEpsilon); len(v) > 0 {
		lines := make([]string, len(v))
		for i, x := range v {
			lines[i] = "  " + x.String()
		}
		t.Errorf("%d score(s) below their floor in %s:\n%s\n\n%s",
			len(v), floorsPath, strings.Join(lines, "\n"), table.String())
	}
}
