// The triple-pattern query language, parsing stage: text -> PatternQuery. Grammar (EBNF),
// semantics and examples: schemas/query.md.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/extraction.h"
#include "query/dates.h"
#include "query/resolve.h"

namespace newsgraph {

/// A part of a pattern: a variable (`?x`, text "x") or a constant (an entity name, a
/// predicate, a literal value), with the 1-based column where it starts.
struct Term {
  bool variable = false;
  std::string text;
  size_t column = 0;
};

/// subject predicate object
struct Pattern {
  Term subject, predicate, object;
};

struct TypeFilter {
  std::string variable;
  EntityType type = EntityType::kOrg;
};

struct PatternQuery {
  std::vector<Pattern> patterns;        // joined on shared variables
  std::vector<std::string> variables;   // in order of first appearance
  std::vector<TypeFilter> types;        // FILTER type(?x) = TYPE
  DateRange dates;                      // FILTER date >= / <= / = DATE
  std::optional<std::string> order_by;  // a variable, or "date" (of a row's newest fact)
  bool descending = false;
  size_t limit = 0;  // LIMIT; 0 = none
};

/// A malformed query: what() is "column N: what was expected", N the 1-based display column
/// (graph/display_width.h) of the offending token or of the end of the query.
class PatternError : public QueryError {
 public:
  PatternError(const std::string& message, size_t column);
  size_t column() const { return column_; }

 private:
  size_t column_;
};

/// Parses `text`. Throws PatternError on a syntax error, an unknown type, a malformed date,
/// or a variable in FILTER / ORDER BY that no pattern binds.
PatternQuery parse_pattern_query(std::string_view text);

/// The query on one line and, under it, a caret at the error's column, both indented by two
/// spaces; for error messages.
std::string point_at(std::string_view text, const PatternError& error);

}  // namespace newsgraph
