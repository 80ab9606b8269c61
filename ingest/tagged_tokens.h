// Tokens of a document's body tagged with the mentions they belong to: the shared view of
// the pattern stages that read mentions in context (roles, relations).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/document.h"
#include "ingest/tokens.h"

namespace newsgraph {

/// The body's tokens, each with the mention covering it (index into doc.mentions, or -1).
/// Sentences are token ranges [first, last) cut at Token::sentence_start.
class TaggedTokens {
 public:
  /// Reads doc.tokens().body. doc.mentions must be sorted (find_mentions). `doc` must outlive it.
  explicit TaggedTokens(const Document& doc);

  size_t size() const { return tokens_.size(); }
  const Token& token(size_t i) const { return tokens_[i]; }
  /// The token's text; empty past the end.
  std::string_view word(size_t i) const {
    return i < tokens_.size() ? doc_.slice(tokens_[i].span) : std::string_view();
  }
  /// The token's text in lower case; empty past the end.
  std::string_view lower_word(size_t i) const { return lower_[i]; }
  /// Index into doc.mentions of the mention covering token i, or -1.
  int mention(size_t i) const { return i < mention_.size() ? mention_[i] : -1; }
  /// The entity of the mention covering token i, or nullptr.
  const Entity* entity(size_t i) const;
  /// Token ranges of the sentences, in order.
  const std::vector<std::pair<size_t, size_t>>& sentences() const { return sentences_; }
  /// First and one-past-last token of mention m.
  std::pair<size_t, size_t> mention_tokens(int m) const { return mention_range_[m]; }

 private:
  const Document& doc_;
  const std::vector<Token>& tokens_;
  const LowerForms& lower_;
  std::vector<int> mention_;
  std::vector<std::pair<size_t, size_t>> mention_range_;
  std::vector<std::pair<size_t, size_t>> sentences_;
};

}  // namespace newsgraph
