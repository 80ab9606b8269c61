// newsgraph: the command line. Each command lives in its own cmd_*.cc file.
#include <cstdlib>
#include <iostream>
#include <map>

#include "query/resolve.h"
#include "tools/cli.h"

namespace newsgraph::cli {

void StoreOption::add_to(CLI::App& cmd) {
  cmd.add_option("--db", db, "Store directory (default: $NEWSGRAPH_DB, else ./newsgraph.db)");
}

std::string StoreOption::path() const {
  if (!db.empty()) return db;
  if (const char* env = std::getenv("NEWSGRAPH_DB"); env && *env) return env;
  return "newsgraph.db";
}

int with_store(const StoreOption& so, Store::Mode mode, const std::function<int(Store&)>& body) {
  try {
    auto store = Store::open(so.path(), mode);
    return body(*store);
  } catch (const QueryError& e) {
    error(e.what());
    return kNotFound;
  } catch (const StoreError& e) {
    error(e.what());
    return kStoreFailed;
  }
}

void error(const std::string& message) { std::cerr << "newsgraph: " << message << "\n"; }
void warn(const std::string& message) { std::cerr << "newsgraph: warning: " << message << "\n"; }

}  // namespace newsgraph::cli

int main(int argc, char** argv) {
  using namespace newsgraph::cli;
  CLI::App app{"newsgraph: who said what about whom in tech news, as a knowledge graph"};
  app.set_version_flag("--version", std::string(NEWSGRAPH_VERSION));
  app.footer(
      "Run `newsgraph COMMAND --help` for a command's options and examples.\n"
      "Store: --db DIR, else $NEWSGRAPH_DB, else ./newsgraph.db. Results go to stdout, messages\n"
      "to stderr. Exit: 0 ok, 1 inputs skipped, 2 usage, 3 not found, 4 store, 5 input/output.\n"
      "Quick start:\n"
      "  newsgraph ingest --db news.db examples/corpus\n"
      "  newsgraph quotes --db news.db --about Halcyon\n"
      "  newsgraph export svg --db news.db --around Halcyon -o halcyon.svg");
  app.require_subcommand(1);
  std::map<CLI::App*, Runner> runners;
  auto add = [&](Runner (*f)(CLI::App&)) {
    Runner r = f(app);
    runners[app.get_subcommands({}).back()] = std::move(r);
  };
  add(add_extract);
  add(add_ingest);
  add(add_quotes);
  add(add_entity);
  add(add_related);
  add(add_path);
  add(add_timeline);
  add(add_top);
  add(add_pattern_query);
  add(add_stats);
  add(add_remove);
  add(add_export);
  add(add_merge);
  add(add_split);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kOk : kUsage;
  }
  for (auto& [sub, run] : runners)
    if (sub->parsed()) return run();
  return kUsage;
}
