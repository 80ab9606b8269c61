// Roles: (person, title, organisation) from the patterns news copy uses to introduce people:
//   apposition after the name   "Jane Doe, Acme's co-founder and chief executive"
//                               "Jane Doe, a senior analyst at Acme" / "..., the founder of Acme"
//   title before the name       "Acme CEO Jane Doe", "Acme's Corporate Vice President Jane Doe",
//                               "Acme's chief executive, Jane Doe", "President Jane Doe"
//   appointment                 "Acme appointed Jane Doe as its chief executive"
//   copula                      "Jane Doe is the chief executive of Acme", "..., who was its CFO"
//   where-clause                "Jane Doe joins from Acme, where she was chief operating officer"
//   nomination                  "Jane Doe, President Roe's nominee for Secretary of Labor"
//   heading verb                "Jane Doe, who heads Acme's cloud unit" (head of cloud unit)
// Titles come from the title lexicon, with the modifiers in front of them ("wearables analyst",
// "AI Vice President"), "head of <field>", and conjunctions ("co-founder and chief executive"
// gives two roles). "former" before the title or organisation sets Role::former.
#include "ingest/roles.h"

#include <algorithm>

#include "ingest/lexicon.h"
#include "ingest/quote_lexicon.h"
#include "ingest/tagged_tokens.h"

