// Query details the CLI shows: typed ids for names of two types, capped card lists, unknown
// predicates, and table widths from $COLUMNS.
#include <catch2/catch.hpp>

#include <sstream>

#include "query/card.h"
#include "query/format.h"
#include "query/related.h"
#include "query/resolve.h"
#include "query_fixture.h"

using namespace newsgraph;

namespace {

// "Nimbus", both a company (3 mentions) and its product (1 mention).
std::vector<Extraction> two_types() {
  Extraction x = testing::article("n1", "2025-05-05");
  x.entities = {testing::entity("Nimbus", EntityType::kOrg, {}, 3),
                testing::entity("Nimbus", EntityType::kProduct, {}, 1)};
  return {x};
}

}  // namespace

TEST_CASE("resolve_entity takes a typed id for a name of two types", "[query]") {
  testing::FixtureStore store("two_types", two_types());
  CHECK(resolve_entity(*store, "Nimbus") == "ORG:nimbus");  // the most mentioned
  CHECK(resolve_entity(*store, "PRODUCT:Nimbus") == "PRODUCT:nimbus");
  CHECK(resolve_entity(*store, "ORG:nimbus") == "ORG:nimbus");
  CHECK_THROWS_WITH(resolve_entity(*store, "Nimbsu"),
                    "no entity named \"Nimbsu\"; did you mean: ORG:nimbus, PRODUCT:nimbus?");
  // A type with no such entity is not an id: the text is resolved as a name, and fails.
  CHECK_THROWS_AS(resolve_entity(*store, "PLACE:Nimbus"), QueryError);
}

TEST_CASE("entity_card says how many related and co-mentioned entities a cap left out",
          "[query]") {
  testing::FixtureStore store("query_card_cap");
  EntityCard card = entity_card(*store, "Quillfeather Labs", {}, 2);
  CHECK(card.co_mentioned.size() == 2);
  CHECK(card.co_mentioned_total == 5);
  CHECK(card.related.size() == 2);
  CHECK(card.related_total == 4);
  std::ostringstream table, csv;
  write_card(table, card, Format::kTable, {.width = 200});  // a table ends with them
  CHECK(table.str().find("co-mentioned  2 of 5 shown (--limit)\n") != std::string::npos);
  CHECK(table.str().find("related       2 of 4 shown (--limit)\n") != std::string::npos);
  // csv is data only: the notes are returned for stderr
  CHECK(write_card(csv, card, Format::kCsv) ==
        std::vector<std::string>{"related: 2 of 4 shown (--limit)",
                                 "co-mentioned: 2 of 5 shown (--limit)"});
  CHECK(csv.str().find("shown (--limit)") == std::string::npos);
  std::ostringstream json;
  write_card(json, card, Format::kJson);
  CHECK(nlohmann::json::parse(json.str())["co_mentioned_total"] == 5);
  // Uncapped: no such line.
  std::ostringstream all;
  write_card(all, entity_card(*store, "Quillfeather Labs"), Format::kCsv);
  CHECK(all.str().find("shown") == std::string::npos);
}

TEST_CASE("find_related names the valid predicates for an unknown one", "[query]") {
  testing::FixtureStore store("query_related_predicate");
  CHECK_THROWS_WITH(find_related(*store, "Quillfeather", {.predicate = "owns"}),
                    Catch::StartsWith("unknown predicate \"owns\"; links are said, about, role, "
                                      "develops, hosts, acquires"));
  CHECK(find_related(*store, "Quillfeather", {.predicate = "develops"}).size() == 1);
}

TEST_CASE("table_width: the terminal, else $COLUMNS when a whole number >= 20, else 100",
          "[query]") {
  CHECK(table_width(120, "60") == 120);
  CHECK(table_width(std::nullopt, "160") == 160);
  CHECK(table_width(std::nullopt, nullptr) == 100);
  CHECK(table_width(std::nullopt, "") == 100);
  CHECK(table_width(std::nullopt, "12") == 100);
  CHECK(table_width(std::nullopt, "80x") == 100);
  CHECK(table_width(std::nullopt, "99999999999999999999999") == 100);
}
