#include <catch2/catch.hpp>

#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/read.h"

using namespace newsgraph;

namespace {

const std::string kWalk = std::string(NEWSGRAPH_TEST_DATA) + "/read/walk";

std::string_view at(const Article& a, uint32_t offset, size_t n) {
  return std::string_view(a.text).substr(offset, n);
}

}  // namespace

TEST_CASE("txt header: Today line, section, day-month-year date", "[front]") {
  Article a = parse_text_article(
      "Today : Mar 3, 2025\nGadgets\n2 March 2025\n\nPelgrin Unveils A Folding Phone\n\n"
      "Pelgrin said on Sunday it would sell a phone.\n",
      "d1", "in/d1.txt");
  CHECK(a.doc_id == "d1");
  CHECK(a.source == "in/d1.txt");
  CHECK(a.published == "2025-03-02");  // the date line wins over the crawl date
  CHECK(a.title == "Pelgrin Unveils A Folding Phone");
  CHECK(at(a, a.body_offset, 7) == "Pelgrin");
  CHECK(a.metadata["section"] == "Gadgets");
}

TEST_CASE("txt header: byline before the date line", "[front]") {
  Article a = parse_text_article(
      "Today : Apr 17, 2025\nStartups\nBy Ana de la Cruz\nApril 16, 2025\n\nA Robot Maker Raises\n\nText.",
      "d", "d.txt");
  CHECK(a.metadata["author"] == "Ana de la Cruz");
  CHECK(a.published == "2025-04-16");
  CHECK(a.title == "A Robot Maker Raises");
}

TEST_CASE("txt without header: headline first, no date", "[front]") {
  Article a = parse_text_article("Chip Sales Slow\n\nSales of chips slowed, the group said.\n", "b", "b.txt");
  CHECK(a.title == "Chip Sales Slow");  // a short capitalised headline is not a section word
  CHECK(a.body_offset == 0);
  CHECK_FALSE(a.published);
  CHECK(a.metadata.empty());

  Article lead = parse_text_article("\n\n  Lead Line Here Today\nBody.", "b", "b.txt");
  CHECK(lead.title == "Lead Line Here Today");
  CHECK(lead.body_offset == 4);
}

TEST_CASE("txt: BOM skipped, invalid UTF-8 reported with its byte offset", "[front]") {
  Article a = parse_text_article("\xEF\xBB\xBFHeadline Of Note\n\nBody text.", "b", "b.txt");
  CHECK(a.text.starts_with("Headline"));
  CHECK(a.title == "Headline Of Note");
  CHECK(a.body_offset == 0);

  CHECK_THROWS_WITH(parse_text_article("Caf\xC3 ok", "x", "dir/x.txt"),
                    "dir/x.txt: byte 3: invalid UTF-8");
  CHECK_THROWS_WITH(parse_text_article("ab\xC0\xAF", "x", "x.txt"),  // overlong "/"
                    "x.txt: byte 2: invalid UTF-8");
}

TEST_CASE("jsonl record: known fields, metadata, date part of a timestamp", "[front]") {
  Article a = parse_json_article(
      R"({"id":"r1","title":"T","date":"2006-10-20T16:25","url":"http://x/1","author":"A B","tz":"EDT","text":"Body."})",
      "f.jsonl:7");
  CHECK(a.doc_id == "r1");
  CHECK(a.title == "T");
  CHECK(a.url == "http://x/1");
  CHECK(a.published == "2006-10-20");
  CHECK(a.text == "Body.");
  CHECK(a.body_offset == 0);
  CHECK(a.source == "f.jsonl:7");
  CHECK(a.metadata == nlohmann::json{{"author", "A B"}, {"tz", "EDT"}});

  Article b = parse_json_article(R"({"id":17,"date":"sometime","title":["x"],"text":"T."})", "f.jsonl:8");
  CHECK(b.doc_id == "17");
  CHECK_FALSE(b.published);
  CHECK(b.metadata == nlohmann::json{{"date", "sometime"}, {"title", {"x"}}});  // kept as they were
}

