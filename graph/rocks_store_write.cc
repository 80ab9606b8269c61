// Writing a document: its rows, new dictionary terms, its by_doc index and the counters in one
// WriteBatch.
#include <unordered_map>

#include <rocksdb/write_batch.h>

#include "graph/document_rows.h"
#include "graph/rocks_store.h"
#include "graph/store_values.h"

namespace newsgraph {
using keys::Family;
using keys::TermId;

Store::PutOutcome RocksStore::put(const Extraction& x) {
  auto old = document(x.doc);
  if (old && old->content_hash == x.content_hash) return PutOutcome::kUnchanged;
  rocksdb::WriteBatch batch;
  StoreStats counts = stats();
  TermId doc = old ? term_id(x.doc).value_or(0) : 0;
  std::set<TermId> before = old ? erase(doc, batch, counts) : std::set<TermId>();

  // New terms go into the dictionary in this batch, so no index row outlives its terms.
  TermId next = read(Family::kMeta, kNextTermKey, values::decode_count).value_or(1);
  std::unordered_map<std::string, TermId> known;
  auto term = [&](std::string_view text) {
    std::string key(text);
    if (auto it = known.find(key); it != known.end()) return it->second;
    auto id = term_id(text);
    if (!id) {
      if (next > keys::kMaxTermId) fail("term dictionary full: no term id left for a new term");
      id = next++;
      for (const Row& row : term_rows(text, *id))
        check(batch.Put(family(row.family), row.key, row.value));
    }
    known.emplace(std::move(key), *id);
    return *id;
  };
  std::vector<Row> rows = document_rows(x, term);
  doc = term(x.doc);
  check(batch.Put(family(Family::kMeta), kNextTermKey, values::encode_count(next)));

  Row by_doc = by_doc_row(rows, doc);
  std::set<TermId> after;
  for (const Row& row : rows) {
    check(batch.Put(family(row.family), row.key, row.value));
    count_row(counts, row.family, +1);
    if (row.family == Family::kEntities) after.insert(keys::id_at(row.key));
  }
  check(batch.Put(family(by_doc.family), by_doc.key, by_doc.value));
  std::unordered_map<TermId, std::string_view> texts;
  for (const auto& [text, id] : known) texts.emplace(id, text);
  index_entities(doc, before, after, [&](TermId id) {
    auto it = texts.find(id);
    return it != texts.end() ? std::string(it->second) : term_text(id);
  }, batch, counts);
  commit(batch, counts);
  return old ? PutOutcome::kReplaced : PutOutcome::kAdded;
}

bool RocksStore::remove(std::string_view doc) {
  if (!document(doc)) return false;
  rocksdb::WriteBatch batch;
  StoreStats counts = stats();
  TermId id = term_id(doc).value_or(0);
  index_entities(id, erase(id, batch, counts), {}, [&](TermId t) { return term_text(t); },
                 batch, counts);
  commit(batch, counts);
  return true;
}

std::set<TermId> RocksStore::erase(TermId doc, rocksdb::WriteBatch& batch, StoreStats& counts) {
  std::set<TermId> entities;
  std::string key = keys::ids({doc});
  values::DocumentKeys written;
  if (auto value = get(Family::kByDoc, key))
    written = decode(Family::kByDoc, *value,
                     [&](std::string_view v) { return values::decode_document_keys(v, doc); });
  for (const auto& [f, k] : written) {
    check(batch.Delete(family(f), k));
    count_row(counts, f, -1);
    if (f == Family::kEntities) entities.insert(keys::id_at(k));
    if (f != Family::kSpo) continue;
    auto t = keys::parse_triple_key(Family::kSpo, k);
    if (!t) fail("malformed spo key in by_doc");
    for (Family order : {Family::kPos, Family::kOsp})
      check(batch.Delete(family(order), keys::triple_key(order, *t)));
  }
  check(batch.Delete(family(Family::kByDoc), key));
  return entities;
}

void RocksStore::index_entities(TermId doc, const std::set<TermId>& before,
                                const std::set<TermId>& after,
                                const std::function<std::string(TermId)>& text_of,
                                rocksdb::WriteBatch& batch, StoreStats& counts) const {
  std::set<TermId> touched = before;
  touched.insert(after.begin(), after.end());
  for (TermId id : touched) {
    bool elsewhere = mentioned_elsewhere(id, doc);
    bool was = elsewhere || before.count(id), is = elsewhere || after.count(id);
    counts.entities = counts.entities + is - was;
    if (was == is) continue;
    std::string key = resolution_key(text_of(id), id);
    if (key.empty()) continue;
    check(is ? batch.Put(family(Family::kResolution), key, "")
             : batch.Delete(family(Family::kResolution), key));
  }
}

bool RocksStore::mentioned_elsewhere(TermId entity, TermId doc) const {
  std::string prefix = keys::ids({entity}), own = keys::ids({entity, doc});
  return any_key(Family::kEntities, prefix, own) ||
         any_key(Family::kEntities, own + '\0', keys::prefix_end(prefix));
}

void RocksStore::commit(rocksdb::WriteBatch& batch, const StoreStats& counts) {
  StoreStats c = counts;
  for (auto [key, value] : counters(c))
    check(batch.Put(family(Family::kMeta), key, values::encode_count(*value)));
  check(db_->Write(rocksdb::WriteOptions(), &batch));  // WAL on: durable once it returns
  forget_resolution();
}

}  // namespace newsgraph
