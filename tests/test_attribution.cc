#include <catch2/catch.hpp>

#include <string>

#include "ingest/quotes.h"
#include "quote_fixture.h"

using namespace newsgraph;
using newsgraph::testing::make_doc;

namespace {

constexpr auto P = EntityType::kPerson;
constexpr auto O = EntityType::kOrg;

// The people and companies of these made-up articles.
Document article(std::string text) {
  return make_doc(std::move(text), {{"Ingrid Paulsen", P},
                                    {"Paulsen", P, "Ingrid Paulsen"},
                                    {"Tomas Berg", P},
                                    {"Berg", P, "Tomas Berg"},
                                    {"Lumora Optics", O},
                                    {"Lumora", O, "Lumora Optics"},
                                    {"Veltra Foods", O},
                                    {"Techwire", O}});
}

// The direct quotes of `text` as "TEXT | SPEAKER | SIEVE" ("null" for no speaker).
std::vector<std::string> direct(std::string text) {
  Document doc = article(std::move(text));
  find_quotes(doc);
  std::vector<std::string> out;
  for (const Quote& q : doc.quotes)
    if (q.kind == "direct")
      out.push_back(q.text + " | " + q.speaker.value_or("null") + " | " + q.sieve);
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("quote-cue-speaker: speaker after the quote, before or after the cue", "[quotes]") {
  CHECK(direct("“We kept the lens small,” Paulsen said.") ==
        V{"We kept the lens small, | Ingrid Paulsen | quote-cue-speaker"});
  CHECK(direct("“We kept it small,” said Tomas Berg, head of design at Lumora Optics.") ==
        V{"We kept it small, | Tomas Berg | quote-cue-speaker"});
  CHECK(direct("“Prices will rise,” Tomas Berg, an engineer at Lumora, said.") ==
        V{"Prices will rise, | Tomas Berg | quote-cue-speaker"});
  CHECK(direct("Paulsen spoke first. “We were never for sale,” she told Techwire.") ==
        V{"We were never for sale, | Ingrid Paulsen | quote-cue-speaker"});
}

TEST_CASE("organisations speak through the company, a spokesperson or a statement", "[quotes]") {
  CHECK(direct("Lumora disagreed. “Our design is our own,” the company said in a statement.") ==
        V{"Our design is our own, | Lumora Optics | quote-cue-speaker"});
  CHECK(direct("“We will appeal the ruling,” a spokesperson for Veltra Foods said.") ==
        V{"We will appeal the ruling, | Veltra Foods | quote-cue-speaker"});
  CHECK(direct("“No price changes are planned,” a Lumora spokesperson said.") ==
        V{"No price changes are planned, | Lumora Optics | quote-cue-speaker"});
  CHECK(direct("Lumora's spokesperson stated, \"We are reviewing the report.\"") ==
        V{"We are reviewing the report. | Lumora Optics | speaker-cue-quote"});
}

TEST_CASE("a cue that introduces the next quotation is not the previous one's", "[quotes]") {
  CHECK(direct("Paulsen said: “We kept it small.” Tomas Berg said: “We made it big.”") ==
        V{"We kept it small. | Ingrid Paulsen | speaker-cue-quote",
          "We made it big. | Tomas Berg | speaker-cue-quote"});
  CHECK(direct("Paulsen said, “Small is good,” Berg said, “Big is better.”") ==
        V{"Small is good, | Ingrid Paulsen | speaker-cue-quote",
          "Big is better. | Tomas Berg | speaker-cue-quote"});
  CHECK(direct("“Small is good,” Berg said. “Big is better for all of us.”") ==
        V{"Small is good, | Tomas Berg | quote-cue-speaker",
          "Big is better for all of us. | Tomas Berg | previous-quote"});
}

TEST_CASE("an organisation's spokesperson keeps the phrase as the description", "[quotes]") {
  for (const auto& [text, phrase] :
       {std::pair{"Lumora's spokesperson stated, \"We are reviewing the report.\"",
                  "Lumora's spokesperson"},
        std::pair{"“We will appeal,” a spokesperson for Veltra Foods said.",
                  "a spokesperson for Veltra Foods"}}) {
    Document doc = article(text);
    find_quotes(doc);
    REQUIRE(doc.quotes.size() == 1);
    CHECK(doc.quotes[0].speaker_description == std::string(phrase));
  }
}

TEST_CASE("unnamed sources get no speaker but a description", "[quotes]") {
  Document doc = article("“Nobody needs another gadget,” one analyst said.");
  find_quotes(doc);
  REQUIRE(doc.quotes.size() == 1);
  CHECK_FALSE(doc.quotes[0].speaker.has_value());
  CHECK(doc.quotes[0].speaker_description == "one analyst");
  CHECK(direct("“It will not last,” said an executive at a rival who asked not to be named.") ==
        V{"It will not last, | null | quote-cue-speaker"});
}

TEST_CASE("speaker-cue-quote: speaker and cue verb before the quote", "[quotes]") {
  CHECK(direct("Tomas Berg, the chief executive of Lumora Optics, told Techwire: “We are fine.”") ==
        V{"We are fine. | Tomas Berg | speaker-cue-quote"});
  CHECK(direct("Veltra Foods CEO Tomas Berg said “We lost a whole day of sales.”") ==
        V{"We lost a whole day of sales. | Tomas Berg | speaker-cue-quote"});
  CHECK(direct("Paulsen wrote on LinkedIn: “Leaving was the right call for me.”") ==
        V{"Leaving was the right call for me. | Ingrid Paulsen | speaker-cue-quote"});
  CHECK(direct("Lumora's chief executive, Tomas Berg, said: “Our orders doubled.”") ==
        V{"Our orders doubled. | Tomas Berg | speaker-cue-quote"});
}

TEST_CASE("according-to names the speaker before or after the quote", "[quotes]") {
  CHECK(direct("According to Lumora's design chief Ingrid Paulsen, \"The hinge took a year.\"") ==
        V{"The hinge took a year. | Ingrid Paulsen | according-to"});
  CHECK(direct("“The hinge took a year,” according to Paulsen.") ==
        V{"The hinge took a year, | Ingrid Paulsen | according-to"});
}

TEST_CASE("previous-quote: split quotes and continuing paragraphs keep the speaker", "[quotes]") {
  CHECK(direct("“This is a hard week,” Berg said. “But the rest of us go on.”") ==
        V{"This is a hard week, | Tomas Berg | quote-cue-speaker",
          "But the rest of us go on. | Tomas Berg | previous-quote"});
  CHECK(direct("Paulsen said: “We never wanted to sell.”\n“Nobody on the team is leaving.”") ==
        V{"We never wanted to sell. | Ingrid Paulsen | speaker-cue-quote",
          "Nobody on the team is leaving. | Ingrid Paulsen | previous-quote"});
}

TEST_CASE("a full stop ends the quote: the next sentence's speaker is not its speaker", "[quotes]") {
  CHECK(direct("Paulsen was asked about it. “We are done with hardware for now.” Berg said the "
               "plan would change.") ==
        V{"We are done with hardware for now. | null | none"});
}

TEST_CASE("a pronoun speaker is the last person named outside quotes", "[quotes]") {
  CHECK(direct("Paulsen smiled.\n“Berg was right about the battery,” she said.") ==
        V{"Berg was right about the battery, | Ingrid Paulsen | quote-cue-speaker"});
}

TEST_CASE("a quote ending in a full stop takes a short attribution after it", "[quotes]") {
  CHECK(direct("\"The lens is ready for shops.\" said Lumora founder Tomas Berg.") ==
        V{"The lens is ready for shops. | Tomas Berg | quote-cue-speaker"});
  CHECK(direct("Berg spoke next. \"We will open ten stores.\" he said.") ==
        V{"We will open ten stores. | Tomas Berg | quote-cue-speaker"});
  CHECK(direct("Ingrid Paulsen agreed. \"The market is ready for it.\" Ms Paulsen concluded.") ==
        V{"The market is ready for it. | Ingrid Paulsen | quote-cue-speaker"});
}

TEST_CASE("embedded and reported-speaker: the sentence's or paragraph's speaker", "[quotes]") {
  CHECK(direct("Paulsen said the new lens was \"the best thing we have built\" so far.") ==
        V{"the best thing we have built | Ingrid Paulsen | embedded"});
  CHECK(direct("Berg said fans were eager for the lens. \"We all hope it works this time.\"") ==
        V{"We all hope it works this time. | Tomas Berg | reported-speaker"});
}

TEST_CASE("the bank, the studio: the organisation whose name ends with the noun", "[quotes]") {
  Document doc = make_doc("Orvik Bank apps failed on servers of Lumora Optics. “Savings are safe,” "
                          "the bank said in a post.",
                          {{"Orvik Bank", O}, {"Lumora Optics", O}});
  find_quotes(doc);
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.quotes[0].speaker == "Orvik Bank");
}

TEST_CASE("embedded: a quoted phrase inside reported speech has its speaker", "[quotes]") {
  CHECK(direct("Local councillor Tomas Berg, who sits on the board, said residents had been "
               "‘promised a lifeline, not a lottery’.") ==
        V{"promised a lifeline, not a lottery | Tomas Berg | embedded"});
  CHECK(direct("Paulsen said prices had “never been lower”.") ==
        V{"never been lower | Ingrid Paulsen | embedded"});
}

TEST_CASE("a parenthesis between the speaker and the cue is skipped", "[quotes]") {
  CHECK(direct("Veltra Foods (VF) said: “Sales grew.”") ==
        V{"Sales grew. | Veltra Foods | speaker-cue-quote"});
}

TEST_CASE("a pronoun after an unnamed source's reported speech is that source", "[quotes]") {
  CHECK(direct("Paulsen left in May.\nOne analyst said prices would rise next year. "
               "“Buyers will wait,” she said.") ==
        V{"Buyers will wait, | null | quote-cue-speaker"});
  CHECK(direct("Paulsen said prices would rise next year. “Buyers will wait,” she said.") ==
        V{"Buyers will wait, | Ingrid Paulsen | quote-cue-speaker"});
}

TEST_CASE("a named speaker before an apposition speaks, not the apposition", "[quotes]") {
  CHECK(direct("Veltra Foods, a fast-growing grocer that sells in ten towns, said: "
               "\"We will double our stores next year.\"") ==
        V{"We will double our stores next year. | Veltra Foods | speaker-cue-quote"});
}

TEST_CASE("a person of an organisation speaks for himself", "[quotes]") {
  CHECK(direct("\"Prices will fall before they rise,\" says Tomas Berg of Lumora Optics.") ==
        V{"Prices will fall before they rise, | Tomas Berg | quote-cue-speaker"});
}

TEST_CASE("sentence-subject: a person opening the sentence of a quotation is its speaker, not "
          "the previous quotation's", "[quotes]") {
  CHECK(direct("“Small is good,” said Tomas Berg. Paulsen compared the plan to “a boat with "
               "no sails.” Berg thanked the staff.") ==
        V{"Small is good, | Tomas Berg | quote-cue-speaker",
          "a boat with no sails. | Ingrid Paulsen | sentence-subject"});
  // a possessive or an organisation at the start names no speaker
  CHECK(direct("“Small is good,” said Tomas Berg. Paulsen's team built “a boat with no sails.”") ==
        V{"Small is good, | Tomas Berg | quote-cue-speaker",
          "a boat with no sails. | Tomas Berg | previous-quote"});
}

TEST_CASE("likened is a cue verb of a direct quotation", "[quotes]") {
  CHECK(direct("“Small is good,” said Tomas Berg. Paulsen likened the plan to “a boat with no "
               "sails.”") == V{"Small is good, | Tomas Berg | quote-cue-speaker",
                              "a boat with no sails. | Ingrid Paulsen | embedded"});
}

TEST_CASE("quote-cue-speaker reaches past a long title in the trailing attribution", "[quotes]") {
  CHECK(direct("“Small is good,” said Tomas Berg. “Prices will rise,” Ingrid Paulsen, executive "
               "vice president of operations and logistics for Lumora Optics, said.") ==
        V{"Small is good, | Tomas Berg | quote-cue-speaker",
          "Prices will rise, | Ingrid Paulsen | quote-cue-speaker"});
}
