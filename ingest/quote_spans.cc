#include "ingest/quote_spans.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "ingest/quote_lexicon.h"
#include "ingest/tokens.h"

namespace newsgraph {
namespace {

enum class Mark { kNone, kOpen, kClose };

// A mark closes only an opening mark of its own kind and style: ” closes “, ' closes '.
enum class Style { kCurly, kStraight, kLow, kGuillemet };

struct MarkKind {
  Mark mark = Mark::kNone;
  bool single = false;
  Style style = Style::kCurly;
};

struct Open {
  bool single;
  Style style;
  Span mark;
};

constexpr size_t kMaxDepth = 3;


// Code point before byte i, not before `begin`.
UChar32 before(std::string_view text, int32_t begin, int32_t i) {
  if (i <= begin) return U_SENTINEL;
  UChar32 c;
  U8_PREV(text.data(), begin, i, c);
  return c;
}

bool space(UChar32 c) { return c < 0 || u_isUWhiteSpace(c); }
bool alnum(UChar32 c) { return c >= 0 && u_isalnum(c); }
bool opening_punct(UChar32 c) {
  return c == '(' || c == '[' || c == '{' || c == 0x2014 || c == 0x2013 || c == '-' || c == '/' ||
         c == 0x201C || c == 0x2018 || c == '"' || c == '\'' || c == 0x00AB;
}

// The word after an apostrophe at [.., word_begin): an elision like 'n' or 'em, or a decade.
bool elision_follows(std::string_view text, int32_t word_begin, int32_t end) {
  int32_t i = word_begin;
  if (u_isdigit(code_point_at(text, i, end))) return true;
  while (i < end && alnum(code_point_at(text, i, end, nullptr))) code_point_at(text, i, end, &i);
  if (i == word_begin) return false;
  return (quote_lexicon().of(text.substr(word_begin, i - word_begin)) & kElision) != 0;
}

// "rock 'n' roll": the mark at i closes an elision that an apostrophe opened.
bool closes_elision(std::string_view text, int32_t begin, int32_t i) {
  int32_t w = i;
  while (w > begin && alnum(before(text, begin, w))) U8_BACK_1(reinterpret_cast<const uint8_t*>(text.data()), begin, w);
  UChar32 mark = before(text, begin, w);
  if (w == i || (mark != '\'' && mark != 0x2019)) return false;
  return (quote_lexicon().of(text.substr(w, i - w)) & kElision) != 0;
}

bool is_open(const std::vector<Open>& stack, bool single, Style style) {
  for (const Open& o : stack)
    if (o.single == single && o.style == style) return true;
  return false;
}

// What the mark c at [i, next) is, given its neighbours and the open marks.
MarkKind classify(std::string_view text, int32_t begin, int32_t i, int32_t next, int32_t end,
                  UChar32 c, const std::vector<Open>& stack) {
  // most characters are no mark: skip the look-ups of their neighbours (a tenth of `extract`)
  if (c != '"' && c != '\'' && (c < 0x00AB || (c > 0x00BB && c < 0x2018) || c > 0x201E)) return {};
  UChar32 prev = before(text, begin, i), after = code_point_at(text, next, end);
  bool opens = (space(prev) || opening_punct(prev)) && !space(after);
  bool closes = !space(prev) && !alnum(after);
  switch (c) {
    case 0x201C:  // “ opens, or closes a „ quotation
      if (is_open(stack, false, Style::kLow)) return {Mark::kClose, false, Style::kLow};
      return {Mark::kOpen, false, Style::kCurly};
    case 0x201E:
      return {Mark::kOpen, false, Style::kLow};
    case 0x00AB:
      return {Mark::kOpen, false, Style::kGuillemet};
    case 0x00BB:
      return {Mark::kClose, false, Style::kGuillemet};
    case 0x201D:
      return {Mark::kClose, false, Style::kCurly};
    case '"':
      if (!stack.empty() && !stack.back().single && stack.back().style == Style::kStraight)
        return {Mark::kClose, false, Style::kStraight};
      if (opens) return {Mark::kOpen, false, Style::kStraight};
      return {is_open(stack, false, Style::kStraight) ? Mark::kClose : Mark::kNone, false,
              Style::kStraight};
    case 0x2018:
      if (elision_follows(text, next, end)) return {};
      return {Mark::kOpen, true, Style::kCurly};
    case 0x2019:
    case '\'': {
      Style style = c == '\'' ? Style::kStraight : Style::kCurly;
      if (closes && is_open(stack, true, style) && !closes_elision(text, begin, i)) {
        // "the companies’ shares": a plural possessive, not the end of the quotation
        bool plural_possessive = (prev == 's' || prev == 'S') && after == ' ' &&
                                 u_islower(code_point_at(text, next + 1, end));
        if (!plural_possessive) return {Mark::kClose, true, style};
        return {};
      }
      if (c == '\'' && opens && alnum(after) && !elision_follows(text, next, end))
        return {Mark::kOpen, true, style};
      return {};
    }
    default:
      return {};
  }
}

bool has_alnum(std::string_view s) {
  for (int32_t i = 0, n = int32_t(s.size()); i < n;)
    if (alnum(code_point_at(s, i, n, &i))) return true;
  return false;
}

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  // Scans paragraph p from byte `from`; returns true when a quotation is left open at its end.
  bool scan(Span p, uint32_t from) {
    int32_t end = int32_t(p.end);
    for (int32_t i = int32_t(from); i < end;) {
      int32_t next;
      UChar32 c = code_point_at(text_, i, end, &next);
      MarkKind m = classify(text_, int32_t(p.begin), i, next, end, c, stack_);
      Span mark{uint32_t(i), uint32_t(next)};
      if (m.mark == Mark::kOpen) {
        if (stack_.empty()) outer_ = mark;
        if (stack_.size() < kMaxDepth) stack_.push_back({m.single, m.style, mark});
      } else if (m.mark == Mark::kClose) {
        close(m, mark);
      }
      i = next;
    }
    return !stack_.empty();
  }

