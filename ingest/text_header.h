// Header lines of a news text file: the lines above the headline that state the crawl date,
// the section, the byline and the publication date. Recognised by shape, not by content.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace newsgraph {

/// What the top of a text article states.
struct TextHeader {
  uint32_t body_offset = 0;              // UTF-8 byte offset of the headline (text.size() if none)
  std::string title;                     // the headline line, trimmed; empty if none
  std::optional<std::string> published;  // YYYY-MM-DD: the date line's, else the crawl date's
  std::optional<std::string> author;     // NAME of a "By NAME" byline
  std::optional<std::string> section;    // a section line such as "Cloud Computing"
};

/// Reads the header lines at the top of `text` (a UTF-8 article without BOM; "\n" or "\r\n"
/// line ends), in any order, blank lines allowed between them, at most 8:
///  - "Today : Jan 31, 2025": the crawl date, used when no date line is given;
///  - a date line (see parse_date_line);
///  - a byline "By NAME[, ROLE]" (capitalised name words and particles such as "de", "van");
///  - a section line of 1-3 capitalised words ("Technology", "Science & Tech") that a date
///    line follows or shares its block with (otherwise it is a short headline).
/// The first other line is the headline. A date or byline just under the headline is read too
/// (it stays in the body). Never throws.
TextHeader parse_text_header(std::string_view text);

/// The date a line consisting only of a date states, as YYYY-MM-DD, or nullopt. Accepts an
/// optional label ("Published:", "Posted on", "Updated"), an optional weekday, then
/// "31 January 2025", "7th March 2025", "July 22, 2025", "Oct. 29, 2025", "Sept. 3 2024",
/// "2025-01-31" or "2025-01-31T16:25", "31.01.2025" (dotted: day first), "1/31/2025"
/// (slashed: month first unless the first number exceeds 12), "2025/01/31", optionally
/// followed by a time ("10:30 a.m. EST", "| 09:15 GMT"). Invalid calendar dates give nullopt.
std::optional<std::string> parse_date_line(std::string_view line);

/// 1-12 for an English month name or its abbreviation in any case ("January", "jan", "Jan.",
/// "Sept."), else 0.
int month_number(std::string_view word);

/// 1 (Monday) to 7 (Sunday) for an English weekday name or an abbreviation of at least three
/// letters in any case ("Tuesday", "Tue", "Tues."), else 0.
int weekday_number(std::string_view word);

}  // namespace newsgraph
