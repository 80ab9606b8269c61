// RDF export: schema.org triples of a hostile graph, N-Triples escaping, Turtle that parses
// (raptor's rapper) to exactly the same triples, and the store look-ups it needs.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>
#include <vector>

#include "export_fixture.h"
#include "graph/export_rdf.h"
#include "query_fixture.h"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

std::string ntriples_of(const std::vector<RdfTriple>& triples) {
  std::ostringstream out;
  write_ntriples(out, triples);
  return out.str();
}

std::vector<std::string> sorted_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  std::sort(lines.begin(), lines.end());
  return lines;
}

bool has_line(const std::string& text, const std::string& line) {
  return text.find(line + "\n") != std::string::npos;
}

}  // namespace

TEST_CASE("percent_encode keeps unreserved bytes and ':' and encodes the rest", "[export]") {
  CHECK(percent_encode("PERSON:sam altman") == "PERSON:sam%20altman");
  CHECK(percent_encode("a/b#c?d%e") == "a%2Fb%23c%3Fd%25e");
  CHECK(percent_encode("Zoë") == "Zo%C3%AB");
  CHECK(percent_encode("x-y_z.w~") == "x-y_z.w~");
}

TEST_CASE("ntriples_string escapes per the N-Triples grammar", "[export]") {
  CHECK(ntriples_string("plain") == "\"plain\"");
  CHECK(ntriples_string("say \"hi\"") == "\"say \\\"hi\\\"\"");
  CHECK(ntriples_string("back\\slash") == "\"back\\\\slash\"");
  CHECK(ntriples_string("a\nb\rc\td") == "\"a\\nb\\rc\\td\"");
  CHECK(ntriples_string(std::string("nul") + '\0' + "bell\x07" + "del\x7f") ==
        "\"nul\\u0000bell\\u0007del\\u007F\"");
  CHECK(ntriples_string("Zoë 🚀 <>{}") == "\"Zoë 🚀 <>{}\"");
}

TEST_CASE("quote_document strips the quote index of a quote id", "[export]") {
  CHECK(quote_document("d1#q0") == "d1");
  CHECK(quote_document("feed.jsonl#q3#q12") == "feed.jsonl#q3");
}

TEST_CASE("rdf_triples states entities, quotations, roles, relations and articles", "[export]") {
  const auto triples = rdf_triples(hostile_graph(), hostile_sources());
  const std::string nt = ntriples_of(triples);
  CHECK(triples.size() == 34);
  const std::string e = "<https://newsgraph.invalid/entity/", s = "<https://schema.org/";
  const std::string quote = "<https://newsgraph.invalid/quote/d%23q0>";
  const std::string article = "<https://newsgraph.invalid/article/d>";
  const std::string zoe = e + "PERSON:zoe%20angstrom>";
  CHECK(has_line(nt, e + "ORG:say%20cheese%20inc> " + s + "name> \"Say \\\"Cheese\\\" Inc\" ."));
  CHECK(has_line(nt, e + "PERSON:ends%20with> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> " +
                         s + "Person> ."));
  CHECK(has_line(nt, e + "PERSON:ends%20with> " + s + "name> \"ends with\\\\\" ."));
  CHECK(has_line(nt, zoe + " " + s + "alternateName> \"Z. \\\"Ace\\\" Ångström\" ."));
  CHECK(has_line(nt, quote + " " + s + "text> \"Line one\\nline \\\"two\\\"\\t\\\\ & <tags> "
                                       "{braces}\\u0001\" ."));
  CHECK(has_line(nt, quote + " " + s + "spokenByCharacter> " + zoe + " ."));
  CHECK(has_line(nt, quote + " " + s + "creator> " + zoe + " ."));
  CHECK(has_line(nt, quote + " " + s + "about> " + e + "PRODUCT:b%20x%20b> ."));
  CHECK(has_line(nt, quote + " <https://newsgraph.invalid/vocab#cueVerb> \"warned\" ."));
  CHECK(has_line(nt, quote + " " + s + "isPartOf> " + article + " ."));
  CHECK(has_line(nt, e + "PERSON:ends%20with> " + s + "worksFor> _:role0 ."));
  CHECK(has_line(nt, "_:role0 " + s + "worksFor> " + e + "ORG:say%20cheese%20inc> ."));
  CHECK(has_line(nt, "_:role0 " + s + "roleName> \"CEO\" ."));
  CHECK(has_line(nt, "_:role0 <https://newsgraph.invalid/vocab#former> "
                     "\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean> ."));
  CHECK(has_line(nt, "_:role1 " + s + "roleName> \"CTO\" ."));
  CHECK(nt.find("_:role1 <https://newsgraph.invalid/vocab#former>") == std::string::npos);
  CHECK(has_line(nt, e + "ORG:say%20cheese%20inc> <https://newsgraph.invalid/vocab#develops> " +
                         e + "PRODUCT:b%20x%20b> ."));
  CHECK(has_line(nt, e + "PRODUCT:b%20x%20b> <https://newsgraph.invalid/vocab#price> "
                         "\"$20 a month\" ."));
  CHECK(has_line(nt, article + " " + s + "headline> \"A \\\"headline\\\" with \\\\ and\\nnewline\" ."));
  CHECK(has_line(nt, article + " " + s + "datePublished> "
                               "\"2025-03-01\"^^<http://www.w3.org/2001/XMLSchema#date> ."));
  CHECK(has_line(nt, article + " " + s + "url> <https://example.com/a%20b%3Cc%3E> ."));
  CHECK(nt == ntriples_of(rdf_triples(hostile_graph(), hostile_sources())));  // deterministic
}

