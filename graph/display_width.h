// Display width of UTF-8 text on a terminal, and cutting text to a width without splitting a
// grapheme cluster (ICU character break iteration). Used for table columns and DOT labels.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace newsgraph {

/// Terminal columns that UTF-8 `text` occupies, summed per grapheme cluster: 2 for a cluster
/// that starts with an East Asian Wide/Fullwidth or Emoji_Presentation code point (Unicode
/// UAX #11 and UTS #51, as on common terminals), 0 for one that starts with a control, format
/// or combining mark, else 1.
size_t display_width(std::string_view text);

/// Byte length of the longest prefix of `text` that ends on a grapheme cluster boundary and
/// occupies at most `width` columns. 0 if even the first cluster is wider.
size_t fitting_prefix(std::string_view text, size_t width);

/// `text` itself when it fits in `width` columns; else its longest fitting prefix followed by
/// "…" (one column), trailing spaces of the prefix removed. Width 0 gives "".
std::string truncate_to_width(std::string_view text, size_t width);

}  // namespace newsgraph
