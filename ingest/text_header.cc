#include "ingest/text_header.h"

#include <algorithm>
#include <array>
#include <vector>

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace newsgraph {
namespace {

constexpr std::string_view kSpace = " \t\r\f\v";

std::string_view trim(std::string_view s) {
  size_t b = s.find_first_not_of(kSpace);
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(kSpace) - b + 1);
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
  return out;
}

// Words of a header line: split at spaces and commas (so "July 22, 2025" has three words).
std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while ((i = s.find_first_not_of(" \t,", i)) != std::string_view::npos) {
    size_t j = std::min(s.find_first_of(" \t,", i), s.size());
    out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

}  // namespace

int month_number(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  std::string l = lower_ascii(w);
  if (!l.empty() && l.back() == '.') l.pop_back();
  if (l == "sept") return 9;
  for (size_t i = 0; i < kMonths.size(); ++i)
    if (l == kMonths[i] || (l.size() == 3 && kMonths[i].starts_with(l))) return int(i) + 1;
  return 0;
}

int weekday_number(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kDays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  std::string l = lower_ascii(w);
  if (!l.empty() && l.back() == '.') l.pop_back();
  for (size_t i = 0; l.size() >= 3 && i < kDays.size(); ++i)
    if (kDays[i].starts_with(l)) return int(i) + 1;
  return 0;
}

namespace {

bool is_weekday(std::string_view w) { return weekday_number(w) > 0; }

// A run of ASCII digits of length [1, max_digits], with an optional ordinal suffix ("3rd").
std::optional<int> number(std::string_view w, size_t max_digits) {
  size_t n = 0;
  while (n < w.size() && w[n] >= '0' && w[n] <= '9') ++n;
  if (n == 0 || n > max_digits) return std::nullopt;
  std::string rest = lower_ascii(w.substr(n));
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th")
    return std::nullopt;
  int v = 0;
  for (size_t i = 0; i < n; ++i) v = v * 10 + (w[i] - '0');
  return v;
}

std::optional<std::string> iso_date(std::optional<int> y, int m, std::optional<int> d) {
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (!y || !d || *y < 1000 || m < 1 || m > 12 || *d < 1 || *d > kDays[m - 1]) return std::nullopt;
  bool leap = (*y % 4 == 0 && *y % 100 != 0) || *y % 400 == 0;
  if (m == 2 && *d == 29 && !leap) return std::nullopt;
  return fmt::format("{:04}-{:02}-{:02}", *y, m, *d);
}

// "2025-01-31" at the start of `s` (also the date part of "2025-01-31T16:25").
std::optional<std::string> iso_prefix(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-' || (s.size() > 10 && s[10] != 'T' && s[10] != ' '))
    return std::nullopt;
  auto y = number(s.substr(0, 4), 4), m = number(s.substr(5, 2), 2), d = number(s.substr(8, 2), 2);
  if (!m) return std::nullopt;
  return iso_date(y, *m, d);
}

// An all-number date: "2025/01/31", "31.01.2025" (dotted: day first), "1/31/2025" (slashed:
// month first, as in US usage, unless the first number cannot be a month).
std::optional<std::string> numeric_date(std::string_view w) {
  const char sep = w.find('.') != std::string_view::npos ? '.' : '/';
  std::vector<std::optional<int>> n;
  for (size_t i = 0; i <= w.size() && n.size() < 4;) {
    size_t j = std::min(w.find(sep, i), w.size());
    n.push_back(number(w.substr(i, j - i), 4));
    i = j + 1;
  }
  if (n.size() != 3 || !n[0] || !n[1]) return std::nullopt;
  if (w.find(sep) == 4) return iso_date(n[0], *n[1], n[2]);
  if (sep == '.' || *n[0] > 12) return iso_date(n[2], *n[1], n[0]);
  return iso_date(n[2], *n[0], n[1]);
}

// Words allowed after the year of a date line: a time, its zone and separators
// ("10:30", "a.m.", "GMT", "at", "|").
bool is_time_word(std::string_view w) {
  static constexpr std::array<std::string_view, 8> kWords = {"at", "|", "-", "am", "pm", "a.m.",
                                                             "p.m.", "\u2014"};
  if (w.find(':') != std::string_view::npos) return w.front() >= '0' && w.front() <= '9';
  if (std::find(kWords.begin(), kWords.end(), lower_ascii(w)) != kWords.end()) return true;
  return w.size() <= 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// A label before a date: "Published:", "Posted on", "Updated".
bool is_date_label(std::string_view w) {
  std::string l = lower_ascii(w);
  if (!l.empty() && l.back() == ':') l.pop_back();
  return l == "published" || l == "posted" || l == "updated" || l == "on";
}

bool starts_upper(std::string_view w);

// A line that is only a date, with an optional label, weekday and time: "31 January 2025",
// "Tuesday, July 22, 2025", "Oct. 29, 2025", "Published: 2 May 2024 10:30 GMT", "2025-01-31",
// "31.01.2025".
// Returns YYYY-MM-DD.
std::optional<std::string> parse_date(std::string_view line) {
  line = trim(line);
  if (auto iso = iso_prefix(line); iso && line.size() == 10) return iso;
  auto w = words(line);
  while (!w.empty() && is_date_label(w[0])) w.erase(w.begin());
  if (!w.empty() && is_weekday(w[0])) w.erase(w.begin());
  // "Posted on 14 April 2026 by Jane Doe": the byline after the date
  for (size_t k = 1; k + 1 < w.size(); ++k)
    if ((w[k] == "by" || w[k] == "By") && starts_upper(w[k + 1])) {
      w.resize(k);
      break;
    }
  if (w.size() == 1) return iso_prefix(w[0]) ? iso_prefix(w[0]) : numeric_date(w[0]);
  if (w.size() < 3 || !std::all_of(w.begin() + 3, w.end(), is_time_word)) return std::nullopt;
  if (int m = month_number(w[0])) return iso_date(number(w[2], 4), m, number(w[1], 2));
  if (int m = month_number(w[1])) return iso_date(number(w[2], 4), m, number(w[0], 2));
  return std::nullopt;
}

// The first code point of `w` is an upper- or title-case letter (ICU properties).
bool starts_upper(std::string_view w) {
  if (w.empty()) return false;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(w.data(), i, int32_t(w.size()), c);
  return c >= 0 && (u_isupper(c) || u_istitle(c));
}

bool has_digit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "By Jane Doe", "By Ana de la Cruz and Li Wei", "By Jane Doe, Staff Writer": the name
// after "By", up to a comma or "|".
std::optional<std::string_view> byline_name(std::string_view line) {
  static constexpr std::array<std::string_view, 12> kParticles = {
      "and", "&", "de", "del", "la", "le", "van", "von", "der", "da", "di", "bin"};
  if (line.size() > 100 || has_digit(line)) return std::nullopt;
  auto w = words(line);
  if (w.size() < 2 || (w[0] != "By" && w[0] != "BY" && w[0] != "By:")) return std::nullopt;
  std::string_view rest = line.substr(size_t(w[1].data() - line.data()));
  std::string_view name = trim(rest.substr(0, rest.find_first_of(",|")));
  auto n = words(name);
  if (n.empty() || n.size() > 8) return std::nullopt;
  for (std::string_view x : n)
    if (!starts_upper(x) && std::find(kParticles.begin(), kParticles.end(), x) == kParticles.end())
      return std::nullopt;
  if (n.back().size() > 3 && n.back().back() == '.') return std::nullopt;  // a sentence
  return name;
}

// A section line: one to three capitalised words ("Technology", "Cloud Computing",
// "Science & Tech", "Business | Markets"), no digits, no sentence punctuation.
bool is_section(std::string_view line) {
  static constexpr std::array<std::string_view, 8> kJoiners = {"&", "and", "of", "/", "|", ">",
                                                               "-", "\u00BB"};
  if (line.size() > 40 || has_digit(line) || line.find(',') != std::string_view::npos) return false;
  size_t n = 0;
  for (std::string_view x : words(line)) {
    if (std::find(kJoiners.begin(), kJoiners.end(), x) != kJoiners.end()) continue;
    if (!starts_upper(x) || x.find_first_of(".!?:;\"") != std::string_view::npos) return false;
    ++n;
  }
  return n >= 1 && n <= 3;
}

enum class Kind { kNone, kToday, kDate, kByline, kSection };

struct HeaderLine {
  Kind kind = Kind::kNone;
  std::string_view text;  // trimmed line
  size_t block = 0;       // index of the blank-line-separated block it sits in
  std::optional<std::string> date;
};

HeaderLine classify(std::string_view text, size_t block) {
  if (lower_ascii(text.substr(0, 5)) == "today") {  // "Today :", "TODAY:"
    std::string_view rest = trim(text.substr(5));
    if (rest.starts_with(":")) return {Kind::kToday, text, block, parse_date(rest.substr(1))};
  }
  if (auto d = parse_date(text)) return {Kind::kDate, text, block, d};
  if (byline_name(text)) return {Kind::kByline, text, block, std::nullopt};
  return {is_section(text) ? Kind::kSection : Kind::kNone, text, block, std::nullopt};
}

// A section line belongs to the header when a date line ("Today :" or an explicit date)
// follows it or shares its block; otherwise it is a short headline.
bool section_accepted(const std::vector<HeaderLine>& lines, size_t i) {
  for (size_t j = 0; j < lines.size(); ++j) {
    bool dated = lines[j].kind == Kind::kToday || lines[j].kind == Kind::kDate;
    if (dated && (j > i || lines[j].block == lines[i].block)) return true;
  }
  return false;
}

// Takes what a recognised header line states; the first of each kind wins.
void apply(const HeaderLine& line, TextHeader& h, std::optional<std::string>& crawl_date) {
  switch (line.kind) {
    case Kind::kToday:
      if (!crawl_date) crawl_date = line.date;
      break;
    case Kind::kDate:
      if (!h.published) h.published = line.date;
      break;
    case Kind::kByline:
      if (!h.author) h.author = std::string(*byline_name(line.text));
      break;
    case Kind::kSection:
      if (!h.section) h.section = std::string(line.text);
      break;
    case Kind::kNone:
      break;
  }
}

// Splits `text` into lines starting at `pos`; calls f(begin, trimmed line) until f returns false.
template <typename F>
void for_each_line(std::string_view text, size_t pos, F&& f) {
  while (pos < text.size()) {
    size_t end = std::min(text.find('\n', pos), text.size());
    std::string_view line = text.substr(pos, end - pos);
    size_t lead = std::min(line.find_first_not_of(kSpace), line.size());
    if (!f(pos + lead, trim(line))) return;
    pos = end + 1;
  }
}

constexpr size_t kMaxHeaderLines = 8;

// The header lines at the top of `text`, up to the headline. Returns them and the headline's
// byte offset (text.size() when there is none).
std::vector<HeaderLine> header_lines(std::string_view text, size_t& headline) {
  std::vector<HeaderLine> lines;
  std::vector<size_t> begins;
  size_t block = 0;
  headline = text.size();
  for_each_line(text, 0, [&](size_t begin, std::string_view line) {
    if (line.empty()) {
      block += lines.empty() ? 0 : 1;
      return true;
    }
    HeaderLine h = classify(line, block);
    if (h.kind == Kind::kNone || lines.size() == kMaxHeaderLines) {
      headline = begin;
      return false;
    }
    lines.push_back(h);
    begins.push_back(begin);
    return true;
  });
  // The header ends before its first section-shaped line that is not a section.
  size_t n = 0;
  while (n < lines.size() && (lines[n].kind != Kind::kSection || section_accepted(lines, n))) ++n;
  if (n < lines.size()) headline = begins[n];
  lines.resize(n);
  return lines;
}

// Date and byline lines just under the headline (some styles put them there); at most two.
std::vector<HeaderLine> lines_under_headline(std::string_view text, size_t headline) {
  std::vector<HeaderLine> lines;
  for_each_line(text, std::min(text.find('\n', headline), text.size()),
                [&](size_t, std::string_view line) {
                  if (line.empty()) return true;
                  HeaderLine h = classify(line, 0);
                  if ((h.kind != Kind::kDate && h.kind != Kind::kByline) || lines.size() == 2)
                    return false;
                  lines.push_back(h);
                  return true;
                });
  return lines;
}

}  // namespace

std::optional<std::string> parse_date_line(std::string_view line) { return parse_date(line); }

TextHeader parse_text_header(std::string_view text) {
  TextHeader h;
  size_t headline = 0;
  std::optional<std::string> crawl_date;
  for (const HeaderLine& line : header_lines(text, headline)) apply(line, h, crawl_date);
  for (const HeaderLine& line : lines_under_headline(text, headline)) apply(line, h, crawl_date);
  h.body_offset = uint32_t(headline);
  for_each_line(text, headline, [&](size_t, std::string_view line) {
    h.title = std::string(line);
    return false;
  });
  if (!h.published) h.published = crawl_date;  // the crawl date is a fallback
  return h;
}

}  // namespace newsgraph
