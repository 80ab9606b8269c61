#include "ingest/lexicon.h"

#include <algorithm>
#include <stdexcept>

#define XXH_INLINE_ALL  // XXH3's short-input paths inlined into hash_bytes
#include <xxhash.h>

#include <fmt/format.h>
#include <unicode/unistr.h>

namespace newsgraph {
namespace lexicon_data {
std::string_view gazetteer();
std::string_view nationalities();
std::string_view given_names();
std::string_view common_words();
std::string_view non_names();
std::string_view org_suffixes();
std::string_view org_heads();
std::string_view place_heads();
std::string_view honorifics();
std::string_view titles();
std::string_view title_modifiers();
std::string_view public_titles();
std::string_view shared_titles();
std::string_view legal_forms();
std::string_view product_cues();
std::string_view non_entity_heads();
std::string_view relation_cues();
}  // namespace lexicon_data

namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

[[noreturn]] void bad_line(std::string_view file, size_t line, std::string_view why) {
  throw std::runtime_error(fmt::format("lexicon {} line {}: {}", file, line, why));
}

void parse_nationalities(std::string_view text, StringMap<KnownEntity>& out) {
  for_each_lexicon_line(text, [&](std::string_view line, size_t n) {
    auto f = split(line, '\t');
    if (f.size() != 2) bad_line("nationalities.tsv", n, "want ADJECTIVE<TAB>COUNTRY");
    out.emplace(std::string(f[0]), KnownEntity{std::string(f[1]), EntityType::kPlace});
  });
}

void parse_relation_cues(std::string_view text, Lexicon& lex) {
  for_each_lexicon_line(text, [&](std::string_view line, size_t n) {
    auto f = split(line, '\t');
    if (f.size() != 3 || (f[2] != "active" && f[2] != "passive"))
      bad_line("relation_cues.tsv", n, "want CUE<TAB>PREDICATE<TAB>active|passive");
    lex.relation_cues.emplace(std::string(f[0]), RelationCue{std::string(f[1]), f[2] == "passive"});
    lex.max_cue_words = std::max(lex.max_cue_words, split_words(f[0]).size());
  });
}

size_t max_words(const StringSet& set) {
  size_t n = 1;
  for (const auto& s : set) n = std::max(n, split_words(s).size());
  return n;
}

// The first two bytes of a non-empty `s` as one number (a one-byte `s`: its byte, then 0).
uint32_t opening(std::string_view s) {
  return uint32_t(static_cast<unsigned char>(s[0])) << 8 |
         (s.size() > 1 ? static_cast<unsigned char>(s[1]) : 0u);
}

Lexicon build() {
  Lexicon lex;
  namespace d = lexicon_data;
  parse_gazetteer(d::gazetteer(), "gazetteer.tsv", lex.gazetteer);
  for (const auto& [surface, e] : lex.gazetteer)
    lex.max_gazetteer_words = std::max(lex.max_gazetteer_words, split_words(surface).size());
  parse_nationalities(d::nationalities(), lex.nationalities);
  parse_word_set(d::given_names(), lex.given_names, false);
  parse_word_set(d::common_words(), lex.common_words, true);
  parse_word_set(d::non_names(), lex.non_names, false);
  parse_word_set(d::org_suffixes(), lex.org_suffixes, false);
  parse_word_set(d::org_heads(), lex.org_heads, false);
  parse_word_set(d::place_heads(), lex.place_heads, false);
  parse_word_set(d::honorifics(), lex.honorifics, false);
  parse_word_set(d::titles(), lex.titles, true);
  parse_word_set(d::title_modifiers(), lex.title_modifiers, true);
  parse_word_set(d::public_titles(), lex.public_titles, true);
  parse_word_set(d::shared_titles(), lex.shared_titles, true);
  parse_word_set(d::legal_forms(), lex.legal_forms, false);
  parse_word_set(d::product_cues(), lex.product_cues, true);
  parse_word_set(d::non_entity_heads(), lex.non_entity_heads, false);
  parse_relation_cues(d::relation_cues(), lex);
  for (const auto* keys : {&lex.gazetteer, &lex.nationalities})
    for (const auto& [surface, e] : *keys)
      for (size_t n = 1; n <= surface.size(); ++n) {
        lex.known_prefixes.insert(surface.substr(0, n));
        if (n <= 2) lex.known_openings.set(opening(surface.substr(0, n)));
      }
  lex.max_title_words = max_words(lex.titles);
  for (const auto& title : lex.titles) lex.title_phrases.insert(title, &title);
  for (const auto& entry : lex.relation_cues) lex.cue_phrases.insert(entry.first, &entry);
  return lex;
}

// ICU full case mapping.
std::string unicode_lower(std::string_view word) {
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), int32_t(word.size())))
      .toLower()
      .toUTF8String(out);
  return out;
}

