// Mention recognition in three passes over the tokens of the body:
//  1. gazetteer and nationality matches (longest first), then capitalised spans split at
//     titles, honorifics and non-names, each piece typed by the strongest cue it has;
//  2. pieces that rest on weak evidence are settled against the rest of the document (a
//     sentence-initial word must be capitalised mid-sentence somewhere too; "Tessarine Board"
//     after the organisation "Tessarine" is one of its products);
//  3. Title Case headline lines, where capitals say nothing, only repeat names from 1-2.
#include "ingest/mentions.h"

#include <algorithm>
#include <optional>

#include "ingest/lexicon.h"
#include "ingest/quote_lexicon.h"
#include "ingest/text_header.h"
#include "ingest/tokens.h"

namespace newsgraph {
namespace {

struct Candidate {
  size_t first = 0, last = 0;  // token range [first, last)
  EntityType type = EntityType::kOrg;
  std::string rule;
  uint32_t begin = 0, end = 0;  // byte span; may cut a token ("Singapore" of "Singapore-based")
};

bool contains_digit(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Person-name particles and "&" join capitalised words anywhere ("Ruiz de la Torre").
bool is_name_particle(std::string_view w) {
  static constexpr std::string_view kParticles[] = {"de", "da", "do", "dos", "das", "del",
                                                    "della", "di", "van", "von", "der", "den",
                                                    "la", "le", "du", "bin", "al", "&"};
  return std::find(std::begin(kParticles), std::end(kParticles), w) != std::end(kParticles);
}

bool is_one_of(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// Lower case without a contraction ("We're" -> "we"), for common-word lookups.
std::string base_lower(std::string_view w) {
  size_t cut = std::min(w.find('\''), w.find("\u2019"));
  return lower(w.substr(0, cut));
}

// Where a hyphenated modifier suffix starts ("Singapore-based" -> 9), else npos.
size_t lower_suffix_dash(std::string_view w) {
  size_t dash = w.rfind('-');
  if (dash == std::string_view::npos || dash == 0) return std::string_view::npos;
  static constexpr std::string_view kSuffixes[] = {
      "based", "born", "headquartered", "led", "backed", "owned", "listed", "made", "controlled",
      "funded", "run", "focused", "style", "like", "related", "registered", "built", "linked",
      "affiliated", "operated", "designed", "powered", "supported", "bound", "wide"};
  std::string_view suffix = w.substr(dash + 1);
  return std::find(std::begin(kSuffixes), std::end(kSuffixes), suffix) != std::end(kSuffixes)
             ? dash : std::string_view::npos;
}

bool has_lower(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Adverbs, participles and gerunds open sentences ("Building on ...") but rarely names.
bool looks_like_verb_or_adverb(std::string_view w) {
  for (std::string_view end : {"ing", "ly", "ed"})
    if (w.size() > end.size() + 2 && w.substr(w.size() - end.size()) == end) return true;
  return false;
}

class Recogniser {
 public:
  explicit Recogniser(const Document& doc)
      : doc_(doc), lex_(lexicon()),
        toks_(doc.tokens().all), lower_(doc.tokens().all_lower) {}

  std::vector<Mention> run() {
    std::vector<char> headline = headline_lines();
    std::vector<Candidate> body;
    for (size_t i = 0; i < toks_.size();) {
      if (toks_[i].span.begin < doc_.body_begin) i = byline(i, body);
      else i = headline[i] ? i + 1 : scan(i, body);
    }
    settle(body);
    std::vector<Candidate> all = body;
    for (size_t i = 0; i < toks_.size();) i = headline[i] ? match_headline(i, body, all) : i + 1;
    std::sort(all.begin(), all.end(),
              [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
    std::vector<Mention> out;
    for (const Candidate& c : all) out.push_back(Mention{{c.begin, c.end}, c.type, c.rule, -1});
    return out;
  }

 private:
  std::string_view word(size_t i) const {
    return i < toks_.size() ? doc_.slice(toks_[i].span) : std::string_view();
  }
  std::string_view range(size_t a, size_t b) const {
    return std::string_view(doc_.text).substr(toks_[a].span.begin,
                                              toks_[b - 1].span.end - toks_[a].span.begin);
  }
  bool cap(size_t i) const { return i < toks_.size() && toks_[i].word() && toks_[i].capitalised; }
  bool same_line(size_t i) const { return i < toks_.size() && !toks_[i].line_start; }
  std::string_view lower_word(size_t i) const { return lower_[i]; }
  bool institution_word(size_t i) const {
    return lex_.org_heads.count(word(i)) || lex_.org_suffixes.count(word(i)) ||
           lex_.place_heads.count(word(i));
  }
  // The span of tokens [a, b) without a lower-case hyphenated suffix ("Singapore-based").
  std::string_view trimmed(size_t a, size_t b) const {
    std::string_view s = range(a, b);
    size_t dash = lower_suffix_dash(word(b - 1));
    return dash == std::string_view::npos ? s : s.substr(0, s.size() - word(b - 1).size() + dash);
  }
  Candidate make(size_t a, size_t b, EntityType type, std::string rule) const {
    uint32_t begin = toks_[a].span.begin;
    return Candidate{a, b, type, std::move(rule), begin, uint32_t(begin + trimmed(a, b).size())};
  }
  // A never-name that ends a span as an organisation suffix stays in it ("Quillon AI",
  // "Marrow Inc"), unless the word before it is a place or nationality ("The Paris AI
  // startup", "Chinese AI labs").
  bool kept_suffix(size_t start, size_t k, size_t b) const {
    if (k + 1 != b || k == start || !lex_.org_suffixes.count(word(k))) return false;
    const KnownEntity* known = lex_.known(word(k - 1));
    return !(known && known->type == EntityType::kPlace);
  }
  // Opens a sentence, or an interview turn after its label ("Q: Is ...", "JD: Ferries ...").
  bool initial(size_t i) const {
    if (toks_[i].sentence_start) return true;
    if (i < 2 || word(i - 1) != ":") return false;
    size_t k = i - 1;
    while (k > 0 && !toks_[k].line_start && i - k <= 5) --k;
    return toks_[k].line_start && !has_lower(range(k, i - 1));
  }
  bool common(size_t i) const { return lex_.common_words.count(base_lower(word(i))) > 0; }
  // Where a capital says little of a lone word: a sentence's start, the start of a wire
  // story after its dateline ("NEW YORK (Reuters) - Media conglomerate ..."), and "The X of"
  // opening a sentence ("The Harbor of U.S. tech companies"; "The Kremlin said" names).
  bool weak_capital(size_t i) const {
    if (initial(i) || after_subheading(i)) return true;
    if (i >= 2 && word(i - 2) == ")" && is_one_of(word(i - 1), {"-", "--", "\u2013", "\u2014"}))
      return true;
    return i > 0 && initial(i - 1) && is_one_of(word(i - 1), {"The", "A", "An"}) &&
           word(i + 1) == "of" && !is_acronym(word(i));
  }
  // Never a name, wherever it stands: months, "AI", acronym plurals ("DVDs"), "Americans".
  bool never_name(size_t i) const {
    std::string_view w = word(i);
    if (lex_.non_names.count(w)) return true;
    if (w.size() < 3 || w.back() != 's') return false;
    std::string_view stem = w.substr(0, w.size() - 1);
    return is_acronym(stem) || lex_.nationalities.count(stem) || w == "Britons";
  }

  std::vector<char> headline_lines() const;
  size_t scan(size_t i, std::vector<Candidate>& out) const;
  size_t byline(size_t i, std::vector<Candidate>& out) const;
  bool ticker_at(size_t i) const;
  size_t known_match(size_t i, Candidate& c) const;
  size_t product_extension(size_t e) const;
  size_t capitalised_span(size_t i) const;
  size_t title_at(size_t i, size_t end) const;
  bool title_before(size_t a) const;
  bool apposition_title(size_t b) const;
  bool as_title(size_t b) const;
  std::optional<EntityType> apposition_noun(size_t b) const;
  bool dateline(size_t a, size_t b) const;
  std::optional<Candidate> exclaimed_name(size_t a, size_t b) const;
  bool after_time(size_t i) const;
  static bool is_acronym(std::string_view w) {
    return w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  }
  void split_and_type(size_t a, size_t b, std::vector<Candidate>& out) const;
  size_t subheading_end(size_t a, size_t b) const;
  // The first word after a subheading glued to its sentence: "... MEETINGS Michael".
  bool after_subheading(size_t i) const {
    return i >= 2 && has_lower(word(i)) && all_caps(i - 1) && all_caps(i - 2) && same_line(i) &&
           same_line(i - 1) && toks_[i - 1].word() && toks_[i - 2].word();
  }
  // A word in capitals of two letters or more ("MEETINGS", "IBM").
  bool all_caps(size_t i) const {
    std::string_view w = word(i);
    return w.size() >= 2 && !has_lower(w) &&
           std::any_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  }
  Candidate type_piece(size_t a, size_t b, bool after_title) const;
  void settle(std::vector<Candidate>& cands) const;
  bool predicate_adjective(size_t i) const;
  bool descriptive_compound(std::string_view w) const;
  bool names_event(size_t e) const;
  bool expanded_acronym(size_t i) const;
  static bool camel_prefix(std::string_view w, uint32_t at, const ViewMap<uint32_t>& org_words);
  size_t match_headline(size_t i, const std::vector<Candidate>& body,
                        std::vector<Candidate>& out) const;

  const Document& doc_;
  const Lexicon& lex_;
  const std::vector<Token>& toks_;
  const LowerForms& lower_;
};

// A line is a Title Case headline when most of its longer words are capitalised.
std::vector<char> Recogniser::headline_lines() const {
  std::vector<char> headline(toks_.size(), 0);
  size_t start = 0;
  for (size_t i = 1; i <= toks_.size(); ++i) {
    if (i < toks_.size() && !toks_[i].line_start) continue;
    if (toks_[start].span.begin < doc_.body_begin) {
      start = i;
      continue;
    }
    size_t words = 0, caps = 0;
    for (size_t k = start; k < i; ++k) {
      if (!toks_[k].word() || word(k).size() < 4) continue;
      ++words;
      caps += toks_[k].capitalised;
    }
    // Headlines do not end in a full stop; a sentence dense with names does.
    // "(Reporting by Jane Doe; Editing by ...)" is a credit line, not a headline
    bool title_case = words >= 3 && caps * 10 >= words * 7 && word(i - 1) != "." &&
                      word(start) != "(" &&
                      !is_one_of(word(start), {"Posted", "Published", "Updated", "Written"});
    std::fill(headline.begin() + start, headline.begin() + i, title_case);
    start = i;
  }
  return headline;
}

// "YHOO.O", "NOK1V.HE": a stock ticker with its exchange code; not a name of its own.
bool Recogniser::ticker_at(size_t i) const {
  if (i + 2 >= toks_.size() || word(i + 1) != ".") return false;
  std::string_view w = word(i);
  if (w.size() >= 4 && w.back() >= 'a' && w.back() <= 'z') w.remove_suffix(1);  // "DBKGn"
  if (has_lower(w)) return false;
  std::string_view code = word(i + 2);
  return toks_[i + 1].span.begin == toks_[i].span.end &&
         toks_[i + 2].span.begin == toks_[i + 1].span.end && !code.empty() && code.size() <= 2 &&
         code[0] >= 'A' && code[0] <= 'Z';
}

// In the header lines only a byline names someone: "By Jane Doe and Ana de la Cruz".
size_t Recogniser::byline(size_t i, std::vector<Candidate>& out) const {
  size_t end = i + 1;
  while (end < toks_.size() && same_line(end)) ++end;
  if (!toks_[i].line_start || (word(i) != "By" && word(i) != "BY")) return end;
  for (size_t k = i + 1; k < end;) {
    if (!cap(k)) {
      ++k;
      continue;
    }
    size_t e = capitalised_span(k);
    out.push_back(make(k, e, EntityType::kPerson, "byline"));
    k = e;
  }
  return end;
}

// Recognises what starts at token i; returns the next token to look at.
size_t Recogniser::scan(size_t i, std::vector<Candidate>& out) const {
  Candidate known;
  size_t e = known_match(i, known);
  if (e > i) {
    size_t full = cap(e) && same_line(e) ? capitalised_span(i) : e;
    Candidate whole = type_piece(i, full, false);
    // A place and a generic acronym ("Chinese AI labs", "a Paris AI startup") stay a place.
    bool generic_tail = known.type == EntityType::kPlace && full == e + 1 && never_name(e);
    if (full > e && whole.rule == "org-suffix" && !generic_tail) {  // "China Mobile"
      out.push_back(whole);
      return full;
    }
    size_t ext = known.type == EntityType::kProduct || known.type == EntityType::kOrg
                     ? product_extension(e) : e;
    bool org = false;  // "Vodafone Group Plc" is the company itself
    for (size_t k = e; k < ext; ++k) org = org || lex_.org_suffixes.count(word(k));
    if (ext > e && lex_.non_entity_heads.count(word(ext - 1))) return ext;  // "Acme Estimates"
    if (ext == e) out.push_back(known);
    else out.push_back(make(i, ext, org ? EntityType::kOrg : EntityType::kProduct,
                            org ? "org-suffix" : "maker-prefix"));
    return ext;
  }
  if (!cap(i)) return i + 1;
  if (ticker_at(i)) return i + 3;
  if (word(i) == "By" && cap(i + 1) && (toks_[i].line_start || after_time(i))) {
    size_t end = capitalised_span(i + 1);  // "14:20 By Jane Doe": a live blog entry's byline
    out.push_back(make(i + 1, end, EntityType::kPerson, "byline"));
    return end;
  }
  e = capitalised_span(i);
  // "JANE DOE:", "Q:", "JD:" opening a line label an interview's turn, not a mention
  if (toks_[i].line_start && word(e) == ":" && !has_lower(range(i, e))) return e + 1;
  if (std::optional<Candidate> c = exclaimed_name(i, e)) {
    out.push_back(*c);
    return e + 1;
  }
  if (dateline(i, e)) out.push_back(make(i, e, EntityType::kPlace, "dateline"));
  else split_and_type(i, e, out);
  return e;
}

// "14:05 By", "2.05pm By": a time opens the line before token i.
bool Recogniser::after_time(size_t i) const {
  size_t k = i;
  if (k > 0 && is_one_of(lower_word(k - 1), {"am", "pm", "a.m.", "p.m.", "gmt", "bst", "et"})) --k;
  if (k == 0 || toks_[k - 1].kind != Token::Kind::kNumber) return false;
  while (k > 0 && !toks_[k].line_start) --k;
  return toks_[k].kind == Token::Kind::kNumber;
}

// "consumer group Which? said", "Yahoo! shares": a "?" or "!" glued to a capitalised span
// [a, b) that a lower-case word follows on its line ends no sentence but the name, and is part
// of it.
std::optional<Candidate> Recogniser::exclaimed_name(size_t a, size_t b) const {
  if (b + 1 >= toks_.size() || !is_one_of(word(b), {"?", "!"}) ||
      toks_[b].span.begin != toks_[b - 1].span.end || !same_line(b + 1) ||
      !toks_[b + 1].word() || toks_[b + 1].capitalised || toks_[b + 1].kind == Token::Kind::kNumber)
    return std::nullopt;
  Candidate c = type_piece(a, b, title_before(a));
  c.last = b + 1;
  c.end = toks_[b].span.end;
  return c;
}

// "MARLOWE, March 3 (Newswire) -", "SAN JOSE (AP) -": a wire dateline opens its line with
// the city in capitals, then a date or the agency in parentheses.
bool Recogniser::dateline(size_t a, size_t b) const {
  if (!toks_[a].line_start) return false;
  for (size_t k = a; k < b; ++k)
    if (has_lower(word(k))) return false;
  return (word(b) == "(" && cap(b + 1)) || (word(b) == "," && month_number(word(b + 1)) > 0);
}

// Longest gazetteer or nationality match starting at token i: its end token, or i if none.
size_t Recogniser::known_match(size_t i, Candidate& c) const {
  if (!toks_[i].word()) return i;
  size_t max_end = std::min(toks_.size(), i + lex_.max_gazetteer_words + 2);
  // trimmed(i, e) begins with range(i, e - 1): stop where that no longer opens a known form.
  size_t end = i + 1;
  while (end < max_end && lex_.opens_known(range(i, end))) ++end;
  for (size_t e = end; e > i; --e) {
    if (e - 1 > i && !same_line(e - 1)) continue;
    std::string_view surface = trimmed(i, e);
    const KnownEntity* k = lex_.known(surface);
    if (!k) continue;
    if (surface.size() == 1 && (i == 0 || lower_word(i - 1) != "on")) continue;  // "on X"
    if (e == i + 1 && initial(i) && common(i)) continue;
    c = make(i, e, k->type, lex_.gazetteer.count(surface) ? "gazetteer" : "nationality");
    return e;
  }
  return i;
}

// "DeepSeek R1", "Azure Marketplace": capitalised words right after a known organisation or
// product name a product of it. Returns the end of those words (e if there are none).
size_t Recogniser::product_extension(size_t e) const {
  size_t k = e;
  while (cap(k) && same_line(k) && !ticker_at(k) && !title_at(k, toks_.size()) && !never_name(k) &&
         !lex_.honorifics.count(word(k)) && !lex_.known(word(k)) &&
         !lex_.given_names.count(word(k)))
    ++k;
  return k;
}

// End of the capitalised span starting at i: capitalised words, joined by name particles,
// and by "of", "for (the)" and "and" inside institution names ("Bureau of Industry and Security").
size_t Recogniser::capitalised_span(size_t i) const {
  size_t e = i + 1;
  bool institution = institution_word(i), saw_of = false;
  bool place = lex_.place_heads.count(word(i)) > 0;  // "Gulf of Mexico and Angola": two places
  while (same_line(e) && !ticker_at(e)) {
    if (cap(e)) {
      institution = institution || institution_word(e);
      place = place || lex_.place_heads.count(word(e)) > 0;
      ++e;
      continue;
    }
    std::string_view w = word(e);
    size_t skip = (w == "for" && word(e + 1) == "the") ? 2 : 1;
    if (!cap(e + skip) || !same_line(e + skip)) break;
    bool joins = is_name_particle(w) || (w == "of" && institution) ||
                 (w == "and" && saw_of && !place) || (w == "for" && institution);
    if (!joins) break;
    saw_of = saw_of || w == "of" || w == "for";  // "Organisation for ... Co-operation and ..."
    e += skip;
  }
  return e;
}

// Length in tokens of the job title (title lexicon) starting at token i, or 0.
size_t Recogniser::title_at(size_t i, size_t end) const {
  size_t n = i < end ? std::min(end - i, lex_.max_title_words) : 0;
  return lex_.title_phrases.longest(n, [&](size_t k) {
    return toks_[i + k].word() ? lower_word(i + k) : std::string_view();
  }).first;
}

// A job title ends right before token a ("chief executive Jane Doe", "analyst Jane Doe").
bool Recogniser::title_before(size_t a) const {
  for (size_t n = 1; n <= lex_.max_title_words && n <= a; ++n)
    if (title_at(a - n, a) == n) return true;
  return false;
}

// "appointed Jane Doe as its chief financial officer", "Jane Doe is the chief executive",
// "Jane Doe was named chief financial officer", "Jane Doe, who was its chief executive": "as"
// or a copula, then a title, after token b-1. After a copula "a"/"an" is no cue ("Acme is a partner" describes a company).
bool Recogniser::as_title(size_t b) const {
  size_t k = b;
  if (word(k) == "," && lower_word(k + 1) == "who") k += 2;  // ", who was chief ..."
  const bool copula = is_one_of(word(k), {"is", "was", "became"});
  if (copula) {
    ++k;
    if (is_one_of(word(k), {"now", "previously", "formerly"})) ++k;
    if (is_one_of(word(k), {"named", "appointed"})) ++k;
    if (word(k) == "as") ++k;
  } else if (k == b && word(k) == "as") {
    ++k;
  } else {
    return false;
  }
  if (is_one_of(lower_word(k), {"its", "their", "the", "his", "her", "our"}) ||
      (!copula && is_one_of(lower_word(k), {"a", "an"})))
    ++k;
  return title_at(k, toks_.size()) > 0;
}

// ", Quillon's co-founder and chief executive": a title in the apposition after token b-1
// (not one a company holds as well: lexicon shared_titles).
bool Recogniser::apposition_title(size_t b) const {
  if (word(b) != ",") return false;
  for (size_t k = b + 1; k < b + 10 && same_line(k); ++k) {
    std::string_view w = word(k);
    if (is_one_of(w, {"who", "whose", "which", "that", "where"})) return false;
    // "Acme, backed by investor Jane Doe": a participle opens a clause, not an apposition
    if (!toks_[k].capitalised && w.size() > 4 && w.ends_with("ed")) return false;
    if (!toks_[k].word() && !is_possessive(w) && w != "-") return false;
    if (size_t t = title_at(k, toks_.size()))  // "Acme, once the owner of ...": no cue
      return !lex_.shared_titles.count(lower_word(k + t - 1));
  }
  return false;
}

// ", a rival notes app" / ", the Berlin company behind it": the head noun of a short
// apposition after token b-1 (its last word before a function word or a break) types the
// name: a product noun PRODUCT, an organisation noun ORG; std::nullopt otherwise.
std::optional<EntityType> Recogniser::apposition_noun(size_t b) const {
  if (word(b) != "," || !is_one_of(lower_word(b + 1), {"a", "an", "the", "its", "their"}))
    return std::nullopt;
  constexpr size_t kMaxWords = 6;
  size_t k = b + 2;
  while (k < b + 2 + kMaxWords && same_line(k) && toks_[k].word() &&
         !is_one_of(word(k), {"of", "behind", "that", "which", "who", "whose", "with", "for", "in",
                              "at", "on", "from", "by", "to", "and", "or", "is", "was", "has"}))
    ++k;
  if (k == b + 2) return std::nullopt;
  std::string_view head = lower_word(k - 1);
  if (lex_.product_cues.count(head)) return EntityType::kProduct;
  if (quote_lexicon().of(head) & kOrgNoun) return EntityType::kOrg;
  return std::nullopt;
}

// Splits the capitalised span [a, b) at titles, honorifics and non-names; types each piece.
void Recogniser::split_and_type(size_t a, size_t b, std::vector<Candidate>& out) const {
  size_t heading = subheading_end(a, b);
  if (heading == b) return;
  size_t start = a = heading;
  bool after_title = title_before(a);
  auto initial = [&](size_t i) { return this->initial(i) || after_subheading(i); };
  auto flush = [&](size_t end) {
    // A sentence-initial common word ("The", "But") or verb form ("Building") is not a name,
    // unless only a legal form would be left ("News Corp. bought ...").
    bool suffix_only = end - start == 2 && lex_.legal_forms.count(word(start + 1)) &&
                       word(start) != "The" && !is_one_of(word(start), {"A", "An", "Its", "Their"});
    while (!suffix_only && start < end && (word(start) == "The" ||
                           (initial(start) &&
                            (common(start) || (end - start >= 2 &&
                                               looks_like_verb_or_adverb(word(start)) &&
                                               !lex_.given_names.count(word(start)))))))
      ++start;
    if (start >= end || (end - start == 1 && (word(start).size() == 1 || common(start)))) return;
    if (lex_.non_entity_heads.count(word(end - 1))) return;  // "Digital Markets Act"
    out.push_back(type_piece(start, end, after_title));
  };
  for (size_t k = a; k < b;) {
    size_t t = title_at(k, b);
    bool honorific = lex_.honorifics.count(word(k)) > 0;
    if (t > 0 && (k == start || k + t < b)) {  // a title before a name, or standing alone
      flush(k);
      start = k += t;
      after_title = true;
    } else if (honorific || (never_name(k) && !kept_suffix(start, k, b))) {
      flush(k);
      start = ++k;
      after_title = false;
    } else {
      ++k;
    }
  }
  flush(b);
}

// Wire copy that lost its paragraph breaks glues an all-caps subheading to the sentence after
// it ("BLACKSTONE MEETINGS Michael Dell said ..."), and sets others apart ("THE MURDOCH ERA"):
// two or more words in capitals opening the span [a, b), before a word in lower case or with
// a function word among them, are no name. Returns where the name may start (b: none does).
size_t Recogniser::subheading_end(size_t a, size_t b) const {
  size_t k = a;
  bool function_word = false;  // "THE LONG VIEW", "STUCK IN COURT"; not "OSKVEL PARTNERS"
  for (; k < b && all_caps(k); ++k)
    function_word = function_word ||
                    is_one_of(lower_word(k), {"the", "a", "an", "of", "in", "on", "to", "for", "and",
                                              "or", "but", "is", "are", "as", "at", "by", "with",
                                              "from", "up", "out", "not", "no"});
  if (k - a < 2) return a;
  if (k < b && has_lower(word(k))) return cap(k) ? k : b;  // not "... PLANS of Acme"
  return k == b && function_word ? b : a;
}

// Types the capitalised piece [a, b) by its strongest cue.
Candidate Recogniser::type_piece(size_t a, size_t b, bool after_title) const {
  using T = EntityType;
  std::string_view first = word(a), last = word(b - 1);
  std::string_view prev = a > 0 ? word(a - 1) : "", next = word(b);
  std::string_view prev_lower = a > 0 ? lower_word(a - 1) : "", next_lower = lower_word(b);
  size_t n = b - a;
  if (const KnownEntity* k = lex_.known(trimmed(a, b)))  // "The Indian-born magnate"
    return make(a, b, k->type, lex_.gazetteer.count(trimmed(a, b)) ? "gazetteer" : "nationality");
  if (n >= 3 && lex_.place_heads.count(first) && word(a + 1) == "of")  // "Gulf of Mexico"
    return make(a, b, T::kPlace, "place-head");
  if (n >= 2 && lex_.org_suffixes.count(last)) return make(a, b, T::kOrg, "org-suffix");
  for (size_t k = a; k + 2 < b; ++k)  // "Indian Institute of Science", "Court for the ..."
    if (lex_.org_heads.count(word(k)) && is_one_of(word(k + 1), {"of", "for"}))
      return make(a, b, T::kOrg, "org-suffix");
  if (lex_.honorifics.count(prev) || (prev == "." && a > 1 && lex_.honorifics.count(word(a - 2))))
    return make(a, b, T::kPerson, "honorific");
  // "(Reporting by Jane Doe; Editing by ...)", "Posted on 14 April 2026 by Jane Doe"
  if (prev == "by" && a > 1 && (is_one_of(lower_word(a - 2), {"reporting", "editing", "writing"}) ||
                                toks_[a - 2].kind == Token::Kind::kNumber))
    return make(a, b, T::kPerson, "byline");
  if (after_title || title_before(a) || (prev == "," && title_before(a - 1)) || as_title(b))
    return make(a, b, T::kPerson, "title-cue");
  if (n >= 2 && lex_.given_names.count(first)) return make(a, b, T::kPerson, "given-name");
  if (!is_acronym(first) && apposition_title(b)) return make(a, b, T::kPerson, "apposition");
  if (next == "," && b + 2 < toks_.size() && toks_[b + 1].kind == Token::Kind::kNumber &&
      word(b + 2) == "," && word(b + 1).size() <= 2)
    return make(a, b, T::kPerson, "age");
  if (auto type = apposition_noun(b)) return make(a, b, *type, "apposition-noun");
  // "Dorn Waleski, who heads ...": "who" stands for a person (an organisation is "which"),
  // though British copy writes "who" of firms too: not after "at"/"of" ("an analyst at Piper
  // Jaffray, who"), nor with "&", an acronym or a common word in the name ("Strand Consult")
  if (n >= 2 && n <= 3 && next == "," && lower_word(b + 1) == "who" && !is_acronym(first) &&
      !is_acronym(last) && !common(a) && !common(b - 1) &&
      !is_one_of(prev_lower, {"at", "of", "for", "from", "with", "by", "and"}) &&
      range(a, b).find('&') == std::string_view::npos)
    return make(a, b, T::kPerson, "who-clause");
  // "the company behind (the) Widget": what an organisation is behind is its product
  size_t p = a > 0 && prev_lower == "the" ? a - 1 : a;
  if (p >= 2 && lower_word(p - 1) == "behind" && (quote_lexicon().of(lower_word(p - 2)) & kOrgNoun))
    return make(a, b, T::kProduct, "product-cue");
  // "software maker Acme", "rival provider Acme": a noun that stands for an organisation
  if (quote_lexicon().of(prev_lower) & kOrgNoun) return make(a, b, T::kOrg, "org-cue");
  if (lex_.product_cues.count(next_lower) || lex_.product_cues.count(prev_lower) ||
      is_one_of(prev_lower, {"launched", "unveiled", "released", "introduced", "called", "dubbed",
                             "named", "branded", "debuted", "launches", "unveils", "releases",
                             "makes", "use", "used", "using", "uses"}))
    return make(a, b, T::kProduct, "product-cue");
  for (size_t k = a; k < b; ++k)
    if (contains_digit(word(k))) return make(a, b, T::kProduct, "model-number");
  if (n == 1 && first[0] >= 'a' && first[0] <= 'z')  // "iPod", "iTunes"
    return make(a, b, T::kProduct, "model-number");
  // "Jane Doe said", "…,” said Jane Doe of Acme.", but not "a spokesperson for Acme Pay said"
  // nor "it said Acme Pay had to": after "said" the name ends its clause or has a "X at/of ORG"
  if (n >= 2 && n <= 3 && !is_acronym(first) &&
      !is_one_of(prev_lower, {"for", "at", "of", "from", "with", "by"}) &&
      (is_one_of(next_lower, {"said", "says", "told", "added", "wrote", "founded", "co-founded"}) ||
       (is_one_of(prev_lower, {"said", "says"}) &&
        (b >= toks_.size() || !toks_[b].word() || is_one_of(next_lower, {"at", "of", "from"})))))
    return make(a, b, T::kPerson, "said");
  const KnownEntity* after_comma =
      next == "," && !is_possessive(word(b + 2)) ? lex_.known(word(b + 1)) : nullptr;
  if (last.find("-based") != std::string_view::npos ||
      is_one_of(prev_lower, {"in", "near", "across", "outside"}) ||
      (after_comma && after_comma->type == T::kPlace))  // "Sunnyvale, California"
    return make(a, b, T::kPlace, "place-cue");
  // "the Lumen 2 model": a short number right after a name makes it a model's
  if (b + 1 < toks_.size() && toks_[b].kind == Token::Kind::kNumber && same_line(b) &&
      next.size() <= 3 && !is_one_of(lower_word(b + 1), {"percent", "%", "per", "million",
                                                         "billion", "years", "points"}))
    return make(a, b, T::kProduct, "model-number");
  return make(a, b, T::kOrg, "capitalised");
}

// Pass 2: drops weak one-word pieces nothing corroborates (a sentence-initial word never
// capitalised mid-sentence, "Commerce" of "Secretary of Commerce"), and retypes weak pieces
// that open with an organisation's name as its products ("Tessarine Board", "PellanPay").
void Recogniser::settle(std::vector<Candidate>& cands) const {
  // keyed by views of the text: settling a document copies none of its words
  ViewSet mid_caps, name_words;
  ViewMap<int> surfaces;
  ViewMap<uint32_t> org_words;  // word -> where it may first stand for an organisation
  ViewMap<uint32_t> first_use;  // surface -> where it is first used
  // a title uses short names ("Acme pauses ..." for Acme Aerial): not an organisation's own
  size_t blank = doc_.text.find("\n\n", doc_.body_begin);
  bool titled = blank != std::string::npos &&
                doc_.text.find('\n', doc_.body_begin) == blank;  // one line, then a blank line
  uint32_t title_end = titled ? uint32_t(blank) : doc_.body_begin;
  for (size_t i = 0; i < toks_.size(); ++i)
    if (cap(i) && !weak_capital(i)) mid_caps.emplace(word(i));
  for (const Candidate& c : cands) {
    ++surfaces[range(c.first, c.last)];
    first_use.emplace(range(c.first, c.last), c.begin);
    if (c.last - c.first >= 2)
      for (size_t k = c.first; k < c.last; ++k) name_words.emplace(word(k));
    // A lone weak word names an organisation from where it stands ("Tessarine", later
    // "Tessarine Board"); before that it may be a short form of the longer name.
    bool strong = c.rule == "gazetteer" || c.rule == "org-suffix";
    if (c.type == EntityType::kOrg && (strong || c.last - c.first == 1) &&
        (strong || c.begin >= title_end)) {
      auto [it, fresh] = org_words.emplace(word(c.first), strong ? 0 : c.begin);
      if (strong) it->second = 0;
    }
  }
  ViewSet defined;  // acronyms the article spells out in lower case: "architecture (SOA)"
  for (const Candidate& c : cands)
    if (c.last - c.first == 1 && expanded_acronym(c.first)) defined.emplace(word(c.first));
  std::vector<Candidate> kept;
  for (Candidate c : cands) {
    bool weak = c.rule == "capitalised" || c.rule == "place-cue";
    bool initial_weak = weak || c.rule == "product-cue";
    std::string_view w = word(c.first);
    bool one = c.last - c.first == 1;
    bool after_title_of = c.first >= 2 && word(c.first - 1) == "of" && cap(c.first - 2) &&
                          title_before(c.first - 1);
    if (initial_weak && one && weak_capital(c.first) && !mid_caps.count(w) &&
        !name_words.count(w))
      continue;
    if (c.rule == "capitalised" && one &&
        (defined.count(w) || predicate_adjective(c.first) || names_event(c.last)))
      continue;
    if (initial_weak && one && descriptive_compound(w)) continue;
    // "2330.TW", "Yahoo.Com": a word glued after a stop that is glued to the word before it
    // ends a ticker or a domain, no name of its own
    if (weak && one && c.first >= 2 && word(c.first - 1) == "." &&
        toks_[c.first - 1].span.begin == toks_[c.first - 2].span.end &&
        toks_[c.first].span.begin == toks_[c.first - 1].span.end)
      continue;
    if (weak && one && after_title_of && surfaces[w] < 2 && !name_words.count(w))
      continue;
    auto org = org_words.find(w);
    bool maker = org != org_words.end() &&
                 org->second < first_use.find(range(c.first, c.last))->second;
    if (weak && (one ? camel_prefix(w, c.begin, org_words) : maker)) {
      c.type = EntityType::kProduct;
      c.rule = "maker-prefix";
    }
    kept.push_back(c);
  }
  cands = std::move(kept);
}

// "will prove Herculean", "seemed Kafkaesque": a capitalised adjective after a linking verb
// describes, it names nothing.
bool Recogniser::predicate_adjective(size_t i) const {
  static constexpr std::string_view kLinking[] = {
      "is", "are", "was", "were", "be", "been", "being", "prove", "proves", "proved", "proving",
      "seem", "seems", "seemed", "become", "becomes", "became", "remain", "remains", "remained",
      "look", "looks", "looked", "sound", "sounds", "sounded", "appear", "appears", "appeared"};
  if (i == 0 || std::find(std::begin(kLinking), std::end(kLinking), word(i - 1)) == std::end(kLinking))
    return false;
  std::string_view w = word(i);
  for (std::string_view end : {"ean", "ian", "ic", "ical", "ous", "ive", "esque", "ish", "like"})
    if (w.size() > end.size() + 2 && w.ends_with(end) && !is_acronym(w)) return true;
  return false;
}

// "April-June", "December-quarter", "English-language", "Oscar-winning", "Internet-centric":
// a hyphenated word with a month in it, or whose last part is a lower-case participle or
// describing noun, describes; it names nothing ("Alcatel-Lucent", "Wal-Mart" do).
bool Recogniser::descriptive_compound(std::string_view w) const {
  // "Connecticut-based" is trimmed to its name already (lower_suffix_dash)
  if (w.find('-') == std::string_view::npos || lower_suffix_dash(w) != std::string_view::npos)
    return false;
  for (size_t at = 0; at <= w.size();) {
    size_t dash = std::min(w.find('-', at), w.size());
    if (month_number(w.substr(at, dash - at)) > 0) return true;
    at = dash + 1;
  }
  std::string_view tail = w.substr(w.rfind('-') + 1);
  bool lower_tail = std::all_of(tail.begin(), tail.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  return lower_tail && tail.size() > 4 && (tail.ends_with("ed") || tail.ends_with("ing") ||
                             is_one_of(tail, {"language", "type", "centric", "quality", "free",
                                              "only", "area", "quarter", "style", "sized"}));
}

// "the Macworld expo", "at the Zenex trade show": what an event noun follows names the event
// (events are no entity type of FORMAT.md).
bool Recogniser::names_event(size_t e) const {
  // the name stands after a determiner: in "data from Acme show" the noun is a verb
  if (e < 2 || !is_one_of(lower_word(e - 2), {"the", "a", "an", "this", "last", "next", "annual",
                                              "its", "their", "at"}))
    return false;
  std::string_view w = lower_word(e);
  if (w == "trade" && is_one_of(lower_word(e + 1), {"show", "fair"})) return true;
  return same_line(e) && is_one_of(w, {"conference", "expo", "show", "summit", "convention",
                                       "festival", "exhibition", "keynote"});
}

// "services-oriented architecture (SOA)", "kilobits per second (Kbps)": an acronym in
// brackets after the lower-case words it abbreviates is a term, not a name ("Bureau of
// Industry and Security (BIS)" spells a name in capitals).
bool Recogniser::expanded_acronym(size_t i) const {
  std::string_view w = word(i);
  if (i < 3 || word(i - 1) != "(" || word(i + 1) != ")" || w.size() < 2 || w.size() > 6) return false;
  std::string letters = lower(w);
  std::string initials;  // of the words from k to the bracket, hyphenated parts apart
  for (size_t k = i - 1; k-- > 0 && i - k <= 9 && same_line(k + 1);) {
    if (!toks_[k].word() || toks_[k].capitalised) return false;
    std::string_view lw = lower_word(k);
    if (is_one_of(lw, {"of", "and", "for", "the", "to", "in", "on"})) continue;
    std::string head;
    for (size_t at = 0; at < lw.size(); at = lw.find('-', at) + 1) {
      head += lw[at];
      if (lw.find('-', at) == std::string_view::npos) break;
    }
    initials = head + initials;
    if (initials[0] != letters[0]) continue;
    size_t at = 0;  // each initial in order among the acronym's letters: "kpbs" has k, p, s
    for (char c : initials) at = at < letters.size() ? letters.find(c, at) + 1 : 0;
    if (initials.size() >= 2 && at != 0) return true;
  }
  return false;
}

// "PellanPay": a known organisation's name followed, inside one word, by a capitalised part.
bool Recogniser::camel_prefix(std::string_view w, uint32_t at,
                              const ViewMap<uint32_t>& org_words) {
  for (size_t n = 2; n + 1 < w.size(); ++n) {
    if (w[n] < 'A' || w[n] > 'Z') continue;
    auto it = org_words.find(w.substr(0, n));
    if (it != org_words.end() && it->second < at) return true;
  }
  return false;
}

// Pass 3, at token i of a headline line: a known name, a name found in the body, or one word
// of a longer body name ("Marrow" for "Marrow Semiconductor"). Returns the next token.
size_t Recogniser::match_headline(size_t i, const std::vector<Candidate>& body,
                                  std::vector<Candidate>& out) const {
  Candidate known;
  if (size_t e = known_match(i, known); e > i) {
    out.push_back(known);
    return e;
  }
  if (!cap(i)) return i + 1;
  const Candidate* best = nullptr;
  size_t best_len = 0;
  for (const Candidate& c : body) {
    size_t n = c.last - c.first;
    if (n <= best_len || i + n > toks_.size() || range(i, i + n) != range(c.first, c.last))
      continue;
    best = &c, best_len = n;
  }
  // One word of a longer name: an organisation's first word, a person's or product's last.
  if (!best && !never_name(i) && !common(i)) {
    for (const Candidate& c : body) {
      if (c.last - c.first < 2) continue;
      size_t k = c.type == EntityType::kOrg ? c.first : c.last - 1;
      if (c.type != EntityType::kPlace && word(k) == word(i)) best = &c;
    }
    best_len = best ? 1 : 0;
  }
  if (!best) return i + 1;
  out.push_back(make(i, i + best_len, best->type, "headline"));
  return i + best_len;
}

}  // namespace

void find_mentions(Document& doc) { doc.mentions = Recogniser(doc).run(); }

}  // namespace newsgraph
