// Store::open: RocksDB options, column families and the mapping of open failures.
#include "graph/store.h"

#include <algorithm>

#include <fmt/format.h>
#include <rocksdb/cache.h>
#include <rocksdb/convenience.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/slice_transform.h>
#include <rocksdb/table.h>

#include "graph/rocks_store.h"
#include "graph/store_log.h"
#include "graph/store_values.h"

namespace newsgraph {
namespace {

// Bytes of uncompressed blocks (data, index and filter partitions) a store keeps in memory.
// Read-only (queries): 17 families times RocksDB's 8 MiB default. Read-write: less, as
// `ingest` reads few families and its peak RSS has a bound of its own (136 MiB took a
// 100,000-document ingest from 273 to 321 MB).
constexpr size_t kReadOnlyCacheBytes = 136 << 20;
constexpr size_t kReadWriteCacheBytes = 32 << 20;

// ZSTD (about a third smaller than LZ4 on this data) or else LZ4, whichever this RocksDB
// build has; uncompressed otherwise.
rocksdb::CompressionType compression() {
  auto supported = rocksdb::GetSupportedCompressions();
  for (auto c : {rocksdb::kZSTD, rocksdb::kLZ4Compression})
    if (std::find(supported.begin(), supported.end(), c) != supported.end()) return c;
  return rocksdb::kNoCompression;
}

// Families of Get lookups filter whole keys; those of fixed-prefix seeks filter prefixes
// (keys::prefix_length); aliases and resolution (seeks by a text prefix of any length) need
// no filter.
rocksdb::ColumnFamilyOptions family_options(keys::Family f,
                                           const std::shared_ptr<rocksdb::Cache>& cache) {
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = cache;
  // 10 bits a key: about 1% false positives.
  if (f != keys::Family::kAliases && f != keys::Family::kResolution)
    table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  table.whole_key_filtering = keys::prefix_length(f) == 0;  // never asked for whole keys
  table.block_size = 16 << 10;  // bytes; 4 times the default: small keys compress better
  // Partitioned indexes and filters, kept in the block cache: a cold query reads the top-level
  // index and the partitions it needs from each file it touches, not the file's whole filter
  // (which was most of a cold `quotes --about` on a 100,000-document store).
  table.index_type = rocksdb::BlockBasedTableOptions::IndexType::kTwoLevelIndexSearch;
  table.partition_filters = true;
  table.cache_index_and_filter_blocks = true;
  rocksdb::ColumnFamilyOptions options;
  options.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  if (size_t prefix = keys::prefix_length(f))
    options.prefix_extractor.reset(rocksdb::NewFixedPrefixTransform(prefix));
  options.compression = compression();  // every level: compression_per_level stays empty
  return options;
}

std::vector<rocksdb::ColumnFamilyDescriptor> family_descriptors(size_t cache_bytes) {
  std::vector<rocksdb::ColumnFamilyDescriptor> out{
      {rocksdb::kDefaultColumnFamilyName, rocksdb::ColumnFamilyOptions()}};
  // One block cache for all families (RocksDB's default is 8 MiB per family): the families a
  // query reads at random (spo, term_text) may use all of it.
  auto cache = rocksdb::NewLRUCache(cache_bytes);
  for (size_t f = 0; f < keys::kFamilyCount; ++f) {
    auto family = keys::Family(f);
    out.emplace_back(std::string(keys::family_name(family)), family_options(family, cache));
  }
  return out;
}

StoreError open_error(const std::filesystem::path& dir, const rocksdb::Status& s) {
  // RocksDB reports a held LOCK file as an I/O error naming it ("While lock file", "lock hold
  // by current process").
  std::string what = s.ToString();
  for (const char* reason : {"Permission denied", "Read-only file system"})  // not a lock held
    if (s.IsIOError() && what.find(reason) != std::string::npos)
      return StoreError(fmt::format("{}: cannot write the store ({})", dir.string(), reason));
  if (s.IsIOError() && what.find("lock") != std::string::npos)
    return StoreError(dir.string() + ": store is locked by another process");
  return StoreError(fmt::format("{}: {}", dir.string(), what));
}

// The number a meta "layout" value holds, as text ("?" if malformed).
std::string layout_number(std::string_view value) {
  try {
    return std::to_string(values::decode_count(value));
  } catch (const nlohmann::json::exception&) {
    return "?";
  }
}

// A store written by a newsgraph of an older layout lacks the family this layout added last
// (layout 1 the term dictionary's, layout 2 `resolution`, layout 3 `role_dates`). Refused before opening, so a
// read-write open does not add this layout's families to it. A new store killed while its
// families were being created lacks them too, but has no layout yet.
void refuse_older_layout(const std::filesystem::path& dir) {
  std::vector<std::string> names;
  if (!rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), dir.string(), &names).ok()) return;
  auto meta = std::find(names.begin(), names.end(), "meta");
  auto newest = keys::family_name(keys::Family(keys::kFamilyCount - 1));
  if (meta == names.end() || std::count(names.begin(), names.end(), newest) > 0) return;
  std::vector<rocksdb::ColumnFamilyDescriptor> families;
  for (const auto& name : names) families.emplace_back(name, rocksdb::ColumnFamilyOptions());
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  auto s = rocksdb::DB::OpenForReadOnly({}, dir.string(), families, &handles, &raw);
  if (!s.ok()) throw open_error(dir, s);
  std::unique_ptr<rocksdb::DB> db(raw);
  std::string layout;
  bool old = db->Get({}, handles[meta - names.begin()], "layout", &layout).ok();
  for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
  if (!old) return;
  throw StoreError(fmt::format(
      "{}: store layout {}, this newsgraph reads layout {}: ingest the articles again into a "
      "new store (`newsgraph ingest --db NEW_DIR PATH...`), then delete this one",
      dir.string(), layout_number(layout), kLayoutVersion));
}

