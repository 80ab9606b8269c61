// JSON-LD 1.1 export: the RDF of export_rdf.h as one document with an inline schema.org
// @context, so it expands without fetching anything.
#pragma once

#include <ostream>
#include <vector>

#include <nlohmann/json.hpp>

#include "graph/export_rdf.h"

namespace newsgraph {

/// {"@context": {"@vocab": schema.org, "ng": kVocabulary, "xsd": ...}, "@graph": [node...]}:
/// one node object per subject, in order of first appearance, with "@id", "@type" (schema.org
/// class names), then properties as compact names ("name", "ng:acquires") in order of first
/// use. An IRI object is {"@id": iri}, a typed literal {"@value", "@type"}, a plain literal a
/// string; several objects make an array. Expands to exactly `triples`.
nlohmann::ordered_json to_jsonld(const std::vector<RdfTriple>& triples);

/// to_jsonld(triples), indented by 2, and a newline.
void write_jsonld(std::ostream& out, const std::vector<RdfTriple>& triples);

}  // namespace newsgraph