// "SAN FRANCISCO" -> "San Francisco" (ASCII), for upper-case datelines.
std::string title_case(std::string_view s) {
  std::string out(s);
  for (size_t i = 1; i < out.size(); ++i)
    if (out[i - 1] != ' ' && out[i] >= 'A' && out[i] <= 'Z') out[i] = char(out[i] + 32);
  return out;
}

// No lower-case ASCII letter and no non-ASCII byte: "SAN FRANCISCO", "IBM".
bool all_capitals(std::string_view s) {
  return std::none_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c & 0x80); });
}

}  // namespace

size_t hash_bytes(std::string_view s) { return size_t(XXH3_64bits(s.data(), s.size())); }

bool Lexicon::may_be_known(std::string_view text) const {
  if (text.empty() || known_openings[opening(text)]) return true;
  return all_capitals(text) && known_openings[opening(title_case(text.substr(0, 2)))];
}

const KnownEntity* Lexicon::known(std::string_view surface) const {
  if (!may_be_known(surface)) return nullptr;
  if (auto it = gazetteer.find(surface); it != gazetteer.end()) return &it->second;
  if (auto it = nationalities.find(surface); it != nationalities.end()) return &it->second;
  if (surface.size() <= 3 || !all_capitals(surface)) return nullptr;
  std::string titled = title_case(surface);
  return titled != surface ? known(titled) : nullptr;  // "A $20" has nothing to lower
}

// title_case of a prefix is the prefix of the title_case, and an all-capitals surface has
// all-capitals prefixes, so checking the prefix set covers known()'s title-case look-up too.
bool Lexicon::opens_known(std::string_view text) const {
  if (!may_be_known(text)) return false;
  return known_prefixes.contains(text) || (all_capitals(text) && known_prefixes.contains(title_case(text)));
}

const Lexicon& lexicon() {
  static const Lexicon lex = build();
  return lex;
}

void parse_gazetteer(std::string_view text, std::string_view name, StringMap<KnownEntity>& out) {
  for_each_lexicon_line(text, [&](std::string_view line, size_t n) {
    auto f = split(line, '\t');
    if (f.size() < 2 || f.size() > 3) bad_line(name, n, "want NAME<TAB>TYPE[<TAB>ALIAS|ALIAS]");
    auto type = parse_entity_type(f[1]);
    if (!type) bad_line(name, n, fmt::format("unknown type {}", f[1]));
    KnownEntity e{std::string(f[0]), *type};
    out.emplace(e.name, e);
    if (f.size() == 3)
      for (std::string_view alias : split(f[2], '|'))
        if (!alias.empty()) out.emplace(std::string(alias), e);
  });
}

void parse_word_set(std::string_view text, StringSet& out, bool lower_case) {
  for_each_lexicon_line(text, [&](std::string_view line, size_t) {
    out.insert(lower_case ? lower(line) : std::string(line));
  });
}

std::string lower(std::string_view word) {
  std::string s;
  s.reserve(word.size());
  append_lower(s, word);
  return s;
}

void append_lower(std::string& out, std::string_view word) {
  if (std::any_of(word.begin(), word.end(), [](char c) { return c & 0x80; })) {
    out += unicode_lower(word);
    return;
  }
  size_t start = out.size();  // ASCII: append, then lower in place
  out += word;
  for (size_t i = start; i < out.size(); ++i)
    if (out[i] >= 'A' && out[i] <= 'Z') out[i] = char(out[i] - 'A' + 'a');
}

std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    size_t j = i;
    while (j < text.size() && text[j] != ' ') ++j;
    if (j > i) out.push_back(text.substr(i, j - i));
    i = j;
  }
  return out;
}

}  // namespace newsgraph
