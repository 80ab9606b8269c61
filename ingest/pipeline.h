// The ingest pipeline: one Article in, one Extraction out. Pure and deterministic.
#pragma once

#include "ingest/article.h"
#include "ingest/extraction.h"

namespace newsgraph {

/// Runs every stage on `article` (normalise, segment, mentions, coreference, quotations,
/// roles, relations). Offsets in the result are UTF-8 byte offsets into article.text.
/// Thread-safe (lexicons are immutable after first use). Does not throw for valid UTF-8.
Extraction extract(const Article& article);

}  // namespace newsgraph
