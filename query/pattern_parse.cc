#include "query/pattern_parse.h"

#include <algorithm>
#include <cctype>

#include "graph/display_width.h"

namespace newsgraph {
namespace {

enum class TokenKind { kVariable, kString, kWord, kSymbol, kEnd };

struct Token {
  TokenKind kind = TokenKind::kEnd;
  std::string text;   // variable name, unquoted string, word or symbol
  size_t offset = 0;  // byte offset in the query
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_symbol(char c) {
  return c == '.' || c == '(' || c == ')' || c == '=' || c == '<' || c == '>';
}
bool is_word(char c) { return !is_space(c) && !is_symbol(c) && c != '"' && c != '?'; }

bool same_word(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

// Splits the query into tokens, one at a time.
class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  Token next() {
    while (at_ < text_.size() && is_space(text_[at_])) ++at_;
    Token t{TokenKind::kEnd, "", at_};
    if (at_ == text_.size()) return t;
    char c = text_[at_];
    if (c == '"') return string(t);
    if (c == '?') {
      ++at_;
      t.kind = TokenKind::kVariable;
      t.text = take_while(
          [](char x) { return std::isalnum(static_cast<unsigned char>(x)) || x == '_'; });
      if (t.text.empty()) throw error("a variable name after \"?\"", t.offset + 1);
      return t;
    }
    if (is_symbol(c)) {
      t.kind = TokenKind::kSymbol;
      t.text = std::string(1, c);
      ++at_;
      if ((c == '<' || c == '>') && at_ < text_.size() && text_[at_] == '=') t.text += text_[at_++];
      return t;
    }
    t.kind = TokenKind::kWord;
    t.text = take_while(is_word);
    return t;
  }

  // 1-based display column of a byte offset; a tab or newline counts as a space, as point_at
  // shows it.
  size_t column(size_t offset) const {
    std::string before(text_.substr(0, offset));
    std::replace_if(before.begin(), before.end(), is_space, ' ');
    return display_width(before) + 1;
  }

  PatternError error(const std::string& expected, size_t offset) const {
    return PatternError("expected " + expected, column(offset));
  }

 private:
  template <typename Pred>
  std::string take_while(Pred pred) {
    size_t start = at_;
    while (at_ < text_.size() && pred(text_[at_])) ++at_;
    return std::string(text_.substr(start, at_ - start));
  }

  // "..." with \" and \\ escapes.
  Token string(Token t) {
    t.kind = TokenKind::kString;
    for (++at_; at_ < text_.size() && text_[at_] != '"'; ++at_) {
      if (text_[at_] == '\\' && at_ + 1 < text_.size()) ++at_;
      t.text += text_[at_];
    }
    if (at_ == text_.size()) throw error("a closing '\"'", at_);
    ++at_;
    return t;
  }

  std::string_view text_;
  size_t at_ = 0;
};

// Recursive descent over the grammar in schemas/query.md, one token of lookahead.
class Parser {
 public:
  explicit Parser(std::string_view text) : lexer_(text) { advance(); }

  PatternQuery parse() {
    pattern();
    while (symbol(".")) {
      advance();
      if (token_.kind == TokenKind::kEnd || keyword()) break;  // a trailing "." is allowed
      pattern();
    }
    while (word("FILTER")) filter();
    if (word("ORDER")) order();
    if (word("LIMIT")) limit();
    if (token_.kind != TokenKind::kEnd)
      throw fail("\".\" and a pattern, FILTER, ORDER BY, LIMIT or the end of the query");
    return std::move(query_);
  }

 private:
  void advance() { token_ = lexer_.next(); }
  PatternError fail(const std::string& expected) const {
    return lexer_.error(expected, token_.offset);
  }
  bool symbol(std::string_view s) const {
    return token_.kind == TokenKind::kSymbol && token_.text == s;
  }
  bool word(std::string_view w) const {
    return token_.kind == TokenKind::kWord && same_word(token_.text, w);
  }
  bool keyword() const { return word("FILTER") || word("ORDER") || word("LIMIT"); }

