#include "tools/inputs.h"

#include <fmt/format.h>

#include <algorithm>
#include <thread>

#include "ingest/read.h"
#include "tools/cli.h"

namespace newsgraph::cli {
namespace {
struct StopReading {};
}  // namespace

void InputOptions::add_to(CLI::App& cmd) {
  cmd.add_option("paths", paths,
                 "Files (.txt, .jsonl, .html, .rss/.atom/.xml, .warc; .gz/.zst; .tar archives), "
                 "directories (walked recursively), or - for stdin")
      ->required();
  cmd.add_option("--on-error", on_error,
                 "What a bad input item does: skip (report it, go on; exit 1 at the end) or stop "
                 "(report it, stop; exit 5)")
      ->check(CLI::IsMember({"skip", "stop"}))
      ->capture_default_str();
}

void add_jobs_option(CLI::App& cmd, unsigned& jobs) {
  cmd.add_option("--jobs,-j", jobs,
                 fmt::format("Threads that extract, at most {} (0: one per CPU core); output "
                             "does not depend on it", kMaxJobs))
      ->check(whole_number(0, kMaxJobs))
      ->capture_default_str()
      ->each([&jobs](const std::string&) {
        if (jobs == 0) jobs = std::clamp(std::thread::hardware_concurrency(), 1u, kMaxJobs);
      });
}

InputTally for_each_input(const InputOptions& opts, const std::function<void(Article&&)>& fn) {
  InputTally t;
  auto on_error = [&](const ReadError& e) {
    error(e.what());
    ++t.skipped;
    if (opts.on_error == "stop") throw StopReading{};
  };
  auto sink = [&](Article&& a) {
    ++t.articles;
    fn(std::move(a));
  };
  for (const auto& path : opts.paths) {
    try {
      read_articles({path}, sink, on_error, [](const std::string& note) { error(note); });
    } catch (const StopReading&) {
      t.stopped = true;
      break;
    } catch (const ReadError& e) {  // the path itself does not exist
      error(e.what());
      t.missing = true;
      if (opts.on_error == "stop") {
        t.stopped = true;
        break;
      }
    }
  }
  if (t.articles == 0 && t.skipped == 0 && !t.missing && !t.stopped)
    error("no article found: files are read by name (.txt, .jsonl, .html, .rss, .atom, .xml, "
          ".warc, .tar, each optionally .gz/.zst); other files in folders are passed over");
  return t;
}

int exit_code(const InputTally& t) {
  if (t.stopped || t.articles == 0) return kInputFailed;
  if (t.skipped || t.missing) return kInputSkipped;
  return kOk;
}

}  // namespace newsgraph::cli
