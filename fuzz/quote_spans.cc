// libFuzzer target: the quotation scanner on any valid UTF-8, one paragraph a line. Every span
// it returns must lie inside the text, in order, with its marks around its text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "ingest/normalize.h"
#include "ingest/quote_spans.h"

using namespace newsgraph;

namespace {

std::vector<Span> lines_of(std::string_view text) {
  std::vector<Span> lines;
  for (size_t begin = 0; begin < text.size();) {
    size_t end = std::min(text.find('\n', begin), text.size());
    if (end > begin) lines.push_back({uint32_t(begin), uint32_t(end)});
    begin = end + 1;
  }
  return lines;
}

void check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (find_invalid_utf8(text) != std::string_view::npos) return 0;
  uint32_t last_end = 0;
  for (const QuoteSpan& q : find_quote_spans(text, lines_of(text))) {
    check(q.open_mark.begin >= last_end && q.open_mark.end == q.text.begin);
    check(q.text.begin <= q.text.end && q.text.end <= text.size());
    check(!q.closed() || (q.close_mark.begin == q.text.end && q.close_mark.end <= text.size()));
    last_end = q.closed() ? q.close_mark.end : q.text.end;
  }
  return 0;
}
