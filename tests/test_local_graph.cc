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
const EntityId kQuill = entity_id(EntityType::kOrg, "Quillfeather Labs");

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
  CHECK(capped.all_reached);
  // A cap of 6: the centre and its 5 neighbours fill it, so depth 1 is not expanded: of
  // depth 2 only what Mira's quotes name (Lumen 3, Lisbon) is read and counted.
  LocalGraph filled(*store);
  Neighbourhood six = filled.around(filled.add_entity(kMira), 2, 6);
  CHECK(six.reached == 8);
  CHECK(six.left_out == 2);
  CHECK_FALSE(six.all_reached);
  CHECK(labels(six.graph) == std::set<std::string>{"Mira Okonkwo", "Quillfeather Labs",
                                                    "Brightwater Capital", "We disagree",
                                                    "Lumen 3 is our fastest model, \"by far\"",
                                                    "Quillfeather would open an office in Lisbon"});
  CHECK_FALSE(filled.closed(*filled.graph().find(kQuill)));
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

namespace {

// The fixture with d4 (2025-05-01) stating again that Quillfeather Labs develops Lumen 3.
std::vector<Extraction> restated_articles() {
  std::vector<Extraction> articles = testing::fixture_articles();
  Extraction d4 = testing::article("d4", "2025-05-01");
  d4.entities = {testing::entity("Quillfeather Labs", EntityType::kOrg),
                 testing::entity("Lumen 3", EntityType::kProduct)};
  d4.relations = {
      {"Quillfeather Labs", "develops", "Lumen 3", std::nullopt, {5, 40}, "develops-verb"}};
  articles.push_back(d4);
  return articles;
}

// "subject predicate object doc", one a triple.
std::vector<std::string> facts(const std::vector<TripleRecord>& triples) {
  std::vector<std::string> out;
  for (const TripleRecord& t : triples)
    out.push_back(t.subject + " " + t.predicate + " " + t.object + " " + t.doc);
  return out;
}

}  // namespace

TEST_CASE("Store::relations_of is triples_of without said, about and mentioned_in",
          "[localgraph][store]") {
  testing::FixtureStore store("relations_all", restated_articles());
  for (const EntityId& id : {kMira, kQuill, kLumen, kLisbon,
                             entity_id(EntityType::kOrg, "Brightwater Capital")}) {
    std::vector<TripleRecord> expected = (*store).triples_of(id);
    std::erase_if(expected, [](const TripleRecord& t) {
      return t.predicate == "said" || t.predicate == "about" || t.predicate == "mentioned_in";
    });
    Store::TriplePage page = (*store).relations_of(id, 0, {});
    INFO(id);
    CHECK(facts(page.triples) == facts(expected));
    CHECK(page.total == expected.size());
  }
}

TEST_CASE("Store::relations_of under a cap takes each fact once before any twice",
          "[localgraph][store]") {
  testing::FixtureStore store("relations_cap", restated_articles());
  // Quillfeather: develops Lumen 3 (d1, d4); Mira's role there (d1); Brightwater invests (d2).
  Store::TriplePage three = (*store).relations_of(kQuill, 3, {});
  CHECK(three.total == 4);
  CHECK(facts(three.triples) ==
        std::vector<std::string>{"ORG:quillfeather labs develops PRODUCT:lumen 3 d1",
                                 "ORG:brightwater capital invests_in ORG:quillfeather labs d2",
                                 "PERSON:mira okonkwo role ORG:quillfeather labs d1"});
  Store::TriplePage one = (*store).relations_of(kQuill, 1, {});
  CHECK(one.total == 4);
  CHECK(facts(one.triples) ==
        std::vector<std::string>{"ORG:quillfeather labs develops PRODUCT:lumen 3 d1"});
  // Only d4's rows are counted and read.
  Store::TriplePage d4 =
      (*store).relations_of(kQuill, 1, [](const std::string& doc) { return doc == "d4"; });
  CHECK(d4.total == 1);
  CHECK(facts(d4.triples) ==
        std::vector<std::string>{"ORG:quillfeather labs develops PRODUCT:lumen 3 d4"});
  // roles_in: the roles of one document.
  std::vector<RoleRecord> roles = (*store).roles_in(kMira, "d2");
  REQUIRE(roles.size() == 1);
  CHECK(roles[0].title == "chair");
  CHECK((*store).roles_in(kMira, "d3").empty());
}