TEST_CASE("jsonl record: errors name the line", "[front]") {
  CHECK_THROWS_WITH(parse_json_article(R"({"id":"r","text":7})", "f.jsonl:2"),
                    "f.jsonl:2: \"text\" is not a string");
  CHECK_THROWS_WITH(parse_json_article(R"({"id":"r"})", "f.jsonl:3"), "f.jsonl:3: missing \"text\"");
  CHECK_THROWS_WITH(parse_json_article("[1,2]", "f.jsonl:4"), "f.jsonl:4: not a JSON object");
  CHECK_THROWS_WITH(parse_json_article("{\"text\":\"a\xFF\"}", "f.jsonl:5"),
                    "f.jsonl:5: byte 10: invalid UTF-8");
  CHECK_THROWS_AS(parse_json_article("{\"text\": ", "f.jsonl:6"), ReadError);
  CHECK_THROWS_WITH(parse_json_article(R"({"id":"r","text":" \n "})", "f.jsonl:7"), "f.jsonl:7: no text");
  CHECK_THROWS_WITH(parse_json_article(R"({"id":"r","text":null})", "f.jsonl:8"),
                    "f.jsonl:8: \"text\" is not a string");
  CHECK_THROWS_WITH(parse_json_article(R"({"id":"r","text":{"body":"x"}})", "f.jsonl:9"),
                    "f.jsonl:9: \"text\" is not a string");
}

TEST_CASE("directory walk: sorted, recursive, .txt and .jsonl only, bad items reported", "[front]") {
  std::vector<Article> got;
  std::vector<std::string> errors;
  read_articles({kWalk}, [&](Article&& a) { got.push_back(std::move(a)); },
                [&](const ReadError& e) { errors.push_back(e.what()); });

  std::vector<std::string> ids;
  for (const Article& a : got) ids.push_back(a.doc_id);
  CHECK(ids == std::vector<std::string>{"wire-1", "a:6", "b", "c"});
  CHECK(errors == std::vector<std::string>{
                      kWalk + "/a.jsonl:2: not JSON (byte 62)",
                      kWalk + "/a.jsonl:4: not a JSON object",
                      kWalk + "/a.jsonl:5: \"text\" is not a string",
                      kWalk + "/sub/d.txt: byte 4: invalid UTF-8",
                  });
  REQUIRE(got.size() == 4);
  CHECK(got[0].source == kWalk + "/a.jsonl:1");
  CHECK(got[0].metadata["desk"] == "tech");
  CHECK(got[1].published == "2012-05-02");
  CHECK(got[1].source == kWalk + "/a.jsonl:6");
  CHECK(got[2].source == kWalk + "/b.txt");
  CHECK(got[3].published == "2024-02-01");
  CHECK(got[3].title == "Pelgrin Ships A Phone");

  CHECK_THROWS_AS(read_articles({kWalk + "/missing"}, [](Article&&) {}, [](const ReadError&) {}),
                  ReadError);
}

TEST_CASE("jsonl: a file of blank lines only, or empty, is \"no text\"", "[front]") {
  for (std::string bytes : {"", "\n  \n\r\n"}) {
    std::istringstream in(bytes);
    std::vector<std::string> errors;
    read_json_lines(in, "e.jsonl", [](Article&&) { FAIL("no article expected"); },
                    [&](const ReadError& e) { errors.push_back(e.what()); });
    CHECK(errors == std::vector<std::string>{"e.jsonl: no text"});
  }
}

TEST_CASE("jsonl: an empty id is a line error, a date not understood a notice", "[front]") {
  // Found by a try-out: {"id":""} was stored under an empty id, and a date of "garbage" was
  // stored undated without a word.
  std::istringstream in(
      "{\"id\":\" \",\"text\":\"One.\"}\n{\"id\":\"b\",\"date\":\"garbage\",\"text\":\"Two.\"}\n");
  std::vector<Article> got;
  std::vector<std::string> errors, notices;
  read_json_lines(in, "e.jsonl", [&](Article&& a) { got.push_back(std::move(a)); },
                  [&](const ReadError& e) { errors.push_back(e.what()); },
                  [&](const std::string& n) { notices.push_back(n); });
  CHECK(errors == std::vector<std::string>{"e.jsonl:1: \"id\" is empty"});
  REQUIRE(got.size() == 1);
  CHECK(!got[0].published);
  CHECK(got[0].metadata["date"] == "garbage");
  CHECK(notices == std::vector<std::string>{"e.jsonl:2: date \"garbage\" not understood; stored undated"});
}

