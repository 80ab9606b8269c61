#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>

#include "ingest/read.h"
#include "ingest/read_html.h"

#include "read_fixture.h"

using namespace newsgraph;

namespace {

using test::kInputs;
using test::slurp;

bool has(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("html: JSON-LD NewsArticle wins over meta tags; boilerplate dropped", "[inputs]") {
  Article a = parse_html_article(slurp(kInputs + "page.html"), "page", "in/page.html");
  CHECK(a.doc_id == "page");
  CHECK(a.source == "in/page.html");
  CHECK(a.title == "Quillbyte Opens A Research Lab In Lisbon");
  CHECK(a.published == "2025-03-05");
  CHECK(a.metadata["author"] == "Rosa Ventimiglia, Tam Oduya");
  CHECK(a.url == "https://circuit.example/2025/quillbyte-lab");
  CHECK(a.body_offset == 0);
  CHECK(a.text ==
        "Quillbyte Opens A Research Lab In Lisbon\n\n"
        "Quillbyte, a maker of note-taking tablets, said on Tuesday it would open a research lab "
        "in Lisbon & hire forty engineers.\n\n"
        "\xE2\x80\x9CWe want to be close to the universities,\xE2\x80\x9D said Ines Carvalho, the "
        "company\xE2\x80\x99s chief executive.\nThe lab opens in May.\n\n"
        "Hiring plans\n\nFirmware engineers\nBattery chemists\n");
  for (std::string_view gone : {"cookies", "Gadgets", "Share", "Photo", "Advertisement", "Another story",
                                "First comment", "Copyright", "tracking", "color"})
    CHECK_FALSE(has(a.text, gone));
}

TEST_CASE("html: meta tags when there is no JSON-LD", "[inputs]") {
  Article a = parse_html_article(
      "<html><head><meta property='og:title' content='Norveld  Expands'>"
      "<meta property='article:published_time' content='2024-11-30T23:10:00-05:00'>"
      "<meta property='article:author' content='https://x.example/staff/1'>"
      "<link rel='canonical' href='https://x.example/norveld'></head>"
      "<body><article><p>Norveld expanded to Chile.</p></article></body></html>",
      "n", "n.html");
  CHECK(a.title == "Norveld Expands");
  CHECK(a.published == "2024-11-30");  // the date as the page states it, not shifted to UTC
  CHECK_FALSE(a.metadata.contains("author"));  // a profile URL is not a name
  CHECK(a.url == "https://x.example/norveld");
  CHECK(a.text == "Norveld Expands\n\nNorveld expanded to Chile.\n");
}

TEST_CASE("html: without <article> or <main> the innermost element with the paragraphs", "[inputs]") {
  Article a = parse_html_article(slurp(kInputs + "plain.html"), "plain", "plain.html");
  CHECK(a.title == "Orbitale Cuts Prices");  // the <h1>, not the <title> with the site name
  CHECK_FALSE(a.published);
  CHECK(a.text ==
        "Orbitale Cuts Prices\n\n"
        "Orbitale lowered the price of its satellite modem to 199 euros, the company said.\n\n"
        "The cut follows a slow quarter, according to analysts at a Munich bank.\n");
}

TEST_CASE("html: <title> when there is no heading", "[inputs]") {
  Article a = parse_html_article("<title> Plain  Title </title><p>Body one.</p>", "t", "t.html");
  CHECK(a.title == "Plain Title");
  CHECK(a.text == "Plain Title\n\nBody one.\n");
}

TEST_CASE("html: a declared windows-1252 page is converted to UTF-8", "[inputs]") {
  Article a = parse_html_article(slurp(kInputs + "latin.html"), "latin", "latin.html");
  CHECK(a.text == "x\n\n\xE2\x80\x9C" "Caf\xC3\xA9 tablets are back,\xE2\x80\x9D said Zo\xC3\xAB Marchetti.\n");
  // A transport's charset (HTTP Content-Type) overrides the page's own declaration.
  Article b = parse_html_article("<meta charset=utf-8><p>Se\xF1or</p>", "b", "b.html", "iso-8859-1");
  CHECK(b.text == "Se\xC3\xB1or\n");
}

TEST_CASE("html: bad pages are ReadErrors naming the source", "[inputs]") {
  CHECK_THROWS_WITH(parse_html_article("<p>ok \xFF</p>", "d", "d.html"), "d.html: byte 6: invalid UTF-8");
  CHECK_THROWS_WITH(parse_html_article("<nav><p>Menu only</p></nav>", "d", "d.html"),
                    "d.html: no article text in the HTML");
  CHECK_THROWS_WITH(parse_html_article("<meta charset=x-no-such><p>a</p>", "d", "d.html"),
                    "d.html: unknown encoding x-no-such");
}

TEST_CASE("html fragment: paragraph and line breaks, entities, collapsed space", "[inputs]") {
  CHECK(html_fragment_text("<p>One &amp;  two</p>\n<p>Three<br>four</p><ul><li>a</li><li>b</li></ul>x") ==
        "One & two\n\nThree\nfour\n\na\nb\n\nx");
  CHECK(html_fragment_text("Plain text, no tags.") == "Plain text, no tags.");
  CHECK(html_fragment_text("<p>Kept</p><div class='social-share'>Tweet</div><script>no()</script>") == "Kept");
}

TEST_CASE("html main text: the <article> with the most paragraph text", "[inputs]") {
  std::string page =
      "<body><article><p>Teaser.</p></article>"
      "<article><h1>Head</h1><p>The long story body goes here.</p><p>More of it.</p></article></body>";
  CHECK(html_main_text(page) == "Head\n\nThe long story body goes here.\n\nMore of it.");
  CHECK(html_main_text(page, "Head") == "The long story body goes here.\n\nMore of it.");
}

TEST_CASE("html files are read by read_articles with the file stem as id", "[inputs]") {
  std::vector<Article> got;
  read_articles({kInputs + "page.html"}, [&](Article&& a) { got.push_back(std::move(a)); },
                [](const ReadError& e) { FAIL(e.what()); });
  REQUIRE(got.size() == 1);
  CHECK(got[0].doc_id == "page");
  CHECK(got[0].source == kInputs + "page.html");
}
