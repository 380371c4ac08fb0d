package extract

import (
	"strings"
	"testing"
)

func FuzzStatsOf(f *testing.F) {
	for _, s := range statsSampleLines {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkDecodeAt(t, s)
		s = strings.ToValidUTF8(s, "\ufffd") // pages are decoded before they are measured
		if got, want := statsOf(s), referenceStats(s); got != want {
			t.Errorf("statsOf(%q)\n got %+v\nwant %+v", s, got, want)
		}
		if got, want := lineVocab.scan(s), referenceVocab(s); got != want {
			t.Errorf("lineVocab.scan(%q) = %b, want %b", s, got, want)
		}
	})
}
