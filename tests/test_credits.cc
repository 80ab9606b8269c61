#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "ingest/credits.h"
#include "ingest/pipeline.h"

using namespace newsgraph;

namespace {

std::vector<std::string> credits(std::string_view text) {
  std::vector<std::string> out;
  for (Span s : find_credit_lines(text, 0)) out.emplace_back(text.substr(s.begin, s.size()));
  return out;
}

bool names(const Extraction& x, std::string_view name) {
  return std::any_of(x.entities.begin(), x.entities.end(),
                     [&](const Entity& e) { return e.name.find(name) != std::string::npos; });
}

}  // namespace

TEST_CASE("credit lines: bracketed anywhere, nested brackets, any letter case", "[credits]") {
  CHECK(credits("Sales rose, she said. (Reporting by Tamsin Orr in Leeds; Editing by Bo Lind) "
                "(Corrected to fix a date.)") ==
        std::vector<std::string>{"(Reporting by Tamsin Orr in Leeds; Editing by Bo Lind)"});
  CHECK(credits("It fell. ( additional reporting by Ivo Marsh ( with Ada Pell ) ) Next.") ==
        std::vector<std::string>{"( additional reporting by Ivo Marsh ( with Ada Pell ) )"});
  CHECK(credits("It fell. ((Editing by Ian Vell; E-mail: ian@example.invalid") ==
        std::vector<std::string>{"((Editing by Ian Vell; E-mail: ian@example.invalid"});
  CHECK(credits("Done. (With reporting by Kai Renn) (Edited by Mo Ferr)") ==
        std::vector<std::string>{"(With reporting by Kai Renn)", "(Edited by Mo Ferr)"});
}

TEST_CASE("credit lines: a line that opens with a cue, or a dash-led cue", "[credits]") {
  CHECK(credits("Shares closed flat.\nReporting by Lu Brandt; Writing by Pia Korr\nMore text.") ==
        std::vector<std::string>{"Reporting by Lu Brandt; Writing by Pia Korr"});
  CHECK(credits("It may overheat. --Additional reporting by Noor Hale\n") ==
        std::vector<std::string>{"--Additional reporting by Noor Hale"});
  CHECK(credits("Compiled by Rhea Stoll\n") == std::vector<std::string>{"Compiled by Rhea Stoll"});
}

TEST_CASE("credit lines: prose with the same words is no credit", "[credits]") {
  CHECK(credits("A survey compiled by Harlow Data (reported by Ivo Marsh) showed gains.\n"
                "Reviews written by buyers helped, and editing by hand is slow.\n"
                "(The reporting bye-law was dropped.) (Reporting desk closed.)")
            .empty());
}

TEST_CASE("credited names: after 'by', commas, 'and'; not cities, cues or labels", "[credits]") {
  std::string_view line =
      "(Reporting by Tamsin Orr , Ana de la Cruz and Gerald E. McCormick in New Harlow; Ivo "
      "Marsh in Leeds; Editing by Bo Lind/Pia Korr. Writing by Kai Renn; E-mail: "
      "bo.lind@example.invalid; Newsdesk Messaging: x)";
  std::vector<std::string> got;
  for (Span s : credited_names(line, Span{0, uint32_t(line.size())}))
    got.emplace_back(line.substr(s.begin, s.size()));
  CHECK(got == std::vector<std::string>{"Tamsin Orr", "Ana de la Cruz", "Gerald E. McCormick",
                                        "Ivo Marsh", "Bo Lind", "Pia Korr", "Kai Renn"});
}

TEST_CASE("a credit line gives its journalists as persons, and nothing else", "[credits]") {
  Article a;
  a.doc_id = "wire";
  a.text =
      "Tovrin Labs cuts jobs\n\n"
      "Tovrin Labs will cut 200 jobs, chief executive Ada Quill said on Monday.\n\n"
      "\"We grew too fast,\" Quill said. (Reporting by Tamsin Orr in Leeds; Editing by Bo Lind)\n"
      "Additional reporting by Noor Hale\n";
  Extraction x = extract(a);
  CHECK(names(x, "Ada Quill"));
  CHECK(names(x, "Tovrin Labs"));
  CHECK_FALSE(names(x, "Leeds"));
  for (std::string_view journalist : {"Tamsin Orr", "Bo Lind", "Noor Hale"}) {
    auto e = std::find_if(x.entities.begin(), x.entities.end(),
                          [&](const Entity& e) { return e.name == journalist; });
    REQUIRE(e != x.entities.end());
    CHECK(e->type == EntityType::kPerson);
    CHECK(e->rule == "credit");
    CHECK(a.text.substr(e->mentions[0].begin, e->mentions[0].size()) == journalist);
    for (const Quote& q : x.quotes) CHECK(q.speaker != journalist);
    for (const Role& r : x.roles) CHECK(r.person != journalist);
    for (const Relation& r : x.relations) CHECK(r.subject != journalist);
  }
  REQUIRE(x.quotes.size() >= 1);
  CHECK(x.quotes.back().speaker == "Ada Quill");
}
