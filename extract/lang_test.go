package extract

import (
	"strings"
	"testing"
)

// TestArticleLang: the language the Article reports for a page that does
// not say. The texts are written for this test.
func TestArticleLang(t *testing.T) {
	for _, tt := range []struct {
		name  string
		paras []string
		want  string
	}{
		{"English", []string{"The council said on Monday that the new bridge would open in the spring, and that work on the road to it had been finished ahead of time."}, "en"},
		{"Portuguese", []string{"A prefeitura informou que a nova ponte será aberta na primavera e que as obras da estrada foram concluídas antes do prazo. Segundo o secretário, não há atraso."}, "pt"},
		{"Spanish", []string{"El ayuntamiento dijo el lunes que el nuevo puente se abrirá en primavera y que las obras de la carretera ya están terminadas, pero los vecinos piden más información."}, "es"},
		{"French", []string{"La mairie a annoncé lundi que le nouveau pont ouvrira au printemps et que les travaux de la route sont terminés avec de l'avance sur le calendrier prévu."}, "fr"},
		{"German", []string{"Die Stadt teilte am Montag mit, dass die neue Brücke im Frühjahr eröffnet wird und die Arbeiten an der Zufahrt nicht länger dauern als geplant."}, "de"},
		{"Italian", []string{"Il comune ha detto lunedì che il nuovo ponte sarà aperto in primavera e che i lavori della strada sono finiti in anticipo, anche per la gioia dei residenti."}, "it"},
		{"Dutch", []string{"De gemeente zei maandag dat de nieuwe brug in het voorjaar opengaat en dat het werk aan de weg naar de brug ook al klaar is, eerder dan gepland."}, "nl"},
		{"Latin filler is no language", []string{strings.Repeat("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. ", 4)}, "en"},
		{"English with links", []string{"See the list below for the best deals of the day, which we checked this morning.", "http://amzn.to/abc", "http://amzn.to/def", "http://amzn.to/ghi"}, "en"},
		{"Italian list with short-link addresses", []string{"Ecco le offerte della settimana: sono tutte verificate e, per chi non le conosce, anche spiegate una per una.", "http://amzn.to/abc", "http://amzn.to/def", "http://amzn.to/ghi", "http://amzn.to/jkl"}, "it"},
		{"simplified Chinese", []string{"这个国家的发展经过了很多年，现在进入了新的阶段。"}, "zh-Hans"},
		{"traditional Chinese", []string{"這個國家的發展經過了很多年，現在進入了新的階段。"}, "zh-Hant"},
		{"Japanese", []string{"市は月曜日、新しい橋が春に開通すると発表した。道路の工事は予定より早く終わったという。"}, "ja"},
		{"Korean", []string{"시는 월요일에 새 다리가 봄에 개통된다고 발표했다. 도로 공사는 예정보다 일찍 끝났다."}, "ko"},
		{"Chinese quoting a Japanese name", []string{"这家公司的新产品名叫「さくら」，今年春天在国内上市，销售情况良好，市场反应超出了预期。"}, "zh-Hans"},
		{"nothing to tell", []string{"12345 67890", "—"}, ""},
	} {
		if got := articleLang(tt.paras); got != tt.want {
			t.Errorf("%s: articleLang = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestStopWordTable: every listed word is found with its languages, in
// any case of its ASCII letters, and no other word is.
func TestStopWordTable(t *testing.T) {
	if got := latinStopWords.of("The"); got != 1 {
		t.Errorf(`of("The") = %b, want English only`, got)
	}
	if got := latinStopWords.of("il"); got != 1<<3|1<<5 {
		t.Errorf(`of("il") = %b, want French and Italian`, got)
	}
	if got := latinStopWords.of("NÃO"); got != 0 {
		t.Errorf(`of("NÃO") = %b: only ASCII letters are folded`, got)
	}
	if got := latinStopWords.of("Não"); got != 1<<1 {
		t.Errorf(`of("Não") = %b, want Portuguese`, got)
	}
	for _, w := range []string{"", "x", "bridge", "thee", "hello", "verylongword"} {
		if got := latinStopWords.of(w); got != 0 {
			t.Errorf("of(%q) = %b, want none", w, got)
		}
	}
}
