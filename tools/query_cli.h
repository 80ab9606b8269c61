// What every query command shares: the store, --format, --limit, --since and --until, and the
// mapping of query failures to exit codes.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "graph/local_graph.h"
#include "graph/store.h"
#include "query/dates.h"
#include "query/format.h"
#include "tools/cli.h"

namespace newsgraph::cli {

struct QueryOptions {
  StoreOption store;
  std::string format = "table";
  size_t limit = 0;  // rows shown; 0 = all
  std::string since, until;

  /// Adds --db, --format, --limit (default `default_limit`), --since and --until to `cmd`.
  void add_to(CLI::App& cmd, size_t default_limit = 0);
  /// --since/--until as a DateRange. Throws QueryError for a malformed date.
  DateRange dates() const;
  /// The date bounds as given, for a message: "--since 2025-03 --until 2025-04", or "".
  std::string date_flags() const;
  /// The same in parentheses after a space, " (--since 2025-03)", or "" when unbounded.
  std::string in_dates() const;
};

/// Adds --format NAME (table, json, jsonl, csv or tsv: the names parse_format takes) to `cmd`.
void add_format_option(CLI::App& cmd, std::string& format);

/// Runs `body` against the store opened read-only. QueryError -> exit 3 (a malformed date or
/// pattern is reported by the command before it gets here), StoreError -> exit 4; the message
/// on stderr.
int with_store(const StoreOption& so, const std::function<int(const Store&)>& body);

/// Why a query has no rows, for the one line on stderr that says so ("no quotes: none of the 4
/// quotes about \"Lumen\" matches --kind indirect"); called only then (it may read the store).
using WhyNoRows = std::function<std::string()>;

/// Writes at most o.limit rows of `rs` to stdout in o.format; when rows are left out, says
/// how many on stderr. No rows: stdout gets what the format writes of none (table: nothing;
/// csv, tsv: the header; json: []; jsonl: nothing) and stderr the line of `why`. Returns kOk
/// either way (no match is an answer, not a failure).
int print_results(ResultSet rs, const QueryOptions& o, const WhyNoRows& why);
/// The same for `rs`, the first rows of `total` (a query that read only what it shows).
int print_results(ResultSet rs, const QueryOptions& o, size_t total, const WhyNoRows& why);

/// `name` as the store spells the entity it resolves to, in quotes and with its type:
/// "\"Halcyon AI\" (ORG)". Throws QueryError for an unknown name.
std::string known_entity(const Store& store, std::string_view name);

/// Adds --max-facts (default kDefaultMaxFacts: the cap of each fact list LocalGraph reads of
/// an entity; 0 reads all) to `cmd`.
void add_max_facts_option(CLI::App& cmd, size_t& max_facts);
/// Says on stderr what the cap left unread (describe_partial), with what it may mean for the
/// answer (`consequence`); nothing when everything was read.
void warn_partial(const PartialRead& partial, size_t max_facts, std::string_view consequence);

/// A table as wide as the terminal when stdout is one, else $COLUMNS, else 100 columns
/// (table_width).
TableOptions table_options();

/// The help text shared by every query command's footer: formats, limits and date bounds.
extern const char* const kQueryOptionsHelp;

}  // namespace newsgraph::cli
