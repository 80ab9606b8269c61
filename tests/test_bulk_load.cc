// BulkLoader: the same documents loaded in bulk or put one by one give the same store.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <span>
#include <sstream>

#include <rocksdb/db.h>

#include "graph/bulk_load.h"
#include "ingest/pipeline.h"
#include "ingest/read.h"
#include "tests/query_fixture.h"
#include "tools/newsgraph-gen/corpus_gen.h"

using namespace newsgraph;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    static std::atomic<int> serial = 0;
    path = fs::temp_directory_path() /
           ("newsgraph-bulk-" + std::to_string(getpid()) + "-" + std::to_string(serial++));
    fs::remove_all(path);
  }
  ~TempDir() { fs::remove_all(path); }
};

// Every family's rows: family name -> key -> value (RocksDB's own files left out).
using Contents = std::map<std::string, std::map<std::string, std::string>>;

Contents contents(const fs::path& dir) {
  std::vector<std::string> names;
  REQUIRE(rocksdb::DB::ListColumnFamilies({}, dir.string(), &names).ok());
  std::vector<rocksdb::ColumnFamilyDescriptor> families;
  for (const auto& n : names) families.emplace_back(n, rocksdb::ColumnFamilyOptions());
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  REQUIRE(rocksdb::DB::OpenForReadOnly({}, dir.string(), families, &handles, &raw).ok());
  std::unique_ptr<rocksdb::DB> db(raw);
  Contents out;
  for (size_t i = 0; i < handles.size(); ++i) {
    std::unique_ptr<rocksdb::Iterator> it(db->NewIterator({}, handles[i]));
    auto& rows = out[names[i]];
    for (it->SeekToFirst(); it->Valid(); it->Next())
      rows.emplace(it->key().ToString(), it->value().ToString());
    REQUIRE(it->status().ok());
    db->DestroyColumnFamilyHandle(handles[i]);
  }
  return out;
}

// Extractions of a generated corpus: many documents, entities recurring across them.
std::vector<Extraction> generated(uint64_t bytes) {
  std::ostringstream text;
  gen::generate_corpus({5, bytes}, text);
  std::istringstream in(text.str());
  std::vector<Extraction> out;
  read_json_lines(in, "gen", [&](Article&& a) { out.push_back(extract(a)); },
                  [](const ReadError&) { FAIL("generated article unreadable"); });
  return out;
}

void put_all(const fs::path& dir, const std::vector<Extraction>& xs) {
  auto store = Store::open(dir, Store::Mode::kReadWrite);
  for (const auto& x : xs) store->put(x);
}

StoreStats load_all(const fs::path& dir, const std::vector<Extraction>& xs, size_t buffer) {
  BulkLoader loader(dir, buffer);
  for (const auto& x : xs) CHECK(loader.add(x) == BulkLoader::Outcome::kAdded);
  return loader.finish();
}

}  // namespace

