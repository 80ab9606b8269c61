// newsgraph: the command line. Each command lives in its own cmd_*.cc file.
#include <fmt/format.h>

#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>

#include "query/resolve.h"
#include "tools/checked_stdout.h"
#include "tools/cli.h"
#include "tools/command_word.h"
#include "tools/synopsis.h"

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
  // Read-write would create an empty store where there is none; read-only, Store::open says
  // "no store here" in its one wording.
  std::error_code ec;
  if (!std::filesystem::exists(std::filesystem::path(so.path()) / "CURRENT", ec))
    mode = Store::Mode::kReadOnly;
  try {
    auto store = Store::open(so.path(), mode);
    return body(*store);
  } catch (const NameNeeded& e) {
    error(e.what());
    return kUsage;
  } catch (const QueryError& e) {
    error(e.what());
    return kNotFound;
  } catch (const StoreError& e) {
    error(e.what());
    return kStoreFailed;
  }
}

CLI::Validator whole_number(uint64_t min, uint64_t max) {
  std::string expected = max == std::numeric_limits<unsigned>::max()
                             ? fmt::format("a whole number ≥ {}", min)
                             : fmt::format("a whole number from {} to {}", min, max);
  return CLI::Validator(
      [=](std::string& text) -> std::string {
        uint64_t n = 0;
        auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
        bool ok = !text.empty() && ec == std::errc() && end == text.data() + text.size() &&
                  n >= min && n <= max;
        return ok ? "" : fmt::format("expected {}, got \"{}\"", expected, text);
      },
      "N");
}

std::string counted(size_t n, std::string_view singular, std::string_view plural) {
  return fmt::format("{} {}", n, n == 1 ? singular : plural);
}

void error(const std::string& message) { std::cerr << "newsgraph: " << message << "\n"; }
void warn(const std::string& message) { std::cerr << "newsgraph: warning: " << message << "\n"; }
void note(const std::string& message) { std::cerr << "newsgraph: " << message << "\n"; }

}  // namespace newsgraph::cli

namespace {

// A CLI11 parse error as the other errors read, "newsgraph: MESSAGE", then which --help to run
// (that of the command being parsed).
// A misspelt option gets the close option names of its command (option_word_error); missing
// positional arguments what to give and the command's synopsis (missing_words_error).
std::string failure_message(const CLI::App* app, const CLI::Error& e) {
  std::string command = "newsgraph";
  const CLI::App* at = app;
  while (!at->get_subcommands().empty()) {
    at = at->get_subcommands().front();
    command += " " + at->get_name();
  }
  std::string message = "newsgraph: " + std::string(e.what());
  if (dynamic_cast<const CLI::ExtrasError*>(&e))
    if (auto misspelt = newsgraph::cli::option_word_error(*at, app->remaining(/*recurse=*/true)))
      message = "newsgraph: " + *misspelt;
  if (dynamic_cast<const CLI::RequiredError*>(&e))
    message = newsgraph::cli::missing_words_error(*at).value_or(message);
  return message + "\nRun `" + command + " --help` for the options.\n";
}

}  // namespace

int main(int argc, char** argv) {
  using namespace newsgraph::cli;
  CLI::App app{"newsgraph: who said what about whom in tech news, as a knowledge graph"};
  app.set_version_flag("--version", "newsgraph " NEWSGRAPH_VERSION);
  app.failure_message(failure_message);
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
  add(add_load);
  add(add_export);
  add(add_merge);
  add(add_split);
  if (auto message = command_word_error(app, {argv + 1, argv + argc})) {
    error(*message);
    return kUsage;
  }
  CheckedStdout out;  // a failed write to stdout is exit 5, not silent success (--help too)
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);  // --help, --version: printed here, exit 0
    return out.finish(code == 0 ? kOk : kUsage);
  }
  for (auto& [sub, run] : runners)
    if (sub->parsed()) return out.finish(run());
  return out.finish(kUsage);
}
