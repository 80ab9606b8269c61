#include "ingest/attribution.h"

#include <algorithm>

#include "ingest/quote_lexicon.h"

namespace newsgraph {
namespace {

// A trailing attribution's cue verb stands within this many tokens of the closing mark.
// ("…," Jane Doe, executive vice president of operations for Acme Business, said: 14 tokens)
constexpr size_t kMaxSpeakerTokens = 20;

// The tokens around one quotation that its attribution may use.
struct Context {
  const SpeakerResolver& sp;
  size_t open;          // token of the opening mark
  size_t before_begin;  // first token of the sentence part before the quotation
  size_t after_begin;   // first token after the closing mark (after_end when never closed)
  size_t after_end;     // end of the sentence part after the quotation
  bool ends_sentence;   // the quoted text ends with a full stop ("….")
  bool next_opens;      // the next quotation opens at after_end
};

Attribution speaker_cue_quote(const Context& c);

// "X said:" right before the next quotation introduces that one, and so does "X said," after
// a quotation that ended its sentence or had a cue of its own before it ("A said, “…,” B
// said, “…”"); in "“…,” X said, “…”" (a split quotation) the cue is both parts'.
bool introduces_next(const Context& c, size_t cue) {
  if (!c.next_opens || cue + 2 != c.after_end) return false;
  std::string_view mark = c.sp.text(cue + 1);
  return mark == ":" ||
         (mark == "," && (c.ends_sentence || speaker_cue_quote(c).speaker.has_value()));
}

Attribution decided(std::optional<Speaker> s, std::string_view cue, const char* sieve,
                    double confidence) {
  Attribution a;
  if (!s) return a;
  a.confidence = confidence * s->confidence;
  a.speaker = std::move(s);
  a.cue = std::string(cue);
  a.sieve = sieve;
  return a;
}

bool is_according_to(const SpeakerResolver& sp, size_t i) {
  return (sp.text(i) == "According" || sp.text(i) == "according") && sp.text(i + 1) == "to";
}

// The speaker named by the phrase from b to the next comma ("According to Tan Hui Min, ...").
std::optional<Speaker> named_from(const SpeakerResolver& sp, size_t b, size_t e) {
  size_t j = b;
  while (j < e && sp.text(j) != "," && sp.text(j) != "." && sp.text(j) != ":") ++j;
  return sp.phrase_before(b, j);
}

// "…," said X / "…," X said / "…," according to X.
Attribution quote_cue_speaker(const Context& c) {
  const SpeakerResolver& sp = c.sp;
  size_t a = c.after_begin, e = c.after_end;
  if (a < e && (sp.text(a) == "," || sp.text(a) == "\u2014")) ++a;
  if (a >= e) return {};
  // "….” said Mr Holt": a lower-case cue verb cannot open a new sentence
  if (sp.is(a, kCueDirect) && !sp.tokens()[a].token.capitalised) {
    size_t pe = sp.phrase_end(a + 1, e);
    std::optional<Speaker> s = sp.phrase_before(a + 1, pe);
    // "said its director of policy, Jane Doe": the name in apposition to a title speaks
    if (!s && pe + 1 < e && sp.text(pe) == "," && sp.tokens()[pe + 1].mention >= 0)
      s = sp.phrase_before(pe + 1, sp.phrase_end(pe + 1, e));
    return decided(std::move(s), sp.text(a), "quote-cue-speaker", 0.9);
  }
  if (is_according_to(sp, a)) return decided(named_from(sp, a + 2, e), "", "according-to", 0.85);
  for (size_t k = a; k < std::min(e, a + kMaxSpeakerTokens); ++k) {
    if (!sp.is(k, kCueDirect)) continue;
    // after "…." a following "X said the deal …" is a new sentence, not an attribution
    if (c.ends_sentence && k + 1 < e && sp.tokens()[k + 1].token.word()) return {};
    // "“….” Bob Ray said: “…”": the cue is the next quotation's
    if (introduces_next(c, k)) return {};
    return decided(sp.subject(a, k), sp.text(k), "quote-cue-speaker", 0.9);
  }
  return {};
}

// X said: "…" / X said, "…" / X said "…" / X wrote on LinkedIn: "…".
Attribution speaker_cue_quote(const Context& c) {
  const SpeakerResolver& sp = c.sp;
  size_t o = c.open;
  for (size_t k = o; k-- > c.before_begin;) {
    if (!sp.is(k, kCueDirect)) continue;
    std::string_view last = sp.text(o - 1);
    bool introduces = k + 1 == o || last == ":" || last == "," ||
                      (k + 2 == o && sp.text(k + 1) == "that");
    if (!introduces) return {};
    return decided(sp.subject(c.before_begin, k), sp.text(k), "speaker-cue-quote", 0.85);
  }
  return {};
}

// According to X, "…".
Attribution according_to(const Context& c) {
  for (size_t k = c.before_begin; k + 1 < c.open; ++k)
    if (is_according_to(c.sp, k))
      return decided(named_from(c.sp, k + 2, c.open), "", "according-to", 0.85);
  return {};
}

// X said the site was "…" — a quotation inside a sentence whose cue verb has a speaker.
Attribution embedded(const Context& c) {
  for (size_t k = c.open; k-- > c.before_begin;)
    if (c.sp.is(k, kCueDirect))
      return decided(c.sp.subject(c.before_begin, k), c.sp.text(k), "embedded", 0.6);
  return {};
}

// "Council member Oskar Brandt likened the plan to “…”": a quotation inside a sentence whose
// subject, a person named at its start, is followed by a verb that is no cue verb. The person
// is the nearer source than whoever spoke before (previous-quote).
Attribution sentence_subject(const Context& c) {
  const SpeakerResolver& sp = c.sp;
  constexpr size_t kMaxLeadTokens = 5;  // "Council member", "Newly appointed chief executive"
  if (c.before_begin != sp.sentence_begin(c.open)) return {};  // after a quotation
  for (size_t k = c.before_begin; k < std::min(c.open, c.before_begin + kMaxLeadTokens); ++k) {
    if (!sp.tokens()[k].token.word()) return {};
    if (!sp.person_at(k)) continue;
    size_t e = k;
    while (e < c.open && sp.tokens()[e].mention == sp.tokens()[k].mention) ++e;
    const Token& verb = sp.tokens()[e].token;
    if (e + 1 >= c.open || !verb.word() || verb.capitalised) return {};
    return decided(sp.head(k, c.open), "", "sentence-subject", 0.5);
  }
  return {};
}

// X, in a statement: "…" — a colon introduces the quotation without a cue verb.
Attribution colon(const Context& c) {
  if (c.open == 0 || c.open <= c.before_begin + 1 || c.sp.text(c.open - 1) != ":") return {};
  return decided(c.sp.subject(c.before_begin, c.open - 1), "", "colon", 0.6);
}

// A heading in capitals right before the quotation names its speaker: wire "instant view"
// copy prints `JANE DOE, ANALYST, ACME SECURITIES "…"`. Only words without lower case letters
// stand between the heading's start (or the previous quotation) and the opening mark.
Attribution caps_heading(const Context& c) {
  const SpeakerResolver& sp = c.sp;
  if (c.open < c.before_begin + 2) return {};
  size_t words = 0;
  for (size_t k = c.before_begin; k < c.open; ++k) {
    std::string_view w = sp.text(k);
    if (std::any_of(w.begin(), w.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; })) return {};
    words += sp.tokens()[k].token.word();
  }
  if (words < 2 || sp.tokens()[c.before_begin].mention < 0) return {};
  return decided(named_from(sp, c.before_begin, c.open), "", "heading", 0.7);
}

Context context_of(const std::vector<QuoteSpan>& quotes, size_t i, const SpeakerResolver& sp) {
  const QuoteSpan& q = quotes[i];
  size_t n = sp.tokens().size();
  size_t open = sp.token_at(q.open_mark.begin);
  size_t before = sp.sentence_begin(open);
  if (i > 0 && quotes[i - 1].closed())
    before = std::max(before, sp.token_at(quotes[i - 1].close_mark.end));
  before = std::min(before, open);
  size_t after = q.closed() ? sp.token_at(q.close_mark.end) : n;
  size_t after_end = after;
  bool next_opens = false;
  if (q.closed() && after < n) {
    // the sentence that the closing mark ends or goes on: "…,” he said." / "….” Mr Holt said."
    size_t limit = sp.sentence_end(after);
    if (i + 1 < quotes.size()) limit = std::min(limit, sp.token_at(quotes[i + 1].open_mark.begin));
    int paragraph = sp.tokens()[after - 1].paragraph;
    after_end = after;
    while (after_end < limit && sp.tokens()[after_end].paragraph == paragraph) ++after_end;
    next_opens = i + 1 < quotes.size() && after_end == limit &&
                 limit == sp.token_at(quotes[i + 1].open_mark.begin);
  }
  // the tokens before the closing mark: "." ends a sentence, ". . ." (an ellipsis) does not
  bool ends_sentence = q.closed() && after >= 3 && sp.text(after - 2) == "." &&
                       sp.text(after - 3) != ".";
  return {sp, open, before, after, after_end, ends_sentence, next_opens};
}

// Reported speech between the previous quotation and this one in its paragraph gives its
// speaker: "Errera said fans were eager. “We all hope it works.”"
Attribution reported_speaker(const std::vector<QuoteSpan>& quotes, size_t i,
                             const std::vector<Quote>& reported, const SpeakerResolver& sp) {
  uint32_t from = i > 0 ? quotes[i - 1].text.end : 0, to = quotes[i].open_mark.begin;
  int para = sp.tokens()[sp.token_at(to)].paragraph;
  // reported clauses come in text order: start from the last one that ends before `to`
  auto end = std::partition_point(reported.begin(), reported.end(),
                                  [&](const Quote& r) { return r.span.end <= to; });
  for (auto r = std::make_reverse_iterator(end); r != reported.rend(); ++r) {
    if (r->span.begin < from || sp.tokens()[sp.token_at(r->span.begin)].paragraph != para) break;
    if (!r->speaker && !r->speaker_description) continue;
    Speaker s{r->speaker, r->speaker_description, r->speaker_span.value_or(r->span), 1.0};
    return decided(s, r->cue, "reported-speaker", 0.6);
  }
  return {};
}

// A quotation after another in its paragraph, or opening its paragraph right after one,
// continues that one's speaker ("…,” Salinas said. “…” / a paragraph that only goes on).
Attribution previous_quote(const std::vector<QuoteSpan>& quotes, size_t i,
                           const std::vector<Attribution>& done, const SpeakerResolver& sp) {
  if (i == 0 || !done[i - 1].speaker) return {};
  const auto& tok = sp.tokens();
  size_t open = sp.token_at(quotes[i].open_mark.begin);
  size_t prev_end = sp.token_at(quotes[i - 1].text.end);
  if (open >= tok.size() || prev_end >= tok.size()) return {};
  int para = tok[open].paragraph, prev_para = tok[prev_end].paragraph;
  bool opens_paragraph = open == 0 || tok[open - 1].paragraph != para;
  if (para != prev_para && !(opens_paragraph && para == prev_para + 1)) return {};
  Attribution a = done[i - 1];
  a.sieve = "previous-quote";
  a.confidence = 0.7 * a.speaker->confidence;
  return a;
}

}  // namespace

std::vector<Attribution> attribute(const std::vector<QuoteSpan>& quotes,
                                   const SpeakerResolver& speakers,
                                   const std::vector<Quote>& reported) {
  std::vector<Attribution> out;
  out.reserve(quotes.size());
  for (size_t i = 0; i < quotes.size(); ++i) {
    Context c = context_of(quotes, i, speakers);
    Attribution a = quote_cue_speaker(c);
    if (!a.speaker) a = speaker_cue_quote(c);
    if (!a.speaker) a = according_to(c);
    if (!a.speaker) a = colon(c);
    if (!a.speaker) a = embedded(c);
    if (!a.speaker) a = caps_heading(c);
    // "An analyst said prices would rise. “…,” she said.": the pronoun is that unnamed source
    if (a.speaker && a.speaker->pronoun)
      if (Attribution r = reported_speaker(quotes, i, reported, speakers);
          r.speaker && !r.speaker->name && r.speaker->description)
        a.speaker = std::move(r.speaker);
    if (!a.speaker) a = sentence_subject(c);
    if (!a.speaker) a = reported_speaker(quotes, i, reported, speakers);
    if (!a.speaker) a = previous_quote(quotes, i, out, speakers);
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace newsgraph
