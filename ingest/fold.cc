#include "ingest/fold.h"

#include <memory>
#include <stdexcept>

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace newsgraph {
namespace {

// This thread's transliterator to ASCII Latin. Creating one parses ICU rule data (slow),
// so each thread clones a shared prototype once.
icu::Transliterator& to_ascii() {
  static const std::unique_ptr<icu::Transliterator> prototype = [] {
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, err));
    if (U_FAILURE(err)) throw std::runtime_error(std::string("ICU transliterator: ") + u_errorName(err));
    return t;
  }();
  thread_local const std::unique_ptr<icu::Transliterator> local(prototype->clone());
  return *local;
}

bool is_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

// Transliterated and case-folded (ICU) form of a non-ASCII name.
std::string latin_folded(std::string_view name) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8({name.data(), int32_t(name.size())});
  to_ascii().transliterate(u);
  u.foldCase();
  std::string out;
  return u.toUTF8String(out);
}

// Separators become one space ("Coca-Cola" meets "Coca Cola"); other punctuation and
// symbols are dropped ("U.S." -> "us", "AT&T" -> "att").
bool is_separator(UChar32 c) {
  return u_isUWhiteSpace(c) || c == '-' || c == '/' || c == '_' ||
         u_charType(c) == U_DASH_PUNCTUATION;
}

std::string keep_words(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (int32_t i = 0, n = int32_t(s.size()); i < n;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (is_separator(c)) {
      space = !out.empty();
    } else if (u_isalnum(c)) {
      if (space) out += ' ';
      space = false;
      if (c < 0x80)
        out += char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      else
        out.append(s.substr(size_t(start), size_t(i - start)));
    }
  }
  return out;
}

}  // namespace

std::string fold_key(std::string_view name) {
  std::string key = is_ascii(name) ? keep_words(name) : keep_words(latin_folded(name));
  if (key.starts_with("the ")) key.erase(0, 4);
  return key;
}

}  // namespace newsgraph
