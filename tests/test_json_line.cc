#include <catch2/catch.hpp>

#include "ingest/extraction.h"

using namespace newsgraph;

namespace {
std::string nlohmann_line(const Extraction& x) {
  return to_json(x).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}
}  // namespace

TEST_CASE("to_json_line: a small extraction, written out by hand", "[json]") {
  Extraction x;
  x.doc = "d1";
  x.entities.push_back({"Quillon Labs", EntityType::kOrg, {"Quillon"}, {{0, 12}, {30, 37}}, "org-suffix"});
  CHECK(to_json_line(x) ==
        R"({"content_hash":"","doc":"d1","entities":[{"aliases":["Quillon"],"mentions":[[0,12],[30,37]],)"
        R"("name":"Quillon Labs","rule":"org-suffix","type":"ORG"}],"published":null,"quotes":[],)"
        R"("relations":[],"roles":[],"source":"","title":"","url":""})");
}

TEST_CASE("to_json_line: the same bytes as to_json(x).dump() for every field", "[json]") {
  Extraction x;
  x.doc = "tab\there \"quoted\" back\\slash \x01 \x1f \x7f é “curly” Ωμέγα 林";
  x.title = "line\nbreak\r\f\b/";
  x.published = "2024-03-01";
  x.url = "https://news.invalid/a?b=c&d";
  x.source = "dir/file.jsonl:3";
  x.content_hash = "00ff";
  x.entities.push_back({"Ana Ruiz", EntityType::kPerson, {}, {{5, 13}}, "given-name"});
  x.entities.push_back({"Søren Ølund", EntityType::kPerson, {"Ølund", "Mr Ølund"}, {}, "title-cue"});
  Quote q;
  q.text = "We are \"growing\" fast";
  q.speaker = "Ana Ruiz";
  q.about = {"Quillon Labs", "Pellan Bank"};
  q.span = {20, 41};
  q.speaker_span = Span{50, 58};
  q.cue = "said";
  q.sieve = "trigram";
  q.confidence = 0.85;
  x.quotes.push_back(q);
  q.speaker.reset();
  q.speaker_description = "one analyst";
  q.speaker_span.reset();
  q.kind = "indirect";
  q.confidence = 1.0;
  x.quotes.push_back(q);
  x.roles.push_back({"Ana Ruiz", "chief executive", "Quillon Labs", false, {0, 30}, "apposition"});
  x.roles.push_back({"Ana Ruiz", "minister", std::nullopt, true, {40, 48}, "title-before"});
  x.relations.push_back({"Quillon Labs", "acquires", "Pellan", std::nullopt, {1, 2}, "cue"});
  x.relations.push_back({"Quillon Labs", "raises", "$2.19 million", Money{"$2.19 million", 2190000.0, "USD", std::nullopt},
                         {3, 4}, "money"});
  x.relations.push_back({"Quillon Labs", "price", "about 5 euros", Money{"about 5 euros", std::nullopt, std::nullopt, "month"},
                         {5, 6}, "money"});
  CHECK(to_json_line(x) == nlohmann_line(x));

  x.title = "broken \xC3 UTF-8 \xff";  // replaced by U+FFFD, as nlohmann's handler does
  CHECK(to_json_line(x) == nlohmann_line(x));
  CHECK(to_json_line(Extraction{}) == nlohmann_line(Extraction{}));
}
