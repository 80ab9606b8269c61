#include "graph/export_jsonld.h"

#include <string>
#include <unordered_map>

namespace newsgraph {
namespace {

using Json = nlohmann::ordered_json;

// An IRI in a namespace of the context as its compact form: "name" (the @vocab), "ng:acquires".
std::string compact(const std::string& iri) {
  if (iri.starts_with(kSchema)) return iri.substr(kSchema.size());
  if (iri.starts_with(kVocabulary)) return "ng:" + iri.substr(kVocabulary.size());
  if (iri.starts_with(kXsd)) return "xsd:" + iri.substr(kXsd.size());
  return iri;
}

std::string node_id(const RdfTerm& t) {
  return t.kind == RdfTerm::Kind::kBlank ? "_:" + t.value : t.value;
}

Json value_of(const RdfTerm& t) {
  if (t.kind != RdfTerm::Kind::kLiteral) return {{"@id", node_id(t)}};
  if (t.datatype.empty()) return t.value;
  return {{"@value", t.value}, {"@type", compact(t.datatype)}};
}

// Adds `value` to node[key]: a single value stays scalar, a second one makes an array.
void append(Json& node, const std::string& key, Json value) {
  if (!node.contains(key)) node[key] = std::move(value);
  else if (node[key].is_array()) node[key].push_back(std::move(value));
  else node[key] = Json::array({node[key], std::move(value)});
}

}  // namespace

nlohmann::ordered_json to_jsonld(const std::vector<RdfTriple>& triples) {
  Json graph = Json::array();
  std::unordered_map<std::string, size_t> index;  // node id -> position in graph
  for (const RdfTriple& t : triples) {
    auto [it, added] = index.try_emplace(node_id(t.subject), graph.size());
    if (added) graph.push_back({{"@id", it->first}});
    Json& node = graph[it->second];
    // Classes are IRIs but @type takes them compact (a literal @type would mean no class).
    if (t.predicate.value == kRdfType) append(node, "@type", compact(t.object.value));
    else append(node, compact(t.predicate.value), value_of(t.object));
  }
  Json context = {{"@vocab", kSchema}, {"ng", kVocabulary}, {"xsd", kXsd}};
  return {{"@context", std::move(context)}, {"@graph", std::move(graph)}};
}

void write_jsonld(std::ostream& out, const std::vector<RdfTriple>& triples) {
  out << to_jsonld(triples).dump(2) << '\n';
}

}  // namespace newsgraph
