// JSON-LD export: one node object per subject, schema.org terms compacted by the @context,
// and exactly as many statements as the RDF export.
#include <catch2/catch.hpp>

#include <sstream>

#include "export_fixture.h"
#include "graph/export_jsonld.h"

using namespace newsgraph;
using namespace newsgraph::testing;
using Json = nlohmann::ordered_json;

namespace {

const Json& node(const Json& doc, const std::string& id) {
  for (const Json& n : doc["@graph"])
    if (n["@id"] == id) return n;
  FAIL("no node " << id);
  throw;
}

// Statements a node object makes: one per value (an array holds several).
size_t statements(const Json& doc) {
  size_t n = 0;
  for (const Json& object : doc["@graph"])
    for (const auto& [key, value] : object.items())
      if (key != "@id") n += value.is_array() ? value.size() : 1;
  return n;
}

}  // namespace

TEST_CASE("to_jsonld groups the RDF triples by subject under a schema.org context", "[export]") {
  const auto triples = rdf_triples(hostile_graph(), hostile_sources());
  const Json doc = to_jsonld(triples);
  CHECK(doc["@context"] == Json::parse(R"({"@vocab": "https://schema.org/",
      "ng": "https://newsgraph.invalid/vocab#", "xsd": "http://www.w3.org/2001/XMLSchema#"})"));
  CHECK(statements(doc) == triples.size());
  CHECK(doc["@graph"].size() == 8);  // 4 entities, 2 roles, 1 quotation, 1 article

  const Json& zoe = node(doc, "https://newsgraph.invalid/entity/PERSON:zoe%20angstrom");
  CHECK(zoe["@type"] == "Person");
  CHECK(zoe["name"] == "Zoë Ångström 🚀");
  CHECK(zoe["alternateName"] == Json::array({"Z. \"Ace\" Ångström", "Zoe"}));
  CHECK(zoe["worksFor"] == Json{{"@id", "_:role1"}});

  const Json& quote = node(doc, "https://newsgraph.invalid/quote/d%23q0");
  CHECK(quote["@type"] == "Quotation");
  CHECK(quote["text"] == kHostileQuote);
  CHECK(quote["ng:cueVerb"] == "warned");
  CHECK(quote["about"] == Json::array({{{"@id", "https://newsgraph.invalid/entity/PRODUCT:b%20x%20b"}},
                                       {{"@id", "https://newsgraph.invalid/entity/ORG:say%20cheese%20inc"}}}));

  const Json& role = node(doc, "_:role0");
  CHECK(role["@type"] == "OrganizationRole");
  CHECK(role["ng:former"] == Json{{"@value", "true"}, {"@type", "xsd:boolean"}});

  const Json& article = node(doc, "https://newsgraph.invalid/article/d");
  CHECK(article["datePublished"] == Json{{"@value", "2025-03-01"}, {"@type", "xsd:date"}});
  CHECK(article["url"] == Json{{"@id", "https://example.com/a%20b%3Cc%3E"}});

  std::ostringstream out;
  write_jsonld(out, triples);
  CHECK(Json::parse(out.str()) == doc);
}
