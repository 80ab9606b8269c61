#include <catch2/catch.hpp>

#include "entities_fixture.h"

using namespace newsgraph;
using newsgraph::testing::contains;
using newsgraph::testing::EntityDoc;

TEST_CASE("ORG TITLE NAME and ORG's TITLE NAME", "[entities]") {
  EntityDoc d("Velmora Foods CEO Arno Kessler spoke. Later Brantis Capital’s Corporate Vice "
              "President Lotte Ramberg agreed.");
  auto roles = d.roles();
  CHECK(contains(roles, "Arno Kessler|CEO|Velmora Foods|current"));
  CHECK(contains(roles, "Lotte Ramberg|Corporate Vice President|Brantis Capital|current"));
}

TEST_CASE("NAME, TITLE at ORG keeps the title's modifiers", "[entities]") {
  EntityDoc d("“Prices will fall,” said Ines Varro, a senior analyst at Quillfeather Research. "
              "Tomo Aalto, head of industrial design at Sarnak Devices, agreed.");
  auto roles = d.roles();
  CHECK(contains(roles, "Ines Varro|senior analyst|Quillfeather Research|current"));
  CHECK(contains(roles, "Tomo Aalto|head of industrial design|Sarnak Devices|current"));
}

TEST_CASE("NAME, ORG's TITLE and TITLE gives one role per title", "[entities]") {
  EntityDoc d("Greta Holm, Orvane Robotics’ co-founder and chief executive, declined.");
  auto roles = d.roles();
  CHECK(contains(roles, "Greta Holm|co-founder|Orvane Robotics|current"));
  CHECK(contains(roles, "Greta Holm|chief executive|Orvane Robotics|current"));
}

TEST_CASE("the founder of ORG, and former titles", "[entities]") {
  EntityDoc d("Ravi Castellan, the founder of Tindle Games, spoke. Mira Osei, a former "
              "engineer at Halvik Systems, joined him.");
  auto roles = d.roles();
  CHECK(contains(roles, "Ravi Castellan|founder|Tindle Games|current"));
  CHECK(contains(roles, "Mira Osei|engineer|Halvik Systems|former"));
}

TEST_CASE("a public-office title before a name has no organisation", "[entities]") {
  EntityDoc d("The plan was backed by President Adaeze Moreau on Tuesday.");
  CHECK(d.roles() == std::vector<std::string>{"Adaeze Moreau|President|-|current"});
}

TEST_CASE("an appointment names the organisation before the person", "[entities]") {
  EntityDoc d("Kelton Bank on Monday appointed Jorun Flatt as its chief financial officer.");
  CHECK(d.roles() == std::vector<std::string>{"Jorun Flatt|chief financial officer|Kelton Bank|current"});
}

TEST_CASE("'Its TITLE, NAME' refers to the previous sentence's organisation", "[entities]") {
  EntityDoc d("Fairplay Watch Group criticised the fees of Dorcas Mobile. Its director, "
              "Selim Arkan, said prices would fall.");
  CHECK(contains(d.roles(), "Selim Arkan|director|Fairplay Watch Group|current"));
}

TEST_CASE("a title belonging to another person is not taken", "[entities]") {
  EntityDoc d("Hal Lindqvist, President Ana Toivonen's nominee for the board, testified.");
  CHECK_FALSE(contains(d.roles(), "Hal Lindqvist|President|-|current"));
  CHECK(contains(d.roles(), "Ana Toivonen|President|-|current"));
}

TEST_CASE("titles after a possessive end right before the person", "[entities]") {
  EntityDoc d("Vestrand Logistik bought Morvel. Morvel's co-founder and chief executive, "
              "Pieter de Boor, spoke.");
  CHECK(d.roles() == std::vector<std::string>{"Pieter de Boor|co-founder|Morvel|current",
                                              "Pieter de Boor|chief executive|Morvel|current"});
}

TEST_CASE("'the company's chief executive' is the company in focus", "[entities]") {
  EntityDoc d("Tarsk Pay grew. Tarsk Pay hired staff. Regulators at Orlen Commission probed "
              "Tarsk Pay. The company's chief executive, Ilkay Demirel, spoke.");
  CHECK(contains(d.roles(), "Ilkay Demirel|chief executive|Tarsk Pay|current"));
}

TEST_CASE("a place's possessive before the organisation of a title is skipped", "[entities]") {
  EntityDoc d("Fenna Brook, a spokesperson for Norway's Privacy Commission, said more.");
  CHECK(contains(d.roles(), "Fenna Brook|spokesperson|Privacy Commission|current"));
}