TEST_CASE("LocalGraph::expand under max_facts reads the newest quotes and says what it left",
          "[localgraph]") {
  testing::FixtureStore store("local_max_facts");
  LocalGraph local(*store, {}, 1);
  Vertex mira = local.add_entity(kMira);
  local.expand(mira);
  // Of 3 quotes by Mira, the newest (d2#q1, 2025-04-15, about nothing); of her 2 roles, the
  // first in key order (CEO of Quillfeather Labs, whose term came first).
  const KnowledgeGraph& kg = local.graph();
  CHECK(kg.vertex_count() == 3);
  CHECK(kg.edge_count() == 2);
  CHECK(kg.find("d2#q1"));
  CHECK_FALSE(kg.find("d1#q0"));
  CHECK(kg.find(kQuill));
  CHECK_FALSE(kg.find(entity_id(EntityType::kOrg, "Brightwater Capital")));
  REQUIRE(local.partly_read().count(mira) == 1);
  CHECK(local.partly_read().at(mira).read == 2);
  CHECK(local.partly_read().at(mira).total == 5);
  // Without the cap: every quote and role, nothing partly read.
  LocalGraph all(*store, {}, 0);
  all.expand(all.add_entity(kMira));
  // 3 said; about Lumen 3 (d1#q0), Quillfeather and Lisbon (d1#q1); 2 roles.
  CHECK(all.graph().edge_count() == 3 + 3 + 2);
  CHECK(all.partly_read().empty());
}

TEST_CASE("LocalGraph::shortest_path under max_facts finds a real chain and says it is bounded",
          "[localgraph]") {
  testing::FixtureStore store("local_path_cap");
  {
    LocalGraph all(*store, {}, 0);
    auto steps = all.shortest_path(all.add_entity(kMira), all.add_entity(kLumen));
    REQUIRE(steps.size() == 2);  // Mira -said-> d1#q0 -about-> Lumen 3
    CHECK(steps[0].edge.predicate == "said");
    CHECK(all.partial().entities == 0);
  }
  LocalGraph capped(*store, {}, 1);
  auto steps = capped.shortest_path(capped.add_entity(kMira), capped.add_entity(kLumen));
  // d1#q0 is not among Mira's newest quote; her first role and Quillfeather's first relation
  // make a chain as short.
  REQUIRE(steps.size() == 2);
  const KnowledgeGraph& kg = capped.graph();
  CHECK(steps[0].edge.predicate == "role");
  CHECK(steps[0].edge.detail == "CEO");
  CHECK(steps[0].edge.doc == "d1");
  CHECK(kg[steps[0].to].label == "Quillfeather Labs");
  CHECK(steps[1].edge.predicate == "develops");
  CHECK(kg[steps[1].to].label == "Lumen 3");
  // Mira: 2 of 5 facts (3 quotes, 2 roles); Quillfeather: 2 of 5 (2 quotes about it, develops,
  // Mira's role, Brightwater's investment).
  PartialRead p = capped.partial();
  CHECK(p.entities == 2);
  CHECK(p.facts_read == 4);
  CHECK(p.facts_total == 10);
  CHECK(describe_partial(p, 1) == "facts of 2 entities read in part (4 of 10; --max-facts 1)");
}

TEST_CASE("Store::documents_of, entities_in and mentions read index keys only", "[store]") {
  testing::FixtureStore store("store_doc_index");
  std::vector<Store::DatedDocument> lumen = (*store).documents_of(kLumen);
  REQUIRE(lumen.size() == 2);  // d1 (dated) first, undated d3 last
  CHECK(lumen[0].doc == "d1");
  CHECK(lumen[0].published == "2025-03-01");
  CHECK(lumen[1].doc == "d3");
  CHECK_FALSE(lumen[1].published);
  CHECK((*store).entities_in("d1") ==
        std::vector<EntityId>{kQuill, kMira, kLisbon, kLumen});  // sorted ids
  CHECK((*store).entities_in("no such document").empty());
  CHECK((*store).mentions(kMira) == 4);  // 3 in d1, 1 in d2: as entity()->mentions
  CHECK((*store).mentions(kMira) == (*store).entity(kMira)->mentions);
  CHECK_FALSE((*store).mentions(entity_id(EntityType::kOrg, "Nobody Inc")));
}
