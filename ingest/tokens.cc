#include "ingest/tokens.h"

#include <cctype>
#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "ingest/lexicon.h"

namespace newsgraph {

UChar32 code_point_at(std::string_view text, int32_t i, int32_t end, int32_t* next) {
  if (i < 0 || i >= end) {
    if (next) *next = i;
    return U_SENTINEL;
  }
  UChar32 c;
  U8_NEXT(text.data(), i, end, c);
  if (next) *next = i;
  return c;
}

namespace {

struct Cursor {
  std::string_view text;
  int32_t end;

  UChar32 at(int32_t i, int32_t* next = nullptr) const {
    if (i >= 0 && i < end && static_cast<unsigned char>(text[i]) < 0x80) {  // ASCII fast path
      if (next) *next = i + 1;
      return static_cast<unsigned char>(text[i]);
    }
    return code_point_at(text, i, end, next);
  }
};

// ICU character properties with an ASCII fast path (most news text is ASCII; the ICU calls
// were a fifth of tokenising). Same answers as the ICU functions for every code point.
bool ascii(UChar32 c) { return c >= 0 && c < 0x80; }
bool is_digit(UChar32 c) { return ascii(c) ? c >= '0' && c <= '9' : u_isdigit(c); }
bool is_alpha(UChar32 c) {
  return ascii(c) ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : u_isalpha(c);
}
bool is_lower(UChar32 c) { return ascii(c) ? c >= 'a' && c <= 'z' : u_islower(c); }
bool is_upper(UChar32 c) { return ascii(c) ? c >= 'A' && c <= 'Z' : u_isupper(c) || u_istitle(c); }
bool is_space(UChar32 c) {
  return ascii(c) ? c == ' ' || (c >= '\t' && c <= '\r') : u_isUWhiteSpace(c);
}
bool is_word_char(UChar32 c) {
  if (ascii(c)) return is_digit(c) || is_alpha(c);
  return c >= 0 && (u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0);
}
bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }
bool is_hyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011; }

// "'s" / "’s" followed by a non-word character: a possessive clitic starts at i.
bool possessive_at(const Cursor& cur, int32_t i) {
  int32_t j, k;
  if (!is_apostrophe(cur.at(i, &j))) return false;
  UChar32 s = cur.at(j, &k);
  return (s == 's' || s == 'S') && !is_word_char(cur.at(k));
}

// Scans a word or number starting at i; returns its end and whether it is all digits.
int32_t scan_word(const Cursor& cur, int32_t i, bool* numeric) {
  int32_t j;
  UChar32 first = cur.at(i, &j);
  *numeric = is_digit(first);
  // Dotted initialism: "U.S.", "U.K.", "e.g.".
  if (is_alpha(first) && cur.at(j) == '.') {
    int32_t k = j + 1, m;
    if (is_alpha(cur.at(k, &m)) && cur.at(m) == '.') {
      while (is_alpha(cur.at(k, &m)) && cur.at(m) == '.') k = m + 1;
      return k;
    }
  }
  i = j;
  for (;;) {
    int32_t n;
    UChar32 c = cur.at(i, &n);
    if (is_word_char(c)) {
      if (!is_digit(c)) *numeric = false;
      i = n;
      continue;
    }
    int32_t m;
    UChar32 after = cur.at(n, &m);
    bool joins = (is_hyphen(c) && is_word_char(after)) ||
                 (*numeric && (c == '.' || c == ',') && is_digit(after)) ||
                 (is_apostrophe(c) && is_alpha(after) && !possessive_at(cur, i));
    if (!joins) return i;
    i = n;
  }
}

bool capitalised(const Cursor& cur, int32_t b, int32_t e) {
  int32_t i = b;
  UChar32 first = cur.at(i, &i);
  if (is_upper(first)) return true;
  if (!is_lower(first)) return false;
  while (i < e) {  // an inner capital after a lower-case start: "iPhone", "eBay"
    UChar32 c = cur.at(i, &i);
    if (is_upper(c)) return true;
    if (is_hyphen(c)) return false;
  }
  return false;
}

bool is_abbreviation(std::string_view w) {
  static constexpr std::string_view kAbbrev[] = {"Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Inc",
                                                 "Corp", "Co", "Ltd", "Jr", "Sr", "No", "vs"};
  return std::find(std::begin(kAbbrev), std::end(kAbbrev), w) != std::end(kAbbrev);
}

bool is_opening_mark(std::string_view p) {
  return p == "\"" || p == "\u201c" || p == "\u2018" || p == "(" || p == "'" || p == "\u00ab";
}

// An ASCII mark opens a quotation when a space (or nothing) precedes it and a word follows it.
bool opens_quotation(std::string_view text, Span mark) {
  if (text[mark.begin] != '"' && text[mark.begin] != '\'') return true;
  bool space_before = mark.begin == 0 || text[mark.begin - 1] == ' ' || text[mark.begin - 1] == '\n';
  bool word_after = mark.end < text.size() && text[mark.end] != ' ' && text[mark.end] != '\n';
  return space_before && word_after;
}

