// Document ids against the store: a different source must not replace a stored document.
#pragma once

#include <string>
#include <unordered_map>

#include "graph/store.h"
#include "tools/warning_digest.h"

namespace newsgraph::cli {

/// The ids one run of `ingest` stores its documents under, checked against the documents
/// already stored (an earlier run's). A stored document is replaced only by the same source
/// (same file, or the same file's record: line numbers may shift as a file is edited) or by
/// the same content (counted unchanged). A different source whose id is taken gets its folder
/// prefixed, as a clash within one run does ("feb/article"), with a warning on stderr; if that
/// id is taken too the document is reported and skipped. A document of this run counts as
/// stored (its batch may not be written yet). Not thread-safe: the one writer's.
class StoredIds {
 public:
  /// Renames are warned of one by one with `verbose`, else the first few (WarningDigest).
  explicit StoredIds(const Store& store, bool verbose = false)
      : store_(store), renamed_("documents whose id a stored document holds stored under a "
                                "folder-prefixed id", verbose) {}

  /// Sets x.doc to the id to store `x` under and returns true; false (reported on stderr as
  /// "SOURCE: ...; skipped") if no id is free for it.
  bool claim(Extraction& x);
  /// Says how many renames were not warned of one by one.
  void finish() { renamed_.finish(); }

 private:
  bool free_for(const std::string& id, const Extraction& x) const;

  const Store& store_;
  WarningDigest renamed_;
  struct Claim {
    std::string source, content_hash;
  };
  std::unordered_map<std::string, Claim> claimed_;  // ids given to documents of this run
};

/// Whether two sources ("path", "path:LINE", "path:item N", "path:record N", "ARCHIVE:MEMBER")
/// name the same file (or archive member): paths made canonical, record numbers ignored.
bool same_source(const std::string& a, const std::string& b);

}  // namespace newsgraph::cli
