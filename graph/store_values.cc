#include "graph/store_values.h"

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

std::string encode(const Contribution& c) {
  return cbor({{"name", c.name}, {"type", to_string(c.type)}, {"forms", c.forms},
               {"mentions", c.mentions}, {"published", opt(c.published)}});
}

Contribution decode_contribution(std::string_view v) {
  json j = parse(v);
  return {.name = j.at("name"), .type = type_from(j.at("type")), .forms = j.at("forms"),
          .mentions = j.at("mentions"), .published = opt_from<std::string>(j.at("published"))};
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

std::string encode(const TripleValue& t) {
  return cbor({{"literal", t.literal}, {"span", span_json(t.span)}, {"rule", t.rule},
               {"confidence", t.confidence}});
}

TripleValue decode_triple_value(std::string_view v) {
  json j = parse(v);
  return {.literal = j.at("literal"), .span = span_from(j.at("span")), .rule = j.at("rule"),
          .confidence = j.at("confidence")};
}

// A map from family name to the keys as CBOR byte strings (keys need not be UTF-8).
std::string encode(const DocumentKeys& k) {
  json j = json::object();
  for (const auto& [family, key] : k)
    j[std::string(keys::family_name(family))].push_back(json::binary({key.begin(), key.end()}));
  return cbor(j);
}

DocumentKeys decode_document_keys(std::string_view v) {
  DocumentKeys out;
  json j = parse(v);
  for (const auto& [name, list] : j.items()) {
    auto family = keys::parse_family(name);
    if (!family) throw json::other_error::create(501, "unknown family " + name, nullptr);
    for (const auto& key : list) {
      const auto& bytes = key.get_binary();
      out.emplace_back(*family, std::string(bytes.begin(), bytes.end()));
    }
  }
  return out;
}

std::string encode_count(uint64_t n) { return cbor(n); }
uint64_t decode_count(std::string_view v) { return parse(v).get<uint64_t>(); }

}  // namespace newsgraph::values
