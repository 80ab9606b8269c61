// The triple-pattern language: parsing, its errors, and answers on the fixture store.
#include <catch2/catch.hpp>

#include "query/pattern_parse.h"
#include "query/pattern_query.h"
#include "query_fixture.h"

using namespace newsgraph;

namespace {

using V = std::vector<std::string>;

// "column N: ..." of the error parsing `text` throws.
std::string error_of(const std::string& text) {
  try {
    parse_pattern_query(text);
  } catch (const PatternError& e) {
    return e.what();
  }
  return "no error";
}

// Each row's values joined by " | ".
V answers(const Store& store, const std::string& text, const DateRange& dates = {}) {
  V out;
  for (const PatternRow& r : run_pattern_query(store, parse_pattern_query(text), dates).rows) {
    std::string line;
    for (const std::string& v : r.values) line += (line.empty() ? "" : " | ") + v;
    out.push_back(line);
  }
  return out;
}

}  // namespace

TEST_CASE("parse_pattern_query reads patterns, filters, order and limit", "[pattern]") {
  PatternQuery q = parse_pattern_query(
      "?p said ?q . ?q about \"Quillfeather Labs\" filter type(?p) = person "
      "FILTER date >= 2025-03 ORDER BY date DESC LIMIT 5");
  REQUIRE(q.patterns.size() == 2);
  CHECK(q.patterns[0].subject.variable);
  CHECK(q.patterns[0].subject.text == "p");
  CHECK_FALSE(q.patterns[0].predicate.variable);
  CHECK(q.patterns[0].predicate.text == "said");
  CHECK(q.patterns[1].object.text == "Quillfeather Labs");
  CHECK(q.patterns[1].object.column == 23);
  CHECK(q.variables == V{"p", "q"});
  REQUIRE(q.types.size() == 1);
  CHECK(q.types[0].variable == "p");
  CHECK(q.types[0].type == EntityType::kPerson);
  CHECK(q.dates.since == "2025-03");
  CHECK_FALSE(q.dates.until);
  CHECK(q.order_by == "date");
  CHECK(q.descending);
  CHECK(q.limit == 5);

  PatternQuery two = parse_pattern_query("?a develops ?b . ?b price ?v . ORDER BY ?b");
  CHECK(two.patterns.size() == 2);  // a trailing "." is allowed
  CHECK(two.order_by == "b");
  CHECK_FALSE(two.descending);
  CHECK(parse_pattern_query("x said \"a \\\"b\\\"\"").patterns[0].object.text == "a \"b\"");
  CHECK(parse_pattern_query("?x role ?y FILTER date = 2025").dates.until == "2025");
}

TEST_CASE("parse_pattern_query points at the column of a malformed query", "[pattern]") {
  CHECK(error_of("?p said") == "column 8: expected an object (?variable, \"name\" or word)");
  CHECK(error_of("?p said ?q ?x") ==
        "column 12: expected \".\" and a pattern, FILTER, ORDER BY, LIMIT or the end of the query");
  CHECK(error_of("?p said ?q FILTER type(?z) = PERSON") ==
        "column 24: expected a variable bound by a pattern (?z is in none)");
  CHECK(error_of("?p said ?q FILTER type(?p) = COMPANY") ==
        "column 30: expected an entity type: PERSON, ORG, PRODUCT or PLACE");
  CHECK(error_of("?p said ?q FILTER date >= 2025-02-30") ==
        "column 27: expected a date: YYYY, YYYY-MM or YYYY-MM-DD");
  CHECK(error_of("?p said ?q LIMIT 0") ==
        "column 18: expected a number of rows (1 or more) after LIMIT");
  CHECK(error_of("?p said \"open") == "column 14: expected a closing '\"'");
  CHECK(error_of("? said ?q") == "column 2: expected a variable name after \"?\"");
  CHECK(error_of("?p said ?q ORDER ?p") == "column 18: expected BY");
  CHECK(error_of("") == "column 1: expected a subject (?variable, \"name\" or word)");
  // Columns count what a terminal shows: "Zoë" is three columns, four bytes.
  CHECK(error_of("Zoë said ?q ?x") ==
        "column 13: expected \".\" and a pattern, FILTER, ORDER BY, LIMIT or the end of the query");
  try {
    parse_pattern_query("?p said\t?q ?x");
  } catch (const PatternError& e) {
    CHECK(point_at("?p said\t?q ?x", e) == "  ?p said ?q ?x\n             ^");
  }
}

