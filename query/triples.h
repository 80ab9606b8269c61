// Timelines: the stored triples of one entity, in date order, with display names.
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

/// One stored triple with display names.
struct TripleRow {
  std::string subject, predicate, object;  // display names; quote ids, doc ids and money
                                           // literals as stored
  std::optional<std::string> speaker;  // of a quotation's triple (`said`, `about`): who said
                                       // it (display name, else "one analyst"); else null
  bool literal = false;
  std::string doc;
  std::optional<std::string> published;
  Span span;
  std::string rule;
  double confidence = 1.0;
};

/// The events involving the entity `name` names, oldest first (undated last, then by doc and
/// offset), from documents published within `dates`: every triple with it as subject or
/// object but its mentions (quotes by it and about it, roles, relations), with quotes shown
/// by their text (and their speaker) and roles as "title, org". Throws QueryError for an unknown name,
/// StoreError if the store cannot be read.
std::vector<TripleRow> timeline(const Store& store, std::string_view name,
                                const DateRange& dates = {});

/// Columns published, doc, subject, predicate, object, speaker, then (not in the table)
/// literal, begin, end, rule, confidence.
ResultSet triple_results(const std::vector<TripleRow>& rows);

}  // namespace newsgraph
