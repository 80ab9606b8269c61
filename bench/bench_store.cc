// Micro-benchmarks of the store: writing extractions (one WriteBatch a document, as `ingest`
// does) and queries, with per-call latency percentiles as counters (p50_us, p99_us).
#include <benchmark/benchmark.h>

#include <stdlib.h>

#include <algorithm>
#include <chrono>
#include <filesystem>

#include "bench/bench_corpus.h"
#include "graph/store.h"
#include "ingest/pipeline.h"
#include "query/quotes.h"

namespace newsgraph::bench {
namespace {

namespace fs = std::filesystem;

const std::vector<Extraction>& extractions() {
  static const std::vector<Extraction> xs = [] {
    std::vector<Extraction> out;
    for (const Article& a : corpus_articles()) out.push_back(extract(a));
    return out;
  }();
  return xs;
}

fs::path temp_dir() {
  std::string tmpl = (fs::temp_directory_path() / "newsgraph-bench-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
  return tmpl;
}

uint64_t dir_bytes(const fs::path& dir) {
  uint64_t n = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) n += e.file_size();
  return n;
}

void BM_StoreWrite(benchmark::State& state) {
  uint64_t triples = 0, bytes = 0;
  for (auto _ : state) {
    state.PauseTiming();
    fs::path dir = temp_dir();
    state.ResumeTiming();
    {
      auto store = Store::open(dir / "db", Store::Mode::kReadWrite);
      for (const Extraction& x : extractions()) store->put(x);
      state.PauseTiming();
      triples = store->stats().triples;
    }
    bytes = dir_bytes(dir);
    fs::remove_all(dir);
    state.ResumeTiming();
  }
  state.SetBytesProcessed(state.iterations() * corpus_bytes());
  state.SetItemsProcessed(state.iterations() * int64_t(triples));  // triples/s
  state.counters["bytes_per_triple"] = triples ? double(bytes) / double(triples) : 0;
}

// A store holding the corpus, and the name of its most mentioned organisation.
struct FilledStore {
  fs::path dir = temp_dir();
  std::unique_ptr<Store> store;
  EntityRecord top;
  FilledStore() {
    store = Store::open(dir / "db", Store::Mode::kReadWrite);
    for (const Extraction& x : extractions()) store->put(x);
    store->for_each_entity([&](const EntityRecord& e) {
      if (e.type == EntityType::kOrg && e.mentions > top.mentions) top = e;
    });
  }
  ~FilledStore() {
    store.reset();
    fs::remove_all(dir);
  }
};

FilledStore& filled() {
  static FilledStore f;
  return f;
}

// Runs `query` once per iteration and reports the latency percentiles in microseconds.
template <class F>
void timed(benchmark::State& state, F query) {
  std::vector<double> us;
  for (auto _ : state) {
    auto t0 = std::chrono::steady_clock::now();
    benchmark::DoNotOptimize(query());
    us.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
  }
  std::sort(us.begin(), us.end());
  state.counters["p50_us"] = us[us.size() / 2];
  state.counters["p99_us"] = us[std::min(us.size() - 1, us.size() * 99 / 100)];
}

void BM_QuotesAbout(benchmark::State& state) {
  FilledStore& f = filled();
  timed(state, [&] { return find_quotes(*f.store, {.about = f.top.name}).size(); });
  state.SetLabel(f.top.name);
}

void BM_TriplesOfSubject(benchmark::State& state) {
  FilledStore& f = filled();
  timed(state, [&] { return f.store->triples_of(f.top.id).size(); });
}

}  // namespace

BENCHMARK(BM_StoreWrite)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_QuotesAbout)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_TriplesOfSubject)->Unit(benchmark::kMicrosecond);

}  // namespace newsgraph::bench
