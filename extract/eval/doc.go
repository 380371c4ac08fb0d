// Package eval scores an article extractor against a labelled corpus.
//
// A corpus is a tree of sets. A set is a directory of pages: each page is a
// raw dump <id>.html (or a browser text copy <id>.txt) next to its ground
// truth <id>.json. [Load] finds the sets under one or more directories,
// [Run] extracts every page with an injected [ExtractFunc] (normally
// extract.Extract), scores every field the truth gives and aggregates the
// scores per set and over all pages. A [Report] prints as a text table
// ([Report.WriteTable]), as JSON ([Report.JSON]) and lists the worst pages
// per field ([Report.Worst]). [Floors] record per-set minimum scores so a
// test can fail when a change makes the extractor worse.
//
// The scoring follows the corpus README (corpus/README.md):
//
//   - every string is normalised first: Unicode NFKC, runs of white space
//     collapsed to one space, trimmed ([Normalize]);
//   - body token F1: tokens are each Han, kana or hangul character on its own
//     and each maximal run of other letters and digits, lower-cased
//     ([Tokens]); per page P, R and F1 of the token multisets, averaged over
//     the pages of a set (macro). An empty prediction scores 0, unless the
//     truth body is empty too (then 1);
//   - body AEB F1: the article-extraction-benchmark method: tokens are runs
//     of [\p{L}\p{N}_] ([AEBTokens]), multisets of 4-token shingles, per page
//     tp/fp/fn normalised by their sum, corpus precision and recall are means
//     over the pages where they are defined and F1 = 2PR/(P+R) of the means;
//   - snippets (body_must_contain/with, body_must_not_contain/without): a
//     snippet that must appear and does, or must not appear and does not, is
//     a hit; the rate is hits over snippets;
//   - title, source, author, editor: exact match after normalisation;
//     source, author and editor are also reported over the pages whose truth
//     is not empty;
//   - date: the first 10 characters (YYYY-MM-DD) of the prediction against
//     those of the truth's date_iso; where date_iso has a time, the minute
//     score also needs characters 11-16 (HH:MM) to match. A truth of ""
//     wants an empty prediction. Pages with a date but no date_iso are not
//     scored;
//   - breadcrumb: the normalised item lists must be equal.
//
// A key absent from the truth is not scored for that page; a key whose value
// is "" (or []) is scored and wants an empty answer.
package eval