  void expect_symbol(std::string_view s) {
    if (!symbol(s)) throw fail("\"" + std::string(s) + "\"");
    advance();
  }
  void expect_word(std::string_view w) {
    if (!word(w)) throw fail(std::string(w));
    advance();
  }

  Term term(const char* role) {
    if (token_.kind != TokenKind::kVariable && token_.kind != TokenKind::kString &&
        (token_.kind != TokenKind::kWord || keyword()))
      throw fail(std::string(role) + " (?variable, \"name\" or word)");
    Term t{token_.kind == TokenKind::kVariable, token_.text, column()};
    if (t.variable && std::find(query_.variables.begin(), query_.variables.end(), t.text) ==
                          query_.variables.end())
      query_.variables.push_back(t.text);
    advance();
    return t;
  }

  void pattern() {
    Pattern p;
    p.subject = term("a subject");
    p.predicate = term("a predicate");
    p.object = term("an object");
    query_.patterns.push_back(std::move(p));
  }

  size_t column() const { return lexer_.column(token_.offset); }

  std::string bound_variable() {
    if (token_.kind != TokenKind::kVariable) throw fail("a ?variable");
    if (std::find(query_.variables.begin(), query_.variables.end(), token_.text) ==
        query_.variables.end())
      throw fail("a variable bound by a pattern (?" + token_.text + " is in none)");
    std::string name = token_.text;
    advance();
    return name;
  }

  // FILTER type(?x) = TYPE | FILTER date (>= | <= | =) DATE
  void filter() {
    advance();
    if (word("type")) {
      advance();
      expect_symbol("(");
      std::string variable = bound_variable();
      expect_symbol(")");
      expect_symbol("=");
      std::string name = token_.text;
      std::transform(name.begin(), name.end(), name.begin(),
                     [](unsigned char c) { return std::toupper(c); });
      auto type = token_.kind == TokenKind::kWord ? parse_entity_type(name) : std::nullopt;
      if (!type) throw fail("an entity type: PERSON, ORG, PRODUCT or PLACE");
      query_.types.push_back({variable, *type});
      advance();
    } else if (word("date")) {
      advance();
      if (!symbol(">=") && !symbol("<=") && !symbol("=")) throw fail("\">=\", \"<=\" or \"=\"");
      std::string op = token_.text;
      advance();
      std::string date = token_.text;
      if (token_.kind != TokenKind::kWord || !is_date(date))
        throw fail("a date: YYYY, YYYY-MM or YYYY-MM-DD");
      if (op != "<=") query_.dates.since = date;
      if (op != ">=") query_.dates.until = date;
      advance();
    } else {
      throw fail("type(?variable) or date after FILTER");
    }
  }

  // ORDER BY (?x | date) [ASC | DESC]
  void order() {
    advance();
    expect_word("BY");
    if (word("date")) {
      query_.order_by = "date";
      advance();
    } else {
      query_.order_by = bound_variable();
    }
    if (word("ASC") || word("DESC")) {
      query_.descending = word("DESC");
      advance();
    }
  }

  void limit() {
    advance();
    const std::string& n = token_.text;
    if (token_.kind != TokenKind::kWord || n.empty() || n.size() > 9 ||
        !std::all_of(n.begin(), n.end(), [](unsigned char c) { return std::isdigit(c); }) ||
        std::stoul(n) == 0)
      throw fail("a number of rows (1 or more) after LIMIT");
    query_.limit = std::stoul(n);
    advance();
  }

  Lexer lexer_;
  Token token_;
  PatternQuery query_;
};

}  // namespace

PatternError::PatternError(const std::string& message, size_t column)
    : QueryError("column " + std::to_string(column) + ": " + message), column_(column) {}

PatternQuery parse_pattern_query(std::string_view text) { return Parser(text).parse(); }

std::string point_at(std::string_view text, const PatternError& error) {
  std::string line(text);
  std::replace_if(line.begin(), line.end(), is_space, ' ');
  return "  " + line + "\n  " + std::string(error.column() - 1, ' ') + "^";
}

}  // namespace newsgraph
