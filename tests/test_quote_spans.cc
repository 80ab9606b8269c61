#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ingest/quote_spans.h"

using namespace newsgraph;

namespace {

// The quoted texts of `text`, one paragraph per line.
std::vector<std::string> quotations_in(const std::string& text) {
  std::vector<Span> paragraphs;
  for (size_t b = 0; b < text.size();) {
    size_t e = text.find('\n', b);
    if (e == std::string::npos) e = text.size();
    if (e > b) paragraphs.push_back({uint32_t(b), uint32_t(e)});
    b = e + 1;
  }
  std::vector<std::string> out;
  for (const QuoteSpan& q : find_quote_spans(text, paragraphs))
    out.push_back(text.substr(q.text.begin, q.text.size()));
  return out;
}

}  // namespace

TEST_CASE("curly double quotes keep a nested single quotation inside", "[quotes]") {
  CHECK(quotations_in("“We called it ‘the quiet lens,’ because it forgets,” Ana Ruiz said.") ==
        std::vector<std::string>{"We called it ‘the quiet lens,’ because it forgets,"});
}

TEST_CASE("British single quotes skip apostrophes, elisions and decades", "[quotes]") {
  CHECK(quotations_in("‘We don’t sell Ms Berg’s data, as we did in the ’90s,’ said Mr Holt.") ==
        std::vector<std::string>{"We don’t sell Ms Berg’s data, as we did in the ’90s,"});
  CHECK(quotations_in("'The bands' fans still love rock 'n' roll,' she said.") ==
        std::vector<std::string>{"The bands' fans still love rock 'n' roll,"});
  CHECK(quotations_in("Ms Lindqvist's team shipped it in the '90s.").empty());
}

TEST_CASE("straight double quotes pair up, a quote split by attribution is two", "[quotes]") {
  CHECK(quotations_in("\"It works,\" he said. \"Mostly.\"") ==
        std::vector<std::string>{"It works,", "Mostly."});
  CHECK(quotations_in("“He said \"no\" twice,” she said.") ==
        std::vector<std::string>{"He said \"no\" twice,"});
}

TEST_CASE("a quote never closed ends at its paragraph", "[quotes]") {
  CHECK(quotations_in("He said “this never ends \nThen \"a second one\" here.") ==
        std::vector<std::string>{"this never ends", "a second one"});
}

TEST_CASE("a quote never closed ends at its sentence, and the quotes after it are found", "[quotes]") {
  // Found on wire copy flattened to one line: "its 'smart tiles' to ..." read as a possessive
  // left a single quotation open that swallowed 18,000 bytes and every quotation in them.
  CHECK(quotations_in("Its 'smart tiles' to open mail go on sale in May. \"Nobody cares,\" "
                      "said Bo Lind. \"Really.\"") ==
        std::vector<std::string>{"smart tiles' to open mail go on sale in May.", "Nobody cares,",
                                 "Really."});
  // continued from an earlier paragraph: ends at the paragraph end, as before
  CHECK(quotations_in("“One. Two.\n“Three. Four.\nAfter.") ==
        std::vector<std::string>{"One. Two.\n“Three. Four."});
}

TEST_CASE("a quote reopened on the next paragraph is one quote", "[quotes]") {
  std::string text = "“First part of it.\n“Second part,” she said.";
  CHECK(quotations_in(text) == std::vector<std::string>{"First part of it.\n“Second part,"});
}

TEST_CASE("marks around nothing and stray closing marks are not quotes", "[quotes]") {
  CHECK(quotations_in("A 6'2\" player and “ ” marks.").empty());
}
