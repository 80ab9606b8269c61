// KnowledgeGraph: projection of a real Store, and k-hop neighbourhoods with a vertex cap.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "graph/knowledge_graph.h"
#include "query_fixture.h"

using namespace newsgraph;

namespace {

using testing::labels;

const EdgeProps* edge_between(const KnowledgeGraph& kg, const std::string& from,
                              const std::string& to) {
  auto f = kg.find(from), t = kg.find(to);
  if (!f || !t) return nullptr;
  auto [e, found] = boost::edge(*f, *t, kg.graph());
  return found ? &kg.graph()[e] : nullptr;
}

}  // namespace

TEST_CASE("KnowledgeGraph::from_store projects entities, quotes, roles and relations", "[kgraph]") {
  testing::FixtureStore store("kgraph_whole");
  KnowledgeGraph kg = KnowledgeGraph::from_store(*store);
  // 6 entities, 5 quotes, 1 money value; 4 said + 5 about + 3 role + 3 relation edges.
  CHECK(kg.vertex_count() == 12);
  CHECK(kg.edge_count() == 15);

  const EntityId mira = entity_id(EntityType::kPerson, "Mira Okonkwo");
  const EntityId quill = entity_id(EntityType::kOrg, "Quillfeather Labs");
  const EntityId lumen = entity_id(EntityType::kProduct, "Lumen 3");
  REQUIRE(kg.find(mira));
  CHECK(kg[*kg.find(mira)].type == EntityType::kPerson);
  CHECK(kg[*kg.find(mira)].mentions == 4);
  CHECK(kg[*kg.find("d1#q0")].kind == NodeKind::kQuote);
  CHECK(kg[*kg.find("value:$20 a month")].kind == NodeKind::kValue);

  const EdgeProps* role = edge_between(kg, mira, quill);
  REQUIRE(role);
  CHECK(role->predicate == "role");
  CHECK(role->detail == "CEO");
  CHECK(role->doc == "d1");
  CHECK(role->span == Span{0, 30});
  CHECK(role->rule == "title-of");

  const EdgeProps* said = edge_between(kg, mira, "d1#q1");  // attributed through the alias
  REQUIRE(said);
  CHECK(said->predicate == "said");
  CHECK(said->rule == "test-sieve");
  CHECK(edge_between(kg, "d1#q1", quill)->predicate == "about");
  CHECK(edge_between(kg, quill, lumen)->predicate == "develops");
  CHECK(edge_between(kg, lumen, "value:$20 a month")->predicate == "price");
  CHECK_FALSE(edge_between(kg, lumen, quill));  // edges keep their direction
}

TEST_CASE("KnowledgeGraph::from_store with documents adds mentioned_in and in edges", "[kgraph]") {
  testing::FixtureStore store("kgraph_docs");
  KnowledgeGraph kg = KnowledgeGraph::from_store(*store, {.documents = true});
  CHECK(kg.vertex_count() == 15);
  CHECK(kg.edge_count() == 15 + 9 + 5);
  REQUIRE(kg.find("d2"));
  CHECK(kg[*kg.find("d2")].label == "Title of d2");
  CHECK(edge_between(kg, entity_id(EntityType::kPerson, "Tobias Renn"), "d2")->predicate ==
        "mentioned_in");
  CHECK(edge_between(kg, "d3#q0", "d3")->predicate == "in");
}

TEST_CASE("KnowledgeGraph::around follows edges both ways to the given depth", "[kgraph]") {
  testing::FixtureStore store("kgraph_around");
  KnowledgeGraph kg = KnowledgeGraph::from_store(*store);
  Vertex mira = *kg.find(entity_id(EntityType::kPerson, "Mira Okonkwo"));

  Neighbourhood one = kg.around(mira, 1, 100);
  CHECK(one.reached == 6);
  CHECK(one.left_out == 0);
  CHECK(one.graph[one.centre].label == "Mira Okonkwo");
  CHECK(labels(one.graph) ==
        std::set<std::string>{"Mira Okonkwo", "Quillfeather Labs", "Brightwater Capital",
                              "Lumen 3 is our fastest model, \"by far\"",
                              "Quillfeather would open an office in Lisbon", "We disagree"});
  CHECK(one.graph.edge_count() == 7);  // 3 said, 2 role, invests_in, about Quillfeather

  Neighbourhood two = kg.around(mira, 2, 100);
  CHECK(two.reached == 10);
  CHECK(two.graph.vertex_count() == 10);
  CHECK(kg.around(mira, 3, 100).reached == 12);
  CHECK(kg.around(mira, 0, 100).graph.vertex_count() == 1);
}

