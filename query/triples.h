// Triple patterns: (subject, predicate, object) with any part left open, and timelines.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/store.h"
#include "query/dates.h"
#include "query/format.h"

namespace newsgraph {

/// A pattern over stored triples; an unset part matches anything.
struct TriplePattern {
  std::optional<std::string> subject;    // an entity name or alias
  std::optional<std::string> predicate;  // e.g. "develops", "said", "mentioned_in"
  std::optional<std::string> object;     // an entity name or alias
};

/// One stored triple with display names.
struct TripleRow {
  std::string subject, predicate, object;  // display names; quote ids, doc ids and money
                                           // literals as stored
  bool literal = false;
  std::string doc;
  std::optional<std::string> published;
  Span span;
  std::string rule;
  double confidence = 1.0;
};

/// The triples matching `pattern`, in store order (subject, predicate, object, document).
/// Names resolve as resolve_entity does. Throws QueryError for an unknown name, StoreError if
/// the store cannot be read.
std::vector<TripleRow> find_triples(const Store& store, const TriplePattern& pattern);

/// The events involving the entity `name` names, oldest first (undated last, then by doc and
/// offset), from documents published within `dates`: every triple with it as subject or
/// object but its mentions (quotes by it and about it, roles, relations), with quotes shown
/// by their text and roles as "title, org". Throws as find_triples.
std::vector<TripleRow> timeline(const Store& store, std::string_view name,
                                const DateRange& dates = {});

/// Columns published, doc, subject, predicate, object, then (not in the table) literal,
/// begin, end, rule, confidence.
ResultSet triple_results(const std::vector<TripleRow>& rows);

}  // namespace newsgraph
