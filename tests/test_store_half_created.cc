// Found by cli.kill_during_ingest under load: an ingest killed while it creates a new store
// (RocksDB's files written, the column families not yet) leaves a folder that a read-only open
// refuses ("Column family not found: docs"), so `stats` and queries fail until another ingest
// runs. Such a store holds no documents and should open as empty. The store (graph/) is
// another engineer's; this test marks the bug until it is fixed there.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <memory>

#include <rocksdb/db.h>

#include "graph/store.h"

using namespace newsgraph;

TEST_CASE("a store killed before its column families exist opens read-only as empty", "[store]") {
  auto dir = std::filesystem::temp_directory_path() / ("newsgraph_half_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  {
    rocksdb::Options options;
    options.create_if_missing = true;
    rocksdb::DB* raw = nullptr;
    REQUIRE(rocksdb::DB::Open(options, dir.string(), &raw).ok());
    std::unique_ptr<rocksdb::DB> db(raw);  // closed here: only the "default" family exists
  }
  std::unique_ptr<Store> store;
  CHECK_NOTHROW(store = Store::open(dir, Store::Mode::kReadOnly));
  if (store) CHECK(store->stats().documents == 0);
  std::filesystem::remove_all(dir);
}
