// newsgraph_query_latency: in-process latency of the questions users ask most, on a store.
//
// Draws entities with a seeded PRNG, each with probability proportional to its mentions (a
// reader asks about what is in the news; the lookup by subject also over a uniform draw), then times, per entity, `quotes --about X` (the
// newest 20, then every row), `entity X`, `path X Y` (Y the next entity drawn) and
// `export dot --around X --depth 2` (the library calls the commands make, output written to
// memory), and the store's reads of an entity's triples: Store::triples_of (every triple of
// X, as subject and as object, resolved), Store::triples_with_subject (the lookup by subject
// issue 5 means: one spo prefix scan of the stored id, over its own uniform draw so that the
// rows before have not read its entities) and Store::relations_of with the default cap (what
// an expansion reads). Prints one Markdown row a query: runs, p50, p99 and max in
// milliseconds (wall clock, std::chrono::steady_clock).
// The drawn names go to --names (one a line) for the cold-process runs of
// bench/query_latency.sh.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "graph/dot.h"
#include "graph/local_graph.h"
#include "query/card.h"
#include "query/path.h"
#include "query/quotes.h"
#include "query/resolve.h"

namespace {

using newsgraph::Store;

struct Drawn {
  std::string name;
  newsgraph::EntityId id;
};

// `n` entities drawn with probability proportional to mentions (`weighted`) or uniformly.
std::vector<Drawn> draw(const Store& store, size_t n, uint64_t seed, bool weighted) {
  std::vector<Drawn> all;
  std::vector<double> weights;
  store.for_each_entity([&](const newsgraph::EntityRecord& e) {
    all.push_back({e.name, e.id});
    weights.push_back(weighted ? static_cast<double>(e.mentions) : 1.0);
  });
  if (all.empty()) throw std::runtime_error("the store holds no entity");
  std::mt19937_64 prng(seed);
  std::discrete_distribution<size_t> pick(weights.begin(), weights.end());
  std::vector<Drawn> out;
  for (size_t i = 0; i < n; ++i) out.push_back(all[pick(prng)]);
  return out;
}

// Milliseconds each call of `query` took, one call per drawn entity (index given).
std::vector<double> time_each(size_t n, const std::function<void(size_t)>& query) {
  std::vector<double> ms;
  for (size_t i = 0; i < n; ++i) {
    auto start = std::chrono::steady_clock::now();
    query(i);
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() -
                                                           start)
                     .count());
  }
  return ms;
}

// Rows whose label lacks this text are not run (--only; empty runs every row).
std::string only;

// Times `query` once per drawn entity (`n` of them) and prints its row.
void report(const std::string& label, size_t n, const std::function<void(size_t)>& query) {
  if (label.find(only) == std::string::npos) return;
  std::vector<double> ms = time_each(n, query);
  std::sort(ms.begin(), ms.end());
  auto at = [&](double q) { return ms[std::min(ms.size() - 1, size_t(q * ms.size()))]; };
  std::printf("| %s | %zu | %.2f | %.2f | %.2f |\n", label.c_str(), ms.size(), at(0.5), at(0.99),
              ms.back());
  std::fflush(stdout);  // one row at a time: a run over many entities takes minutes
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"In-process query latency over a store (p50/p99/max, milliseconds)"};
  std::string db, names_out;
  size_t entities = 200;
  uint64_t seed = 1;
  app.add_option("--db", db, "Store directory")->required();
  app.add_option("--entities", entities, "Entities drawn (each query runs once per entity)")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  app.add_option("--seed", seed, "PRNG seed of the draw")->capture_default_str();
  app.add_option("--only", only, "Run only the rows whose label holds this text");
  app.add_option("--names", names_out, "Write the drawn names here, one a line");
  CLI11_PARSE(app, argc, argv);
  try {
    auto store = Store::open(db, Store::Mode::kReadOnly);
    const std::vector<Drawn> drawn = draw(*store, entities, seed, true);
    const std::vector<Drawn> uniform = draw(*store, entities, seed, false);
    const std::vector<Drawn> fresh = draw(*store, entities, seed + 1, false);
    if (!names_out.empty()) {
      std::ofstream out(names_out);
      for (const Drawn& d : drawn) out << d.name << "\n";
    }
    size_t rows = 0;  // keeps the optimiser from dropping a query
    std::printf("| query (in-process) | runs | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|\n");
    report("`quotes --about X --limit 20`", drawn.size(), [&](size_t i) {
      rows += newsgraph::find_quote_page(*store, {.about = drawn[i].name}, 20).rows.size();
    });
    report("`quotes --about X` (every row)", drawn.size(), [&](size_t i) {
      rows += newsgraph::find_quotes(*store, {.about = drawn[i].name}).size();
    });
    report("`Store::triples_of(X)` (lookup by subject)", drawn.size(), [&](size_t i) {
      rows += store->triples_of(drawn[i].id).size();
    });
    report("`Store::triples_of(X)`, X drawn uniformly", uniform.size(), [&](size_t i) {
      rows += store->triples_of(uniform[i].id).size();
    });
    // Entities of their own draw: those of the row above are in the caches now.
    report("`Store::triples_with_subject(X)`, X drawn uniformly", fresh.size(), [&](size_t i) {
      rows += store->triples_with_subject(fresh[i].id).size();
    });
    report("`Store::triples_with_subject(X)`, the same X again (cached)", fresh.size(),
           [&](size_t i) { rows += store->triples_with_subject(fresh[i].id).size(); });
    report("`Store::relations_of(X, 100)`", drawn.size(), [&](size_t i) {
      rows += store->relations_of(drawn[i].id, newsgraph::kDefaultMaxFacts, {}).triples.size();
    });
    report("`entity X`", drawn.size(), [&](size_t i) {
      rows += newsgraph::entity_card(*store, drawn[i].name).documents;
    });
    report("`path X Y`", drawn.size(), [&](size_t i) {
      const Drawn& to = drawn[(i + 1) % drawn.size()];
      rows += newsgraph::find_path(*store, drawn[i].name, to.name).size();
    });
    report("`export dot --around X --depth 2`", drawn.size(), [&](size_t i) {
      auto n = newsgraph::neighbourhood_of(
          *store, newsgraph::resolve_entity(*store, drawn[i].name), 2, 150);
      std::ostringstream dot;
      newsgraph::write_dot(dot, n->graph, {.highlight = n->centre});
      rows += dot.str().size();
    });
    std::fprintf(stderr, "(%zu result rows/bytes in all)\n", rows);
  } catch (const std::exception& e) {
    std::cerr << "newsgraph_query_latency: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
