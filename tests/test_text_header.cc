#include <catch2/catch.hpp>

#include "ingest/text_header.h"

using namespace newsgraph;

TEST_CASE("date lines in several styles", "[front]") {
  CHECK(parse_date_line("31 January 2025") == "2025-01-31");
  CHECK(parse_date_line("Tuesday, July 22, 2025") == "2025-07-22");
  CHECK(parse_date_line("Monday 18 August 2025") == "2025-08-18");
  CHECK(parse_date_line("Oct. 29, 2025") == "2025-10-29");
  CHECK(parse_date_line("Sept. 3, 2024") == "2024-09-03");
  CHECK(parse_date_line("April 16, 2025") == "2025-04-16");
  CHECK(parse_date_line("Jan 31, 2025") == "2025-01-31");
  CHECK(parse_date_line("Friday 7th March 2025") == "2025-03-07");
  CHECK(parse_date_line("2023-12-01") == "2023-12-01");
  CHECK(parse_date_line("2006-10-20T16:25") == "2006-10-20");
  CHECK(parse_date_line("Published: 2 May 2024 10:30 GMT") == "2024-05-02");
  CHECK(parse_date_line("March 3, 2025 at 9:15 a.m. EST") == "2025-03-03");
  CHECK(parse_date_line("05.03.2025") == "2025-03-05");  // dotted: day first
  CHECK(parse_date_line("3/5/2025") == "2025-03-05");    // slashed: month first
  CHECK(parse_date_line("25/12/2024") == "2024-12-25");  // 25 cannot be a month
  CHECK(parse_date_line("2024/12/25") == "2024-12-25");
  CHECK(parse_date_line("29 February 2024") == "2024-02-29");
}

TEST_CASE("lines that are not dates", "[front]") {
  CHECK_FALSE(parse_date_line("31 February 2025"));
  CHECK_FALSE(parse_date_line("29 February 2025"));  // not a leap year
  CHECK_FALSE(parse_date_line("March 2025"));
  CHECK_FALSE(parse_date_line("May the best phone win in 2025"));
  CHECK_FALSE(parse_date_line("Technology"));
  CHECK_FALSE(parse_date_line("3.5"));
  CHECK_FALSE(parse_date_line(""));
}

TEST_CASE("text header: blank lines between header lines; crawl date as fallback", "[front]") {
  TextHeader h =
      parse_text_header("Today : Jan 9, 2024\n\nGadgets\n8 January 2024\n\nPelgrin Ships A Phone\n\nBody.");
  CHECK(h.published == "2024-01-08");
  CHECK(h.section == "Gadgets");
  CHECK(h.title == "Pelgrin Ships A Phone");
  CHECK(h.body_offset == 45);
  CHECK_FALSE(h.author);

  // A short capitalised line with no date line after it is a headline, not a section.
  TextHeader s = parse_text_header("Today : Jan 9, 2024\n\nChip Sales Slow\n\nBody.");
  CHECK(s.published == "2024-01-09");
  CHECK_FALSE(s.section);
  CHECK(s.title == "Chip Sales Slow");
  CHECK(s.body_offset == 21);
}

TEST_CASE("text header: upper-case Today line without a space before the colon", "[front]") {
  TextHeader h = parse_text_header("TODAY: 4 Apr 2025\nWorld\n\nQuiet Week In Orbit\n\nBody.");
  CHECK(h.published == "2025-04-04");
  CHECK(h.section == "World");
  CHECK(h.title == "Quiet Week In Orbit");
}

TEST_CASE("a date line may end with its byline", "[header]") {
  CHECK(parse_date_line("Posted on 14 April 2026 by Liesel Marrow") == "2026-04-14");
  CHECK(parse_date_line("Published 3 May 2025 by staff") == std::nullopt);
  TextHeader h = parse_text_header("Why I left\n\nPosted on 14 April 2026 by Liesel Marrow\n\nText.");
  CHECK(h.published == "2026-04-14");
}
