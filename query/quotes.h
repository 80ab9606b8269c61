// Who said what about whom: quotation queries over a Store.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "graph/store.h"
#include "query/dates.h"
#include "query/format.h"

namespace newsgraph {

struct QuoteFilter {
  std::optional<std::string> about;  // an entity name or alias the quote must be about
  std::optional<std::string> by;     // an entity name or alias of the speaker
  std::optional<std::string> kind;   // "direct" or "indirect"; std::nullopt: both
  DateRange dates;                   // publication dates of the quotes' documents
  bool include_related = false;      // with `about`: also quotes about the products it
                                     // develops (its `develops` triples)
};

/// One quotation with its speaker's role, ready to print.
struct QuoteRow {
  std::string id;                                  // "<doc>#q<index>"
  std::optional<std::string> speaker;              // display name; null when unattributed
  std::optional<std::string> speaker_description;  // for an unnamed source: "one analyst"
  std::optional<std::string> title;                // the speaker's role title, when known;
                                                   // else speaker_description ("one analyst",
                                                   // "OpenAI's spokesperson")
  std::optional<std::string> org;                  // and that role's organisation; for an
                                                   // organisation speaking (itself, through
                                                   // "its spokesperson"), the organisation
  std::string text;
  std::string kind;                // "direct" | "indirect"
  std::vector<std::string> about;  // display names
  std::string doc;
  std::optional<std::string> published;  // YYYY-MM-DD
  Span span;                             // UTF-8 byte offsets of the text in doc
  std::string cue, sieve;
  double confidence = 0.0;
};

/// The quotes matching `filter`: by the speaker and/or about the entity named (both: the
/// quotes by one about the other; neither: all quotes), published within filter.dates. Names
/// resolve as resolve_entity does.
/// The speaker's role is the one stated in the quote's document, else a current one, else a
/// former one, newest first. Rows are ordered newest first (published descending, undated
/// last), then by doc, then by offset. Throws QueryError for an unknown name or a kind other
/// than "direct"/"indirect"; StoreError if the store cannot be read.
std::vector<QuoteRow> find_quotes(const Store& store, const QuoteFilter& filter);

/// find_quotes's first `limit` rows (0: all) and how many rows match in all. A query by one
/// speaker or about one entity (no --include-related, not both) reads only the rows it shows
/// and counts the others from the store's quote index (quote_links), newest first, without
/// reading them; the others read every matching quote.
struct QuotePage {
  std::vector<QuoteRow> rows;
  size_t total = 0;
};
QuotePage find_quote_page(const Store& store, const QuoteFilter& filter, size_t limit);

/// Columns published, doc, speaker, title, org, kind, text, about, speaker_description,
/// begin, end, cue, sieve, confidence, id; the table shows published to about, kind excepted.
ResultSet quote_results(const std::vector<QuoteRow>& rows);

}  // namespace newsgraph
