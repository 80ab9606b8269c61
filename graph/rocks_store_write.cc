// Writing a document: its rows, its by_doc index and the counters in one WriteBatch.
#include <rocksdb/write_batch.h>

#include "graph/document_rows.h"
#include "graph/rocks_store.h"
#include "graph/store_values.h"

namespace newsgraph {
namespace {

using keys::Family;

// Every by_doc key is doc NUL family-name NUL <key in that family>.
std::string by_doc_key(std::string_view doc, Family f, std::string_view key) {
  return keys::prefix({doc, keys::family_name(f)}) + std::string(key);
}

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
  for (const Row& row : document_rows(x)) {
    check(batch.Put(family(row.family), row.key, row.value));
    check(batch.Put(family(Family::kByDoc), by_doc_key(x.doc, row.family, row.key), ""));
    count(counts, row.family, +1);
    if (row.family == Family::kEntities) after.insert(entity_of(row.key));
  }
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
  scan(Family::kByDoc, keys::prefix({doc}), [&](std::string_view k, std::string_view) {
    auto p = keys::split(k, 2);
    auto f = p.size() == 3 ? keys::parse_family(p[1]) : std::nullopt;
    if (!f) fail("malformed row in by_doc");
    check(batch.Delete(family(*f), p[2]));
    check(batch.Delete(family(Family::kByDoc), k));
    count(counts, *f, -1);
    if (*f == Family::kEntities) entities.insert(entity_of(p[2]));
  });
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
  bool found = false;
  scan(Family::kEntities, keys::prefix({id}), [&](std::string_view k, std::string_view) {
    found = found || keys::split(k, 1)[1] != doc;
  });
  return found;
}

void RocksStore::commit(rocksdb::WriteBatch& batch, const StoreStats& counts) {
  StoreStats c = counts;
  for (auto [key, value] : counters(c))
    check(batch.Put(family(Family::kMeta), key, values::encode_count(*value)));
  check(db_->Write(rocksdb::WriteOptions(), &batch));  // WAL on: durable once it returns
}

}  // namespace newsgraph