TEST_CASE("run_pattern_query joins patterns on shared variables", "[pattern]") {
  testing::FixtureStore store("pattern_join");
  CHECK(answers(*store, "Quillfeather develops ?p") == V{"Lumen 3"});
  CHECK(answers(*store, "?p said ?q . ?q about Quillfeather") ==
        V{"Mira Okonkwo | “Quillfeather would open an office in Lisbon”",
          "Tobias Renn | “Quillfeather is, frankly, overvalued”"});
  CHECK(answers(*store, "?p said ?q . ?q about Quillfeather ORDER BY date DESC")[0].starts_with(
      "Tobias Renn"));
  CHECK(answers(*store, "?o invests_in ?x . ?x develops ?p") ==
        V{"Brightwater Capital | Quillfeather Labs | Lumen 3"});
  CHECK(answers(*store, "?p price ?v") == V{"Lumen 3 | $20 a month"});
  CHECK(answers(*store, "?p price \"$20 a month\"") == V{"Lumen 3"});
  CHECK(answers(*store, "?x ?rel \"Lumen 3\" FILTER type(?x) = ORG") ==
        V{"Quillfeather Labs | develops"});
  CHECK(answers(*store, "?x develops ?x").empty());
  CHECK_THROWS_WITH(answers(*store, "Quilfeather develops ?p"),
                    "no entity named \"Quilfeather\"; did you mean: Quillfeather Labs?");
}

TEST_CASE("run_pattern_query filters by type and date, orders, limits, keeps evidence",
          "[pattern]") {
  testing::FixtureStore store("pattern_filters");
  CHECK(answers(*store, "?s role ?o FILTER type(?o) = ORG ORDER BY ?s") ==
        V{"Mira Okonkwo | Brightwater Capital", "Mira Okonkwo | Quillfeather Labs",
          "Tobias Renn | Brightwater Capital"});
  CHECK(answers(*store, "?s role ?o FILTER date >= 2025-04 ORDER BY ?s DESC") ==
        V{"Tobias Renn | Brightwater Capital", "Mira Okonkwo | Brightwater Capital"});
  CHECK(answers(*store, "?s role ?o", {.until = "2025-03"}) ==
        V{"Mira Okonkwo | Quillfeather Labs"});
  CHECK(answers(*store, "?s role ?o ORDER BY ?o LIMIT 1").size() == 1);
  // Undated facts go as soon as a date bound is given.
  CHECK(answers(*store, "?q about \"Lumen 3\"").size() == 2);
  CHECK(answers(*store, "?q about \"Lumen 3\" FILTER date <= 2030").size() == 1);

  PatternResult r = run_pattern_query(
      *store, parse_pattern_query("?x mentioned_in ?d . ?y mentioned_in ?d FILTER type(?x) = "
                                  "PERSON FILTER type(?y) = PRODUCT"));
  REQUIRE(r.rows.size() == 1);  // Mira and Lumen 3 share d1
  CHECK(r.rows[0].ids == V{"PERSON:mira okonkwo", "d1", "PRODUCT:lumen 3"});
  CHECK(r.rows[0].docs == V{"d1"});
  CHECK(r.rows[0].date == "2025-03-01");
  ResultSet rs = pattern_results(r);
  CHECK(rs.columns[3].name == "date");
  CHECK(rs.columns[5].name == "x_id");
  CHECK_FALSE(rs.columns[5].in_table);
}

TEST_CASE("run_pattern_query compares a constant document or quote id object as a value",
          "[pattern]") {
  testing::FixtureStore store("pattern_value_object");
  // The entities in d1, as the variable form lists them.
  V in_d1;
  PatternResult all = run_pattern_query(*store, parse_pattern_query("?x mentioned_in ?d"));
  for (const PatternRow& r : all.rows)
    if (r.ids[1] == "d1") in_d1.push_back(r.values[0]);
  REQUIRE_FALSE(in_d1.empty());
  CHECK(answers(*store, "?x mentioned_in d1") == in_d1);
  CHECK(answers(*store, "?x mentioned_in d1 FILTER type(?x) = PERSON") == V{"Mira Okonkwo"});
  CHECK(answers(*store, "?x mentioned_in no-such-doc").empty());
  // A quote id as the object of `said`: its speaker.
  PatternResult said = run_pattern_query(*store, parse_pattern_query("?p said ?q"));
  REQUIRE_FALSE(said.rows.empty());
  CHECK(answers(*store, "?p said \"" + said.rows[0].ids[1] + "\"") == V{said.rows[0].values[0]});
}
