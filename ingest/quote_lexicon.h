// Word classes of the quotes stage: cue verbs (lexicons/cue_verbs.txt) and the closed-class
// words of speaker phrases (lexicons/quote_words.tsv), parsed once into one map from a
// lower-case word to a bit set of classes. Immutable after construction: safe to share.
#pragma once

#include <cstdint>
#include <string_view>

#include "ingest/lexicon.h"

namespace newsgraph {

/// Bits of QuoteLexicon::classes. See the lexicon files for each class's meaning.
enum WordClass : uint32_t {
  kCueDirect = 1u << 0,         // any cue verb: introduces a direct quotation
  kCueReported = 1u << 1,       // introduces reported speech: "said (that) CLAUSE"
  kCueObject = 1u << 2,         // reported speech only through "that" after an object ("told")
  kCueBare = 1u << 3,          // a reported clause may open with any noun ("said attackers …")
  kOrgNoun = 1u << 4,
  kSpokesNoun = 1u << 5,
  kSourceDeterminer = 1u << 6,
  kPersonPronoun = 1u << 7,
  kOrgPronoun = 1u << 8,
  kSkipBeforeCue = 1u << 9,
  kIntroWord = 1u << 10,
  kElision = 1u << 11,
  kClauseStart = 1u << 12,
  kDefinite = 1u << 13,
  kNegation = 1u << 14,
  kRelative = 1u << 15,
  kPrepositionIng = 1u << 16,
  kPublicBody = 1u << 17,
  kCueNoun = 1u << 18,          // reported speech only through a speech noun and "that" ("raised")
  kSpeechNoun = 1u << 19,
};

struct QuoteLexicon {
  StringMap<uint32_t> classes;  // lower-case word -> WordClass bits

  /// The classes of a word given in any case (0 for an unknown word).
  uint32_t of(std::string_view word) const;
  /// The same when `lowered` is lower(word), computed once per document (tokens.h LowerForms).
  uint32_t of(std::string_view word, std::string_view lowered) const;
};

/// The built-in lexicons, parsed on first use. Throws std::runtime_error naming the file and
/// line of a malformed entry (a bug in a version-controlled file).
const QuoteLexicon& quote_lexicon();

/// Parses lexicon text in the formats of cue_verbs.txt and quote_words.tsv into `out`.
/// Throws std::runtime_error naming `name` and the line of a malformed entry.
void parse_cue_verbs(std::string_view text, std::string_view name, QuoteLexicon& out);
void parse_quote_words(std::string_view text, std::string_view name, QuoteLexicon& out);

}  // namespace newsgraph
