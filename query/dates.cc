#include "query/dates.h"

#include <cctype>
#include <memory>

#include "query/resolve.h"

namespace newsgraph {
namespace {

bool digits(std::string_view s) {
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return !s.empty();
}

int number(std::string_view s) {
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  return n;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

bool is_date(std::string_view s) {
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  if (!digits(s.substr(0, 4))) return false;
  if (s.size() == 4) return true;
  if (s[4] != '-' || !digits(s.substr(5, 2))) return false;
  int month = number(s.substr(5, 2));
  if (month < 1 || month > 12) return false;
  if (s.size() == 7) return true;
  if (s[7] != '-' || !digits(s.substr(8, 2))) return false;
  int day = number(s.substr(8, 2));
  return day >= 1 && day <= days_in_month(number(s.substr(0, 4)), month);
}

std::string check_date(std::string_view option, std::string_view text) {
  if (!is_date(text))
    throw QueryError(std::string(option) + " \"" + std::string(text) +
                     "\": not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
  return std::string(text);
}

bool DateRange::contains(const std::optional<std::string>& published) const {
  if (!published) return !bounded();
  // A bound of a year or month compares with the same prefix of the date, which makes both
  // bounds inclusive of the whole period.
  if (since && published->compare(0, since->size(), *since) < 0) return false;
  if (until && published->compare(0, until->size(), *until) > 0) return false;
  return true;
}

const std::optional<std::string>& DocumentDates::of(const std::string& doc) {
  auto it = dates_.find(doc);
  if (it == dates_.end()) {
    std::optional<DocumentRecord> d = store_.document(doc);
    it = dates_.emplace(doc, d ? d->published : std::nullopt).first;
  }
  return it->second;
}

GraphOptions dated_options(const Store& store, const DateRange& dates) {
  if (!dates.bounded()) return {};
  auto published = std::make_shared<DocumentDates>(store);
  return {.keep_document = [published, dates](const std::string& doc) {
    return published->in(doc, dates);
  }};
}

KnowledgeGraph dated_graph(const Store& store, const DateRange& dates) {
  return KnowledgeGraph::from_store(store, dated_options(store, dates));
}

}  // namespace newsgraph
