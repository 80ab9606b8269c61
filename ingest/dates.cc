#include "ingest/dates.h"

#include <chrono>
#include <vector>

#include <fmt/format.h>

#include "ingest/text_header.h"

namespace newsgraph {
namespace {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month_day;

std::string lower(std::string_view w) {
  std::string out(w);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
  return out;
}

// A word of the sentence: a run of ASCII letters and digits, in lower case.
struct Word {
  std::string text;
  bool capitalised = false;
};

std::vector<Word> words_of(std::string_view s) {
  std::vector<Word> out;
  auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
  for (size_t i = 0; i < s.size();) {
    if (!alnum(s[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < s.size() && alnum(s[j])) ++j;
    out.push_back(Word{lower(s.substr(i, j - i)), s[i] >= 'A' && s[i] <= 'Z'});
    i = j;
  }
  return out;
}

std::optional<int> day_number(std::string_view w, int max) {
  if (w.empty() || w.size() > 4) return std::nullopt;
  int v = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  if (v < 1 || v > max) return std::nullopt;
  return v;
}

std::optional<sys_days> parse_iso(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto y = day_number(s.substr(0, 4), 9999), m = day_number(s.substr(5, 2), 12),
       d = day_number(s.substr(8, 2), 31);
  if (!y || !m || !d) return std::nullopt;
  year_month_day ymd{std::chrono::year(*y), std::chrono::month(unsigned(*m)), std::chrono::day(unsigned(*d))};
  if (!ymd.ok()) return std::nullopt;
  return sys_days(ymd);
}

std::string day_text(sys_days d) {
  year_month_day ymd(d);
  return fmt::format("{:04}-{:02}-{:02}", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
}

std::string month_text(int y, int m) {
  while (m < 1) m += 12, --y;
  while (m > 12) m -= 12, ++y;
  return fmt::format("{:04}-{:02}", y, m);
}

// ISO 8601 week "YYYY-Www" of a day: the week's Thursday decides the year.
std::string week_text(sys_days d) {
  std::chrono::weekday wd(d);
  sys_days thursday = d - days((wd.iso_encoding() - 4));
  int y = int(year_month_day(thursday).year());
  sys_days jan1 = sys_days(year_month_day{std::chrono::year(y), std::chrono::January, std::chrono::day(1)});
  return fmt::format("{:04}-W{:02}", y, (thursday - jan1).count() / 7 + 1);
}

// The weekday (1 = Monday) latest on or before `pub` (shift 0), before it (-1), after it (+1).
sys_days weekday_near(sys_days pub, int weekday, int shift) {
  int back = (int(std::chrono::weekday(pub).iso_encoding()) - weekday + 7) % 7;
  if (shift < 0 && back == 0) back = 7;
  if (shift > 0) return pub + days(back == 0 ? 7 : 7 - back);
  return pub - days(back);
}

// The year of month m (and day d) nearest the publication date.
int nearest_year(sys_days pub, int m, int d) {
  year_month_day p(pub);
  int y = int(p.year());
  int delta = (m - int(unsigned(p.month()))) * 31 + (d - int(unsigned(p.day())));
  if (delta > 6 * 31) return y - 1;
  if (delta < -6 * 31) return y + 1;
  return y;
}

std::optional<std::string> absolute_day(sys_days pub, int m, int d, std::optional<int> y) {
  year_month_day ymd{std::chrono::year(y ? *y : nearest_year(pub, m, d)),
                     std::chrono::month(unsigned(m)), std::chrono::day(unsigned(d))};
  if (!ymd.ok()) return std::nullopt;
  return day_text(sys_days(ymd));
}

// The date phrase that starts at word k, if any. Month and weekday names count only
// capitalised ("in May", not "may"; "Sun", not "sun").
std::optional<std::string> phrase_at(const std::vector<Word>& w, size_t k, sys_days pub) {
  auto at = [&](size_t i) -> std::string_view { return i < w.size() ? std::string_view(w[i].text) : ""; };
  auto month = [&](size_t i) { return i < w.size() && w[i].capitalised && w[i].text.size() >= 3 ? month_number(w[i].text) : 0; };
  auto year_at = [&](size_t i) {
    auto year = day_number(at(i), 9999);
    return year && *year >= 1000 ? year : std::nullopt;
  };
  year_month_day p(pub);
  int y = int(p.year()), m = int(unsigned(p.month()));
  if (at(k) == "today") return day_text(pub);
  if (at(k) == "yesterday") return day_text(pub - days(1));
  if (at(k) == "tomorrow") return day_text(pub + days(1));
  bool this_past = at(k) == "this" && at(k + 1) == "past";
  bool past = at(k) == "last" || this_past;
  bool next = at(k) == "next" || at(k) == "coming";
  bool within = (at(k) == "earlier" || at(k) == "later") && at(k + 1) == "this";
  size_t unit = this_past || within ? k + 2 : past || next || at(k) == "this" ? k + 1 : k;
  if (unit < w.size() && w[unit].capitalised && at(unit).size() >= 3)
    if (int wd = weekday_number(at(unit))) return day_text(weekday_near(pub, wd, past ? -1 : next ? 1 : 0));
  if (unit > k) {
    if (at(unit) == "week") return week_text(pub + days(past ? -7 : next ? 7 : 0));
    if (at(unit) == "month") return month_text(y, m + (past ? -1 : next ? 1 : 0));
    if (at(unit) == "year") return fmt::format("{:04}", y + (past ? -1 : next ? 1 : 0));
  }
  if (int mo = month(k)) {
    if (auto d = day_number(at(k + 1), 31)) return absolute_day(pub, mo, *d, year_at(k + 2));  // "March 3"
    if (k > 0 && at(k - 1) == "in")  // "in March", "in March 2025"
      return month_text(year_at(k + 1).value_or(nearest_year(pub, mo, 1)), mo);
  }
  if (auto d = day_number(at(k), 31))  // "3 March 2025"
    if (int mo = month(k + 1)) return absolute_day(pub, mo, *d, year_at(k + 2));
  return std::nullopt;
}

}  // namespace

std::optional<std::string> event_date(std::string_view sentence, std::string_view published) {
  std::optional<sys_days> pub = parse_iso(published);
  if (!pub) return std::nullopt;
  std::vector<Word> w = words_of(sentence);
  for (size_t k = 0; k < w.size(); ++k)
    if (auto date = phrase_at(w, k, *pub)) return date;
  return std::nullopt;
}

}  // namespace newsgraph