TEST_CASE("txt header: labelled dates, bylines with roles, section joiners", "[front]") {
  Article a = parse_text_article(
      "Business | Markets\nBy Jane Roe, Staff Writer\nPublished: 2 May 2024 10:30 GMT\n\n"
      "Quarterly Sales At Pelgrin Climb\n\nBody.",
      "d", "d.txt");
  CHECK(a.published == "2024-05-02");
  CHECK(a.metadata["author"] == "Jane Roe");
  CHECK(a.metadata["section"] == "Business | Markets");
  CHECK(a.title == "Quarterly Sales At Pelgrin Climb");

  Article b = parse_text_article("Pelgrin Ships A Phone\nBy Li Wei\nMarch 3, 2025 at 9:15 a.m. EST\n\nBody.",
                                 "d", "d.txt");
  CHECK(b.title == "Pelgrin Ships A Phone");  // date and byline under the headline
  CHECK(b.body_offset == 0);
  CHECK(b.published == "2025-03-03");
  CHECK(b.metadata["author"] == "Li Wei");

  Article c = parse_text_article("By the time it shipped, Pelgrin had lost money.\n\nBody.", "d", "d.txt");
  CHECK(c.title == "By the time it shipped, Pelgrin had lost money.");  // not a byline
  CHECK_FALSE(c.metadata.contains("author"));
}

TEST_CASE("txt: CRLF line ends; an empty or blank file has no text", "[front]") {
  Article a = parse_text_article("Today : Jan 9, 2024\r\nWorld\r\n8 January 2024\r\n\r\nA Headline\r\n\r\nBody.\r\n",
                                 "d", "d.txt");
  CHECK(a.title == "A Headline");
  CHECK(a.published == "2024-01-08");
  CHECK(a.body_offset == 46);

  CHECK_THROWS_WITH(parse_text_article("", "e", "e.txt"), "e.txt: no text");
  CHECK_THROWS_WITH(parse_text_article("\r\n \n", "e", "e.txt"), "e.txt: no text");
}

TEST_CASE("stdin: JSON lines or one text article", "[front]") {
  auto read_stdin = [](const std::string& input) {
    std::istringstream fake(input);
    std::streambuf* saved = std::cin.rdbuf(fake.rdbuf());
    std::vector<Article> got;
    std::vector<std::string> errors;
    read_articles({"-"}, [&](Article&& a) { got.push_back(std::move(a)); },
                  [&](const ReadError& e) { errors.push_back(e.what()); });
    std::cin.rdbuf(saved);
    return std::make_pair(got, errors);
  };

  auto [lines, line_errors] = read_stdin("\n{\"text\":\"One.\"}\nnot json\n{\"id\":\"b\",\"text\":\"Two.\"}\n");
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].doc_id == "stdin:2");
  CHECK(lines[0].source == "stdin:2");
  CHECK(lines[1].doc_id == "b");
  CHECK(line_errors == std::vector<std::string>{"stdin:3: not JSON (byte 1)"});

  // Found by fuzz.read_jsonl: a number past double's range threw out_of_range, not parse_error.
  auto [big, big_errors] = read_stdin("{\"text\":\"One.\",\"n\":1e18030}\n{\"text\":\"Two.\"}\n");
  REQUIRE(big.size() == 1);
  CHECK(big[0].text == "Two.");
  CHECK(big_errors == std::vector<std::string>{"stdin:1: not JSON (a number out of range)"});

  auto [text, text_errors] = read_stdin("Quiet Day For Chips\n\nNothing happened.\n");
  REQUIRE(text.size() == 1);
  // Named by content ("stdin-" and 12 hex digits): a second, different article piped in does
  // not replace the first; the same one piped again is the same document.
  CHECK(text[0].doc_id.size() == 18);
  CHECK(text[0].doc_id.starts_with("stdin-"));
  CHECK(text[0].source == "stdin");
  CHECK(text[0].title == "Quiet Day For Chips");
  CHECK(text_errors.empty());
  auto [again, again_errors] = read_stdin("Quiet Day For Chips\n\nNothing happened.\n");
  auto [other, other_errors] = read_stdin("Busy Day For Chips\n\nEverything happened.\n");
  REQUIRE(again.size() == 1);
  REQUIRE(other.size() == 1);
  CHECK(again[0].doc_id == text[0].doc_id);
  CHECK(other[0].doc_id != text[0].doc_id);
}
