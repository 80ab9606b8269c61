#include "ingest/pipeline.h"

#include <xxhash.h>

#include <fmt/format.h>

#include "ingest/coreference.h"
#include "ingest/credits.h"
#include "ingest/document.h"
#include "ingest/mentions.h"
#include "ingest/normalize.h"
#include "ingest/quotes.h"
#include "ingest/relations.h"
#include "ingest/roles.h"
#include "ingest/segment.h"

namespace newsgraph {
namespace {

// The hash covers everything that changes the stored facts: text, title, date.
std::string content_hash(const Article& a) {
  XXH3_state_t* st = XXH3_createState();
  XXH3_64bits_reset(st);
  for (std::string_view part : {std::string_view(a.text), std::string_view(a.title),
                                a.published ? std::string_view(*a.published) : std::string_view()}) {
    XXH3_64bits_update(st, part.data(), part.size());
    XXH3_64bits_update(st, "\x1f", 1);
  }
  uint64_t h = XXH3_64bits_digest(st);
  XXH3_freeState(st);
  return fmt::format("{:016x}", h);
}

// Maps every span from NFC offsets back to the article's own byte offsets. A direct
// quotation's text becomes the article's own bytes again: NFC may have changed them (U+2000
// EN QUAD is U+2002 EN SPACE), and a direct quotation is exactly the text it spans.
void map_spans_back(const NormalizedText& norm, const std::string& original, Extraction& x) {
  if (norm.to_original_map.empty()) return;
  auto map = [&](Span& s) { s = Span{norm.to_original(s.begin), norm.to_original(s.end)}; };
  for (auto& e : x.entities) for (auto& s : e.mentions) map(s);
  for (auto& q : x.quotes) {
    map(q.span);
    if (q.speaker_span) map(*q.speaker_span);
    if (q.kind != "indirect") q.text = original.substr(q.span.begin, q.span.size());
  }
  for (auto& r : x.roles) map(r.span);
  for (auto& r : x.relations) map(r.span);
}

}  // namespace

Extraction extract(const Article& article) {
  NormalizedText norm = normalize_nfc(article.text);
  Document doc;
  doc.article = &article;
  doc.body_begin = norm.from_original(article.body_offset);
  doc.text = std::move(norm.text);
  // Sign-offs name the journalists, not people the story is about: only their names count.
  const std::vector<CreditLine> credits = blank_credit_lines(doc);

  segment(doc);
  find_mentions(doc);
  resolve_coreference(doc);
  find_quotes(doc);
  find_roles(doc);
  find_relations(doc);
  add_credited_people(doc, credits);

  Extraction x;
  x.doc = article.doc_id;
  x.title = article.title;
  x.published = article.published;
  x.url = article.url;
  x.source = article.source;
  x.content_hash = content_hash(article);
  x.entities = std::move(doc.entities);
  x.quotes = std::move(doc.quotes);
  x.roles = std::move(doc.roles);
  x.relations = std::move(doc.relations);
  norm.text = std::move(doc.text);
  map_spans_back(norm, article.text, x);
  return x;
}

}  // namespace newsgraph