// The first entry of `dir` that RocksDB would not have written, or "": a store is only made
// in a new or empty folder (or one a killed writer left half-created), so a mistyped --db
// never scatters a store among someone's files.
std::string foreign_entry(const std::filesystem::path& dir) {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    std::string name = entry.path().filename().string();
    bool ours = name == "LOCK" || name == "IDENTITY" || name.starts_with("LOG") ||
                name.starts_with("MANIFEST-") || name.starts_with("OPTIONS-") ||
                name.starts_with("CURRENT") || name.ends_with(".log") || name.ends_with(".sst") ||
                name.ends_with(".dbtmp");
    if (!ours) return name;
  }
  return {};
}

}  // namespace

std::unique_ptr<Store> Store::open(const std::filesystem::path& dir, Mode mode) {
  bool read_only = mode == Mode::kReadOnly;
  std::error_code ec;
  // A file where the store should be gets the same message from every command.
  if (std::filesystem::exists(dir, ec) && !std::filesystem::is_directory(dir, ec))
    throw StoreError(dir.string() + ": not a directory (a store is a directory that "
                     "`newsgraph ingest --db DIR` creates)");
  if (read_only && !std::filesystem::exists(dir / "CURRENT", ec))
    throw StoreError(dir.string() + ": no store here (run `newsgraph ingest` first)");
  if (!read_only && (std::filesystem::create_directories(dir, ec), ec))
    throw StoreError(fmt::format("{}: {}", dir.string(), ec.message()));
  if (!read_only && !std::filesystem::exists(dir / "CURRENT", ec))
    if (std::string other = foreign_entry(dir); !other.empty())
      throw StoreError(fmt::format("{}: not a store, and not empty (it holds \"{}\"): give "
                                   "--db a new or empty folder", dir.string(), other));

  if (std::filesystem::exists(dir / "CURRENT", ec)) refuse_older_layout(dir);

  rocksdb::DBOptions options;
  options.create_if_missing = !read_only;
  options.create_missing_column_families = !read_only;
  // RocksDB's LOG through a logger that a full disk cannot make abort (graph/store_log.h).
  options.info_log = store_log(dir, !read_only);
  // Table files are opened when first read, not all at opening (the default, -1): a query
  // reads a few of a large store's files, and opening them all took most of a cold query.
  options.max_open_files = 512;
  options.skip_stats_update_on_db_open = true;  // no read of every file's properties
  // Fifteen families share one WAL, which RocksDB keeps until every family in it is flushed;
  // the defaults (64 MiB memtables each, WAL limit 4x their sum) let it grow to gigabytes.
  options.db_write_buffer_size = 64 << 20;  // bytes of memtables over all families
  options.max_total_wal_size = 64 << 20;    // bytes; beyond, the oldest families are flushed
  std::vector<rocksdb::ColumnFamilyHandle*> opened;
  rocksdb::DB* db = nullptr;
  auto families = family_descriptors(read_only ? kReadOnlyCacheBytes : kReadWriteCacheBytes);
  // A writer killed while creating the store leaves some families missing: a read-only open
  // reads them as empty (null handles); the next read-write open creates them.
  std::vector<std::string> existing;
  std::vector<size_t> positions;  // of the families opened, in `families`
  if (read_only) rocksdb::DB::ListColumnFamilies(options, dir.string(), &existing).PermitUncheckedError();
  std::vector<rocksdb::ColumnFamilyDescriptor> wanted;
  for (size_t i = 0; i < families.size(); ++i)
    if (!read_only || std::count(existing.begin(), existing.end(), families[i].name)) {
      wanted.push_back(families[i]);
      positions.push_back(i);
    }
  auto s = read_only ? rocksdb::DB::OpenForReadOnly(options, dir.string(), wanted, &opened, &db)
                     : rocksdb::DB::Open(options, dir.string(), wanted, &opened, &db);
  if (!s.ok()) throw open_error(dir, s);
  std::vector<rocksdb::ColumnFamilyHandle*> handles(families.size(), nullptr);
  for (size_t i = 0; i < opened.size(); ++i) handles[positions[i]] = opened[i];
  auto store = std::make_unique<RocksStore>(dir, db, std::move(handles));
  store->check_layout(read_only);
  return store;
}

}  // namespace newsgraph
