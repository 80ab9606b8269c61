// Lexicons: the version-controlled word lists of ingest/lexicons/, parsed once into hash sets
// and maps. Immutable after construction, so one Lexicon is safe to share between threads.
#pragma once

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ingest/extraction.h"

namespace newsgraph {

/// Calls f(line, line_number) for each line of a lexicon file that is neither blank nor a
/// # comment, with trailing spaces and CR removed. Line numbers count from 1.
template <class F>
void for_each_lexicon_line(std::string_view text, F f) {
  size_t number = 0;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++number;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    f(line, number);
  }
}

/// 64-bit XXH3 of `s`'s bytes: a few instructions for the short words of lexicon look-ups,
/// where std::hash's out-of-line murmur hash was 6% of `extract` (callgrind, BENCHMARKS.md).
size_t hash_bytes(std::string_view s);

/// Hash for heterogeneous lookup of string_view keys in string containers.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return hash_bytes(s); }
};
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;
template <class V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;
/// The same keyed by views, for words of a text that outlives the container (no copies).
using ViewSet = std::unordered_set<std::string_view, StringHash, std::equal_to<>>;
template <class V>
using ViewMap = std::unordered_map<std::string_view, V, StringHash, std::equal_to<>>;

/// Multi-word lexicon entries (words joined by single spaces) as a trie of words, so that a
/// longest match walks tokens one word at a time, stops at the first word that no entry goes
/// on with, and builds no phrase strings (building and hashing them was a tenth of `extract`).
/// A walk from kRoot along the words of a phrase ends at a node whose value() is the entry
/// for exactly that phrase.
template <class V>
class PhraseTrie {
 public:
  static constexpr uint32_t kRoot = 0, kNone = UINT32_MAX;

  /// Adds `phrase` (split at each single space) with its entry `value`, which must outlive
  /// the trie.
  void insert(std::string_view phrase, const V* value) {
    uint32_t node = kRoot;
    for (size_t from = 0;; ) {
      size_t space = std::min(phrase.find(' ', from), phrase.size());
      auto [it, added] = edges_.try_emplace(Edge{node, std::string(phrase.substr(from, space - from))},
                                            uint32_t(values_.size()));
      if (added) values_.push_back(nullptr);
      node = it->second;
      if (space == phrase.size()) break;
      from = space + 1;
    }
    values_[node] = value;
  }
  /// The node after `word` from `node`, or kNone when no entry goes on that way.
  uint32_t next(uint32_t node, std::string_view word) const {
    auto it = edges_.find(EdgeView{node, word});
    return it == edges_.end() ? kNone : it->second;
  }
  /// The entry of the phrase that ends at `node`, or nullptr.
  const V* value(uint32_t node) const { return values_[node]; }
  /// The longest entry spelt by the first words of word(0), word(1), ..., word(n - 1), read
  /// up to the first empty one: its length in words and the entry, or {0, nullptr}.
  template <class Word>
  std::pair<size_t, const V*> longest(size_t n, Word word) const {
    std::pair<size_t, const V*> best{0, nullptr};
    uint32_t node = kRoot;
    for (size_t k = 0; k < n; ++k) {
      std::string_view w = word(k);
      if (w.empty() || (node = next(node, w)) == kNone) break;
      if (const V* v = value(node)) best = {k + 1, v};
    }
    return best;
  }

 private:
  using Edge = std::pair<uint32_t, std::string>;
  using EdgeView = std::pair<uint32_t, std::string_view>;
  struct EdgeHash {
    using is_transparent = void;
    size_t operator()(EdgeView e) const {
      return hash_bytes(e.second) ^ (e.first * 0x9E3779B97F4A7C15ull);
    }
  };
  struct EdgeEq {
    using is_transparent = void;
    bool operator()(EdgeView a, EdgeView b) const { return a == b; }
  };
  std::unordered_map<Edge, uint32_t, EdgeHash, EdgeEq> edges_;  // (node, word) -> child node
  std::vector<const V*> values_{nullptr};                         // node -> entry; kRoot first
};

