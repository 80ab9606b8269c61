// Micro-benchmarks of the ingest stages, in pipeline order, over the shared corpus
// (bench_corpus.h). Each reports bytes/s of article text and documents/s ("items").
#include <benchmark/benchmark.h>

#include <sstream>

#include "bench/bench_corpus.h"
#include "ingest/coreference.h"
#include "ingest/document.h"
#include "ingest/mentions.h"
#include "ingest/normalize.h"
#include "ingest/pipeline.h"
#include "ingest/quotes.h"
#include "ingest/read.h"
#include "ingest/relations.h"
#include "ingest/roles.h"
#include "ingest/segment.h"

namespace newsgraph::bench {
namespace {

using Stage = void (*)(Document&);
// Scanning the tokens, which the first stage that reads them (find_mentions) would do.
void tokens(Document& d) { benchmark::DoNotOptimize(&d.tokens()); }
// The stages after normalisation, in the order pipeline.cc runs them.
constexpr Stage kStages[] = {segment, tokens, find_mentions, resolve_coreference,
                             find_quotes, find_roles, find_relations};

void count(benchmark::State& state) {
  state.SetBytesProcessed(state.iterations() * corpus_bytes());
  state.SetItemsProcessed(state.iterations() * int64_t(corpus_articles().size()));
}

// The documents as stage `stage` of kStages receives them (built once per stage).
const std::vector<Document>& documents_before(size_t stage) {
  static std::vector<std::vector<Document>> cache;
  if (cache.empty()) {
    std::vector<Document> docs;
    for (const Article& a : corpus_articles()) {
      NormalizedText norm = normalize_nfc(a.text);
      Document d;
      d.article = &a;
      d.body_begin = norm.from_original(a.body_offset);
      d.text = std::move(norm.text);
      docs.push_back(std::move(d));
    }
    cache.push_back(docs);
    for (Stage run : kStages) {
      for (Document& d : docs) run(d);
      cache.push_back(docs);
    }
  }
  return cache[stage];
}

void BM_Read(benchmark::State& state) {
  for (auto _ : state) {
    std::istringstream in(corpus_text());
    size_t n = 0;
    read_json_lines(in, "bench", [&](Article&&) { ++n; }, [](const ReadError&) {});
    benchmark::DoNotOptimize(n);
  }
  count(state);
}

void BM_Normalize(benchmark::State& state) {
  for (auto _ : state)
    for (const Article& a : corpus_articles()) benchmark::DoNotOptimize(normalize_nfc(a.text));
  count(state);
}

void BM_Stage(benchmark::State& state, size_t stage) {
  const std::vector<Document>& before = documents_before(stage);
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Document> docs = before;
    state.ResumeTiming();
    for (Document& d : docs) kStages[stage](d);
    benchmark::DoNotOptimize(docs.data());
  }
  count(state);
}

void BM_Extract(benchmark::State& state) {
  for (auto _ : state)
    for (const Article& a : corpus_articles()) benchmark::DoNotOptimize(extract(a));
  count(state);
}

void BM_ExtractionJson(benchmark::State& state) {
  std::vector<Extraction> xs;
  for (const Article& a : corpus_articles()) xs.push_back(extract(a));
  for (auto _ : state)
    for (const Extraction& x : xs) benchmark::DoNotOptimize(to_json(x).dump());
  count(state);
}

}  // namespace

BENCHMARK(BM_Read)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Stage, segment, 0)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Stage, tokens, 1)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Stage, mentions, 2)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Stage, coreference, 3)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Stage, quotes, 4)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Stage, roles, 5)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Stage, relations, 6)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtractionJson)->Unit(benchmark::kMillisecond);

}  // namespace newsgraph::bench
