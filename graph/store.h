// Store: the RocksDB-backed knowledge store. Key layout: schemas/store.md.
//
// A Store holds documents, entities (resolved across documents by type and folded name),
// aliases, quotations, roles and triples, each with provenance (document, UTF-8 byte offsets
// into the document text, rule or sieve, confidence).
//
// Guarantees: a document is written in one WriteBatch (wholly present or wholly absent;
// put_all writes several whole documents in one);
// putting a document whose content hash is already stored changes nothing; putting a changed
// document replaces exactly its facts. A Store is safe for concurrent reads from several
// threads; writes must be serialised by the caller.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/extraction.h"

namespace newsgraph {

/// Any store failure: cannot open (missing, locked, corrupt), I/O error, disk full.
/// what() is one line and names the store directory.
class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Entity ids are stable: "<TYPE>:<fold_key(name)>", e.g. "PERSON:sam altman".
using EntityId = std::string;

/// The id of the entity of `type` named `name`. Empty if fold_key(name) is empty (a name of
/// punctuation only), which no stored entity has.
EntityId entity_id(EntityType type, std::string_view name);

/// The byte a quote's kind is kept as in `quote_links` values: 'd' "direct", 'a' "answer",
/// 'i' "indirect" (and anything else).
inline char quote_kind_byte(std::string_view kind) {
  return kind == "direct" ? 'd' : kind == "answer" ? 'a' : 'i';
}

struct DocumentRecord {
  std::string doc;
  std::string title;
  std::optional<std::string> published;
  std::string url;
  std::string source;
  std::string content_hash;
  uint32_t entities = 0, quotes = 0, roles = 0, relations = 0;
};

struct EntityRecord {
  EntityId id;
  std::string name;                    // display name: the fullest name seen first
  EntityType type = EntityType::kOrg;
  std::vector<std::string> aliases;    // every other surface form seen, sorted
  uint64_t mentions = 0;               // over all documents
  std::vector<std::string> docs;       // documents that mention it, sorted
};

struct QuoteRecord {
  std::string id;                      // "<doc>#q<index>"
  std::string doc;
  std::optional<std::string> published;
  std::string text;
  std::string kind;                    // "direct" | "indirect"
  std::optional<EntityId> speaker;
  std::optional<std::string> speaker_description;
  std::vector<EntityId> about;
  Span span;
  std::string cue, sieve;
  double confidence = 0.0;
};

struct RoleRecord {
  EntityId person;
  std::string title;
  std::optional<EntityId> org;
  bool former = false;
  std::string doc;
  std::optional<std::string> published;
  Span span;
  std::string rule;
};

/// (subject, predicate, object) between entities, or to a literal (money) when `literal`.
struct TripleRecord {
  EntityId subject;
  std::string predicate;
  std::string object;                  // EntityId, or the literal text
  bool literal = false;
  std::string doc;
  Span span;
  std::string rule;
  double confidence = 1.0;             // the quote's for said/about; 1 for pattern rules
};

/// A user's correction of cross-document entity resolution, kept apart from the documents'
/// facts so it survives re-ingest and removal. kMerge: entity `b` becomes part of `a`;
/// kSplit: `b` stays apart from `a` (undoing a merge, or an automatic join of the two).
struct Correction {
  enum class Kind { kMerge, kSplit };
  Kind kind = Kind::kMerge;
  EntityId a, b;
};

struct StoreStats {
  uint64_t documents = 0, entities = 0, quotes = 0, roles = 0, triples = 0;
};

class Store {
 public:
  enum class Mode { kReadWrite, kReadOnly };
  enum class PutOutcome { kAdded, kReplaced, kUnchanged };

  /// Opens (kReadWrite: creating if missing) the store in `dir`.
  /// Throws StoreError if kReadOnly and missing, locked by another writer, or unreadable;
  /// for kReadWrite also when `dir` holds no store but other files ("DIR: not a store, and
  /// not empty ...") or cannot be written ("DIR: cannot write the store (Permission denied)").
  static std::unique_ptr<Store> open(const std::filesystem::path& dir, Mode mode);
  virtual ~Store() = default;

