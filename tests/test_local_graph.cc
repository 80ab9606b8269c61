// LocalGraph: neighbourhoods and paths read from the store entity by entity give what the
// whole graph gives.
#include <catch2/catch.hpp>

#include <set>

#include "graph/local_graph.h"
#include "query_fixture.h"

using namespace newsgraph;

namespace {

using testing::labels;

const EntityId kMira = entity_id(EntityType::kPerson, "Mira Okonkwo");
const EntityId kLisbon = entity_id(EntityType::kPlace, "Lisbon");
const EntityId kLumen = entity_id(EntityType::kProduct, "Lumen 3");

}  // namespace

TEST_CASE("LocalGraph::expand adds an entity's quotes, roles and relations once", "[localgraph]") {
  testing::FixtureStore store("local_expand");
  LocalGraph local(*store);
  Vertex quill = local.add_entity(entity_id(EntityType::kOrg, "Quillfeather Labs"));
  CHECK(local.graph()[quill].type == EntityType::kOrg);
  CHECK_FALSE(local.closed(quill));
  local.expand(quill);
  CHECK(local.closed(quill));
  // 2 quotes about it (d1#q1 also about Lisbon, d2#q0) and their speakers: 5 edges; Mira's
  // role (CEO), develops Lumen 3, Brightwater invests in it: 3 more.
  CHECK(local.graph().vertex_count() == 8);
  CHECK(local.graph().edge_count() == 5 + 3);
  Vertex brightwater = *local.graph().find(entity_id(EntityType::kOrg, "Brightwater Capital"));
  local.expand(brightwater);  // invests_in is not added a second time
  CHECK(local.graph().edge_count() == 8 + 2);  // Tobias's and Mira's roles there
  Vertex mira = *local.graph().find(kMira);
  CHECK(local.graph()[mira].label == kMira);  // undescribed: the id
  local.describe(mira);
  CHECK(local.graph()[mira].label == "Mira Okonkwo");
  CHECK(local.graph()[mira].mentions == 4);
}

TEST_CASE("LocalGraph::around reads what KnowledgeGraph::around finds in the whole graph",
          "[localgraph]") {
  testing::FixtureStore store("local_around");
  KnowledgeGraph whole = KnowledgeGraph::from_store(*store);
  for (unsigned depth : {0u, 1u, 2u, 3u}) {
    LocalGraph local(*store);
    Neighbourhood n = local.around(local.add_entity(kMira), depth, 100);
    Neighbourhood expected = whole.around(*whole.find(kMira), depth, 100);
    INFO("depth " << depth);
    CHECK(n.reached == expected.reached);
    CHECK(labels(n.graph) == labels(expected.graph));
    CHECK(n.graph.edge_count() == expected.graph.edge_count());
    CHECK(n.graph[n.centre].label == "Mira Okonkwo");
  }
  // Depth 1: the relation between two vertices at depth 1 (Brightwater invests in
  // Quillfeather) is read although neither is expanded.
  LocalGraph local(*store);
  Neighbourhood one = local.around(local.add_entity(kMira), 1, 100);
  CHECK(one.graph.edge_count() == 7);
}

TEST_CASE("LocalGraph::around under a cap ranks by links into what was read", "[localgraph]") {
  testing::FixtureStore store("local_cap");
  LocalGraph local(*store);
  Neighbourhood capped = local.around(local.add_entity(kMira), 2, 7);
  CHECK(capped.reached == 10);
  CHECK(capped.left_out == 3);
  // All 6 of depth 1, then of depth 2 the one with most edges to them: Lumen 3 (about it,
  // Quillfeather develops it), Tobias Renn (role at Brightwater, said d2#q0) and d2#q0 have 2;
  // ties go by key, and "PERSON:tobias renn" sorts first.
  CHECK(labels(capped.graph).count("Tobias Renn") == 1);
  CHECK(labels(capped.graph).count("Lumen 3") == 0);
  CHECK(labels(capped.graph).count("Lisbon") == 0);
}

TEST_CASE("LocalGraph::shortest_path meets from both ends on a shortest path", "[localgraph]") {
  testing::FixtureStore store("local_path");
  LocalGraph local(*store);
  Vertex lisbon = local.add_entity(kLisbon), lumen = local.add_entity(kLumen);
  auto steps = local.shortest_path(lisbon, lumen);
  REQUIRE(steps.size() == 3);
  const KnowledgeGraph& kg = local.graph();
  CHECK(kg[steps[0].from].label == "Lisbon");
  CHECK(kg[steps[0].to].key == "d1#q1");
  CHECK_FALSE(steps[0].forward);
  CHECK(kg[steps[1].to].label == "Quillfeather Labs");
  CHECK(steps[2].edge.predicate == "develops");
  CHECK(kg[steps[2].to].label == "Lumen 3");
  // Lisbon's side: Lisbon, then Quillfeather; Lumen's: Lumen 3. Brightwater and Tobias Renn
  // are never read.
  CHECK_FALSE(kg.find(entity_id(EntityType::kPerson, "Tobias Renn")));
  CHECK(local.shortest_path(lumen, lumen).empty());
}

TEST_CASE("LocalGraph::shortest_path is empty between components; dates filter facts",
          "[localgraph]") {
  testing::FixtureStore store("local_islands");
  // Only d3 (undated) kept: Lumen 3's quote and price; Lisbon has no fact.
  LocalGraph local(*store, {.keep_document = [](const std::string& doc) { return doc == "d3"; }});
  Vertex lisbon = local.add_entity(kLisbon), lumen = local.add_entity(kLumen);
  CHECK(local.shortest_path(lisbon, lumen).empty());
  CHECK(local.closed(lisbon));
  // Lisbon's side ran out first (no fact in d3): Lumen 3 was never read.
  CHECK_FALSE(local.closed(lumen));
  CHECK(local.graph().vertex_count() == 2);
}
