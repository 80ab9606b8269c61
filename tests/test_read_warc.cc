#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "ingest/read.h"
#include "ingest/read_warc.h"
#include "read_fixture.h"

using namespace newsgraph;
using newsgraph::test::kInputs;

namespace {

std::string record(std::string_view type, std::string_view uri, std::string_view content_type,
                   std::string_view block) {
  std::string r = "WARC/1.0\r\nWARC-Type: " + std::string(type) + "\r\nWARC-Record-ID: <urn:uuid:" +
                  std::to_string(block.size()) + ">\r\nWARC-Date: 2025-05-02T07:00:00Z\r\n";
  if (!uri.empty()) r += "WARC-Target-URI: " + std::string(uri) + "\r\n";
  r += "Content-Type: " + std::string(content_type) + "\r\nContent-Length: " + std::to_string(block.size()) +
       "\r\n\r\n";
  return r + std::string(block) + "\r\n\r\n";
}

std::string response(std::string_view uri, std::string_view http) {
  return record("response", uri, "application/http; msgtype=response", http);
}

using Read = test::ReadResult;

Read warc(const std::string& bytes) {
  Read r;
  std::istringstream in(bytes);
  read_warc(in, "c.warc", [&](Article&& a) { r.articles.push_back(std::move(a)); },
            [&](const ReadError& e) { r.errors.push_back(e.what()); },
            [&](const std::string& note) { r.notes.push_back(note); });
  return r;
}

}  // namespace

TEST_CASE("warc: HTML responses and resources become articles; other records skipped", "[inputs]") {
  std::string page = "<html><body><p>Palisade Robotics opened a plant in Ohio.</p></body></html>";
  std::string dated = "<html><head><meta name='date' content='2025-04-30'></head><body>"
                      "<h1>Old News</h1><p>Dated text.</p></body></html>";
  Read r = warc(record("warcinfo", "", "application/warc-fields", "software: test\r\n") +
                record("request", "https://a.example/p", "application/http; msgtype=request",
                       "GET /p HTTP/1.1\r\n\r\n") +
                response("https://a.example/p", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page) +
                response("https://a.example/x.css", "HTTP/1.1 200 OK\r\nContent-Type: text/css\r\n\r\np{}") +
                response("https://a.example/gone", "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n" + page) +
                record("resource", "https://a.example/old", "text/html; charset=utf-8", dated));
  CHECK(r.errors.empty());
  REQUIRE(r.articles.size() == 2);
  const Article& a = r.articles[0];
  CHECK(a.doc_id == "https://a.example/p");
  CHECK(a.url == "https://a.example/p");
  CHECK(a.source == "c.warc:record 3");
  CHECK(a.published == "2025-05-02");  // no date in the page: the capture date
  CHECK(a.text == "Palisade Robotics opened a plant in Ohio.\n");
  const Article& b = r.articles[1];
  CHECK(b.source == "c.warc:record 6");
  CHECK(b.published == "2025-04-30");  // the page's own date wins
  CHECK(b.text == "Old News\n\nDated text.\n");
}

TEST_CASE("warc: chunked transfer coding and a charset from the HTTP header", "[inputs]") {
  std::string body = "<p>Caf\xE9 Ledger grew.</p>";
  REQUIRE(body.size() == 24);
  std::string chunked = "5;ext=1\r\n" + body.substr(0, 5) + "\r\n13\r\n" + body.substr(5) + "\r\n0\r\n\r\n";
  Read r = warc(response("https://a.example/c", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n"
                                                "Content-Type: text/html; charset=ISO-8859-1\r\n\r\n" + chunked));
  CHECK(r.errors.empty());
  REQUIRE(r.articles.size() == 1);
  CHECK(r.articles[0].text == "Caf\xC3\xA9 Ledger grew.\n");
}

TEST_CASE("warc: a bad page is reported and skipped; broken framing stops the file", "[inputs]") {
  std::string good = response("https://a.example/g", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Fine.</p>");
  std::string bad = response("https://a.example/b", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>\xFF</p>");
  Read r = warc(bad + good);
  CHECK(r.errors == std::vector<std::string>{"c.warc:record 1: byte 3: invalid UTF-8"});
  CHECK(r.articles.size() == 1);

  std::string cut = good.substr(0, good.size() - 12);
  CHECK_THROWS_WITH(warc(good + cut), "c.warc:record 2: truncated record");
  // A corrupt Content-Length far beyond the file (found by fuzz.read_warc) is a truncated
  // record too, not an attempt to allocate it.
  std::string huge = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 7777777777777777777\r\n\r\nshort";
  CHECK_THROWS_WITH(warc(huge), "c.warc:record 1: truncated record");
  CHECK_THROWS_WITH(warc(good + "garbage\r\n"), "c.warc:record 2: not a WARC record (no WARC/ version line)");
}

TEST_CASE("warc.gz: one gzip member a record, read through read_articles", "[inputs]") {
  std::vector<Article> got;
  read_articles({kInputs + "crawl.warc.gz"}, [&](Article&& a) { got.push_back(std::move(a)); },
                [](const ReadError& e) { FAIL(e.what()); });
  REQUIRE(got.size() == 1);
  CHECK(got[0].doc_id == "https://news.example/brightloom");
  CHECK(got[0].source == kInputs + "crawl.warc.gz:record 3");
  CHECK(got[0].title == "Brightloom Ships A Reader");
  CHECK(got[0].published == "2025-03-06");
  CHECK(got[0].text == "Brightloom Ships A Reader\n\nBrightloom began selling its e-paper reader on Monday, "
                       "said Ola Brandt.\n");
}

TEST_CASE("warc: an empty file has no record; records without an HTML page are noted", "[inputs]") {
  CHECK_THROWS_WITH(warc(""), "c.warc: no WARC record");
  CHECK_THROWS_WITH(warc("\r\n\r\n"), "c.warc: no WARC record");
  Read r = warc(response("https://a.example/a.json", "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{}") +
                record("request", "https://a.example/p", "application/http; msgtype=request", "GET /p HTTP/1.1\r\n\r\n"));
  CHECK(r.articles.empty());
  CHECK(r.errors.empty());
  CHECK(r.notes == std::vector<std::string>{"c.warc: no HTML page among its 2 records"});
}
