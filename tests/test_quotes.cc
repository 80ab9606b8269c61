#include <catch2/catch.hpp>

#include <string>

#include "ingest/pipeline.h"
#include "ingest/quotes.h"
#include "quote_fixture.h"

using namespace newsgraph;
using newsgraph::testing::make_doc;

namespace {

Document article(std::string text) {
  return make_doc(std::move(text), {{"Ingrid Paulsen", EntityType::kPerson},
                                    {"Paulsen", EntityType::kPerson, "Ingrid Paulsen"},
                                    {"Lumora Optics", EntityType::kOrg},
                                    {"Lumora", EntityType::kOrg, "Lumora Optics"},
                                    {"Norway", EntityType::kPlace},
                                    {"Oslo", EntityType::kPlace}});
}

std::vector<Quote> quotes_of(std::string text) {
  Document doc = article(std::move(text));
  find_quotes(doc);
  return doc.quotes;
}

}  // namespace

TEST_CASE("about lists the entities named inside the quote, once each", "[quotes]") {
  auto q = quotes_of("“Lumora sells more in Norway than Lumora ever planned,” Paulsen said.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].about == std::vector<std::string>{"Lumora Optics", "Norway"});
  CHECK(q[0].cue == "said");
  CHECK(q[0].confidence > 0.5);
}

TEST_CASE("quote spans are the bytes between the marks", "[quotes]") {
  std::string text = "Paulsen said: “Ship it.”";
  auto q = quotes_of(text);
  REQUIRE(q.size() == 1);
  CHECK(text.substr(q[0].span.begin, q[0].span.size()) == "Ship it.");
  REQUIRE(q[0].speaker_span.has_value());
  CHECK(text.substr(q[0].speaker_span->begin, q[0].speaker_span->size()) == "Paulsen");
}

TEST_CASE("short quoted terms without a cue verb are scare quotes, not quotations", "[quotes]") {
  CHECK(quotes_of("Lumora calls the fee a “platform contribution” in its filings.").empty());
  auto q = quotes_of("“No comment,” Paulsen said.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Ingrid Paulsen");
}

TEST_CASE("reported speech after a cue verb, with or without that", "[quotes]") {
  auto q = quotes_of("Paulsen said that the glasses would ship to Norway in May.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].kind == "indirect");
  CHECK(q[0].text == "the glasses would ship to Norway in May");
  CHECK(q[0].speaker == "Ingrid Paulsen");
  CHECK(q[0].about == std::vector<std::string>{"Norway"});

  q = quotes_of("Lumora says the battery lasts nine hours.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "the battery lasts nine hours");
  CHECK(q[0].speaker == "Lumora Optics");
  CHECK(q[0].sieve == "reported-cue");
}

TEST_CASE("reported speech through told needs that; negated cues report nothing", "[quotes]") {
  auto q = quotes_of("Paulsen told staff in a memo that the Oslo office would close.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "the Oslo office would close");
  CHECK(quotes_of("Paulsen told reporters about the launch in Oslo.").empty());
  CHECK(quotes_of("Paulsen did not say the office would close.").empty());
}

TEST_CASE("trailing and according-to reported speech", "[quotes]") {
  auto q = quotes_of("The new round values Lumora at $600 million, two people familiar with the deal said.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "The new round values Lumora at $600 million");
  CHECK_FALSE(q[0].speaker.has_value());
  CHECK(q[0].speaker_description == "two people familiar with the deal");

  q = quotes_of("According to Lumora, the attackers stayed inside the network for three days.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "the attackers stayed inside the network for three days");
  CHECK(q[0].speaker == "Lumora Optics");
  CHECK(q[0].sieve == "reported-according-to");
}

TEST_CASE("the company and the chief executive refer back to who was named", "[quotes]") {
  auto q = quotes_of("Ingrid Paulsen, the chief executive of Lumora, spoke in Oslo. The chief "
                     "executive said that the company would publish a full account.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Ingrid Paulsen");
  q = quotes_of("Lumora shares fell. The company said it would hire 40 engineers in Oslo.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Lumora Optics");
  CHECK(q[0].text == "it would hire 40 engineers in Oslo");
}

TEST_CASE("the group refers to the organisation an appositive described", "[quotes]") {
  Document doc = make_doc(
      "Nightjar, a hacking group, struck in May. Lumora Optics said Lumora lost data. On its "
      "blog, the group said that it had copied 40 files.",
      {{"Nightjar", EntityType::kOrg}, {"Lumora Optics", EntityType::kOrg},
       {"Lumora", EntityType::kOrg, "Lumora Optics"}});
  find_quotes(doc);
  REQUIRE(doc.quotes.size() == 2);
  CHECK(doc.quotes[1].text == "it had copied 40 files");
  CHECK(doc.quotes[1].speaker == "Nightjar");
}

TEST_CASE("reported clauses: headlines, bare nouns after said, participle phrases", "[quotes]") {
  CHECK(quotes_of("Lumora Optics Confirms Breach Exposing Records Of Oslo Workers").empty());
  auto q = quotes_of("Lumora says attackers used a stolen password.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "attackers used a stolen password");
  CHECK(quotes_of("Lumora claimed responsibility for the launch.").empty());
  q = quotes_of("Lumora claimed it trained the model for $6 million, breaking old norms.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "it trained the model for $6 million");
  q = quotes_of("Lumora says it serves 40 shops, including several in Oslo.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "it serves 40 shops, including several in Oslo");
}

TEST_CASE("a name after an initialism's full stop opens a new sentence", "[quotes]") {
  auto q = quotes_of("Chips moved between Norway and the U.S. Ingrid Paulsen, a trade expert, "
                     "voiced doubts saying, \"Nobody has checked the shipments yet.\"");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Ingrid Paulsen");
}

TEST_CASE("reported speech after told PUBLICATION, a time or a medium", "[quotes]") {
  auto q = quotes_of("Paulsen told reporters the launch was a precaution.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "the launch was a precaution");
  CHECK(q[0].speaker == "Ingrid Paulsen");

  q = quotes_of("Lumora said on Tuesday it had opened a second plant.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "it had opened a second plant");

  q = quotes_of("The plant will close in June, Lumora said in a statement.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "The plant will close in June");
  CHECK(q[0].speaker == "Lumora Optics");
  CHECK(q[0].sieve == "reported-trailing");
}

TEST_CASE("'the authority said' is the organisation whose name ends with the noun", "[quotes]") {
  Document doc = make_doc("The Tarvik Competition Authority opened a case against Lumora. The "
                          "authority said in a statement that it would examine the contracts.",
                          {{"Tarvik Competition Authority", EntityType::kOrg},
                           {"Lumora", EntityType::kOrg}});
  find_quotes(doc);
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.quotes[0].text == "it would examine the contracts");
  CHECK(doc.quotes[0].speaker == "Tarvik Competition Authority");
}

TEST_CASE("a cue word inside a capitalised name reports nothing", "[quotes]") {
  CHECK(quotes_of("Profit at Lumora Optics was 38 cents a share, a penny better than the "
                  "forecast of analysts polled by Market Estimates.")
            .empty());
}

TEST_CASE("voiced, expressed and reiterated report a clause through 'that' after a noun",
          "[quotes]") {
  auto q = quotes_of("Paulsen voiced suspicion that the audit hid losses, highlighting the debts.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "the audit hid losses");
  CHECK(q[0].speaker == "Ingrid Paulsen");
  CHECK(q[0].cue == "voiced");
  q = quotes_of("Lumora expressed confidence that the lenses would sell in Oslo.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "the lenses would sell in Oslo");
  CHECK(q[0].speaker == "Lumora Optics");
  // without "that" the object is no reported clause
  CHECK(quotes_of("Lumora reiterated its forecast for the year in Oslo.").empty());
  CHECK(quotes_of("Paulsen expressed regret over the delays in Norway.").empty());
}

TEST_CASE("reported speech after an all-caps subheading glued to its sentence", "[quotes]") {
  auto q = quotes_of("Sales rose. STRONG QUARTER AHEAD Analysts said the glasses would sell well.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "the glasses would sell well");
  CHECK(q[0].speaker_description == "Analysts");
}

TEST_CASE("'raised concerns that' reports speech; 'raised $5 million that' and ', raising' do not",
          "[quotes]") {
  Article a;
  a.doc_id = "noun-cue";
  a.text = "Brantis debt\n\nSome analysts have raised doubts that Brantis Capital can repay its debt. "
           "Velmora Foods raised $5 million that it will spend on hiring. Velmora Foods cut prices, "
           "raising concerns that a price war could break out.\n";
  Extraction x = extract(a);
  REQUIRE(x.quotes.size() == 1);
  CHECK(x.quotes[0].kind == "indirect");
  CHECK(x.quotes[0].text == "Brantis Capital can repay its debt");
  CHECK(x.quotes[0].cue == "raised");
  CHECK(x.quotes[0].speaker_description == "Some analysts");
}
