#include "graph/display_width.h"

#include <memory>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

namespace newsgraph {
namespace {

int cluster_width(std::string_view cluster) {
  int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(cluster.data(), i, static_cast<int32_t>(cluster.size()), c);
  if (c < 0) return 1;  // invalid byte: one replacement character on screen
  int ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  if (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH || u_hasBinaryProperty(c, UCHAR_EMOJI_PRESENTATION))
    return 2;
  int8_t cat = u_charType(c);
  if (cat == U_CONTROL_CHAR || cat == U_FORMAT_CHAR || cat == U_NON_SPACING_MARK ||
      cat == U_ENCLOSING_MARK)
    return 0;
  return 1;
}

// Calls fn(begin, end) for each grapheme cluster of `text` (byte offsets) until fn returns
// false. The iterator is built once per thread: creating one loads ICU break rules.
template <typename Fn>
void for_each_cluster(std::string_view text, Fn fn) {
  UErrorCode status = U_ZERO_ERROR;
  thread_local std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status) || !it) {  // no ICU data: fall back to one cluster per byte
    for (size_t i = 0; i < text.size(); ++i)
      if (!fn(i, i + 1)) break;
    utext_close(&ut);
    return;
  }
  it->setText(&ut, status);
  for (int32_t begin = it->first(), end = it->next(); end != icu::BreakIterator::DONE;
       begin = end, end = it->next())
    if (!fn(static_cast<size_t>(begin), static_cast<size_t>(end))) break;
  utext_close(&ut);
}

}  // namespace

size_t display_width(std::string_view text) {
  size_t width = 0;
  for_each_cluster(text, [&](size_t b, size_t e) {
    width += cluster_width(text.substr(b, e - b));
    return true;
  });
  return width;
}

size_t fitting_prefix(std::string_view text, size_t width) {
  size_t used = 0, bytes = 0;
  for_each_cluster(text, [&](size_t b, size_t e) {
    used += cluster_width(text.substr(b, e - b));
    if (used > width) return false;
    bytes = e;
    return true;
  });
  return bytes;
}

std::string truncate_to_width(std::string_view text, size_t width) {
  if (width == 0) return "";
  if (display_width(text) <= width) return std::string(text);
  std::string_view head = text.substr(0, fitting_prefix(text, width - 1));
  while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
  return std::string(head) + "…";
}

}  // namespace newsgraph
