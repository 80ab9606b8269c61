// RocksStore: the Store on RocksDB (layout: schemas/store.md). Internal to graph/; callers
// use Store::open. Reads are safe from several threads (rocksdb::DB is); put, put_all and
// remove must be serialised by the caller, as they read the entity rows they update.
#pragma once

#include <array>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <span>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <rocksdb/db.h>

#include "graph/resolution.h"
#include "graph/store.h"
#include "graph/store_keys.h"
#include "graph/store_values.h"
#include "ingest/lexicon.h"

namespace newsgraph {

/// The counters kept in the meta family: (key, the field of `s` it holds).
std::array<std::pair<std::string_view, uint64_t*>, 5> counters(StoreStats& s);

/// The meta key of the id the next new term of the dictionary gets.
inline constexpr std::string_view kNextTermKey = "next_term";

/// The layout version this build reads and writes (meta "layout").
inline constexpr uint64_t kLayoutVersion = 4;

/// Triples as triples_of gives them: those with the entity as subject by (predicate, object,
/// document), then those with it as object by (subject, predicate, document); stable, so a
/// document's rows of one triple stay in index order. Ids as stored (before resolution).
std::vector<TripleRecord> in_triples_of_order(std::vector<TripleRecord> as_subject,
                                              std::vector<TripleRecord> as_object);

class RocksStore final : public Store {
  friend class BulkLoader;  // writes SST files of the same rows (graph/bulk_load.h)

 public:
  /// Takes ownership of `db` and of `handles` (RocksDB's default family first, then the
  /// families of keys::Family in order; null for a family missing from a read-only store,
  /// which then reads as empty).
  RocksStore(std::filesystem::path dir, rocksdb::DB* db,
             std::vector<rocksdb::ColumnFamilyHandle*> handles);
  ~RocksStore() override;

  /// Checks the meta "layout" version; writes it into a new store unless `read_only`.
  /// Throws StoreError for a store of another layout version.
  void check_layout(bool read_only);

  PutOutcome put(const Extraction& x) override;
  std::vector<PutOutcome> put_all(std::span<const Extraction> xs) override;
  bool remove(std::string_view doc) override;

  StoreStats stats() const override;
  std::vector<EntityId> resolve(std::string_view name) const override;
  std::vector<EntityId> people_with_surname(std::string_view word) const override;
  std::optional<EntityRecord> entity(const EntityId& id) const override;
  std::optional<uint64_t> mentions(const EntityId& id) const override;
  std::vector<std::string> folded_names() const override;
  std::optional<DocumentRecord> document(std::string_view doc) const override;

  void for_each_entity(const std::function<void(const EntityRecord&)>& fn) const override;
  void for_each_document(const std::function<void(const DocumentRecord&)>& fn) const override;
  void for_each_quote(const std::function<void(const QuoteRecord&)>& fn) const override;
  void for_each_role(const std::function<void(const RoleRecord&)>& fn) const override;
  void for_each_triple(const std::function<void(const TripleRecord&)>& fn) const override;

  std::vector<QuoteRecord> quotes_by(const EntityId& id) const override;
  std::vector<QuoteRecord> quotes_about(const EntityId& id) const override;
  void for_each_quote_of(const EntityId& id, QuoteLink link,
                         const std::function<bool(const QuoteEntry&)>& fn) const override;
  std::vector<QuoteRecord> quotes_at(
      const std::vector<std::pair<std::string, uint32_t>>& entries) const override;
  std::vector<RoleRecord> roles_of(const EntityId& id) const override;
  std::optional<RoleRecord> role_in(const EntityId& id, std::string_view doc) const override;
  std::optional<std::string> display_name(const EntityId& id) const override;
  std::vector<TripleRecord> triples_of(const EntityId& id) const override;
  std::vector<TripleRecord> triples_with_subject(const EntityId& id) const override;
  TriplePage relations_of(const EntityId& id, size_t max,
                          const std::function<bool(const std::string& doc)>& keep) const override;
  std::vector<RoleRecord> roles_in(const EntityId& id, std::string_view doc) const override;
  std::vector<DatedDocument> documents_of(const EntityId& id) const override;
  std::vector<EntityId> entities_in(std::string_view doc) const override;

