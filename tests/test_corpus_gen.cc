#include <catch2/catch.hpp>

#include <map>
#include <sstream>

#include "ingest/read.h"
#include "tools/newsgraph-gen/corpus_gen.h"

using namespace newsgraph;

namespace {
std::string corpus(uint64_t seed, uint64_t bytes) {
  std::ostringstream out;
  gen::generate_corpus({seed, bytes}, out);
  return out.str();
}
}  // namespace

TEST_CASE("corpus generator: the same seed gives the same bytes", "[gen]") {
  std::string a = corpus(7, 200'000), b = corpus(7, 200'000);
  CHECK(a.size() >= 200'000);
  CHECK(a == b);
  CHECK(corpus(8, 200'000) != a);
  CHECK(corpus(7, 50'000) == a.substr(0, corpus(7, 50'000).size()));  // a prefix of the longer
}

TEST_CASE("corpus generator: every line is an article newsgraph reads", "[gen]") {
  std::istringstream in(corpus(3, 100'000));
  std::vector<Article> articles;
  size_t errors = 0;
  read_json_lines(in, "gen", [&](Article&& a) { articles.push_back(std::move(a)); },
                  [&](const ReadError&) { ++errors; });
  CHECK(errors == 0);
  REQUIRE(articles.size() > 20);
  CHECK(articles[0].doc_id == "gen-3-0000001");
  CHECK(articles[0].published.has_value());
  CHECK(articles[0].text.find("\u201c") != std::string::npos);  // curly quotes (or a reported one)
}

TEST_CASE("corpus generator: entities recur with a long tail", "[gen]") {
  // Headlines open with the organisation's short name: the commonest must recur far more
  // often than the median one.
  std::istringstream in(corpus(5, 1'000'000));
  std::map<std::string, size_t> counts;
  read_json_lines(in, "gen", [&](Article&& a) { ++counts[a.title.substr(0, a.title.find(' '))]; },
                  [](const ReadError&) {});
  std::vector<size_t> freq;
  for (const auto& [name, n] : counts) freq.push_back(n);
  std::sort(freq.rbegin(), freq.rend());
  REQUIRE(freq.size() > 50);
  CHECK(freq.front() >= 10 * freq[freq.size() / 2]);
}

TEST_CASE("parse_size: units", "[gen]") {
  CHECK(gen::parse_size("10MB") == 10'000'000);
  CHECK(gen::parse_size("1gb") == 1'000'000'000);
  CHECK(gen::parse_size("2KiB") == 2048);
  CHECK(gen::parse_size("123") == 123);
  CHECK_THROWS_AS(gen::parse_size("ten"), std::invalid_argument);
  CHECK_THROWS_AS(gen::parse_size("5XB"), std::invalid_argument);
}