TEST_CASE("a nominee for a public office has that role and no organisation", "[entities]") {
  EntityDoc d("Mara Quillon, President Toma Reyes's nominee for Secretary of Labor, spoke on "
              "Monday.");
  auto roles = d.roles();
  CHECK(contains(roles, "Mara Quillon|nominee for Secretary of Labor|-|current"));
  CHECK(contains(roles, "Toma Reyes|President|-|current"));
  CHECK_FALSE(contains(roles, "Mara Quillon|President|-|current"));
}

TEST_CASE("a copula after the name states a role; 'was' makes it former", "[entities]") {
  EntityDoc d("Ilse Brandt is the chief executive of Norrland Freight. Piet Okonjo, who was "
              "chief financial officer at Varden Labs, left. Sela Moor was named chief "
              "operating officer of Quarry Bank.");
  auto roles = d.roles();
  CHECK(contains(roles, "Ilse Brandt|chief executive|Norrland Freight|current"));
  CHECK(contains(roles, "Piet Okonjo|chief financial officer|Varden Labs|former"));
  CHECK(contains(roles, "Sela Moor|chief operating officer|Quarry Bank|current"));
}

TEST_CASE("'NAME, the TITLE,' without an organisation is at the company in focus", "[entities]") {
  EntityDoc d("Telvane Systems missed its targets again. Ruth Anand, the chief technology "
              "officer, said the next chip would ship late.");
  CHECK(contains(d.roles(), "Ruth Anand|chief technology officer|Telvane Systems|current"));
}

TEST_CASE("', where she was TITLE' is the person's role at the organisation before", "[entities]") {
  EntityDoc d("Nadia Ferro, 51, joins from Calder Bank in Milan, where she was chief operating "
              "officer. Omar Hale left Pintail Labs, where Jane Roe was chief executive.");
  auto roles = d.roles();
  CHECK(contains(roles, "Nadia Ferro|chief operating officer|Calder Bank|former"));
  CHECK_FALSE(contains(roles, "Omar Hale|chief executive|Pintail Labs|former"));
}

TEST_CASE("a description's title that belongs to another person is not taken", "[entities]") {
  EntityDoc d("He backed Ada Lune, who is Norrvik Systems chief Bram Lune's sister. Elin Sato, "
              "the chief executive who rebuilt Calder Bank, left. Tove Page is president of "
              "products and Ken Brin is president of technology.");
  auto roles = d.roles();
  CHECK_FALSE(contains(roles, "Ada Lune|chief|Norrvik Systems|current"));
  CHECK(contains(roles, "Bram Lune|chief|Norrvik Systems|current"));
  for (const std::string& r : roles) CHECK(r.find("Elin Sato") == std::string::npos);
  for (const std::string& r : roles) CHECK(r.find("products and") == std::string::npos);
}

TEST_CASE("a verb of heading gives a head role: 'P, who heads Acme's cloud unit'", "[roles]") {
  EntityDoc d("Dorn Waleski, who heads Quorvex Robotics' cloud unit, spoke first. Maria Lindqvist "
              "runs Tessaline Group and Oskar Brandt, who ran Pellow Systems Inc, agreed. "
              "Ilse Amundsen, who led Quorvex Robotics' turnaround, left.");
  auto r = d.roles();
  CHECK(contains(r, "Dorn Waleski|head of cloud unit|Quorvex Robotics|current"));
  CHECK(contains(r, "Maria Lindqvist|head|Tessaline Group|current"));
  CHECK(contains(r, "Oskar Brandt|head|Pellow Systems Inc|former"));
  CHECK(r.size() == 3);  // a turnaround is no unit
}

TEST_CASE("a title keeps its lower-case 'of' field after the name and 'its'", "[entities]") {
  EntityDoc d("Velmora Foods opened a plant. Ana Dorn, its director of policy, spoke. "
              "Ivo Marsh, vice president of investor relations at Brantis Capital, agreed. "
              "Pia Korr, chief executive of Quorvex Robotics, did not.");
  auto roles = d.roles();
  CHECK(contains(roles, "Ana Dorn|director of policy|Velmora Foods|current"));
  CHECK(contains(roles, "Ivo Marsh|vice president of investor relations|Brantis Capital|current"));
  CHECK(contains(roles, "Pia Korr|chief executive|Quorvex Robotics|current"));
}