  std::vector<EntityId> members(const EntityId& id) const override;
  void correct(const Correction& c) override;
  std::vector<Correction> corrections() const override;

 private:
  using Visit = std::function<void(std::string_view key, std::string_view value)>;
  /// One document's contribution to an entity: (document, contribution).
  using Parts = std::vector<std::pair<std::string, values::Contribution>>;

  rocksdb::ColumnFamilyHandle* family(keys::Family f) const;
  void check(const rocksdb::Status& s) const;
  [[noreturn]] void fail(std::string_view what) const;
  std::optional<std::string> get(keys::Family f, std::string_view key) const;
  /// parse(value); a malformed value (nlohmann::json::exception) becomes a StoreError.
  template <class Parse>
  auto decode(keys::Family f, std::string_view value, Parse parse) const;
  /// get() then decode().
  template <class T>
  std::optional<T> read(keys::Family f, std::string_view key, T (*parse)(std::string_view)) const;
  /// The resolution of the whole store as it is now (for whole-store readers): built on first
  /// use from every stored id, dropped by every write.
  std::shared_ptr<const Resolution> resolution() const;
  /// A resolution that decides `ids` (and every id joined to them) as resolution() does, from
  /// their join families only (graph/resolution.h join_key): a prefix seek of the resolution
  /// family per join family met. resolution() itself when it is built already.
  std::shared_ptr<const Resolution> resolution_for(const std::vector<EntityId>& ids) const;
  /// The stored ids of the join family `key`, in term id order, each once.
  std::vector<EntityId> join_family(const std::string& key) const;
  /// Replaces the entity ids of `records` by their canonical ids (Resolution::apply).
  template <class Record>
  void resolve_records(std::vector<Record>& records) const;
  void forget_resolution();
  /// corrections(), read once until the next write.
  std::vector<Correction> cached_corrections() const;
  /// Every entity id with a row in the entities family, in term id order.
  std::vector<EntityId> stored_entity_ids() const;
  /// The mentions of the stored ids `members` over all their entities rows; std::nullopt if
  /// they have none. Cheaper than entity(): no document ids are looked up.
  std::optional<uint64_t> mentions_of(const std::vector<EntityId>& members) const;
  /// Appends the contributions of stored entity `id` (not resolved) to `parts`.
  void add_parts(const EntityId& id, Parts& parts) const;
  /// The stored entity ids with an aliases row under fold key `key`, in term id order, each
  /// once (one seek per id: an id has a row per document that used the form).
  std::vector<keys::TermId> alias_ids(const std::string& key) const;
  /// The id of a term of the dictionary; std::nullopt if it is not there.
  std::optional<keys::TermId> term_id(std::string_view text) const;
  /// The text of a term id. Throws StoreError if the dictionary lacks it.
  std::string term_text(keys::TermId id) const;
  /// Puts the texts of `ids` the term cache lacks into it, read with one MultiGet (rows of
  /// a scan name many documents and objects: one batched read instead of a Get each).
  void cache_texts(std::vector<keys::TermId> ids) const;
  /// Caches a term read from the dictionary (a term never changes its id).
  void remember(keys::TermId id, std::string_view text) const;
  /// The triple of a key and value of family kSpo, kPos or kOsp.
  TripleRecord triple(keys::Family f, std::string_view key, std::string_view value) const;
  /// Visits every key starting with `prefix` (all keys if empty) in key order.
  void scan(keys::Family f, std::string_view prefix, const Visit& visit) const;
  /// Read options for a seek to `begin` bounded by `end` (none if empty): a seek shorter than
  /// the family's fixed prefix must ignore the prefix Bloom filters (total order).
  static rocksdb::ReadOptions seek_options(keys::Family f, std::string_view begin,
                                           const rocksdb::Slice* end);
  /// The first key and value of `f` starting with `prefix`; std::nullopt if there is none.
  std::optional<std::pair<std::string, std::string>> first(keys::Family f,
                                                           std::string_view prefix) const;
  /// Whether some key k has begin <= k < end.
  bool any_key(keys::Family f, std::string_view begin, std::string_view end) const;
  /// The quotes of these quote ids, in document order (by document id, then index).
  std::vector<QuoteRecord> quotes(const std::set<std::string>& quote_ids) const;
  /// The predicates of the pos family (its distinct first term ids, one seek each), read once
  /// until the next write.
  std::vector<keys::TermId> predicates() const;
  /// Triples of spo/pos/osp with the given key prefix (term ids).
  void scan_triples(keys::Family f, std::initializer_list<std::string_view> prefix_terms,
                    const std::function<void(const TripleRecord&)>& fn) const;

