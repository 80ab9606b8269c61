#include "ingest/quotes.h"

#include <algorithm>

#include "ingest/attribution.h"
#include "ingest/interview.h"
#include "ingest/quote_spans.h"
#include "ingest/reported_speech.h"
#include "ingest/speakers.h"

namespace newsgraph {
namespace {

// A quotation of at most this many words that no cue verb or colon introduces is a scare
// quote or a title ("a ‘platform contribution’"), not a quotation of anyone.
constexpr size_t kMaxScareQuoteWords = 3;

bool introduced(const Attribution& a) {
  return a.sieve == "quote-cue-speaker" || a.sieve == "speaker-cue-quote" ||
         a.sieve == "according-to" || a.sieve == "colon" || a.sieve == "embedded" ||
         a.sieve == "heading";
}

size_t words_inside(const SpeakerResolver& sp, Span text) {
  size_t n = 0;
  for (size_t i = sp.token_at(text.begin); i < sp.tokens().size() &&
                                           sp.tokens()[i].token.span.end <= text.end; ++i)
    n += sp.tokens()[i].token.kind != Token::Kind::kPunct;
  return n;
}

Quote direct_quote(const Document& doc, const QuoteSpan& s, Attribution a) {
  Quote q;
  q.span = s.text;
  q.text = std::string(doc.slice(s.text));
  q.cue = std::move(a.cue);
  q.sieve = a.sieve.empty() ? "none" : std::move(a.sieve);
  q.confidence = a.speaker ? a.confidence : 0.2;
  if (a.speaker) {
    q.speaker = std::move(a.speaker->name);
    q.speaker_description = std::move(a.speaker->description);
    q.speaker_span = a.speaker->span;
  }
  return q;
}

// The names of the entities mentioned inside `span`, in text order, each once.
std::vector<std::string> entities_inside(const Document& doc, Span span) {
  std::vector<std::string> out;
  auto it = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), span.begin,
                             [](const Mention& m, uint32_t b) { return m.span.begin < b; });
  for (; it != doc.mentions.end() && it->span.end <= span.end; ++it) {
    std::string name = it->entity >= 0 && size_t(it->entity) < doc.entities.size()
                           ? doc.entities[size_t(it->entity)].name
                           : std::string(doc.slice(it->span));
    if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(std::move(name));
  }
  return out;
}

}  // namespace

void find_quotes(Document& doc) {
  std::vector<Span> paragraphs = doc.paragraphs;
  if (paragraphs.empty()) paragraphs.push_back({doc.body_begin, uint32_t(doc.text.size())});
  std::vector<QuoteSpan> spans = find_quote_spans(doc.text, paragraphs);
  SpeakerResolver speakers(doc, spans);
  std::vector<Quote> reported = find_reported_speech(doc, speakers);
  std::vector<Attribution> attributions = attribute(spans, speakers, reported);

  std::vector<Quote> quotes;
  for (size_t i = 0; i < spans.size(); ++i) {
    if (!introduced(attributions[i]) && words_inside(speakers, spans[i].text) <= kMaxScareQuoteWords)
      continue;
    quotes.push_back(direct_quote(doc, spans[i], std::move(attributions[i])));
  }
  for (Quote& q : reported) quotes.push_back(std::move(q));
  // an interview's turns are quotations as a whole: none of their parts is one of its own
  std::vector<Quote> turns = find_interview_turns(doc);
  std::erase_if(quotes, [&](const Quote& q) {
    return std::any_of(turns.begin(), turns.end(), [&](const Quote& t) {
      return t.span.begin <= q.span.begin && q.span.end <= t.span.end + 1;
    });
  });
  for (Quote& q : turns) quotes.push_back(std::move(q));
  for (Quote& q : quotes) q.about = entities_inside(doc, q.span);
  std::stable_sort(quotes.begin(), quotes.end(),
                   [](const Quote& a, const Quote& b) { return a.span.begin < b.span.begin; });
  doc.quotes = std::move(quotes);
}

}  // namespace newsgraph
