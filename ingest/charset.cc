#include "ingest/charset.h"

#include <algorithm>
#include <stdexcept>

#include <unicode/ucnv.h>

namespace newsgraph {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

// The value after "charset=" in `s` (from `from` on), unquoted; empty if none.
std::string charset_after(std::string_view s, size_t from = 0) {
  std::string l = lower(s);
  size_t at = l.find("charset", from);
  if (at == std::string::npos) return "";
  at = l.find_first_not_of(" \t", at + 7);
  if (at == std::string::npos || l[at] != '=') return "";
  at = l.find_first_not_of(" \t\"'", at + 1);
  if (at == std::string::npos) return "";
  size_t end = l.find_first_of(" \t\"';>/", at);
  return l.substr(at, end == std::string::npos ? std::string::npos : end - at);
}

bool is_utf8(std::string_view name) { return name.empty() || name == "utf-8" || name == "utf8"; }

}  // namespace

std::string charset_of_content_type(std::string_view content_type) { return charset_after(content_type); }

std::string declared_html_charset(std::string_view html) {
  std::string head = lower(html.substr(0, 1024));
  for (size_t at = head.find("<meta"); at != std::string::npos; at = head.find("<meta", at + 5)) {
    size_t end = head.find('>', at);
    std::string_view tag = std::string_view(head).substr(at, end == std::string::npos ? end : end - at);
    if (std::string c = charset_after(tag); !c.empty()) return c;
  }
  return "";
}

std::string to_utf8(std::string_view bytes, std::string_view charset) {
  std::string name = lower(charset);
  if (is_utf8(name)) return std::string(bytes);
  if (name == "iso-8859-1" || name == "latin1" || name == "us-ascii" || name == "ascii") name = "windows-1252";
  std::string out(bytes.size() * 3 + 4, '\0');  // a byte becomes at most 3 UTF-8 bytes
  UErrorCode status = U_ZERO_ERROR;
  int32_t n = ucnv_convert("UTF-8", name.c_str(), out.data(), int32_t(out.size()), bytes.data(),
                           int32_t(bytes.size()), &status);
  if (U_FAILURE(status)) throw std::invalid_argument("unknown encoding " + std::string(charset));
  out.resize(size_t(n));
  return out;
}

}  // namespace newsgraph
