#include <catch2/catch.hpp>

#include "entities_fixture.h"

using namespace newsgraph;
using newsgraph::testing::contains;
using newsgraph::testing::EntityDoc;

namespace {
EntityType type_of(const EntityDoc& d, const std::string& name) {
  const Entity* e = d.entity(name);
  REQUIRE(e != nullptr);
  return e->type;
}
}  // namespace

TEST_CASE("organisation suffixes, given names and the gazetteer type mentions", "[entities]") {
  EntityDoc d("Analysts at Quorvex Robotics met Maria Teodoro in Lisbon on Friday. "
              "Nvidia was not there.");
  CHECK(type_of(d, "Quorvex Robotics") == EntityType::kOrg);
  CHECK(type_of(d, "Maria Teodoro") == EntityType::kPerson);
  CHECK(type_of(d, "Lisbon") == EntityType::kPlace);
  CHECK(type_of(d, "Nvidia") == EntityType::kOrg);
  CHECK_FALSE(contains(d.mentions(), "Friday"));
  CHECK_FALSE(contains(d.mentions(), "Analysts"));
}

TEST_CASE("AI ends an organisation's name, not a place's or nationality's", "[entities]") {
  EntityDoc d("Quorvane AI, a startup, raised money on Monday. The Lisbon AI developer and "
              "several Chinese AI labs did not.");
  CHECK(type_of(d, "Quorvane AI") == EntityType::kOrg);
  CHECK_FALSE(contains(d.mentions(), "Lisbon AI"));
  CHECK_FALSE(contains(d.mentions(), "Chinese AI"));
  CHECK(type_of(d, "Lisbon") == EntityType::kPlace);
}

TEST_CASE("title cues, honorifics and ages type unknown names as people", "[entities]") {
  EntityDoc d("Shares rose after chief executive Dorn Waleski spoke. Mr Pettigrove disagreed. "
              "Oskarine Vell, 52, resigned.");
  CHECK(type_of(d, "Dorn Waleski") == EntityType::kPerson);
  CHECK(type_of(d, "Pettigrove") == EntityType::kPerson);
  CHECK(type_of(d, "Oskarine Vell") == EntityType::kPerson);
  CHECK_FALSE(contains(d.mentions(), "Mr"));
}

TEST_CASE("a title before a name is split off the name", "[entities]") {
  EntityDoc d("The deal was approved by Zentrix CEO Halvard Brekke and President Ilse Amundsen.");
  CHECK(contains(d.mentions(), "Zentrix"));
  CHECK(contains(d.mentions(), "Halvard Brekke"));
  CHECK(contains(d.mentions(), "Ilse Amundsen"));
  CHECK_FALSE(contains(d.mentions(), "CEO"));
  CHECK_FALSE(contains(d.mentions(), "President"));
}

TEST_CASE("possessives and hyphenated modifiers are not part of a name", "[entities]") {
  EntityDoc d("Brallo Systems’s shares fell. The Madrid-based firm sells to Brallo Systems' rivals.");
  CHECK(contains(d.mentions(), "Brallo Systems"));
  CHECK(contains(d.mentions(), "Madrid"));
  CHECK_FALSE(contains(d.mentions(), "Madrid-based"));
}

TEST_CASE("nationality adjectives are mentions of the place", "[entities]") {
  EntityDoc d("The Norwegian start-up Fyrlund Labs sells in Norway and to Chinese buyers.");
  const Entity* norway = d.entity("Norway");
  REQUIRE(norway != nullptr);
  CHECK(norway->type == EntityType::kPlace);
  CHECK(norway->aliases == std::vector<std::string>{"Norwegian"});
  const Entity* china = d.entity("China");
  REQUIRE(china != nullptr);
  CHECK(china->aliases == std::vector<std::string>{"Chinese"});
}

TEST_CASE("sentence-initial words are names only if capitalised elsewhere too", "[entities]") {
  EntityDoc d("Meanwhile the market slid. Gravelo said sales grew. Profits rose at Gravelo.");
  CHECK(contains(d.mentions(), "Gravelo"));
  CHECK_FALSE(contains(d.mentions(), "Meanwhile"));
  CHECK_FALSE(contains(d.mentions(), "Profits"));
}

TEST_CASE("Unicode names are recognised whole", "[entities]") {
  EntityDoc d("The company hired Nguyễn Văn Bình and Şükrü Öztürk, its head of sales.");
  CHECK(contains(d.mentions(), "Nguyễn Văn Bình"));
  CHECK(contains(d.mentions(), "Şükrü Öztürk"));
}

