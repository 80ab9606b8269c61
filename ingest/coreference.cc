// Coreference inside one document. Mentions are visited longest first, so every short form
// meets the full names it may stand for, wherever they are in the text (a headline's "Marrow"
// comes before "Marrow Semiconductor Manufacturing Co"). A mention joins an entity when it
//  - has the same surface or the same gazetteer/nationality canonical name;
//  - is one word of a person's name ("Altman", "Rafael", "Tan" of "Tan Hui Min");
//  - opens an organisation's name ("Ostrin" of "Ostrin Systems"), or is its head noun
//    ("Commission" of "European Commission");
//  - closes a product's name after the maker ("Aura" of "Vellmar Aura", "R1");
//  - is the acronym of an organisation's capitalised words ("AWS", "QSMC"), or stands in
//    parentheses right after the name.
// Among several fitting entities the most recently mentioned one wins, so two people sharing
// a surname stay apart. An entity takes the type of its most strongly typed mention, unless
// that is only a context cue: then the ORG and PRODUCT cues of its mentions vote.
#include "ingest/coreference.h"

#include <algorithm>
#include <numeric>
#include <set>

#include "ingest/lexicon.h"

namespace newsgraph {
namespace {

// How much a mention rule says about the type; the strongest rule of an entity types it.
int strength(std::string_view rule) {
  static const std::pair<std::string_view, int> kStrength[] = {
      {"gazetteer", 6},       {"nationality", 6},     {"org-suffix", 5},   {"honorific", 5},
      {"title-cue", 5},       {"apposition", 5},      {"byline", 5},       {"dateline", 5},
      {"org-cue", 4},         {"given-name", 4},      {"age", 4},          {"maker-prefix", 4},
      {"apposition-noun", 4}, {"model-number", 4},    {"who-clause", 4},   {"product-cue", 3},
      {"said", 3},            {"place-head", 5},      {"headline", 1},        {"place-cue", 1}};
  for (auto [r, s] : kStrength)
    if (r == rule) return s;
  return 0;
}

std::vector<std::string_view> words_of(std::string_view s) { return split_words(s); }

// words_of(s).size(), without building the list.
size_t word_count(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) n += s[i] != ' ' && (i == 0 || s[i - 1] == ' ');
  return n;
}

bool is_acronym_of(std::string_view acronym, std::string_view name) {
  if (acronym.size() < 2 ||
      !std::all_of(acronym.begin(), acronym.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return false;
  std::string initials;
  for (std::string_view w : words_of(name))
    if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z') initials += w[0];
  return initials == acronym;
}

// "FRANKFURT": a name in capitals, as datelines print it; its mixed-case form names it better.
bool shouted(std::string_view s) {
  return s.size() > 3 && std::none_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// A stock ticker with its exchange suffix, as wire copy prints it: "AAPL.O", "VOD.L", "0700.HK".
bool ticker(std::string_view s) {
  size_t dot = s.find('.');
  auto upper_or_digit = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
  return dot >= 1 && dot <= 6 && s.size() - dot - 1 >= 1 && s.size() - dot - 1 <= 2 &&
         std::all_of(s.begin(), s.end(), [&](char c) { return c == '.' || upper_or_digit(c); }) &&
         s.find('.', dot + 1) == std::string_view::npos;
}

// Prefixes and suffixes of a name up to this many words may stand for it.
constexpr size_t kMaxShortFormWords = 8;

struct Group {
  std::vector<size_t> mentions;  // indexes into doc.mentions
  std::set<uint32_t> begins;     // their byte offsets, for the nearest one to a new mention
  ViewSet surfaces;              // their surface forms (views of the document's text)
  std::string canonical;         // gazetteer/nationality canonical name, if any
  size_t strongest = 0;          // the mention whose rule types the group
};

// Every surface form a shorter mention could take to join a group named `name`: its words
// (a person's surname), its word-boundary prefixes (an organisation's short name) and
// suffixes (a product without its maker), its acronym. fits() decides among them.
std::vector<std::string> short_forms(std::string_view name) {
  std::vector<std::string> out;
  std::string initials;
  for (std::string_view w : words_of(name)) {
    out.emplace_back(w);
    if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z') initials += w[0];
  }
  if (initials.size() >= 2) out.push_back(initials);
  // a short form of more than kMaxShortFormWords words is never used: keep the index linear
  size_t n = 0;
  for (size_t p = name.find(' '); p != std::string_view::npos && n < kMaxShortFormWords;
       p = name.find(' ', p + 1), ++n)
    out.emplace_back(name.substr(0, p));
  n = 0;
  for (size_t p = name.rfind(' '); p != std::string_view::npos && p > 0 && n < kMaxShortFormWords;
       p = name.rfind(' ', p - 1), ++n)
    out.emplace_back(name.substr(p + 1));
  return out;
}

// Mentions are indexed by the short forms of each group's name, so a mention is compared only
// with the groups it may join: time stays linear in the number of mentions.
class Resolver {
 public:
  explicit Resolver(Document& doc) : doc_(doc), lex_(lexicon()) {}

  void run() {
    size_t n = doc_.mentions.size();
    std::vector<size_t> order(n), words(n);
    for (size_t m = 0; m < n; ++m) words[m] = word_count(surface(m));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return words[a] > words[b]; });
    group_of_.assign(n, -1);
    for (size_t m : order) {
      int g = best_group(m);
      if (g < 0) g = new_group(m);
      Group& group = groups_[g];
      group.mentions.push_back(m);
      group.begins.insert(doc_.mentions[m].span.begin);
      if (group.surfaces.emplace(surface(m)).second) by_form_[std::string(surface(m))].push_back(g);
      group_of_[m] = g;
      if (group.mentions.size() == 1 ||
          strength(doc_.mentions[m].rule) > strength(doc_.mentions[group.strongest].rule))
        group.strongest = m;
    }
    emit();
  }

 private:
  std::string_view surface(size_t m) const { return doc_.slice(doc_.mentions[m].span); }
  // The gazetteer's name of what mention m names: its own surface's, or for an organisation
  // named with a legal form ("Apple Inc") the name without it, so that "Apple Inc", "Apple"
  // and the ticker "AAPL.O" are one entity.
  std::string canonical(size_t m) const {
    const Mention& x = doc_.mentions[m];
    std::string_view s = surface(m);
    if (x.rule == "gazetteer" || x.rule == "nationality") {
      const KnownEntity* k = lex_.known(s);
      return k ? k->name : "";
    }
    size_t space = s.rfind(' ');
    if (x.type != EntityType::kOrg || space == std::string_view::npos ||
        !lex_.legal_forms.count(s.substr(space + 1)))
      return "";
    const KnownEntity* k = lex_.known(s.substr(0, space));
    return k && k->type == EntityType::kOrg ? k->name : "";
  }
  std::string_view name_of(const Group& g) const { return surface(g.mentions.front()); }
  EntityType type_of(const Group& g) const { return doc_.mentions[g.strongest].type; }
  EntityType voted_type(const Group& g) const;

  int new_group(size_t m) {
    groups_.push_back(Group{{}, {}, {}, canonical(m)});
    int g = int(groups_.size() - 1);
    if (!groups_[g].canonical.empty()) by_canonical_[groups_[g].canonical].push_back(g);
    for (std::string& form : short_forms(surface(m))) by_form_[std::move(form)].push_back(g);
    return g;
  }
  bool fits(size_t m, const Group& g) const;
  bool parenthesised(size_t m, int g) const;
  int best_group(size_t m) const;
  void emit();

  Document& doc_;
  const Lexicon& lex_;
  std::vector<Group> groups_;
  std::vector<int> group_of_;                      // per mention, once grouped
  StringMap<std::vector<int>> by_form_;            // short form -> groups it may stand for
  StringMap<std::vector<int>> by_canonical_;
};

bool Resolver::fits(size_t m, const Group& g) const {
  std::string_view s = surface(m);
  std::string canon = canonical(m);
  if (!canon.empty()) return canon == g.canonical;
  if (g.surfaces.count(s)) return true;
  std::string_view name = name_of(g);
  auto name_words = words_of(name);
  auto words = words_of(s);
  if (words.size() >= name_words.size()) return false;
  switch (type_of(g)) {
    case EntityType::kPerson:
      return words.size() == 1 && doc_.mentions[m].type != EntityType::kPlace &&
             std::find(name_words.begin(), name_words.end(), s) != name_words.end();
    case EntityType::kOrg:  // "Ostrin" of "Ostrin Systems", "Commission" of "European Commission"
      return (name.substr(0, s.size()) == s && name[s.size()] == ' ') || is_acronym_of(s, name) ||
             (lex_.org_heads.count(s) && name_words.back() == s);
    case EntityType::kProduct:
      return name.size() > s.size() && name.substr(name.size() - s.size()) == s &&
             name[name.size() - s.size() - 1] == ' ';
    case EntityType::kPlace:
      return false;
  }
  return false;
}

// An acronym in parentheses right after a name belongs to it: "Quantix Co (QC)"; so does an
// organisation's name in another language that only pattern typed, filling the parentheses:
// "the Competition Authority (Rekabet Kurumu)".
bool Resolver::parenthesised(size_t m, int g) const {
  const Mention& x = doc_.mentions[m];
  uint32_t at = x.span.begin;
  if (m == 0 || at < 2 || doc_.text[at - 1] != '(' || group_of_[m - 1] != g ||
      doc_.mentions[m - 1].span.end + 2 != at)
    return false;
  bool translated = x.rule == "capitalised" && type_of(groups_[g]) == EntityType::kOrg &&
                    x.span.end < doc_.text.size() && doc_.text[x.span.end] == ')';
  return translated || is_acronym_of(surface(m), name_of(groups_[g]));
}

// The fitting group mentioned last before m (else first after it); -1 if none fits.
int Resolver::best_group(size_t m) const {
  uint32_t at = doc_.mentions[m].span.begin;
  std::vector<int> candidates;
  std::string canon = canonical(m);
  const auto& index = canon.empty() ? by_form_ : by_canonical_;
  if (auto it = index.find(canon.empty() ? surface(m) : std::string_view(canon)); it != index.end())
    candidates = it->second;
  if (m > 0 && group_of_[m - 1] >= 0) candidates.push_back(group_of_[m - 1]);
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  int best = -1;
  int64_t best_score = INT64_MIN;
  for (int g : candidates) {
    if (!fits(m, groups_[g]) && !parenthesised(m, g)) continue;
    // the latest mention before m scores its offset; failing that, the first after, negated
    const std::set<uint32_t>& begins = groups_[g].begins;
    auto after = begins.lower_bound(at);
    int64_t score = after != begins.begin() ? int64_t(*std::prev(after)) : -int64_t(*after);
    if (score > best_score) best = g, best_score = score;
  }
  return best;
}

// One type per entity: a name typed PRODUCT by some context ("the X app", "X, a notes app")
// and ORG by other ("X, the Berlin company") takes the type more of its cued mentions give;
// a tie, or a mention typed by the name itself (gazetteer, suffix, title), keeps the
// strongest mention's type.
EntityType Resolver::voted_type(const Group& g) const {
  constexpr int kCue = 3, kContextOnly = 4;  // strengths: product-cue .. apposition-noun
  EntityType strongest = type_of(g);
  if (strength(doc_.mentions[g.strongest].rule) > kContextOnly ||
      (strongest != EntityType::kOrg && strongest != EntityType::kProduct))
    return strongest;
  int org = 0, product = 0;
  for (size_t m : g.mentions) {
    const Mention& x = doc_.mentions[m];
    if (strength(x.rule) < kCue) continue;
    org += x.type == EntityType::kOrg;
    product += x.type == EntityType::kProduct;
  }
  return product > org ? EntityType::kProduct : org > product ? EntityType::kOrg : strongest;
}

void Resolver::emit() {
  for (Group& g : groups_) std::sort(g.mentions.begin(), g.mentions.end());
  std::sort(groups_.begin(), groups_.end(),
            [&](const Group& a, const Group& b) { return a.mentions.front() < b.mentions.front(); });
  doc_.entities.clear();
  for (Group& g : groups_) {
    Entity e;
    size_t fullest = g.mentions.front();
    bool all_adjectives = true;
    for (size_t m : g.mentions) {
      // "Norwegian" names Norway; "SAN FRANCISCO" is a dateline's own form of its name
      if (lex_.nationalities.count(surface(m))) continue;
      // the longest form, a ticker ("AAPL.O") only if all are
      bool tick = ticker(surface(m)), fullest_tick = ticker(surface(fullest));
      if (all_adjectives || (fullest_tick && !tick) ||
          (tick == fullest_tick &&
           (surface(m).size() > surface(fullest).size() ||
            (surface(m).size() == surface(fullest).size() && shouted(surface(fullest)) &&
             !shouted(surface(m))))))
        fullest = m;
      all_adjectives = false;
    }
    e.type = voted_type(g);
    e.rule = doc_.mentions[g.strongest].rule;
    e.name = all_adjectives && !g.canonical.empty() ? g.canonical : std::string(surface(fullest));
    StringSet seen{e.name};
    for (size_t m : g.mentions) {
      if (seen.emplace(surface(m)).second) e.aliases.emplace_back(surface(m));
      e.mentions.push_back(doc_.mentions[m].span);
      doc_.mentions[m].entity = int(doc_.entities.size());
      doc_.mentions[m].type = e.type;
    }
    doc_.entities.push_back(std::move(e));
  }
}

}  // namespace

void resolve_coreference(Document& doc) { Resolver(doc).run(); }

}  // namespace newsgraph