  /// Writes one document's extraction in one WriteBatch. kUnchanged if a document with the
  /// same doc id and content hash is stored (nothing written). Throws StoreError on I/O failure
  /// (nothing of the document is then written).
  virtual PutOutcome put(const Extraction& x) = 0;
  /// Writes several documents in one WriteBatch, each as put() would (same rows, same
  /// outcomes, in order): a crash loses the whole batch or nothing, never part of a document.
  /// A doc id met twice is written as put() twice would (the batch is split before the
  /// second). Throws StoreError on I/O failure or if a document cannot be written (e.g. term
  /// dictionary full; what() names the store): the documents before it are then written, it
  /// and those after it are not; if the write itself fails, none of the batch is.
  virtual std::vector<PutOutcome> put_all(std::span<const Extraction> xs) = 0;
  /// Deletes one document and its facts. False if it was not stored.
  virtual bool remove(std::string_view doc) = 0;

  virtual StoreStats stats() const = 0;

  // Reads see entities resolved across documents (graph/resolution.h): every id a record or
  // result holds is the canonical id of its entity, and any stored id of an entity finds it.

  /// Ids of the entities whose name or any alias folds (fold_key) to fold_key(name), best
  /// first (most mentions). Empty if none.
  virtual std::vector<EntityId> resolve(std::string_view name) const = 0;
  /// The people (canonical ids, sorted) with a stored name of several words whose last word
  /// folds to fold_key(word): one seek of the resolution family. Empty for a word of several
  /// words.
  virtual std::vector<EntityId> people_with_surname(std::string_view word) const = 0;
  virtual std::optional<EntityRecord> entity(const EntityId& id) const = 0;
  /// Every distinct fold_key of a stored name or alias, sorted: a skip scan of the aliases
  /// family (one seek a key), no entity record read.
  virtual std::vector<std::string> folded_names() const = 0;
  /// entity(id)->mentions without the rest of the record: each entities row's count read
  /// from its value's CBOR heads, no document id looked up. std::nullopt if not stored.
  virtual std::optional<uint64_t> mentions(const EntityId& id) const = 0;
  virtual std::optional<DocumentRecord> document(std::string_view doc) const = 0;

  virtual void for_each_entity(const std::function<void(const EntityRecord&)>& fn) const = 0;
  virtual void for_each_document(const std::function<void(const DocumentRecord&)>& fn) const = 0;
  virtual void for_each_quote(const std::function<void(const QuoteRecord&)>& fn) const = 0;
  virtual void for_each_role(const std::function<void(const RoleRecord&)>& fn) const = 0;
  virtual void for_each_triple(const std::function<void(const TripleRecord&)>& fn) const = 0;

