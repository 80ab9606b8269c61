// Breadth-first hop counts over edges followed either way: the search under neighbourhoods,
// paths and related entities.
#pragma once

#include <cstddef>
#include <limits>
#include <utility>
#include <vector>

namespace newsgraph {

struct Hops {
  static constexpr unsigned kUnreached = std::numeric_limits<unsigned>::max();
  std::vector<unsigned> distance;   // per vertex; kUnreached when not connected
  std::vector<size_t> predecessor;  // breadth-first tree parent; the start's is itself
};

/// Hops from `start` over `edges` (pairs of vertices below `vertices`), each followed either
/// way (boost::breadth_first_search on an undirected adjacency_list). Throws
/// std::out_of_range if `start` >= `vertices`.
Hops hops_from(size_t vertices, const std::vector<std::pair<size_t, size_t>>& edges, size_t start);

}  // namespace newsgraph
