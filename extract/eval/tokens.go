package eval

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns s in the form every comparison uses: Unicode NFKC, each
// run of white space collapsed to one space, leading and trailing space
// removed.
func Normalize(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			pending = true
			continue
		}
		if pending && b.Len() > 0 {
			b.WriteByte(' ')
		}
		pending = false
		b.WriteRune(r)
	}
	return b.String()
}

// isCJK reports whether r is a Han, Hiragana, Katakana or Hangul letter or
// number: those are tokens on their own. The prolonged sound mark ー belongs
// to no script but only occurs inside kana words, so it counts as kana.
func isCJK(r rune) bool {
	if r < 0x1100 {
		return false
	}
	if r == 'ー' {
		return true
	}
	if !unicode.IsLetter(r) && !unicode.IsNumber(r) {
		return false
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// Tokens splits s into the tokens of the body token F1: after NFKC, each
// Han, kana or hangul character is a token of its own, and each maximal run
// of other letters and digits (with the combining marks that follow them) is
// one token, lower-cased. Punctuation, symbols and white space are dropped.
func Tokens(s string) []string {
	s = norm.NFKC.String(s)
	var toks []string
	start := -1 // byte offset of the current letter/digit run, or -1
	flush := func(end int) {
		if start >= 0 {
			toks = append(toks, strings.ToLower(s[start:end]))
			start = -1
		}
	}
	for i, r := range s {
		switch {
		case isCJK(r):
			flush(i)
			toks = append(toks, s[i:i+utf8.RuneLen(r)])
		case unicode.IsLetter(r) || unicode.IsNumber(r):
			if start < 0 {
				start = i
			}
		case start >= 0 && unicode.IsMark(r):
			// a combining mark continues the word it follows
		default:
			flush(i)
		}
	}
	flush(len(s))
	return toks
}

// AEBTokens splits s as the article-extraction-benchmark does (Python's
// re.findall(r'\w+')): maximal runs of letters, digits and '_', case kept.
// s is NFKC-normalised first.
func AEBTokens(s string) []string {
	s = norm.NFKC.String(s)
	var toks []string
	start := -1
	for i, r := range s {
		if r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			toks = append(toks, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, s[start:])
	}
	return toks
}

// shingleSep joins the tokens of a shingle into a map key; it never occurs
// inside a token.
const shingleSep = "\x00"

// Shingles counts the shingles of n consecutive tokens, as the AEB
// evaluate.py does: a text of 1 to n-1 tokens gives one shorter shingle, no
// tokens give none. Keys are the tokens joined by NUL.
func Shingles(tokens []string, n int) map[string]int {
	out := make(map[string]int)
	if len(tokens) == 0 || n <= 0 {
		return out
	}
	for i := range max(1, len(tokens)-n+1) {
		out[strings.Join(tokens[i:min(i+n, len(tokens))], shingleSep)]++
	}
	return out
}

// countTokens builds the multiset of tokens.
func countTokens(tokens []string) map[string]int {
	m := make(map[string]int, len(tokens))
	for _, t := range tokens {
		m[t]++
	}
	return m
}

// TokenPRF returns precision, recall and F1 of the predicted token multiset
// against the truth multiset. Both empty score 1; one side empty scores 0.
func TokenPRF(truth, pred []string) (p, r, f1 float64) {
	if len(truth) == 0 && len(pred) == 0 {
		return 1, 1, 1
	}
	if len(truth) == 0 || len(pred) == 0 {
		return 0, 0, 0
	}
	want := countTokens(truth)
	overlap := 0
	for _, t := range pred {
		if want[t] > 0 {
			want[t]--
			overlap++
		}
	}
	if overlap == 0 {
		return 0, 0, 0
	}
	p = float64(overlap) / float64(len(pred))
	r = float64(overlap) / float64(len(truth))
	return p, r, 2 * p * r / (p + r)
}

// AEBCounts are one page's shingle counts in the AEB method, normalised so
// that TP+FP+FN = 1 (or all zero when neither side has a shingle).
type AEBCounts struct {
	TP float64 `json:"tp"`
	FP float64 `json:"fp"`
	FN float64 `json:"fn"`
	// Exact is true when both texts have the same AEB token sequence.
	Exact bool `json:"exact"`
}

// AEBCompare scores a predicted body against the truth body the AEB way
// (4-token shingles).
func AEBCompare(truth, pred string) AEBCounts {
	tt, pt := AEBTokens(truth), AEBTokens(pred)
	c := AEBCounts{Exact: slices.Equal(tt, pt)}
	ts, ps := Shingles(tt, 4), Shingles(pt, 4)
	for k, t := range ts {
		p := ps[k]
		c.TP += float64(min(t, p))
		c.FN += float64(max(0, t-p))
		c.FP += float64(max(0, p-t))
	}
	for k, p := range ps {
		if _, ok := ts[k]; !ok {
			c.FP += float64(p)
		}
	}
	if s := c.TP + c.FP + c.FN; s > 0 {
		c.TP, c.FP, c.FN = c.TP/s, c.FP/s, c.FN/s
	}
	return c
}

// Precision is the page precision of evaluate.py: 1 when nothing is wrong,
// 0 when nothing was predicted.
func (c AEBCounts) Precision() float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FP == 0:
		return 0
	}
	return c.TP / (c.TP + c.FP)
}

// Recall is the page recall of evaluate.py: 1 when nothing is wrong, 0 when
// the truth has nothing.
func (c AEBCounts) Recall() float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FN == 0:
		return 0
	}
	return c.TP / (c.TP + c.FN)
}
