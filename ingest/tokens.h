// Word tokens for the pattern stages (mentions, roles, relations): a hand-written scanner over
// UTF-8 code points using ICU character properties, so "Nguyễn" and "Çelik" are words.
#pragma once

#include <string_view>
#include <vector>

#include <unicode/umachine.h>

#include "ingest/article.h"

namespace newsgraph {

/// The code point at UTF-8 byte offset i of text[0, end), with *next (if given) set to the
/// offset after it; U_SENTINEL (and *next = i) when i is outside [0, end). An ill-formed
/// sequence yields a negative value, as ICU's U8_NEXT does.
UChar32 code_point_at(std::string_view text, int32_t i, int32_t end, int32_t* next = nullptr);

/// One token of doc.text. Words keep inner hyphens and digits ("Owusu-Ansah", "Corvex-3"),
/// dotted initialisms stay whole ("U.S."), and a possessive "'s" / "’s" is a token of its own.
struct Token {
  enum class Kind { kWord, kNumber, kPunct };
  Span span;
  Kind kind = Kind::kPunct;
  bool capitalised = false;     // first letter upper or title case, or an inner capital ("iPhone")
  bool sentence_start = false;  // first word of a sentence or of a line
  bool line_start = false;      // first token after a line break (or of the range)

  bool word() const { return kind == Kind::kWord; }
};

/// Tokens of text[begin, end), in order. Offsets are UTF-8 byte offsets into `text`.
/// `sentence_starts` (sorted byte offsets, may be empty) marks extra sentence starts beyond the
/// scanner's own rule (after . ! ? or a line break). Never throws for valid UTF-8.
std::vector<Token> tokenize(std::string_view text, uint32_t begin, uint32_t end,
                            const std::vector<uint32_t>& sentence_starts = {});

/// The lower-case forms (lexicon.h lower()) of a token list's texts, computed once.
class LowerForms {
 public:
  LowerForms() = default;
  LowerForms(std::string_view text, const std::vector<Token>& tokens);
  /// The forms of tokens [first, end) (for a token list that is a tail of this one's).
  LowerForms tail(size_t first) const;
  /// Token i's text in lower case; empty past the end.
  std::string_view operator[](size_t i) const {
    return i < end_.size() ? std::string_view(chars_).substr(begin(i), end_[i] - begin(i))
                           : std::string_view();
  }

 private:
  uint32_t begin(size_t i) const { return i ? end_[i - 1] : 0; }
  std::string chars_;          // the forms one after another
  std::vector<uint32_t> end_;  // token i's form ends at chars_[end_[i]]
};

/// A document's tokens, scanned once and shared by the stages that read tokens (scanning was a
/// fifth of extraction when each stage re-tokenised the text). Each list equals what tokenize()
/// returns for the same range and sentence starts:
struct DocumentTokens {
  std::vector<Token> all;         // text[0, end), sentence starts given (mentions: bylines too)
  std::vector<Token> body;        // text[body_begin, end), sentence starts given (roles, relations)
  std::vector<Token> body_plain;  // text[body_begin, end), the scanner's own starts (speakers)
  LowerForms all_lower, body_lower;  // of `all` and of `body`
};

/// The three token lists of text with its body at `body_begin` and the segmenter's `sentences`
/// (their begins are the extra sentence starts; may be empty). Never throws for valid UTF-8.
DocumentTokens tokenize_document(std::string_view text, uint32_t body_begin,
                                 const std::vector<Span>& sentences);

/// True for a possessive token ("'s", "’s", "'", "’").
bool is_possessive(std::string_view token);

}  // namespace newsgraph
