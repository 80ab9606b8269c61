// libFuzzer target: the triple-pattern query parser on any bytes. It either parses or throws
// PatternError whose column lies within the query (or just past its end), and point_at
// then draws the caret line; nothing else may escape or crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "query/pattern_parse.h"

using namespace newsgraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    PatternQuery q = parse_pattern_query(text);
    if (q.patterns.empty()) std::abort();  // a query has at least one pattern
  } catch (const PatternError& e) {
    // Columns count display cells, never more than one a byte, plus one for the end.
    if (e.column() == 0 || e.column() > text.size() + 1) std::abort();
    if (point_at(text, e).find('^') == std::string::npos) std::abort();
  }
  return 0;
}
