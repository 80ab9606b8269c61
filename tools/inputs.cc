#include "tools/inputs.h"

#include <fmt/format.h>
#include <xxhash.h>

#include <algorithm>
#include <filesystem>
#include <thread>

#include "ingest/read.h"
#include "tools/cli.h"
#include "tools/synopsis.h"

namespace newsgraph::cli {
namespace fs = std::filesystem;
namespace {
struct StopReading {};

// A hash of everything an article is besides where it was read.
uint64_t content_hash(const Article& a) {
  XXH3_state_t* st = XXH3_createState();
  XXH3_64bits_reset(st);
  auto add = [&](std::string_view s) {
    XXH3_64bits_update(st, s.data(), s.size());
    XXH3_64bits_update(st, "", 1);  // a separator: "ab"+"c" differs from "a"+"bc"
  };
  add(a.text);
  add(a.title);
  add(a.url);
  add(a.published.value_or(""));
  add(a.metadata.dump());
  uint64_t h = XXH3_64bits_digest(st);
  XXH3_freeState(st);
  return h;
}

// Whether a's id is its file's or archive member's name (a .txt or .html file, source "PATH"
// or "ARCHIVE:MEMBER"), rather than a record's own id (JSON lines, feed items, WARC records:
// sources "PATH:LINE", "PATH:item N", "PATH:record N").
bool named_by_file(const Article& a) {
  if (source_file(a.source) != a.source) return false;  // a record's own id
  size_t colon = a.source.rfind(':');
  std::string name = colon == std::string::npos ? a.source : a.source.substr(colon + 1);
  return a.doc_id == fs::path(name).stem().string();
}

}  // namespace

DocIds::Admit DocIds::admit(Article& a) {
  uint64_t hash = content_hash(a);
  auto [it, added] = seen_.emplace(a.doc_id, Seen{a.source, hash});
  if (added) return kRead;
  if (it->second.hash == hash) {
    repeated_.warn(fmt::format("{}: the same document as {} (id \"{}\"); passed over",
                               a.source, it->second.source, a.doc_id));
    return kRepeat;
  }
  // Two folders' "001.txt" (the BBC corpus's tech/ and business/) are two articles.
  std::string folder = fs::path(a.source).parent_path().filename().string();
  if (named_by_file(a) && !folder.empty()) {
    std::string id = folder + "/" + a.doc_id;
    auto [renamed, free] = seen_.emplace(id, Seen{a.source, hash});
    if (free) {
      renamed_.warn(fmt::format("{}: document id \"{}\" is taken by {}; read as \"{}\"",
                                a.source, a.doc_id, it->second.source, id));
      a.doc_id = id;
      return kRead;
    }
    if (renamed->second.hash == hash) {
      repeated_.warn(fmt::format("{}: the same document as {} (id \"{}\"); passed over",
                                 a.source, renamed->second.source, id));
      return kRepeat;
    }
  }
  error(fmt::format("{}: document id \"{}\" already read from {}, with other content; skipped",
                    a.source, a.doc_id, it->second.source));
  return kDuplicate;
}

void DocIds::finish() {
  renamed_.finish();
  repeated_.finish();
}

void InputOptions::add_to(CLI::App& cmd) {
  cmd.add_option("paths", paths,
                 "Files (.txt, .jsonl, .html, .rss/.atom/.xml, .warc; .gz/.zst; .tar archives), "
                 "directories (walked recursively), or - for stdin")
      ->required();
  set_synopsis(cmd, "give files or folders to read (- for stdin)",
               "newsgraph " + cmd.get_name() + " PATH...");
  cmd.add_option("--on-error", on_error,
                 "What a bad input item does: skip (report it, go on; exit 1 at the end) or stop "
                 "(report it, stop; exit 5)")
      ->check(CLI::IsMember({"skip", "stop"}))
      ->capture_default_str();
  cmd.add_flag("--verbose", verbose,
               "Warn of every document renamed (two folders' 001.txt) or passed over as read "
               "already; by default the first 5 of each, then one line with the count");
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
  DocIds ids(opts.verbose);
  auto sink = [&](Article&& a) {
    switch (ids.admit(a)) {
      case DocIds::kRead: ++t.articles; return fn(std::move(a));
      case DocIds::kRepeat: return;
      case DocIds::kDuplicate:
        ++t.skipped;
        if (opts.on_error == "stop") throw StopReading{};
    }
  };
  ArticleReader reader(sink, on_error, [](const std::string& note) { error(note); });
  for (const auto& path : opts.paths) {
    try {
      reader.read(path);
    } catch (const StopReading&) {
      t.stopped = true;
      break;
    } catch (const ReadError& e) {  // the path itself does not exist
      error(e.what());
      t.missing = true;
      ++t.skipped;
      if (opts.on_error == "stop") {
        t.stopped = true;
        break;
      }
    }
  }
  ids.finish();
  if (t.stopped) error("stopped at the first error (--on-error stop): nothing after it was read");
  if (t.articles == 0 && t.skipped == 0 && !t.missing && !t.stopped)
    error("no article found: files are read by name (.txt, .jsonl, .html, .rss, .atom, .xml, "
          ".warc, .tar, each optionally .gz/.zst); other files in folders are passed over");
  return t;
}

bool any_input_exists(const InputOptions& opts) {
  return std::any_of(opts.paths.begin(), opts.paths.end(), [](const std::string& p) {
    std::error_code ec;
    return p == "-" || std::filesystem::exists(std::filesystem::symlink_status(p, ec));
  });
}

int exit_code(const InputTally& t) {
  if (t.stopped || t.articles == 0) return kInputFailed;
  if (t.skipped || t.missing) return kInputSkipped;
  return kOk;
}

}  // namespace newsgraph::cli
