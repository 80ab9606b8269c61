// Entity links: the facts of a KnowledgeGraph seen entity to entity, a quotation included.
//
// A quote is a vertex of its own (speaker -said-> quote -about-> entity), so two entities a
// quote connects are two edges apart. For "who is connected to X" questions one quote is one
// fact, so this projection turns it into links between entities:
//   speaker -said-> each entity the quote names (other than the speaker), and
//   each pair of entities the quote names: first -about-> second (named together).
// Other edges between two entities (role, relations) are links as they are. Edges to
// values and documents are not links.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace newsgraph {

struct EntityLink {
  Vertex from = 0, to = 0;      // entity vertices; the fact reads from -> to
  std::string predicate;        // "said", "about", "role" or a relation
  std::optional<Vertex> quote;  // the quote vertex, for said and about links
  EdgeProps evidence;           // the edge (for a quote, its said or first about edge)
};

/// The predicates a link can have: "said", "about", "role", then the relations between two
/// entities of the extraction format (../shared/eval/FORMAT.md; price, cost, raises and
/// valued_at point to money values, not entities).
const std::vector<std::string>& link_predicates();

/// Every link of `kg`, by vertex (a quote's links where the quote is), then edge order.
std::vector<EntityLink> entity_links(const KnowledgeGraph& kg);

}  // namespace newsgraph