TEST_CASE("rapper accepts the N-Triples and reads the Turtle as the same triples", "[export]") {
  const auto triples = rdf_triples(hostile_graph(), hostile_sources());
  TempPath nt_file("hostile.nt"), ttl_file("hostile.ttl");
  std::ofstream(nt_file.path(), std::ios::binary) << ntriples_of(triples);
  std::ostringstream ttl;
  write_turtle(ttl, triples);
  std::ofstream(ttl_file.path(), std::ios::binary) << ttl.str();
  CHECK(ttl.str().starts_with("@prefix schema: <https://schema.org/> .\n"));
  CHECK(ttl.str().find("<https://newsgraph.invalid/entity/PERSON:ends%20with> a schema:Person ;\n"
                       "    schema:name \"ends with\\\\\" ;\n    schema:worksFor _:role0 .\n") !=
        std::string::npos);

  auto from_nt = run_command("rapper -q -i ntriples -o ntriples '" + nt_file.str() + "'");
  auto from_ttl = run_command("rapper -q -i turtle -o ntriples '" + ttl_file.str() + "'");
  REQUIRE(from_nt);
  REQUIRE(from_ttl);
  // rapper writes non-ASCII as \u escapes: compare what it read from each.
  CHECK(sorted_lines(*from_ttl) == sorted_lines(*from_nt));
  CHECK(sorted_lines(*from_nt).size() == triples.size());
  CHECK(has_line(*from_nt, "<https://newsgraph.invalid/entity/PERSON:zoe%20angstrom> "
                           "<https://schema.org/name> \"Zo\\u00EB \\u00C5ngstr\\u00F6m "
                           "\\U0001F680\" ."));
}

TEST_CASE("rdf_sources reads aliases and the quoted articles from the store", "[export]") {
  FixtureStore store("export_rdf");
  KnowledgeGraph kg = KnowledgeGraph::from_store(*store);
  RdfSources sources = rdf_sources(*store, kg);
  CHECK(sources.aliases.at(entity_id(EntityType::kPerson, "Mira Okonkwo")) ==
        std::vector<std::string>{"Okonkwo"});
  CHECK(sources.aliases.at(entity_id(EntityType::kProduct, "Lumen 3")).empty());
  REQUIRE(sources.documents.size() == 3);
  CHECK(sources.documents.at("d1").published == "2025-03-01");
  CHECK(sources.documents.at("d2").title == "Title of d2");
  CHECK_FALSE(sources.documents.at("d3").published);

  const std::string nt = ntriples_of(rdf_triples(kg, sources));
  CHECK(has_line(nt, "<https://newsgraph.invalid/article/d3> <https://schema.org/headline> "
                     "\"Title of d3\" ."));
  CHECK(nt.find("<https://newsgraph.invalid/article/d3> <https://schema.org/datePublished>") ==
        std::string::npos);
}