TEST_CASE("bulk load: the store put would write, family by family", "[bulk]") {
  auto xs = testing::fixture_articles();
  auto more = generated(60'000);
  xs.insert(xs.end(), more.begin(), more.end());
  REQUIRE(xs.size() > 40);
  TempDir put, bulk, batches;
  put_all(put.path, xs);
  StoreStats s = load_all(bulk.path, xs, BulkLoader::kDefaultBufferBytes);
  load_all(batches.path, xs, 4096);  // written out every few documents: overlapping files
  Contents expected = contents(put.path), one = contents(bulk.path),
           many = contents(batches.path);
  CHECK(expected.at("spo").size() > 500);
  CHECK(expected.at("resolution").size() > 10);
  CHECK(one.size() == expected.size());
  CHECK(many.size() == expected.size());
  for (const auto& [family, rows] : expected) {
    INFO(family);
    CHECK(one[family] == rows);
    CHECK(many[family] == rows);
  }
  CHECK(s.documents == xs.size());
  CHECK(s.triples == expected.at("spo").size());
}

TEST_CASE("bulk load: a loaded store takes further documents by put", "[bulk]") {
  auto xs = testing::fixture_articles();
  TempDir put, bulk;
  put_all(put.path, xs);
  load_all(bulk.path, {xs[0], xs[1]}, BulkLoader::kDefaultBufferBytes);
  put_all(bulk.path, {xs[2]});  // the dictionary goes on from the loaded terms
  CHECK(contents(bulk.path) == contents(put.path));
  auto store = Store::open(bulk.path, Store::Mode::kReadOnly);
  CHECK(store->quotes_by(store->resolve("Mira Okonkwo").at(0)).size() == 3);
}

TEST_CASE("bulk load: a document id met again is skipped", "[bulk]") {
  auto xs = testing::fixture_articles();
  TempDir put, bulk;
  put_all(put.path, xs);
  {
    BulkLoader loader(bulk.path);
    for (const auto& x : xs) loader.add(x);
    CHECK(loader.add(xs[1]) == BulkLoader::Outcome::kUnchanged);
    Extraction changed = xs[0];
    changed.content_hash = "other";
    changed.quotes.clear();
    CHECK(loader.add(changed) == BulkLoader::Outcome::kConflict);
    CHECK(loader.finish().quotes == 5);
  }
  CHECK(contents(bulk.path) == contents(put.path));
}

TEST_CASE("bulk load: a store that holds documents is refused, and left as it was", "[bulk]") {
  auto xs = testing::fixture_articles();
  TempDir dir;
  put_all(dir.path, {xs[0]});
  Contents before = contents(dir.path);
  CHECK_THROWS_WITH(BulkLoader(dir.path), Catch::Contains("not empty") &&
                                              Catch::Contains(dir.path.string()));
  CHECK(contents(dir.path) == before);
  auto store = Store::open(dir.path, Store::Mode::kReadWrite);
  store->remove("d1");  // emptied, but its terms stay: still refused
  store.reset();
  CHECK_THROWS_AS(BulkLoader(dir.path), StoreError);
}

TEST_CASE("bulk load: a load of no documents leaves the store open to another", "[bulk]") {
  TempDir dir;
  CHECK(BulkLoader(dir.path).finish().documents == 0);
  BulkLoader again(dir.path);
  again.add(testing::fixture_articles()[0]);
  CHECK(again.finish().documents == 1);
}

TEST_CASE("bulk load: documents not written out are not stored, none half", "[bulk]") {
  auto xs = testing::fixture_articles();
  TempDir dir;
  {
    BulkLoader loader(dir.path, 1);  // each document written out as soon as it is added
    loader.add(xs[0]);
    loader.add(xs[1]);
  }  // no finish(): as if interrupted after d2 was added
  auto store = Store::open(dir.path, Store::Mode::kReadOnly);
  CHECK(store->stats().documents == 2);
  CHECK(store->document("d2").has_value());
  CHECK_FALSE(store->document("d3").has_value());
}

namespace {
// Puts `xs` through put_all in batches of `size` documents; the outcomes in order.
std::vector<Store::PutOutcome> put_batches(const fs::path& dir, const std::vector<Extraction>& xs,
                                           size_t size) {
  auto store = Store::open(dir, Store::Mode::kReadWrite);
  std::vector<Store::PutOutcome> out;
  for (size_t i = 0; i < xs.size(); i += size) {
    auto part = store->put_all(std::span(xs).subspan(i, std::min(size, xs.size() - i)));
    out.insert(out.end(), part.begin(), part.end());
  }
  return out;
}
using O = Store::PutOutcome;
}  // namespace

TEST_CASE("put_all: batches of documents write the rows put writes one by one", "[bulk]") {
  auto xs = testing::fixture_articles();
  auto more = generated(60'000);
  xs.insert(xs.end(), more.begin(), more.end());
  TempDir one, batched;
  put_all(one.path, xs);
  put_batches(batched.path, xs, 16);
  CHECK(contents(batched.path) == contents(one.path));
}

TEST_CASE("put_all: a replaced, an unchanged and a repeated document in one batch", "[bulk]") {
  auto xs = testing::fixture_articles();
  REQUIRE(xs.size() >= 3);
  Extraction changed = xs[0];
  changed.content_hash = "other";
  changed.quotes.clear();
  changed.entities.resize(1);
  // Stored first: xs[0], xs[1]. Then one batch: xs[0] changed (replaced), xs[1] (unchanged),
  // xs[2] (added), xs[2] again (unchanged), xs[0] back as it was (replaced again).
  std::vector<Extraction> first{xs[0], xs[1]}, batch{changed, xs[1], xs[2], xs[2], xs[0]};
  TempDir one, batched;
  put_all(one.path, first);
  put_all(one.path, batch);
  put_batches(batched.path, first, 64);
  CHECK(put_batches(batched.path, batch, 64) ==
        std::vector<O>{O::kReplaced, O::kUnchanged, O::kAdded, O::kUnchanged, O::kReplaced});
  CHECK(contents(batched.path) == contents(one.path));
  auto store = Store::open(batched.path, Store::Mode::kReadOnly);
  auto s = store->stats();
  CHECK(s.documents == 3);
  CHECK(s.quotes == store->document(xs[0].doc)->quotes + store->document(xs[1].doc)->quotes +
                        store->document(xs[2].doc)->quotes);
}

TEST_CASE("put_all: a document removed and put back in batches keeps exact counts", "[bulk]") {
  auto xs = testing::fixture_articles();
  TempDir one, batched;
  put_all(one.path, xs);
  put_batches(batched.path, xs, 64);
  {
    auto store = Store::open(batched.path, Store::Mode::kReadWrite);
    CHECK(store->remove(xs[1].doc));
    CHECK(store->put_all(std::span(xs).subspan(0, 2)) == std::vector<O>{O::kUnchanged, O::kAdded});
  }
  CHECK(contents(batched.path) == contents(one.path));
}

TEST_CASE("put_all: a document that cannot be written keeps those before it, whole", "[bulk]") {
  auto xs = testing::fixture_articles();
  REQUIRE(xs.size() >= 3);
  TempDir dir;
  put_all(dir.path, {xs[1]});
  {  // xs[1]'s by_doc row made unreadable: replacing it must fail
    std::vector<std::string> names;
    REQUIRE(rocksdb::DB::ListColumnFamilies({}, dir.path.string(), &names).ok());
    std::vector<rocksdb::ColumnFamilyDescriptor> families;
    for (const auto& n : names) families.emplace_back(n, rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* raw = nullptr;
    REQUIRE(rocksdb::DB::Open({}, dir.path.string(), families, &handles, &raw).ok());
    std::unique_ptr<rocksdb::DB> db(raw);
    auto by_doc = handles[std::find(names.begin(), names.end(), "by_doc") - names.begin()];
    std::unique_ptr<rocksdb::Iterator> it(db->NewIterator({}, by_doc));
    int rows = 0;
    for (it->SeekToFirst(); it->Valid(); it->Next(), ++rows)
      REQUIRE(db->Put({}, by_doc, it->key(), std::string("\x7f\x00", 2)).ok());
    CHECK(rows == 1);
    it.reset();
    for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
  }
  Extraction changed = xs[1];
  changed.content_hash = "other";
  auto store = Store::open(dir.path, Store::Mode::kReadWrite);
  std::vector<Extraction> batch{xs[0], changed, xs[2]};
  CHECK_THROWS_AS(store->put_all(batch), StoreError);
  CHECK(store->document(xs[0].doc).has_value());           // before it: written
  CHECK(store->document(xs[1].doc)->content_hash == xs[1].content_hash);  // left as it was
  CHECK_FALSE(store->document(xs[2].doc).has_value());     // after it: not written
  CHECK(store->stats().documents == 2);
  CHECK(store->stats().quotes == store->document(xs[0].doc)->quotes +
                                     store->document(xs[1].doc)->quotes);
  CHECK(store->put(xs[2]) == Store::PutOutcome::kAdded);  // the writer's counters still right
  CHECK(store->stats().documents == 3);
}
