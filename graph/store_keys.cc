#include "graph/store_keys.h"

#include <algorithm>
#include <charconv>

namespace newsgraph::keys {
namespace {

constexpr std::array<std::string_view, kFamilyCount> kFamilyNames = {
    "docs", "entities", "aliases", "quotes", "roles", "spo", "pos", "osp", "by_doc", "meta"};

std::string be32(uint32_t n) {
  return {char(n >> 24), char(n >> 16 & 0xff), char(n >> 8 & 0xff), char(n & 0xff)};
}

}  // namespace

std::string_view family_name(Family f) { return kFamilyNames[static_cast<size_t>(f)]; }

std::optional<Family> parse_family(std::string_view name) {
  auto it = std::find(kFamilyNames.begin(), kFamilyNames.end(), name);
  if (it == kFamilyNames.end()) return std::nullopt;
  return static_cast<Family>(it - kFamilyNames.begin());
}

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

std::string with_index(std::string key, uint32_t index) { return key + '\0' + be32(index); }

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

uint32_t index_of(std::string_view s) {
  if (s.size() != 4) return 0;
  uint32_t n = 0;
  for (char c : s) n = n << 8 | static_cast<unsigned char>(c);
  return n;
}

std::string spo_key(const TripleKey& t) {
  return with_index(join({t.subject, t.predicate, t.object, t.doc}), t.index);
}
std::string pos_key(const TripleKey& t) {
  return with_index(join({t.predicate, t.object, t.subject, t.doc}), t.index);
}
std::string osp_key(const TripleKey& t) {
  return with_index(join({t.object, t.subject, t.predicate, t.doc}), t.index);
}

std::optional<TripleKey> parse_triple_key(Family f, std::string_view key) {
  auto p = split(key, 4);
  if (p.size() != 5 || p[4].size() != 4) return std::nullopt;
  TripleKey t{.doc = std::string(p[3]), .index = index_of(p[4])};
  auto [s, pr, o] = f == Family::kSpo   ? std::array{p[0], p[1], p[2]}
                    : f == Family::kPos ? std::array{p[2], p[0], p[1]}
                                        : std::array{p[1], p[2], p[0]};
  t.subject = s;
  t.predicate = pr;
  t.object = o;
  return t;
}

std::string quote_id(std::string_view doc, uint32_t index) {
  return std::string(doc) + "#q" + std::to_string(index);
}

std::optional<std::string> quote_key_of(std::string_view id) {
  size_t mark = id.rfind("#q");
  if (mark == std::string_view::npos) return std::nullopt;
  std::string_view digits = id.substr(mark + 2);
  uint32_t index = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), index);
  if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size())
    return std::nullopt;
  return with_index(component(id.substr(0, mark)), index);
}

}  // namespace newsgraph::keys
