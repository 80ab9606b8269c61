#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

#include "ingest/segment.h"

using namespace newsgraph;

namespace {

Document segmented(std::string text, uint32_t body_begin = 0) {
  Document doc;
  doc.text = std::move(text);
  doc.body_begin = body_begin;
  segment(doc);
  return doc;
}

std::vector<std::string> texts(const Document& doc, const std::vector<Span>& spans) {
  std::vector<std::string> out;
  for (Span s : spans) out.emplace_back(doc.slice(s));
  return out;
}

}  // namespace

TEST_CASE("paragraphs: line breaks, blank lines, trimming, header skipped", "[front]") {
  Document doc = segmented("Header line\n\nHeadline Here\n\n  First para.  \nSecond para.\r\n\n\n\tThird.\n",
                           13);
  CHECK(texts(doc, doc.paragraphs) ==
        std::vector<std::string>{"Headline Here", "First para.", "Second para.", "Third."});
  CHECK(doc.paragraphs[1] == Span{30, 41});
}

TEST_CASE("sentences: abbreviations, initials, dates", "[front]") {
  Document doc = segmented(
      "Mr. Ortal met Dr. Vance at the U.S. office. Sen. Pike and Gov. Ames spoke on Oct. 3 in "
      "St. Paul. Shares of Brill Inc. rose. It was sold to Brill Corp. The deal closed.\n"
      "John Q. Public agreed. Plan B. It worked.");
  CHECK(texts(doc, doc.sentences) == std::vector<std::string>{
                                         "Mr. Ortal met Dr. Vance at the U.S. office.",
                                         "Sen. Pike and Gov. Ames spoke on Oct. 3 in St. Paul.",
                                         "Shares of Brill Inc. rose.",
                                         "It was sold to Brill Corp.",
                                         "The deal closed.",
                                         "John Q. Public agreed.",
                                         "Plan B.",
                                         "It worked.",
                                     });
}

TEST_CASE("sentences: a name or ticker after an ambiguous abbreviation", "[front]") {
  Document doc = segmented(
      "The U.S. Federal Trade Commission sued. Orlo Corp. ( ORLO.O ) fell. Pell Inc. Chairman Ida "
      "Roe quit. Analyst K.T. Moss said so. Sales rose in the U.S. The rest fell.");
  CHECK(texts(doc, doc.sentences) == std::vector<std::string>{
                                         "The U.S. Federal Trade Commission sued.",
                                         "Orlo Corp. ( ORLO.O ) fell.",
                                         "Pell Inc. Chairman Ida Roe quit.",
                                         "Analyst K.T. Moss said so.",
                                         "Sales rose in the U.S.",
                                         "The rest fell.",
                                     });
}

TEST_CASE("sentences: a wire ticker in parentheses ends no sentence", "[front]") {
  // A try-out found 172 Reuters quotations cut at "( T.N" and clauses opening "O ) plans".
  // ICU itself breaks only after a digit symbol's stop ("2330." before "TW"): continues_ticker.
  Document doc = segmented(
      "Orlo Systems Inc. ( ORLO.O ) plans a launch, its chief said. Sales at Pell Inc ( P.N ) "
      "rose. Kelda Semiconductor ( 2330.TW ) fell. Rates (3.5 percent) held.");
  CHECK(texts(doc, doc.sentences) == std::vector<std::string>{
                                         "Orlo Systems Inc. ( ORLO.O ) plans a launch, its chief said.",
                                         "Sales at Pell Inc ( P.N ) rose.",
                                         "Kelda Semiconductor ( 2330.TW ) fell.",  // ICU breaks after "2330."
                                         "Rates (3.5 percent) held.",
                                     });
}

TEST_CASE("sentences: quotations stay with their attribution", "[front]") {
  Document doc = segmented(
      "“We will win,” said Ann Lark. \"Why now?\" she asked. ‘Go!’ he said. Sales fell! "
      "iPhone demand slowed. \"It works.\" Then it broke.");
  CHECK(texts(doc, doc.sentences) == std::vector<std::string>{
                                         "“We will win,” said Ann Lark.",
                                         "\"Why now?\" she asked.",
                                         "‘Go!’ he said.",
                                         "Sales fell!",
                                         "iPhone demand slowed.",
                                         "\"It works.\"",
                                         "Then it broke.",
                                     });
}

TEST_CASE("sentences: byte offsets with non-ASCII text, non-breaking space trimmed", "[front]") {
  Document doc = segmented("Zoë Ünal said it.\xC2\xA0 Çelik did not.");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0] == Span{0, 19});  // "Zoë Ünal said it."
  CHECK(doc.slice(doc.sentences[1]) == "Çelik did not.");
  CHECK(doc.sentences[1].begin == 22);  // after U+00A0 and a space
}

TEST_CASE("segmentation gives the same sentences on several threads", "[front]") {
  const std::string text = "Dr. Ames spoke. Pell Inc. ( PELL.N ) fell.\nIt rose. \"Why?\" he asked.";
  const std::vector<std::string> want = {"Dr. Ames spoke.", "Pell Inc. ( PELL.N ) fell.", "It rose.",
                                         "\"Why?\" he asked."};
  std::vector<std::vector<std::string>> got(4);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < got.size(); ++i)
    threads.emplace_back([&, i] {
      for (int k = 0; k < 50; ++k) {
        Document doc = segmented(text);
        got[i] = texts(doc, doc.sentences);
      }
    });
  for (auto& t : threads) t.join();
  for (const auto& g : got) CHECK(g == want);
}
