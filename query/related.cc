#include "query/related.h"

#include <algorithm>
#include <limits>
#include <map>
#include <tuple>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/visitors.hpp>

#include "graph/entity_links.h"
#include "query/resolve.h"

namespace newsgraph {
namespace {

constexpr unsigned kUnreached = std::numeric_limits<unsigned>::max();

std::string fact_text(const KnowledgeGraph& kg, const EntityLink& link) {
  std::string text = kg[link.from].label + " -" + link.predicate + "-> " + kg[link.to].label;
  if (link.quote) text += ": “" + kg[*link.quote].label + "”";
  if (!link.evidence.detail.empty() && !link.quote) text += " (" + link.evidence.detail + ")";
  return text + " [" + link.evidence.doc + "]";
}

// Hop counts and breadth-first predecessors over the links, followed either way.
struct Reach {
  std::vector<unsigned> hops;
  std::vector<Vertex> predecessor;
};

Reach reach(size_t vertices, const std::vector<EntityLink>& links, Vertex start) {
  boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> g(vertices);
  for (const EntityLink& l : links) boost::add_edge(l.from, l.to, g);
  Reach r{std::vector<unsigned>(vertices, kUnreached), std::vector<Vertex>(vertices)};
  r.hops[start] = 0;
  r.predecessor[start] = start;
  boost::breadth_first_search(
      g, start,
      boost::visitor(boost::make_bfs_visitor(std::make_pair(
          boost::record_distances(r.hops.data(), boost::on_tree_edge()),
          boost::record_predecessors(r.predecessor.data(), boost::on_tree_edge())))));
  return r;
}

}  // namespace

std::vector<RelatedRow> find_related(const Store& store, std::string_view name,
                                     const RelatedQuery& query) {
  if (query.depth == 0) throw QueryError("--depth must be at least 1");
  EntityId id = resolve_entity(store, name);
  KnowledgeGraph kg = dated_graph(store, query.dates);
  std::optional<Vertex> centre = kg.find(id);
  if (!centre) throw QueryError("entity " + id + " is indexed but not stored");
  std::vector<EntityLink> links = entity_links(kg);
  if (query.predicate)
    std::erase_if(links, [&](const EntityLink& l) { return l.predicate != *query.predicate; });
  const Reach r = reach(kg.vertex_count(), links, *centre);

  std::map<Vertex, RelatedRow> rows;
  auto row = [&](Vertex v) -> RelatedRow& {
    auto it = rows.find(v);
    if (it != rows.end()) return it->second;
    const VertexProps& p = kg[v];
    return rows[v] = {p.label, *p.type, r.hops[v], kg[r.predecessor[v]].label, 0, p.mentions, {}};
  };
  for (const EntityLink& l : links)
    for (auto [v, other] : {std::pair(l.from, l.to), std::pair(l.to, l.from)})
      if (v != *centre && r.hops[v] <= query.depth && r.predecessor[v] == other) {
        RelatedRow& related = row(v);
        ++related.links;
        related.facts.push_back(fact_text(kg, l));
      }
  std::vector<RelatedRow> ranked;
  for (auto& [v, related] : rows) ranked.push_back(std::move(related));
  auto rank = [](const RelatedRow& r) {
    return std::tuple<unsigned, long long, long long, const std::string&>(
        r.hops, -static_cast<long long>(r.links), -static_cast<long long>(r.mentions), r.name);
  };
  std::sort(ranked.begin(), ranked.end(),
            [&](const RelatedRow& a, const RelatedRow& b) { return rank(a) < rank(b); });
  return ranked;
}

ResultSet related_results(const std::vector<RelatedRow>& rows) {
  ResultSet rs;
  for (const char* name : {"name", "type", "hops", "via", "links"}) rs.columns.push_back({name});
  rs.columns.push_back({"facts", true, 4});
  rs.columns.push_back({"mentions", false});
  for (const RelatedRow& r : rows)
    rs.rows.push_back({r.name, std::string(to_string(r.type)), r.hops, r.via, r.links, r.facts,
                       r.mentions});
  return rs;
}

}  // namespace newsgraph
