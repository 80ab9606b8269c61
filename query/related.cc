#include "query/related.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "graph/entity_links.h"
#include "graph/hops.h"
#include "graph/local_graph.h"
#include "query/resolve.h"

namespace newsgraph {
namespace {

std::string fact_text(const KnowledgeGraph& kg, const EntityLink& link) {
  std::string text = kg[link.from].label + " -" + link.predicate + "-> " + kg[link.to].label;
  if (link.quote) text += ": “" + kg[*link.quote].label + "”";
  if (!link.evidence.detail.empty() && !link.quote) text += " (" + link.evidence.detail + ")";
  return text + " [" + link.evidence.doc + "]";
}

void check_link_predicate(const std::string& predicate) {
  const std::vector<std::string>& known = link_predicates();
  if (std::find(known.begin(), known.end(), predicate) != known.end()) return;
  std::string message = "unknown predicate \"" + predicate + "\"; links are ";
  for (size_t i = 0; i < known.size(); ++i) message += (i ? ", " : "") + known[i];
  throw QueryError(message);
}

// Links of `kg` (of `predicate` only, when given), with hop counts over them from `centre`.
std::pair<std::vector<EntityLink>, Hops> reach_from(const KnowledgeGraph& kg, Vertex centre,
                                                   const std::optional<std::string>& predicate) {
  std::vector<EntityLink> links = entity_links(kg);
  if (predicate)
    std::erase_if(links, [&](const EntityLink& l) { return l.predicate != *predicate; });
  std::vector<std::pair<size_t, size_t>> edges;
  for (const EntityLink& l : links) edges.emplace_back(l.from, l.to);
  Hops reach = hops_from(kg.vertex_count(), edges, centre);
  return {std::move(links), std::move(reach)};
}

}  // namespace

std::vector<RelatedRow> find_related(const Store& store, std::string_view name,
                                     const RelatedQuery& query, PartialRead* partial,
                                     unsigned* depth_read) {
  if (query.depth == 0) throw QueryError("--depth must be at least 1");
  if (query.predicate) check_link_predicate(*query.predicate);
  LocalGraph local(store, dated_options(store, query.dates), query.max_facts);
  const Vertex centre = local.add_entity(resolve_entity(store, name));
  // Entity links of an expanded entity are all read (its quotes name every other end), so
  // expanding the entities fewer than `depth` links away reads every link within depth.
  unsigned depth = query.depth;
  for (unsigned r = 0; r < query.depth; ++r) {
    const Hops reach = reach_from(local.graph(), centre, query.predicate).second;
    std::vector<Vertex> frontier;
    size_t nearer = 0;  // entities 1 to r links away: rows ranked before any further one
    for (Vertex v = 0; v < reach.distance.size(); ++v) {
      if (reach.distance[v] == r) frontier.push_back(v);
      if (v != centre && reach.distance[v] <= r) ++nearer;
    }
    if (r > 0 && query.enough > 0 && nearer >= query.enough) {
      depth = r;
      break;
    }
    local.expand_all(frontier);
  }
  if (partial) *partial = local.partial();
  if (depth_read) *depth_read = depth;
  const auto read = reach_from(local.graph(), centre, query.predicate);
  const std::vector<EntityLink>& links = read.first;
  const Hops& reach = read.second;
  for (Vertex v = 0; v < reach.distance.size(); ++v)
    if (reach.distance[v] <= depth) local.describe(v);
  const KnowledgeGraph& kg = local.graph();

  std::map<Vertex, RelatedRow> rows;
  auto row = [&](Vertex v) -> RelatedRow& {
    auto it = rows.find(v);
    if (it != rows.end()) return it->second;
    const VertexProps& p = kg[v];
    return rows[v] = {p.label,    *p.type, reach.distance[v], kg[reach.predecessor[v]].label, 0,
                      p.mentions, {}};
  };
  for (const EntityLink& l : links)
    for (auto [v, other] : {std::pair(l.from, l.to), std::pair(l.to, l.from)})
      if (v != centre && reach.distance[v] <= depth && reach.predecessor[v] == other) {
        RelatedRow& related = row(v);
        ++related.links;
        related.facts.push_back(fact_text(kg, l));
      }
  std::vector<RelatedRow> ranked;
  for (auto& [v, related] : rows) {
    // In text order: the order links are read in depends on which entities were expanded.
    std::sort(related.facts.begin(), related.facts.end());
    ranked.push_back(std::move(related));
  }
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
    rs.rows.push_back(
        {r.name, std::string(to_string(r.type)), r.hops, r.via, r.links, r.facts, r.mentions});
  return rs;
}

}  // namespace newsgraph
