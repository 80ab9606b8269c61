#include "graph/store_values.h"

#include <cmath>

#include <nlohmann/json.hpp>

namespace newsgraph::values {
namespace {

using json = nlohmann::json;

std::string cbor(const json& j) {
  auto bytes = json::to_cbor(j);
  return {bytes.begin(), bytes.end()};
}
json parse(std::string_view v) { return json::from_cbor(v.begin(), v.end()); }

template <class T>
json opt(const std::optional<T>& v) { return v ? json(*v) : json(nullptr); }
template <class T>
std::optional<T> opt_from(const json& j) {
  if (j.is_null()) return std::nullopt;
  return j.get<T>();
}

json span_json(Span s) { return json::array({s.begin, s.end}); }
Span span_from(const json& j) { return {j.at(0).get<uint32_t>(), j.at(1).get<uint32_t>()}; }

[[noreturn]] void throw_malformed(const std::string& what) {
  throw json::other_error::create(501, what, nullptr);
}

void put_varint(std::string& out, uint64_t n) {
  for (; n >= 0x80; n >>= 7) out += char(n & 0x7f | 0x80);
  out += char(n);
}

// Reads a varint from the front of `v` and drops it.
uint64_t get_varint(std::string_view& v) {
  uint64_t n = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    if (v.empty()) break;
    auto byte = static_cast<unsigned char>(v.front());
    v.remove_prefix(1);
    n |= uint64_t(byte & 0x7f) << shift;
    if (!(byte & 0x80)) return n;
  }
  throw_malformed("truncated varint");
}

EntityType type_from(const json& j) {
  auto type = parse_entity_type(j.get<std::string>());
  if (!type) throw json::type_error::create(302, "unknown entity type " + j.dump(), &j);
  return *type;
}

}  // namespace

std::string encode(const DocumentRecord& r) {
  return cbor({{"doc", r.doc}, {"title", r.title}, {"published", opt(r.published)},
               {"url", r.url}, {"source", r.source}, {"content_hash", r.content_hash},
               {"entities", r.entities}, {"quotes", r.quotes}, {"roles", r.roles},
               {"relations", r.relations}});
}

DocumentRecord decode_document(std::string_view v) {
  json j = parse(v);
  return {.doc = j.at("doc"), .title = j.at("title"),
          .published = opt_from<std::string>(j.at("published")), .url = j.at("url"),
          .source = j.at("source"), .content_hash = j.at("content_hash"),
          .entities = j.at("entities"), .quotes = j.at("quotes"), .roles = j.at("roles"),
          .relations = j.at("relations")};
}

// An array, not a map: there is one contribution per entity and document.
std::string encode(const Contribution& c) {
  return cbor({c.name, to_string(c.type), c.forms, c.mentions, opt(c.published)});
}

Contribution decode_contribution(std::string_view v) {
  json j = parse(v);
  return {.name = j.at(0), .type = type_from(j.at(1)), .forms = j.at(2), .mentions = j.at(3),
          .published = opt_from<std::string>(j.at(4))};
}

std::string encode(const QuoteRecord& q) {
  return cbor({{"id", q.id}, {"doc", q.doc}, {"published", opt(q.published)}, {"text", q.text},
               {"kind", q.kind}, {"speaker", opt(q.speaker)},
               {"speaker_description", opt(q.speaker_description)}, {"about", q.about},
               {"span", span_json(q.span)}, {"cue", q.cue}, {"sieve", q.sieve},
               {"confidence", q.confidence}});
}

QuoteRecord decode_quote(std::string_view v) {
  json j = parse(v);
  return {.id = j.at("id"), .doc = j.at("doc"),
          .published = opt_from<std::string>(j.at("published")), .text = j.at("text"),
          .kind = j.at("kind"), .speaker = opt_from<std::string>(j.at("speaker")),
          .speaker_description = opt_from<std::string>(j.at("speaker_description")),
          .about = j.at("about"), .span = span_from(j.at("span")), .cue = j.at("cue"),
          .sieve = j.at("sieve"), .confidence = j.at("confidence")};
}

std::string encode(const RoleRecord& r) {
  return cbor({{"person", r.person}, {"title", r.title}, {"org", opt(r.org)},
               {"former", r.former}, {"doc", r.doc}, {"published", opt(r.published)},
               {"span", span_json(r.span)}, {"rule", r.rule}});
}

RoleRecord decode_role(std::string_view v) {
  json j = parse(v);
  return {.person = j.at("person"), .title = j.at("title"),
          .org = opt_from<std::string>(j.at("org")), .former = j.at("former"), .doc = j.at("doc"),
          .published = opt_from<std::string>(j.at("published")), .span = span_from(j.at("span")),
          .rule = j.at("rule")};
}

// flags (1 = literal), span begin, span length, rule term, confidence in thousandths.
std::string encode(const TripleValue& t) {
  std::string out(1, char(t.literal));
  for (uint64_t n : {uint64_t(t.span.begin), uint64_t(t.span.end - t.span.begin), t.rule,
                     uint64_t(std::lround(t.confidence * 1000))})
    put_varint(out, n);
  return out;
}

TripleValue decode_triple_value(std::string_view v) {
  if (v.empty()) throw_malformed("empty triple value");
  TripleValue t{.literal = v[0] == 1};
  v.remove_prefix(1);
  t.span.begin = uint32_t(get_varint(v));
  t.span.end = t.span.begin + uint32_t(get_varint(v));
  t.rule = get_varint(v);
  t.confidence = double(get_varint(v)) / 1000;
  return t;
}

// Per key: the family number, the key length, the key.
std::string encode(const DocumentKeys& k) {
  std::string out;
  for (const auto& [family, key] : k) {
    put_varint(out, static_cast<uint64_t>(family));
    put_varint(out, key.size());
    out += key;
  }
  return out;
}

DocumentKeys decode_document_keys(std::string_view v) {
  DocumentKeys out;
  while (!v.empty()) {
    uint64_t family = get_varint(v), size = get_varint(v);
    if (family >= keys::kFamilyCount || size > v.size()) throw_malformed("bad by_doc entry");
    out.emplace_back(static_cast<keys::Family>(family), std::string(v.substr(0, size)));
    v.remove_prefix(size);
  }
  return out;
}

std::string encode_count(uint64_t n) { return cbor(n); }
uint64_t decode_count(std::string_view v) { return parse(v).get<uint64_t>(); }

}  // namespace newsgraph::values
