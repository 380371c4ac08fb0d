package eval

import (
	"math"
	"reflect"
	"testing"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  a \t b\n\nc  ", "a b c"},
		{"ＡＢＣ１２３", "ABC123"}, // full-width -> ASCII
		{"平鎮輪胎行惡火\u3000\u3000疏散", "平鎮輪胎行惡火 疏散"}, // ideographic space
		{"a\u00a0b", "a b"},  // NBSP
		{"ﬁne", "fine"},      // ligature
		{"来源：新华社", "来源:新华社"}, // full-width colon
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"，。！", nil},
		{"中国人", []string{"中", "国", "人"}},
		{"Hello, World!", []string{"hello", "world"}},
		{"ＨＥＬＬＯ　１２３", []string{"hello", "123"}}, // NFKC full-width
		{"iPhone手机2012年6月", []string{"iphone", "手", "机", "2012", "年", "6", "月"}},
		{"ひらがなカタカナ", []string{"ひ", "ら", "が", "な", "カ", "タ", "カ", "ナ"}},
		{"コーヒー", []string{"コ", "ー", "ヒ", "ー"}},
		{"한국어 ok", []string{"한", "국", "어", "ok"}},
		{"don't stop-me now_1", []string{"don", "t", "stop", "me", "now", "1"}},
		{"Straße ÉTÉ", []string{"straße", "été"}},
		{"e\u0301t\u0301", []string{"ét́"}}, // NFKC composes é; the lone combining mark stays in the word
		{"a—b…c", []string{"a", "b", "c"}},
	}
	for _, tt := range tests {
		if got := Tokens(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAEBTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Hello, World!", []string{"Hello", "World"}}, // case kept
		{"snake_case 42", []string{"snake_case", "42"}},
		{"中国人 民", []string{"中国人", "民"}}, // a CJK run is one token
		{"don't", []string{"don", "t"}},
	}
	for _, tt := range tests {
		if got := AEBTokens(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("AEBTokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestShingles(t *testing.T) {
	j := func(s ...string) string {
		out := s[0]
		for _, x := range s[1:] {
			out += shingleSep + x
		}
		return out
	}
	tests := []struct {
		toks []string
		want map[string]int
	}{
		{nil, map[string]int{}},
		{[]string{"a"}, map[string]int{"a": 1}},
		{[]string{"a", "b", "c"}, map[string]int{j("a", "b", "c"): 1}},
		{[]string{"a", "b", "c", "d"}, map[string]int{j("a", "b", "c", "d"): 1}},
		{[]string{"a", "b", "c", "d", "e"}, map[string]int{j("a", "b", "c", "d"): 1, j("b", "c", "d", "e"): 1}},
		{[]string{"x", "x", "x", "x", "x"}, map[string]int{j("x", "x", "x", "x"): 2}},
	}
	for _, tt := range tests {
		if got := Shingles(tt.toks, 4); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Shingles(%q) = %v, want %v", tt.toks, got, tt.want)
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestTokenPRF(t *testing.T) {
	tests := []struct {
		name         string
		truth, pred  string
		wantP, wantR float64
		wantF1       float64
	}{
		{"both empty", "", "", 1, 1, 1},
		{"empty prediction", "a b", "", 0, 0, 0},
		{"empty truth", "", "a b", 0, 0, 0},
		{"punctuation only is empty", "。", "！", 1, 1, 1},
		{"exact", "Hello world", "hello, WORLD", 1, 1, 1},
		{"half recall", "a b c d", "a b", 1, 0.5, 2.0 / 3},
		{"half precision", "a b", "a b c d", 0.5, 1, 2.0 / 3},
		{"multiset", "a a b", "a b b", 2.0 / 3, 2.0 / 3, 2.0 / 3},
		{"disjoint", "a", "b", 0, 0, 0},
		{"han chars", "中国人民", "中国", 1, 0.5, 2.0 / 3},
	}
	for _, tt := range tests {
		p, r, f := TokenPRF(Tokens(tt.truth), Tokens(tt.pred))
		if !near(p, tt.wantP) || !near(r, tt.wantR) || !near(f, tt.wantF1) {
			t.Errorf("%s: P/R/F1 = %.4f/%.4f/%.4f, want %.4f/%.4f/%.4f", tt.name, p, r, f, tt.wantP, tt.wantR, tt.wantF1)
		}
	}
}

func TestAEBCompare(t *testing.T) {
	tests := []struct {
		name        string
		truth, pred string
		want        AEBCounts
		wantP       float64
		wantR       float64
	}{
		{"both empty", "", "", AEBCounts{Exact: true}, 1, 1},
		{"exact", "a b c d e", "a b c d e", AEBCounts{TP: 1, Exact: true}, 1, 1},
		{"empty prediction", "a b c d e", "", AEBCounts{FN: 1}, 0, 0},
		{"empty truth", "", "a b c d e", AEBCounts{FP: 1}, 0, 0},
		// truth shingles abcd bcde; pred abcd bcdx: tp 1 fp 1 fn 1 -> thirds
		{"one shingle off", "a b c d e", "a b c d x", AEBCounts{TP: 1.0 / 3, FP: 1.0 / 3, FN: 1.0 / 3}, 0.5, 0.5},
		{"case sensitive", "A b c d", "a b c d", AEBCounts{FP: 0.5, FN: 0.5}, 0, 0},
	}
	for _, tt := range tests {
		got := AEBCompare(tt.truth, tt.pred)
		if !near(got.TP, tt.want.TP) || !near(got.FP, tt.want.FP) || !near(got.FN, tt.want.FN) || got.Exact != tt.want.Exact {
			t.Errorf("%s: AEBCompare = %+v, want %+v", tt.name, got, tt.want)
		}
		if !near(got.Precision(), tt.wantP) || !near(got.Recall(), tt.wantR) {
			t.Errorf("%s: P/R = %v/%v, want %v/%v", tt.name, got.Precision(), got.Recall(), tt.wantP, tt.wantR)
		}
	}
}
