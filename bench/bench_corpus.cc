#include "bench/bench_corpus.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "ingest/read.h"
#include "tools/newsgraph-gen/corpus_gen.h"

namespace newsgraph::bench {
namespace {

std::string load() {
  std::ostringstream out;
  if (const char* path = std::getenv("NEWSGRAPH_BENCH_CORPUS"); path && *path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(std::string("cannot read ") + path);
    out << in.rdbuf();
  } else {
    gen::generate_corpus({.seed = 1, .bytes = 1'000'000}, out);
  }
  return out.str();
}

}  // namespace

const std::string& corpus_text() {
  static const std::string text = load();
  return text;
}

const std::vector<Article>& corpus_articles() {
  static const std::vector<Article> articles = [] {
    std::vector<Article> out;
    std::istringstream in(corpus_text());
    read_json_lines(in, "bench", [&](Article&& a) { out.push_back(std::move(a)); },
                    [](const ReadError&) {});
    return out;
  }();
  return articles;
}

int64_t corpus_bytes() {
  int64_t n = 0;
  for (const Article& a : corpus_articles()) n += int64_t(a.text.size());
  return n;
}

}  // namespace newsgraph::bench
