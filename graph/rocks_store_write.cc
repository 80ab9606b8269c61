// Writing documents: their rows, new dictionary terms, their by_doc index and the counters,
// several whole documents in one WriteBatch.
#include <unordered_map>

#include <rocksdb/write_batch.h>

#include "graph/document_rows.h"
#include "graph/rocks_store.h"
#include "graph/store_values.h"

namespace newsgraph {
using keys::Family;
using keys::TermId;

// What the documents of one batch not yet written change, so that a later document of the
// batch sees them: the counters, the terms new to the dictionary and the entities rows put or
// deleted (which decide the `entities` counter and the resolution rows).
struct RocksStore::Pending {
  rocksdb::WriteBatch batch;
  StoreStats counts;
  TermId next = 1;
  std::unordered_map<std::string, TermId> terms;     // new in this batch
  std::set<std::string> docs;                        // doc ids written in this batch
  std::map<TermId, std::set<TermId>> added, removed;  // entity -> docs whose row it gained/lost
};

Store::PutOutcome RocksStore::put(const Extraction& x) { return put_all({&x, 1}).at(0); }

std::vector<Store::PutOutcome> RocksStore::put_all(std::span<const Extraction> xs) {
  std::vector<PutOutcome> out;
  out.reserve(xs.size());
  auto p = start();
  for (const Extraction& x : xs) {
    if (p->docs.count(x.doc)) commit(*p), p = start();  // its stored version must be read
    p->batch.SetSavePoint();
    try {
      out.push_back(put_one(x, *p));
      check(p->batch.PopSavePoint());
    } catch (const StoreError&) {  // the documents before it are still written, each whole
      check(p->batch.RollbackToSavePoint());
      commit(*p);
      throw;
    }
  }
  commit(*p);
  return out;
}

std::unique_ptr<RocksStore::Pending> RocksStore::start() {
  if (!writer_) {  // one writer (the LOCK file): read once, then kept up to date here
    StoreStats s = stats();
    writer_ = {s, read(Family::kMeta, kNextTermKey, values::decode_count).value_or(1)};
  }
  auto p = std::make_unique<Pending>();
  p->counts = writer_->first;
  p->next = writer_->second;
  return p;
}

Store::PutOutcome RocksStore::put_one(const Extraction& x, Pending& p) {
  auto old = document(x.doc);
  if (old && old->content_hash == x.content_hash) return PutOutcome::kUnchanged;
  StoreStats counts = p.counts;
  TermId next = p.next;
  TermId doc = old ? term_id(x.doc).value_or(0) : 0;
  std::set<TermId> before = old ? erase(doc, p.batch, counts) : std::set<TermId>();

  // New terms go into the dictionary in the same batch, so no index row outlives its terms.
  std::unordered_map<std::string, TermId> known, fresh;  // this document's terms; new ones
  auto term = [&](std::string_view text) {
    std::string key(text);
    if (auto it = known.find(key); it != known.end()) return it->second;
    std::optional<TermId> id;
    if (auto it = p.terms.find(key); it != p.terms.end()) id = it->second;
    else id = term_id(text);
    if (!id) {
      if (next > keys::kMaxTermId) fail("term dictionary full: no term id left for a new term");
      id = next++;
      fresh.emplace(key, *id);
      for (const Row& row : term_rows(text, *id))
        check(p.batch.Put(family(row.family), row.key, row.value));
    }
    known.emplace(std::move(key), *id);
    return *id;
  };
  std::vector<Row> rows = document_rows(x, term);
  doc = term(x.doc);

  Row by_doc = by_doc_row(rows, doc);
  std::set<TermId> after;
  for (const Row& row : rows) {
    check(p.batch.Put(family(row.family), row.key, row.value));
    count_row(counts, row.family, +1);
    if (row.family == Family::kEntities) after.insert(keys::id_at(row.key));
  }
  check(p.batch.Put(family(by_doc.family), by_doc.key, by_doc.value));
  std::unordered_map<TermId, std::string_view> texts;
  for (const auto& [text, id] : known) texts.emplace(id, text);
  index_entities(doc, before, after, p, [&](TermId id) {
    auto it = texts.find(id);
    return it != texts.end() ? std::string(it->second) : term_text(id);
  }, counts);

  // Nothing above threw: the document joins the batch.
  p.counts = counts;
  p.next = next;
  p.terms.merge(fresh);
  p.docs.insert(x.doc);
  for (TermId e : before) p.removed[e].insert(doc);
  for (TermId e : after) p.added[e].insert(doc);
  return old ? PutOutcome::kReplaced : PutOutcome::kAdded;
}

bool RocksStore::remove(std::string_view doc) {
  if (!document(doc)) return false;
  auto p = start();
  TermId id = term_id(doc).value_or(0);
  std::set<TermId> before = erase(id, p->batch, p->counts);
  index_entities(id, before, {}, *p, [&](TermId t) { return term_text(t); }, p->counts);
  commit(*p);
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
                                const std::set<TermId>& after, Pending& p,
                                const std::function<std::string(TermId)>& text_of,
                                StoreStats& counts) const {
  std::set<TermId> touched = before;
  touched.insert(after.begin(), after.end());
  for (TermId id : touched) {
    bool elsewhere = mentioned_elsewhere(id, doc, p);
    bool was = elsewhere || before.count(id), is = elsewhere || after.count(id);
    counts.entities = counts.entities + is - was;
    if (was == is) continue;
    std::string key = resolution_key(text_of(id), id);
    if (key.empty()) continue;
    check(is ? p.batch.Put(family(Family::kResolution), key, "")
             : p.batch.Delete(family(Family::kResolution), key));
  }
}

bool RocksStore::mentioned_elsewhere(TermId entity, TermId doc, const Pending& p) const {
  if (auto it = p.added.find(entity); it != p.added.end() && !it->second.empty()) return true;
  auto gone = p.removed.find(entity);
  if (gone == p.removed.end() || gone->second.empty()) {
    std::string prefix = keys::ids({entity}), own = keys::ids({entity, doc});
    return any_key(Family::kEntities, prefix, own) ||
           any_key(Family::kEntities, own + '\0', keys::prefix_end(prefix));
  }
  bool found = false;  // a stored row of a document other than `doc` and those deleted
  scan(Family::kEntities, keys::ids({entity}), [&](std::string_view k, std::string_view) {
    TermId d = keys::id_at(k.substr(keys::kIdBytes));
    found = found || (d != doc && !gone->second.count(d));
  });
  return found;
}

void RocksStore::commit(Pending& p) {
  if (p.batch.Count() == 0) return;
  StoreStats c = p.counts;
  for (auto [key, value] : counters(c))
    check(p.batch.Put(family(Family::kMeta), key, values::encode_count(*value)));
  check(p.batch.Put(family(Family::kMeta), kNextTermKey, values::encode_count(p.next)));
  auto s = db_->Write(rocksdb::WriteOptions(), &p.batch);  // WAL on: durable once it returns
  forget_resolution();
  if (!s.ok()) writer_.reset();  // read again from the store by the next write
  check(s);
  writer_ = {p.counts, p.next};
  for (const auto& [text, id] : p.terms) remember(id, text);
}

}  // namespace newsgraph
