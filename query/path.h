// How two entities are connected: the shortest chain of facts between them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/local_graph.h"
#include "graph/store.h"
#include "query/dates.h"
#include "query/format.h"

namespace newsgraph {

/// One fact on the way from the first entity to the second.
struct PathRow {
  size_t step = 0;       // 1, 2, ...
  std::string from, to;  // display names; a quote as “its text”
  std::string predicate;
  bool forward = true;  // false: the fact reads from `to` to `from`
  std::string detail;   // role title, cue verb
  std::string doc;      // provenance of the fact: document, its date,
  std::optional<std::string> published;
  Span span;  // UTF-8 byte offsets of the evidence, the rule or sieve
  std::string rule;
};

/// The shortest path between the entities `a` and `b` name (resolve_entity) through quotes,
/// roles and relations stated in documents published within `dates`. Reads the store from
/// both ends until a shortest path is read (LocalGraph::shortest_path), not the whole store,
/// each entity's facts capped at `max_facts` a list (0: all). `partial`, when given, receives
/// what the cap left unread: when that is anything, the chain is of real facts but a shorter
/// one may exist (and an empty answer may miss one). Empty if they are not connected or are
/// the same entity. Throws QueryError for an unknown name, StoreError if the store cannot be
/// read.
std::vector<PathRow> find_path(const Store& store, std::string_view a, std::string_view b,
                               const DateRange& dates = {}, size_t max_facts = kDefaultMaxFacts,
                               PartialRead* partial = nullptr);

/// Columns step, from, edge ("-said->" or "<-about-"), to, detail, doc, published, rule, then
/// (not in the table) predicate, forward, begin, end.
ResultSet path_results(const std::vector<PathRow>& rows);

}  // namespace newsgraph
