#include "tools/newsgraph-gen/corpus_gen.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace newsgraph::gen {
namespace {

// splitmix64 (Steele, Lea, Flood 2014): tiny, fast, and the same sequence everywhere.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  size_t below(size_t n) { return size_t(next() % n); }  // bias < n / 2^64: irrelevant here
  bool chance(unsigned percent) { return below(100) < percent; }
  template <class T, size_t N>
  const T& pick(const T (&items)[N]) { return items[below(N)]; }

 private:
  uint64_t state_;
};

// Zipf's law with exponent 1 in integers, so draws are platform-independent: rank r (from 1)
// has weight floor(2^40 / r). News entity frequencies follow roughly this law.
class Zipf {
 public:
  explicit Zipf(size_t n) {
    uint64_t total = 0;
    for (size_t r = 1; r <= n; ++r) cumulative_.push_back(total += (uint64_t(1) << 40) / r);
  }
  size_t draw(Rng& rng) const {
    uint64_t x = rng.next() % cumulative_.back();
    return size_t(std::upper_bound(cumulative_.begin(), cumulative_.end(), x) - cumulative_.begin());
  }

 private:
  std::vector<uint64_t> cumulative_;
};

// Invented name material: syllables, not names from any real article.
constexpr std::string_view kOnsets[] = {"b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r",
                                        "s", "t", "v", "z", "br", "dr", "gr", "kr", "st", "tr",
                                        "th", "sh", "qu", "w", "j"};
constexpr std::string_view kVowels[] = {"a", "e", "i", "o", "u", "a", "e", "i", "o", "a",
                                        "ai", "ei", "ou", "ia"};
constexpr std::string_view kAccented[] = {"é", "ø", "ü", "å", "ã", "ı", "ă", "ô", "ñe", "ë"};
constexpr std::string_view kCodas[] = {"", "", "", "n", "r", "l", "s", "th", "nd", "rk", "v", "x"};
constexpr std::string_view kCyrillicFirst[] = {"Ва", "Ле", "Ми", "Ро", "Ка", "Се", "Та", "Бо"};
constexpr std::string_view kCyrillicRest[] = {"ли", "ров", "ва", "нко", "дин", "ев", "ина", "шов"};
constexpr std::string_view kGreekFirst[] = {"Στα", "Νι", "Κω", "Δη", "Ελ", "Πα", "Θε", "Αν"};
constexpr std::string_view kGreekRest[] = {"λος", "ρος", "νης", "κη", "ου", "ίδης", "ρα", "να"};
constexpr std::string_view kCjkFamily[] = {"林", "陈", "周", "吴", "孙", "许", "郭", "何"};
constexpr std::string_view kCjkGiven[] = {"晓", "明", "婷", "伟", "芳", "浩", "静", "磊", "雪"};

constexpr std::string_view kOrgSuffixes[] = {
    "Systems", "Labs", "Technologies", "Networks", "Robotics", "Semiconductor", "Cloud",
    "AI", "Inc", "Corp", "Group", "Software", "Bio", "Energy", "Motors", "Pay", "Data"};
constexpr std::string_view kProductNouns[] = {"phone", "headset", "chip", "app", "platform",
                                              "model", "laptop", "drone", "router", "assistant"};
constexpr std::string_view kModelWords[] = {"Pro", "Max", "One", "Air", "Edge", "Go", "Ultra"};
constexpr std::string_view kPlacePatterns[] = {"Port {}", "{}ville", "{}burg", "New {}",
                                               "{} Bay", "{}stad", "San {}", "{}"};
constexpr std::string_view kTitles[] = {
    "chief executive", "chief executive officer", "chief technology officer",
    "chief financial officer", "president", "vice president of engineering",
    "head of research", "co-founder", "general counsel", "chief operating officer",
    "senior vice president", "chairman", "product manager", "head of policy"};
constexpr std::string_view kAnalystTitles[] = {"analyst", "senior analyst", "research director",
                                               "principal analyst", "economist"};
