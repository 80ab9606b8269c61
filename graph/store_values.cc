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
  for (; n >= 0x80; n >>= 7) out += char((n & 0x7f) | 0x80);
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

// The argument of the CBOR data item head at `at` (RFC 8949 section 3: major type in the top
// three bits, the argument in the rest or the 1, 2, 4 or 8 bytes after); `at` moves past it.
uint64_t cbor_head(std::string_view v, size_t& at, int& major) {
  if (at >= v.size()) throw_malformed("CBOR value cut short");
  const uint8_t initial = static_cast<uint8_t>(v[at++]);
  major = initial >> 5;
  const uint8_t info = initial & 0x1f;
  if (info < 24) return info;
  if (info > 27) throw_malformed("CBOR indefinite length or reserved head");
  const size_t bytes = size_t(1) << (info - 24);
  if (v.size() - at < bytes) throw_malformed("CBOR value cut short");
  uint64_t n = 0;
  for (size_t i = 0; i < bytes; ++i) n = n << 8 | static_cast<uint8_t>(v[at++]);
  return n;
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

// An array, not a map, as there is one contribution per entity and document: the forms (the
// name first, unless it is not among them), mentions, published, type (EntityType number).
std::string encode(const Contribution& c) {
  json forms = json::array({c.name});
  for (const auto& form : c.forms)
    if (form != c.name) forms.push_back(form);
  return cbor({forms, c.mentions, opt(c.published), static_cast<int>(c.type)});
}

Contribution decode_contribution(std::string_view v) {
  json j = parse(v);
  auto type = j.at(3).get<int>();
  if (type < 0 || type > static_cast<int>(EntityType::kPlace))
    throw_malformed("unknown entity type " + std::to_string(type));
  Contribution c{.type = static_cast<EntityType>(type), .forms = j.at(0), .mentions = j.at(1),
                 .published = opt_from<std::string>(j.at(2))};
  if (c.forms.empty()) throw_malformed("contribution without a name");
  c.name = c.forms.front();
  return c;
}

uint64_t decode_contribution_mentions(std::string_view v) {
  constexpr int kUnsigned = 0, kText = 3, kArray = 4;
  size_t at = 0;
  int major = 0;
  if (cbor_head(v, at, major) < 2 || major != kArray) throw_malformed("contribution not an array");
  const uint64_t forms = cbor_head(v, at, major);
  if (major != kArray) throw_malformed("contribution forms not an array");
  for (uint64_t i = 0; i < forms; ++i) {
    const uint64_t length = cbor_head(v, at, major);
    if (major != kText || length > v.size() - at) throw_malformed("contribution form not text");
    at += length;
  }
  const uint64_t mentions = cbor_head(v, at, major);
  if (major != kUnsigned) throw_malformed("contribution mentions not a count");
  return mentions;
}

// An array in the order of QuoteRecord's fields, the id as its index in the document.
std::string encode(const QuoteRecord& q) {
  auto parsed = keys::parse_quote_id(q.id);
  return cbor({parsed ? parsed->second : 0, q.doc, opt(q.published), q.text, q.kind,
               opt(q.speaker), opt(q.speaker_description), q.about, span_json(q.span), q.cue,
               q.sieve, q.confidence});
}

QuoteRecord decode_quote(std::string_view v) {
  json j = parse(v);
  std::string doc = j.at(1);
  return {.id = keys::quote_id(doc, j.at(0).get<uint32_t>()), .doc = doc,
          .published = opt_from<std::string>(j.at(2)), .text = j.at(3), .kind = j.at(4),
          .speaker = opt_from<std::string>(j.at(5)),
          .speaker_description = opt_from<std::string>(j.at(6)), .about = j.at(7),
          .span = span_from(j.at(8)), .cue = j.at(9), .sieve = j.at(10),
          .confidence = j.at(11)};
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

namespace {

// The fixed-width tail of a family's keys: term ids, then the document's id, then an index.
struct Tail {
  size_t ids = 0;
  bool doc = false, index = false;
  size_t bytes() const { return (ids + doc) * keys::kIdBytes + (index ? 4 : 0); }
};

Tail tail_of(keys::Family f) {
  using keys::Family;
  switch (f) {
    case Family::kEntities: case Family::kAliases: return {1, true, false};
    case Family::kQuotes: return {0, true, true};
    case Family::kRoles: return {1, true, true};
    case Family::kSpo: return {3, true, true};
    default: return {0, false, false};
  }
}

}  // namespace

// Per key: the family number, the length of the key's text, the text, its term ids (except
// the document's, known from the by_doc key) and index as varints.
std::string encode(const DocumentKeys& k) {
  std::string out;
  for (const auto& [family, key] : k) {
    Tail tail = tail_of(family);
    std::string_view text = std::string_view(key).substr(0, key.size() - tail.bytes());
    put_varint(out, static_cast<uint64_t>(family));
    put_varint(out, text.size());
    out += text;
    for (size_t i = 0; i < tail.ids; ++i)
      put_varint(out, keys::id_at(key.substr(text.size() + i * keys::kIdBytes)));
    if (tail.index) put_varint(out, keys::index_of(key));
  }
  return out;
}

DocumentKeys decode_document_keys(std::string_view v, keys::TermId doc) {
  DocumentKeys out;
  while (!v.empty()) {
    uint64_t family = get_varint(v), size = get_varint(v);
    if (family >= keys::kFamilyCount || size > v.size()) throw_malformed("bad by_doc entry");
    Tail tail = tail_of(static_cast<keys::Family>(family));
    std::string key(v.substr(0, size));
    v.remove_prefix(size);
    for (size_t i = 0; i < tail.ids; ++i) key += keys::ids({get_varint(v)});
    if (tail.doc) key += keys::ids({doc});
    if (tail.index) key = keys::with_index(std::move(key), uint32_t(get_varint(v)));
    out.emplace_back(static_cast<keys::Family>(family), std::move(key));
  }
  return out;
}

std::string encode_count(uint64_t n) { return cbor(n); }
uint64_t decode_count(std::string_view v) { return parse(v).get<uint64_t>(); }

}  // namespace newsgraph::values
