// `newsgraph quotes` and `newsgraph entity`: the who-said-what questions.
#include <iostream>

#include "query/card.h"
#include "query/quotes.h"
#include "tools/query_cli.h"
#include "tools/synopsis.h"

namespace newsgraph::cli {
namespace {

struct QuotesOptions {
  QueryOptions query;
  std::string about, by, kind;
  bool include_related = false;
};

// Why no quote matched: the entity named has none by or about it at all, or none of those
// it has passes the other options ("none of the 4 quotes about "Lumen" (PRODUCT) matches
// --kind indirect"). Reads the quotes of the one entity, or counts the store's.
std::string why_no_quotes(const Store& store, const QuotesOptions& o) {
  QuoteFilter base{.include_related = o.include_related};
  std::string entity, link, restrictions;  // "Lumen" (PRODUCT); "about"; " --kind indirect"
  if (!o.by.empty()) {
    base.by = o.by;
    entity = known_entity(store, o.by);
    link = "by";
    if (!o.about.empty()) restrictions += " --about \"" + o.about + "\"";
  } else if (!o.about.empty()) {
    base.about = o.about;
    entity = known_entity(store, o.about);
    link = "about";
  }
  if (!o.kind.empty()) restrictions += " --kind " + o.kind;
  if (!o.query.date_flags().empty()) restrictions += " " + o.query.date_flags();
  const std::string related = base.about && o.include_related ? " or the products it develops" : "";
  // The store's own count when no entity is named: no quote need be read to count them all.
  size_t all = entity.empty() ? store.stats().quotes : find_quote_page(store, base, 1).total;
  if (all == 0 && entity.empty()) return "no quotes: the store holds none";
  if (all == 0)
    return "no quotes: " + entity + " is in the store, but no quote is " + link + " it" + related;
  std::string of = entity.empty() ? "" : " " + link + " " + entity + related;
  return "no quotes: none of the " + counted(all, "quote", "quotes") + of + " matches" +
         restrictions;
}

int run_quotes(const QuotesOptions& o) {
  return with_store(o.query.store, [&](const Store& store) {
    QuoteFilter f{.dates = o.query.dates(), .include_related = o.include_related};
    if (!o.about.empty()) f.about = o.about;
    if (!o.by.empty()) f.by = o.by;
    if (!o.kind.empty()) f.kind = o.kind;
    QuotePage page = find_quote_page(store, f, o.query.limit);
    return print_results(quote_results(page.rows), o.query, page.total,
                         [&] { return why_no_quotes(store, o); });
  });
}

}  // namespace

Runner add_quotes(CLI::App& app) {
  auto* cmd = app.add_subcommand("quotes", "Who said what about whom, newest first");
  cmd->footer(std::string(kQueryOptionsHelp) +
              "\nExamples: newsgraph quotes --about Halcyon --since 2025-03\n"
              "          newsgraph quotes --about Lumen --include-related --format json\n"
              "          newsgraph quotes --by \"Priya Natarajan\" --format csv > natarajan.csv");
  auto o = std::make_shared<QuotesOptions>();
  cmd->add_option("--about", o->about, "Only quotes that name this entity");
  cmd->add_option("--by", o->by, "Only quotes by this speaker");
  cmd->add_option("--kind", o->kind, "direct or indirect (default: both)")
      ->check(CLI::IsMember({"direct", "indirect", "answer"}));
  cmd->add_flag("--include-related", o->include_related,
                "With --about: also quotes about the products it develops");
  o->query.add_to(*cmd);
  return [o] { return run_quotes(*o); };
}

Runner add_entity(CLI::App& app) {
  auto* cmd = app.add_subcommand("entity",
                                 "An entity card: type, aliases, roles over time, "
                                 "related and co-mentioned entities, counts");
  cmd->footer(std::string(kQueryOptionsHelp) +
              "\nHere --limit caps the related and co-mentioned lists; --since/--until restrict "
              "the card to documents of that period (mentions stay all-time).\n"
              "Examples: newsgraph entity \"Priya Natarajan\"\n"
              "          newsgraph entity \"Halcyon AI\" --since 2025-03-10 --format json");
  auto o = std::make_shared<QueryOptions>();
  auto name = std::make_shared<std::string>();
  cmd->add_option("name", *name, "Entity name or alias")->required();
  set_synopsis(*cmd, "give an entity name", "newsgraph entity NAME");
  auto max_facts = std::make_shared<size_t>();
  add_max_facts_option(*cmd, *max_facts);
  o->add_to(*cmd, 10);
  return [o, name, max_facts] {
    return with_store(o->store, [&](const Store& store) {
      EntityCard card = entity_card(store, *name, o->dates(),
                                    o->limit == 0 ? SIZE_MAX : o->limit, *max_facts);
      for (const std::string& note :
           write_card(std::cout, card, *parse_format(o->format), table_options()))
        warn(note);
      return int(kOk);
    });
  };
}

}  // namespace newsgraph::cli
