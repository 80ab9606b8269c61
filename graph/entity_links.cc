#include "graph/entity_links.h"

namespace newsgraph {
namespace {

bool is_entity(const KnowledgeGraph& kg, Vertex v) { return kg[v].kind == NodeKind::kEntity; }

// The links one quote makes: its speaker to each entity it names, and each named pair.
void quote_links(const KnowledgeGraph& kg, Vertex quote, std::vector<EntityLink>& links) {
  const Graph& g = kg.graph();
  std::optional<Vertex> speaker;
  EdgeProps said;
  for (auto e : boost::make_iterator_range(boost::in_edges(quote, g)))
    if (g[e].predicate == "said") speaker = boost::source(e, g), said = g[e];
  std::vector<std::pair<Vertex, const EdgeProps*>> named;
  for (auto e : boost::make_iterator_range(boost::out_edges(quote, g)))
    if (g[e].predicate == "about" && is_entity(kg, boost::target(e, g)))
      named.emplace_back(boost::target(e, g), &g[e]);
  for (size_t i = 0; i < named.size(); ++i) {
    if (speaker && *speaker != named[i].first)
      links.push_back({*speaker, named[i].first, "said", quote, said});
    for (size_t j = i + 1; j < named.size(); ++j)
      if (named[i].first != named[j].first)
        links.push_back({named[i].first, named[j].first, "about", quote, *named[i].second});
  }
}

}  // namespace

const std::vector<std::string>& link_predicates() {
  static const std::vector<std::string> kPredicates = {
      "said",          "about",      "role",    "develops",   "hosts",   "acquires",
      "invests_in",    "partners_with", "sues", "accuses",    "competes_with", "hires",
      "nominates",     "congratulates", "criticizes", "praises", "investigates", "supplies"};
  return kPredicates;
}

std::vector<EntityLink> entity_links(const KnowledgeGraph& kg) {
  const Graph& g = kg.graph();
  std::vector<EntityLink> links;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    if (kg[v].kind == NodeKind::kQuote) {
      quote_links(kg, v, links);
      continue;
    }
    if (!is_entity(kg, v)) continue;
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g)))
      if (is_entity(kg, boost::target(e, g)) && boost::target(e, g) != v)
        links.push_back({v, boost::target(e, g), g[e].predicate, std::nullopt, g[e]});
  }
  return links;
}

}  // namespace newsgraph
