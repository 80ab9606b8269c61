// Who spoke, as the query rows show it: an organisation speaking through its spokesperson is
// its own organisation in `quotes`, and `timeline` names the speaker of each quotation.
#include <catch2/catch.hpp>

#include "query/quotes.h"
#include "query/triples.h"
#include "query_fixture.h"

using namespace newsgraph;

namespace {

// The fixture's articles and d4: Corvel Systems, through its spokesperson, on Lumen 3; a
// person with no role on it too.
std::vector<Extraction> with_spokesperson() {
  std::vector<Extraction> articles = testing::fixture_articles();
  Extraction d4 = testing::article("d4", "2025-05-02");
  d4.entities = {testing::entity("Corvel Systems", EntityType::kOrg),
                 testing::entity("Lumen 3", EntityType::kProduct),
                 testing::entity("Ada Brandt", EntityType::kPerson)};
  Quote spokesperson = testing::quote("We are looking into Lumen 3", "direct", "Corvel Systems",
                                      {"Lumen 3"}, {10, 37});
  spokesperson.speaker_description = "Corvel Systems' spokesperson";
  d4.quotes = {spokesperson, testing::quote("Lumen 3 is late", "direct", "Ada Brandt",
                                            {"Lumen 3"}, {60, 75})};
  articles.push_back(d4);
  return articles;
}

const QuoteRow& by(const std::vector<QuoteRow>& rows, const std::string& speaker) {
  for (const QuoteRow& r : rows)
    if (r.speaker == speaker) return r;
  FAIL("no quote by " << speaker);
  return rows.front();
}

}  // namespace

TEST_CASE("quotes: an organisation speaking through its spokesperson is its own org", "[query]") {
  testing::FixtureStore store("query_spokesperson", with_spokesperson());
  auto rows = find_quotes(*store, {.about = "Lumen 3"});
  const QuoteRow& corvel = by(rows, "Corvel Systems");
  CHECK(corvel.title == "Corvel Systems' spokesperson");
  CHECK(corvel.org == "Corvel Systems");
  CHECK_FALSE(by(rows, "Ada Brandt").org);  // a person without a role has none
  CHECK(by(rows, "Mira Okonkwo").org == "Quillfeather Labs");  // a role's org stays first

  ResultSet rs = quote_results(rows);
  REQUIRE(rs.columns[4].name == "org");
  CHECK(rs.rows[0][4] == "Corvel Systems");  // newest first: d4
}

TEST_CASE("timeline names the speaker of each quotation about the entity", "[query]") {
  testing::FixtureStore store("query_timeline_speaker", with_spokesperson());
  auto rows = timeline(*store, "Lumen 3");
  std::vector<std::pair<std::string, std::string>> spoken;  // doc, speaker of `about` rows
  for (const TripleRow& r : rows) {
    if (r.predicate == "about") {
      REQUIRE(r.speaker);
      spoken.emplace_back(r.doc, *r.speaker);
    } else {
      CHECK_FALSE(r.speaker);  // develops, price: no quotation
    }
  }
  using P = std::pair<std::string, std::string>;
  CHECK(spoken == std::vector<P>{{"d1", "Mira Okonkwo"}, {"d4", "Corvel Systems"},
                                 {"d4", "Ada Brandt"}, {"d3", "one analyst"}});

  auto mira = timeline(*store, "Mira Okonkwo");
  REQUIRE(mira[1].predicate == "said");
  CHECK(mira[1].speaker == "Mira Okonkwo");

  ResultSet rs = triple_results(rows);
  REQUIRE(rs.columns[5].name == "speaker");
  CHECK(rs.columns[5].in_table);
}
