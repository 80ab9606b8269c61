// RDF export of a KnowledgeGraph in schema.org terms, serialised as N-Triples or Turtle
// (W3C RDF 1.1 N-Triples and Turtle recommendations, 2014).
//
//   entity     a schema:Person | Organization | Product | Place; schema:name, schema:alternateName
//   quotation  a schema:Quotation; schema:text, schema:spokenByCharacter and schema:creator (the
//              speaker), schema:about (each entity), schema:isPartOf its schema:NewsArticle
//              (schema:headline, schema:datePublished, schema:url), ng:cueVerb
//   role       person schema:worksFor [a schema:OrganizationRole; schema:worksFor org;
//              schema:roleName title; ng:former true when former] (schema.org's Role pattern)
//   relation   subject ng:<predicate> object, the object an entity or a money literal
// where ng: is our vocabulary, kVocabulary. IRIs are minted from the vertices' stable keys.
#pragma once

#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/store.h"

namespace newsgraph {

inline constexpr std::string_view kSchema = "https://schema.org/";
inline constexpr std::string_view kVocabulary = "https://newsgraph.invalid/vocab#";
inline constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
/// Entity, quotation and article IRIs are kResources + "entity/" | "quote/" | "article/" + key.
inline constexpr std::string_view kResources = "https://newsgraph.invalid/";

/// An RDF term: an IRI, a blank node (value is the label without "_:") or a literal
/// (value is the lexical form; datatype an IRI, empty for xsd:string).
struct RdfTerm {
  enum class Kind { kIri, kBlank, kLiteral };
  Kind kind = Kind::kIri;
  std::string value;
  std::string datatype;
  bool operator==(const RdfTerm&) const = default;
};

struct RdfTriple {
  RdfTerm subject, predicate, object;
};

/// What the graph's vertices do not carry: the records of the articles its quotations (and
/// document vertices) belong to, and its entities' aliases. Missing entries are left out of
/// the output (an article then has only its IRI).
struct RdfSources {
  std::map<std::string, DocumentRecord> documents;          // by doc id
  std::map<EntityId, std::vector<std::string>> aliases;     // by entity id, sorted
};

/// Reads from `store` the records `graph` needs. Throws StoreError if the store cannot be read.
RdfSources rdf_sources(const Store& store, const KnowledgeGraph& graph);

/// The document a quote vertex's key "<doc>#q<index>" (QuoteRecord::id) belongs to.
std::string quote_document(std::string_view quote_key);

/// The graph as RDF triples, grouped by subject, in vertex then edge order: deterministic.
/// Articles without a document vertex follow, by doc id. "in" and value-only vertices add no
/// subject of their own (isPartOf and literals say it); roles are blank nodes "role<n>".
std::vector<RdfTriple> rdf_triples(const KnowledgeGraph& graph, const RdfSources& sources);

/// `text` percent-encoded (RFC 3986) for an IRI path segment: every byte except ALPHA, DIGIT,
/// "-._~" and ":" becomes %XX (upper-case hex), so any key yields a valid IRI.
std::string percent_encode(std::string_view text);

/// `text` as an N-Triples (and Turtle) STRING_LITERAL_QUOTE, quotes included: `"` `\` newline,
/// carriage return and tab as \" \\ \n \r \t; other controls (U+0000-U+001F, U+007F) as
/// \u00XX; all other UTF-8 as is.
std::string ntriples_string(std::string_view text);

/// One line "S P O .\n" per triple (IRIs in <>, blank nodes _:label).
void write_ntriples(std::ostream& out, const std::vector<RdfTriple>& triples);

/// Turtle with prefixes schema:, ng:, xsd: and `a`; consecutive triples with one subject share
/// it (`;`). Same graph as write_ntriples.
void write_turtle(std::ostream& out, const std::vector<RdfTriple>& triples);

}  // namespace newsgraph
