// `newsgraph query 'PATTERN'`: the triple-pattern language (schemas/query.md).
#include <iostream>

#include "query/pattern_query.h"
#include "tools/query_cli.h"
#include "tools/synopsis.h"

namespace newsgraph::cli {

Runner add_pattern_query(CLI::App& app) {
  auto* cmd = app.add_subcommand("query", "Triple patterns joined on shared variables");
  cmd->footer(
      std::string(kQueryOptionsHelp) +
      "\nA query is patterns `subject predicate object` separated by \".\", then optional\n"
      "FILTER type(?x) = PERSON|ORG|PRODUCT|PLACE, FILTER date >=|<=|= DATE, ORDER BY ?x|date\n"
      "[ASC|DESC], LIMIT N. Names with spaces go in double quotes. Grammar: schemas/query.md.\n"
      "Examples:\n"
      "  newsgraph query '?org develops ?product'\n"
      "  newsgraph query '?p said ?q . ?q about Lumen FILTER type(?p) = PERSON ORDER BY date "
      "DESC'\n"
      "  newsgraph query '?x invests_in ?y . ?y develops ?p LIMIT 10' --format json\n"
      "  newsgraph query '\"Priya Natarajan\" role ?org'");
  auto o = std::make_shared<QueryOptions>();
  auto text = std::make_shared<std::string>();
  cmd->add_option("pattern", *text, "The query, quoted for the shell")->required();
  set_synopsis(*cmd, "give a triple pattern, quoted", "newsgraph query 'PATTERN'");
  o->add_to(*cmd);
  return [=] {
    PatternQuery query;
    try {
      query = parse_pattern_query(*text);
    } catch (const PatternError& e) {
      error(std::string("query: ") + e.what() + "\n" + point_at(*text, e));
      return int(kUsage);
    }
    return with_store(o->store, [&](const Store& store) {
      return print_results(pattern_results(run_pattern_query(store, query, o->dates())), *o, [&] {
        return "no match: no facts of the store fit the pattern" + o->in_dates();
      });
    });
  };
}

}  // namespace newsgraph::cli
