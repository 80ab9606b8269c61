#include <catch2/catch.hpp>

#include <stdexcept>

#include "ingest/normalize.h"

using namespace newsgraph;

TEST_CASE("NFC fast path: already normalised text keeps offsets", "[front]") {
  NormalizedText n = normalize_nfc("Zoë met Nguyễn in Zürich.");
  CHECK(n.text == "Zoë met Nguyễn in Zürich.");
  CHECK(n.to_original_map.empty());
  CHECK(n.to_original(7) == 7);
}

TEST_CASE("NFC composes decomposed text and maps offsets back", "[front]") {
  // "e" + U+0308 (3 bytes) composes to "ë" (2 bytes): the text gets one byte shorter.
  const std::string input = "Ms Zoe\xCC\x88 Kraus said so.";
  NormalizedText n = normalize_nfc(input);
  CHECK(n.text == "Ms Zo\xC3\xAB Kraus said so.");
  REQUIRE(n.to_original_map.size() == n.text.size() + 1);
  const uint32_t kraus = uint32_t(n.text.find("Kraus"));
  CHECK(kraus == 8);
  CHECK(n.to_original(kraus) == 9);
  CHECK(n.to_original(3) == 3);                                    // "Zoë" begins
  CHECK(n.to_original(5) == 5);                                    // "ë" -> "e" + U+0308
  CHECK(n.to_original(6) == 5);                                    // inside "ë"
  CHECK(n.to_original(uint32_t(n.text.size())) == input.size());  // end maps to end
  CHECK(n.from_original(9) == 8);  // and back
  CHECK(n.from_original(6) == 5);  // inside "e" + U+0308 -> start of "ë"
  CHECK(n.from_original(3) == 3);
  // The span of "Zoë" [3, 7) maps to exactly the original "Zoe" + U+0308 bytes.
  CHECK(input.substr(n.to_original(3), n.to_original(7) - n.to_original(3)) == "Zoe\xCC\x88");
}

TEST_CASE("NFC: Hangul jamo compose to a syllable", "[front]") {
  // Conjoining jamo U+1100 U+1161 (6 bytes) compose to the syllable U+AC00 (3 bytes).
  const std::string input = "\xE1\x84\x80\xE1\x85\xA1 x";
  NormalizedText n = normalize_nfc(input);
  CHECK(n.text == "\xEA\xB0\x80 x");
  CHECK(n.to_original(3) == 6);  // the space
  CHECK(n.to_original(4) == 7);  // "x"
}

TEST_CASE("find_invalid_utf8 returns the first bad byte", "[front]") {
  CHECK(find_invalid_utf8("plain ascii") == std::string_view::npos);
  CHECK(find_invalid_utf8("Zoë") == std::string_view::npos);
  CHECK(find_invalid_utf8("ab\xE2\x82") == 2);            // truncated sequence
  CHECK(find_invalid_utf8("a\xED\xA0\x80") == 1);         // UTF-16 surrogate
  CHECK(find_invalid_utf8("ok \xF4\x90\x80\x80") == 3);   // beyond U+10FFFF
  CHECK(find_invalid_utf8("\x80") == 0);                  // stray continuation byte
  CHECK_THROWS_AS(normalize_nfc("bad \xFF"), std::invalid_argument);
}

TEST_CASE("NFC map: every span of the output maps to input bytes with the same NFC", "[front]") {
  // Decomposed accents (NFD) throughout a sentence written for this test.
  const std::string input =
      "Rene\u0301e Mu\u0308ller and Nguye\u0302\u0303n Ha\u0300 met Zoe\u0308 in "
      "Malmo\u0308; \"C\u0327a va,\" said Jose\u0301.";
  NormalizedText n = normalize_nfc(input);
  CHECK(n.text ==
        "Renée Müller and Nguyễn Hà met Zoë in Malmö; \"Ça va,\" said José.");
  // Cut the output at every space; each piece must come from exactly the matching input bytes.
  uint32_t begin = 0;
  for (uint32_t end = 0; end <= n.text.size(); ++end) {
    if (end < n.text.size() && n.text[end] != ' ') continue;
    const uint32_t ob = n.to_original(begin), oe = n.to_original(end);
    INFO(n.text.substr(begin, end - begin));
    CHECK(normalize_nfc(std::string_view(input).substr(ob, oe - ob)).text ==
          n.text.substr(begin, end - begin));
    CHECK(n.from_original(ob) == begin);
    begin = end + 1;
  }
}