namespace newsgraph {
namespace {

// The organisation of a title stands at most this many tokens before it in its sentence
// (also what keeps the search linear in a sentence that never ends).
constexpr size_t kOrgReach = 40;
// Titles after a possessive ("co-founder and chief executive") span at most this many tokens.
constexpr size_t kMaxTitleTokens = 8;
// "the company" is looked for among the organisations of this many tokens before it.
constexpr size_t kFocusReach = 300;

bool is_one_of(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

bool is_determiner(std::string_view w) {
  return is_one_of(w, {"a", "an", "the", "its", "Its", "their", "Their", "his", "her", "our",
                       "other"});
}

struct Titles {
  std::vector<std::pair<size_t, size_t>> spans;  // token ranges of each title
  size_t end = 0;                                // first token after the last title
  bool former = false;
  bool possessive_pronoun = false;               // "its chief executive": the org is antecedent
  int org = -1;                                  // "the other co-founder and Acme's CTO"
};

class RoleFinder {
 public:
  explicit RoleFinder(Document& doc) : doc_(doc), lex_(lexicon()), tt_(doc) {}

  void run() {
    for (size_t m = 0; m < doc_.mentions.size(); ++m) {
      if (!is(int(m), EntityType::kPerson)) continue;
      auto [p0, p1] = tt_.mention_tokens(int(m));
      if (p1 == 0) continue;
      if (!nomination(int(m), p0, p1)) apposition(int(m), p0, p1);
      if (!possessive_titles(int(m), p0)) title_before(int(m), p0);
      appointment(int(m), p0, p1);
      copula(int(m), p0, p1);
      where_clause(int(m), p0, p1);
      heads_clause(int(m), p0, p1);
    }
  }

 private:
  bool is(int m, EntityType type) const {
    return m >= 0 && doc_.mentions[m].entity >= 0 &&
           doc_.entities[doc_.mentions[m].entity].type == type;
  }
  const std::string& name(int m) const { return doc_.entities[doc_.mentions[m].entity].name; }
  size_t title_at(size_t i) const;
  Titles parse_titles(size_t k) const;
  int org_after(size_t& e) const;
  void add(int person, const Titles& titles, int org, bool former, size_t from, size_t to);
  void apposition(int m, size_t p0, size_t p1);
  size_t description(int m, size_t p0, size_t k, bool former);
  size_t past_copula(size_t k, bool& former) const;
  void copula(int m, size_t p0, size_t p1);
  void where_clause(int m, size_t p0, size_t p1);
  void heads_clause(int m, size_t p0, size_t p1);
  void add_head(int m, std::string title, int org, bool former, size_t p0, size_t e);
  void keep(Role r);
  void title_before(int m, size_t p0);
  bool possessive_titles(int m, size_t p0);
  void appointment(int m, size_t p0, size_t p1);
  bool nomination(int m, size_t p0, size_t p1);
  int org_before(size_t k, bool same_sentence) const;
  int org_in_focus(size_t k) const;
  // A capitalised public-office title ("President"), a role even without an organisation.
  bool public_title(std::pair<size_t, size_t> span) const {
    std::string phrase;
    for (size_t k = span.first; k < span.second; ++k) {
      if (k > span.first) phrase += ' ';
      phrase += tt_.lower_word(k);
    }
    return tt_.token(span.first).capitalised && lex_.public_titles.count(phrase);
  }

  Document& doc_;
  const Lexicon& lex_;
  TaggedTokens tt_;
};

// Length in tokens of the longest lexicon title starting at token i, or 0.
size_t RoleFinder::title_at(size_t i) const {
  size_t n = i < tt_.size() ? std::min(tt_.size() - i, lex_.max_title_words) : 0;
  return lex_.title_phrases.longest(n, [&](size_t k) {
    return tt_.token(i + k).word() ? tt_.lower_word(i + k) : std::string_view();
  }).first;
}

// Titles starting at token k: [determiner] [former] (modifiers title) [and (modifiers title)]...
Titles RoleFinder::parse_titles(size_t k) const {
  Titles out;
  out.end = k;
  out.possessive_pronoun = is_one_of(tt_.lower_word(k), {"its", "their"});
  while (k < tt_.size() && is_determiner(tt_.word(k))) ++k;
  if (tt_.word(k) == "former") out.former = true, ++k;
  for (;;) {
    size_t j = k, t = 0;
    for (; j < k + 4 && j < tt_.size(); ++j) {  // up to three modifiers before the title
      if (!tt_.token(j).word() || tt_.mention(j) >= 0) break;
      if ((t = title_at(j))) break;
      if (lex_.common_words.count(tt_.lower_word(j)) && !lex_.title_modifiers.count(tt_.lower_word(j)))
        break;
    }
    if (!t) break;
    size_t e = j + t;
    while (size_t more = title_at(e)) e += more;  // "principal analyst", "chief executive officer"
    // "head of the unit", "its director of policy": a lower-case field; only "head" takes
    // "of the" ("chief executive of the company" names the company, not a field)
    if (tt_.word(e) == "of" &&
        (tt_.lower_word(e - 1) == "head" || !is_determiner(tt_.word(e + 1)))) {
      size_t f = e + 1;
      while (f < tt_.size() && tt_.token(f).word() && !tt_.token(f).capitalised &&
             !is_one_of(tt_.word(f), {"at", "for", "with", "and", "in", "of"}))
        ++f;
      if (f > e + 1) e = f;
    }
    out.spans.emplace_back(k, e);
    out.end = e;
    if (!is_one_of(tt_.word(e), {"and", "&"})) break;
    k = e + 1;
    while (k < tt_.size() && is_determiner(tt_.word(k))) ++k;
    int org = tt_.mention(k);  // "... and Acme's chief product officer"
    if (is(org, EntityType::kOrg) && is_possessive(tt_.word(tt_.mention_tokens(org).second))) {
      out.org = org;
      k = tt_.mention_tokens(org).second + 1;
    }
  }
  return out;
}

// An organisation mention after "at", "of", "for" or "with" at token e, allowing a short
// description between ("at the security firm Acme"); advances e past it.
int RoleFinder::org_after(size_t& e) const {
  if (!is_one_of(tt_.word(e), {"at", "of", "for", "with"})) return -1;
  size_t k = e + 1;
  if (tt_.word(k) == "the") {
    ++k;
    for (size_t n = 0; n < 3 && tt_.mention(k) < 0 && tt_.token(k).word() &&
                       !tt_.token(k).capitalised; ++n)
      ++k;
  }
  int m = tt_.mention(k);
  // "for Ireland's Data Protection Commission": the place is the organisation's, not it
  if (is(m, EntityType::kPlace) && is_possessive(tt_.word(tt_.mention_tokens(m).second)))
    m = tt_.mention(tt_.mention_tokens(m).second + 1);
  if (!is(m, EntityType::kOrg)) return -1;
  e = tt_.mention_tokens(m).second;
  return m;
}

// The nearest organisation mention before token k in its sentence; failing that (for "its"
// opening a sentence) the first one of the sentence before, most often its subject.
int RoleFinder::org_before(size_t k, bool same_sentence) const {
  auto sentence_begin = [&](size_t i) {
    size_t stop = i > kOrgReach ? i - kOrgReach : 0;
    while (i > stop && !tt_.token(i).sentence_start) --i;
    return i;
  };
  size_t start = sentence_begin(k);
  for (size_t i = k; i-- > start;)
    if (is(tt_.mention(i), EntityType::kOrg)) return tt_.mention(i);
  if (same_sentence || start == 0) return -1;
  for (size_t i = sentence_begin(start - 1); i < start; ++i)
    if (is(tt_.mention(i), EntityType::kOrg)) return tt_.mention(i);
  return -1;
}

// "the company": of the organisations named in the kFocusReach tokens before token k, the
// one the document names most often.
int RoleFinder::org_in_focus(size_t k) const {
  int best = -1;
  for (size_t i = k; i-- > (k > kFocusReach ? k - kFocusReach : 0);) {
    int m = tt_.mention(i);
    if (is(m, EntityType::kOrg) &&
        (best < 0 || doc_.entities[doc_.mentions[m].entity].mentions.size() >
                         doc_.entities[doc_.mentions[best].entity].mentions.size()))
      best = m;
  }
  return best;
}

void RoleFinder::add(int person, const Titles& titles, int org, bool former, size_t from,
                     size_t to) {
  if (org < 0) org = titles.org;
  if (org < 0 && titles.possessive_pronoun) org = org_before(from, false);
  for (auto [a, b] : titles.spans) {
    Role r;
    r.person = name(person);
    r.title = std::string(std::string_view(doc_.text).substr(
        tt_.token(a).span.begin, tt_.token(b - 1).span.end - tt_.token(a).span.begin));
    if (org >= 0) r.org = name(org);
    r.former = former || titles.former;
    r.span = {tt_.token(from).span.begin, tt_.token(to - 1).span.end};
    r.rule = "role";
    keep(std::move(r));
  }
}

// Adds role r unless the document has it already or it makes someone their own organisation.
void RoleFinder::keep(Role r) {
  bool seen = std::any_of(doc_.roles.begin(), doc_.roles.end(), [&](const Role& x) {
    return x.person == r.person && lower(x.title) == lower(r.title) && x.org == r.org;
  });
  if (!seen && r.org != r.person) doc_.roles.push_back(std::move(r));
}

// "P, Acme's co-founder and chief executive", "P, a senior analyst at Acme", "P, the founder
// of Acme", "P, a former Acme executive", "P, the chief executive, said".
void RoleFinder::apposition(int m, size_t p0, size_t p1) {
  if (tt_.word(p1) != ",") return;
  size_t e = description(m, p0, p1 + 1, false);
  if (tt_.word(e) == "," && tt_.word(e + 1) == "as") appointment(m, p0, e + 1);
}

// The roles a description of person m opening at token k states (an apposition's, or a
// copula's: "is Acme's chief executive"). A definite title with no organisation ("the chief
// executive") is at the organisation in focus. Returns the token after the description.
size_t RoleFinder::description(int m, size_t p0, size_t k, bool former) {
  const bool definite = tt_.word(k) == "the";
  size_t j = k;
  while (is_determiner(tt_.word(j))) ++j;
  int org = tt_.mention(j + (tt_.word(j) == "former"));
  if (is(org, EntityType::kOrg)) {  // "Acme's chief executive", "a former Acme executive"
    size_t e = tt_.mention_tokens(org).second;
    if (is_possessive(tt_.word(e))) ++e;
    Titles t = parse_titles(e);
    if (is(tt_.mention(t.end), EntityType::kPerson)) return e;  // "Acme chief P's brother"
    add(m, t, org, former || tt_.word(j) == "former", p0, std::max(t.end, e));
    return std::max(t.end, e);
  }
  Titles t = parse_titles(k);  // reads determiners and "former" itself
  if (t.spans.empty() || is(tt_.mention(t.end), EntityType::kPerson)) return k;
  size_t e = t.end;
  org = org_after(e);
  if (org >= 0 || t.org >= 0 || t.possessive_pronoun || public_title(t.spans.front()))
    add(m, t, org, former, p0, e);
  else if (definite && is_one_of(tt_.word(e), {",", ".", "and"}))  // not "who": it may name it
    add(m, t, org_in_focus(p0), former, p0, e);
  return e;
}

// The token after "is"/"was" or "has been"/"had been" at token k, setting `former` for the
// past ones; k itself when no such copula stands there.
size_t RoleFinder::past_copula(size_t k, bool& former) const {
  if (is_one_of(tt_.word(k), {"is", "was"})) {
    former = tt_.word(k) == "was";
    return k + 1;
  }
  if (is_one_of(tt_.word(k), {"has", "had"}) && tt_.word(k + 1) == "been") {
    former = tt_.word(k) == "had";
    return k + 2;
  }
  return k;
}

// "P is the chief executive of Acme", "P, who was Acme's finance chief", "P was named its
// chief executive": a description after a copula right after the name. "was", "had been",
// "formerly" and "previously" make the role former; "named", "appointed" and "promoted to"
// make it current.
void RoleFinder::copula(int m, size_t p0, size_t p1) {
  size_t k = p1;
  if (tt_.word(k) == "," && tt_.lower_word(k + 1) == "who") k += 2;
  bool former = false;
  if (size_t c = past_copula(k, former); c != k) k = c;
  else if (is_one_of(tt_.word(k), {"became", "becomes"})) ++k;
  else return;
  while (is_one_of(tt_.word(k), {"now", "currently", "also", "still", "previously", "formerly"}))
    former = former || is_one_of(tt_.word(k), {"previously", "formerly"}), ++k;
  if (is_one_of(tt_.word(k), {"named", "appointed", "made"})) former = false, ++k;
  else if (tt_.word(k) == "promoted" && tt_.word(k + 1) == "to") former = false, k += 2;
  if (tt_.word(k) == "as") ++k;
  description(m, p0, k, former);
}

// "Acme CEO P", "Acme's chief executive, P", "former Acme executive P", "President P".
void RoleFinder::title_before(int m, size_t p0) {
  size_t end = p0 > 0 && tt_.word(p0 - 1) == "," ? p0 - 1 : p0;
  // "its director of policy, P", "head of research P": a field in lower case after the title
  size_t title_end = end;
  for (size_t k = end; k-- > 1 && end - k <= 4;) {
    if (tt_.word(k) == "of" && k + 1 < end) {
      title_end = k;
      break;
    }
    if (!tt_.token(k).word() || tt_.token(k).capitalised || tt_.mention(k) >= 0 ||
        is_one_of(tt_.word(k), {"and", "or"}))
      break;  // "president of products and Brin": the field ends before a conjunction
  }
  for (size_t stop : {title_end, end}) {
    for (size_t n = lex_.max_title_words; n >= 1; --n) {
      if (n > stop || title_at(stop - n) != n) continue;
      size_t t0 = stop - n;
      Titles t;
      t.spans.emplace_back(t0, end);
      size_t k = t0;
      if (k > 0 && is_possessive(tt_.word(k - 1))) --k;
      int org = k > 0 ? tt_.mention(k - 1) : -1;
      bool former = k > 0 && tt_.word(k - 1) == "former";
      if (is(org, EntityType::kOrg)) {
        size_t o0 = tt_.mention_tokens(org).first;
        add(m, t, org, o0 > 0 && tt_.word(o0 - 1) == "former", o0, p0);
      } else if (k > 0 && is_one_of(tt_.lower_word(k - 1), {"its", "their"})) {
        add(m, t, org_before(k - 1, false), former, k - 1, p0);  // "Its director, P"
      } else if (end == p0 && public_title(t.spans.front())) {
        add(m, t, -1, former, t0, p0);                           // "President P"
      } else if (end == p0 && !tt_.token(t0).capitalised) {
        add(m, t, org_before(t0, true), former, t0, p0);         // "Acme ... co-founder P"
      }
      return;
    }
  }
}

// "Acme's co-founder and chief executive, P", "the company's chief executive, P": titles
// after a possessive that end right before the person; "the company" is the organisation
// in focus. Returns whether it found them.
bool RoleFinder::possessive_titles(int m, size_t p0) {
  size_t end = p0 > 0 && tt_.word(p0 - 1) == "," ? p0 - 1 : p0;
  for (size_t q = end; q-- > 1 && end - q <= kMaxTitleTokens;) {
    if (!is_possessive(tt_.word(q))) continue;
    Titles t = parse_titles(q + 1);
    if (t.spans.empty() || t.end != end) return false;
    int org = tt_.mention(q - 1);
    if (!is(org, EntityType::kOrg)) {
      if (!(quote_lexicon().of(tt_.lower_word(q - 1)) & kOrgNoun)) return false;
      org = org_in_focus(q - 1);
    }
    if (org < 0) return false;
    add(m, t, org, t.former, q - 1, p0);
    return true;
  }
  return false;
}

// "Acme appointed P as its chief executive": the organisation is named after the title or,
// failing that, is the nearest one before the person in the sentence.
void RoleFinder::appointment(int m, size_t p0, size_t p1) {
  if (tt_.word(p1) != "as") return;
  Titles t = parse_titles(p1 + 1);
  if (t.spans.empty()) return;
  size_t e = t.end;
  int org = org_after(e);
  for (size_t k = p0; org < 0 && k-- > 0 && !tt_.token(k + 1).sentence_start;)
    if (is(tt_.mention(k), EntityType::kOrg)) org = tt_.mention(k);
  if (org >= 0) add(m, t, org, false, p0, e);
}

// "P joins from Acme in Oslo, where she was chief operating officer": a title after "where
// he/she" and a copula is P's at the organisation named last before "where", when no other
// person stands between.
void RoleFinder::where_clause(int m, size_t p0, size_t p1) {
  for (size_t k = p1; k < tt_.size() && k < p1 + kOrgReach && !tt_.token(k).sentence_start; ++k) {
    if (is(tt_.mention(k), EntityType::kPerson)) return;
    if (tt_.word(k) != "where" || tt_.word(k - 1) != ",") continue;
    int org = org_before(k, true);
    if (org < 0 || tt_.mention_tokens(org).first < p1 || !is_one_of(tt_.word(k + 1), {"he", "she"}))
      return;
    bool former = true;  // "served as"
    size_t c = past_copula(k + 2, former);
    if (c == k + 2 && tt_.word(c) == "served" && tt_.word(c + 1) == "as") c += 2;
    if (c == k + 2) return;
    Titles t = parse_titles(c);
    if (!t.spans.empty() && !is(tt_.mention(t.end), EntityType::kPerson))
      add(m, t, org, former, p0, t.end);
    return;
  }
}

// "P, who heads Acme's cloud unit" (head of cloud unit at Acme), "P, who runs Acme" (head of
// Acme), "P heads Acme's research arm": a verb of heading right after the name (or
// its ", who"), its object an organisation or a unit of one (a unit noun ends the phrase:
// "who led Acme's turnaround" states no role). The past tense makes the role former.
void RoleFinder::heads_clause(int m, size_t p0, size_t p1) {
  static constexpr std::string_view kUnits[] = {
      "unit", "division", "business", "arm", "group", "team", "operations", "department",
      "subsidiary", "practice", "lab", "labs", "segment", "unit's", "office", "branch"};
  size_t k = p1;
  if (tt_.word(k) == "," && tt_.lower_word(k + 1) == "who") k += 2;
  if (tt_.word(k) == "now" || tt_.word(k) == "also") ++k;
  std::string_view verb = tt_.word(k);
  bool present = is_one_of(verb, {"heads", "runs", "leads", "oversees", "manages"});
  if (!present && !is_one_of(verb, {"headed", "ran", "led", "oversaw", "managed"})) return;
  // "who heads the firm" is left out: the firm in focus is most often the story's company
  int org = tt_.mention(k + 1);
  if (!is(org, EntityType::kOrg)) return;
  size_t after = tt_.mention_tokens(org).second;
  auto lower_word_at = [&](size_t i) {  // a word in lower case (tokens end with none)
    return i < tt_.size() && tt_.token(i).word() && !tt_.token(i).capitalised;
  };
  if (!is_possessive(tt_.word(after))) {  // "who runs Acme": its head
    if (after >= tt_.size() || !tt_.token(after).word() ||
        is_one_of(tt_.word(after), {"and", "in", "from", "since"}))
      add_head(m, "head", org, !present, p0, after);
    return;
  }
  size_t f = after + 1;  // the unit: lower-case words up to the unit noun
  if (tt_.word(f) == "own") ++f;
  size_t e = f;
  for (size_t n = 0; n < 5 && lower_word_at(e); ++n, ++e)
    if (std::find(std::begin(kUnits), std::end(kUnits), tt_.lower_word(e)) != std::end(kUnits)) {
      std::string field(std::string_view(doc_.text).substr(
          tt_.token(f).span.begin, tt_.token(e).span.end - tt_.token(f).span.begin));
      add_head(m, "head of " + field, org, !present, p0, e + 1);
      return;
    }
}

void RoleFinder::add_head(int m, std::string title, int org, bool former, size_t p0, size_t e) {
  Role r;
  r.person = name(m);
  r.title = std::move(title);
  r.org = name(org);
  r.former = former;
  r.span = {tt_.token(p0).span.begin, tt_.token(e - 1).span.end};
  r.rule = "role";
  keep(std::move(r));
}

// "P, President Roe's nominee for Secretary of Labor", "P, the nominee to lead the Treasury":
// a nominee for a public office, named by its capitalised words; the role has no
// organisation (the nominating person's titles are theirs). Returns whether it found one.
bool RoleFinder::nomination(int m, size_t p0, size_t p1) {
  if (tt_.word(p1) != ",") return false;
  size_t k = p1 + 1, stop = std::min(tt_.size(), p1 + 1 + kMaxTitleTokens);
  while (k < stop && tt_.lower_word(k) != "nominee") ++k;  // past "President Roe's", "the"
  if (k == stop) return false;
  for (size_t i = p1 + 1; i < k; ++i)  // only determiners, titles, names and possessives between
    if (tt_.token(i).sentence_start || is_one_of(tt_.word(i), {",", "and", "or"})) return false;
  size_t e = k + 1;
  if (tt_.word(e) == "to" && e + 1 < tt_.size() && tt_.token(e + 1).word() &&
      !tt_.token(e + 1).capitalised)
    e += 2;
  else if (is_one_of(tt_.word(e), {"for", "as"})) ++e;
  else return false;
  if (tt_.word(e) == "the") ++e;
  size_t office = e;
  while (e < tt_.size() && tt_.token(e).word() &&
         (tt_.token(e).capitalised || (e > office && is_one_of(tt_.word(e), {"of", "for", "and"}))))
    ++e;
  while (e > office && !tt_.token(e - 1).capitalised) --e;  // no trailing "of"
  if (e == office) return false;
  Titles t;
  t.spans.emplace_back(k, e);
  add(m, t, -1, false, p0, e);
  return true;
}

}  // namespace

void find_roles(Document& doc) { RoleFinder(doc).run(); }

}  // namespace newsgraph
