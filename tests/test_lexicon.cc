#include <catch2/catch.hpp>

#include "ingest/lexicon.h"
#include "ingest/quote_lexicon.h"
#include "ingest/tokens.h"

using namespace newsgraph;

namespace {
std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(text, 0, uint32_t(text.size())))
    out.emplace_back(text.substr(t.span.begin, t.span.size()));
  return out;
}
}  // namespace

TEST_CASE("gazetteer lines give the name and each alias the same entity", "[entities]") {
  StringMap<KnownEntity> g;
  parse_gazetteer("# comment\nGlobex Corp\tORG\tGlobex|GBX\n\nZorbia\tPLACE\n", "t.tsv", g);
  REQUIRE(g.size() == 4);
  CHECK(g.at("GBX").name == "Globex Corp");
  CHECK(g.at("GBX").type == EntityType::kOrg);
  CHECK(g.at("Zorbia").type == EntityType::kPlace);
}

TEST_CASE("a malformed gazetteer line throws naming the file and line", "[entities]") {
  StringMap<KnownEntity> g;
  CHECK_THROWS_WITH(parse_gazetteer("Ok\tORG\nBad\tANIMAL\n", "t.tsv", g),
                    Catch::Contains("t.tsv line 2"));
  CHECK_THROWS_WITH(parse_gazetteer("NoTypeHere\n", "t.tsv", g), Catch::Contains("line 1"));
}

TEST_CASE("built-in lexicons load and answer lookups", "[entities]") {
  const Lexicon& lex = lexicon();
  REQUIRE(lex.known("Nvidia") != nullptr);
  CHECK(lex.known("Nvidia")->type == EntityType::kOrg);
  CHECK(lex.known("Chinese")->name == "China");
  CHECK(lex.known("U.S.")->name == "United States");
  CHECK(lex.known("Unheard-of Name") == nullptr);
  CHECK(lex.titles.count("chief executive"));
  CHECK(lex.given_names.count("Søren"));
  CHECK(lex.org_suffixes.count("Robotics"));
  CHECK(lex.relation_cues.at("acquired by").passive);
  CHECK(lex.relation_cues.at("acquired").predicate == "acquires");
}

TEST_CASE("string keys are found by views of the same bytes and only by them", "[entities]") {
  std::string key = "Acme Systems";
  CHECK(hash_bytes(key) == hash_bytes(std::string_view("Acme Systems")));
  CHECK(hash_bytes("Acme Systems") != hash_bytes("acme systems"));
  StringSet set{key, ""};
  CHECK(set.contains(std::string_view(key).substr(0, 12)));
  CHECK(set.contains(std::string_view()));
  CHECK_FALSE(set.contains(std::string_view(key).substr(0, 4)));
}

TEST_CASE("public-body nouns come from quote_words.tsv in lower case", "[quotes]") {
  QuoteLexicon lex;
  parse_quote_words("public_body\tTribunal\n", "test.tsv", lex);
  CHECK(lex.of("tribunal") == kPublicBody);
  CHECK(lex.of("Tribunal") == kPublicBody);
  CHECK(quote_lexicon().of("regulator") & kPublicBody);
  CHECK(quote_lexicon().of("ministry") & kPublicBody);
  CHECK_FALSE(quote_lexicon().of("company") & kPublicBody);
  CHECK_THROWS_WITH(parse_quote_words("public_bodies\tcourt\n", "test.tsv", lex),
                    Catch::Contains("test.tsv:1"));
}

TEST_CASE("lower() folds ASCII and non-ASCII letters", "[entities]") {
  CHECK(lower("Chief Executive") == "chief executive");
  CHECK(lower("ÇELİK") == "çeli̇k");
  CHECK(lower("ÉLODIE") == "élodie");
}

TEST_CASE("tokens split possessives and keep initialisms and hyphenated names", "[entities]") {
  CHECK(words("Marta Ruiz-Peña’s firm") ==
        std::vector<std::string>{"Marta", "Ruiz-Peña", "’s", "firm"});
  CHECK(words("the U.S. and Acme's X2-Pro.") ==
        std::vector<std::string>{"the", "U.S.", "and", "Acme", "'s", "X2-Pro", "."});
  CHECK(words("$1,250.50 each") == std::vector<std::string>{"$", "1,250.50", "each"});
}

TEST_CASE("tokens mark sentence starts after stops, line breaks and opening quotes", "[entities]") {
  std::string_view text = "He left. Then Mr. Dodd said \u201cWe won\u201d\nNext";
  auto toks = tokenize(text, 0, uint32_t(text.size()));
  std::vector<std::string> starts;
  for (const Token& t : toks)
    if (t.sentence_start) starts.emplace_back(text.substr(t.span.begin, t.span.size()));
  CHECK(starts == std::vector<std::string>{"He", "Then", "We", "Next"});
}

TEST_CASE("Unicode capitals count as capitalised", "[entities]") {
  std::string_view text = "Ýrr Þórsdóttir and Ōta";
  auto toks = tokenize(text, 0, uint32_t(text.size()));
  REQUIRE(toks.size() == 4);
  CHECK(toks[0].capitalised);
  CHECK(toks[1].capitalised);
  CHECK_FALSE(toks[2].capitalised);
  CHECK(toks[3].capitalised);
}