  /// Quotes whose speaker is `id` / that are about `id`; in document order.
  virtual std::vector<QuoteRecord> quotes_by(const EntityId& id) const = 0;
  virtual std::vector<QuoteRecord> quotes_about(const EntityId& id) const = 0;
  /// Visits the quotes by (kBy) or about (kAbout) `id` in the order `newsgraph quotes` shows
  /// them: newest first (undated last), then by document id, then by offset; stops when `fn`
  /// returns false. Each is given as its QuoteEntry, so a caller can filter and count without
  /// reading the quotes; quotes_at() reads them. Reads one row a quote (quote_links), no more.
  /// `doc` points into the store's row: valid during the call only (copy what is kept).
  struct QuoteEntry {
    std::string_view doc;
    uint32_t index = 0;                  // the quote id is "<doc>#q<index>"
    std::optional<std::string> published;
    char kind = 'd';                     // quote_kind_byte(): 'd' direct, 'i' indirect, 'a' answer
  };
  enum class QuoteLink { kBy, kAbout };
  virtual void for_each_quote_of(const EntityId& id, QuoteLink link,
                                 const std::function<bool(const QuoteEntry&)>& fn) const = 0;
  /// The quotes of these (document, index) pairs, in their order (one point read each); one
  /// that is not stored is passed over.
  virtual std::vector<QuoteRecord> quotes_at(
      const std::vector<std::pair<std::string, uint32_t>>& entries) const = 0;
  /// Roles held by person `id`.
  virtual std::vector<RoleRecord> roles_of(const EntityId& id) const = 0;
  /// The role of person `id` that best describes them in document `doc`: one stated in `doc`
  /// (a current one before a former one), else the newest current one, else the newest former
  /// one (undated ones after dated ones); std::nullopt if they hold none. The same role
  /// min_element over roles_of() would pick, read from at most a few rows.
  virtual std::optional<RoleRecord> role_in(const EntityId& id, std::string_view doc) const = 0;
  /// The display name of the entity of `id` (as entity()->name), read from one row per stored
  /// id of the entity; std::nullopt if it is not stored.
  virtual std::optional<std::string> display_name(const EntityId& id) const = 0;
  /// Triples with `id` as subject (by predicate, object, document), then as (entity) object (by
  /// subject, predicate, document). for_each_triple visits in no particular order.
  virtual std::vector<TripleRecord> triples_of(const EntityId& id) const = 0;
  /// The lookup by subject: the triples whose subject is the stored id `id` exactly (ids as
  /// stored: no resolution, so an entity joined to others answers for this one id only), each
  /// with its object, document and provenance, in `spo` key order (by the term ids of
  /// predicate, object, document, then by index in the document). One `spo` prefix seek; term
  /// texts come from the open store's term cache, the ones it lacks from one MultiGet. Empty
  /// if `id` is not stored. Throws StoreError on a malformed row or I/O failure.
  virtual std::vector<TripleRecord> triples_with_subject(const EntityId& id) const = 0;
  /// The role and relation triples of `id` (triples_of without the said, about and
  /// mentioned_in ones, which a hub has by the ten thousand), in triples_of's order: what
  /// links it to other entities and values besides quotes. Only rows whose document `keep`
  /// accepts (every row when `keep` is empty) are counted and returned. When `max` (> 0) is
  /// below how many there are, the rows are chosen breadth first: each distinct (subject,
  /// predicate, object) with its first document (in key order) before any with a second, and
  /// so on. Reads keys only past the rows returned: a scan of spo that seeks past the
  /// structural predicates, one seek of pos per (relation predicate, stored id).
  struct TriplePage {
    std::vector<TripleRecord> triples;
    uint64_t total = 0;  // rows kept by `keep`, returned or not
  };
  virtual TriplePage relations_of(const EntityId& id, size_t max,
                                  const std::function<bool(const std::string& doc)>& keep) const = 0;
  /// The documents that mention entity `id`, each once with its publication date, oldest
  /// first (undated last, then by document id): the keys of its names rows, no value read.
  struct DatedDocument {
    std::string doc;
    std::optional<std::string> published;
  };
  virtual std::vector<DatedDocument> documents_of(const EntityId& id) const = 0;
  /// The entities (canonical ids, sorted, each once) that document `doc` mentions: one seek
  /// of pos for its mentioned_in triples, keys only.
  virtual std::vector<EntityId> entities_in(std::string_view doc) const = 0;
  /// Roles of person `id` stated in document `doc`, in index order (a prefix seek of roles
  /// per stored id of the person).
  virtual std::vector<RoleRecord> roles_in(const EntityId& id, std::string_view doc) const = 0;

  /// The stored ids resolved into the entity of `id`: its canonical id first, then the others
  /// sorted; {id} if it is joined to nothing (or unknown).
  virtual std::vector<EntityId> members(const EntityId& id) const = 0;
  /// Records a correction, replacing any earlier one between the same two ids (a merge undoes
  /// a split and the reverse). Throws StoreError on I/O failure.
  virtual void correct(const Correction& c) = 0;
  /// The corrections recorded, sorted by kind, then ids.
  virtual std::vector<Correction> corrections() const = 0;
};

}  // namespace newsgraph