  // Continues the open quotation into paragraph p when p opens with a mark of its kind;
  // returns the byte after that mark, or 0 when p does not continue it.
  uint32_t reopens(Span p) const {
    int32_t i = int32_t(p.begin), end = int32_t(p.end), next;
    UChar32 c = code_point_at(text_, i, end, &next);
    while (space(c) && i < end) c = code_point_at(text_, i = next, end, &next);
    bool single = stack_.front().single;
    bool match = single ? (c == 0x2018 || c == '\'') : (c == 0x201C || c == '"' || c == 0x00AB || c == 0x201E);
    return match ? uint32_t(next) : 0;
  }

  // Ends the quotation left open in paragraph p without a closing mark; returns where to scan
  // on. One continued from an earlier paragraph ends at p's end. One opened in p ends at the
  // first sentence end after its mark ('.', '?' or '!' before a space) and the scan goes on
  // from there: an unmatched mark (a scare quote read as open) must not swallow the quotations
  // after it when a text has few paragraph breaks (wire copy flattened to one line).
  uint32_t cut(Span p) {
    uint32_t end = p.end;
    if (outer_.begin >= p.begin) end = sentence_end(outer_.end, p.end);
    cut_at(end);
    return end;
  }

  // Keeps only the outermost mark open (the paragraph break ends any nested quotation).
  void keep_outer() { stack_.resize(1); }

  std::vector<QuoteSpan> spans;

 private:
  // The byte after the first '.', '?' or '!' in [from, end) that a space follows, else end.
  uint32_t sentence_end(uint32_t from, uint32_t end) const {
    for (uint32_t i = from; i + 1 < end; ++i) {
      char c = text_[i];
      if ((c == '.' || c == '?' || c == '!') && (text_[i + 1] == ' ' || text_[i + 1] == '\t')) return i + 1;
    }
    return end;
  }

  // Ends the open quotation at `end` without a closing mark, trailing spaces left out.
  void cut_at(uint32_t end) {
    while (end > outer_.end && space(before(text_, int32_t(outer_.end), int32_t(end)))) {
      int32_t e = int32_t(end);
      U8_BACK_1(reinterpret_cast<const uint8_t*>(text_.data()), int32_t(outer_.end), e);
      end = uint32_t(e);
    }
    emit({end, end});
  }

  void close(MarkKind m, Span mark) {
    for (size_t k = stack_.size(); k-- > 0;) {
      if (stack_[k].single != m.single || stack_[k].style != m.style) continue;
      stack_.resize(k);  // closes any quotation left open inside it
      if (k == 0) emit(mark);
      return;
    }
  }

  void emit(Span close_mark) {
    stack_.clear();
    Span inner{outer_.end, close_mark.begin};
    if (has_alnum(text_.substr(inner.begin, inner.size())))
      spans.push_back({inner, outer_, close_mark});
  }

  std::string_view text_;
  std::vector<Open> stack_;
  Span outer_;
};

}  // namespace

std::vector<QuoteSpan> find_quote_spans(std::string_view text, const std::vector<Span>& paragraphs) {
  Scanner scanner(text);
  uint32_t from = paragraphs.empty() ? 0 : paragraphs.front().begin;
  for (size_t k = 0; k < paragraphs.size(); ++k) {
    Span p = paragraphs[k];
    uint32_t at = std::max(from, p.begin);
    from = 0;
    while (scanner.scan(p, at)) {
      if (k + 1 < paragraphs.size()) {
        if (uint32_t next = scanner.reopens(paragraphs[k + 1])) {
          scanner.keep_outer();
          from = next;
          break;
        }
      }
      at = scanner.cut(p);
    }
  }
  return std::move(scanner.spans);
}

}  // namespace newsgraph
