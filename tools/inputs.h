// Reading command-line inputs with a documented policy for bad items.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "ingest/article.h"

namespace newsgraph::cli {

/// --on-error: what a bad input item (broken JSON line, invalid UTF-8, unreadable file) does.
struct InputOptions {
  std::vector<std::string> paths;
  std::string on_error = "skip";  // "skip": report on stderr and go on; "stop": report and stop
  void add_to(CLI::App& cmd);
};

/// Totals of one pass over the inputs.
struct InputTally {
  size_t articles = 0;
  size_t skipped = 0;
  bool stopped = false;   // a bad item stopped the run (--on-error stop)
  bool missing = false;   // a named path does not exist
};

/// Reads every article under opts.paths and calls `fn` on each; bad items are reported on
/// stderr as "newsgraph: PATH:LINE: reason" and counted; a file converted from another
/// encoding is noted there too ("newsgraph: PATH: read as windows-1252 (confidence 47)"),
/// not counted. Never throws for bad input.
InputTally for_each_input(const InputOptions& opts, const std::function<void(Article&&)>& fn);

/// The most --jobs accepted: far beyond the cores of any machine newsgraph runs on, far below
/// the thread limit (100000 threads' stacks do not fit, and the run aborted).
constexpr unsigned kMaxJobs = 256;

/// Adds --jobs N (default 1): threads that extract; output and store contents do not depend
/// on it. 0 means one per CPU core (at most kMaxJobs). Above kMaxJobs: exit 2 ("--jobs:
/// expected a whole number from 0 to 256, got ...").
void add_jobs_option(CLI::App& cmd, unsigned& jobs);

/// The exit code for a tally: kOk, kInputSkipped, or kInputFailed.
int exit_code(const InputTally& t);

}  // namespace newsgraph::cli
