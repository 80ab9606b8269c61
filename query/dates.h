// Date bounds of a query (--since / --until) and the publication dates of documents.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"
#include "graph/store.h"

namespace newsgraph {

/// Whether `text` is YYYY, YYYY-MM or YYYY-MM-DD with a real month and day.
bool is_date(std::string_view text);

/// Checks a date bound as a user types it: YYYY, YYYY-MM or YYYY-MM-DD (ISO 8601, a real
/// month and day). Returns it unchanged. Throws QueryError naming `option` otherwise:
/// `--since "2025-13-01": not a date (YYYY, YYYY-MM or YYYY-MM-DD)`.
std::string check_date(std::string_view option, std::string_view text);

/// Inclusive bounds on publication dates. A bound may be a year or month: --since 2025-03
/// starts on 1 March, --until 2025-03 ends on 31 March. When either bound is given, undated
/// facts are left out.
struct DateRange {
  std::optional<std::string> since, until;  // checked by check_date

  bool bounded() const { return since || until; }
  /// Whether a fact published on `published` (YYYY-MM-DD, or none) is inside the range.
  bool contains(const std::optional<std::string>& published) const;
};

/// Publication dates of documents, each read from the store once. Not thread-safe.
class DocumentDates {
 public:
  explicit DocumentDates(const Store& store) : store_(store) {}
  /// The document's date; std::nullopt when undated or not stored.
  const std::optional<std::string>& of(const std::string& doc);
  /// Whether `doc`'s date is inside `range` (every document when the range is unbounded).
  bool in(const std::string& doc, const DateRange& range) {
    return !range.bounded() || range.contains(of(doc));
  }

 private:
  const Store& store_;
  std::map<std::string, std::optional<std::string>, std::less<>> dates_;
};

/// Graph options keeping only the facts of documents published within `dates` (all facts when
/// unbounded); the filter reads each document's date once.
GraphOptions dated_options(const Store& store, const DateRange& dates);

/// The graph of the whole store (KnowledgeGraph::from_store, without documents) with only the
/// facts of documents published within `dates`. Throws StoreError if the store cannot be read.
KnowledgeGraph dated_graph(const Store& store, const DateRange& dates);

}  // namespace newsgraph
