#include "ingest/segment.h"

#include <memory>
#include <stdexcept>

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

namespace newsgraph {
namespace lexicon_data {
std::string_view sentence_abbreviations();  // ingest/lexicons/sentence_abbreviations.txt
}

namespace {

void check(UErrorCode err, const char* what) {
  if (U_FAILURE(err)) throw std::runtime_error(std::string(what) + ": " + u_errorName(err));
}

// ICU's English sentence rules with CLDR's standard suppressions (as "en@ss=standard") plus
// the abbreviations of sentence_abbreviations.txt.
std::unique_ptr<icu::BreakIterator> make_sentence_iterator() {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Locale en("en");
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createInstance(en, err));
  check(err, "ICU sentence suppressions");
  std::string_view data = lexicon_data::sentence_abbreviations();
  for (size_t pos = 0; pos < data.size();) {
    size_t end = std::min(data.find('\n', pos), data.size());
    std::string_view line = data.substr(pos, end - pos);
    if (!line.empty() && line[0] != '#')
      builder->suppressBreakAfter(icu::UnicodeString::fromUTF8({line.data(), int32_t(line.size())}), err);
    pos = end + 1;
  }
  std::unique_ptr<icu::BreakIterator> it(
      builder->build(icu::BreakIterator::createSentenceInstance(en, err), err));
  check(err, "ICU sentence iterator");
  return it;
}

// This thread's sentence iterator. Building one loads rule data, so each thread clones a
// shared prototype once and reuses it.
icu::BreakIterator& sentence_iterator() {
  static const std::unique_ptr<icu::BreakIterator> prototype = make_sentence_iterator();
  thread_local const std::unique_ptr<icu::BreakIterator> local(prototype->clone());
  return *local;
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
bool continues_quote(std::string_view text, Span prev, Span next) {
  int32_t i = int32_t(next.begin);
  UChar32 c;
  U8_NEXT(text.data(), i, int32_t(next.end), c);
  return u_islower(c) && ends_with_quoted_question(text.substr(prev.begin, prev.size()));
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
    if (doc.sentences.size() > first && continues_quote(doc.text, doc.sentences.back(), s))
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
  find_paragraphs(doc);
  for (Span p : doc.paragraphs) find_sentences(doc, p);
}

}  // namespace newsgraph
