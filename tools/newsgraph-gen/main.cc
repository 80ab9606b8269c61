// newsgraph-gen: writes a synthetic, seeded tech-news corpus as JSON lines (corpus_gen.h).
#include <fstream>
#include <iostream>

#include <CLI/CLI.hpp>

#include "tools/newsgraph-gen/corpus_gen.h"

int main(int argc, char** argv) {
  CLI::App app{"newsgraph-gen: a synthetic tech-news corpus for benchmarks (JSON lines)"};
  std::string size = "10MB", out_path = "-";
  newsgraph::gen::CorpusOptions opts;
  app.add_option("--size", size, "Bytes to write, e.g. 500KB, 10MB, 1GB (powers of 1000)")
      ->capture_default_str();
  app.add_option("--seed", opts.seed, "PRNG seed; the same seed and size give the same bytes")
      ->capture_default_str();
  app.add_option("-o,--output", out_path, "Output file (- for stdout)")->capture_default_str();
  app.footer("Example: newsgraph-gen --size 10MB --seed 1 -o gen-10MB.jsonl");
  CLI11_PARSE(app, argc, argv);
  try {
    opts.bytes = newsgraph::gen::parse_size(size);
  } catch (const std::invalid_argument& e) {
    std::cerr << "newsgraph-gen: " << e.what() << "\n";
    return 2;
  }
  std::ofstream file;
  if (out_path != "-") {
    file.open(out_path, std::ios::binary);
    if (!file) {
      std::cerr << "newsgraph-gen: cannot write " << out_path << "\n";
      return 5;
    }
  }
  std::ostream& out = out_path == "-" ? std::cout : file;
  uint64_t n = newsgraph::gen::generate_corpus(opts, out);
  out.flush();
  if (!out) {
    std::cerr << "newsgraph-gen: write to " << out_path << " failed\n";
    return 5;
  }
  std::cerr << "newsgraph-gen: " << n << " articles\n";
  return 0;
}
