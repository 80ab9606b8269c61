#include "ingest/normalize.h"

#include <unicode/utf8.h>

namespace newsgraph {

uint32_t NormalizedText::to_original(uint32_t offset) const { return offset; }
NormalizedText normalize_nfc(std::string_view input) { return {std::string(input), {}}; }

size_t find_invalid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int64_t n = static_cast<int64_t>(s.size());
  int64_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) {  // ASCII fast path
      ++i;
      continue;
    }
    const int64_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);  // ICU rejects overlong forms, surrogates and > U+10FFFF
    if (c < 0) return static_cast<size_t>(start);
  }
  return std::string_view::npos;
}

}  // namespace newsgraph
