#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "ingest/pipeline.h"

using namespace newsgraph;

namespace {
Article numbered(int i) {
  Article a;
  a.doc_id = std::to_string(i);
  return a;
}

// Later articles finish first (the first sleeps longest), so order must be restored.
int slow_square(const Article& a) {
  int i = std::stoi(a.doc_id);
  std::this_thread::sleep_for(std::chrono::microseconds(200 * (i % 5 == 0 ? 5 : 0)));
  return i * i;
}
}  // namespace

TEST_CASE("OrderedPipeline: results come out in push order for any number of jobs", "[jobs]") {
  for (unsigned jobs : {1u, 2u, 3u, 8u}) {
    std::vector<std::pair<std::string, int>> got;
    OrderedPipeline<int> p(jobs, slow_square, [&](Article&& a, int&& r) {
      got.emplace_back(a.doc_id, r);
    });
    for (int i = 0; i < 50; ++i) p.push(numbered(i));
    p.finish();
    REQUIRE(got.size() == 50);
    for (int i = 0; i < 50; ++i) {
      CHECK(got[size_t(i)].first == std::to_string(i));
      CHECK(got[size_t(i)].second == i * i);
    }
  }
}

TEST_CASE("OrderedPipeline: a failing article is rethrown after the ones before it", "[jobs]") {
  std::vector<int> got;
  OrderedPipeline<int> p(
      3,
      [](const Article& a) {
        if (a.doc_id == "7") throw std::runtime_error("bad 7");
        return std::stoi(a.doc_id);
      },
      [&](Article&&, int&& r) { got.push_back(r); });
  auto run = [&] {
    for (int i = 0; i < 20; ++i) p.push(numbered(i));
    p.finish();
  };
  CHECK_THROWS_WITH(run(), "bad 7");
  CHECK(got == std::vector<int>{0, 1, 2, 3, 4, 5, 6});
}

namespace {
// Threads of this process now (Linux: one entry a thread in /proc/self/task).
size_t process_threads() {
  return size_t(std::distance(std::filesystem::directory_iterator("/proc/self/task"),
                              std::filesystem::directory_iterator()));
}
}  // namespace

TEST_CASE("OrderedPipeline: no more threads than articles, whatever the jobs", "[jobs]") {
  size_t before = process_threads();
  size_t most = 0;  // the most threads a worker saw
  std::mutex mu;
  std::vector<int> out;
  {
    OrderedPipeline<int> p(200, [&](const Article& a) {
      size_t now = process_threads();
      std::lock_guard lock(mu);
      most = std::max(most, now);
      return slow_square(a);
    }, [&](Article&&, int&& r) { out.push_back(r); });
    for (int i = 0; i < 3; ++i) p.push(numbered(i));
    p.finish();
    CHECK(p.threads() <= 3);
    CHECK(p.threads() >= 1);
  }
  CHECK(out == std::vector<int>{0, 1, 4});
  CHECK(most - before <= 3);
}
