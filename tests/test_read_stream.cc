#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/read.h"
#include "ingest/read_input.h"
#include "ingest/read_stream.h"
#include "read_fixture.h"

using namespace newsgraph;
using newsgraph::test::kInputs;
using newsgraph::test::read_paths;

namespace {

std::string decompress_file(const std::string& path, Compression c) {
  std::ifstream raw(path, std::ios::binary);
  return read_all(*decompressed(raw, c, path));
}

}  // namespace

TEST_CASE("input kinds by name, compression suffixes looked through", "[inputs]") {
  CHECK(input_kind("a/b.TXT") == InputKind::kText);
  CHECK(input_kind("x.jsonl.gz") == InputKind::kJsonLines);
  CHECK(input_kind("p.htm") == InputKind::kHtml);
  CHECK(input_kind("f.xml.zst") == InputKind::kFeed);
  CHECK(input_kind("c.warc.gz") == InputKind::kWarc);
  CHECK(input_kind("d.tgz") == InputKind::kTar);
  CHECK(input_kind("d.tar.zst") == InputKind::kTar);
  CHECK(input_kind("image.png") == InputKind::kOther);
  CHECK(without_compression_suffix("a.tgz") == "a.tar");
  CHECK(compression_of("a.txt") == Compression::kNone);
}

TEST_CASE("gzip and zstd decoded as streams", "[inputs]") {
  CHECK(decompress_file(kInputs + "note.txt.zst", Compression::kZstd) ==
        "Kestrel Labs Grows\n\nKestrel Labs hired ten people, said Mo Tran.\n");
  std::string jsonl = decompress_file(kInputs + "day1.jsonl.gz", Compression::kGzip);
  CHECK(jsonl.starts_with("{\"id\": \"j1\""));
  CHECK(std::count(jsonl.begin(), jsonl.end(), '\n') == 2);
  // Several gzip members one after another read as one stream.
  std::string crawl = decompress_file(kInputs + "crawl.warc.gz", Compression::kGzip);
  CHECK(std::count(crawl.begin(), crawl.end(), 'W') >= 4);
  CHECK(crawl.find("WARC-Type: response") != std::string::npos);
  CHECK(crawl.ends_with("\x89PNG\r\n\r\n"));
}

TEST_CASE("corrupt compressed data is a ReadError naming the source", "[inputs]") {
  std::istringstream junk("this is not gzip at all");
  CHECK_THROWS_WITH(read_all(*decompressed(junk, Compression::kGzip, "j.gz")),
                    "j.gz: byte 2: corrupt gzip data (incorrect header check)");
  std::istringstream junk2("nor zstd");
  CHECK_THROWS_WITH(read_all(*decompressed(junk2, Compression::kZstd, "j.zst")),
                    Catch::StartsWith("j.zst: byte "));
  CHECK_THROWS_WITH(decompress_file(kInputs + "cut.jsonl.gz", Compression::kGzip),
                    kInputs + "cut.jsonl.gz: byte 183: corrupt gzip data (truncated)");  // its size
}

TEST_CASE("compressed files through read_articles; a truncated one keeps its first lines", "[inputs]") {
  auto r = read_paths({kInputs + "day1.jsonl.gz", kInputs + "note.txt.zst", kInputs + "cut.jsonl.gz"});
  CHECK(r.sources() == std::vector<std::string>{kInputs + "day1.jsonl.gz:1", kInputs + "day1.jsonl.gz:2",
                                                kInputs + "note.txt.zst", kInputs + "cut.jsonl.gz:1",
                                                kInputs + "cut.jsonl.gz:2"});
  CHECK(r.articles[0].doc_id == "j1");
  CHECK(r.articles[0].published == "2025-01-07");
  CHECK(r.articles[2].doc_id == "note");
  CHECK(r.articles[2].title == "Kestrel Labs Grows");
  CHECK(r.errors == std::vector<std::string>{kInputs + "cut.jsonl.gz: byte 183: corrupt gzip data (truncated)"});
}

TEST_CASE("tar.gz: members read by their names, others skipped, sources name the member", "[inputs]") {
  auto r = read_paths({kInputs + "bundle.tar.gz"});
  const std::string t = kInputs + "bundle.tar.gz:";
  CHECK(r.errors.empty());
  CHECK(r.sources() == std::vector<std::string>{t + "day1.jsonl:1", t + "day1.jsonl:2", t + "note.txt",
                                                t + "sub/notes.atom:item 1", t + "sub/notes.atom:item 2",
                                                t + "sub/suit.html"});
  REQUIRE(r.articles.size() == 6);
  CHECK(r.articles[2].doc_id == "note");
  CHECK(r.articles[5].doc_id == "suit");
  CHECK(r.articles[5].text == "Ferrowind Files Suit\n\nFerrowind sued Galecrest over a patent.\n");
}

TEST_CASE("tar: a file that is no archive, and a truncated archive, are reported", "[inputs]") {
  std::istringstream junk(std::string(1024, 'x'));
  std::vector<std::string> errors;
  read_input(junk, "j.tar", "j.tar", [](Article&&) { FAIL("no article expected"); },
             [&](const ReadError& e) { errors.push_back(e.what()); }, false);
  REQUIRE(errors.size() == 1);
  CHECK_THAT(errors[0], Catch::StartsWith("j.tar: not a tar archive ("));

  std::ifstream whole(kInputs + "bundle.tar.gz", std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(whole)), std::istreambuf_iterator<char>());
  std::istringstream cut(bytes.substr(0, bytes.size() / 2));
  size_t articles = 0;
  errors.clear();
  read_input(cut, "b.tar.gz", "b.tar.gz", [&](Article&&) { ++articles; },
             [&](const ReadError& e) { errors.push_back(e.what()); }, false);
  CHECK(articles < 6);
  REQUIRE_FALSE(errors.empty());
  CHECK_THAT(errors.back(), Catch::StartsWith("b.tar.gz"));
}

TEST_CASE("directory walk reads the new kinds and skips unknown files", "[inputs]") {
  auto r = read_paths({kInputs});
  // bundle 6, crawl 1, day1 2, atom 2, rss 2, cut 2, note 1, three pages; not README.md
  CHECK(r.articles.size() == 19);
  CHECK(r.errors.size() == 3);  // rss item 3, cut.jsonl.gz, sitemap.xml
}

TEST_CASE("a ReadError thrown by the sink propagates instead of being reported", "[inputs]") {
  std::istringstream in("<p>Text.</p>");
  size_t reported = 0;
  CHECK_THROWS_WITH(read_input(in, "a.html", "a.html", [](Article&&) { throw ReadError("from sink"); },
                               [&](const ReadError&) { ++reported; }, false),
                    "from sink");
  CHECK(reported == 0);
}
