// The most central entities: by mentions, by quotes, or by PageRank over the graph.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "graph/store.h"
#include "query/dates.h"
#include "query/format.h"

namespace newsgraph {

enum class Centrality { kMentions, kQuotes, kPageRank };

/// "mentions", "quotes", "pagerank" -> the Centrality; std::nullopt for anything else.
std::optional<Centrality> parse_centrality(std::string_view name);

struct TopQuery {
  std::optional<EntityType> type;  // only entities of this type
  Centrality by = Centrality::kMentions;
  DateRange dates;  // only documents, quotes and facts published within
};

struct TopRow {
  EntityId id;
  std::string name;
  EntityType type = EntityType::kOrg;
  uint64_t mentions = 0;  // over all documents; with a date bound, documents in range
  size_t documents = 0;   // documents (in range) that mention it
  size_t quotes_by = 0, quotes_about = 0;  // quotes (in range) by it / naming it
  std::optional<double> pagerank;          // only for Centrality::kPageRank; 4 significant digits
  size_t component = 0;                    // its connected component: 1 the largest, then by size
  size_t component_size = 0;               // vertices (entities, quotes, values) in that component
};

/// Every entity mentioned in a document within query.dates, most central first: by mentions
/// (mentions; with a date bound, documents in range, as mention counts are not kept per
/// date), by quotes (quotes by it plus about it), or by PageRank (graph/centrality.h over
/// the shape of the dated graph, KnowledgeGraph::shape_from_store: one read of the entities
/// and triples); ties by mentions, then name. Components come from the same graph. Throws
/// StoreError if the store cannot be read.
std::vector<TopRow> top_entities(const Store& store, const TopQuery& query);

/// Columns rank, name, type, mentions, documents, quotes_by, quotes_about, pagerank (only
/// when ranked `by` PageRank: other rankings leave it uncomputed, and a column of blanks
/// reads as a failure), component, then (not in the table) component_size, id.
ResultSet top_results(const std::vector<TopRow>& rows, Centrality by);

}  // namespace newsgraph
