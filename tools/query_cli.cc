#include "tools/query_cli.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "query/resolve.h"

namespace newsgraph::cli {
namespace {

const std::vector<std::string> kFormats = {"table", "json", "jsonl", "csv", "tsv"};

// CLI11 check of a date bound (CLI11 prefixes the option name).
const CLI::Validator kDateCheck(
    [](std::string& text) -> std::string {
      return is_date(text) ? "" : "\"" + text + "\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)";
    },
    "DATE");

}  // namespace

const char* const kQueryOptionsHelp =
    "Output: --format table|json|jsonl|csv|tsv; --limit N shows the first N rows and says on\n"
    "stderr how many were left out. --since/--until DATE (YYYY, YYYY-MM or YYYY-MM-DD, both\n"
    "inclusive) keep facts from documents published in that range; undated ones are then left\n"
    "out. Names match case- and accent-insensitively, by alias too; a typed id (ORG:apple)\n"
    "picks one of two entities that share a name. Tables fit the terminal, or $COLUMNS when\n"
    "stdout is not one (default 100).";

void QueryOptions::add_to(CLI::App& cmd, size_t default_limit) {
  limit = default_limit;
  store.add_to(cmd);
  add_format_option(cmd, format);
  cmd.add_option("--limit", limit, "At most this many rows (0: all)")
      ->check(whole_number(0))
      ->capture_default_str();
  cmd.add_option("--since", since, "Only facts published on or after DATE")->check(kDateCheck);
  cmd.add_option("--until", until, "Only facts published on or before DATE")->check(kDateCheck);
}

void add_max_facts_option(CLI::App& cmd, size_t& max_facts) {
  max_facts = kDefaultMaxFacts;
  cmd.add_option("--max-facts", max_facts,
                 "Read at most this many quotes by, quotes about and relations of each entity "
                 "expanded, newest first (0: all; a hub has tens of thousands)")
      ->check(whole_number(0))
      ->capture_default_str();
}

void warn_partial(const PartialRead& partial, size_t max_facts, std::string_view consequence) {
  std::string what = describe_partial(partial, max_facts);
  if (!what.empty()) warn(what + ": " + std::string(consequence));
}

void add_format_option(CLI::App& cmd, std::string& format) {
  cmd.add_option("--format", format, "Output format")
      ->check(CLI::IsMember(kFormats))
      ->capture_default_str();
}

DateRange QueryOptions::dates() const {
  DateRange range;
  if (!since.empty()) range.since = check_date("--since", since);
  if (!until.empty()) range.until = check_date("--until", until);
  if (range.since && range.until &&
      range.since->compare(0, range.until->size(), *range.until) > 0)
    warn("--since " + since + " is after --until " + until + ": no dated fact can match");
  return range;
}

int with_store(const StoreOption& so, const std::function<int(const Store&)>& body) {
  return with_store(so, Store::Mode::kReadOnly, [&](Store& store) { return body(store); });
}

std::string QueryOptions::date_flags() const {
  std::string flags = since.empty() ? "" : "--since " + since;
  if (!until.empty()) flags += (flags.empty() ? "--until " : " --until ") + until;
  return flags;
}

std::string QueryOptions::in_dates() const {
  std::string flags = date_flags();
  return flags.empty() ? "" : " (" + flags + ")";
}

int print_results(ResultSet rs, const QueryOptions& o, const WhyNoRows& why) {
  size_t total = rs.rows.size();
  return print_results(std::move(rs), o, total, why);
}

int print_results(ResultSet rs, const QueryOptions& o, size_t total, const WhyNoRows& why) {
  if (o.limit != 0 && total > o.limit) rs.rows.resize(o.limit);
  write_results(std::cout, rs, *parse_format(o.format), table_options());
  if (total == 0) note(why());
  if (rs.rows.size() < total)
    warn(std::to_string(total - rs.rows.size()) + " of " + std::to_string(total) +
         " rows left out (--limit " + std::to_string(o.limit) + ")");
  return kOk;
}

std::string known_entity(const Store& store, std::string_view name) {
  EntityId id = resolve_entity(store, name);
  auto e = store.entity(id);
  if (!e) return "\"" + std::string(name) + "\"";
  return "\"" + e->name + "\" (" + std::string(to_string(e->type)) + ")";
}

TableOptions table_options() {
  winsize ws{};
  std::optional<size_t> terminal;
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40)
    terminal = ws.ws_col;
  TableOptions t;
  t.width = table_width(terminal, std::getenv("COLUMNS"));
  return t;
}

}  // namespace newsgraph::cli
