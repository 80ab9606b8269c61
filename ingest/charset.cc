#include "ingest/charset.h"

#include <algorithm>
#include <memory>
#include <stdexcept>

#include <fmt/format.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf8.h>

#include "ingest/normalize.h"
#include "ingest/read.h"

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

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr int kMinConfidence = 10;   // below this ucsdet's guesses are mostly noise
constexpr size_t kSample = 1 << 16;  // bytes shown to the detector past the first high byte

bool has_wide_bom(std::string_view b) {
  return b.starts_with("\xFF\xFE") || b.starts_with("\xFE\xFF") || b.starts_with(std::string_view("\0\0\xFE\xFF", 4));
}

// True when some byte >= 0x80 starts a well-formed UTF-8 sequence.
bool has_utf8_sequence(std::string_view b) {
  for (int32_t i = 0, n = int32_t(b.size()); i < n;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(b.data()), i, n, c);
    if (c > 0x7F && i - start > 1) return true;
  }
  return false;
}

// ICU's best guess for `sample`: {name, confidence}, or {"", 0}.
std::pair<std::string, int> detect_charset(std::string_view sample) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> det(ucsdet_open(&status), &ucsdet_close);
  ucsdet_setText(det.get(), sample.data(), int32_t(sample.size()), &status);
  const UCharsetMatch* match = ucsdet_detect(det.get(), &status);
  if (U_FAILURE(status) || !match) return {"", 0};
  const char* name = ucsdet_getName(match, &status);
  int confidence = ucsdet_getConfidence(match, &status);
  if (U_FAILURE(status)) return {"", 0};
  return {name, confidence};
}

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

std::string read_as_note(const std::string& source, const DecodedText& d) {
  return fmt::format("{}: read as {} (confidence {})", source, d.charset, d.confidence);
}

DecodedText decode_text_file(std::string bytes, const std::string& source, std::string_view known_charset) {
  std::string_view b(bytes);
  bool wide = has_wide_bom(b);
  if (size_t nul = b.find('\0'); !wide && nul != std::string_view::npos)
    throw ReadError(fmt::format("{}: not text (NUL byte at byte {})", source, nul));
  if (!wide && (find_invalid_utf8(b) == std::string_view::npos || has_utf8_sequence(b)))
    return {std::move(bytes), "", 0};
  size_t first_high = std::find_if(b.begin(), b.end(), [](unsigned char c) { return c >= 0x80; }) - b.begin();
  auto [name, confidence] = known_charset.empty() || wide ? detect_charset(b.substr(0, first_high + kSample))
                                                          : std::pair{std::string(known_charset), 100};
  if (name.empty() || confidence < kMinConfidence) return {std::move(bytes), "", 0};
  std::string text;
  try {
    text = to_utf8(b, name);
  } catch (const std::invalid_argument&) {  // a guess ICU cannot convert from
    return {std::move(bytes), "", 0};
  }
  if (std::string_view(text).starts_with(kUtf8Bom)) text.erase(0, kUtf8Bom.size());
  return {std::move(text), name, confidence};
}

}  // namespace newsgraph
