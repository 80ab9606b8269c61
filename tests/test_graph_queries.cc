// related, top, and the graph algorithms under them: entity links, PageRank, components.
#include <catch2/catch.hpp>
#include <numeric>

#include "graph/centrality.h"
#include "graph/entity_links.h"
#include "query/related.h"
#include "query/resolve.h"
#include "query/top.h"
#include "query_fixture.h"

using namespace newsgraph;

namespace {

using V = std::vector<std::string>;

template <typename Row>
V names(const std::vector<Row>& rows) {
  V out;
  for (const Row& r : rows) out.push_back(r.name);
  return out;
}

Vertex add_org(KnowledgeGraph& kg, const std::string& name) {
  return kg.add_vertex({NodeKind::kEntity, "ORG:" + name, name, EntityType::kOrg});
}

}  // namespace

TEST_CASE("entity_links turns a quote into speaker and co-named links", "[graphq]") {
  testing::FixtureStore store("graphq_links");
  KnowledgeGraph kg = KnowledgeGraph::from_store(*store);
  V links;
  for (const EntityLink& l : entity_links(kg))
    links.push_back(kg[l.from].label + " " + l.predicate + " " + kg[l.to].label);
  std::sort(links.begin(), links.end());
  // No link to the price value, none from the unattributed quote or "We disagree".
  CHECK(links == V{"Brightwater Capital invests_in Quillfeather Labs",
                   "Mira Okonkwo role Brightwater Capital", "Mira Okonkwo role Quillfeather Labs",
                   "Mira Okonkwo said Lisbon", "Mira Okonkwo said Lumen 3",
                   "Mira Okonkwo said Quillfeather Labs", "Quillfeather Labs about Lisbon",
                   "Quillfeather Labs develops Lumen 3", "Tobias Renn role Brightwater Capital",
                   "Tobias Renn said Quillfeather Labs"});
}

TEST_CASE("find_related ranks neighbours by hops, facts, mentions", "[graphq]") {
  testing::FixtureStore store("graphq_related");
  auto rows = find_related(*store, "Quillfeather", {});
  CHECK(names(rows) ==
        V{"Mira Okonkwo", "Lumen 3", "Brightwater Capital", "Lisbon", "Tobias Renn"});
  CHECK(rows[0].links == 2);
  CHECK(rows[0].hops == 1);
  CHECK(rows[0].via == "Quillfeather Labs");
  CHECK(rows[0].facts == V{"Mira Okonkwo -role-> Quillfeather Labs (CEO) [d1]",
                           "Mira Okonkwo -said-> Quillfeather Labs: “Quillfeather would open an "
                           "office in Lisbon” [d1]"});
  CHECK(rows[1].facts == V{"Quillfeather Labs -develops-> Lumen 3 [d1]"});

  auto develops = find_related(*store, "Quillfeather", {.predicate = "develops"});
  CHECK(names(develops) == V{"Lumen 3"});
  auto april = find_related(*store, "Quillfeather", {.dates = {.since = "2025-04"}});
  CHECK(names(april) == V{"Brightwater Capital", "Tobias Renn"});
  CHECK_THROWS_AS(find_related(*store, "Quillfeather", {.depth = 0}), QueryError);
  CHECK_THROWS_AS(find_related(*store, "Quilfether Lab", {}), QueryError);
}

TEST_CASE("find_related at depth 2 says which entity each one was reached through", "[graphq]") {
  testing::FixtureStore store("graphq_related2");
  auto rows = find_related(*store, "Tobias Renn", {.depth = 2});
  REQUIRE(names(rows) ==
          V{"Quillfeather Labs", "Brightwater Capital", "Mira Okonkwo", "Lumen 3", "Lisbon"});
  CHECK(rows[1].hops == 1);
  CHECK(rows[2].hops == 2);
  CHECK(rows[3].via == "Quillfeather Labs");
  CHECK(rows[4].via == "Quillfeather Labs");
  CHECK(find_related(*store, "Tobias Renn", {.depth = 1}).size() == 2);
}

