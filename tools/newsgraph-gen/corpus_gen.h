// A deterministic generator of synthetic tech-news corpora for benchmarks: articles written
// from templates and invented word lists (no real article text), as JSON lines that
// `newsgraph ingest` reads. Entities recur across articles with a Zipf (long-tail) frequency.
#pragma once

#include <cstdint>
#include <ostream>
#include <string_view>

namespace newsgraph::gen {

/// What to generate. The same options always give the same bytes, on every platform: the
/// generator uses its own PRNG (splitmix64) and no std:: distributions.
struct CorpusOptions {
  uint64_t seed = 1;
  uint64_t bytes = 10'000'000;  // stop after the first article that reaches this many bytes
  double zipf_s = 1.1;          // exponent of the entity frequency law (rank r has weight r^-s)
};

/// Writes articles to `out`, one JSON object a line (`id`, `title`, `date`, `url`, `text`),
/// until at least opts.bytes bytes are written. Each article has a headline, a dateline and
/// 4-9 paragraphs: events (launches, acquisitions, funding, hosting deals, lawsuits, prices),
/// roles, and quotations in every attribution style (said-after, said-before, colon, split,
/// pronoun, "according to", ASCII quotes, reported speech). Names are Latin, accented Latin,
/// Cyrillic, Greek and CJK. Returns the number of articles written.
uint64_t generate_corpus(const CorpusOptions& opts, std::ostream& out);

/// Parses a size: a number with an optional unit KB, MB, GB (powers of 1000) or KiB, MiB, GiB;
/// "10MB" -> 10000000. Throws std::invalid_argument for anything else.
uint64_t parse_size(std::string_view text);

}  // namespace newsgraph::gen
