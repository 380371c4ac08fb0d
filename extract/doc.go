// Package extract turns one raw page dump into the article it holds.
//
// The input is the bytes of a page as saved by a scraper or a browser: HTML
// in any encoding, or the plain text a browser gives when a page is copied
// (one block per line, the portal chrome as bare lines). The output is an
// [Article]: title, publication date, source (来源), author (作者/记者),
// editor (责任编辑), breadcrumb trail and body paragraphs.
//
// The work is done in named stages, one file each:
//
//	decode.go      bytes -> UTF-8 text (BOM, declared charset, statistics)
//	sniff.go       HTML or text dump?
//	blocks_html.go HTML -> blocks (goquery / x/net/html), with DOM evidence
//	blocks_text.go text dump -> blocks (one per line)
//	patterns.go    the vocabulary: labels, chrome words, date labels (data only)
//	classify.go    chrome classification of blocks
//	labels.go      "来源: X 作者: Y" label parsing
//	dates.go       date parsing and validation
//	metadata.go    title, date, source, author, editor, breadcrumb
//	body.go        the body paragraphs
//	lang.go        the language of a page that does not state it
//
// Extract is safe for concurrent use; it keeps no state between calls.
package extract
