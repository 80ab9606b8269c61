#include "ingest/segment.h"

#include <cctype>
#include <memory>
#include <stdexcept>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include "ingest/lexicon.h"

namespace newsgraph {
namespace lexicon_data {
std::string_view sentence_abbreviations();  // ingest/lexicons/*.txt
std::string_view company_abbreviations();
std::string_view sentence_starters();
}  // namespace lexicon_data

namespace {

void check(UErrorCode err, const char* what) {
  if (U_FAILURE(err)) throw std::runtime_error(std::string(what) + ": " + u_errorName(err));
}

struct Abbreviations {
  StringSet never_final;  // "Dr.", "Oct.": never end a sentence
  StringSet company;      // "Inc.", "Corp.": end one unless a name follows
  StringSet starters;     // lower case: words that may open the next sentence
};

const Abbreviations& abbreviations() {
  static const Abbreviations a = [] {
    Abbreviations a;
    parse_word_set(lexicon_data::sentence_abbreviations(), a.never_final, false);
    parse_word_set(lexicon_data::company_abbreviations(), a.company, false);
    parse_word_set(lexicon_data::sentence_starters(), a.starters, true);
    return a;
  }();
  return a;
}

// This thread's sentence iterator: ICU's English rules with CLDR's standard suppressions
// ("Mr.", ...). Creating one loads rule data, so each thread clones a shared prototype once.
icu::BreakIterator& sentence_iterator() {
  static const std::unique_ptr<icu::BreakIterator> prototype = [] {
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), err));
    check(err, "ICU sentence iterator");
    return it;
  }();
  thread_local const std::unique_ptr<icu::BreakIterator> local(prototype->clone());
  return *local;
}

UChar32 first_code_point(std::string_view s) {
  int32_t i = 0;
  UChar32 c = U_SENTINEL;
  if (!s.empty()) U8_NEXT(s.data(), i, int32_t(s.size()), c);
  return c;
}

// The last space-separated word of `s`, without opening brackets or quotes.
std::string_view last_word(std::string_view s) {
  size_t space = s.find_last_of(" \t");
  std::string_view w = space == std::string_view::npos ? s : s.substr(space + 1);
  while (!w.empty() && (w.front() == '(' || w.front() == '"' || w.front() == '\'')) w.remove_prefix(1);
  return w;
}

// Initials: "J.", "U.S.", "J.P." (one letter, a dot, repeated; a lone letter is a capital).
bool is_initials(std::string_view w) {
  if (w.size() < 2 || w.size() % 2 != 0) return false;
  for (size_t i = 0; i < w.size(); i += 2)
    if (!std::isalpha(static_cast<unsigned char>(w[i])) || w[i + 1] != '.') return false;
  return w.size() > 2 || std::isupper(static_cast<unsigned char>(w[0]));
}

// `next` goes on with a name or figure: a ticker "( DELL.O )", a number, or a capitalised
// word that is not a sentence starter ("Federal", not "The").
bool continues_name(std::string_view next) {
  UChar32 c = first_code_point(next);
  if (c == '(' || u_isdigit(c)) return true;
  if (!u_isupper(c)) return false;
  size_t end = next.find_first_of(" \t,;:.!?'\")");
  return !abbreviations().starters.contains(lower(next.substr(0, end)));
}

// ICU broke after an abbreviation that does not end this sentence.
bool continues_abbreviation(std::string_view prev, std::string_view next) {
  std::string_view w = last_word(prev);
  if (w.empty() || w.back() != '.') return false;
  const Abbreviations& a = abbreviations();
  if (a.never_final.contains(w)) return true;
  return (a.company.contains(w) || is_initials(w)) && continues_name(next);
}