TEST_CASE("top_entities ranks by mentions, quotes or PageRank, by type and dates", "[graphq]") {
  testing::FixtureStore store("graphq_top");
  auto by_mentions = top_entities(*store, {});
  CHECK(names(by_mentions) == V{"Mira Okonkwo", "Lumen 3", "Quillfeather Labs",
                                "Brightwater Capital", "Lisbon", "Tobias Renn"});
  CHECK(by_mentions[0].mentions == 4);
  CHECK(by_mentions[0].quotes_by == 3);
  CHECK(by_mentions[0].component == 1);
  CHECK(by_mentions[0].component_size == 12);  // 6 entities, 5 quotes, 1 value
  CHECK_FALSE(by_mentions[0].pagerank);

  CHECK(names(top_entities(*store, {.by = Centrality::kQuotes})) ==
        V{"Mira Okonkwo", "Lumen 3", "Quillfeather Labs", "Lisbon", "Tobias Renn",
          "Brightwater Capital"});
  CHECK(names(top_entities(*store, {.type = EntityType::kPerson})) ==
        V{"Mira Okonkwo", "Tobias Renn"});
  auto april = top_entities(*store, {.dates = {.since = "2025-04"}});
  CHECK(names(april) ==
        V{"Brightwater Capital", "Mira Okonkwo", "Quillfeather Labs", "Tobias Renn"});
  CHECK(april[1].mentions == 1);  // documents in range

  auto ranked = top_entities(*store, {.by = Centrality::kPageRank});
  for (size_t i = 1; i < ranked.size(); ++i) CHECK(*ranked[i - 1].pagerank >= *ranked[i].pagerank);
  CHECK(parse_centrality("pagerank") == Centrality::kPageRank);
  CHECK_FALSE(parse_centrality("degree"));
}

TEST_CASE("page_rank sums to 1 and spreads a dangling vertex's rank evenly", "[graphq]") {
  KnowledgeGraph kg;
  Vertex a = add_org(kg, "a"), b = add_org(kg, "b");
  Vertex c = add_org(kg, "c");  // isolated: dangling
  kg.add_edge(a, b, {"partners_with"});
  std::vector<double> rank = page_rank(kg);
  REQUIRE(rank.size() == 3);
  // Solving r = 0.15/3 + 0.85 (M r + r_c / 3) by hand: r_c = 0.15 / 2.15, r_a = r_b.
  CHECK(rank[c] == Approx(0.15 / 2.15).epsilon(1e-6));
  CHECK(rank[a] == Approx((1 - 0.15 / 2.15) / 2).epsilon(1e-6));
  CHECK(rank[b] == Approx(rank[a]));
  CHECK(std::accumulate(rank.begin(), rank.end(), 0.0) == Approx(1.0));
  CHECK(page_rank(KnowledgeGraph{}).empty());
}

TEST_CASE("page_rank of a star puts the hub first, edges read both ways", "[graphq]") {
  KnowledgeGraph kg;
  Vertex hub = add_org(kg, "hub");
  for (const char* leaf : {"x", "y", "z"}) kg.add_edge(add_org(kg, leaf), hub, {"supplies"});
  std::vector<double> rank = page_rank(kg);
  // Hub h, leaves l: h = 0.15/4 + 0.85 * 3l and l = 0.15/4 + 0.85 h/3, so
  // h = 0.0375 (1 + 3 * 0.85) / (1 - 0.85^2).
  CHECK(rank[hub] == Approx(0.0375 * 3.55 / 0.2775).epsilon(1e-6));
  CHECK(rank[1] == Approx((1 - rank[hub]) / 3).epsilon(1e-6));
}

TEST_CASE("connected_components numbers components largest first", "[graphq]") {
  KnowledgeGraph kg;
  Vertex lone = add_org(kg, "lone");
  Vertex a = add_org(kg, "a"), b = add_org(kg, "b"), c = add_org(kg, "c");
  Vertex d = add_org(kg, "d"), e = add_org(kg, "e");
  kg.add_edge(a, b, {"sues"});
  kg.add_edge(c, b, {"sues"});  // against the direction: still one component
  kg.add_edge(d, e, {"hires"});
  Components comps = connected_components(kg);
  CHECK(comps.sizes == std::vector<size_t>{3, 2, 1});
  CHECK(comps.of[a] == 0);
  CHECK(comps.of[c] == 0);
  CHECK(comps.of[d] == 1);
  CHECK(comps.of[e] == 1);
  CHECK(comps.of[lone] == 2);
}

TEST_CASE("find_related with enough rows nearer reads no further level", "[graphq]") {
  testing::FixtureStore store("graphq_related_enough");
  // Tobias Renn: Quillfeather Labs and Brightwater Capital one link away; at depth 2 more.
  unsigned depth_read = 0;
  auto two = find_related(*store, "Tobias Renn", {.depth = 2, .enough = 2}, nullptr, &depth_read);
  CHECK(depth_read == 1);
  CHECK(names(two) == V{"Quillfeather Labs", "Brightwater Capital"});
  CHECK(two[0].links == find_related(*store, "Tobias Renn", {.depth = 1})[0].links);
  auto all = find_related(*store, "Tobias Renn", {.depth = 2, .enough = 3}, nullptr, &depth_read);
  CHECK(depth_read == 2);
  CHECK(names(all) ==
        V{"Quillfeather Labs", "Brightwater Capital", "Mira Okonkwo", "Lumen 3", "Lisbon"});
}
