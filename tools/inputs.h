// Reading command-line inputs with a documented policy for bad items.
#pragma once

#include <functional>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include <CLI/CLI.hpp>

#include "ingest/article.h"
#include "tools/warning_digest.h"

namespace newsgraph::cli {

/// --on-error: what a bad input item (broken JSON line, invalid UTF-8, unreadable file) does.
struct InputOptions {
  std::vector<std::string> paths;
  std::string on_error = "skip";  // "skip": report on stderr and go on; "stop": report and stop
  bool verbose = false;           // every rename and repeat warned of, not the first few
  void add_to(CLI::App& cmd);
};

/// Totals of one pass over the inputs.
struct InputTally {
  size_t articles = 0;
  size_t skipped = 0;
  bool stopped = false;   // a bad item stopped the run (--on-error stop)
  bool missing = false;   // a named path does not exist
};

/// The rule for document ids met more than once in one run (`extract` and `ingest` alike;
/// README "Duplicates"). The first document with an id is kept. A later one with the same
/// content (text, title, url, date, metadata) is passed over with a warning. A later one
/// with other content is reported on stderr, "SOURCE: document id "X" already read from
/// FIRST, with other content; skipped", and counted as skipped (exit 1) — unless its id is
/// its file's name (a .txt or .html file, an archive member), when it is read as
/// "FOLDER/ID" (two folders' "001.txt" are two articles) with a warning, if that is free.
/// Renames and repeats are warned of in full only with `verbose`; else the first
/// WarningDigest::kShown of each, and finish() counts the rest in one line.
class DocIds {
 public:
  explicit DocIds(bool verbose = false)
      : renamed_("documents whose id was taken read under a folder-prefixed id", verbose),
        repeated_("documents read already passed over", verbose) {}
  enum Admit { kRead, kRepeat, kDuplicate };
  /// What to do with `a`; may rename a.doc_id (kRead). Messages go to stderr.
  Admit admit(Article& a);
  /// Says how many renames and repeats were not warned of one by one.
  void finish();

 private:
  WarningDigest renamed_, repeated_;
  struct Seen {
    std::string source;  // where the id was first met
    uint64_t hash;       // of that document's content
  };
  std::unordered_map<std::string, Seen> seen_;
};

/// Reads every article under opts.paths (each file once, read.h) and calls `fn` on each,
/// doc ids made unique by DocIds; bad items are reported on stderr as "newsgraph:
/// PATH:LINE: reason" and counted; a file converted from another encoding is noted there too
/// ("newsgraph: PATH: read as windows-1252 (confidence 47)"), not counted. Never throws for
/// bad input.
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

/// Whether any of opts.paths is "-" or exists (a symbolic link counts, dangling or not: reading
/// reports it). Lets ingest refuse a run with nothing to read before it creates a store.
bool any_input_exists(const InputOptions& opts);

}  // namespace newsgraph::cli
