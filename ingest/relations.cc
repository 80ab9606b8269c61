// Relations between the entities of one sentence:
//  - cue phrases of the relation lexicon ("acquired", "developed by", "probe into"): the
//    nearest mention of a fitting type before the cue and after it are subject and object
//    (swapped for passive cues); a list after the cue ("from A and B") gives one per member;
//    "the company" next to a cue stands for the organisation mentioned last;
//  - "Acme's Widget" and products named after their maker ("Acme Widget"): develops;
//  - money literals, typed by the nearest money cue: raises, valued_at, price (a takeover's
//    price belongs to the company bought), cost.
// An event relation is dated by the time phrase of its sentence (dates.h).
#include "ingest/relations.h"

#include <algorithm>
#include <set>

#include "ingest/dates.h"
#include "ingest/lexicon.h"
#include "ingest/money.h"
#include "ingest/quote_lexicon.h"
#include "ingest/tagged_tokens.h"

namespace newsgraph {
namespace {

using T = EntityType;

// A relation's arguments and a money literal's cue word stand at most this many tokens from
// the cue or the literal (also what keeps the search linear in a sentence that never ends).
constexpr size_t kReach = 40;
// "the company" and "it" stand for an organisation named at most this many tokens before.
constexpr size_t kFocusReach = 300;

bool is_one_of(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// Which entity types each predicate takes as subject and object.
struct Signature {
  std::vector<T> subject, object;
};
const Signature& signature(std::string_view predicate) {
  static const Signature kOrgProduct{{T::kOrg}, {T::kProduct}};
  static const Signature kOrgOrg{{T::kOrg}, {T::kOrg}};
  static const Signature kAgents{{T::kOrg, T::kPerson}, {T::kOrg, T::kPerson}};
  static const Signature kOrgPerson{{T::kOrg}, {T::kPerson}};
  static const Signature kPersonPerson{{T::kPerson}, {T::kPerson}};
  if (is_one_of(predicate, {"develops", "hosts"})) return kOrgProduct;
  if (is_one_of(predicate, {"sues", "accuses", "criticizes", "praises", "congratulates"}))
    return kAgents;
  if (predicate == "hires") return kOrgPerson;
  if (predicate == "nominates") return kPersonPerson;
  return kOrgOrg;
}

bool fits_type(const std::vector<T>& types, T type) {
  return std::find(types.begin(), types.end(), type) != types.end();
}

bool fits(const Entity* e, const std::vector<T>& types) {
  return e && std::find(types.begin(), types.end(), e->type) != types.end();
}

// Generic nouns that stand for an organisation named before ("the company said").
bool is_org_anaphor(std::string_view w) {
  return is_one_of(w, {"company", "firm", "startup", "start-up", "group", "studio", "maker",
                       "lender", "chipmaker", "business", "developer", "provider", "retailer"});
}

class RelationFinder {
 public:
  explicit RelationFinder(Document& doc)
      : doc_(doc), lex_(lexicon()), tt_(doc), money_(find_money(tt_, doc.text)) {}

  void run() {
    mark_quotes();
    auto next_money = money_.begin();
    for (auto [first, last] : tt_.sentences()) {
      acquired_.clear();
      raised_by_ = -1;
      mark_clauses(first, last);
      for (size_t i = first; i < last;) i = cue_at(i, first, last);
      possessive_products(first, last);
      while (next_money != money_.end() && next_money->first < first) ++next_money;
      for (; next_money != money_.end() && next_money->first < last; ++next_money)
        money(*next_money, first, last);
    }
    products_named_after_maker();
  }

 private:
  size_t cue_at(size_t i, size_t first, size_t last);
  void mark_clauses(size_t first, size_t last);
  void mark_quotes();
  void investors(const MoneyMention& m, int company, size_t last);
  int nearest(size_t from, size_t to, int step, const std::vector<T>& types) const;
  int anaphor(size_t at, int step, int other = -1) const;
  int last_before(size_t k, T type, int other = -1) const;
  int product_anaphor(size_t i, size_t first) const;
  int in_focus(size_t k, int other) const;
  int represented(size_t i, size_t first, int other) const;
  int described_as(size_t k, int other) const;
  int topic() const;
  size_t relative_clause_end(size_t k, size_t last) const;
  std::vector<int> list_after(int m, size_t last, const std::vector<T>& types) const;
  void possessive_products(size_t first, size_t last);
  void products_named_after_maker();
  void money(const MoneyMention& m, size_t first, size_t last);
  std::string money_cue(const MoneyMention& m, size_t first, size_t last) const;
  void add(const std::string& subject, const std::string& predicate, const std::string& object,
           Span span, std::string rule, std::optional<Money> money = std::nullopt);
  const Entity& entity(int m) const { return doc_.entities[doc_.mentions[m].entity]; }
  const Entity* entity_or_null(int m) const {
    return m >= 0 && doc_.mentions[m].entity >= 0 ? &entity(m) : nullptr;
  }
  Span span(size_t a, size_t b) const { return {tt_.token(a).span.begin, tt_.token(b - 1).span.end}; }

  Document& doc_;
  const Lexicon& lex_;
  TaggedTokens tt_;
  std::vector<MoneyMention> money_;
  std::vector<int> acquired_;  // objects of "acquires" in the current sentence
  int raised_by_ = -1;         // subject of "raises" in the current sentence
  std::vector<char> quoted_;   // per token: inside a direct quotation
  std::vector<char> clause_;   // per token: inside ", which ... ," or ", a ... ," 
  size_t marked_first_ = 0, marked_last_ = 0;  // the tokens mark_clauses last marked
  std::set<std::tuple<std::string, std::string, std::string>> seen_;
};

// Marks relative clauses and appositions (", which ... ,", ", a ... ,"): a subject found by
// walking back from a cue outside them is not inside them ("Acme, which trades on the
// Nasdaq, competes with Initech": Acme, not Nasdaq).
// Only the previous sentence's marks are cleared: clearing the whole document per sentence
// made long documents quadratic.
void RelationFinder::mark_clauses(size_t first, size_t last) {
  if (clause_.size() != tt_.size()) clause_.assign(tt_.size(), 0);
  std::fill(clause_.begin() + marked_first_, clause_.begin() + marked_last_, 0);
  marked_first_ = first;
  marked_last_ = last;
  for (size_t k = first; k + 1 < last; ++k) {
    if (tt_.word(k) != "," ||
        !is_one_of(tt_.lower_word(k + 1), {"which", "who", "whose", "where", "a", "an", "the"}))
      continue;
    size_t e = k + 1;
    while (e < last && tt_.word(e) != ",") ++e;
    if (e == last) continue;  // an unclosed clause may hold the main verb
    std::fill(clause_.begin() + k, clause_.begin() + e, 1);
    k = e - 1;
  }
}

// Marks the tokens inside direct quotations: a speaker's words ("we are buying the brain of
// the warehouse") are not the article's statement of a relation.
void RelationFinder::mark_quotes() {
  quoted_.assign(tt_.size(), 0);
  size_t k = 0;
  for (const Quote& q : doc_.quotes) {
    if (q.kind == "indirect") continue;
    while (k < tt_.size() && tt_.token(k).span.begin < q.span.begin) ++k;
    for (size_t j = k; j < tt_.size() && tt_.token(j).span.end <= q.span.end; ++j) quoted_[j] = 1;
  }
}

// The nearest mention (index into doc.mentions) from token `from` walking by `step` up to
// `to`, whose entity has one of `types`; -1 if none. Walking back from outside a clause
// skips the clause.
int RelationFinder::nearest(size_t from, size_t to, int step, const std::vector<T>& types) const {
  bool outside = from >= clause_.size() || !clause_[from];
  for (size_t k = from, n = 0; k != to && n < kReach; k += step, ++n) {
    if (step < 0 && outside && k < clause_.size() && clause_[k]) continue;
    if (fits(tt_.entity(k), types)) return tt_.mention(k);
  }
  return -1;
}

// "the company" (or "the company's") right before (step -1) or after (step +1) token `at`, or
// "it" right after:
// the organisation mentioned last before it (other than mention `other`'s); -1 if none.
int RelationFinder::anaphor(size_t at, int step, int other) const {
  size_t k = at;
  for (int n = 0; n < 3; ++n) {
    k += step;
    if (k >= tt_.size()) return -1;
    if (step < 0 && n == 0 && is_possessive(tt_.word(k))) continue;  // "the startup's investors"
    if (is_org_anaphor(tt_.lower_word(k))) {
      // "by Lyon studio Acme": the noun describes the name after it, it refers to nothing
      if (step > 0 && fits(tt_.entity(k + 1), {T::kOrg})) return tt_.mention(k + 1);
      int described = described_as(k, other);
      return described >= 0 ? described : in_focus(std::min(at, k), other);
    }
    // "it" is the last organisation named, most often the previous sentence's subject
    if (n == 0 && tt_.lower_word(k) == "it") return last_before(std::min(at, k), T::kOrg, other);
    // "the London startup": a place may describe the organisation
    if (!tt_.token(k).word() || (tt_.mention(k) >= 0 && !fits(tt_.entity(k), {T::kPlace})))
      return -1;
  }
  return -1;
}

// "Its spokeswoman accused X", "a company spokesman accused X": an unnamed representative
// right before the cue at token i acts for the organisation in focus (FORMAT.md: the speaker
// is the organisation). The mention of it, or -1.
int RelationFinder::represented(size_t i, size_t first, int other) const {
  for (size_t k = i; k > first && k + 4 > i; --k) {
    std::string_view w = tt_.lower_word(k - 1);
    if (quote_lexicon().of(w, w) & kSpokesNoun) return in_focus(k - 1, other);
    if (!tt_.token(k - 1).word() || tt_.mention(k - 1) >= 0) return -1;
  }
  return -1;
}

// "the company", "it": of the organisations named in the kFocusReach tokens before token k
// (other than mention `other`'s), the one the document names most often, the latest on a tie.
int RelationFinder::in_focus(size_t k, int other) const {
  const Entity* skip = entity_or_null(other);
  int best = -1;
  for (size_t i = k; i-- > (k > kFocusReach ? k - kFocusReach : 0);) {
    const Entity* e = tt_.entity(i);
    if (fits(e, {T::kOrg}) && e != skip && (best < 0 || e->mentions.size() > entity(best).mentions.size()))
      best = tt_.mention(i);
  }
  return best;
}

// "the studio" at token k after "Acme, an Oslo studio" or "the Oslo studio Acme": the
// organisation that an earlier use of the noun described (not mention `other`'s); -1 if none.
int RelationFinder::described_as(size_t k, int other) const {
  const Entity* skip = entity_or_null(other);
  std::string_view noun = tt_.lower_word(k);
  auto org = [&](size_t i) {
    const Entity* e = tt_.entity(i);
    return fits(e, {T::kOrg}) && e != skip ? tt_.mention(i) : -1;
  };
  for (size_t i = k; i-- > (k > kFocusReach ? k - kFocusReach : 0);) {
    if (tt_.lower_word(i) != noun) continue;
    if (int m = org(i + 1); m >= 0) return m;
    for (size_t j = i; j-- > 2 && i - j < 6 && tt_.token(j).word();)
      if (tt_.word(j - 1) == ",") return org(j - 2);
  }
  return -1;
}

// "The model will be hosted on ...": "the" and a product noun (product_cues.txt) at most
// four tokens before the cue at token i stand for the product named last; -1 if none.
int RelationFinder::product_anaphor(size_t i, size_t first) const {
  for (size_t k = i; k-- > first + 1 && i - k <= 4;) {
    if (!tt_.token(k).word() || tt_.mention(k) >= 0) return -1;
    if (lex_.product_cues.count(tt_.lower_word(k)) && tt_.lower_word(k - 1) == "the")
      return last_before(k - 1, T::kProduct);
  }
  return -1;
}

// The last mention of `type` before token k whose entity is not that of mention `other`.
int RelationFinder::last_before(size_t k, T type, int other) const {
  const Entity* skip = entity_or_null(other);
  for (size_t stop = k > kFocusReach ? k - kFocusReach : 0; k-- > stop;)
    if (fits(tt_.entity(k), {type}) && tt_.entity(k) != skip) return tt_.mention(k);
  return -1;
}

// A mention of the organisation the story is about: the one mentioned most often.
int RelationFinder::topic() const {
  int best = -1;
  for (size_t m = 0; m < doc_.mentions.size(); ++m) {
    const Entity* e = entity_or_null(int(m));
    if (fits(e, {T::kOrg}) && (best < 0 || e->mentions.size() > entity(best).mentions.size()))
      best = int(m);
  }
  return best;
}

// The closing comma of a relative clause that opens at the comma at token k and that ", and"
// closes (", which led the round, and"); k when none opens there or it is not closed so (the
// comma of "A, which runs the X, Y and Z lines" lists inside the clause).
size_t RelationFinder::relative_clause_end(size_t k, size_t last) const {
  if (tt_.word(k) != "," || !is_one_of(tt_.lower_word(k + 1), {"which", "who", "whose"})) return k;
  for (size_t e = k + 2; e < std::min(last, k + kReach); ++e) {
    if (tt_.word(e) == ",") return tt_.lower_word(e + 1) == "and" ? e : k;
    if (is_one_of(tt_.word(e), {";", ":", "("})) return k;
  }
  return k;
}

// Mention m followed by ", B", "and C" of fitting types: all of them. A relative clause after
// a member does not end the list ("A, which led the round, and B").
std::vector<int> RelationFinder::list_after(int m, size_t last, const std::vector<T>& types) const {
  std::vector<int> out{m};
  size_t k = tt_.mention_tokens(m).second;
  auto skip_brackets = [&] {  // "SAP ( SAPG.DE ) and ...": a ticker in brackets
    if (tt_.word(k) == "(") {
      size_t close = k + 1;
      while (close < std::min(last, k + 8) && tt_.word(close) != ")") ++close;
      if (tt_.word(close) == ")") k = close + 1;
    }
    k = relative_clause_end(k, last);
  };
  skip_brackets();
  while (k < last && is_one_of(tt_.word(k), {",", "and"})) {
    if (tt_.word(k) == "," && tt_.word(k + 1) == "and") ++k;
    int next = tt_.mention(k + 1);
    if (!fits(entity_or_null(next), types)) break;
    out.push_back(next);
    k = tt_.mention_tokens(next).second;
    skip_brackets();
  }
  return out;
}

// A relation cue starting at token i: adds its relations; returns the next token to look at.
size_t RelationFinder::cue_at(size_t i, size_t first, size_t last) {
  size_t n = i < last ? std::min(last - i, lex_.max_cue_words) : 0;
  auto [words, entry] = lex_.cue_phrases.longest(n, [&](size_t k) {
    return tt_.token(i + k).word() ? tt_.lower_word(i + k) : std::string_view();
  });
  const RelationCue* cue = entry ? &entry->second : nullptr;  // the longest cue from token i
  std::string phrase = entry ? entry->first : std::string();
  size_t end = i + words;
  if (!cue || tt_.mention(i) >= 0 || quoted_[i]) return i + 1;
  if (cue->predicate == "none") return end;  // a longer phrase that means no relation
  if (cue->predicate == "hires" && cue->passive && tt_.word(end) == "from") return end;
  const Signature& sig = signature(cue->predicate);
  const auto& before_types = cue->passive ? sig.object : sig.subject;
  const auto& after_types = cue->passive ? sig.subject : sig.object;
  int before = i > first ? nearest(i - 1, first - 1, -1, before_types) : -1;
  // ", accusing ...": a participle after a comma has the sentence's subject
  if (i > first && tt_.word(i - 1) == "," && !cue->passive && phrase.ends_with("ing"))
    before = nearest(first, i, 1, before_types);
  // "the London startup" right after the cue is its object, before any name further on
  auto fitting = [&](int m, const std::vector<T>& types) {
    return fits(entity_or_null(m), types) ? m : -1;
  };
  int after = fitting(anaphor(end - 1, 1, before), after_types);
  if (after < 0) after = nearest(end, last, 1, after_types);
  if (before < 0) before = fitting(anaphor(i, -1, after), before_types);  // "the studio ..."
  if (before < 0 && fits_type(before_types, T::kProduct)) before = product_anaphor(i, first);
  if (before < 0 && fits_type(before_types, T::kOrg)) before = represented(i, first, after);
  // "rival Brisa sued Talara": with no party before "rival", the one it names rivals the next
  // organisation of the sentence, in that order
  bool named_rival = before < 0 && after >= 0 && phrase == "rival" && tt_.mention(end) == after;
  if (named_rival) {
    before = after;
    after = nearest(tt_.mention_tokens(after).second, last, 1, after_types);
  }
  // "Jane Doe, President John Roe's nominee": the object heads the apposition.
  if (after < 0 && before >= 0 && i > 0 && is_possessive(tt_.word(i - 1))) {
    size_t b0 = tt_.mention_tokens(before).first;
    after = b0 > first ? nearest(b0 - 1, first - 1, -1, after_types) : -1;
  }
  // "modules supplied by Acme": the customer is the organisation the story is about.
  if (before < 0 && cue->predicate == "supplies" && cue->passive) before = topic();
  if (before < 0 || after < 0) return end;
  for (int a : list_after(after, last, after_types)) {
    int subject = cue->passive ? a : before, object = cue->passive ? before : a;
    if (entity(subject).name == entity(object).name) continue;
    // A verb puts its subject first ("X competes with Y"); after "rival" ("X's rival Y") the
    // more prominent party, the story's own company, comes first.
    bool symmetric = cue->predicate == "competes_with" || cue->predicate == "partners_with";
    if (symmetric && phrase.starts_with("rival") && !named_rival &&
        entity(object).mentions.size() > entity(subject).mentions.size())
      std::swap(subject, object);
    add(entity(subject).name, cue->predicate, entity(object).name, span(i, end), "cue:" + phrase);
    if (cue->predicate == "acquires") acquired_.push_back(object);
  }
  return end;
}

// "Acme's Widget", "Acme, whose Widget": the organisation develops the product.
void RelationFinder::possessive_products(size_t first, size_t last) {
  for (size_t k = first + 1; k + 1 < last; ++k) {
    bool whose = k > first + 1 && tt_.word(k) == "whose" && tt_.word(k - 1) == ",";
    if (!is_possessive(tt_.word(k)) && !whose) continue;
    const Entity* org = tt_.entity(whose ? k - 2 : k - 1);  // "Acme, whose Widget app ..."
    const Entity* product = tt_.entity(k + 1);
    if (fits(org, {T::kOrg}) && fits(product, {T::kProduct}))
      add(org->name, "develops", product->name, span(k - 1, k + 2), "possessive");
  }
}

// "Acme Widget", "Acme-3", "AcmePay" after "Acme Corp": a product named with its maker's
// name is developed by it.
void RelationFinder::products_named_after_maker() {
  for (const Entity& p : doc_.entities) {
    auto words = split_words(p.name);
    if (p.type != T::kProduct || words.empty()) continue;
    std::string_view head = words.front();
    for (const Entity& o : doc_.entities) {
      if (o.type != T::kOrg || o.name == p.name) continue;
      auto names = [&](std::string_view maker) {
        if (head == maker) return true;
        if (head.size() <= maker.size() || head.substr(0, maker.size()) != maker) return false;
        char c = head[maker.size()];
        return c == '-' || (c >= 'A' && c <= 'Z');
      };
      auto maker = split_words(o.name);
      bool named = (!maker.empty() && names(maker.front())) ||
                   std::any_of(o.aliases.begin(), o.aliases.end(), names);
      if (named) add(o.name, "develops", p.name, p.mentions.front(), "maker-name");
    }
  }
}

// The money predicate whose cue word is nearest to the literal, or "".
std::string RelationFinder::money_cue(const MoneyMention& m, size_t first, size_t last) const {
  static const std::pair<std::string_view, std::string_view> kCues[] = {
      {"valued", "valued_at"},  {"valuation", "valued_at"}, {"values", "valued_at"},
      {"valuing", "valued_at"}, {"raised", "raises"},       {"raise", "raises"},
      {"raises", "raises"},     {"raising", "raises"},      {"funding", "raises"},
      {"priced", "price"},      {"price", "price"},         {"costs", "price"},
      {"sells", "price"},       {"selling", "price"},       {"retail", "price"},
      {"sold", "price"},        {"device", "price"},        {"income", ""},
      {"revenue", ""},          {"profit", ""},             {"loss", ""},
      {"earnings", ""},         {"sales", ""},              {"fine", ""},
      {"damages", ""},
      {"cost", "cost"},         {"spent", "cost"},          {"train", "cost"},
      {"training", "cost"},     {"build", "cost"},          {"building", "cost"}};
  if (m.money.per) return "price";
  std::string best;
  size_t best_distance = SIZE_MAX;
  first = std::max(first, m.first > kReach ? m.first - kReach : 0);
  last = std::min(last, m.last + kReach);
  for (size_t k = first; k < last; ++k) {
    if (k >= m.first && k < m.last) continue;
    std::string_view w = tt_.lower_word(k);
    for (auto [cue, predicate] : kCues) {
      size_t d = k < m.first ? m.first - k : k - m.last;
      if (w == cue && d < best_distance) best = predicate, best_distance = d;
    }
  }
  return best;
}

void RelationFinder::money(const MoneyMention& m, size_t first, size_t last) {
  // "2.5 billion euros ($2.7 billion)": a conversion of the amount before, no fact of its own
  if (&m != &money_.front() && m.first > 0 && tt_.word(m.first - 1) == "(" &&
      (&m - 1)->last + 1 == m.first)
    return;
  std::string predicate = acquired_.empty() ? money_cue(m, first, last) : "price";
  if (predicate.empty()) return;
  int subject = -1;
  if (!acquired_.empty()) {
    subject = acquired_.front();
  } else if (predicate == "price" || predicate == "cost") {
    int near = m.first > first ? nearest(m.first - 1, first - 1, -1, {T::kProduct, T::kOrg}) : -1;
    if (near < 0) subject = last_before(m.first, T::kProduct);
    else if (entity(near).type == T::kProduct) subject = near;
  } else {
    int before = m.first > first ? nearest(m.first - 1, first - 1, -1, {T::kOrg}) : -1;
    int after = nearest(m.last, last, 1, {T::kOrg});
    if (before < 0 || (after >= 0 && tt_.mention_tokens(after).first - m.last <
                                         m.first - tt_.mention_tokens(before).second))
      before = after;
    if (predicate == "raises" && before >= 0 && tt_.mention_tokens(before).first > m.first) {
      int earlier = m.first > first ? nearest(m.first - 1, first - 1, -1, {T::kOrg}) : -1;
      if (earlier < 0 && m.first > 0) earlier = anaphor(m.first - 1, -1);  // "The company raised"
      if (earlier >= 0) before = earlier;  // the company raising comes before the amount
    }
    subject = before >= 0 ? before : topic();
  }
  // "raised $5 million in a round led by B that valued it at $50 million": the company raising
  if (predicate == "valued_at" && raised_by_ >= 0) subject = raised_by_;
  if (subject < 0) return;
  if (predicate == "raises") raised_by_ = subject;
  add(entity(subject).name, predicate, m.money.text, span(m.first, m.last), "money", m.money);
  if (predicate == "raises") investors(m, subject, last);
}

// "raised $5 million from A and B", "... in a round led by A, with participation from B":
// the organisations after "from", "by" or "including" invest in the company.
void RelationFinder::investors(const MoneyMention& m, int company, size_t last) {
  for (size_t k = m.last; k < std::min(last, m.last + kReach); ++k) {
    if (!is_one_of(tt_.lower_word(k), {"from", "by", "including"})) continue;
    int first = nearest(k + 1, std::min(last, k + 4), 1, {T::kOrg});
    if (first < 0) continue;
    for (int investor : list_after(first, last, {T::kOrg}))
      if (entity(investor).name != entity(company).name)
        add(entity(investor).name, "invests_in", entity(company).name, span(m.first, m.last),
            "money-investor");
  }
}

void RelationFinder::add(const std::string& subject, const std::string& predicate,
                         const std::string& object, Span span, std::string rule,
                         std::optional<Money> money) {
  if (!seen_.emplace(subject, predicate, object).second) return;
  doc_.relations.push_back(Relation{subject, predicate, object, std::move(money), span, std::move(rule)});
}

// Dates each event relation by the time phrase of the sentence holding its evidence; states
// (competes_with, supplies, hosts) have no date of their own.
void date_events(Document& doc) {
  if (!doc.article || !doc.article->published) return;
  for (Relation& r : doc.relations) {
    if (is_one_of(r.predicate, {"competes_with", "supplies", "hosts"})) continue;
    auto s = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), r.span.begin,
                              [](uint32_t at, const Span& x) { return at < x.begin; });
    if (s == doc.sentences.begin()) continue;
    r.date = event_date(doc.slice(*std::prev(s)), *doc.article->published);
  }
}

}  // namespace

void find_relations(Document& doc) {
  RelationFinder(doc).run();
  date_events(doc);
}

}  // namespace newsgraph
