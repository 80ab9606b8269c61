#include "graph/store_keys.h"

#include <algorithm>
#include <charconv>
#include <tuple>

namespace newsgraph::keys {
namespace {

constexpr std::array<std::string_view, kFamilyCount> kFamilyNames = {
    "docs", "entities", "aliases", "quotes", "roles", "spo", "pos", "osp", "by_doc", "meta",
    "terms", "term_text", "corrections", "resolution", "names", "quote_links", "role_dates"};

std::string be(uint64_t n, size_t bytes) {
  std::string out(bytes, '\0');
  for (size_t i = bytes; i-- > 0; n >>= 8) out[i] = char(n & 0xff);
  return out;
}

uint64_t from_be(std::string_view s) {
  uint64_t n = 0;
  for (char c : s) n = n << 8 | static_cast<unsigned char>(c);
  return n;
}

}  // namespace

std::string_view family_name(Family f) { return kFamilyNames[static_cast<size_t>(f)]; }

std::optional<Family> parse_family(std::string_view name) {
  auto it = std::find(kFamilyNames.begin(), kFamilyNames.end(), name);
  if (it == kFamilyNames.end()) return std::nullopt;
  return static_cast<Family>(it - kFamilyNames.begin());
}

size_t prefix_length(Family f) {
  switch (f) {
    case Family::kEntities: case Family::kRoles: case Family::kSpo: case Family::kOsp:
    case Family::kNames: case Family::kQuoteLinks: case Family::kRoleDates:
      return kIdBytes;
    case Family::kPos: return 2 * kIdBytes;  // predicates are few: (predicate, object)
    default: return 0;
  }
}

std::string ids(std::initializer_list<TermId> parts) {
  std::string out;
  for (TermId id : parts) out += be(id, kIdBytes);
  return out;
}

TermId id_at(std::string_view s) { return from_be(s.substr(0, kIdBytes)); }

std::string component(std::string_view s) {
  std::string out(s);
  std::replace(out.begin(), out.end(), '\0', ' ');
  return out;
}

std::string join(std::initializer_list<std::string_view> parts) {
  std::string out;
  bool first = true;
  for (auto part : parts) {
    if (!first) out += '\0';
    first = false;
    out += component(part);
  }
  return out;
}

std::string prefix(std::initializer_list<std::string_view> parts) { return join(parts) + '\0'; }

std::string prefix_end(std::string_view prefix) {
  std::string end(prefix);
  while (!end.empty() && static_cast<unsigned char>(end.back()) == 0xff) end.pop_back();
  if (!end.empty()) end.back() = char(static_cast<unsigned char>(end.back()) + 1);
  return end;
}

std::string with_index(std::string key, uint32_t index) { return key + be(index, 4); }

uint32_t index_of(std::string_view s) {
  return s.size() < 4 ? 0 : uint32_t(from_be(s.substr(s.size() - 4)));
}

std::vector<std::string_view> split(std::string_view key, size_t n) {
  std::vector<std::string_view> parts;
  while (parts.size() < n) {
    size_t nul = key.find('\0');
    if (nul == std::string_view::npos) break;
    parts.push_back(key.substr(0, nul));
    key.remove_prefix(nul + 1);
  }
  parts.push_back(key);
  return parts;
}

std::string triple_key(Family f, const TripleKey& t) {
  auto [a, b, c] = f == Family::kSpo   ? std::array{t.subject, t.predicate, t.object}
                   : f == Family::kPos ? std::array{t.predicate, t.object, t.subject}
                                       : std::array{t.object, t.subject, t.predicate};
  return with_index(ids({a, b, c, t.doc}), t.index);
}

std::optional<TripleKey> parse_triple_key(Family f, std::string_view key) {
  if (key.size() != 4 * kIdBytes + 4) return std::nullopt;
  std::array<TermId, 3> p{id_at(key), id_at(key.substr(kIdBytes)), id_at(key.substr(2 * kIdBytes))};
  TripleKey t{.doc = id_at(key.substr(3 * kIdBytes)), .index = index_of(key)};
  std::tie(t.subject, t.predicate, t.object) =
      f == Family::kSpo   ? std::tuple(p[0], p[1], p[2])
      : f == Family::kPos ? std::tuple(p[2], p[0], p[1])
                          : std::tuple(p[1], p[2], p[0]);
  return t;
}

std::string date_ascending(const std::optional<std::string>& published) {
  if (!published) return std::string(kDateBytes, '\xff');
  std::string out = published->substr(0, kDateBytes);
  out.resize(kDateBytes, '\0');
  return out;
}

std::string date_descending(const std::optional<std::string>& published) {
  std::string out = date_ascending(published);
  if (published)
    for (char& c : out) c = char(0xff - static_cast<unsigned char>(c));
  return out;
}

std::optional<std::string> parse_date_ascending(std::string_view s) {
  std::string out(s.substr(0, kDateBytes));
  if (out == std::string(kDateBytes, '\xff')) return std::nullopt;
  while (!out.empty() && out.back() == '\0') out.pop_back();
  return out;
}

std::optional<std::string> parse_date_descending(std::string_view s) {
  std::string out(s.substr(0, kDateBytes));
  if (out == std::string(kDateBytes, '\xff')) return std::nullopt;
  for (char& c : out) c = char(0xff - static_cast<unsigned char>(c));
  while (!out.empty() && out.back() == '\0') out.pop_back();
  return out;
}

std::string name_key(TermId entity, const std::optional<std::string>& published,
                     std::string_view doc) {
  return ids({entity}) + date_ascending(published) + prefix({doc});
}

std::string quote_link_key(TermId entity, QuoteLink link,
                           const std::optional<std::string>& published, std::string_view doc,
                           uint32_t begin, uint32_t index) {
  return with_index(ids({entity}) + char(link) + date_descending(published) + prefix({doc}) +
                        be(begin, 4),
                    index);
}

std::optional<QuoteLinkKey> parse_quote_link_key(std::string_view key) {
  constexpr size_t head = kIdBytes + 1 + kDateBytes;
  if (key.size() < head + 1 + 8) return std::nullopt;
  std::string_view doc = key.substr(head, key.size() - head - 9);
  if (key[key.size() - 9] != '\0') return std::nullopt;
  return QuoteLinkKey{parse_date_descending(key.substr(kIdBytes + 1)), doc, index_of(key)};
}

std::string role_date_key(TermId person, bool former, const std::optional<std::string>& published,
                          TermId doc, uint32_t index) {
  return with_index(ids({person}) + char(former) + date_descending(published) + ids({doc}), index);
}

std::optional<std::string> role_key_of_date_key(std::string_view key) {
  if (key.size() != 2 * kIdBytes + 1 + kDateBytes + 4) return std::nullopt;
  return std::string(key.substr(0, kIdBytes)) + std::string(key.substr(kIdBytes + 1 + kDateBytes));
}

std::string quote_id(std::string_view doc, uint32_t index) {
  return std::string(doc) + "#q" + std::to_string(index);
}

std::optional<std::pair<std::string, uint32_t>> parse_quote_id(std::string_view id) {
  size_t mark = id.rfind("#q");
  if (mark == std::string_view::npos) return std::nullopt;
  std::string_view digits = id.substr(mark + 2);
  uint32_t index = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), index);
  if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size())
    return std::nullopt;
  return std::pair(std::string(id.substr(0, mark)), index);
}

}  // namespace newsgraph::keys
