// Progress of a long run on stderr: a bar redrawn in place when stderr is a terminal, a plain
// line every few seconds when it is not (logs, CI), nothing with --quiet. Never colour, so
// NO_COLOR holds by construction; never stdout, so piped output stays clean.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

namespace newsgraph::cli {

/// What has been done so far. `total_bytes` 0 means unknown (no percentage, no ETA).
struct ProgressSnapshot {
  uint64_t documents = 0;
  uint64_t bytes = 0;        // article text bytes (UTF-8) processed
  double seconds = 0;        // wall time since the start
  uint64_t total_bytes = 0;  // estimate of all the input bytes (file sizes on disk)
};

/// One line: "1,234 docs  12.3 MB  4.1 MB/s  45%  ETA 0:32" (MB = 10^6 bytes). Percentage and
/// ETA only while 0 < bytes < total_bytes: text bytes only approximate file bytes (JSON
/// escapes, HTML markup, compression), so past the estimate they are left out, not made up.
std::string progress_line(const ProgressSnapshot& s);

/// Sum of the sizes of the files named by `paths` and of those the reader reads in the folders
/// among them (files_under, read.h), each file once however often it is met; unreadable
/// entries and stdin ("-") count 0. Never throws.
uint64_t input_bytes(const std::vector<std::string>& paths);

class Progress {
 public:
  enum class Style { kBar, kLines, kQuiet };
  /// kQuiet if `quiet`, else kBar when stderr is a terminal that can redraw a line ($TERM is
  /// not "dumb", as in Emacs shells), else kLines.
  static Style style_for_stderr(bool quiet);
  /// The rule of style_for_stderr on given facts (`term`: $TERM, may be null).
  static Style style_for(bool quiet, bool terminal, const char* term);

  /// `interval`: seconds between reports (bar redraws are throttled to 0.2 s).
  Progress(Style style, uint64_t total_bytes, std::ostream& out, double interval = 10.0);
  /// Counts `documents` processed documents of `bytes` text bytes in all; reports if the
  /// interval has passed.
  void add(uint64_t bytes, uint64_t documents = 1);
  /// Ends a bar's line (so the summary starts on a fresh line).
  void finish();

 private:
  using Clock = std::chrono::steady_clock;
  double elapsed() const;

  Style style_;
  std::ostream& out_;
  double interval_;
  ProgressSnapshot now_;
  Clock::time_point start_ = Clock::now();
  double last_report_ = 0;
  bool drawn_ = false;
};

}  // namespace newsgraph::cli
