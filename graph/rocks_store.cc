#include "graph/rocks_store.h"

#include <algorithm>
#include <array>
#include <tuple>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "graph/store_values.h"
#include "ingest/fold.h"

namespace newsgraph {
namespace {

using keys::Family;

constexpr uint64_t kLayoutVersion = 1;

// The display name comes from the earliest contribution: by publication date (undated
// last), then document id, so it does not depend on the order of ingestion.
bool earlier(const values::Contribution& a, std::string_view a_doc,
             const values::Contribution& b, std::string_view b_doc) {
  return std::tuple(!a.published, a.published.value_or(""), a_doc) <
         std::tuple(!b.published, b.published.value_or(""), b_doc);
}

// One entity's record: the sum of its documents' contributions (`parts`, in document order).
EntityRecord aggregate(const EntityId& id,
                       const std::vector<std::pair<std::string, values::Contribution>>& parts) {
  EntityRecord r{.id = id};
  const std::pair<std::string, values::Contribution>* first = nullptr;
  std::set<std::string> forms;
  for (const auto& part : parts) {
    const auto& [doc, c] = part;
    if (!first || earlier(c, doc, first->second, first->first)) first = &part;
    r.mentions += c.mentions;
    r.docs.push_back(doc);
    forms.insert(c.forms.begin(), c.forms.end());
  }
  r.name = first->second.name;
  r.type = first->second.type;
  forms.erase(r.name);
  r.aliases.assign(forms.begin(), forms.end());
  return r;
}

}  // namespace

std::array<std::pair<std::string_view, uint64_t*>, 5> counters(StoreStats& s) {
  return {{{"documents", &s.documents}, {"entities", &s.entities}, {"quotes", &s.quotes},
           {"roles", &s.roles}, {"triples", &s.triples}}};
}

RocksStore::RocksStore(std::filesystem::path dir, rocksdb::DB* db,
                       std::vector<rocksdb::ColumnFamilyHandle*> handles)
    : dir_(std::move(dir)), db_(db), handles_(std::move(handles)) {}

RocksStore::~RocksStore() {
  // Flushing the memtables on close means the next open, read-only ones included, need not
  // replay the write-ahead log (tens of seconds after a large ingest). A read-only store
  // answers NotSupported, and a failed flush loses nothing (the log still holds the writes),
  // so the status is ignored.
  db_->Flush(rocksdb::FlushOptions(), handles_).PermitUncheckedError();
  for (auto* h : handles_) db_->DestroyColumnFamilyHandle(h);
}

rocksdb::ColumnFamilyHandle* RocksStore::family(Family f) const {
  return handles_[static_cast<size_t>(f) + 1];
}

void RocksStore::check(const rocksdb::Status& s) const {
  if (!s.ok()) fail(s.ToString());
}

void RocksStore::fail(std::string_view what) const {
  throw StoreError(fmt::format("{}: {}", dir_.string(), what));
}

std::optional<std::string> RocksStore::get(Family f, std::string_view key) const {
  std::string value;
  auto s = db_->Get({}, family(f), key, &value);
  if (s.IsNotFound()) return std::nullopt;
  check(s);
  return value;
}

TripleRecord RocksStore::triple(Family f, std::string_view key, std::string_view value) const {
  auto k = keys::parse_triple_key(f, key);
  if (!k) fail(fmt::format("malformed key in {}", keys::family_name(f)));
  auto v = decode(f, value, values::decode_triple_value);
  return {.subject = k->subject, .predicate = k->predicate, .object = k->object,
          .literal = v.literal, .doc = k->doc, .span = v.span, .rule = v.rule,
          .confidence = v.confidence};
}

void RocksStore::scan(Family f, std::string_view prefix, const Visit& visit) const {
  std::string end = keys::prefix_end(prefix);
  rocksdb::Slice bound = rocksdb::Slice(end);
  rocksdb::ReadOptions options;
  if (!end.empty()) options.iterate_upper_bound = &bound;
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(options, family(f)));
  for (it->Seek(prefix); it->Valid(); it->Next())
    visit(it->key().ToStringView(), it->value().ToStringView());
  check(it->status());
}

void RocksStore::check_layout(bool read_only) {
  auto version = read(Family::kMeta, "layout", values::decode_count);
  if (!version && !read_only)
    check(db_->Put({}, family(Family::kMeta), "layout", values::encode_count(kLayoutVersion)));
  else if (version && *version != kLayoutVersion)
    fail(fmt::format("store layout {}, this newsgraph reads layout {}", *version, kLayoutVersion));
}

bool RocksStore::any_key(Family f, std::string_view begin, std::string_view end) const {
  rocksdb::Slice bound(end);
  rocksdb::ReadOptions options;
  options.iterate_upper_bound = &bound;
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(options, family(f)));
  it->Seek(begin);
  check(it->status());
  return it->Valid();
}

StoreStats RocksStore::stats() const {
  StoreStats s;
  for (auto [key, field] : counters(s))
    *field = read(Family::kMeta, key, values::decode_count).value_or(0);
  return s;
}