/// A well-known entity: its canonical name and type (gazetteer.tsv, nationalities.tsv).
struct KnownEntity {
  std::string name;
  EntityType type = EntityType::kOrg;
};

/// A relation cue (relation_cues.tsv): a lower-case word sequence that signals `predicate`.
/// `passive` cues ("developed by") name the object before the cue and the subject after it.
struct RelationCue {
  std::string predicate;
  bool passive = false;
};

/// All lexicons. Word sets hold lower-case entries unless a member says otherwise.
struct Lexicon {
  StringMap<KnownEntity> gazetteer;       // surface form (name or alias, as written) -> entity
  StringMap<KnownEntity> nationalities;   // "Chinese" -> {China, PLACE}
  StringSet given_names;                  // as written: "Maria", "Søren"
  StringSet common_words;                 // words capitalised only at a sentence start
  StringSet non_names;                    // never a name alone: months, weekdays, "AI", "CEO"
  StringSet org_suffixes;                 // as written: "Systems", "Inc", "Labs"
  StringSet org_heads;                    // as written, may open "X of Y": "University", "Bureau"
  StringSet place_heads;                  // as written, open a place "X of Y": "Gulf", "Strait"
  StringSet honorifics;                   // as written: "Mr", "Dr", "Ms"
  StringSet titles;                       // "chief executive", "vice president", "analyst"
  StringSet public_titles;                // "president", "minister": roles without an org
  StringSet title_modifiers;              // "senior", "former", "interim", "principal"
  StringSet shared_titles;                // "owner", "investor": no person cue after a name
  StringSet legal_forms;                  // as written: "Inc", "Corp.", "plc"
  StringSet product_cues;                 // nouns next to a product name: "model", "app", "chip"
  StringSet non_entity_heads;             // as written, end names of laws and events: "Act"
  StringMap<RelationCue> relation_cues;   // "acquired" -> acquires
  size_t max_title_words = 1;
  size_t max_cue_words = 1;
  size_t max_gazetteer_words = 1;
  StringSet known_prefixes;               // every byte prefix of a gazetteer or nationality key
  std::bitset<65536> known_openings;      // opening() of every 1- and 2-byte such prefix
  PhraseTrie<std::string> title_phrases;  // titles, word by word
  PhraseTrie<StringMap<RelationCue>::value_type> cue_phrases;  // relation_cues, word by word

  /// The entity a surface form names (gazetteer first, then nationality adjectives), or null.
  /// An all-capitals form of four or more characters is also looked up in title case.
  const KnownEntity* known(std::string_view surface) const;
  /// False when no surface form that known() finds begins with `text`, so no longer text that
  /// begins with it is worth looking up (one hash look-up instead of one per length).
  bool opens_known(std::string_view text) const;
  /// False when neither `text` nor its title case opens like a key of known(): a test of
  /// its first two bytes that turns most words away before any hash look-up.
  bool may_be_known(std::string_view text) const;
};

/// The lexicons compiled into the binary, parsed on first use (thread-safe static init).
/// Throws std::runtime_error naming the file and line if a built-in file is malformed.
const Lexicon& lexicon();

/// Parses lexicon files given as text (the built-in ones or, for tests and overrides, others).
/// Throws std::runtime_error naming `name` and the line for a malformed line.
void parse_gazetteer(std::string_view text, std::string_view name, StringMap<KnownEntity>& out);
void parse_word_set(std::string_view text, StringSet& out, bool lower_case);

/// Lower-case form of a UTF-8 word (ICU full case mapping; ASCII fast path).
std::string lower(std::string_view word);
/// Appends lower(word) to `out` (no allocation for an ASCII word).
void append_lower(std::string& out, std::string_view word);

/// Splits text into whitespace-separated words.
std::vector<std::string_view> split_words(std::string_view text);

}  // namespace newsgraph
