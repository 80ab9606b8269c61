// LocalGraph: the part of a Store's KnowledgeGraph around a few entities, read fact by fact.
//
// KnowledgeGraph::from_store reads every entity, quote, role and triple of the store; a
// question about one entity needs only its neighbourhood. A LocalGraph starts empty and grows
// as entities are expanded: expand(v) reads v's facts (Store::quotes_by, quotes_about,
// roles_of, triples_of) and adds them as from_store would: each quote with all its edges,
// roles, relations and money values. A vertex is closed when the graph holds all the edges it
// has in the whole graph: an expanded entity, and any quote (its record names its speaker and
// every entity it is about). Values are never closed: a price shared by two products does not
// link them here.
//
// News graphs are small-world: a hub (a chief executive quoted in every other article) has
// tens of thousands of facts, and reading them all makes every query that passes by it slow.
// So an expansion reads at most `max_facts` quotes by the entity (newest first, from
// Store::for_each_quote_of), as many quotes about it (newest first), and as many of its role
// and relation rows (Store::relations_of: every distinct fact once before any twice), and
// counts the rest from index keys: such a vertex is partly read (partly_read()), and what
// depends on it says so. With max_facts 0 every fact is read.
//
// Entity vertices start with their id as label, the type their id names and no mentions;
// describe(v) reads the record (display name, mentions) of the few vertices shown.
// Not thread-safe; the Store must outlive it.
#pragma once

#include <cstddef>
#include <functional>
#include <limits>
#include <map>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace newsgraph {

/// The default cap of each of an entity's three fact lists an expansion reads (`--max-facts`).
inline constexpr size_t kDefaultMaxFacts = 100;

/// What capped expansions left out: how many entities were read in part, and their facts
/// read and stated (in documents kept by the date filter).
struct PartialRead {
  size_t entities = 0;
  uint64_t facts_read = 0, facts_total = 0;
};

/// "facts of 2 entities read in part (300 of 80,412; --max-facts 100)"; empty when none were.
std::string describe_partial(const PartialRead& p, size_t max_facts);

class LocalGraph {
 public:
  /// options.keep_document filters facts as in KnowledgeGraph::from_store;
  /// options.documents is not supported (document vertices would join every co-mention).
  /// `max_facts`: the cap of each fact list of an expansion (0: no cap).
  explicit LocalGraph(const Store& store, GraphOptions options = {},
                      size_t max_facts = kDefaultMaxFacts);

  /// The vertex of entity `id`, added unexpanded if new.
  Vertex add_entity(const EntityId& id);
  /// Adds the facts of entity vertex `v` stated in kept documents, unless done before: every
  /// one, or under the cap the newest max_facts quotes by and about it and max_facts role
  /// and relation rows. Throws StoreError if the store cannot be read.
  void expand(Vertex v);
  /// Expands each vertex of `vs` that is an entity.
  void expand_all(const std::vector<Vertex>& vs);
  /// A quote, or an expanded entity: nothing more of it is read. The graph holds all its
  /// edges unless it was partly read.
  bool closed(Vertex v) const;
  /// Entity vertices the cap kept from reading all of their facts (expanded, or their
  /// relations read by around()), each with the facts read and there are.
  struct Partly {
    uint64_t read = 0, total = 0;
  };
  const std::map<Vertex, Partly>& partly_read() const { return partly_; }
  /// partly_read() summed over `vs` (all of them when empty).
  PartialRead partial(const std::vector<Vertex>& vs = {}) const;
  /// The vertices of this graph that `slice` (a graph induced from it, as around() returns)
  /// holds, by key, in `slice`'s order.
  std::vector<Vertex> vertices_of(const KnowledgeGraph& slice) const;
  /// Sets the display name and mentions of entity vertex `v` from its record, once.
  void describe(Vertex v);

  /// Expands (edges followed either way, through value vertices only if `through_values`)
  /// until every entity fewer than `depth` edges from `centre` is expanded, so that the graph
  /// holds every vertex within `depth` edges of it, with every edge of those nearer (of
  /// those read, when the cap left some out).
  /// Stops before expanding a level when the vertices nearer than it already number
  /// `enough` or more (a neighbourhood capped at `enough` keeps the nearest), and within a
  /// level past the first expands the best connected vertices first (degree in what was
  /// read) only until 2 * `enough` vertices are known; returns false when it stopped early
  /// (vertices within `depth` may be unread), true when every level was expanded.
  bool grow(Vertex centre, unsigned depth, bool through_values,
            size_t enough = std::numeric_limits<size_t>::max());

  /// The vertices within `depth` edges of entity `centre` (grow, then
  /// KnowledgeGraph::around), at most `max_vertices`, with the edges between them. Levels
  /// past the one that fills `max_vertices` are not expanded, nor the rest of a level once
  /// 2 * `max_vertices` vertices are known (grow; Neighbourhood::all_reached is then false:
  /// `reached` counts the vertices read, not every one within depth). Among
  /// kept vertices at exactly `depth`, relations and roles are read (Store::relations_of,
  /// capped too) so that every edge between kept vertices is there. Ranking under the cap counts a vertex's
  /// degree within what was read (all its edges when nearer than `depth`, else its edges to
  /// nearer vertices). Kept entities are described.
  Neighbourhood around(Vertex centre, unsigned depth, size_t max_vertices);

  /// A shortest chain of facts between two entity vertices as KnowledgeGraph::shortest_path
  /// (not through values) finds it in the whole graph: a bidirectional breadth-first search
  /// that expands, one level at a time, the side with fewer entities to read, until the
  /// graph holds a shortest path (when the found distance is at most the two closed radii
  /// plus 2, every edge of a shortest path leaves a closed vertex). Entities on it are
  /// described. Empty if not connected or the same vertex. When an expanded entity was
  /// partly read (partial()), the chain is still one of real facts, but a shorter one may go
  /// through what was left out, and "not connected" may be wrong.
  std::vector<PathStep> shortest_path(Vertex from, Vertex to);

  const KnowledgeGraph& graph() const { return kg_; }

 private:
  void add_triple(Vertex v, const TripleRecord& t);
  // The role behind a "role" triple of `person` (its title and whether former), if stored.
  std::optional<RoleRecord> role_behind(const TripleRecord& t);
  bool keeps(const std::string& doc) const;
  void mark(Vertex v, std::vector<bool>& flags) const;

  // Counts the quotes of one link of `id` in kept documents; adds the newest max_facts_.
  // Returns how many were added.
  uint64_t add_quotes(const EntityId& id, Store::QuoteLink link, uint64_t& total);

  const Store& store_;
  GraphOptions options_;
  size_t max_facts_;
  KnowledgeGraph kg_;
  std::vector<bool> expanded_, relations_read_, described_;  // by vertex
  std::map<Vertex, Partly> partly_;
};

/// The neighbourhood of entity `id` within `depth` edges, at most `max_vertices` (>= 1): from
/// a LocalGraph (LocalGraph::around), or with options.documents from the whole graph
/// (KnowledgeGraph::around; a document vertex puts every co-mentioned entity two edges
/// away, so that neighbourhood is most of the store anyway). std::nullopt if `id` is not in
/// the whole graph. Throws StoreError if the store cannot be read.
/// `max_facts` caps each expansion (LocalGraph); `partial`, when given, receives what the cap
/// left out of the kept vertices.
std::optional<Neighbourhood> neighbourhood_of(const Store& store, const EntityId& id,
                                              unsigned depth, size_t max_vertices,
                                              const GraphOptions& options = {},
                                              size_t max_facts = kDefaultMaxFacts,
                                              PartialRead* partial = nullptr);

}  // namespace newsgraph
