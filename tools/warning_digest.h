// A warning one run may give for hundreds of inputs alike (two folders of "001.txt" ...: one
// rename each): the first few are printed, the rest counted and summed up in one line.
#pragma once

#include <cstddef>
#include <string>

namespace newsgraph::cli {

/// Warnings of one kind. Not thread-safe: the reading thread's, or the writer's.
class WarningDigest {
 public:
  /// How many of a kind are printed before the rest is only counted.
  static constexpr size_t kShown = 5;

  /// `more` ends the summary line ("documents read under a folder-prefixed id"); with
  /// `verbose` every warning is printed and there is no summary.
  WarningDigest(std::string more, bool verbose) : more_(std::move(more)), verbose_(verbose) {}

  /// Prints "newsgraph: warning: MESSAGE" on stderr, or counts it once kShown were printed.
  void warn(const std::string& message);
  /// Prints, when warnings were counted and not printed, "newsgraph: warning: N more MORE
  /// (--verbose lists each)"; then starts counting afresh.
  void finish();

 private:
  std::string more_;
  bool verbose_;
  size_t seen_ = 0;
};

}  // namespace newsgraph::cli
