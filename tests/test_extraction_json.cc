#include <catch2/catch.hpp>

#include "ingest/extraction.h"

using namespace newsgraph;

TEST_CASE("extraction JSON round-trips every field", "[extraction]") {
  Extraction x;
  x.doc = "d1";
  x.published = "2025-01-31";
  x.entities.push_back({"Sam Altman", EntityType::kPerson, {"Altman"}, {{3, 13}}, "capitalised"});
  Quote q;
  q.text = "hi";
  q.speaker = "Sam Altman";
  q.about = {"OpenAI"};
  q.span = {20, 22};
  q.sieve = "quote-cue-speaker";
  x.quotes.push_back(q);
  x.roles.push_back({"Sam Altman", "CEO", std::string("OpenAI"), false, {0, 10}, "possessive"});
  Relation r{"DeepSeek R1", "price", "$2", Money{"$2", 2.0, std::string("USD"), std::nullopt}, {5, 7}, "price"};
  x.relations.push_back(r);

  auto j = to_json(x);
  CHECK(j["entities"][0]["type"] == "PERSON");
  CHECK(j["quotes"][0]["speaker_description"].is_null());
  Extraction y = extraction_from_json(j);
  CHECK(to_json(y) == j);
  CHECK(y.entities[0].mentions[0] == Span{3, 13});
  CHECK(y.relations[0].money->amount == 2.0);
}

TEST_CASE("entity type names round-trip", "[extraction]") {
  for (auto t : {EntityType::kPerson, EntityType::kOrg, EntityType::kProduct, EntityType::kPlace})
    CHECK(parse_entity_type(to_string(t)) == t);
  CHECK_FALSE(parse_entity_type("DATE").has_value());
}
