#include "ingest/money.h"

#include <algorithm>
#include <bitset>
#include <cstdlib>

#include "ingest/lexicon.h"

namespace newsgraph {
namespace {

// ISO 4217 code of a currency symbol or word, or nullptr.
const char* currency_of(std::string_view w) {
  static const std::pair<std::string_view, const char*> kCurrencies[] = {
      {"$", "USD"},      {"US$", "USD"},   {"€", "EUR"},    {"£", "GBP"},     {"¥", "JPY"},
      {"₹", "INR"},      {"dollars", "USD"}, {"euros", "EUR"}, {"pounds", "GBP"}, {"yen", "JPY"},
      {"yuan", "CNY"},   {"rupees", "INR"}, {"kroner", "DKK"}, {"kronor", "SEK"}};
  // Every token is looked up: most are turned away by their first byte alone.
  static const std::bitset<256> kFirstBytes = [] {
    std::bitset<256> b;
    for (auto [s, code] : kCurrencies) b.set(static_cast<unsigned char>(s[0]));
    return b;
  }();
  if (w.empty() || !kFirstBytes[static_cast<unsigned char>(w[0])]) return nullptr;
  for (auto [s, code] : kCurrencies)
    if (s == w) return code;
  return nullptr;
}

// Multiplier of a scale word ("million", "bn", "m"), or 0.
double scale_of(std::string_view w) {
  static const std::pair<std::string_view, double> kScales[] = {
      {"thousand", 1e3}, {"k", 1e3},  {"million", 1e6}, {"m", 1e6},  {"mn", 1e6},
      {"billion", 1e9},  {"bn", 1e9}, {"b", 1e9},       {"trillion", 1e12}, {"tn", 1e12}};
  for (auto [s, f] : kScales)
    if (s == w) return f;
  return 0;
}

// The numeric value of "1,200.5" (commas dropped); its scale suffix ("85m") goes to *suffix.
std::optional<double> number_of(std::string_view w, std::string_view* suffix) {
  if (w.empty() || !((w[0] >= '0' && w[0] <= '9') || w[0] == ',' || w[0] == '.')) return std::nullopt;
  std::string digits;
  size_t i = 0;
  for (; i < w.size() && ((w[i] >= '0' && w[i] <= '9') || w[i] == ',' || w[i] == '.'); ++i)
    if (w[i] != ',') digits += w[i];
  if (digits.empty() || !(digits[0] >= '0' && digits[0] <= '9')) return std::nullopt;
  *suffix = w.substr(i);
  return std::strtod(digits.c_str(), nullptr);
}

class Scanner {
 public:
  Scanner(const TaggedTokens& tt, std::string_view text) : tt_(tt), text_(text) {}

  // A literal starting at token i, or nullopt.
  std::optional<MoneyMention> at(size_t i) const {
    const char* code = currency_of(tt_.word(i));
    size_t k = i + 1;
    if (!code && tt_.word(i) == "US" && tt_.word(i + 1) == "$") code = "USD", k = i + 2;
    std::string_view suffix;
    std::optional<double> value = code ? number_of(tt_.word(k), &suffix) : number_of(tt_.word(i), &suffix);
    if (!value) return std::nullopt;
    if (!code) k = i;
    double scale = suffix.empty() ? 1 : scale_of(suffix);
    if (scale == 0) return std::nullopt;
    ++k;
    if (suffix.empty() && scale_of(lower(tt_.word(k))) > 0) scale = scale_of(lower(tt_.word(k++)));
    if (!code) {  // "40 million euros"
      code = currency_of(tt_.word(k));
      if (!code || scale == 1) return std::nullopt;
      ++k;
    }
    MoneyMention m{i, k, {}};
    m.money.amount = *value * scale;
    m.money.currency = code;
    if (tt_.word(k) == "per" || tt_.word(k) == "a") unit(m, k);
    m.money.text = std::string(text_.substr(tt_.token(i).span.begin,
                                            tt_.token(m.last - 1).span.end - tt_.token(i).span.begin));
    return m;
  }

 private:
  // "per million output tokens", "a month": up to four lower-case words after "per" / "a".
  void unit(MoneyMention& m, size_t k) const {
    size_t e = k + 1;
    // a preposition or conjunction ends the unit: "per million tokens for access"
    static constexpr std::string_view kStops[] = {"and", "or", "for", "to", "in", "on", "at",
                                                  "from", "with", "by", "of", "than", "until"};
    while (e < tt_.size() && e < k + 5 && tt_.token(e).word() && !tt_.token(e).capitalised &&
           std::find(std::begin(kStops), std::end(kStops), tt_.word(e)) == std::end(kStops))
      ++e;
    if (e == k + 1) return;
    bool per = tt_.word(k) == "per";
    std::string_view w = tt_.word(k + 1);
    if (!per && w != "month" && w != "year" && w != "user" && w != "seat") return;
    if (!per) e = k + 2;  // "a month"
    m.last = e;
    m.money.per = std::string(text_.substr(tt_.token(k + 1).span.begin,
                                           tt_.token(e - 1).span.end - tt_.token(k + 1).span.begin));
  }

  const TaggedTokens& tt_;
  std::string_view text_;
};

}  // namespace

std::vector<MoneyMention> find_money(const TaggedTokens& tt, std::string_view text) {
  Scanner scan(tt, text);
  std::vector<MoneyMention> out;
  for (size_t i = 0; i < tt.size();) {
    if (auto m = scan.at(i)) {
      out.push_back(*m);
      i = m->last;
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace newsgraph
