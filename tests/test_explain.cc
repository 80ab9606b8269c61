#include <catch2/catch.hpp>

#include "ingest/explain.h"

using namespace newsgraph;

TEST_CASE("cut_to_width counts code points, folds whitespace and marks the cut", "[explain]") {
  CHECK(cut_to_width("short", 10) == "short");
  CHECK(cut_to_width("one  two\nthree", 0) == "one two three");
  CHECK(cut_to_width("abcdefgh", 5) == "abcd\u2026");
  CHECK(cut_to_width("\u00e9t\u00e9 \u00e9t\u00e9", 4) == "\u00e9t\u00e9\u2026");
}

TEST_CASE("explain_quotes prints speaker, role, sieve, confidence and offsets", "[explain]") {
  Extraction x;
  x.doc = "pellan";
  Quote named;
  named.text = "We ship in May, and not a day later.";
  named.kind = "direct";
  named.speaker = "Ada Quill";
  named.span = {10, 46};
  named.speaker_span = Span{50, 59};
  named.cue = "said";
  named.sieve = "quote-cue-speaker";
  named.confidence = 0.9;
  Quote unnamed;
  unnamed.text = "margins will shrink";
  unnamed.kind = "indirect";
  unnamed.speaker_description = "one analyst";
  unnamed.span = {80, 99};
  unnamed.sieve = "reported-speech";
  unnamed.confidence = 0.5;
  x.quotes = {named, unnamed};
  x.roles.push_back(Role{"Ada Quill", "chief executive", "Pellan Works", true, {0, 1}, "apposition"});

  std::string out = explain_quotes(x, 20);
  CHECK(out ==
        "pellan: 2 quotations\n"
        "[1] direct   \u201cWe ship in May, and\u2026\u201d\n"
        "    speaker: Ada Quill (chief executive, Pellan Works, former)\n"
        "    sieve:   quote-cue-speaker, cue \"said\", confidence 0.90\n"
        "    bytes:   quote 10-46, speaker 50-59\n"
        "[2] indirect \u201cmargins will shrink\u201d\n"
        "    speaker: unnamed: one analyst\n"
        "    sieve:   reported-speech, confidence 0.50\n"
        "    bytes:   quote 80-99\n");
}
