// Extraction: what ingest/ finds in one Article. The JSON shape (schemas/extraction.schema.json)
// is the gold shape of ../shared/eval/FORMAT.md plus provenance fields of ours.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "ingest/article.h"

namespace newsgraph {

enum class EntityType { kPerson, kOrg, kProduct, kPlace };

/// "PERSON", "ORG", "PRODUCT", "PLACE".
std::string_view to_string(EntityType type);
/// Inverse of to_string; std::nullopt for any other string.
std::optional<EntityType> parse_entity_type(std::string_view s);

/// One entity of a document: its fullest name, the other surface forms the document uses
/// for it, and every mention's span.
struct Entity {
  std::string name;
  EntityType type = EntityType::kOrg;
  std::vector<std::string> aliases;   // other surface forms, in order of first use
  std::vector<Span> mentions;         // every mention, in text order
  std::string rule;                   // the rule that typed it (e.g. "gazetteer", "title-cue")
};

/// A quotation. For kind "direct", `text` is exactly the characters between the marks; for
/// "answer" (a labelled turn of a Q&A interview, ingest/interview.h), exactly the turn's text;
/// for "indirect", the reported clause. `speaker` is an entity name of this document, or null
/// (unnamed source: `speaker_description` keeps e.g. "one analyst"); an organisation speaking
/// through a representative keeps the phrase too ("OpenAI's spokesperson").
struct Quote {
  std::string text;
  std::string kind = "direct";                    // "direct" | "indirect" | "answer"
  std::optional<std::string> speaker;
  std::optional<std::string> speaker_description;
  std::vector<std::string> about;                 // entity names named inside the text
  Span span;                                      // the quoted text, without the marks
  std::optional<Span> speaker_span;               // the mention that names the speaker
  std::string cue;                                // cue verb as written ("said"), may be empty
  std::string sieve;                              // the attribution sieve that decided
  double confidence = 0.0;                        // in [0, 1]
};

/// (person, title, org) as the article states it; `org` null for a title without one.
struct Role {
  std::string person;
  std::string title;
  std::optional<std::string> org;
  bool former = false;
  Span span;          // the evidence
  std::string rule;
};

/// A literal amount of money: `text` as written, plus a normalised value when parsable.
struct Money {
  std::string text;                 // "$2.19 per million output tokens"
  std::optional<double> amount;     // 2.19 (in units of `currency`)
  std::optional<std::string> currency;  // ISO 4217 code, "USD"
  std::optional<std::string> per;   // unit priced, "million output tokens"
};

/// (subject, predicate, object). For price, cost, raises and valued_at the object is a Money
/// literal and `object` holds Money::text. `date` is when an event happened, when its
/// sentence says ("on Tuesday" resolved against the publication date).
struct Relation {
  std::string subject;
  std::string predicate;
  std::string object;
  std::optional<Money> money;
  Span span;
  std::string rule;
  std::optional<std::string> date;  // ISO 8601 day, week, month or year of an event (dates.h)
};

/// Everything extracted from one Article.
struct Extraction {
  std::string doc;                         // Article::doc_id
  std::string title;
  std::optional<std::string> published;    // YYYY-MM-DD
  std::string url;
  std::string source;
  std::string content_hash;                // hex XXH3-64 of Article::text (and title/date)
  std::vector<Entity> entities;
  std::vector<Quote> quotes;
  std::vector<Role> roles;
  std::vector<Relation> relations;
};

/// The JSON object of schemas/extraction.schema.json. Deterministic: same input, same bytes.
nlohmann::json to_json(const Extraction& x);
/// to_json(x).dump() (compact, one line, no newline; invalid UTF-8 replaced by U+FFFD as
/// nlohmann's error_handler_t::replace does), byte for byte, written directly: the fast path
/// of `extract --format jsonl`.
std::string to_json_line(const Extraction& x);
/// Inverse of to_json. Throws nlohmann::json::exception on a missing or mistyped field.
Extraction extraction_from_json(const nlohmann::json& j);

}  // namespace newsgraph