constexpr std::string_view kSpeechVerbs[] = {"said", "said", "said", "added", "explained",
                                             "noted", "warned", "told reporters"};
constexpr std::string_view kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                          "Friday"};
constexpr std::string_view kMonths[] = {"January", "February", "March", "April", "May", "June",
                                        "July", "August", "September", "October", "November",
                                        "December"};
// Quotation material; {0} is an entity named in the quote, {1} a place.
constexpr std::string_view kQuotes[] = {
    "{0} is the most important thing we have built in a decade",
    "We expect demand to outstrip supply through the end of the year",
    "Customers told us they wanted fewer outages and lower bills, and {0} delivers both",
    "This deal gives us the scale we need in {1}",
    "We will fight this in court, and we expect to win",
    "Nobody in the industry has shipped anything like {0}",
    "The numbers speak for themselves",
    "Our engineers in {1} worked on it for three years",
    "We are not in a hurry to sell, whatever {0} says",
    "It is too early to say whether {0} can make money from it",
    "Competition from {0} keeps everyone honest",
    "We think the market in {1} will double by the end of the decade",
    "Regulators have asked good questions and we have answered every one",
    "I have never seen a launch draw this many pre-orders",
    "Frankly, the pricing of {0} surprised a lot of people"};
constexpr std::string_view kReported[] = {
    "the company would hire several hundred engineers in {1} next year",
    "{0} had been in talks with potential partners for months",
    "sales of {0} were ahead of internal forecasts",
    "the outage was caused by a faulty configuration change",
    "the company had no plans to raise prices"};

struct Person {
  std::string given, family;
  bool female = false;
  bool family_first = false;  // CJK order, no space
  std::string full() const { return family_first ? family + given : given + " " + family; }
  std::string short_name() const { return family_first ? full() : family; }
};

struct Org {
  std::string name;   // "Torvani Systems"
  std::string short_name;  // "Torvani"
};

struct World {
  std::vector<Person> people;
  std::vector<Org> orgs;
  std::vector<std::string> products;
  std::vector<std::string> places;
  std::vector<std::string> outlets;
};

