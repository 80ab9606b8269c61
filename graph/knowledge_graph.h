// KnowledgeGraph: a Boost.Graph projection of a Store, or of a k-hop slice of one.
//
// Vertices are entities, quotations, literal values (money) and, optionally, documents; each
// has a unique key. Edges point the way the fact reads and carry the predicate and its
// provenance:
//   speaker -said-> quote -about-> entity          (quotation as a node, DESIGN.md)
//   person -role-> org                             (detail: the title, "former " prefixed)
//   subject -<relation>-> object                   (develops, hosts, ... ; price etc. to a value)
//   entity -mentioned_in-> document, quote -in-> document   (GraphOptions::documents only)
// A KnowledgeGraph is a value: build it, then read it from any number of threads.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/hops.h"
#include "graph/store.h"

namespace newsgraph {

enum class NodeKind { kEntity, kQuote, kValue, kDocument };

/// "entity", "quote", "value", "document".
std::string_view to_string(NodeKind kind);

struct VertexProps {
  NodeKind kind = NodeKind::kEntity;
  std::string key;                 // EntityId, quote id, "value:<text>" or the doc id
  std::string label;               // display name, quote text, literal text or doc title
  std::optional<EntityType> type;  // entities only
  uint64_t mentions = 0;           // entities: mentions over all documents
};

struct EdgeProps {
  std::string predicate;  // "said", "about", "role", "in", "mentioned_in" or a relation
  std::string detail;     // role title ("former CEO"); the cue verb of "said"; else empty
  std::string doc;        // provenance: document,
  Span span;              // UTF-8 byte offsets of the evidence in it (empty for mentioned_in),
  std::string rule;       // and the sieve or rule that produced the fact
};

using Graph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, VertexProps, EdgeProps>;
using Vertex = Graph::vertex_descriptor;

struct GraphOptions {
  bool documents = false;  // add document vertices (mentioned_in / in edges); default off
                           // because every co-mentioned entity is then two hops away
  /// When set, only facts (quotes, roles, triples) stated in documents it accepts become
  /// edges, e.g. those published within --since/--until; every entity stays a vertex.
  std::function<bool(const std::string& doc)> keep_document;
};

/// True for "said", "about", "role" and "mentioned_in": predicates the store also indexes as
/// triples, whose full facts (quote text, role title) are the quote and role records.
bool is_structural(std::string_view predicate);

struct Neighbourhood;
class KnowledgeGraph;

/// The vertex of an entity id in a graph being built, or std::nullopt to leave its facts out.
using EntityVertex = std::function<std::optional<Vertex>(const EntityId&)>;

// The edges one record adds (from_store and LocalGraph build with these). A quote: its vertex,
// speaker -said-> quote, quote -about-> each entity, quote -in-> its document when
// `documents`; a role with an org: person -role-> org; a non-structural triple: subject
// -predicate-> object (a value vertex for a literal).
void add_quote(KnowledgeGraph& kg, const QuoteRecord& q, const EntityVertex& entity,
               bool documents = false);
void add_role(KnowledgeGraph& kg, const RoleRecord& r, const EntityVertex& entity);
void add_triple(KnowledgeGraph& kg, const TripleRecord& t, const EntityVertex& entity);

/// One edge of a path as walked from `from` to `to`; `forward` is false when the fact points
/// against the walk (Y <-about- quote).
struct PathStep {
  Vertex from = 0, to = 0;
  EdgeProps edge;
  bool forward = true;
};

class KnowledgeGraph {
 public:
  /// The whole store as a graph. Reads every entity, quote, role and triple once.
  /// Throws StoreError if the store cannot be read.
  static KnowledgeGraph from_store(const Store& store, const GraphOptions& options = {});

  /// The vertices and edges of from_store(store, options) (options.documents aside: never)
  /// read from entities and triples only, for analytics that need the shape (centrality.h):
  /// quotes and roles come from their said, about and role triples, so a quote vertex is
  /// labelled with its id and a role edge has no title, and a quote linked to no entity (no
  /// speaker, about nothing) is no vertex: isolated, it only diluted every PageRank score (by
  /// about 0.2% on 100,000 generated documents). No quotation text or role record is read. `on_entity`, when set, sees each entity record as it is read (so a caller needing
  /// more of it reads entities once). Throws StoreError if the store cannot be read.
  static KnowledgeGraph shape_from_store(
      const Store& store, const GraphOptions& options = {},
      const std::function<void(const EntityRecord&)>& on_entity = {});

  /// The vertex with props.key, added if no vertex has that key yet (props then ignored).
  Vertex add_vertex(VertexProps props);
  void add_edge(Vertex from, Vertex to, EdgeProps props);
  /// The vertex with this key (EntityId, quote id, ...), or std::nullopt.
  std::optional<Vertex> find(std::string_view key) const;

  /// Sets what describes an entity vertex (its record's display name and mentions).
  void describe(Vertex v, std::string label, uint64_t mentions);

  const Graph& graph() const { return graph_; }
  const VertexProps& operator[](Vertex v) const { return graph_[v]; }
  size_t vertex_count() const { return boost::num_vertices(graph_); }
  size_t edge_count() const { return boost::num_edges(graph_); }

  /// Hop counts from `start` (boost::breadth_first_search), edges followed either way, through
  /// value vertices only when `through_values`. Throws std::out_of_range if `start` is not a
  /// vertex.
  Hops hops(Vertex start, bool through_values) const;

  /// The vertices `vs` (distinct; in that order, so vs[i] becomes vertex i) and every edge
  /// between them.
  KnowledgeGraph induced(const std::vector<Vertex>& vs) const;

  /// The vertices at most `depth` edges from `centre`, edges followed either way
  /// (boost::breadth_first_search), and every edge between them. When more than
  /// `max_vertices` (>= 1) are reached, the nearest are kept, and among equally near ones
  /// the most connected (degree here, then mentions, then key): so every kept vertex keeps a
  /// path to the centre. Throws std::out_of_range if `centre` is not a vertex.
  Neighbourhood around(Vertex centre, unsigned depth, size_t max_vertices) const;

  /// The whole graph cut to its `max_vertices` (>= 1) best connected vertices (degree, then
  /// mentions, then key, as around() ranks equally near ones) and every edge between them,
  /// in their order here. `centre` is 0 and meaningless; `reached` counts every vertex.
  Neighbourhood best_connected(size_t max_vertices) const;

  /// A shortest chain of facts from `from` to `to`, edges followed either way
  /// (boost::breadth_first_search recording predecessors); of equally short ones, the first
  /// found. The chain never passes through a value vertex: two products with the same price
  /// are not linked by it. Empty if they are not connected or are the same vertex. Throws
  /// std::out_of_range if either is not a vertex.
  std::vector<PathStep> shortest_path(Vertex from, Vertex to) const;

 private:
  Graph graph_;
  std::unordered_map<std::string, Vertex> index_;
};

struct Neighbourhood {
  KnowledgeGraph graph;
  Vertex centre = 0;    // in `graph`
  size_t reached = 0;   // vertices within depth, the centre included
  size_t left_out = 0;  // reached but dropped by max_vertices
  bool all_reached = true;  // false: reading stopped once nearer vertices filled the cap
                            // (LocalGraph::around), so `reached` is a lower bound
};

}  // namespace newsgraph
