// top's result columns: what `newsgraph top` prints of top_entities.
#include <catch2/catch.hpp>

#include <algorithm>

#include "query/top.h"
#include "query_fixture.h"

using namespace newsgraph;

namespace {

std::vector<std::string> column_names(const ResultSet& rs) {
  std::vector<std::string> out;
  for (const Column& c : rs.columns) out.push_back(c.name);
  return out;
}

}  // namespace

TEST_CASE("top_results has a pagerank column only when ranked by PageRank", "[query]") {
  testing::FixtureStore store("query_top_columns");
  using V = std::vector<std::string>;
  for (Centrality by : {Centrality::kMentions, Centrality::kQuotes}) {
    ResultSet rs = top_results(top_entities(*store, {.by = by}), by);
    CHECK(column_names(rs) == V{"rank", "name", "type", "mentions", "documents", "quotes_by",
                                "quotes_about", "component", "component_size", "id"});
    for (const auto& row : rs.rows) CHECK(row.size() == rs.columns.size());
  }
  ResultSet ranked = top_results(top_entities(*store, {.by = Centrality::kPageRank}),
                                 Centrality::kPageRank);
  V names = column_names(ranked);
  auto at = size_t(std::find(names.begin(), names.end(), "pagerank") - names.begin());
  REQUIRE(at == 7);
  REQUIRE_FALSE(ranked.rows.empty());
  for (const auto& row : ranked.rows) {
    REQUIRE(row.size() == ranked.columns.size());
    CHECK(row[at].is_number());
    CHECK(row[at + 1].get<size_t>() >= 1);  // the component follows, numbered from 1
  }
  // scores sum to 1 over every vertex; the entities hold part of it
  double sum = 0;
  for (const auto& row : ranked.rows) sum += row[at].get<double>();
  CHECK(sum > 0.0);
  CHECK(sum <= 1.0 + 1e-3);
}
