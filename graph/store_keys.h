// Key encoding of the RocksDB store (layout: schemas/store.md). Internal to graph/.
//
// A key is a tuple of components joined by NUL bytes; an index, when last, is a 4-byte
// big-endian integer so that keys sort in document order. A tuple prefix ends with the
// separator, so seeking "a\0" never meets "ab\0...". Components never contain NUL:
// component() replaces one by a space.
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::keys {

/// The column families, in the order they are opened (after RocksDB's "default").
enum class Family { kDocs, kEntities, kAliases, kQuotes, kRoles, kSpo, kPos, kOsp, kByDoc, kMeta };
inline constexpr size_t kFamilyCount = 10;

/// The RocksDB column family name: "docs", "entities", ..., "by_doc", "meta".
std::string_view family_name(Family f);
/// Inverse of family_name; std::nullopt for any other name.
std::optional<Family> parse_family(std::string_view name);

/// `s` with every NUL byte replaced by a space, so it can be a key component.
std::string component(std::string_view s);
/// Components joined by NUL (each passed through component()).
std::string join(std::initializer_list<std::string_view> parts);
/// join(parts) + NUL: the prefix of every key that starts with these components.
std::string prefix(std::initializer_list<std::string_view> parts);
/// The smallest key greater than every key starting with `prefix` (for iterate_upper_bound).
/// Empty when there is none (prefix empty or all 0xFF bytes).
std::string prefix_end(std::string_view prefix);

/// `key` followed by NUL and `index` as 4 big-endian bytes.
std::string with_index(std::string key, uint32_t index);
/// The first `n` NUL-separated components of `key`, then the rest (which may hold NULs).
/// Fewer than n + 1 parts when the key has fewer separators.
std::vector<std::string_view> split(std::string_view key, size_t n);
/// The big-endian integer in the 4 bytes of `s`; 0 if `s` is not 4 bytes long.
uint32_t index_of(std::string_view s);

/// Triple keys: the three index orders of (subject, predicate, object) from one document.
/// Each ends with NUL + the document id + NUL + the triple's 4-byte index in that document.
struct TripleKey {
  std::string subject, predicate, object, doc;
  uint32_t index = 0;
};
std::string spo_key(const TripleKey& t);
std::string pos_key(const TripleKey& t);
std::string osp_key(const TripleKey& t);
/// Inverse of spo_key / pos_key / osp_key for family kSpo, kPos or kOsp.
/// std::nullopt if the key is not of that shape.
std::optional<TripleKey> parse_triple_key(Family f, std::string_view key);

/// Quote ids are "<doc>#q<index>"; the quotes family key is doc NUL index.
std::string quote_id(std::string_view doc, uint32_t index);
/// The quotes-family key of a quote id; std::nullopt if `id` is not a quote id.
std::optional<std::string> quote_key_of(std::string_view id);

}  // namespace newsgraph::keys
