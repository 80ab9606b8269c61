#include "ingest/speakers.h"

#include <algorithm>

#include "ingest/lexicon.h"
#include "ingest/quote_lexicon.h"

namespace newsgraph {
namespace {

// A title is looked for this many bytes around a person's mention ("X, the chief executive").
constexpr uint32_t kTitleReach = 60;
// An appositive that describes an organisation is looked for this many tokens back.
constexpr size_t kAppositionReach = 600;
// At most this many earlier occurrences of a title are tried.
constexpr int kTitleTries = 20;
// A speaker phrase ("Acme's head of research Jane Doe") has at most this many tokens, and a
// cue verb's subject starts at most kSubjectReach tokens before it: together with the
// bounded reaches above they keep attribution linear in the length of a sentence.
constexpr size_t kMaxPhraseTokens = 16;
constexpr size_t kSubjectReach = 40;
// "the company" is resolved among the organisations of at most this many tokens before it.
constexpr size_t kSalienceReach = 400;

bool is_opening_mark(std::string_view s) {
  return s == "\u201c" || s == "\"" || s == "\u2018" || s == "'" || s == "\u00ab" ||
         s == "\u201e" || s == "(";
}

bool is_quote_mark(std::string_view s) {
  return s == "\u201c" || s == "\u201d" || s == "\"" || s == "\u2018" || s == "\u2019" ||
         s == "'" || s == "\u00ab" || s == "\u00bb" || s == "\u201e";
}

// Punctuation that ends a speaker phrase or a comma-separated segment.
bool is_phrase_break(std::string_view s) {
  return s == "," || s == ";" || s == ":" || s == "." || s == "(" || s == ")" || s == "!" ||
         s == "?" || s == "\u2014" || s == "\u2013" || is_quote_mark(s);
}

bool negated(std::string_view word) {
  return word.ends_with("n't") || word.ends_with("n\u2019t");
}

// The end of a quotation with its marks (its text's end when never closed).
uint32_t outer_end(const QuoteSpan& q) { return q.closed() ? q.close_mark.end : q.text.end; }

// A mention's type is its entity's once coreference has typed the entity.
EntityType type_of(const Document& doc, const Mention& m) {
  return m.entity >= 0 && size_t(m.entity) < doc.entities.size() ? doc.entities[size_t(m.entity)].type
                                                                 : m.type;
}

// Nouns of public bodies (quote_words.tsv): "the ministry said" is never the company the
// story is about. `w` is in lower case.
bool public_body_noun(std::string_view w) { return quote_lexicon().of(w, w) & kPublicBody; }

bool speaker_type(EntityType t) { return t == EntityType::kPerson || t == EntityType::kOrg; }

}  // namespace

SpeakerResolver::SpeakerResolver(const Document& doc, const std::vector<QuoteSpan>& quotes)
    : doc_(doc), lower_text_(doc.text) {
  for (char& c : lower_text_) c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
  const QuoteLexicon& lex = quote_lexicon();
  size_t m = 0, q = 0;
  int sentence = -1, paragraph = -1;
  bool after_terminal = true;
  for (const Token& t : doc.tokens().body_plain) {
    WordToken w{t};
    std::string_view s = doc.slice(t.span);
    if (t.word()) w.classes = lex.of(s, doc.tokens().body_lower[tokens_.size()]);
    while (m < doc.mentions.size() && doc.mentions[m].span.end <= t.span.begin) ++m;
    if (m < doc.mentions.size() && doc.mentions[m].span.begin <= t.span.begin &&
        speaker_type(type_of(doc, doc.mentions[m])))
      w.mention = int(m);
    while (q < quotes.size() && outer_end(quotes[q]) <= t.span.begin) ++q;
    w.in_quote = q < quotes.size() && quotes[q].open_mark.begin <= t.span.begin;
    if (t.line_start) ++paragraph;
    // the tokenizer also starts a sentence after any opening mark ("said: “We"); here only a
    // terminal . ! ? before it (past quotation marks) ends one
    bool word = t.kind != Token::Kind::kPunct;
    // "… and the U.S. Howard Lutnick said": a name after an initialism's stop opens a sentence
    bool after_initialism = !tokens_.empty() && tokens_.back().token.word() &&
                            doc.slice(tokens_.back().token.span).ends_with('.') &&
                            w.mention >= 0 && tokens_.back().mention != w.mention;
    bool opens = t.capitalised || t.kind == Token::Kind::kNumber;  // not "…,” he said"
    bool starts = t.line_start || (opens && t.sentence_start && after_terminal) || after_initialism;
    if (!word && !is_quote_mark(s) && s != "(") after_terminal = false;
    if (s == "." || s == "!" || s == "?" || s == "\u2026") after_terminal = true;
    if (word) after_terminal = false;
    if (starts) {
      ++sentence;
      // the opening marks just before the first word belong to the sentence it opens
      for (size_t k = tokens_.size(); k-- > 0 && tokens_[k].paragraph == paragraph &&
                                      is_opening_mark(doc.slice(tokens_[k].token.span));)
        tokens_[k].sentence = sentence;
    }
    w.sentence = std::max(sentence, 0);
    w.paragraph = std::max(paragraph, 0);
    tokens_.push_back(w);
  }
  index();
}

// Sentence bounds, and for each token the last person and organisation mentioned before it
// outside quotations, so that the lookups below take constant time.
void SpeakerResolver::index() {
  sentence_first_.clear();
  last_person_.assign(tokens_.size() + 1, -1);
  last_org_.assign(tokens_.size() + 1, -1);
  for (size_t i = 0; i < tokens_.size(); ++i) {
    const WordToken& w = tokens_[i];
    while (sentence_first_.size() <= size_t(w.sentence)) sentence_first_.push_back(i);
    last_person_[i + 1] = last_person_[i];
    last_org_[i + 1] = last_org_[i];
    if (w.in_quote || w.mention < 0) continue;
    EntityType t = type_of(doc_, doc_.mentions[size_t(w.mention)]);
    if (t == EntityType::kPerson) last_person_[i + 1] = int(i);
    if (t == EntityType::kOrg) last_org_[i + 1] = int(i);
  }
  sentence_first_.push_back(tokens_.size());
}

std::string_view SpeakerResolver::text(size_t i) const {
  return i < tokens_.size() ? doc_.slice(tokens_[i].token.span) : std::string_view();
}

bool SpeakerResolver::is(size_t i, uint32_t word_classes) const {
  return i < tokens_.size() && (tokens_[i].classes & word_classes) != 0;
}

size_t SpeakerResolver::token_at(uint32_t offset) const {
  auto it = std::lower_bound(tokens_.begin(), tokens_.end(), offset,
                             [](const WordToken& w, uint32_t o) { return w.token.span.begin < o; });
  return size_t(it - tokens_.begin());
}

size_t SpeakerResolver::sentence_begin(size_t i) const {
  if (i >= tokens_.size()) return tokens_.size();
  return sentence_first_[size_t(tokens_[i].sentence)];
}

size_t SpeakerResolver::sentence_end(size_t i) const {
  if (i >= tokens_.size()) return tokens_.size();
  // sentence numbers may skip (a paragraph of punctuation only), so look for the next one used
  auto next = std::upper_bound(sentence_first_.begin(), sentence_first_.end(), i);
  return next == sentence_first_.end() ? tokens_.size() : *next;
}

Speaker SpeakerResolver::of_mention(int m) const {
  const Mention& mention = doc_.mentions[size_t(m)];
  Speaker s;
  if (mention.entity >= 0 && size_t(mention.entity) < doc_.entities.size())
    s.name = doc_.entities[size_t(mention.entity)].name;
  else
    s.name = std::string(doc_.slice(mention.span));
  s.span = mention.span;
  return s;
}

bool SpeakerResolver::person_at(size_t i) const {
  int m = i < tokens_.size() ? tokens_[i].mention : -1;
  return m >= 0 && doc_.mentions[size_t(m)].type == EntityType::kPerson;
}

size_t SpeakerResolver::mention_end(size_t i) const {
  int m = tokens_[i].mention;
  while (i < tokens_.size() && tokens_[i].mention == m) ++i;
  return i;
}

// The last mention of `type` before token i outside quotations: what a pronoun or "the
// company" refers back to.
std::optional<Speaker> SpeakerResolver::last_before(size_t i, EntityType type,
                                                    double confidence) const {
  const std::vector<int>& last = type == EntityType::kPerson ? last_person_ : last_org_;
  if (type != EntityType::kPerson && type != EntityType::kOrg) return std::nullopt;
  int j = last[std::min(i, tokens_.size())];
  if (j < 0) return std::nullopt;
  Speaker s = of_mention(tokens_[size_t(j)].mention);
  s.confidence = confidence;
  return s;
}

// "the company": of the organisations named outside quotations since the previous paragraph
// began, the one the document names most often (the article's subject, not a customer named
// in passing); the latest on a tie; else the last organisation named.
std::optional<Speaker> SpeakerResolver::salient_org(size_t i) const {
  i = std::min(i, tokens_.size());
  if (i == 0) return std::nullopt;
  int from = tokens_[i - 1].paragraph - 1;
  int best = -1;
  size_t best_count = 0;
  size_t stop = i > kSalienceReach ? i - kSalienceReach : 0;
  for (size_t j = i; j-- > stop && tokens_[j].paragraph >= from;) {
    const WordToken& w = tokens_[j];
    if (w.in_quote || w.mention < 0) continue;
    const Mention& m = doc_.mentions[size_t(w.mention)];
    if (type_of(doc_, m) != EntityType::kOrg || m.entity < 0) continue;
    size_t count = doc_.entities[size_t(m.entity)].mentions.size();
    if (count > best_count) best = w.mention, best_count = count;
  }
  if (best < 0) return last_before(i, EntityType::kOrg, 0.7);
  Speaker s = of_mention(best);
  s.confidence = 0.75;
  return s;
}

// "the group" after "Grey Lynx, a ransomware group, …": the organisation that an earlier
// appositive with the same head noun described.
std::optional<Speaker> SpeakerResolver::by_apposition(size_t noun) const {
  std::string_view key = lower(noun);
  for (size_t k = noun; k-- > 0 && noun - k < kAppositionReach;) {
    if (tokens_[k].in_quote || lower(k) != key) continue;

    size_t s = k, stop = k > kMaxPhraseTokens ? k - kMaxPhraseTokens : 0;
    while (s > stop && !is_phrase_break(text(s - 1))) --s;
    if (s < 2 || text(s - 1) != ",") continue;
    int m = tokens_[s - 2].mention;
    if (m < 0 || type_of(doc_, doc_.mentions[size_t(m)]) != EntityType::kOrg) continue;
    Speaker sp = of_mention(m);
    sp.confidence = 0.8;
    return sp;
  }
  return std::nullopt;
}

// "the bank" after "Acme Bank": the last organisation named outside quotations, within
// kSalienceReach tokens, whose name ends with the noun.
std::optional<Speaker> SpeakerResolver::named_by_noun(size_t noun) const {
  std::string_view key = lower(noun);
  size_t stop = noun > kSalienceReach ? noun - kSalienceReach : 0;
  for (size_t j = noun; j-- > stop;) {
    const WordToken& w = tokens_[j];
    if (w.in_quote || w.mention < 0) continue;
    const Mention& m = doc_.mentions[size_t(w.mention)];
    if (type_of(doc_, m) != EntityType::kOrg || m.span.end != w.token.span.end) continue;
    if (lower(j) != key) continue;
    Speaker s = of_mention(w.mention);
    s.confidence = 0.8;
    return s;
  }
  return std::nullopt;
}

// "the ministry", "the regulator": the last public body named (an organisation whose name
// has a word such as "Ministry" or "Commission"), not the company in focus; else an unnamed
// source described by the phrase [b, e).
std::optional<Speaker> SpeakerResolver::public_body(size_t b, size_t e) const {
  size_t stop = b > kSalienceReach ? b - kSalienceReach : 0;
  for (size_t j = b; j-- > stop;) {
    const WordToken& w = tokens_[j];
    if (w.in_quote || w.mention < 0) continue;
    const Mention& m = doc_.mentions[size_t(w.mention)];
    if (type_of(doc_, m) != EntityType::kOrg) continue;
    for (std::string_view word : split_words(doc_.slice(m.span)))
      if (public_body_noun(newsgraph::lower(word))) {
        Speaker s = of_mention(w.mention);
        s.confidence = 0.75;
        return s;
      }
  }
  Speaker s;
  s.span = span_of(b, e);
  s.description = std::string(doc_.slice(s.span));
  s.confidence = 0.6;
  return s;
}

Span SpeakerResolver::span_of(size_t b, size_t e) const {
  return {tokens_[b].token.span.begin, tokens_[e - 1].token.span.end};
}

std::string_view SpeakerResolver::lower(size_t i) const {
  Span s = tokens_[i].token.span;
  return std::string_view(lower_text_).substr(s.begin, s.size());
}

// "a spokesperson for Pellan", "an Lindqvist Systems spokesperson", "a company spokesman": the
// organisation named in the phrase, else the last one named before it.
std::optional<Speaker> SpeakerResolver::for_organisation(size_t b, size_t e) const {
  for (size_t j = b; j < e; ++j) {
    int m = tokens_[j].mention;
    if (m >= 0 && type_of(doc_, doc_.mentions[size_t(m)]) == EntityType::kOrg) {
      Speaker s = of_mention(m);
      s.confidence = 0.9;
      return s;
    }
  }
  return salient_org(b);
}

// "the chief executive": the person named within kTitleReach bytes of the nearest earlier
// use of the same title ("Mette Kjærgaard, the chief executive of Dunmore").
std::optional<Speaker> SpeakerResolver::by_title(size_t b, size_t e) const {
  size_t words = 0;
  while (b + words < e && words < 3 && tokens_[b + words].token.word()) ++words;
  for (size_t n = words; n >= 1; --n) {
    if (n == 1 && !std::all_of(text(b).begin(), text(b).end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
      break;  // one word is a title only as an acronym ("the CEO")
    Span phrase = span_of(b, b + n);
    std::string_view key = std::string_view(lower_text_).substr(phrase.begin, phrase.size());
    size_t pos = phrase.begin;
    for (int tries = 0; tries < kTitleTries && pos > 0; ++tries) {
      pos = lower_text_.rfind(key, pos - 1);
      if (pos == std::string::npos) break;
      uint32_t lo = uint32_t(pos) > kTitleReach ? uint32_t(pos) - kTitleReach : 0;
      uint32_t hi = uint32_t(pos + key.size()) + kTitleReach;
      int best = -1;
      uint32_t best_gap = kTitleReach + 1;
      // mentions are sorted and do not overlap: those ending at lo or later start there
      auto first = std::lower_bound(doc_.mentions.begin(), doc_.mentions.end(), lo,
                                    [](const Mention& x, uint32_t b) { return x.span.end < b; });
      for (size_t m = size_t(first - doc_.mentions.begin());
           m < doc_.mentions.size() && doc_.mentions[m].span.begin <= hi; ++m) {
        const Mention& x = doc_.mentions[m];
        if (type_of(doc_, x) != EntityType::kPerson || x.span.end < lo) continue;
        uint32_t gap = x.span.end <= pos ? uint32_t(pos) - x.span.end
                                         : x.span.begin - std::min<uint32_t>(x.span.begin, uint32_t(pos + key.size()));
        if (gap < best_gap) best = int(m), best_gap = gap;
      }
      if (best >= 0) {
        Speaker s = of_mention(best);
        s.confidence = 0.7;
        return s;
      }
    }
  }
  return std::nullopt;
}

size_t SpeakerResolver::phrase_end(size_t b, size_t e) const {
  e = std::min({e, tokens_.size(), b + 2 * kMaxPhraseTokens});
  size_t j = b;
  while (j < e && !is_phrase_break(text(j)) && !is(j, kRelative) &&
         !(j > b && is(j, kCueDirect | kSkipBeforeCue)))
    ++j;
  return j;
}

std::optional<Speaker> SpeakerResolver::head(size_t b, size_t e) const {
  size_t pe = phrase_end(b, e);
  if (pe <= b) return std::nullopt;
  for (size_t j = b; j < pe; ++j)
    if (is(j, kSpokesNoun)) {  // the organisation speaks; the phrase says through whom
      std::optional<Speaker> s = for_organisation(b, pe);
      if (s) s->description = std::string(doc_.slice(span_of(b, pe)));
      return s;
    }
  size_t i = b;
  if (lexicon().honorifics.contains(text(i)) && i + 1 < pe) ++i;
  if (text(i) == "." && i + 1 < pe) ++i;
  if (tokens_[i].mention >= 0) {
    size_t j = mention_end(i);
    if (j < pe && is_possessive(text(j))) return std::nullopt;  // "Pellan's chief executive"
    return of_mention(tokens_[i].mention);
  }
  if (is(i, kPersonPronoun) && i + 1 == pe) {
    std::optional<Speaker> s = last_before(i, EntityType::kPerson, 0.8);
    if (s) s->pronoun = true;
    return s;
  }
  if (is(i, kOrgPronoun) && i + 1 == pe) return last_before(i, EntityType::kOrg, 0.7);
  if (is(i, kDefinite)) {
    if (auto s = by_title(i + 1, pe)) return s;
    for (size_t j = i + 1; j < std::min(pe, i + 5); ++j) {
      if (!is(j, kOrgNoun)) continue;
      if (auto s = by_apposition(j)) return s;
      if (auto s = named_by_noun(j)) return s;
      if (public_body_noun(lower(j))) return public_body(b, pe);
      return salient_org(b);
    }
    return std::nullopt;
  }
  if (is(i, kSourceDeterminer)) {
    Speaker s;
    s.span = span_of(b, pe);
    s.description = std::string(doc_.slice(s.span));
    s.confidence = 0.8;
    return s;
  }
  return std::nullopt;
}

std::optional<Speaker> SpeakerResolver::phrase_before(size_t b, size_t e) const {
  if (e <= b || e > tokens_.size()) return std::nullopt;
  b = std::max(b, e > kMaxPhraseTokens ? e - kMaxPhraseTokens : 0);
  size_t s = e;
  while (s > b && !is_phrase_break(text(s - 1))) --s;
  if (s == e) return std::nullopt;
  // "a reasoning model that it says ...": the pronoun right before the cue is the speaker
  if (e - s >= 2 && is(e - 1, kPersonPronoun | kOrgPronoun) && is(e - 2, kRelative))
    return head(e - 1, e);
  int m = tokens_[e - 1].mention;
  if (m < 0) return head(s, e);
  for (size_t j = s; j < e; ++j)
    if (is(j, kSpokesNoun)) return head(s, e);
  if (is(s, kSourceDeterminer) && tokens_[s].mention < 0) return head(s, e);
  // "David Hornik of August Capital": the person speaks, the organisation is where from
  for (size_t j = s; j < e; ++j) {
    int p = tokens_[j].mention;
    if (p < 0 || p == m || doc_.mentions[size_t(p)].type != EntityType::kPerson) continue;
    size_t after = mention_end(j);
    if (after < e && (text(after) == "of" || text(after) == "at" || text(after) == "from"))
      return of_mention(p);
    j = after - 1;
  }
  return of_mention(m);
}

// A phrase of a capitalised word, then words without prepositions or verbs, ending in a
// name: "Local councillor Jane Doe", not "filed in the Court of Appeal".
bool SpeakerResolver::names_only(size_t b, size_t e) const {
  if (e - b > 6 || !tokens_[b].token.capitalised || tokens_[e - 1].mention < 0) return false;
  for (size_t j = b; j < e; ++j)
    if (is(j, kIntroWord | kSkipBeforeCue | kRelative) || text(j).ends_with("ed")) return false;
  return true;
}

std::optional<Speaker> SpeakerResolver::subject(size_t lo, size_t cue) const {
  lo = std::max(lo, cue > kSubjectReach ? cue - kSubjectReach : 0);
  size_t k = cue;
  while (k > lo && is(k - 1, kSkipBeforeCue)) --k;
  if (k > lo && text(k - 1) == ")") {  // "Acme (Acme Ltd) said": the name before the brackets
    size_t open = k - 1;
    while (open > lo && text(open) != "(") --open;
    if (text(open) == "(") k = open;
  }
  if (k > lo && (is(k - 1, kNegation) || negated(text(k - 1)))) return std::nullopt;
  if (k > lo && text(k - 1) != ",")
    if (auto s = phrase_before(lo, k)) return s;
  int named = -1;  // the mention that ends the previous segment
  for (size_t s = lo; s < cue;) {
    size_t e = s;
    while (e < cue && !is_phrase_break(text(e))) ++e;
    if (e > s && !is(s, kIntroWord)) {
      auto r = head(s, e);
      // "BATS Trading, a fast-growing trading venue that ..., said": the name, not its apposition
      if (r && !r->name && named >= 0 && text(s - 1) == ",") return of_mention(named);
      if (r) return r;
      if (names_only(s, e))  // "Local councillor Jane Doe, who ..., said"
        if (auto r = phrase_before(s, e)) return r;
    }
    named = e > s ? tokens_[e - 1].mention : -1;
    s = e + 1;
  }
  return std::nullopt;
}

}  // namespace newsgraph
