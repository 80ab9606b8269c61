// Speakers: resolves the phrase that names who speaks ("Halvorsen", "he", "the company",
// "a spokesperson for Pellan", "one analyst") to an entity of the document, or to an unnamed
// source. Shared by the attribution sieves of direct quotations and by reported speech.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/document.h"
#include "ingest/quote_spans.h"
#include "ingest/tokens.h"

namespace newsgraph {

/// Who speaks: an entity name, or an unnamed source (name null, description "one analyst");
/// an organisation's representative has both (name "OpenAI", description "OpenAI's spokesperson").
struct Speaker {
  std::optional<std::string> name;
  std::optional<std::string> description;
  Span span;                 // the phrase or mention that names the speaker
  double confidence = 1.0;   // 1 for a name; lower for a pronoun or a phrase resolved backwards
  bool pronoun = false;      // named by "he", "she", "they"
};

/// A token of the document body with what the sieves ask of it.
struct WordToken {
  Token token;
  uint32_t classes = 0;   // WordClass bits of the word (quote_lexicon.h)
  int mention = -1;       // index into doc.mentions of a PERSON/ORG mention covering it, or -1
  int sentence = 0;       // sentence number (an opening mark belongs to the sentence it opens)
  int paragraph = 0;      // paragraph number (a line break starts one)
  bool in_quote = false;  // inside a direct quotation, marks included
};

/// The tokens of one document and the speaker-resolution rules over them. Reads `doc` (text,
/// mentions, entities), which must outlive it. Token ranges are half-open [b, e).
class SpeakerResolver {
 public:
  SpeakerResolver(const Document& doc, const std::vector<QuoteSpan>& quotes);

  const std::vector<WordToken>& tokens() const { return tokens_; }
  std::string_view text(size_t i) const;
  bool is(size_t i, uint32_t word_classes) const;
  /// Whether token i is part of a mention of a person.
  bool person_at(size_t i) const;
  /// Index of the first token that begins at or after byte `offset` (tokens().size() if none).
  size_t token_at(uint32_t offset) const;
  /// [first token, end) of the sentence of token i.
  size_t sentence_begin(size_t i) const;
  size_t sentence_end(size_t i) const;

  /// The speaker named by the phrase that opens at token b: a mention (not a possessor, as in
  /// "Pellan's chief executive"), a pronoun, "the company", "the chief executive", "a
  /// spokesperson for X", "one analyst". The phrase ends at a comma, a relative pronoun, a cue
  /// verb or e. std::nullopt when the phrase names no speaker.
  std::optional<Speaker> head(size_t b, size_t e) const;

  /// The speaker named by the phrase that ends just before token e and opens at b or after the
  /// last comma before e ("Marisol Foods CEO Javier Mendoza", "an Lindqvist Systems spokesperson").
  std::optional<Speaker> phrase_before(size_t b, size_t e) const;

  /// The end of the speaker phrase that opens at b: its first comma or other break, relative
  /// pronoun, auxiliary or cue verb, or e.
  size_t phrase_end(size_t b, size_t e) const;

  /// The subject of the cue verb at token `cue`, looked for in tokens [lo, cue): the phrase just
  /// before the cue (past auxiliaries and adverbs), else the first comma-separated segment that
  /// names a speaker ("Pellan's chief executive, Aino Virtanen, told ..."). std::nullopt for a
  /// negated cue ("did not say") or when no phrase names a speaker.
  std::optional<Speaker> subject(size_t lo, size_t cue) const;

 private:
  Speaker of_mention(int m) const;
  std::optional<Speaker> last_before(size_t i, EntityType type, double confidence) const;
  std::optional<Speaker> salient_org(size_t i) const;
  std::optional<Speaker> public_body(size_t b, size_t e) const;
  std::optional<Speaker> by_apposition(size_t noun) const;
  std::optional<Speaker> named_by_noun(size_t noun) const;
  bool names_only(size_t b, size_t e) const;
  std::string_view lower(size_t i) const;  // token i in ASCII lower case
  Span span_of(size_t b, size_t e) const;   // bytes of tokens [b, e), e > b
  std::optional<Speaker> by_title(size_t b, size_t e) const;
  std::optional<Speaker> for_organisation(size_t b, size_t e) const;
  size_t mention_end(size_t i) const;
  void index();

  const Document& doc_;
  std::vector<WordToken> tokens_;
  std::string lower_text_;  // ASCII-lower-cased doc.text, for finding titles
  std::vector<size_t> sentence_first_;  // sentence number -> its first token (+ end sentinel)
  std::vector<int> last_person_, last_org_;  // token i -> last such mention's token before i
};

}  // namespace newsgraph