TEST_CASE("KnowledgeGraph::around keeps the nearest, best connected vertices under a cap",
          "[kgraph]") {
  testing::FixtureStore store("kgraph_cap");
  KnowledgeGraph kg = KnowledgeGraph::from_store(*store);
  Vertex mira = *kg.find(entity_id(EntityType::kPerson, "Mira Okonkwo"));

  Neighbourhood capped = kg.around(mira, 2, 7);
  CHECK(capped.reached == 10);
  CHECK(capped.left_out == 3);
  CHECK(capped.graph.vertex_count() == 7);
  // All of depth 1, then of depth 2 the one of highest degree: Lumen 3 (about x2, develops, price).
  CHECK(labels(capped.graph).count("Lumen 3") == 1);
  CHECK(labels(capped.graph).count("Tobias Renn") == 0);
  CHECK_THROWS_AS(kg.around(999, 1, 10), std::out_of_range);
}

TEST_CASE("KnowledgeGraph::best_connected cuts the whole graph to its most connected vertices",
          "[kgraph]") {
  testing::FixtureStore store("kgraph_best");
  KnowledgeGraph kg = KnowledgeGraph::from_store(*store);
  auto degree = [&](Vertex v) {
    return boost::in_degree(v, kg.graph()) + boost::out_degree(v, kg.graph());
  };
  std::vector<size_t> degrees;
  for (Vertex v = 0; v < kg.vertex_count(); ++v) degrees.push_back(degree(v));
  std::sort(degrees.rbegin(), degrees.rend());
  REQUIRE(kg.vertex_count() > 5);
  REQUIRE(degrees[4] > degrees[5]);  // the fixture's top five are clear of ties

  Neighbourhood cut = kg.best_connected(5);
  CHECK(cut.graph.vertex_count() == 5);
  CHECK(cut.reached == kg.vertex_count());
  CHECK(cut.left_out == kg.vertex_count() - 5);
  for (Vertex v = 0; v < cut.graph.vertex_count(); ++v)  // each kept vertex is a top-5 one
    CHECK(degree(*kg.find(cut.graph[v].key)) >= degrees[4]);
  // every edge between kept vertices is kept
  size_t between = 0;
  for (auto [e, end] = boost::edges(kg.graph()); e != end; ++e)
    between += cut.graph.find(kg[boost::source(*e, kg.graph())].key) &&
               cut.graph.find(kg[boost::target(*e, kg.graph())].key);
  CHECK(cut.graph.edge_count() == between);
  CHECK(kg.best_connected(1000).graph.vertex_count() == kg.vertex_count());
}

TEST_CASE("KnowledgeGraph::shortest_path walks facts either way", "[kgraph]") {
  testing::FixtureStore store("kgraph_path");
  KnowledgeGraph kg = KnowledgeGraph::from_store(*store);
  Vertex lisbon = *kg.find(entity_id(EntityType::kPlace, "Lisbon"));
  Vertex lumen = *kg.find(entity_id(EntityType::kProduct, "Lumen 3"));

  auto steps = kg.shortest_path(lisbon, lumen);
  REQUIRE(steps.size() == 3);
  CHECK(steps[0].from == lisbon);
  CHECK(kg[steps[0].to].key == "d1#q1");
  CHECK(steps[0].edge.predicate == "about");
  CHECK_FALSE(steps[0].forward);
  CHECK(kg[steps[1].to].label == "Quillfeather Labs");
  CHECK(steps[1].forward);
  CHECK(steps[2].edge.predicate == "develops");
  CHECK(steps[2].to == lumen);
  CHECK(kg.shortest_path(lumen, lumen).empty());

  KnowledgeGraph islands;
  Vertex a = islands.add_vertex({NodeKind::kEntity, "ORG:a", "A", EntityType::kOrg});
  Vertex b = islands.add_vertex({NodeKind::kEntity, "ORG:b", "B", EntityType::kOrg});
  CHECK(islands.shortest_path(a, b).empty());
  CHECK_THROWS_AS(islands.shortest_path(a, 7), std::out_of_range);
}