// ICU broke inside a wire ticker in parentheses, "( ADBE.O )", "(T.N)": the piece before ends
// with capitals or digits and a dot, the next is one to three capitals and the closing
// bracket. Reuters copy has one after nearly every company's first name.
bool continues_ticker(std::string_view prev, std::string_view next) {
  std::string_view w = last_word(prev);
  if (w.size() < 2 || w.back() != '.' || prev.find('(') == std::string_view::npos) return false;
  for (char c : w.substr(0, w.size() - 1))
    if (!std::isupper(static_cast<unsigned char>(c)) && !std::isdigit(static_cast<unsigned char>(c))) return false;
  size_t n = 0;
  while (n < next.size() && n < 4 && std::isupper(static_cast<unsigned char>(next[n]))) ++n;
  if (n == 0 || n > 3) return false;
  size_t k = next.find_first_not_of(' ', n);
  return k != std::string_view::npos && next[k] == ')';
}

// `s` without leading and trailing Unicode white space (U+00A0 and U+3000 included).
Span trim(std::string_view text, Span s) {
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  int32_t b = int32_t(s.begin), e = int32_t(s.end);
  while (b < e) {
    int32_t k = b;
    UChar32 c;
    U8_NEXT(p, k, e, c);
    if (!u_isUWhiteSpace(c)) break;
    b = k;
  }
  while (e > b) {
    int32_t k = e;
    UChar32 c;
    U8_PREV(p, b, k, c);
    if (!u_isUWhiteSpace(c)) break;
    e = k;
  }
  return Span{uint32_t(b), uint32_t(e)};
}

bool is_closing_quote(UChar32 c) {
  return c == '"' || c == '\'' || u_charType(c) == U_FINAL_PUNCTUATION;  // ” ’ »
}

// "?" or "!" then one or more closing quotation marks end `s`.
bool ends_with_quoted_question(std::string_view s) {
  int32_t k = int32_t(s.size());
  size_t quotes = 0;
  while (k > 0) {
    int32_t j = k;
    UChar32 c;
    U8_PREV(s.data(), 0, j, c);
    if (!is_closing_quote(c)) break;
    k = j;
    ++quotes;
  }
  return quotes > 0 && k > 0 && (s[k - 1] == '?' || s[k - 1] == '!');
}

// ICU always breaks after "?" or "!", even in '"Why?" she asked.': after a quoted question
// or exclamation, a piece that starts with a lower-case letter continues the sentence
// ("Apple fell! iPhone sales slumped." stays two).
bool continues_quote(std::string_view prev, std::string_view next) {
  return u_islower(first_code_point(next)) && ends_with_quoted_question(prev);
}

void find_paragraphs(Document& doc) {
  const std::string_view text = doc.text;
  for (size_t pos = doc.body_begin; pos < text.size();) {
    size_t end = std::min(text.find('\n', pos), text.size());
    Span p = trim(text, Span{uint32_t(pos), uint32_t(end)});
    if (p.size() > 0) doc.paragraphs.push_back(p);
    pos = end + 1;
  }
}

// ICU sentence boundaries inside paragraph `p`, read in place through a UTF-8 UText so
// boundaries are byte offsets (no UTF-16 copy).
void find_sentences(Document& doc, Span p) {
  UErrorCode err = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, doc.text.data() + p.begin, int64_t(p.size()), &err);
  icu::BreakIterator& it = sentence_iterator();
  const size_t first = doc.sentences.size();
  it.setText(&ut, err);
  check(err, "ICU sentence iterator");
  for (int32_t begin = it.first(), end = it.next(); end != icu::BreakIterator::DONE;
       begin = end, end = it.next()) {
    Span s = trim(doc.text, Span{p.begin + uint32_t(begin), p.begin + uint32_t(end)});
    if (s.size() == 0) continue;
    std::string_view prev = doc.sentences.size() > first ? doc.slice(doc.sentences.back()) : "";
    std::string_view next = doc.slice(s);
    if (!prev.empty() && (continues_abbreviation(prev, next) || continues_quote(prev, next) ||
                          continues_ticker(prev, next)))
      doc.sentences.back().end = s.end;
    else
      doc.sentences.push_back(s);
  }
  utext_close(&ut);
}

}  // namespace

void segment(Document& doc) {
  doc.paragraphs.clear();
  doc.sentences.clear();
  doc.drop_tokens();
  find_paragraphs(doc);
  for (Span p : doc.paragraphs) find_sentences(doc, p);
}

}  // namespace newsgraph
