// What an entity is connected to: its neighbours with the facts that connect them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/local_graph.h"
#include "graph/store.h"
#include "query/dates.h"
#include "query/format.h"

namespace newsgraph {

struct RelatedQuery {
  std::optional<std::string> predicate;  // only links with this predicate (entity_links.h:
                                         // "said", "about", "role" or a relation)
  unsigned depth = 1;                    // links from the entity, >= 1
  DateRange dates;                       // only facts published within
  size_t max_facts = kDefaultMaxFacts;   // cap of each fact list an entity's expansion reads
                                         // (LocalGraph; 0: all)
  size_t enough = 0;  // rows wanted (--limit): once this many entities are within r < depth
                      // links, the rows end at r (they rank before any further one) and
                      // nothing further is read; 0: every level to depth
};

/// An entity within `depth` links, with the facts joining it to the one it was reached from.
struct RelatedRow {
  std::string name;
  EntityType type = EntityType::kOrg;
  unsigned hops = 1;               // links from the queried entity
  std::string via;                 // the entity it was reached from (the queried one at hop 1)
  size_t links = 0;                // facts joining it to `via`
  uint64_t mentions = 0;           // over all documents
  std::vector<std::string> facts;  // each "A -predicate-> B [doc]", a quote with its text;
                                   // sorted
};

/// The entities linked to the one `name` names (resolve_entity), at most `depth` links away
/// (boost::breadth_first_search over entity links, dated_graph), most relevant first: fewer
/// hops, then more facts joining it to `via`, then more mentions, then name. An entity
/// expanded with more facts than query.max_facts is read in part (the newest quotes, each
/// relation once): `partial`, when given, receives what was left out; `depth_read` the
/// links the rows reach (below query.depth when query.enough stopped the reading). Throws
/// QueryError for an unknown name or a depth of 0, StoreError if the store cannot be read.
std::vector<RelatedRow> find_related(const Store& store, std::string_view name,
                                     const RelatedQuery& query, PartialRead* partial = nullptr,
                                     unsigned* depth_read = nullptr);

/// Columns name, type, hops, via, links, facts, then (not in the table) mentions.
ResultSet related_results(const std::vector<RelatedRow>& rows);

}  // namespace newsgraph
