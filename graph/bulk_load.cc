#include "graph/bulk_load.h"

#include <algorithm>
#include <system_error>

#include <fmt/format.h>
#include <rocksdb/sst_file_writer.h>

#include "graph/rocks_store.h"
#include "graph/store_values.h"

namespace newsgraph {
namespace {

using keys::Family;
using keys::TermId;

// What a buffered row costs in memory: the Row itself and its key and value bytes (those past
// the strings' inline buffer are on the heap).
size_t bytes_of(const Row& row) { return sizeof(Row) + row.key.size() + row.value.size(); }

}  // namespace

BulkLoader::BulkLoader(const std::filesystem::path& dir, size_t buffer_bytes)
    : dir_(dir), scratch_(dir / "bulk-load.tmp"), buffer_bytes_(buffer_bytes),
      owner_(Store::open(dir, Store::Mode::kReadWrite)),
      store_(static_cast<RocksStore*>(owner_.get())),  // Store::open makes only RocksStores
      buffer_(1) {
  if (store_->get(Family::kMeta, kNextTermKey))
    store_->fail("not empty (it holds, or held, documents): a bulk load fills a new or empty "
                 "store; add to this one with `newsgraph ingest --db DIR PATH...`");
  std::error_code ec;
  std::filesystem::remove_all(scratch_, ec);  // left by a killed load: never ingested
  if (std::filesystem::create_directories(scratch_, ec); ec)
    store_->fail(fmt::format("{}: {}", scratch_.string(), ec.message()));
}

BulkLoader::~BulkLoader() {
  std::error_code ec;
  std::filesystem::remove_all(scratch_, ec);
}

TermId BulkLoader::term(std::string_view text) {
  auto [it, fresh] = terms_.try_emplace(std::string(text), next_term_);
  if (!fresh) return it->second;
  texts_.push_back(&it->first);
  if (next_term_ > keys::kMaxTermId)
    store_->fail("term dictionary full: no term id left for a new term");
  for (Row& row : term_rows(text, next_term_)) {
    buffered_ += bytes_of(row);
    buffer_.back().push_back(std::move(row));
  }
  return next_term_++;
}

BulkLoader::Outcome BulkLoader::add(const Extraction& x) {
  if (auto [it, fresh] = hashes_.try_emplace(x.doc, x.content_hash); !fresh)
    return it->second == x.content_hash ? Outcome::kUnchanged : Outcome::kConflict;
  std::vector<Row> rows = document_rows(x, [this](std::string_view t) { return term(t); });
  TermId doc = term(x.doc);
  rows.push_back(by_doc_row(rows, doc));
  std::vector<TermId> fresh;  // entities met for the first time, as put's index_entities
  for (const Row& row : rows) {
    count_row(counts_, row.family, +1);
    if (row.family == Family::kEntities && entities_.insert(keys::id_at(row.key)).second)
      fresh.push_back(keys::id_at(row.key));
    buffered_ += bytes_of(row);
  }
  counts_.entities = entities_.size();
  for (TermId id : fresh)
    if (std::string key = resolution_key(*texts_[id - 1], id); !key.empty())
      rows.push_back({Family::kResolution, std::move(key), ""});
  // The document's rows stay where document_rows put them (moving a vector, not its rows);
  // the new terms' rows collect in the last chunk.
  buffer_.insert(buffer_.end() - 1, std::move(rows));
  if (buffered_ >= buffer_bytes_) write_out();
  return Outcome::kAdded;
}

StoreStats BulkLoader::finish() {
  if (!buffer_.back().empty() || buffer_.size() > 1) write_out();  // none added: stays empty
  return store_->stats();
}

void BulkLoader::write_out() {
  auto& meta = buffer_.back();
  meta.push_back({Family::kMeta, std::string(kNextTermKey), values::encode_count(next_term_)});
  for (auto [key, value] : counters(counts_))
    meta.push_back({Family::kMeta, std::string(key), values::encode_count(*value)});
  // Each family's rows in the order they were added, then sorted by key; of a key written
  // twice the last value stays, as in a WriteBatch.
  std::vector<std::vector<const Row*>> by_family(keys::kFamilyCount);
  for (const auto& chunk : buffer_)
    for (const Row& row : chunk) by_family[size_t(row.family)].push_back(&row);

  std::vector<rocksdb::IngestExternalFileArg> files;
  for (size_t f = 0; f < by_family.size(); ++f) {
    auto& rows = by_family[f];
    if (rows.empty()) continue;
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row* a, const Row* b) { return a->key < b->key; });
    auto* family = store_->family(Family(f));
    rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), store_->db_->GetOptions(family), family);
    std::string path = (scratch_ / fmt::format("{}-{}.sst", files_++, f)).string();
    store_->check(writer.Open(path));
    for (size_t i = 0; i < rows.size(); ++i)
      if (i + 1 == rows.size() || rows[i + 1]->key != rows[i]->key)
        store_->check(writer.Put(rows[i]->key, rows[i]->value));
    store_->check(writer.Finish());
    rocksdb::IngestExternalFileArg arg;
    arg.column_family = family;
    arg.external_files = {path};
    arg.options.move_files = true;  // a hard link into the store, no copy
    files.push_back(std::move(arg));
  }
  store_->check(store_->db_->IngestExternalFiles(files));
  store_->forget_resolution();
  buffer_.assign(1, {});
  buffered_ = 0;
}

}  // namespace newsgraph
