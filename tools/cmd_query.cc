// `newsgraph quotes` and `newsgraph entity`: the who-said-what questions.
#include <sys/ioctl.h>
#include <unistd.h>

#include <iostream>

#include "graph/store.h"
#include "query/card.h"
#include "query/format.h"
#include "query/quotes.h"
#include "query/resolve.h"
#include "tools/cli.h"

namespace newsgraph::cli {
namespace {

const std::vector<std::string> kFormats = {"table", "json", "jsonl", "csv", "tsv"};

// A table as wide as the terminal when stdout is one, else 100 columns.
TableOptions table_options() {
  TableOptions t;
  winsize ws{};
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40)
    t.width = ws.ws_col;
  return t;
}

// Runs `body` against the store opened read-only, mapping failures to exit codes.
int with_store(const StoreOption& so, const std::function<int(const Store&)>& body) {
  try {
    auto store = Store::open(so.path(), Store::Mode::kReadOnly);
    return body(*store);
  } catch (const QueryError& e) {
    error(e.what());
    return kNotFound;
  } catch (const StoreError& e) {
    error(e.what());
    return kStoreFailed;
  }
}

struct QuotesOptions {
  StoreOption store;
  std::string about, by, kind, format = "table";
  size_t limit = 0;
};

int run_quotes(const QuotesOptions& o) {
  return with_store(o.store, [&](const Store& store) {
    QuoteFilter f;
    if (!o.about.empty()) f.about = o.about;
    if (!o.by.empty()) f.by = o.by;
    if (!o.kind.empty()) f.kind = o.kind;
    f.limit = o.limit;
    write_results(std::cout, quote_results(find_quotes(store, f)), *parse_format(o.format),
                  table_options());
    return int(kOk);
  });
}

}  // namespace

Runner add_quotes(CLI::App& app) {
  auto* cmd = app.add_subcommand("quotes", "Who said what about whom");
  cmd->footer(
      "Names match case- and accent-insensitively, by alias too (\"altman\" finds Sam Altman).\n"
      "Examples: newsgraph quotes --about DeepSeek\n"
      "          newsgraph quotes --by \"Sam Altman\" --format csv > altman.csv");
  auto o = std::make_shared<QuotesOptions>();
  o->store.add_to(*cmd);
  cmd->add_option("--about", o->about, "Only quotes that name this entity");
  cmd->add_option("--by", o->by, "Only quotes by this speaker");
  cmd->add_option("--kind", o->kind, "direct or indirect (default: both)")
      ->check(CLI::IsMember({"direct", "indirect"}));
  cmd->add_option("--limit", o->limit, "At most this many rows, newest first (0: all)")
      ->capture_default_str();
  cmd->add_option("--format", o->format, "Output format")
      ->check(CLI::IsMember(kFormats))
      ->capture_default_str();
  return [o] { return run_quotes(*o); };
}

Runner add_entity(CLI::App& app) {
  auto* cmd = app.add_subcommand("entity", "An entity card: type, aliases, roles, counts");
  cmd->footer("Example: newsgraph entity \"Sam Altman\"");
  auto so = std::make_shared<StoreOption>();
  auto name = std::make_shared<std::string>();
  auto format = std::make_shared<std::string>("table");
  cmd->add_option("name", *name, "Entity name or alias")->required();
  so->add_to(*cmd);
  cmd->add_option("--format", *format, "Output format")
      ->check(CLI::IsMember(kFormats))
      ->capture_default_str();
  return [so, name, format] {
    return with_store(*so, [&](const Store& store) {
      write_card(std::cout, entity_card(store, *name), *parse_format(*format), table_options());
      return int(kOk);
    });
  };
}

}  // namespace newsgraph::cli