TEST_CASE("products by cue: model numbers, product nouns, maker names", "[entities]") {
  EntityDoc d("Tarnwell Devices unveiled the Tarnwell Orbit, a headset. Its Halo chip and the "
              "Vexa-4 model ship in June.");
  CHECK(type_of(d, "Tarnwell Devices") == EntityType::kOrg);
  CHECK(type_of(d, "Tarnwell Orbit") == EntityType::kProduct);
  CHECK(type_of(d, "Halo") == EntityType::kProduct);
  CHECK(type_of(d, "Vexa-4") == EntityType::kProduct);
  CHECK_FALSE(contains(d.mentions(), "June"));
}

TEST_CASE("a Title Case headline only repeats names found in the body", "[entities]") {
  std::string text = "Header Line\n\nKorvel Mining Posts Record Quarter On Strong Demand\n\n"
                     "Korvel Mining said profit doubled.";
  size_t body = text.find("Korvel");
  EntityDoc d(text, uint32_t(body));
  CHECK(d.mentions() == std::vector<std::string>{"Korvel Mining", "Korvel Mining"});
}

TEST_CASE("header lines give only the byline's person", "[entities]") {
  std::string text = "Technology\nBy Ottilie Braun\n\nSorvan Partners bought a stake.";
  EntityDoc d(text, uint32_t(text.find("Sorvan")));
  CHECK(type_of(d, "Ottilie Braun") == EntityType::kPerson);
  CHECK_FALSE(contains(d.mentions(), "Technology"));
}

TEST_CASE("stock tickers and upper-case datelines", "[entities]") {
  EntityDoc d("SAN FRANCISCO (Reuters) - Plumtree Software Inc PLUM.O said on Monday it would "
              "cut jobs.");
  CHECK(contains(d.mentions(), "SAN FRANCISCO"));
  CHECK(type_of(d, "SAN FRANCISCO") == EntityType::kPlace);
  CHECK(contains(d.mentions(), "Plumtree Software Inc"));
  CHECK_FALSE(contains(d.mentions(), "PLUM"));
}

TEST_CASE("mentions are sorted and do not overlap", "[entities]") {
  EntityDoc d("Orlin Bakker, head of research at Tesvik Analytics in Rotterdam, praised Tesvik.");
  for (size_t i = 1; i < d.doc.mentions.size(); ++i)
    CHECK(d.doc.mentions[i - 1].span.end <= d.doc.mentions[i].span.begin);
}

TEST_CASE("a noun that stands for an organisation types the name after it", "[entities]") {
  EntityDoc d("The contract went to software maker Frellow and to rival provider Dunmarsh Compute.");
  CHECK(type_of(d, "Frellow") == EntityType::kOrg);
  CHECK(type_of(d, "Dunmarsh Compute") == EntityType::kOrg);
}

TEST_CASE("a credit line in brackets is not a headline", "[entities]") {
  EntityDoc d("Vostrel Bank cut rates.\n(Reporting by Ilse Varga; Editing by Tomas Oyelaran)");
  CHECK(type_of(d, "Ilse Varga") == EntityType::kPerson);
  CHECK(type_of(d, "Tomas Oyelaran") == EntityType::kPerson);
}

TEST_CASE("a short name in the title does not make the full name a product", "[entities]") {
  EntityDoc d("Drone firm Vostrel pauses flights\n\nVostrel Aerial flies parcels. "
              "Vostrel's chief executive spoke.");
  CHECK(type_of(d, "Vostrel Aerial") == EntityType::kOrg);
}

TEST_CASE("a participle after a comma opens a clause, not an apposition", "[entities]") {
  EntityDoc d("Selvik Pay, backed by investor Arvo Capital, grew fast.");
  CHECK(type_of(d, "Selvik Pay") == EntityType::kOrg);
}

TEST_CASE("a Reuters code with a share-class letter is not a name", "[entities]") {
  EntityDoc d("Bremmer Bank ( BRMGn.DE ) fell. Generic QR codes spread.");
  CHECK_FALSE(contains(d.mentions(), "BRMGn"));
  CHECK_FALSE(contains(d.mentions(), "QR"));
}

TEST_CASE("a name after 'a spokesperson for' is not a person for its cue verb", "[entities]") {
  EntityDoc d("Prices were cut, a spokesperson for Tarvo Pay said on Monday.");
  CHECK(type_of(d, "Tarvo Pay") == EntityType::kOrg);
}

