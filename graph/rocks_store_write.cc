// Writing a document: its rows, its by_doc index and the counters in one WriteBatch.
#include <algorithm>
#include <tuple>

#include <rocksdb/write_batch.h>

#include "graph/document_rows.h"
#include "graph/rocks_store.h"
#include "graph/store_values.h"

namespace newsgraph {
namespace {

using keys::Family;

// Adds `delta` (+1 or -1) to the counter that rows of family `f` feed, if any. Entities
// are counted apart, as several documents share one.
void count(StoreStats& counts, Family f, int delta) {
  switch (f) {
    case Family::kDocs: counts.documents += delta; break;
    case Family::kQuotes: counts.quotes += delta; break;
    case Family::kRoles: counts.roles += delta; break;
    case Family::kSpo: counts.triples += delta; break;
    default: break;
  }
}

EntityId entity_of(std::string_view entity_key) {
  return std::string(keys::split(entity_key, 1)[0]);
}

}  // namespace

Store::PutOutcome RocksStore::put(const Extraction& x) {
  auto old = document(x.doc);
  if (old && old->content_hash == x.content_hash) return PutOutcome::kUnchanged;
  rocksdb::WriteBatch batch;
  StoreStats counts = stats();
  std::set<EntityId> before = old ? erase(x.doc, batch, counts) : std::set<EntityId>();
  std::set<EntityId> after;
  values::DocumentKeys written;
  std::vector<Row> rows = document_rows(x);
  // In key order, each family's memtable insert starts where the previous one ended.
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    return std::tie(a.family, a.key) < std::tie(b.family, b.key);
  });
  for (Row& row : rows) {
    check(batch.Put(family(row.family), row.key, row.value));
    count(counts, row.family, +1);
    if (row.family == Family::kEntities) after.insert(entity_of(row.key));
    written.emplace_back(row.family, std::move(row.key));
  }
  check(batch.Put(family(Family::kByDoc), keys::join({x.doc}), values::encode(written)));
  count_entities(x.doc, before, after, counts);
  commit(batch, counts);
  return old ? PutOutcome::kReplaced : PutOutcome::kAdded;
}

bool RocksStore::remove(std::string_view doc) {
  if (!document(doc)) return false;
  rocksdb::WriteBatch batch;
  StoreStats counts = stats();
  count_entities(doc, erase(doc, batch, counts), {}, counts);
  commit(batch, counts);
  return true;
}

std::set<EntityId> RocksStore::erase(std::string_view doc, rocksdb::WriteBatch& batch,
                                     StoreStats& counts) {
  std::set<EntityId> entities;
  std::string key = keys::join({doc});
  auto written = read(Family::kByDoc, key, values::decode_document_keys);
  for (const auto& [f, k] : written.value_or(values::DocumentKeys())) {
    check(batch.Delete(family(f), k));
    count(counts, f, -1);
    if (f == Family::kEntities) entities.insert(entity_of(k));
  }
  check(batch.Delete(family(Family::kByDoc), key));
  return entities;
}

void RocksStore::count_entities(std::string_view doc, const std::set<EntityId>& before,
                                const std::set<EntityId>& after, StoreStats& counts) const {
  std::set<EntityId> touched = before;
  touched.insert(after.begin(), after.end());
  for (const auto& id : touched) {
    bool elsewhere = mentioned_elsewhere(id, doc);
    bool was = elsewhere || before.count(id), is = elsewhere || after.count(id);
    counts.entities = counts.entities + is - was;
  }
}

bool RocksStore::mentioned_elsewhere(const EntityId& id, std::string_view doc) const {
  std::string prefix = keys::prefix({id}), own = keys::join({id, doc});
  return any_key(Family::kEntities, prefix, own) ||
         any_key(Family::kEntities, own + '\0', keys::prefix_end(prefix));
}

void RocksStore::commit(rocksdb::WriteBatch& batch, const StoreStats& counts) {
  StoreStats c = counts;
  for (auto [key, value] : counters(c))
    check(batch.Put(family(Family::kMeta), key, values::encode_count(*value)));
  check(db_->Write(rocksdb::WriteOptions(), &batch));  // WAL on: durable once it returns
}

}  // namespace newsgraph
