#include "graph/centrality.h"

#include <algorithm>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/page_rank.hpp>
#include <cmath>
#include <numeric>
#include <utility>

namespace newsgraph {
namespace {

using Snapshot = boost::compressed_sparse_row_graph<boost::directedS>;

Snapshot snapshot(const KnowledgeGraph& kg) {
  const Graph& g = kg.graph();
  std::vector<std::pair<size_t, size_t>> edges;
  edges.reserve(2 * kg.edge_count());
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    edges.emplace_back(boost::source(e, g), boost::target(e, g));
    edges.emplace_back(boost::target(e, g), boost::source(e, g));
  }
  return Snapshot(boost::edges_are_unsorted_multi_pass, edges.begin(), edges.end(),
                  kg.vertex_count());
}

// Stops page_rank when no score moved more than kTolerance (scores summing to N) since the
// previous step, or after kMaxSteps.
class Converged {
 public:
  template <typename RankMap, typename G>
  bool operator()(const RankMap& rank, const G& g) {
    bool still = false;
    for (auto v : boost::make_iterator_range(boost::vertices(g))) {
      still = still || std::abs(rank[v] - previous_[v]) > kTolerance;
      previous_[v] = rank[v];
    }
    return !still || ++steps_ >= kMaxSteps;
  }
  explicit Converged(size_t n) : previous_(n, -1.0) {}

 private:
  static constexpr double kTolerance = 1e-10;
  static constexpr size_t kMaxSteps = 200;
  std::vector<double> previous_;
  size_t steps_ = 0;
};

}  // namespace

std::vector<double> page_rank(const KnowledgeGraph& kg) {
  const size_t n = kg.vertex_count();
  if (n == 0) return {};
  Snapshot g = snapshot(kg);
  std::vector<double> rank(n);
  boost::graph::page_rank(
      g, boost::make_iterator_property_map(rank.begin(), boost::get(boost::vertex_index, g)),
      Converged(n));
  const double total = std::accumulate(rank.begin(), rank.end(), 0.0);
  for (double& r : rank) r /= total;
  return rank;
}

Components connected_components(const KnowledgeGraph& kg) {
  const size_t n = kg.vertex_count();
  Components c;
  if (n == 0) return c;
  Snapshot g = snapshot(kg);
  std::vector<size_t> raw(n);
  const size_t count = boost::connected_components(
      g, boost::make_iterator_property_map(raw.begin(), boost::get(boost::vertex_index, g)));
  std::vector<size_t> size(count, 0), order(count);
  for (size_t component : raw) ++size[component];
  std::iota(order.begin(), order.end(), 0);
  // Components are numbered in order of their lowest vertex, so a stable sort keeps that tie order.
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return size[a] > size[b]; });
  std::vector<size_t> renumber(count);
  for (size_t i = 0; i < count; ++i) renumber[order[i]] = i, c.sizes.push_back(size[order[i]]);
  c.of.reserve(n);
  for (size_t component : raw) c.of.push_back(renumber[component]);
  return c;
}

}  // namespace newsgraph
