#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "ingest/read.h"
#include "ingest/read_feed.h"

#include "read_fixture.h"

using namespace newsgraph;

namespace {

using test::kInputs;
using test::slurp;

struct Read {
  std::vector<Article> articles;
  std::vector<std::string> errors;
};

Read feed(std::string_view xml, const std::string& source) {
  Read r;
  read_feed(xml, source, [&](Article&& a) { r.articles.push_back(std::move(a)); },
            [&](const ReadError& e) { r.errors.push_back(e.what()); });
  return r;
}

}  // namespace

TEST_CASE("rss 2.0: content:encoded, guid, RFC 822 pubDate, dc:creator; an empty item reported", "[inputs]") {
  Read r = feed(slurp(kInputs + "feed.rss"), "w.rss");
  REQUIRE(r.articles.size() == 2);
  const Article& a = r.articles[0];
  CHECK(a.doc_id == "wire-1001");
  CHECK(a.title == "Vantelle Buys A Drone Startup");  // not <media:title>
  CHECK(a.url == "https://wire.example/vantelle-drone");
  CHECK(a.published == "2025-03-04");
  CHECK(a.source == "w.rss:item 1");
  CHECK(a.metadata["author"] == "Jo Abernathy");
  CHECK(a.metadata["feed"] == "Circuit Wire");
  CHECK(a.text ==
        "Vantelle Buys A Drone Startup\n\nVantelle said it had bought Skyloft for an undisclosed sum.\n\n"
        "\xE2\x80\x9C" "Drones are next,\xE2\x80\x9D said Piet Vos.\n");

  const Article& b = r.articles[1];
  CHECK(b.doc_id == "https://wire.example/harbor-plant");  // no guid: the link
  CHECK_FALSE(b.published);
  CHECK(b.source == "w.rss:item 2");
  CHECK(b.text == "Harbor Chips Delays Its Plant\n\nHarbor Chips delayed its plant by a year.\n");
  CHECK(r.errors == std::vector<std::string>{"w.rss:item 3: no text"});
}

TEST_CASE("atom: id, alternate link, published before updated, xhtml content, summary", "[inputs]") {
  Read r = feed(slurp(kInputs + "feed.atom"), "n.atom");
  REQUIRE(r.articles.size() == 2);
  const Article& a = r.articles[0];
  CHECK(a.doc_id == "urn:example:entry:1");
  CHECK(a.title == "Mirefield & Coyle Partner");  // type="html": entities decoded twice
  CHECK(a.url == "https://notes.example/mirefield-coyle");
  CHECK(a.published == "2025-02-08");
  CHECK(a.metadata["author"] == "Dana Whitlock");
  CHECK(a.metadata["feed"] == "Lattice Notes");
  CHECK(a.text == "Mirefield & Coyle Partner\n\nMirefield and Coyle will build chargers together.\n\n"
                  "The deal was signed in Oslo.\n");
  const Article& b = r.articles[1];
  CHECK(b.url == "https://notes.example/coyle-designer");
  CHECK(b.published == "2025-02-09");  // no <published>: <updated>
  CHECK(b.text == "Coyle Hires A Designer\n\nCoyle hired Amaru Quispe as head of design.\n");
  CHECK(r.errors.empty());
}

TEST_CASE("rss 1.0 (RDF): items beside the channel, dc:date", "[inputs]") {
  Read r = feed(
      "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' xmlns='http://purl.org/rss/1.0/'"
      " xmlns:dc='http://purl.org/dc/elements/1.1/'><channel><title>Old Wire</title></channel>"
      "<item><title>Grenwick Ships</title><link>https://o.example/g</link><dc:date>2003-06-10</dc:date>"
      "<description>Grenwick shipped a router.</description></item></rdf:RDF>",
      "old.rdf");
  REQUIRE(r.articles.size() == 1);
  CHECK(r.articles[0].doc_id == "https://o.example/g");
  CHECK(r.articles[0].published == "2003-06-10");
  CHECK(r.articles[0].text == "Grenwick Ships\n\nGrenwick shipped a router.\n");
}

TEST_CASE("feeds: broken XML and a non-feed root are ReadErrors", "[inputs]") {
  CHECK_THROWS_WITH(feed("<rss><channel>\n<item></channel></rss>", "b.rss"),
                    Catch::StartsWith("b.rss: line 2: not well-formed XML ("));
  CHECK_THROWS_WITH(feed(slurp(kInputs + "sitemap.xml"), "s.xml"), "s.xml: not an RSS or Atom feed (root <urlset>)");
  // An external entity is neither fetched nor expanded.
  Read r = feed("<!DOCTYPE rss [<!ENTITY x SYSTEM 'file:///etc/hostname'>]><rss><channel><item>"
                "<title>T</title><guid>g</guid><description>a &x; b</description></item></channel></rss>",
                "x.rss");
  REQUIRE(r.articles.size() == 1);
  CHECK(r.articles[0].text == "T\n\na b\n");
}

TEST_CASE("feeds through read_articles: .xml sniffed by root, errors reported, rest kept", "[inputs]") {
  std::vector<Article> got;
  std::vector<std::string> errors;
  read_articles({kInputs + "feed.rss", kInputs + "sitemap.xml", kInputs + "feed.atom"},
                [&](Article&& a) { got.push_back(std::move(a)); },
                [&](const ReadError& e) { errors.push_back(e.what()); });
  CHECK(got.size() == 4);
  REQUIRE(errors.size() == 2);
  CHECK(errors[0] == kInputs + "feed.rss:item 3: no text");
  CHECK(errors[1] == kInputs + "sitemap.xml: not an RSS or Atom feed (root <urlset>)");
}
