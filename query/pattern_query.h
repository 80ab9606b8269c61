// The triple-pattern query language, planning and running stage: a parsed PatternQuery
// (query/pattern_parse.h) against a Store. Semantics: schemas/query.md.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "graph/store.h"
#include "query/dates.h"
#include "query/format.h"
#include "query/pattern_parse.h"

namespace newsgraph {

/// One answer: a value for each variable, and the facts that gave it.
struct PatternRow {
  std::vector<std::string> values;  // display text, one per variable: an entity's name, a
                                    // quote's text in “”, a document id, a literal value
  std::vector<std::string> ids;     // stored values: entity id, quote id, doc id, literal
  std::optional<std::string> date;  // the newest publication date of its facts
  std::vector<std::string> docs;    // documents of its facts, sorted
};

struct PatternResult {
  std::vector<std::string> variables;
  std::vector<PatternRow> rows;
};

/// Runs `query`, with `dates` (--since/--until) narrowing its own date filter. Patterns are
/// evaluated most-bound first (constants and variables bound by earlier patterns), each
/// reading the triples of a bound entity (Store::triples_of) or, when nothing is bound, one
/// scan of the store. Answers with the same values are one row whose docs are united. Rows
/// come in the order found unless ORDER BY is given (undated rows last either way), at most
/// LIMIT of them. Throws QueryError for a subject naming no entity (with suggestions),
/// StoreError if the store cannot be read.
PatternResult run_pattern_query(const Store& store, const PatternQuery& query,
                                const DateRange& dates = {});

/// Columns: one per variable (its name), date, docs, then (not in the table) NAME_id per
/// variable.
ResultSet pattern_results(const PatternResult& result);

}  // namespace newsgraph