TEST_CASE("the name after a date and 'by' is the author", "[entities]") {
  EntityDoc d("Posted on 14 April 2026 by Liesel Marrow\n\nThe notes app will cost more.");
  CHECK(type_of(d, "Liesel Marrow") == EntityType::kPerson);
}

TEST_CASE("one type per entity: the context votes between product and organisation", "[entities]") {
  EntityDoc d("Readers moved to Tallowick, a rival notes app, after Brennhaus raised prices. "
              "Brennhaus, the small Oslo company behind Tallowick, said little. "
              "Tallowick said nothing.");
  CHECK(type_of(d, "Tallowick") == EntityType::kProduct);
  CHECK(type_of(d, "Brennhaus") == EntityType::kOrg);
  int tallowick = 0;
  for (const Entity& e : d.doc.entities) tallowick += e.name == "Tallowick";
  CHECK(tallowick == 1);
}

TEST_CASE("a product noun before a name and a use of it make it a product", "[entities]") {
  EntityDoc d("Complaints rose on outage tracker Pingwarden. Millions of people use Notefold "
              "every day, according to Pingwarden.");
  CHECK(type_of(d, "Pingwarden") == EntityType::kProduct);
  CHECK(type_of(d, "Notefold") == EntityType::kProduct);
}

TEST_CASE("owner and investor type a person before a name, not after it", "[entities]") {
  EntityDoc d("The sale has hurt Dravko, once the owner of Pelvagas, its founder said. "
              "Shop owner Hayra Evlen was worried. Vellum drew interest from investor "
              "Marek Daviro.");
  CHECK(type_of(d, "Dravko") != EntityType::kPerson);
  CHECK(type_of(d, "Hayra Evlen") == EntityType::kPerson);
  CHECK(type_of(d, "Marek Daviro") == EntityType::kPerson);
}

TEST_CASE("'said NAME' types a person only when the name ends its clause", "[entities]") {
  EntityDoc d("Standard Holm is a shareholder. It said Norvik Borsen had to show why. "
              "“Prices will fall,” said Tarak Ulen of Quorvex Robotics. “Or not,” said "
              "Ilvo Marsk.");
  CHECK(type_of(d, "Norvik Borsen") != EntityType::kPerson);
  CHECK(type_of(d, "Tarak Ulen") == EntityType::kPerson);
  CHECK(type_of(d, "Ilvo Marsk") == EntityType::kPerson);
}

TEST_CASE("a lone capitalised word that only describes is no entity", "[entities]") {
  EntityDoc d("The Harbor of small chip firms moved north. Winning the tender will prove "
              "Herculean for Oskvel Labs, and Marrin Group called the plan Kafkaesque.");
  CHECK_FALSE(contains(d.mentions(), "Harbor"));
  CHECK_FALSE(contains(d.mentions(), "Herculean"));
  CHECK(contains(d.mentions(), "Oskvel Labs"));
  CHECK(contains(d.mentions(), "Marrin Group"));
}

TEST_CASE("'The X of' is weak, but 'The X said' and a capital mid-sentence name", "[entities]") {
  EntityDoc d("The Tarnbridge of old is gone. The Velsor said on Monday it would hire. "
              "Staff at the Velsor agreed.");
  CHECK_FALSE(contains(d.mentions(), "Tarnbridge"));
  CHECK(contains(d.mentions(), "Velsor"));
}

TEST_CASE("the first word after a wire dateline is as weak as a sentence's first", "[entities]") {
  EntityDoc d("OSLO (Newswire) - Drone maker Brenhold Inc said sales rose.");
  CHECK_FALSE(contains(d.mentions(), "Drone"));
  CHECK(contains(d.mentions(), "Brenhold Inc"));
}

TEST_CASE("an acronym of the lower-case words before it is a term, not a name", "[entities]") {
  EntityDoc d("Trelloway sells a remote disk array (RDA) at 384 kilobits per second (Kbps). "
              "Buyers of the RDA like it. Its rival runs free anti-virus software (Zolt).");
  CHECK_FALSE(contains(d.mentions(), "RDA"));
  CHECK_FALSE(contains(d.mentions(), "Kbps"));
  CHECK(contains(d.mentions(), "Zolt"));
}

TEST_CASE("a word before an event noun names the event, no entity", "[entities]") {
  EntityDoc d("Brenhold showed the phone at the Gadgetfest expo and at the Vintra trade show.");
  CHECK_FALSE(contains(d.mentions(), "Gadgetfest"));
  CHECK_FALSE(contains(d.mentions(), "Vintra"));
  EntityDoc verb("Figures from Dalmatrix show that sales rose.");
  CHECK(contains(verb.mentions(), "Dalmatrix"));
}

