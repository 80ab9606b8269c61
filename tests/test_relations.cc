#include <catch2/catch.hpp>

#include "entities_fixture.h"
#include "ingest/money.h"
#include "ingest/pipeline.h"

using namespace newsgraph;
using newsgraph::testing::contains;
using newsgraph::testing::EntityDoc;

namespace {
std::vector<MoneyMention> money_in(const std::string& text) {
  Document doc;
  doc.text = text;
  return find_money(TaggedTokens(doc), doc.text);
}
}  // namespace

TEST_CASE("a price per unit ends before a preposition", "[entities]") {
  auto m = money_in("It will charge $1.50 per million output tokens for access.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].money.text == "$1.50 per million output tokens");
}

TEST_CASE("money literals keep their text and normalise amount and currency", "[entities]") {
  auto m = money_in("It raised $85 million, then €40m and £2.1 Billion; it charges $2.19 per "
                    "million output tokens and 300 million euros.");
  REQUIRE(m.size() == 5);
  CHECK(m[0].money.text == "$85 million");
  CHECK(*m[0].money.amount == Approx(85e6));
  CHECK(*m[0].money.currency == "USD");
  CHECK(m[1].money.text == "€40m");
  CHECK(*m[1].money.currency == "EUR");
  CHECK(*m[2].money.amount == Approx(2.1e9));
  CHECK(*m[2].money.currency == "GBP");
  CHECK(m[3].money.text == "$2.19 per million output tokens");
  CHECK(*m[3].money.per == "million output tokens");
  CHECK(m[4].money.text == "300 million euros");
  CHECK(money_in("It sold 300 million phones.").empty());
}

TEST_CASE("every currency sign and word is found beside words that share its first byte",
          "[entities]") {
  auto m = money_in("Revenue hit US$3 billion and ¥500 billion, then 7 billion yen; the yuan "
                    "rose, euro deals won 40 million kronor, ₹2,000 and 12 million rupees, "
                    "and .5 percent went to dealers.");
  REQUIRE(m.size() == 6);
  CHECK(m[0].money.text == "US$3 billion");
  CHECK(*m[0].money.currency == "USD");
  CHECK(m[1].money.text == "¥500 billion");
  CHECK(m[2].money.text == "7 billion yen");
  CHECK(*m[2].money.currency == "JPY");
  CHECK(m[3].money.text == "40 million kronor");
  CHECK(*m[3].money.currency == "SEK");
  CHECK(m[4].money.text == "₹2,000");
  CHECK(*m[4].money.amount == Approx(2000));
  CHECK(m[5].money.text == "12 million rupees");
  CHECK(*m[5].money.currency == "INR");
}

TEST_CASE("an acquisition and its price belong to the company bought", "[entities]") {
  EntityDoc d("Dunmore Systems has agreed to acquire Pellow Analytics, a Lagos startup, for "
              "$1.2 billion in cash.");
  auto r = d.relations();
  CHECK(contains(r, "Dunmore Systems acquires Pellow Analytics"));
  CHECK(contains(r, "Pellow Analytics price $1.2 billion"));
}

TEST_CASE("a funding round gives raises and the investors", "[entities]") {
  EntityDoc d("Corlan Robotics has raised $85 million in a round led by Brightfield Capital, "
              "with participation from Osk Ventures and Tamber Partners.");
  auto r = d.relations();
  CHECK(contains(r, "Corlan Robotics raises $85 million"));
  CHECK(contains(r, "Brightfield Capital invests_in Corlan Robotics"));
  CHECK(contains(r, "Osk Ventures invests_in Corlan Robotics"));
  CHECK(contains(r, "Tamber Partners invests_in Corlan Robotics"));
}

TEST_CASE("a valuation goes to the company it values", "[entities]") {
  EntityDoc d("Investors valued Quenby Labs at $7 billion.");
  CHECK(contains(d.relations(), "Quenby Labs valued_at $7 billion"));
}

TEST_CASE("passive cues swap subject and object", "[entities]") {
  EntityDoc d("Ostrava Devices makes glasses. The frames use a chip supplied by Qualcomm.");
  CHECK(contains(d.relations(), "Qualcomm supplies Ostrava Devices"));
}

TEST_CASE("possessive and maker-named products are developed by the maker", "[entities]") {
  EntityDoc d("Vantor Labs shipped Vantor Beam on Monday. Critics prefer Vantor Labs’s Lumo "
              "app.");
  auto r = d.relations();
  CHECK(contains(r, "Vantor Labs develops Vantor Beam"));
  CHECK(contains(r, "Vantor Labs develops Lumo"));
}

TEST_CASE("a relative clause does not supply the subject", "[entities]") {
  EntityDoc d("Corvel Software, which trades on the Nasdaq, competes with Oracle in retail.");
  auto r = d.relations();
  CHECK(contains(r, "Corvel Software competes_with Oracle"));
  CHECK_FALSE(contains(r, "Nasdaq competes_with Oracle"));
}

TEST_CASE("a regulator's probe into a company", "[entities]") {
  EntityDoc d("The European Commission opened a formal investigation into Dalvik Mobile.");
  CHECK(d.relations() ==
        std::vector<std::string>{"European Commission investigates Dalvik Mobile"});
}

TEST_CASE("a nominee named in apposition", "[entities]") {
  EntityDoc d("Hal Berndtsen, President Ana Toivonen's nominee for the board, testified.");
  CHECK(contains(d.relations(), "Ana Toivonen nominates Hal Berndtsen"));
}

TEST_CASE("a valuation in a funding sentence belongs to the company raising", "[entities]") {
  EntityDoc d("Tarsk Pay raised $30 million in a round led by Orlen Holdings that valued it at "
              "$400 million.");
  CHECK(contains(d.relations(), "Tarsk Pay raises $30 million"));
  CHECK(contains(d.relations(), "Tarsk Pay valued_at $400 million"));
  CHECK(contains(d.relations(), "Orlen Holdings invests_in Tarsk Pay"));
}

TEST_CASE("'It competes with' a list with tickers in brackets", "[entities]") {
  EntityDoc d("Morvel Systems sells warehouse software. It competes with products from Brakka "
              "Group ( BRKG.DE ) and Lintel Associates ( LNTL.O ).");
  CHECK(contains(d.relations(), "Morvel Systems competes_with Brakka Group"));
  CHECK(contains(d.relations(), "Morvel Systems competes_with Lintel Associates"));
}

TEST_CASE("'the studio' is the organisation an apposition called a studio", "[entities]") {
  EntityDoc d("Brenna Games, an Oslo studio, makes puzzles. The Tarvik Commission met Halden "
              "Mobile. The Tarvik Commission asked Halden Mobile for data. The studio accused "
              "Halden Mobile of overcharging.");
  CHECK(contains(d.relations(), "Brenna Games accuses Halden Mobile"));
  CHECK_FALSE(contains(d.relations(), "Tarvik Commission accuses Halden Mobile"));
}

TEST_CASE("relation cues inside a direct quotation are the speaker's words", "[entities]") {
  Article a;
  a.doc_id = "quoted-cue";
  a.text = "Vestrand Logistik AG bought Morvel Systems on Monday. “With Morvel Systems we are "
           "buying the brain of the warehouse,” said Ilse Varga.";
  Extraction x = extract(a);
  std::vector<std::string> rels;
  for (const Relation& r : x.relations) rels.push_back(r.subject + " " + r.predicate + " " + r.object);
  CHECK(contains(rels, "Vestrand Logistik AG acquires Morvel Systems"));
  CHECK_FALSE(contains(rels, "Morvel Systems acquires Vestrand Logistik AG"));
}

TEST_CASE("a participle after a comma has the sentence's subject; 'the London startup' its object",
          "[entities]") {
  EntityDoc d("Morvel Systems sued Tarsk Labs in a court in Paris, accusing the London startup "
              "of copying the Vexa-4 model.");
  CHECK(contains(d.relations(), "Morvel Systems accuses Tarsk Labs"));
  CHECK_FALSE(contains(d.relations(), "Tarsk Labs accuses Tarsk Labs"));
}

TEST_CASE("'The company raised' is the company in focus, not the investor after", "[entities]") {
  EntityDoc d("Tarsk Labs makes robots. The company raised $60 million last year in a round led "
              "by Orlen Capital.");
  CHECK(contains(d.relations(), "Tarsk Labs raises $60 million"));
  CHECK_FALSE(contains(d.relations(), "Orlen Capital raises $60 million"));
}

TEST_CASE("'Acme, whose Widget app' develops the product", "[entities]") {
  EntityDoc d("Regulators looked at Tarsk Pay, whose Ravlo app is used by millions.");
  CHECK(contains(d.relations(), "Tarsk Pay develops Ravlo"));
}

TEST_CASE("a noun right before a name describes it: 'made by Oslo studio X'", "[entities]") {
  EntityDoc d("Tarvik Cloud hosts many games. The Vexa-4 game, made by Oslo studio Brenna Games, "
              "went offline.");
  CHECK(contains(d.relations(), "Brenna Games develops Vexa-4"));
  CHECK_FALSE(contains(d.relations(), "Tarvik Cloud develops Vexa-4"));
}

TEST_CASE("makes, hosted entirely on, rented from and a contract with give relations",
          "[relations]") {
  EntityDoc d("Pellan Works makes Quillboard, a notes app. "
              "The game Skyforge Arena, hosted entirely on Ostrin Cloud Inc, went offline. "
              "Pellan Works runs its sync on servers rented from Ostrin Cloud Inc. "
              "Marrow Aerial Ltd flies post to the islands under a contract with Norland Post Ltd.");
  CHECK(contains(d.relations(), "Pellan Works develops Quillboard"));
  CHECK(contains(d.relations(), "Ostrin Cloud Inc hosts Skyforge Arena"));
  CHECK(contains(d.relations(), "Ostrin Cloud Inc supplies Pellan Works"));
  CHECK(contains(d.relations(), "Marrow Aerial Ltd supplies Norland Post Ltd"));
}

TEST_CASE("a rival named with nothing before it rivals the next organisation", "[relations]") {
  EntityDoc d("The same day, rival Brisa Networks Inc sued Talara Systems Inc in Lisbon.");
  CHECK(contains(d.relations(), "Brisa Networks Inc competes_with Talara Systems Inc"));
  CHECK(contains(d.relations(), "Brisa Networks Inc sues Talara Systems Inc"));
}

TEST_CASE("an amount converted in parentheses is no price of its own", "[relations]") {
  EntityDoc d("Talara Systems Inc agreed to buy Brisa Networks Inc for 2.5 billion euros "
              "($2.7 billion) including debt.");
  CHECK(contains(d.relations(), "Brisa Networks Inc price 2.5 billion euros"));
  CHECK_FALSE(contains(d.relations(), "Brisa Networks Inc price $2.7 billion"));
}

TEST_CASE("a relative clause after a list member does not end the list", "[relations]") {
  EntityDoc d("Hollin Labs raised $30 million from Quarry Ventures, which led the round, and "
              "Ostrand Capital. Its rival Pemberly AG competes with Vossel Group, which also sells "
              "sensors, and Marten Systems Inc.");
  auto r = d.relations();
  CHECK(contains(r, "Quarry Ventures invests_in Hollin Labs"));
  CHECK(contains(r, "Ostrand Capital invests_in Hollin Labs"));
  CHECK(contains(r, "Pemberly AG competes_with Vossel Group"));
  CHECK(contains(r, "Pemberly AG competes_with Marten Systems Inc"));
}

TEST_CASE("'the startup's investors include' lists the startup's investors", "[relations]") {
  EntityDoc d("Tarrow Robotics builds arms. The startup's investors include Quintal Ventures, "
              "which led the round, and Orrin Capital.");
  auto r = d.relations();
  CHECK(contains(r, "Quintal Ventures invests_in Tarrow Robotics"));
  CHECK(contains(r, "Orrin Capital invests_in Tarrow Robotics"));
  CHECK(r.size() == 2);
}

TEST_CASE("an unnamed spokesperson's accusation is the organisation in focus's", "[relations]") {
  for (std::string sentence : {"Its spokeswoman accused Brantis Capital of fraud.",
                               "The company's spokesman accused Brantis Capital of fraud.",
                               "A spokesperson accused Brantis Capital of fraud."}) {
    EntityDoc d("Velmora Foods makes scanners in Lyon and sells them widely. " + sentence);
    CHECK(contains(d.relations(), "Velmora Foods accuses Brantis Capital"));
  }
  EntityDoc none("Velmora Foods makes scanners in Lyon. Its analyst accused Brantis Capital of fraud.");
  CHECK_FALSE(contains(none.relations(), "Velmora Foods accuses Brantis Capital"));
}
