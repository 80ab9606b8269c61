#include "ingest/reported_speech.h"

#include <algorithm>

#include "ingest/lexicon.h"
#include "ingest/quote_lexicon.h"

namespace newsgraph {
namespace {

// "told investors in September that …": "that" may stand this many tokens after the cue.
constexpr size_t kMaxThatDistance = 8;
// A reported clause has at least this many words.
constexpr size_t kMinClauseWords = 3;
// "CLAUSE, X said": the speaker phrase between the comma and the cue has at most this many
// tokens (it also bounds the work per cue verb in a sentence that never ends).
constexpr size_t kMaxTrailingSpeakerTokens = 16;

struct Found {
  std::optional<Speaker> speaker;
  size_t clause_begin = 0, clause_end = 0;
  size_t cue = 0;
  const char* sieve = "";
};

bool is_break(std::string_view s) {
  return s == "," || s == ";" || s == ":" || s == "(" || s == ")" || s == "\u2014";
}

// Whether token i may open the clause that the cue verb c reports without "that".
bool opens_clause(const SpeakerResolver& sp, size_t c, size_t i) {
  const Token& t = sp.tokens()[i].token;
  if (sp.is(i, kClauseStart) || t.capitalised || t.kind == Token::Kind::kNumber) return true;
  // "said attackers used …", but not "said in a statement" or "said earlier"
  return sp.is(c, kCueBare) && t.word() && !sp.text(i).ends_with("ly") &&
         !sp.is(i, kIntroWord | kSkipBeforeCue | kNegation | kCueDirect | kRelative);
}

// "…, breaking norms": a participle phrase after a comma closes the reported clause.
size_t clause_end(const SpeakerResolver& sp, size_t b, size_t e) {
  for (size_t j = b + 1; j + 1 < e; ++j)
    if (sp.text(j) == "," && sp.text(j + 1).ends_with("ing") &&
        !sp.tokens()[j + 1].token.capitalised && !sp.is(j + 1, kPrepositionIng))
      return j;
  return e;
}

// A Title Case line (a headline) reports nothing: most of its longer words are capitalised.
bool headline(const SpeakerResolver& sp, size_t b, size_t e) {
  size_t words = 0, capitalised = 0;
  for (size_t i = b; i < e; ++i) {
    if (!sp.tokens()[i].token.word() || sp.text(i).size() < 4) continue;
    ++words;
    capitalised += sp.tokens()[i].token.capitalised;
  }
  return words >= 4 && capitalised * 5 >= words * 4;
}

bool is_one_of(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// "told reporters", "told the Herald", "said on Tuesday", "said in a statement": the end of
// the object or time/medium phrase right after the cue at c (c + 1 when there is none).
size_t past_object(const SpeakerResolver& sp, size_t c, size_t end) {
  size_t j = c + 1;
  if (sp.is(c, kCueObject)) {
    if (is_one_of(sp.text(j), {"us", "me", "him", "her", "them", "reporters", "journalists",
                               "investors", "analysts", "staff", "employees"}))
      return j + 1;
    if (sp.text(j) == "the" || sp.text(j) == "The") ++j;
    if (j < end && sp.tokens()[j].mention >= 0) {
      int m = sp.tokens()[j].mention;
      while (j < end && sp.tokens()[j].mention == m) ++j;
      return j;
    }
    return c + 1;
  }
  if (!is_one_of(sp.text(j), {"on", "in", "last", "this", "late", "earlier"})) return c + 1;
  for (size_t k = j; k < std::min(end, j + 4); ++k) {
    const Token& t = sp.tokens()[k].token;
    bool weekday = t.capitalised && lexicon().non_names.count(sp.text(k));
    if (weekday || is_one_of(sp.text(k), {"week", "month", "year", "statement", "interview",
                                          "post", "filing", "call", "morning", "afternoon",
                                          "evening", "night", "today", "yesterday"}))
      return k + 1;
    if (!t.word()) break;
  }
  return c + 1;
}

// The first token of the clause reported by the cue at c, or 0 when there is none.
size_t clause_after(const SpeakerResolver& sp, size_t c, size_t end) {
  bool speech_noun = false;  // "raised concerns that": a "noun" cue needs one before "that"
  for (size_t j = c + 1; j < std::min(end, c + 1 + kMaxThatDistance); ++j) {
    if (is_break(sp.text(j))) break;
    if (sp.text(j) == "that") return !sp.is(c, kCueNoun) || speech_noun ? j + 1 : 0;
    speech_noun = speech_noun || sp.is(j, kSpeechNoun);
  }
  if (sp.is(c, kCueNoun)) return 0;
  // "told the Herald the deal was off", "said on Tuesday it would appeal"
  if (size_t j = past_object(sp, c, end); j > c + 1 && j < end && sp.is(j, kClauseStart))
    return j;
  if (sp.is(c, kCueObject) || c + 1 >= end || !opens_clause(sp, c, c + 1)) return 0;
  return c + 1;
}

// According to X, CLAUSE.
Found according_to(const SpeakerResolver& sp, size_t b, size_t end) {
  if (!((sp.text(b) == "According" || sp.text(b) == "according") && sp.text(b + 1) == "to"))
    return {};
  size_t k = b + 2;
  while (k < end && sp.text(k) != ",") ++k;
  if (k >= end) return {};
  return {sp.phrase_before(b + 2, k), k + 1, clause_end(sp, k + 1, end), b, "reported-according-to"};
}

// CLAUSE, X said. / CLAUSE, said X. / CLAUSE, the company said, though …
Found trailing(const SpeakerResolver& sp, size_t b, size_t c, size_t end) {
  // "…, Acme said in a statement.": a time or medium phrase may end the sentence
  bool ends = c + 1 == end || (past_object(sp, c, end) == end && !sp.is(c, kCueObject));
  if (!ends && sp.text(c + 1) != ",") return {};
  size_t p = c, stop = std::max(b, c > kMaxTrailingSpeakerTokens ? c - kMaxTrailingSpeakerTokens : 0);
  while (p > stop && sp.text(p - 1) != ",") --p;
  if (p <= b + 1 || sp.text(p - 1) != ",") return {};
  std::optional<Speaker> s = p == c ? sp.head(c + 1, end) : sp.subject(p, c);
  return {s, b, p - 1, c, "reported-trailing"};
}

// X said (that) CLAUSE.
Found leading(const SpeakerResolver& sp, size_t b, size_t c, size_t end) {
  size_t clause = clause_after(sp, c, end);
  if (clause == 0) return {};
  std::optional<Speaker> speaker = sp.subject(b, c);
  if (!speaker) return {};
  return {std::move(speaker), clause, clause_end(sp, clause, end), c, "reported-cue"};
}

size_t words(const SpeakerResolver& sp, size_t b, size_t e) {
  size_t n = 0;
  for (size_t i = b; i < e; ++i) n += sp.tokens()[i].token.kind != Token::Kind::kPunct;
  return n;
}

Found in_sentence(const SpeakerResolver& sp, size_t b, size_t end) {
  if (Found f = according_to(sp, b, end); f.speaker) return f;
  for (size_t c = b; c < end; ++c) {
    if (!sp.is(c, kCueReported)) continue;
    // "analysts polled by Reuters Estimates": a capitalised cue word after a capitalised word
    // is part of a name, not a verb
    const auto& tok = sp.tokens();
    if (c > b && tok[c].token.capitalised && tok[c - 1].token.capitalised) continue;
    if (Found f = trailing(sp, b, c, end); f.speaker && !sp.is(c, kCueNoun)) return f;
    if (Found f = leading(sp, b, c, end); f.speaker) return f;
  }
  return {};
}

}  // namespace

// "TAIPEI (Agency) - ", "BOSTON, May 6, 2025 -- ", "(Agency) - ": a wire dateline opening the paragraph at
// token b, capitalised words, numbers and punctuation up to a dash; the token after the
// dash (b when there is none). Neither speaker nor reported clause includes it.
size_t past_dateline(const SpeakerResolver& sp, size_t b, size_t e) {
  constexpr size_t kMaxDatelineTokens = 14;
  const auto& tok = sp.tokens();
  if (b >= e || !tok[b].token.line_start) return b;
  // "(Agency) - ": the agency alone, when the copy lost its city
  if (sp.text(b) == "(" && b + 3 < e && tok[b + 1].token.capitalised && sp.text(b + 2) == ")" &&
      is_one_of(sp.text(b + 3), {"-", "--", "\u2013", "\u2014"}))
    return b + 4;
  if (!tok[b].token.word()) return b;
  std::string_view first = sp.text(b);
  if (first.size() < 2 || std::any_of(first.begin(), first.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return b;
  for (size_t k = b + 1; k < std::min(e, b + kMaxDatelineTokens); ++k) {
    std::string_view w = sp.text(k);
    if (is_one_of(w, {"-", "--", "\u2013", "\u2014"})) {
      while (k + 1 < e && is_one_of(sp.text(k + 1), {"-", "--"})) ++k;
      return k + 1;
    }
    if (tok[k].token.word() && tok[k].token.kind != Token::Kind::kNumber && !tok[k].token.capitalised)
      return b;
  }
  return b;
}

// "SILVER LINING Analysts said ...": wire copy that lost its paragraph breaks opens the
// sentence at token b with an all-caps subheading; the token after it (b when there is none).
size_t past_subheading(const SpeakerResolver& sp, size_t b, size_t e) {
  auto caps = [&](size_t k) {
    std::string_view w = sp.text(k);
    return sp.tokens()[k].token.word() && w.size() >= 2 &&
           std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  size_t k = b;
  while (k < e && caps(k)) ++k;
  if (k - b < 2 || k >= e || !sp.tokens()[k].token.capitalised || caps(k)) return b;
  return k;
}

std::vector<Quote> find_reported_speech(const Document& doc, const SpeakerResolver& sp) {
  std::vector<Quote> out;
  const auto& tok = sp.tokens();
  for (size_t b = 0; b < tok.size(); b = sp.sentence_end(b)) {
    size_t e = sp.sentence_end(b);
    b = past_subheading(sp, past_dateline(sp, b, e), e);
    bool quoted = false;
    for (size_t i = b; i < e; ++i) quoted = quoted || tok[i].in_quote;
    while (e > b && (sp.text(e - 1) == "." || sp.text(e - 1) == "!" || sp.text(e - 1) == "?")) --e;
    if (quoted || e <= b || headline(sp, b, e)) continue;
    Found f = in_sentence(sp, b, e);
    while (f.clause_end > f.clause_begin && is_break(sp.text(f.clause_end - 1))) --f.clause_end;
    if (!f.speaker || words(sp, f.clause_begin, f.clause_end) < kMinClauseWords) continue;
    Quote q;
    q.kind = "indirect";
    q.span = {tok[f.clause_begin].token.span.begin, tok[f.clause_end - 1].token.span.end};
    q.text = std::string(doc.slice(q.span));
    q.speaker = f.speaker->name;
    q.speaker_description = f.speaker->description;
    q.speaker_span = f.speaker->span;
    q.cue = f.sieve == std::string_view("reported-according-to") ? "" : std::string(sp.text(f.cue));
    q.sieve = f.sieve;
    q.confidence = 0.6 * f.speaker->confidence;
    out.push_back(std::move(q));
  }
  return out;
}

}  // namespace newsgraph
