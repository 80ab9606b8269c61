#include "query/top.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <tuple>

#include "graph/centrality.h"

namespace newsgraph {
namespace {

// Quotes by and about each entity: its said edges out and about edges in.
void count_quotes(const KnowledgeGraph& kg, std::map<EntityId, TopRow>& rows) {
  const Graph& g = kg.graph();
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const std::string& predicate = g[e].predicate;
    if (predicate == "said")
      if (auto it = rows.find(kg[boost::source(e, g)].key); it != rows.end()) ++it->second.quotes_by;
    if (predicate == "about")
      if (auto it = rows.find(kg[boost::target(e, g)].key); it != rows.end())
        ++it->second.quotes_about;
  }
}

// `x` to 4 significant digits: enough to rank by eye, short in a table.
double significant(double x) {
  char text[32];
  std::snprintf(text, sizeof text, "%.4g", x);
  return std::strtod(text, nullptr);
}

double score(const TopRow& r, Centrality by) {
  switch (by) {
    case Centrality::kMentions: return static_cast<double>(r.mentions);
    case Centrality::kQuotes: return static_cast<double>(r.quotes_by + r.quotes_about);
    case Centrality::kPageRank: return r.pagerank.value_or(0.0);
  }
  return 0.0;
}

}  // namespace

std::optional<Centrality> parse_centrality(std::string_view name) {
  if (name == "mentions") return Centrality::kMentions;
  if (name == "quotes") return Centrality::kQuotes;
  if (name == "pagerank") return Centrality::kPageRank;
  return std::nullopt;
}

std::vector<TopRow> top_entities(const Store& store, const TopQuery& query) {
  DocumentDates published(store);
  std::map<EntityId, TopRow> rows;
  // One read of the entities and the triples; no quotation text or role record is needed.
  KnowledgeGraph kg = KnowledgeGraph::shape_from_store(
      store, dated_options(store, query.dates), [&](const EntityRecord& e) {
        if (query.type && e.type != *query.type) return;
        size_t documents = std::count_if(e.docs.begin(), e.docs.end(),
                                         [&](const std::string& doc) {
                                           return published.in(doc, query.dates);
                                         });
        if (documents == 0) return;
        rows[e.id] = {e.id,   e.name, e.type, query.dates.bounded() ? documents : e.mentions,
                      documents};
      });
  count_quotes(kg, rows);
  Components components = connected_components(kg);
  std::vector<double> rank;
  if (query.by == Centrality::kPageRank) rank = page_rank(kg);
  for (auto& [id, row] : rows) {
    std::optional<Vertex> v = kg.find(id);
    if (!v) continue;
    row.component = components.of[*v] + 1;
    row.component_size = components.sizes[components.of[*v]];
    if (!rank.empty()) row.pagerank = significant(rank[*v]);
  }
  std::vector<TopRow> ranked;
  for (auto& [id, row] : rows) ranked.push_back(std::move(row));
  auto order = [&](const TopRow& r) {
    return std::tuple<double, long long, const std::string&>(
        -score(r, query.by), -static_cast<long long>(r.mentions), r.name);
  };
  std::sort(ranked.begin(), ranked.end(),
            [&](const TopRow& a, const TopRow& b) { return order(a) < order(b); });
  return ranked;
}

ResultSet top_results(const std::vector<TopRow>& rows, Centrality by) {
  const bool pagerank = by == Centrality::kPageRank;
  ResultSet rs;
  for (const char* name :
       {"rank", "name", "type", "mentions", "documents", "quotes_by", "quotes_about"})
    rs.columns.push_back({name});
  if (pagerank) rs.columns.push_back({"pagerank"});
  rs.columns.push_back({"component"});
  for (const char* name : {"component_size", "id"}) rs.columns.push_back({name, false});
  for (size_t i = 0; i < rows.size(); ++i) {
    const TopRow& r = rows[i];
    auto& row = rs.rows.emplace_back(std::vector<nlohmann::json>{
        i + 1, r.name, std::string(to_string(r.type)), r.mentions, r.documents, r.quotes_by,
        r.quotes_about});
    if (pagerank) row.push_back(r.pagerank ? nlohmann::json(*r.pagerank) : nlohmann::json());
    for (nlohmann::json cell : {nlohmann::json(r.component), nlohmann::json(r.component_size),
                                nlohmann::json(r.id)})
      row.push_back(std::move(cell));
  }
  return rs;
}

}  // namespace newsgraph
