#include <catch2/catch.hpp>

#include "ingest/dates.h"
#include "ingest/pipeline.h"

using namespace newsgraph;

// 2026-03-05 is a Thursday.
constexpr const char* kThursday = "2026-03-05";

TEST_CASE("weekdays resolve to the latest such day of the publication week", "[dates]") {
  CHECK(event_date("Pellan bought Quorvex on Tuesday.", kThursday) == "2026-03-03");
  CHECK(event_date("Pellan bought Quorvex on Thursday.", kThursday) == "2026-03-05");
  CHECK(event_date("Pellan bought Quorvex this past Thursday.", kThursday) == "2026-02-26");
  CHECK(event_date("It sued last Friday.", kThursday) == "2026-02-27");
  CHECK(event_date("It will report next Monday.", kThursday) == "2026-03-09");
  CHECK(event_date("Shares rose on Wed.", kThursday) == "2026-03-04");
}

TEST_CASE("yesterday, today and tomorrow are days", "[dates]") {
  CHECK(event_date("The deal closed yesterday.", kThursday) == "2026-03-04");
  CHECK(event_date("Today it filed suit.", "2026-01-01") == "2026-01-01");
  CHECK(event_date("The deal closed yesterday.", "2026-03-01") == "2026-02-28");
}

TEST_CASE("weeks, months and years keep their precision", "[dates]") {
  CHECK(event_date("It hired Ada Quill last week.", kThursday) == "2026-W09");
  CHECK(event_date("It hired Ada Quill this week.", "2026-01-01") == "2026-W01");
  CHECK(event_date("It was announced earlier this month.", kThursday) == "2026-03");
  CHECK(event_date("It was announced last month.", "2026-01-20") == "2025-12");
  CHECK(event_date("It raised money last year.", kThursday) == "2025");
  CHECK(event_date("It raised money earlier this year.", kThursday) == "2026");
}

TEST_CASE("absolute dates take the year nearest the publication date", "[dates]") {
  CHECK(event_date("Pellan bought Quorvex on March 3.", kThursday) == "2026-03-03");
  CHECK(event_date("Pellan bought Quorvex on 3 March 2024.", kThursday) == "2024-03-03");
  CHECK(event_date("The suit was filed on Dec. 20.", "2026-01-10") == "2025-12-20");
  CHECK(event_date("Pellan bought Quorvex in May.", kThursday) == "2026-05");
  CHECK(event_date("Pellan bought Quorvex in March 2024.", kThursday) == "2024-03");
}

TEST_CASE("words that only look like dates are not dates", "[dates]") {
  CHECK_FALSE(event_date("Pellan may 3D-print its parts.", kThursday));
  CHECK_FALSE(event_date("Pellan said the past was hard and the sun shone.", kThursday));
  CHECK_FALSE(event_date("Pellan bought Quorvex on Tuesday.", "unknown"));
  CHECK_FALSE(event_date("Pellan bought Quorvex on February 30.", kThursday));
}

TEST_CASE("an event relation carries the date of its sentence", "[dates]") {
  Article a;
  a.doc_id = "dated";
  a.published = kThursday;
  a.text = "Pellan Systems Inc acquired Quorvex Labs Inc on Tuesday.\n\n"
           "Pellan Systems Inc competes with Ostrin Networks Inc since last year.\n";
  Extraction x = extract(a);
  bool acquires = false, competes = false;
  for (const Relation& r : x.relations) {
    if (r.predicate == "acquires") {
      acquires = true;
      CHECK(r.date == "2026-03-03");
    }
    if (r.predicate == "competes_with") {
      competes = true;
      CHECK_FALSE(r.date);  // a state, not an event
    }
  }
  CHECK(acquires);
  CHECK(competes);
}
