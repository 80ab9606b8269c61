#include <catch2/catch.hpp>

#include "entities_fixture.h"

using namespace newsgraph;
using newsgraph::testing::EntityDoc;

TEST_CASE("a surname or first name joins the full name", "[entities]") {
  EntityDoc d("Chief executive Imelda Varga spoke first. Varga said Imelda had no regrets.");
  const Entity* e = d.entity("Imelda Varga");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::kPerson);
  CHECK(e->aliases == std::vector<std::string>{"Varga", "Imelda"});
  CHECK(e->mentions.size() == 3);
  CHECK(d.doc.entities.size() == 1);
}

TEST_CASE("an organisation without its suffix is an alias", "[entities]") {
  EntityDoc d("Pellory Systems raised money. Pellory will hire staff.");
  const Entity* e = d.entity("Pellory Systems");
  REQUIRE(e != nullptr);
  CHECK(e->aliases == std::vector<std::string>{"Pellory"});
}

TEST_CASE("an acronym in parentheses and initials are aliases", "[entities]") {
  EntityDoc d("Quantira Semiconductor Manufacturing Co (QSMC) said on Monday it grew. "
              "Analysts expect QSMC to expand.");
  const Entity* e = d.entity("Quantira Semiconductor Manufacturing Co");
  REQUIRE(e != nullptr);
  CHECK(e->aliases == std::vector<std::string>{"QSMC"});
  CHECK(e->mentions.size() == 3 - 1 + 1);
}

TEST_CASE("a known company with its legal form and its ticker is one entity, named in words",
          "[entities]") {
  // Apple and its ticker AAPL.O are gazetteer entries; "Apple Inc" is not.
  EntityDoc d("Apple Inc (AAPL.O) said on Tuesday it would cut prices. Shares of Apple rose.");
  const Entity* e = d.entity("Apple Inc");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::kOrg);
  CHECK(e->aliases == std::vector<std::string>{"AAPL.O", "Apple"});
  CHECK(d.entity("AAPL.O") == nullptr);
}

TEST_CASE("two people sharing a surname stay apart; the bare surname goes to the latest",
          "[entities]") {
  EntityDoc d("Analyst Petra Lindholm spoke. Later chief executive Jonas Lindholm arrived. "
              "Lindholm said the deal was done.");
  const Entity* petra = d.entity("Petra Lindholm");
  const Entity* jonas = d.entity("Jonas Lindholm");
  REQUIRE(petra != nullptr);
  REQUIRE(jonas != nullptr);
  CHECK(petra->aliases.empty());
  CHECK(jonas->aliases == std::vector<std::string>{"Lindholm"});
}

TEST_CASE("a headline short form joins the full name that comes later", "[entities]") {
  std::string text = "Brennick Wins Big Contract From Rail Operator\n\n"
                     "Brennick Aerospace won a contract on Monday.";
  EntityDoc d(text);
  const Entity* e = d.entity("Brennick Aerospace");
  REQUIRE(e != nullptr);
  CHECK(e->aliases == std::vector<std::string>{"Brennick"});
}

TEST_CASE("gazetteer aliases resolve to one entity named by the fullest form used",
          "[entities]") {
  EntityDoc d("Amazon Web Services signed the deal. AWS will host it in the U.S. and "
              "the United States government approved.");
  const Entity* aws = d.entity("Amazon Web Services");
  REQUIRE(aws != nullptr);
  CHECK(aws->aliases == std::vector<std::string>{"AWS"});
  const Entity* us = d.entity("United States");
  REQUIRE(us != nullptr);
  CHECK(us->aliases == std::vector<std::string>{"U.S."});
}

TEST_CASE("a product's name without its maker is an alias", "[entities]") {
  EntityDoc d("Fennix Labs launched the Fennix Prism model. Prism runs on phones.");
  const Entity* e = d.entity("Fennix Prism");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::kProduct);
  CHECK(e->aliases == std::vector<std::string>{"Prism"});
}

TEST_CASE("a name in another language in parentheses is an alias of the organisation",
          "[entities]") {
  EntityDoc d("Norland's Data Protection Authority (Tietosuoja Virasto) opened a probe. "
              "Pellory Systems (Nasdaq) did not comment.");
  const Entity* e = d.entity("Data Protection Authority");
  REQUIRE(e != nullptr);
  CHECK(e->aliases == std::vector<std::string>{"Tietosuoja Virasto"});
  CHECK(d.entity("Tietosuoja Virasto") == nullptr);
}
