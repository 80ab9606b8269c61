// Whole-graph analytics on a compressed_sparse_row_graph snapshot of a KnowledgeGraph:
// PageRank and connected components.
//
// The snapshot holds every fact both ways (who is quoted about whom matters in either
// direction for centrality) and nothing else: it is far smaller and faster to build than an
// adjacency_list, and it is never mutated (Boost 1.74's remove_vertex on setS edge lists reads
// freed memory; nothing here removes vertices).
#pragma once

#include <cstddef>
#include <vector>

#include "graph/knowledge_graph.h"

namespace newsgraph {

/// PageRank of every vertex of `kg` (indexed by Vertex), facts followed both ways, with
/// damping 0.85, iterated (boost::graph::page_rank) until no score moves by more than 1e-10 or
/// 200 steps. Scores sum to 1. Boost's scores sum to N and drop the rank of dangling vertices
/// (an isolated entity); the standard definition spreads that rank evenly over all vertices,
/// which adds the same amount to every vertex as the teleport term does, so its fixed point
/// is Boost's scaled: dividing by their sum gives it exactly. Empty for an empty graph.
std::vector<double> page_rank(const KnowledgeGraph& kg);

struct Components {
  std::vector<size_t> of;     // the component of each vertex: 0 the largest, then by size
  std::vector<size_t> sizes;  // vertices in each component, largest first
};

/// Connected components of `kg`, facts followed either way (boost::connected_components on
/// the snapshot, which as it holds each edge both ways is searched as an undirected graph);
/// numbered by size, largest first, ties by lowest vertex.
Components connected_components(const KnowledgeGraph& kg);

}  // namespace newsgraph