std::string capitalise(std::string s) {
  if (!s.empty()) s[0] = char(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

std::string latin_word(Rng& rng, size_t syllables, bool accents) {
  std::string w;
  for (size_t k = 0; k < syllables; ++k) {
    w += rng.pick(kOnsets);
    w += accents && rng.chance(30) ? rng.pick(kAccented) : rng.pick(kVowels);
    if (k + 1 == syllables) w += rng.pick(kCodas);
  }
  return capitalise(w);
}

template <size_t N, size_t M>
std::string script_word(Rng& rng, const std::string_view (&first)[N],
                        const std::string_view (&rest)[M]) {
  return std::string(rng.pick(first)) + std::string(rng.pick(rest));
}

// 85% plain Latin, 7% accented Latin, 3% each Cyrillic and Greek, 2% CJK.
Person make_person(Rng& rng) {
  Person p;
  p.female = rng.chance(50);
  size_t script = rng.below(100);
  if (script < 92) {
    bool accents = script >= 85;
    p.given = latin_word(rng, 1 + rng.below(2), accents);
    p.given += p.female ? "a" : "";
    p.family = latin_word(rng, 2 + rng.below(2), accents);
  } else if (script < 95) {
    p.given = script_word(rng, kCyrillicFirst, kCyrillicRest);
    p.family = script_word(rng, kCyrillicFirst, kCyrillicRest);
  } else if (script < 98) {
    p.given = script_word(rng, kGreekFirst, kGreekRest);
    p.family = script_word(rng, kGreekFirst, kGreekRest);
  } else {
    p.family = std::string(rng.pick(kCjkFamily));
    p.given = std::string(rng.pick(kCjkGiven)) + std::string(rng.pick(kCjkGiven));
    p.family_first = true;
  }
  return p;
}

Org make_org(Rng& rng) {
  std::string stem = latin_word(rng, 2 + rng.below(2), rng.chance(5));
  if (rng.chance(30)) return {stem, stem};
  return {stem + " " + std::string(rng.pick(kOrgSuffixes)), stem};
}

std::string make_product(Rng& rng, const std::vector<Org>& orgs, size_t i) {
  if (rng.chance(40)) return latin_word(rng, 2, false);
  std::string_view model = rng.pick(kModelWords);
  if (!rng.chance(50)) return fmt::format("{} {}", orgs[i % orgs.size()].short_name, model);
  return fmt::format("{} {} {}", orgs[i % orgs.size()].short_name, model, 2 + rng.below(14));
}

std::string make_place(Rng& rng) {
  return fmt::format(fmt::runtime(rng.pick(kPlacePatterns)), latin_word(rng, 2, rng.chance(10)));
}

// Pool sizes are fixed so entities recur across any corpus size, as in real news.
World make_world(Rng& rng) {
  World w;
  for (int i = 0; i < 6000; ++i) w.people.push_back(make_person(rng));
  for (int i = 0; i < 2500; ++i) w.orgs.push_back(make_org(rng));
  for (size_t i = 0; i < 3000; ++i) w.products.push_back(make_product(rng, w.orgs, i * 7));
  for (int i = 0; i < 400; ++i) w.places.push_back(make_place(rng));
  for (int i = 0; i < 40; ++i)
    w.outlets.push_back(fmt::format("the {} {}", latin_word(rng, 2, false),
                                    rng.chance(50) ? "Post" : "Ledger"));
  return w;
}

// One article's cast: the main organisation, a second one, people and a product.
struct Cast {
  const Org* org;
  const Org* other;
  const Person* boss;     // works at org
  const Person* rival;    // works at other
  const Person* analyst;
  std::string boss_title, rival_title, analyst_title, analyst_firm;
  std::string product, place;
};

class ArticleWriter {
 public:
  ArticleWriter(const World& w, Rng& rng) : w_(w), rng_(rng),
      person_zipf_(w.people.size()), org_zipf_(w.orgs.size()),
      product_zipf_(w.products.size()), place_zipf_(w.places.size()) {}

  nlohmann::json write(uint64_t n, uint64_t seed) {
    Cast c = cast();
    unsigned year = 2008 + unsigned(rng_.below(18)), month = 1 + unsigned(rng_.below(12)),
             day = 1 + unsigned(rng_.below(28));
    size_t kind = rng_.below(6);
    std::vector<std::string> paras;
    paras.push_back(lead(c, kind));
    paras.push_back(role_sentence(c));
    size_t extra = 2 + rng_.below(6);
    for (size_t k = 0; k < extra; ++k) paras.push_back(rng_.chance(75) ? quote_paragraph(c, k) : reported(c));
    paras.push_back(background(c, year));
    std::string text;
    for (const auto& p : paras) text += (text.empty() ? "" : rng_.chance(80) ? "\n\n" : "\n") + p;
    nlohmann::json j;
    j["id"] = fmt::format("gen-{}-{:07}", seed, n);
    j["title"] = headline(c, kind);
    j["date"] = fmt::format("{:04}-{:02}-{:02}", year, month, day);
    j["url"] = fmt::format("https://news.invalid/{}/{:02}/{}-{}", year, month, c.org->short_name, n);
    j["text"] = text;
    return j;
  }

 private:
  const Person& person() { return w_.people[person_zipf_.draw(rng_)]; }
  const Org& org() { return w_.orgs[org_zipf_.draw(rng_)]; }
  // A person's employer and title are fixed by their index, so roles agree across articles.
  const Org& employer(const Person& p) const { return w_.orgs[size_t(&p - w_.people.data()) * 7919 % w_.orgs.size()]; }
  std::string title_of(const Person& p) const {
    return std::string(kTitles[size_t(&p - w_.people.data()) % std::size(kTitles)]);
  }

  Cast cast() {
    Cast c;
    c.boss = &person();
    c.org = &employer(*c.boss);
    c.rival = &person();
    c.other = &employer(*c.rival);
    if (c.other == c.org) c.other = &org();
    c.analyst = &person();
    c.boss_title = title_of(*c.boss);
    c.rival_title = title_of(*c.rival);
    c.analyst_title = std::string(rng_.pick(kAnalystTitles));
    c.analyst_firm = employer(*c.analyst).name;
    c.product = w_.products[product_zipf_.draw(rng_)];
    c.place = w_.places[place_zipf_.draw(rng_)];
    return c;
  }

  std::string headline(const Cast& c, size_t kind) {
    switch (kind) {
      case 0: return fmt::format("{} unveils {}", c.org->short_name, c.product);
      case 1: return fmt::format("{} to buy {} in ${} million deal", c.org->short_name,
                                 c.other->short_name, 50 + rng_.below(950));
      case 2: return fmt::format("{} raises ${} million", c.org->short_name, 5 + rng_.below(300));
      case 3: return fmt::format("{} sues {} over patents", c.org->short_name, c.other->short_name);
      case 4: return fmt::format("{} picks {} to host its cloud", c.org->short_name, c.other->short_name);
      default: return fmt::format("{} names {} as {}", c.org->short_name, c.boss->full(), c.boss_title);
    }
  }

  std::string lead(const Cast& c, size_t kind) {
    std::string dateline;
    if (rng_.chance(40)) {
      dateline = c.place;
      for (char& ch : dateline) ch = char(std::toupper(static_cast<unsigned char>(ch)));
      dateline += " (Newswire) - ";
    }
    std::string_view day = rng_.pick(kWeekdays);
    switch (kind) {
      case 0: return dateline + fmt::format("{} on {} unveiled {}, a {} it said would go on sale in {} for ${}.",
                                            c.org->name, day, c.product, rng_.pick(kProductNouns),
                                            rng_.pick(kMonths), 99 + rng_.below(1900));
      case 1: return dateline + fmt::format("{} said on {} it had agreed to acquire {} for about ${} million in cash.",
                                            c.org->name, day, c.other->name, 50 + rng_.below(950));
      case 2: return dateline + fmt::format("{}, a {}-based startup, raised ${} million in a Series {} round led by {}.",
                                            c.org->name, c.place, 5 + rng_.below(300),
                                            char('A' + rng_.below(4)), c.other->name);
      case 3: return dateline + fmt::format("{} sued {} in a federal court in {} on {}, alleging that {} infringes {} of its patents.",
                                            c.org->name, c.other->name, c.place, day, c.product, 2 + rng_.below(9));
      case 4: return dateline + fmt::format("{} will run its services on {}'s data centers under a {}-year hosting deal announced on {}.",
                                            c.org->name, c.other->name, 2 + rng_.below(8), day);
      default: return dateline + fmt::format("{} on {} named {} its new {}, replacing {}.",
                                             c.org->name, day, c.boss->full(), c.boss_title, c.rival->full());
    }
  }

  std::string role_sentence(const Cast& c) {
    switch (rng_.below(3)) {
      case 0: return fmt::format("{}, {} of {}, has led the company's push into {}.",
                                 c.boss->full(), c.boss_title, c.org->short_name, c.place);
      case 1: return fmt::format("{} {} {} joined the company from {} in {}.", c.org->short_name,
                                 c.boss_title, c.boss->full(), c.other->name, 2000 + rng_.below(20));
      default: return fmt::format("The company, which has offices in {}, is led by {} {}.",
                                  c.place, c.boss_title, c.boss->full());
    }
  }

  std::string quote_text(const Cast& c) {
    std::string_view about = rng_.chance(50) ? std::string_view(c.product) : c.other->short_name;
    return fmt::format(fmt::runtime(rng_.pick(kQuotes)), about, c.place);
  }

  // Every attribution style the quotation sieves handle, in rotation by chance.
  std::string quote_paragraph(const Cast& c, size_t k) {
    const Person& p = k == 1 ? *c.analyst : rng_.chance(60) ? *c.boss : *c.rival;
    std::string who = p.full(), q = quote_text(c), verb(rng_.pick(kSpeechVerbs));
    std::string title = &p == c.analyst ? c.analyst_title + " at " + c.analyst_firm
                        : &p == c.boss  ? c.boss_title + " of " + c.org->short_name
                                        : c.rival_title + " of " + c.other->short_name;
    std::string_view pronoun = p.female ? "she" : "he";
    switch (rng_.below(9)) {
      case 0: return fmt::format("“{},” {} {}, {}.", q, verb, who, title);
      case 1: return fmt::format("“{},” {} {}.", q, who, verb);
      case 2: return fmt::format("{}, {}, said: “{}.”", who, title, q);
      case 3: return fmt::format("“{},” {} said. “{}.”", q, who, quote_text(c));
      case 4: return fmt::format("{} spoke to {}. “{},” {} said.", who, w_.outlets[rng_.below(w_.outlets.size())], q, pronoun);
      case 5: return fmt::format("According to {}, “{}.”", who, q);
      case 6: return fmt::format("\"{},\" said {} {}.", q, p.female ? "Ms" : "Mr", p.short_name());
      case 7: return fmt::format("{} told {} that “{}.”", who, w_.outlets[rng_.below(w_.outlets.size())], q);
      default: return fmt::format("“{}.” — {}, {}", q, who, title);
    }
  }

  std::string reported(const Cast& c) {
    std::string what = fmt::format(fmt::runtime(rng_.pick(kReported)), c.product, c.place);
    return fmt::format("{}, {} at {}, said {}.", c.analyst->full(), c.analyst_title,
                       c.analyst_firm, what);
  }

  std::string background(const Cast& c, unsigned year) {
    return fmt::format("{} was founded in {} in {} and employs about {} people. Its shares "
                       "rose {}.{} percent to ${}.{:02} in afternoon trading.",
                       c.org->short_name, c.place, year - 1 - rng_.below(20),
                       100 * (1 + rng_.below(300)), rng_.below(9), rng_.below(10),
                       5 + rng_.below(400), rng_.below(100));
  }

  const World& w_;
  Rng& rng_;
  Zipf person_zipf_, org_zipf_, product_zipf_, place_zipf_;
};

}  // namespace

uint64_t generate_corpus(const CorpusOptions& opts, std::ostream& out) {
  Rng rng(opts.seed);
  World world = make_world(rng);
  ArticleWriter writer(world, rng);
  uint64_t written = 0, n = 0;
  while (written < opts.bytes) {
    std::string line = writer.write(++n, opts.seed).dump() + "\n";
    out << line;
    written += line.size();
  }
  return n;
}

uint64_t parse_size(std::string_view text) {
  size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  if (digits == 0 || digits > 15) throw std::invalid_argument(fmt::format("bad size \"{}\"", text));
  uint64_t n = std::stoull(std::string(text.substr(0, digits)));
  std::string unit(text.substr(digits));
  for (char& ch : unit) ch = char(std::toupper(static_cast<unsigned char>(ch)));
  static const std::pair<std::string_view, uint64_t> kUnits[] = {
      {"", 1}, {"B", 1}, {"KB", 1000}, {"MB", 1000'000}, {"GB", 1000'000'000},
      {"KIB", 1 << 10}, {"MIB", 1 << 20}, {"GIB", 1 << 30}};
  for (const auto& [name, factor] : kUnits)
    if (unit == name) return n * factor;
  throw std::invalid_argument(fmt::format("bad size \"{}\": unit must be KB, MB, GB, KiB, MiB or GiB", text));
}

}  // namespace newsgraph::gen
