// Document: the working state that the ingest stages pass along, in pipeline order
// (segment -> mentions -> coreference -> quotes -> roles -> relations).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "ingest/article.h"
#include "ingest/extraction.h"
#include "ingest/tokens.h"

namespace newsgraph {

/// One recognised mention of an entity. `entity` indexes Document::entities once
/// coreference has run (-1 before).
struct Mention {
  Span span;
  EntityType type = EntityType::kOrg;
  std::string rule;   // "gazetteer", "org-suffix", "title-cue", "capitalised", "nationality", ...
  int entity = -1;
};

/// The text being analysed plus what earlier stages found. `text` is NFC-normalised; all
/// spans point into it (the pipeline maps them back to Article::text at the end).
struct Document {
  const Article* article = nullptr;
  std::string text;                 // NFC text
  uint32_t body_begin = 0;          // first byte after the header lines (title included in body)
  std::vector<Span> paragraphs;     // non-empty paragraphs (split at blank lines / line breaks)
  std::vector<Span> sentences;      // ICU sentence boundaries, inside paragraphs
  std::vector<Mention> mentions;    // sorted by span.begin, non-overlapping
  std::vector<Entity> entities;     // after coreference: one per distinct entity
  std::vector<Quote> quotes;
  std::vector<Role> roles;
  std::vector<Relation> relations;

  std::string_view slice(Span s) const { return std::string_view(text).substr(s.begin, s.size()); }

  /// The tokens of `text` (tokenize_document), scanned on first use and then shared by the
  /// stages. They take their sentence starts from `sentences`: segment() drops earlier ones.
  const DocumentTokens& tokens() const {
    if (!tokens_) tokens_ = tokenize_document(text, body_begin, sentences);
    return *tokens_;
  }
  void drop_tokens() { tokens_.reset(); }

 private:
  mutable std::optional<DocumentTokens> tokens_;
};

}  // namespace newsgraph
