#include "ingest/fold.h"

#include <cctype>
#include <memory>
#include <stdexcept>
#include <unordered_map>

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace newsgraph {
namespace {

// This thread's transliterator to ASCII Latin. Creating one parses ICU rule data (slow),
// so each thread clones a shared prototype once. The filter keeps Latin-ASCII, the slow
// step (~10 us a name), off the ASCII letters of a name, which halves its cost.
icu::Transliterator& to_ascii() {
  static const std::unique_ptr<icu::Transliterator> prototype = [] {
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        "Any-Latin; [:^ASCII:] Latin-ASCII", UTRANS_FORWARD, err));
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

// Transliterated and case-folded (ICU) form of a non-ASCII name. Names recur across
// mentions and documents, so each thread remembers recent results.
const std::string& latin_folded(std::string_view name) {
  constexpr size_t kCacheSize = 4096;
  thread_local std::unordered_map<std::string, std::string> cache;
  if (auto it = cache.find(std::string(name)); it != cache.end()) return it->second;
  if (cache.size() >= kCacheSize) cache.clear();
  icu::UnicodeString u = icu::UnicodeString::fromUTF8({name.data(), int32_t(name.size())});
  to_ascii().transliterate(u);
  u.foldCase();
  std::string out;
  return cache.emplace(std::string(name), u.toUTF8String(out)).first->second;
}

enum class CharClass { kDrop, kSeparator, kKeep };

// Separators become one space ("Coca-Cola" meets "Coca Cola"); other punctuation and
// symbols are dropped ("U.S." -> "us", "AT&T" -> "att"); letters and digits are kept.
CharClass classify(UChar32 c) {
  if (c < 0x80) {  // ASCII without ICU property look-ups
    if (std::isalnum(c)) return CharClass::kKeep;
    return std::isspace(c) || c == '-' || c == '/' || c == '_' ? CharClass::kSeparator
                                                                : CharClass::kDrop;
  }
  if (u_isUWhiteSpace(c) || u_charType(c) == U_DASH_PUNCTUATION) return CharClass::kSeparator;
  return u_isalnum(c) ? CharClass::kKeep : CharClass::kDrop;
}

// Lower-cased ASCII letters, kept code points and single spaces between words.
std::string keep_words(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (int32_t i = 0, n = int32_t(s.size()); i < n;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    switch (classify(c)) {
      case CharClass::kSeparator:
        space = !out.empty();
        break;
      case CharClass::kKeep:
        if (space) out += ' ';
        space = false;
        if (c < 0x80)
          out += char(std::tolower(c));
        else
          out.append(s.substr(size_t(start), size_t(i - start)));
        break;
      case CharClass::kDrop:
        break;
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
