#include "tools/warning_digest.h"

#include "tools/cli.h"

namespace newsgraph::cli {

void WarningDigest::warn(const std::string& message) {
  if (verbose_ || seen_ < kShown) cli::warn(message);
  ++seen_;
}

void WarningDigest::finish() {
  if (!verbose_ && seen_ > kShown)
    cli::warn(std::to_string(seen_ - kShown) + " more " + more_ + " (--verbose lists each)");
  seen_ = 0;
}

}  // namespace newsgraph::cli
