// Quotation spans: where direct quotations stand in the text, found from their marks.
#pragma once

#include <string_view>
#include <vector>

#include "ingest/article.h"

namespace newsgraph {

/// One top-level quotation. Quotations nested inside it (‘the polite camera’ inside “…”) are
/// part of its text, not QuoteSpans of their own.
struct QuoteSpan {
  Span text;        // exactly the characters between the marks
  Span open_mark;   // the opening mark
  Span close_mark;  // the closing mark; empty at text.end when never closed
  bool closed() const { return close_mark.size() > 0; }
};

/// The top-level quotations of `text` in text order, found in one pass over the marks of each
/// paragraph in `paragraphs` (sorted, non-overlapping UTF-8 byte spans):
/// - curly “…”, «…», „…“ and straight "…" double marks; curly ‘…’ and straight '…' single marks,
///   where an apostrophe (don’t, Vellmar’s, the ’90s, rock 'n' roll, the companies’ shares) is
///   not a mark;
/// - a quotation left open at a paragraph end continues when the next paragraph reopens it with
///   a mark of the same kind (news style for a quotation over several paragraphs); else one
///   continued that way ends at its paragraph's end, and one opened in the paragraph ends at its
///   first sentence end ('.', '?', '!' before a space), the scan going on after it (an unclosed
///   mark never swallows the quotations after it);
/// - a quotation with no letter or digit is dropped. Never throws for valid UTF-8.
std::vector<QuoteSpan> find_quote_spans(std::string_view text, const std::vector<Span>& paragraphs);

}  // namespace newsgraph
