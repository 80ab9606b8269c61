// Shared pieces of the newsgraph command line: options common to every command, the exit
// codes, and one-line error reporting.
#pragma once

#include <CLI/CLI.hpp>

#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <string_view>

#include "graph/bulk_load.h"
#include "graph/store.h"

namespace newsgraph::cli {

/// Exit codes (documented in README.md).
enum Exit : int {
  kOk = 0,
  kInputSkipped = 1,   // some inputs were bad and skipped (--on-error skip)
  kUsage = 2,          // bad arguments
  kNotFound = 3,       // unknown entity or document
  kStoreFailed = 4,    // the store could not be opened, read or written
  kInputFailed = 5,    // a bad input stopped the run (--on-error stop), or nothing readable
};

/// The store directory: --db, else $NEWSGRAPH_DB, else ./newsgraph.db.
struct StoreOption {
  std::string db;
  void add_to(CLI::App& cmd);
  std::string path() const;
};

/// Opens the existing store at so.path() in `mode` and runs `body`; a QueryError (unknown name)
/// becomes exit 3, a StoreError or a missing store exit 4 (none is created; Store::open's
/// "DIR: no store here" message), the message on stderr.
int with_store(const StoreOption& so, Store::Mode mode, const std::function<int(Store&)>& body);

/// A CLI11 check that an option's value is a whole number from `min` to `max` (decimal digits
/// only); CLI11 prefixes the option's name: `--limit: expected a whole number ≥ 0, got "abc"`.
CLI::Validator whole_number(uint64_t min, uint64_t max = std::numeric_limits<unsigned>::max());

/// "1 role", "2 roles": `n` and the noun that agrees with it.
std::string counted(size_t n, std::string_view singular, std::string_view plural);

/// Prints "newsgraph: MESSAGE" on stderr; warn "newsgraph: warning: MESSAGE"; note
/// "newsgraph: MESSAGE" too, for what is no fault (an answer with no rows).
void error(const std::string& message);
void warn(const std::string& message);
void note(const std::string& message);

/// What a run of ingest or load did with the documents it read.
struct WriteTally {
  size_t added = 0, replaced = 0, unchanged = 0, duplicates = 0;
};
/// Counts one BulkLoader outcome into `t`; a conflict is reported as "WHERE: ..." and counted
/// as a duplicate (skipped).
void count_bulk(BulkLoader::Outcome o, const std::string& where, const std::string& doc,
                WriteTally& t);
/// Prints "VERB N documents (A added, R replaced, U unchanged, S skipped)" and the store's
/// counts on stdout.
void print_summary(std::string_view verb, const WriteTally& t, size_t skipped,
                   const StoreStats& s, const std::string& db);

// Each command registers its sub-app and returns the function that runs it.
using Runner = std::function<int()>;
Runner add_extract(CLI::App& app);
Runner add_ingest(CLI::App& app);
Runner add_load(CLI::App& app);
Runner add_stats(CLI::App& app);
Runner add_remove(CLI::App& app);
Runner add_export(CLI::App& app);
Runner add_quotes(CLI::App& app);
Runner add_entity(CLI::App& app);
Runner add_related(CLI::App& app);
Runner add_path(CLI::App& app);
Runner add_timeline(CLI::App& app);
Runner add_top(CLI::App& app);
Runner add_pattern_query(CLI::App& app);
Runner add_merge(CLI::App& app);
Runner add_split(CLI::App& app);

}  // namespace newsgraph::cli
