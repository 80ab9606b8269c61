// Text files in other encodings than UTF-8: byte order marks, legacy 8-bit text detected with
// ICU's charset detector, damaged UTF-8, binary files and files with no text.
#include <catch2/catch.hpp>

#include <iostream>
#include <sstream>
#include <string>

#include "ingest/charset.h"
#include "ingest/read.h"
#include "read_fixture.h"

using namespace newsgraph;
using newsgraph::test::read_paths;
using newsgraph::test::ScratchDir;

namespace {

// Written for this test: French prose, as ISO-8859-1 bytes (é = E9, à = E0, è = E8, ô = F4).
const std::string kLatin1 =
    "Le caf\xE9 de la soci\xE9t\xE9 a ouvert \xE0 Gen\xE8ve. Les \xE9l\xE8ves \xE9taient tr\xE8s "
    "contents, et le directeur a d\xE9""clar\xE9 que l'\xE9""cole serait r\xE9nov\xE9""e avant "
    "l'\xE9t\xE9. La soci\xE9t\xE9 a aussi annonc\xE9 un nouveau h\xF4tel pr\xE8s du lac.\n";

// Written for this test: English with windows-1252 punctuation (92 ’, 93 “, 94 ”, 96 –, 85 …).
const std::string kCp1252 =
    "Orvik Labs Opens A Caf\xE9\n\nThe company\x92s chief said the \x93new caf\xE9\x94 would open "
    "in May \x96 and that the menu was \x93still a secret\x85\x94 for now. Analysts said the "
    "move was a small one for a company of that size.\n";

std::string utf16(const std::string& ascii, bool little_endian) {
  std::string out = little_endian ? "\xFF\xFE" : "\xFE\xFF";
  for (char c : ascii) {
    if (little_endian) out += c, out += '\0';
    else out += '\0', out += c;
  }
  return out;
}

}  // namespace

TEST_CASE("UTF-16 with a byte order mark, both byte orders, converted and noted", "[charset]") {
  ScratchDir dir("charset_utf16");
  std::string le = dir.write("le.txt", utf16("Tablet Sales Rise\n\nSales rose.\n", true));
  std::string be = dir.write("be.txt", utf16("Tablet Sales Rise\n\nSales rose.\n", false));
  auto r = read_paths({le, be});
  CHECK(r.errors.empty());
  REQUIRE(r.articles.size() == 2);
  for (const Article& a : r.articles) {
    CHECK(a.text == "Tablet Sales Rise\n\nSales rose.\n");  // mark dropped
    CHECK(a.title == "Tablet Sales Rise");
  }
  CHECK(r.notes == std::vector<std::string>{le + ": read as UTF-16LE (confidence 100)",
                                            be + ": read as UTF-16BE (confidence 100)"});
}

TEST_CASE("windows-1252 and ISO-8859-1 text detected and converted", "[charset]") {
  DecodedText cp = decode_text_file(kCp1252, "a.txt");
  CHECK(cp.charset == "windows-1252");
  CHECK(cp.confidence >= 10);
  CHECK(cp.text.find("company\u2019s chief said the \u201Cnew caf\u00E9\u201D") != std::string::npos);
  CHECK(cp.text.find("May \u2013 and") != std::string::npos);

  DecodedText latin = decode_text_file(kLatin1, "b.txt");
  CHECK(latin.charset == "ISO-8859-1");
  CHECK(latin.text.starts_with("Le caf\u00E9 de la soci\u00E9t\u00E9 a ouvert \u00E0 Gen\u00E8ve."));

  ScratchDir dir("charset_legacy");
  std::string path = dir.write("cafe.txt", kCp1252);
  auto r = read_paths({path});
  REQUIRE(r.articles.size() == 1);
  CHECK(r.articles[0].title == "Orvik Labs Opens A Caf\u00E9");
  REQUIRE(r.notes.size() == 1);
  CHECK(r.notes[0].starts_with(path + ": read as windows-1252 (confidence "));
}

