// `newsgraph related`, `path`, `timeline` and `top`: questions about how entities connect.
#include <cctype>

#include <fmt/format.h>

#include "graph/entity_links.h"
#include "query/path.h"
#include "query/related.h"
#include "query/resolve.h"
#include "query/top.h"
#include "query/triples.h"
#include "tools/query_cli.h"
#include "tools/synopsis.h"

namespace newsgraph::cli {

Runner add_related(CLI::App& app) {
  auto* cmd = app.add_subcommand("related", "Entities linked to one, with the facts linking them");
  cmd->footer(std::string(kQueryOptionsHelp) +
              "\nA quote links its speaker to each entity it names (-said->) and the entities it "
              "names to each other (-about-). Rows: fewest hops first, then most facts, then most "
              "mentioned.\n"
              "Examples: newsgraph related Halcyon\n"
              "          newsgraph related \"Priya Natarajan\" --depth 2 --limit 50\n"
              "          newsgraph related Microsoft --predicate hosts --format json");
  auto o = std::make_shared<QueryOptions>();
  auto name = std::make_shared<std::string>();
  auto query = std::make_shared<RelatedQuery>();
  auto predicate = std::make_shared<std::string>();
  cmd->add_option("name", *name, "Entity name or alias")->required();
  set_synopsis(*cmd, "give an entity name", "newsgraph related NAME");
  cmd->add_option("--predicate", *predicate,
                  "Only links of this predicate (said, about, role, "
                  "develops, hosts, ...; an unknown one lists them all, exit 2)")
      ->check(CLI::IsMember(link_predicates()));
  cmd->add_option("--depth", query->depth, "Links away from the entity (1 or more)")
      ->check(whole_number(1, 1000))
      ->capture_default_str();
  add_max_facts_option(*cmd, query->max_facts);
  o->add_to(*cmd, 20);
  return [=] {
    return with_store(o->store, [&](const Store& store) {
      query->dates = o->dates();
      if (!predicate->empty()) query->predicate = *predicate;
      PartialRead partial;
      unsigned depth_read = 0;
      query->enough = o->limit;
      ResultSet rows = related_results(find_related(store, *name, *query, &partial, &depth_read));
      warn_partial(partial, query->max_facts,
                   "entities linked only through the facts left out are not listed");
      if (depth_read < query->depth)
        warn("entities more than " + std::to_string(depth_read) + " link" +
             (depth_read == 1 ? "" : "s") + " away were not read: the " +
             std::to_string(o->limit) + " rows of --limit are all nearer");
      return print_results(std::move(rows), *o, [&] {
        std::string flags = o->date_flags();
        if (query->depth > 1)
          flags = "--depth " + std::to_string(query->depth) + (flags.empty() ? "" : " ") + flags;
        return "nothing related: " + known_entity(store, *name) + " has no " +
               (predicate->empty() ? "" : *predicate + " ") + "links" +
               (flags.empty() ? "" : " (" + flags + ")");
      });
    });
  };
}

Runner add_path(CLI::App& app) {
  auto* cmd = app.add_subcommand("path", "The shortest chain of facts linking two entities");
  cmd->footer(std::string(kQueryOptionsHelp) +
              "\nEach step is one fact with its evidence: document, date, rule, byte offsets "
              "(json/csv/tsv). Exit 0 with no rows (and a note on stderr) when they are not connected.\n"
              "Examples: newsgraph path \"Priya Natarajan\" Microsoft\n"
              "          newsgraph path Nvidia \"Northgate Ventures\" --since 2025-01 --format json");
  auto o = std::make_shared<QueryOptions>();
  auto from = std::make_shared<std::string>(), to = std::make_shared<std::string>();
  cmd->add_option("from", *from, "Entity name or alias")->required();
  cmd->add_option("to", *to, "Entity name or alias")->required();
  set_synopsis(*cmd, "give two entity names", "newsgraph path FROM TO");
  auto max_facts = std::make_shared<size_t>();
  add_max_facts_option(*cmd, *max_facts);
  o->add_to(*cmd);
  return [=] {
    return with_store(o->store, [&](const Store& store) {
      if (resolve_entity(store, *from) == resolve_entity(store, *to)) {
        error(fmt::format("\"{}\" and \"{}\" name the same entity: no path to find", *from, *to));
        return int(kUsage);
      }
      PartialRead partial;
      ResultSet steps =
          path_results(find_path(store, *from, *to, o->dates(), *max_facts, &partial));
      warn_partial(partial, *max_facts,
                   steps.rows.empty() ? "a chain may go through the facts left out"
                                      : "a shorter chain may go through the facts left out");
      return print_results(std::move(steps), *o, [&] {
        return "no path: no chain of facts links " + known_entity(store, *from) + " and " +
               known_entity(store, *to) + o->in_dates();
      });
    });
  };
}

Runner add_timeline(CLI::App& app) {
  auto* cmd = app.add_subcommand("timeline", "Events and quotes involving an entity, by date");
  cmd->footer(
      std::string(kQueryOptionsHelp) +
      "\nRows: quotes by and about it, roles, relations; oldest first, undated last.\n"
      "Examples: newsgraph timeline Halcyon\n"
      "          newsgraph timeline \"Priya Natarajan\" --since 2025 --until 2025-03-10 --format csv");
  auto o = std::make_shared<QueryOptions>();
  auto name = std::make_shared<std::string>();
  cmd->add_option("name", *name, "Entity name or alias")->required();
  set_synopsis(*cmd, "give an entity name", "newsgraph timeline NAME");
  o->add_to(*cmd);
  return [=] {
    return with_store(o->store, [&](const Store& store) {
      return print_results(triple_results(timeline(store, *name, o->dates())), *o, [&] {
        return "nothing to show: " + known_entity(store, *name) +
               " has no quotes, roles or relations" + o->in_dates();
      });
    });
  };
}

Runner add_top(CLI::App& app) {
  auto* cmd = app.add_subcommand("top", "The most central entities");
  cmd->footer(std::string(kQueryOptionsHelp) +
              "\n--by mentions: mention count (with a date bound: documents in range); quotes: "
              "quotes by plus about it; pagerank: PageRank over the graph, facts read both ways, "
              "scores summing to 1. component: its connected component, 1 the largest.\n"
              "Examples: newsgraph top\n"
              "          newsgraph top --type PERSON --by quotes --limit 10\n"
              "          newsgraph top --by pagerank --since 2025-01 --format csv");
  auto o = std::make_shared<QueryOptions>();
  auto type = std::make_shared<std::string>(), by = std::make_shared<std::string>("mentions");
  cmd->add_option("--type", *type, "Only entities of this type")
      ->check(CLI::IsMember({"PERSON", "ORG", "PRODUCT", "PLACE"}, CLI::ignore_case));
  cmd->add_option("--by", *by, "Ranking")
      ->check(CLI::IsMember({"mentions", "quotes", "pagerank"}))
      ->capture_default_str();
  o->add_to(*cmd, 20);
  return [=] {
    return with_store(o->store, [&](const Store& store) {
      TopQuery query{.by = *parse_centrality(*by), .dates = o->dates()};
      std::string upper = *type;  // --type person is PERSON (the check ignores case)
      for (char& c : upper) c = char(std::toupper(static_cast<unsigned char>(c)));
      if (!upper.empty()) query.type = parse_entity_type(upper);
      return print_results(top_results(top_entities(store, query), query.by), *o, [&] {
        return "no entities: no entity" + (upper.empty() ? std::string() : " of type " + upper) +
               " is mentioned" + o->in_dates();
      });
    });
  };
}

}  // namespace newsgraph::cli
