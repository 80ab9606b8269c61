// The input every micro-benchmark shares: a generated corpus (tools/newsgraph-gen) or, if
// $NEWSGRAPH_BENCH_CORPUS names a JSON-lines file, that file; read once, kept in memory.
#pragma once

#include <string>
#include <vector>

#include "ingest/article.h"

namespace newsgraph::bench {

/// The corpus as JSON lines: $NEWSGRAPH_BENCH_CORPUS, else 1 MB generated with seed 1.
/// Throws std::runtime_error if the named file cannot be read.
const std::string& corpus_text();

/// corpus_text() parsed into articles (bad lines skipped).
const std::vector<Article>& corpus_articles();

/// Total bytes of the articles' text, for MB/s figures.
int64_t corpus_bytes();

}  // namespace newsgraph::bench
