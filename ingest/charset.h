// Declared character encodings of web pages, converted to UTF-8 with ICU.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph {

/// The charset a Content-Type value declares ("text/html; charset=ISO-8859-1" ->
/// "ISO-8859-1"), lower-cased and unquoted; empty if none.
std::string charset_of_content_type(std::string_view content_type);

/// The charset an HTML page declares in its first 1024 bytes (<meta charset=...> or
/// <meta http-equiv="Content-Type" content="...; charset=...">), as the WHATWG prescan
/// looks for it; lower-cased; empty if none.
std::string declared_html_charset(std::string_view html);

/// `bytes` converted from `charset` to UTF-8 with ICU. "utf-8" (or an empty name) returns
/// the bytes unchanged; "iso-8859-1", "latin1" and "us-ascii" are read as windows-1252, as
/// the WHATWG Encoding standard has browsers do. Throws std::invalid_argument naming an
/// encoding ICU does not know.
std::string to_utf8(std::string_view bytes, std::string_view charset);

}  // namespace newsgraph