std::vector<EntityId> RocksStore::resolve(std::string_view name) const {
  std::string key = fold_key(name);
  if (key.empty()) return {};
  std::set<EntityId> ids;
  scan(Family::kAliases, keys::prefix({key}), [&](std::string_view k, std::string_view) {
    ids.insert(std::string(keys::split(k, 2)[1]));
  });
  std::vector<std::pair<uint64_t, EntityId>> ranked;
  for (const auto& id : ids)
    if (auto e = entity(id)) ranked.emplace_back(e->mentions, id);
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<EntityId> out;
  for (auto& [mentions, id] : ranked) out.push_back(std::move(id));
  return out;
}

std::optional<EntityRecord> RocksStore::entity(const EntityId& id) const {
  std::vector<std::pair<std::string, values::Contribution>> parts;
  scan(Family::kEntities, keys::prefix({id}), [&](std::string_view k, std::string_view v) {
    parts.emplace_back(keys::split(k, 1)[1],
                       decode(Family::kEntities, v, values::decode_contribution));
  });
  if (parts.empty()) return std::nullopt;
  return aggregate(id, parts);
}

std::optional<DocumentRecord> RocksStore::document(std::string_view doc) const {
  return read(Family::kDocs, keys::join({doc}), values::decode_document);
}

void RocksStore::for_each_entity(const std::function<void(const EntityRecord&)>& fn) const {
  EntityId id;
  std::vector<std::pair<std::string, values::Contribution>> parts;
  scan(Family::kEntities, "", [&](std::string_view k, std::string_view v) {
    auto p = keys::split(k, 1);
    if (p[0] != id && !parts.empty()) {
      fn(aggregate(id, parts));
      parts.clear();
    }
    id = p[0];
    parts.emplace_back(p[1], decode(Family::kEntities, v, values::decode_contribution));
  });
  if (!parts.empty()) fn(aggregate(id, parts));
}

void RocksStore::for_each_document(const std::function<void(const DocumentRecord&)>& fn) const {
  scan(Family::kDocs, "",
       [&](auto, std::string_view v) { fn(decode(Family::kDocs, v, values::decode_document)); });
}

void RocksStore::for_each_quote(const std::function<void(const QuoteRecord&)>& fn) const {
  scan(Family::kQuotes, "",
       [&](auto, std::string_view v) { fn(decode(Family::kQuotes, v, values::decode_quote)); });
}

void RocksStore::for_each_role(const std::function<void(const RoleRecord&)>& fn) const {
  scan(Family::kRoles, "",
       [&](auto, std::string_view v) { fn(decode(Family::kRoles, v, values::decode_role)); });
}

void RocksStore::for_each_triple(const std::function<void(const TripleRecord&)>& fn) const {
  scan(Family::kSpo, "", [&](std::string_view k, std::string_view v) {
    fn(triple(Family::kSpo, k, v));
  });
}

std::vector<QuoteRecord> RocksStore::quotes(const std::set<std::string>& quote_keys) const {
  std::vector<QuoteRecord> out;
  for (const auto& key : quote_keys)
    if (auto q = read(Family::kQuotes, key, values::decode_quote)) out.push_back(std::move(*q));
  return out;
}

std::vector<QuoteRecord> RocksStore::quotes_by(const EntityId& id) const {
  std::set<std::string> quote_keys;  // doc NUL index: sorts in document order
  scan(Family::kSpo, keys::prefix({id, "said"}), [&](std::string_view k, std::string_view) {
    if (auto t = keys::parse_triple_key(Family::kSpo, k))
      if (auto key = keys::quote_key_of(t->object)) quote_keys.insert(*key);
  });
  return quotes(quote_keys);
}

std::vector<QuoteRecord> RocksStore::quotes_about(const EntityId& id) const {
  std::set<std::string> quote_keys;
  scan(Family::kPos, keys::prefix({"about", id}), [&](std::string_view k, std::string_view) {
    if (auto t = keys::parse_triple_key(Family::kPos, k))
      if (auto key = keys::quote_key_of(t->subject)) quote_keys.insert(*key);
  });
  return quotes(quote_keys);
}

std::vector<RoleRecord> RocksStore::roles_of(const EntityId& id) const {
  std::vector<RoleRecord> out;
  scan(Family::kRoles, keys::prefix({id}),
       [&](auto, std::string_view v) {
         out.push_back(decode(Family::kRoles, v, values::decode_role));
       });
  return out;
}

std::vector<TripleRecord> RocksStore::triples_of(const EntityId& id) const {
  std::vector<TripleRecord> out;
  scan(Family::kSpo, keys::prefix({id}), [&](std::string_view k, std::string_view v) {
    out.push_back(triple(Family::kSpo, k, v));
  });
  scan(Family::kOsp, keys::prefix({id}), [&](std::string_view k, std::string_view v) {
    auto t = triple(Family::kOsp, k, v);
    if (t.subject != id) out.push_back(std::move(t));  // a self-loop came from spo already
  });
  return out;
}

}  // namespace newsgraph
