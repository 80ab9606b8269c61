// Key encoding of the RocksDB store (layout 4: schemas/store.md). Internal to graph/.
//
// Most keys are tuples of term ids: 4-byte big-endian integers from the term dictionary, so
// they have fixed widths and sort by id; an index, when last, is a 4-byte big-endian integer
// so that keys sort in document order. Text keys (aliases, corrections) are components joined
// by NUL bytes; a text prefix ends with the separator, so seeking "a\0" never meets "ab\0...".
// Text components never contain NUL: component() replaces one by a space.
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsgraph::keys {

/// The column families, in the order they are opened (after RocksDB's "default").
enum class Family {
  kDocs, kEntities, kAliases, kQuotes, kRoles, kSpo, kPos, kOsp, kByDoc, kMeta,
  kTerms, kTermText, kCorrections, kResolution, kNames, kQuoteLinks, kRoleDates
};
inline constexpr size_t kFamilyCount = 17;

/// The RocksDB column family name: "docs", "entities", ..., "corrections", "resolution".
std::string_view family_name(Family f);
/// Inverse of family_name; std::nullopt for any other name.
std::optional<Family> parse_family(std::string_view name);
/// Bytes of the fixed prefix the family's prefix extractor and Bloom filter use (the first
/// term id, or two for pos), for families read by prefix seeks only; 0 for the others.
size_t prefix_length(Family f);

/// A term of the dictionary (entity ids, predicates, documents, quote ids, literals, rules).
using TermId = uint64_t;
inline constexpr size_t kIdBytes = 4;
/// The largest term id a key can hold.
inline constexpr TermId kMaxTermId = (TermId(1) << (8 * kIdBytes)) - 1;

/// The ids as consecutive 4-byte big-endian integers.
std::string ids(std::initializer_list<TermId> parts);
/// The big-endian integer in the first 4 bytes of `s` (which must have them).
TermId id_at(std::string_view s);

/// `s` with every NUL byte replaced by a space, so it can be a key component.
std::string component(std::string_view s);
/// Components joined by NUL (each passed through component()).
std::string join(std::initializer_list<std::string_view> parts);
/// join(parts) + NUL: the prefix of every key that starts with these components.
std::string prefix(std::initializer_list<std::string_view> parts);
/// The smallest key greater than every key starting with `prefix` (for iterate_upper_bound).
/// Empty when there is none (prefix empty or all 0xFF bytes).
std::string prefix_end(std::string_view prefix);

/// `key` followed by `index` as 4 big-endian bytes.
std::string with_index(std::string key, uint32_t index);
/// The big-endian integer in the last 4 bytes of `s`; 0 if `s` is shorter.
uint32_t index_of(std::string_view s);
/// The first `n` NUL-separated components of `key`, then the rest (which may hold NULs).
/// Fewer than n + 1 parts when the key has fewer separators.
std::vector<std::string_view> split(std::string_view key, size_t n);

/// Triple keys: the three orders of (subject, predicate, object) from one document, each
/// followed by the document and the triple's 4-byte index in it (20 bytes).
struct TripleKey {
  TermId subject = 0, predicate = 0, object = 0, doc = 0;
  uint32_t index = 0;
};
std::string triple_key(Family f, const TripleKey& t);  // f is kSpo, kPos or kOsp
/// Inverse of triple_key; std::nullopt if the key is not of that shape.
std::optional<TripleKey> parse_triple_key(Family f, std::string_view key);

/// A publication date as 10 key bytes that sort oldest first: YYYY-MM-DD (a shorter date
/// padded with NUL bytes, so "2024" sorts before "2024-01-01"), undated as ten 0xFF bytes (last).
std::string date_ascending(const std::optional<std::string>& published);
/// Inverse of date_ascending on the first 10 bytes of `s` (which must have them).
std::optional<std::string> parse_date_ascending(std::string_view s);
/// The same with every dated byte inverted (255 - byte): newest first, undated still last.
std::string date_descending(const std::optional<std::string>& published);
/// Inverse of date_descending on the first 10 bytes of `s` (which must have them).
std::optional<std::string> parse_date_descending(std::string_view s);
inline constexpr size_t kDateBytes = 10;

/// names: `E date_ascending doc \0` -> the document's name for the entity. The first row of
/// an entity is its display name (earliest document, undated last, then document id).
std::string name_key(TermId entity, const std::optional<std::string>& published,
                     std::string_view doc);

/// quote_links: `E link date_descending doc \0 begin idx` -> `D` and the kind ('d' direct, 'a' answer,
/// 'i' indirect); link 's' (E is the speaker) or 'a' (the quote is about E). An entity's
/// quotes of one link in the order `quotes` shows them: newest first, then document id, then
/// offset.
enum class QuoteLink : char { kBy = 's', kAbout = 'a' };
std::string quote_link_key(TermId entity, QuoteLink link,
                           const std::optional<std::string>& published, std::string_view doc,
                           uint32_t begin, uint32_t index);
struct QuoteLinkKey {
  std::optional<std::string> published;
  std::string_view doc;  // into the key
  uint32_t index = 0;
};
/// The date, document and index of a quote_links key; std::nullopt if malformed.
std::optional<QuoteLinkKey> parse_quote_link_key(std::string_view key);

/// role_dates: `E former date_descending D idx` (former 0 or 1) -> empty: a person's roles,
/// current ones first, each newest first. The roles row is `E D idx`.
std::string role_date_key(TermId person, bool former, const std::optional<std::string>& published,
                          TermId doc, uint32_t index);
/// The `roles` key of a role_dates key (`E D idx`); std::nullopt if malformed.
std::optional<std::string> role_key_of_date_key(std::string_view key);

/// Quote ids are "<doc>#q<index>".
std::string quote_id(std::string_view doc, uint32_t index);
/// The document and index of a quote id; std::nullopt if `id` is not a quote id.
std::optional<std::pair<std::string, uint32_t>> parse_quote_id(std::string_view id);

}  // namespace newsgraph::keys
