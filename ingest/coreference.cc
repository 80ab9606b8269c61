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
// a surname stay apart. An entity takes the type of its most strongly typed mention.
#include "ingest/coreference.h"

#include <algorithm>
#include <numeric>

#include "ingest/lexicon.h"

namespace newsgraph {
namespace {

// How much a mention rule says about the type; the strongest rule of an entity types it.
int strength(std::string_view rule) {
  static const std::pair<std::string_view, int> kStrength[] = {
      {"gazetteer", 6}, {"nationality", 6}, {"org-suffix", 5}, {"honorific", 5},
      {"title-cue", 5}, {"apposition", 5}, {"byline", 5}, {"given-name", 4},  {"age", 4},        {"maker-prefix", 4},
      {"model-number", 4}, {"product-cue", 3}, {"said", 3},    {"headline", 1},
      {"place-cue", 1}};
  for (auto [r, s] : kStrength)
    if (r == rule) return s;
  return 0;
}

std::vector<std::string_view> words_of(std::string_view s) { return split_words(s); }

bool is_acronym_of(std::string_view acronym, std::string_view name) {
  if (acronym.size() < 2 ||
      !std::all_of(acronym.begin(), acronym.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return false;
  std::string initials;
  for (std::string_view w : words_of(name))
    if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z') initials += w[0];
  return initials == acronym;
}

struct Group {
  std::vector<size_t> mentions;  // indexes into doc.mentions
  std::string canonical;         // gazetteer/nationality canonical name, if any
  size_t strongest = 0;          // the mention whose rule types the group
};

class Resolver {
 public:
  explicit Resolver(Document& doc) : doc_(doc), lex_(lexicon()) {}

  void run() {
    std::vector<size_t> order(doc_.mentions.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      return words_of(surface(a)).size() > words_of(surface(b)).size();
    });
    for (size_t m : order) {
      int g = best_group(m);
      if (g < 0) {
        groups_.push_back(Group{{}, canonical(m)});
        g = int(groups_.size() - 1);
      }
      Group& group = groups_[g];
      group.mentions.push_back(m);
      if (group.mentions.size() == 1 ||
          strength(doc_.mentions[m].rule) > strength(doc_.mentions[group.strongest].rule))
        group.strongest = m;
    }
    emit();
  }

 private:
  std::string_view surface(size_t m) const { return doc_.slice(doc_.mentions[m].span); }
  std::string canonical(size_t m) const {
    const Mention& x = doc_.mentions[m];
    if (x.rule != "gazetteer" && x.rule != "nationality") return "";
    const KnownEntity* k = lex_.known(surface(m));
    return k ? k->name : "";
  }
  std::string_view name_of(const Group& g) const { return surface(g.mentions.front()); }
  EntityType type_of(const Group& g) const { return doc_.mentions[g.strongest].type; }

  bool fits(size_t m, const Group& g) const;
  int best_group(size_t m) const;
  void emit();

  Document& doc_;
  const Lexicon& lex_;
  std::vector<Group> groups_;
};

bool Resolver::fits(size_t m, const Group& g) const {
  std::string_view s = surface(m);
  std::string canon = canonical(m);
  if (!canon.empty()) return canon == g.canonical;
  for (size_t k : g.mentions)
    if (surface(k) == s) return true;
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

// The fitting group mentioned last before m (else first after it); -1 if none fits.
int Resolver::best_group(size_t m) const {
  uint32_t at = doc_.mentions[m].span.begin;
  // An acronym in parentheses right after a name belongs to it: "Quantix Co (QC)".
  std::string_view before = std::string_view(doc_.text).substr(0, at);
  int best = -1;
  int64_t best_score = INT64_MIN;
  for (size_t g = 0; g < groups_.size(); ++g) {
    if (!fits(m, groups_[g])) {
      bool parenthesised = before.size() >= 2 && before.back() == '(' && m > 0 &&
                           doc_.mentions[m - 1].span.end + 2 == at &&
                           std::count(groups_[g].mentions.begin(), groups_[g].mentions.end(), m - 1) &&
                           is_acronym_of(surface(m), name_of(groups_[g]));
      if (!parenthesised) continue;
    }
    int64_t score = INT64_MIN + 1;
    for (size_t k : groups_[g].mentions) {
      uint32_t b = doc_.mentions[k].span.begin;
      score = std::max<int64_t>(score, b < at ? int64_t(b) : -int64_t(b));
    }
    if (score > best_score) best = int(g), best_score = score;
  }
  return best;
}

void Resolver::emit() {
  std::sort(groups_.begin(), groups_.end(), [&](const Group& a, const Group& b) {
    return *std::min_element(a.mentions.begin(), a.mentions.end()) <
           *std::min_element(b.mentions.begin(), b.mentions.end());
  });
  doc_.entities.clear();
  for (Group& g : groups_) {
    std::sort(g.mentions.begin(), g.mentions.end());
    Entity e;
    size_t fullest = g.mentions.front();
    bool all_adjectives = true;
    for (size_t m : g.mentions) {
      if (doc_.mentions[m].rule == "nationality") continue;
      if (all_adjectives || surface(m).size() > surface(fullest).size()) fullest = m;
      all_adjectives = false;
    }
    e.type = type_of(g);
    e.rule = doc_.mentions[g.strongest].rule;
    e.name = all_adjectives && !g.canonical.empty() ? g.canonical : std::string(surface(fullest));
    for (size_t m : g.mentions) {
      std::string form(surface(m));
      if (form != e.name && std::find(e.aliases.begin(), e.aliases.end(), form) == e.aliases.end())
        e.aliases.push_back(form);
      e.mentions.push_back(doc_.mentions[m].span);
      doc_.mentions[m].entity = int(doc_.entities.size());
    }
    doc_.entities.push_back(std::move(e));
  }
}

}  // namespace

void resolve_coreference(Document& doc) { Resolver(doc).run(); }

}  // namespace newsgraph