  // Writing (rocks_store_write.cc).
  struct Pending;
  /// A batch to fill, starting from the writer's counters and next term id.
  std::unique_ptr<Pending> start();
  /// Adds document `x` to `p` (nothing of it, and `p` unchanged, if it throws).
  PutOutcome put_one(const Extraction& x, Pending& p);
  std::set<keys::TermId> erase(keys::TermId doc, rocksdb::WriteBatch& batch, StoreStats& counts);
  /// Counts the entity ids that gain their first entities row (in `after`, the document's ids
  /// now) or lose their last (in `before`), and puts or deletes their resolution row in `p`.
  /// `text_of` gives an id's text (new terms are not in the dictionary yet).
  void index_entities(keys::TermId doc, const std::set<keys::TermId>& before,
                      const std::set<keys::TermId>& after, Pending& p,
                      const std::function<std::string(keys::TermId)>& text_of,
                      StoreStats& counts) const;
  /// Whether a document other than `doc` has an entities row of `entity`, the rows the
  /// documents of `p` put and delete included.
  bool mentioned_elsewhere(keys::TermId entity, keys::TermId doc, const Pending& p) const;
  /// Writes `p` with the counters and next term id (nothing if it is empty).
  void commit(Pending& p);

  std::filesystem::path dir_;
  std::unique_ptr<rocksdb::DB> db_;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
  // The counters and next term id as the last write left them (the writer is the only one:
  // it holds the LOCK file); read from meta by the first write, dropped by a failed one.
  std::optional<std::pair<StoreStats, keys::TermId>> writer_;
  // Terms read so far, both ways; cleared when it holds kCachedTerms (bounds memory).
  static constexpr size_t kCachedTerms = 1 << 20;
  mutable std::shared_mutex terms_mutex_;
  mutable std::unordered_map<keys::TermId, std::string> texts_;
  mutable StringMap<keys::TermId> ids_;
  mutable std::mutex resolution_mutex_;
  mutable std::shared_ptr<const Resolution> resolution_;
  // Point reads ask members() of the same few ids many times (each speaker and org of every
  // quote shown); like resolution_, dropped by every write. Cleared when it holds kCachedMembers.
  static constexpr size_t kCachedMembers = 1 << 16;
  mutable std::map<EntityId, std::vector<EntityId>> members_;
  mutable std::optional<std::vector<Correction>> corrections_;
  mutable std::optional<std::vector<keys::TermId>> predicates_;
};

template <class Parse>
auto RocksStore::decode(keys::Family f, std::string_view value, Parse parse) const {
  try {
    return parse(value);
  } catch (const nlohmann::json::exception& e) {
    fail(fmt::format("malformed row in {}: {}", keys::family_name(f), e.what()));
  }
}

template <class T>
std::optional<T> RocksStore::read(keys::Family f, std::string_view key,
                                  T (*parse)(std::string_view)) const {
  auto v = get(f, key);
  if (!v) return std::nullopt;
  return decode(f, *v, parse);
}

}  // namespace newsgraph
