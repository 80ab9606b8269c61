// Value encoding of the RocksDB store (layout 2: schemas/store.md). Internal to graph/.
// Records are CBOR (nlohmann::json::to_cbor): documents and roles as maps with the field
// names of the record, quotes and contributions (the many) as arrays; triple provenance and the by_doc index
// are compact binary with LEB128 varints. Every decode_* throws nlohmann::json::exception on
// a malformed value.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/store.h"
#include "graph/store_keys.h"

namespace newsgraph::values {

/// What one document contributes to an entity; an EntityRecord is the sum of these.
struct Contribution {
  std::string name;                    // the document's fullest name for the entity
  EntityType type = EntityType::kOrg;
  std::vector<std::string> forms;      // every surface form in the document, name included
  uint64_t mentions = 0;
  std::optional<std::string> published;
};

/// The value stored under each of a triple's three keys: its provenance. Confidence is kept
/// in thousandths (0.9 reads back as 0.9).
struct TripleValue {
  bool literal = false;
  Span span;
  keys::TermId rule = 0;
  double confidence = 1.0;
};

/// The by_doc value: every key one document wrote, with its family (of a triple, only the
/// spo key: the pos and osp keys are its permutations).
using DocumentKeys = std::vector<std::pair<keys::Family, std::string>>;

std::string encode(const DocumentRecord& r);
std::string encode(const Contribution& c);
std::string encode(const QuoteRecord& q);
std::string encode(const RoleRecord& r);
std::string encode(const TripleValue& t);
std::string encode(const DocumentKeys& k);
std::string encode_count(uint64_t n);

DocumentRecord decode_document(std::string_view v);
Contribution decode_contribution(std::string_view v);
/// decode_contribution(v).mentions, read by walking the CBOR heads past the forms (no DOM, no
/// string copied): what counting an entity's mentions over its rows needs. Throws as
/// decode_contribution for a value of another shape.
uint64_t decode_contribution_mentions(std::string_view v);
QuoteRecord decode_quote(std::string_view v);
RoleRecord decode_role(std::string_view v);
TripleValue decode_triple_value(std::string_view v);
/// The keys of the by_doc value `v` of document `doc`.
DocumentKeys decode_document_keys(std::string_view v, keys::TermId doc);
uint64_t decode_count(std::string_view v);

}  // namespace newsgraph::values