TEST_CASE("UTF-8 text is kept as it is; damaged UTF-8 is still reported by byte offset", "[charset]") {
  DecodedText good = decode_text_file("Caf\u00E9 \u201Cquoted\u201D", "g.txt");
  CHECK(good.charset.empty());
  CHECK(good.text == "Caf\u00E9 \u201Cquoted\u201D");

  // A valid two-byte sequence says the file is UTF-8, so the stray FF is damage, not Latin-1.
  ScratchDir dir("charset_damaged");
  std::string path = dir.write("d.txt", "Caf\u00E9 \xFF ok\n");
  auto r = read_paths({path});
  CHECK(r.articles.empty());
  CHECK(r.errors == std::vector<std::string>{path + ": byte 6: invalid UTF-8"});
  CHECK(r.notes.empty());
}

TEST_CASE("binary files are not text: a NUL byte is named by offset", "[charset]") {
  CHECK_THROWS_WITH(decode_text_file(std::string("GIF89a\x01\0\x02", 9), "p.txt"),
                    "p.txt: not text (NUL byte at byte 7)");
  ScratchDir dir("charset_binary");
  std::string path = dir.write("img.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  auto r = read_paths({path});
  CHECK(r.articles.empty());
  CHECK(r.errors == std::vector<std::string>{path + ": not text (NUL byte at byte 8)"});
}

TEST_CASE("empty and blank files are reported as having no text", "[charset]") {
  ScratchDir dir("charset_empty");
  std::string empty = dir.write("empty.txt", "");
  std::string blank = dir.write("blank.txt", " \n\r\n\t\n");
  std::string bom = dir.write("bom.txt", "\xEF\xBB\xBF\n");
  auto r = read_paths({empty, blank, bom});
  CHECK(r.articles.empty());
  CHECK(r.errors == std::vector<std::string>{empty + ": no text", blank + ": no text", bom + ": no text"});
}

TEST_CASE("JSON lines: a windows-1252 line converted, later ones read alike, one note", "[charset]") {
  ScratchDir dir("charset_jsonl");
  std::string path = dir.write(
      "w.jsonl", "{\"id\":\"a\",\"text\":\"Plain.\"}\n"
                 "{\"id\":\"b\",\"text\":\"The \x93new caf\xE9\x94 opened in May, the company\x92s chief said.\"}\n"
                 "{\"id\":\"c\",\"text\":\"   \"}\n"
                 "{\"id\":\"d\",\"text\":\"Na\xEFve.\"}\n");
  auto r = read_paths({path});
  CHECK(r.ids() == std::vector<std::string>{"a", "b", "d"});
  REQUIRE(r.articles.size() == 3);
  CHECK(r.articles[1].text == "The \u201Cnew caf\u00E9\u201D opened in May, the company\u2019s chief said.");
  CHECK(r.articles[2].text == "Na\u00EFve.");
  CHECK(r.errors == std::vector<std::string>{path + ":3: no text"});
  REQUIRE(r.notes.size() == 1);
  CHECK(r.notes[0].starts_with(path + ":2: read as windows-1252"));
}

TEST_CASE("JSON lines in UTF-16 with a byte order mark are converted whole", "[charset]") {
  ScratchDir dir("charset_jsonl16");
  std::string path = dir.write("u.jsonl", utf16("{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two.\"}\n", true));
  auto r = read_paths({path});
  CHECK(r.errors.empty());
  CHECK(r.ids() == std::vector<std::string>{"a", "b"});
  CHECK(r.notes == std::vector<std::string>{path + ": read as UTF-16LE (confidence 100)"});
}

TEST_CASE("stdin is decoded like a file: windows-1252 text converted and noted", "[charset]") {
  std::istringstream fake(kCp1252);
  std::streambuf* saved = std::cin.rdbuf(fake.rdbuf());
  auto r = read_paths({"-"});
  std::cin.rdbuf(saved);
  CHECK(r.errors.empty());
  REQUIRE(r.articles.size() == 1);
  CHECK(r.articles[0].title == "Orvik Labs Opens A Caf\u00E9");
  REQUIRE(r.notes.size() == 1);
  CHECK(r.notes[0].starts_with("stdin: read as windows-1252 (confidence "));
}
