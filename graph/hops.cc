#include "graph/hops.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/visitors.hpp>
#include <stdexcept>
#include <string>

namespace newsgraph {

Hops hops_from(size_t vertices, const std::vector<std::pair<size_t, size_t>>& edges, size_t start) {
  if (start >= vertices) throw std::out_of_range("no vertex " + std::to_string(start));
  boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> g(vertices);
  for (auto [u, v] : edges) boost::add_edge(u, v, g);
  Hops h{std::vector<unsigned>(vertices, Hops::kUnreached), std::vector<size_t>(vertices)};
  h.distance[start] = 0;
  h.predecessor[start] = start;
  boost::breadth_first_search(
      g, start,
      boost::visitor(boost::make_bfs_visitor(std::make_pair(
          boost::record_distances(h.distance.data(), boost::on_tree_edge()),
          boost::record_predecessors(h.predecessor.data(), boost::on_tree_edge())))));
  return h;
}

}  // namespace newsgraph