TEST_CASE("a hyphenated demonym is its place; 'and' joins an institution after 'for'",
          "[entities]") {
  EntityDoc d("The Cuban-born founder spoke to the Institute for Ocean Science and Policy in Oslo.");
  CHECK(type_of(d, "Cuba") == EntityType::kPlace);
  CHECK(type_of(d, "Institute for Ocean Science and Policy") == EntityType::kOrg);
}

TEST_CASE("a name that 'who' refers back to is a person's", "[entities]") {
  EntityDoc d("Dorn Waleski, who joined in May, spoke. Quorvex Robotics, which makes arms, and "
              "Tessaline, who sells parts, agreed.");
  CHECK(type_of(d, "Dorn Waleski") == EntityType::kPerson);
  CHECK(type_of(d, "Quorvex Robotics") == EntityType::kOrg);
  CHECK(type_of(d, "Tessaline") == EntityType::kOrg);  // one word: as British copy writes of firms
}

TEST_CASE("a sentence-initial common word before a legal form is the name's", "[entities]") {
  EntityDoc d("Harbour stocks fell. Global Corp bought the site.");
  CHECK(contains(d.mentions(), "Global Corp"));
  CHECK_FALSE(contains(d.mentions(), "Corp"));
}

TEST_CASE("an all-caps subheading glued to its sentence is no name", "[entities]") {
  EntityDoc d("Sales rose. STRONG QUARTER AHEAD Dorn Waleski said margins grew. COSTS RISE The "
              "Quorvex Robotics board met. THE LONG VIEW Investors waited. Analysts at OSKVEL "
              "PARTNERS agreed.");
  CHECK(type_of(d, "Dorn Waleski") == EntityType::kPerson);
  CHECK(contains(d.mentions(), "Quorvex Robotics"));
  CHECK_FALSE(contains(d.mentions(), "Investors"));
  for (const std::string& m : d.mentions()) {
    CHECK(m.find("STRONG") == std::string::npos);
    CHECK(m.find("COSTS") == std::string::npos);
    CHECK(m.find("LONG VIEW") == std::string::npos);
  }
  CHECK(contains(d.mentions(), "OSKVEL PARTNERS"));  // capitals without a common word: a name
}

TEST_CASE("a hyphenated word with a month or a describing tail names nothing", "[entities]") {
  EntityDoc d("Sales in the April-June quarter rose at Trellow-Vance. Its Quorvian-language site "
              "and Brenhold-branded phones sold, unlike the Oskvel-centric plan.");
  CHECK_FALSE(contains(d.mentions(), "April-June"));
  CHECK_FALSE(contains(d.mentions(), "Quorvian-language"));
  CHECK_FALSE(contains(d.mentions(), "Brenhold-branded"));
  CHECK_FALSE(contains(d.mentions(), "Oskvel-centric"));
  CHECK(contains(d.mentions(), "Trellow-Vance"));
}

TEST_CASE("a place head with 'of' names one place, without an 'and' after it", "[entities]") {
  EntityDoc d("Tankers crossed the Gulf of Tessar and Vellmark and the Strait of Vell on Monday.");
  CHECK(type_of(d, "Gulf of Tessar") == EntityType::kPlace);
  CHECK(type_of(d, "Strait of Vell") == EntityType::kPlace);
  CHECK(contains(d.mentions(), "Vellmark"));
  CHECK_FALSE(contains(d.mentions(), "Gulf"));
  CHECK_FALSE(contains(d.mentions(), "Tessar"));
}

TEST_CASE("groups of countries are organisations; an 'Estimates' data series is no entity",
          "[entities]") {
  EntityDoc d("Ministers of the G20 and the G-7 met. Analysts polled by Reuters Estimates "
              "expect a profit at Quorvex Robotics.");
  CHECK(type_of(d, "G20") == EntityType::kOrg);
  CHECK(type_of(d, "G-7") == EntityType::kOrg);
  CHECK_FALSE(contains(d.mentions(), "Reuters Estimates"));
  CHECK(type_of(d, "Quorvex Robotics") == EntityType::kOrg);
}

TEST_CASE("fiscal quarters and 'EPS' name nothing", "[entities]") {
  EntityDoc d("Quorvex Robotics said Q4 EPS rose and that its Q1 outlook was firm.");
  CHECK(type_of(d, "Quorvex Robotics") == EntityType::kOrg);
  CHECK(d.mentions() == std::vector<std::string>{"Quorvex Robotics"});
}
