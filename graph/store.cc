// Store::open: RocksDB options, column families and the mapping of open failures.
#include "graph/store.h"

#include <algorithm>

#include <fmt/format.h>
#include <rocksdb/convenience.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/table.h>

#include "graph/rocks_store.h"

namespace newsgraph {
namespace {

// LZ4 (fast) or else ZSTD, whichever this RocksDB build has; uncompressed otherwise.
rocksdb::CompressionType compression() {
  auto supported = rocksdb::GetSupportedCompressions();
  for (auto c : {rocksdb::kLZ4Compression, rocksdb::kZSTD})
    if (std::find(supported.begin(), supported.end(), c) != supported.end()) return c;
  return rocksdb::kNoCompression;
}

rocksdb::ColumnFamilyOptions family_options() {
  rocksdb::BlockBasedTableOptions table;
  // 10 bits a key: about 1% false positives for the point lookups (docs, meta, quotes).
  table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  rocksdb::ColumnFamilyOptions options;
  options.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  options.compression = compression();
  return options;
}

std::vector<rocksdb::ColumnFamilyDescriptor> family_descriptors() {
  std::vector<rocksdb::ColumnFamilyDescriptor> out{
      {rocksdb::kDefaultColumnFamilyName, family_options()}};
  for (size_t f = 0; f < keys::kFamilyCount; ++f)
    out.emplace_back(std::string(keys::family_name(keys::Family(f))), family_options());
  return out;
}

StoreError open_error(const std::filesystem::path& dir, const rocksdb::Status& s) {
  // RocksDB reports a held LOCK file as an I/O error naming it ("While lock file", "lock hold
  // by current process").
  std::string what = s.ToString();
  if (s.IsIOError() && what.find("lock") != std::string::npos)
    return StoreError(dir.string() + ": store is locked by another process");
  return StoreError(fmt::format("{}: {}", dir.string(), what));
}

}  // namespace

std::unique_ptr<Store> Store::open(const std::filesystem::path& dir, Mode mode) {
  bool read_only = mode == Mode::kReadOnly;
  std::error_code ec;
  if (read_only && !std::filesystem::exists(dir / "CURRENT", ec))
    throw StoreError(dir.string() + ": no store here (run `newsgraph ingest` first)");
  if (!read_only && (std::filesystem::create_directories(dir, ec), ec))
    throw StoreError(fmt::format("{}: {}", dir.string(), ec.message()));

  rocksdb::DBOptions options;
  options.create_if_missing = !read_only;
  options.create_missing_column_families = !read_only;
  options.keep_log_file_num = 4;  // RocksDB's info LOG files; the default keeps 1000
  // Eleven families share one WAL, which RocksDB keeps until every family in it is flushed;
  // the defaults (64 MiB memtables each, WAL limit 4x their sum) let it grow to gigabytes.
  options.db_write_buffer_size = 64 << 20;  // bytes of memtables over all families
  options.max_total_wal_size = 64 << 20;    // bytes; beyond, the oldest families are flushed
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
  auto families = family_descriptors();
  auto s = read_only ? rocksdb::DB::OpenForReadOnly(options, dir.string(), families, &handles, &db)
                     : rocksdb::DB::Open(options, dir.string(), families, &handles, &db);
  if (!s.ok()) throw open_error(dir, s);
  auto store = std::make_unique<RocksStore>(dir, db, std::move(handles));
  store->check_layout(read_only);
  return store;
}

}  // namespace newsgraph
