// Event dates: the time phrase of a sentence ("on Tuesday", "this past Wednesday",
// "yesterday", "last week", "earlier this month", "on March 3") resolved against the
// article's publication date.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace newsgraph {

/// The date the first time phrase of `sentence` names, resolved against `published`
/// (YYYY-MM-DD), as ISO 8601 at the precision the phrase has:
///  - a day, "YYYY-MM-DD": "today", "yesterday", "tomorrow"; a weekday: "on Tuesday" and
///    "Tuesday" are the latest such day on or before publication, "last"/"this past Tuesday"
///    the latest before it, "next Tuesday" the first after it; "March 3", "3 March",
///    "March 3, 2025" (without a year: the year that puts it nearest the publication date);
///  - a week, "YYYY-Www": "last week", "this week", "next week";
///  - a month, "YYYY-MM": "last month", "this month", "earlier this month", "later this month",
///    "next month", "in March" (of the year nearest publication);
///  - a year, "YYYY": "last year", "this year", "earlier this year", "next year".
/// std::nullopt when the sentence has no such phrase or `published` is not a valid date.
/// Weekdays follow news usage (AP style: a weekday alone means the one of the current week).
std::optional<std::string> event_date(std::string_view sentence, std::string_view published);

}  // namespace newsgraph
