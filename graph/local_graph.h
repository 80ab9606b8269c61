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
// Entity vertices start with their id as label, the type their id names and no mentions;
// describe(v) reads the record (display name, mentions) of the few vertices shown.
// Not thread-safe; the Store must outlive it.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "graph/knowledge_graph.h"

namespace newsgraph {

class LocalGraph {
 public:
  /// options.keep_document filters facts as in KnowledgeGraph::from_store;
  /// options.documents is not supported (document vertices would join every co-mention).
  explicit LocalGraph(const Store& store, GraphOptions options = {});

  /// The vertex of entity `id`, added unexpanded if new.
  Vertex add_entity(const EntityId& id);
  /// Adds every fact of entity vertex `v` stated in a kept document, unless done before.
  /// Throws StoreError if the store cannot be read.
  void expand(Vertex v);
  /// Expands each vertex of `vs` that is an entity.
  void expand_all(const std::vector<Vertex>& vs);
  bool closed(Vertex v) const;
  /// Sets the display name and mentions of entity vertex `v` from its record, once.
  void describe(Vertex v);

  /// Expands (edges followed either way, through value vertices only if `through_values`)
  /// until every entity fewer than `depth` edges from `centre` is expanded, so that the graph
  /// holds every vertex within `depth` edges of it, with every edge of those nearer.
  void grow(Vertex centre, unsigned depth, bool through_values);

  /// The vertices within `depth` edges of entity `centre` (grow, then
  /// KnowledgeGraph::around), at most `max_vertices`, with the edges between them: among
  /// kept vertices at exactly `depth`, relations and roles are read (Store::triples_of) so
  /// that every edge between kept vertices is there. Ranking under the cap counts a vertex's
  /// degree within what was read (all its edges when nearer than `depth`, else its edges to
  /// nearer vertices). Kept entities are described.
  Neighbourhood around(Vertex centre, unsigned depth, size_t max_vertices);

  /// A shortest chain of facts between two entity vertices as KnowledgeGraph::shortest_path
  /// (not through values) finds it in the whole graph: a bidirectional breadth-first search
  /// that expands, one level at a time, the side with fewer entities to read, until the
  /// graph holds a shortest path (when the found distance is at most the two closed radii
  /// plus 2, every edge of a shortest path leaves a closed vertex). Entities on it are
  /// described. Empty if not connected or the same vertex.
  std::vector<PathStep> shortest_path(Vertex from, Vertex to);

  const KnowledgeGraph& graph() const { return kg_; }

 private:
  void add_triple(Vertex v, const TripleRecord& t);
  // The role behind a "role" triple of `person` (its title and whether former), if stored.
  std::optional<RoleRecord> role_behind(const TripleRecord& t);
  bool keeps(const std::string& doc) const;
  void mark(Vertex v, std::vector<bool>& flags) const;

  const Store& store_;
  GraphOptions options_;
  KnowledgeGraph kg_;
  std::vector<bool> expanded_, relations_read_, described_;  // by vertex
};

/// The neighbourhood of entity `id` within `depth` edges, at most `max_vertices` (>= 1): from
/// a LocalGraph (LocalGraph::around), or with options.documents from the whole graph
/// (KnowledgeGraph::around; a document vertex puts every co-mentioned entity two edges
/// away, so that neighbourhood is most of the store anyway). std::nullopt if `id` is not in
/// the whole graph. Throws StoreError if the store cannot be read.
std::optional<Neighbourhood> neighbourhood_of(const Store& store, const EntityId& id,
                                              unsigned depth, size_t max_vertices,
                                              const GraphOptions& options = {});

}  // namespace newsgraph