// A word starts a sentence after a line break, after . ! ? (not after "Mr.", nor a stop inside
// a word such as "ADBE.O"), or right after an opening quotation mark.
void mark_sentence_starts(std::string_view text, std::vector<Token>& tokens,
                          const std::vector<uint32_t>& starts) {
  bool boundary = true, after_opening = false;
  std::string_view prev_word;
  auto start = starts.begin();  // the first start not before the token (both are in order)
  for (Token& t : tokens) {
    std::string_view s = text.substr(t.span.begin, t.span.size());
    bool opening = t.kind == Token::Kind::kPunct && is_opening_mark(s) && s != "(" &&
                   opens_quotation(text, t.span);
    if (opening) after_opening = true;
    if (t.line_start) boundary = true;
    while (start != starts.end() && *start < t.span.begin) ++start;
    if (start != starts.end() && *start == t.span.begin) boundary = true;
    if (t.kind == Token::Kind::kPunct) {
      if (s == "." || s == "!" || s == "?" || s == "\u2026") {
        // a stop with a letter right after it is inside a word: the ticker "ADBE.O", "Yahoo.com"
        bool glued = t.span.end < text.size() && std::isalnum(static_cast<unsigned char>(text[t.span.end]));
        if (!glued && !(s == "." && is_abbreviation(prev_word))) boundary = true;
      } else if (!is_opening_mark(s) && !is_possessive(s)) {
        boundary = boundary && (s == "\u201d" || s == "\"" || s == "\u2019");
      }
      if (!opening) after_opening = false;
      continue;
    }
    t.sentence_start = boundary || after_opening;
    boundary = after_opening = false;
    prev_word = s;
  }
}

// The tokens of text[begin, end) with every flag but sentence_start.
std::vector<Token> scan(std::string_view text, uint32_t begin, uint32_t end) {
  Cursor cur{text, static_cast<int32_t>(std::min<size_t>(end, text.size()))};
  std::vector<Token> out;
  bool line_start = true;
  int32_t i = static_cast<int32_t>(begin);
  while (i < cur.end) {
    int32_t next;
    UChar32 c = cur.at(i, &next);
    if (c == '\n' || c == '\r' || c == 0x2029) line_start = true;
    if (is_space(c) || c < 0) {
      i = next;
      continue;
    }
    Token t;
    t.line_start = line_start;
    line_start = false;
    if (possessive_at(cur, i)) {
      cur.at(next, &next);  // the "s"
      t.span = {uint32_t(i), uint32_t(next)};
    } else if (is_word_char(c)) {
      bool numeric = false;
      next = scan_word(cur, i, &numeric);
      t.kind = numeric ? Token::Kind::kNumber : Token::Kind::kWord;
      t.capitalised = !numeric && capitalised(cur, i, next);
      t.span = {uint32_t(i), uint32_t(next)};
    } else {
      t.span = {uint32_t(i), uint32_t(next)};
    }
    out.push_back(t);
    i = next;
  }
  return out;
}

// Where the tokens of text[begin, end) start in `all`, the tokens of text[0, end): the scanner
// keeps no state across white space but line_start, so when no token straddles `begin` they
// are the tokens of `all` from there on, the first starting a line. npos when one straddles it.
size_t first_token_at(const std::vector<Token>& all, uint32_t begin) {
  auto first = std::lower_bound(all.begin(), all.end(), begin,
                                [](const Token& t, uint32_t b) { return t.span.begin < b; });
  if (first != all.begin() && std::prev(first)->span.end > begin) return std::string_view::npos;
  return size_t(first - all.begin());
}

}  // namespace

LowerForms::LowerForms(std::string_view text, const std::vector<Token>& tokens) {
  chars_.reserve(tokens.empty() ? 0 : tokens.back().span.end - tokens.front().span.begin);
  end_.reserve(tokens.size());
  for (const Token& t : tokens) {
    append_lower(chars_, text.substr(t.span.begin, t.span.size()));
    end_.push_back(uint32_t(chars_.size()));
  }
}

LowerForms LowerForms::tail(size_t first) const {
  LowerForms out;
  uint32_t from = first < end_.size() ? begin(first) : uint32_t(chars_.size());
  out.chars_ = chars_.substr(from);
  for (size_t i = first; i < end_.size(); ++i) out.end_.push_back(end_[i] - from);
  return out;
}

bool is_possessive(std::string_view t) {
  return t == "'s" || t == "'S" || t == "\u2019s" || t == "'" || t == "\u2019";
}

std::vector<Token> tokenize(std::string_view text, uint32_t begin, uint32_t end,
                            const std::vector<uint32_t>& sentence_starts) {
  std::vector<Token> out = scan(text, begin, end);
  mark_sentence_starts(text, out, sentence_starts);
  return out;
}

DocumentTokens tokenize_document(std::string_view text, uint32_t body_begin,
                                 const std::vector<Span>& sentences) {
  std::vector<uint32_t> starts;
  starts.reserve(sentences.size());
  for (Span s : sentences) starts.push_back(s.begin);
  const auto end = uint32_t(text.size());
  DocumentTokens out;
  out.all = scan(text, 0, end);
  out.all_lower = LowerForms(text, out.all);
  if (size_t first = first_token_at(out.all, body_begin); first != std::string_view::npos) {
    out.body.assign(out.all.begin() + ptrdiff_t(first), out.all.end());
    if (!out.body.empty()) out.body.front().line_start = true;
    out.body_lower = out.all_lower.tail(first);
  } else {
    out.body = scan(text, body_begin, end);
    out.body_lower = LowerForms(text, out.body);
  }
  out.body_plain = out.body;
  mark_sentence_starts(text, out.all, starts);
  mark_sentence_starts(text, out.body, starts);
  mark_sentence_starts(text, out.body_plain, {});
  return out;
}

}  // namespace newsgraph
