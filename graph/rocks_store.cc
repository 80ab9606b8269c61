#include "graph/rocks_store.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <limits>
#include <tuple>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "graph/store_values.h"
#include "ingest/fold.h"

namespace newsgraph {
namespace {

using keys::Family;
using keys::TermId;

// The display name comes from the earliest contribution: by publication date (undated
// last), then document id, so it does not depend on the order of ingestion.
bool earlier(const values::Contribution& a, std::string_view a_doc,
             const values::Contribution& b, std::string_view b_doc) {
  return std::tuple(!a.published, a.published.value_or(""), a_doc) <
         std::tuple(!b.published, b.published.value_or(""), b_doc);
}

// One entity's record: the sum of its documents' contributions (`parts`, any order, of the
// stored ids resolved into `id`). The display name comes from a contribution of `id` itself
// when there is one, so "Sam Altman" is not named by an earlier article's "Altman".
EntityRecord aggregate(const EntityId& id,
                       const std::vector<std::pair<std::string, values::Contribution>>& parts) {
  EntityRecord r{.id = id};
  const std::pair<std::string, values::Contribution>* first = nullptr;
  bool first_is_own = false;
  std::set<std::string> forms;
  for (const auto& part : parts) {
    const auto& [doc, c] = part;
    bool own = entity_id(c.type, c.name) == id;
    if (!first || std::tuple(own, earlier(c, doc, first->second, first->first)) >
                      std::tuple(first_is_own, false)) {
      first = &part;
      first_is_own = own;
    }
    r.mentions += c.mentions;
    r.docs.push_back(doc);
    forms.insert(c.forms.begin(), c.forms.end());
  }
  std::sort(r.docs.begin(), r.docs.end());
  r.docs.erase(std::unique(r.docs.begin(), r.docs.end()), r.docs.end());  // joined ids share docs
  r.name = first->second.name;
  r.type = first->second.type;
  forms.erase(r.name);
  r.aliases.assign(forms.begin(), forms.end());
  return r;
}

// The entity ids a record holds, appended to `out`.
void add_entity_ids(const QuoteRecord& q, std::vector<EntityId>& out) {
  if (q.speaker) out.push_back(*q.speaker);
  out.insert(out.end(), q.about.begin(), q.about.end());
}
void add_entity_ids(const RoleRecord& r, std::vector<EntityId>& out) {
  out.push_back(r.person);
  if (r.org) out.push_back(*r.org);
}
void add_entity_ids(const TripleRecord& t, std::vector<EntityId>& out) {
  out.push_back(t.subject);
  if (!t.literal) out.push_back(t.object);
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
  std::vector<rocksdb::ColumnFamilyHandle*> open;
  std::copy_if(handles_.begin(), handles_.end(), std::back_inserter(open),
               [](auto* h) { return h != nullptr; });
  db_->Flush(rocksdb::FlushOptions(), open).PermitUncheckedError();
  for (auto* h : open) db_->DestroyColumnFamilyHandle(h);
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
  if (!family(f)) return std::nullopt;  // a family a killed writer did not create: empty
  std::string value;
  auto s = db_->Get({}, family(f), key, &value);
  if (s.IsNotFound()) return std::nullopt;
  check(s);
  return value;
}

std::optional<TermId> RocksStore::term_id(std::string_view text) const {
  {
    std::shared_lock lock(terms_mutex_);
    if (auto it = ids_.find(text); it != ids_.end()) return it->second;
  }
  auto v = get(Family::kTerms, text);
  if (!v) return std::nullopt;  // not cached: the term may come later
  if (v->size() != keys::kIdBytes) fail("malformed row in terms");
  TermId id = keys::id_at(*v);
  remember(id, text);
  return id;
}

std::string RocksStore::term_text(TermId id) const {
  {
    std::shared_lock lock(terms_mutex_);
    if (auto it = texts_.find(id); it != texts_.end()) return it->second;
  }
  auto text = get(Family::kTermText, keys::ids({id}));
  if (!text) fail(fmt::format("term {} missing from term_text", id));
  remember(id, *text);
  return *text;
}

void RocksStore::cache_texts(std::vector<TermId> ids) const {
  std::sort(ids.begin(), ids.end());  // key order: MultiGet's sorted_input
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  {
    std::shared_lock lock(terms_mutex_);
    std::erase_if(ids, [&](TermId id) { return texts_.count(id) > 0; });
  }
  // A family a killed writer did not create: term_text() then reports the missing term.
  if (ids.empty() || !family(Family::kTermText)) return;
  std::vector<std::string> key_bytes;
  key_bytes.reserve(ids.size());
  for (TermId id : ids) key_bytes.push_back(keys::ids({id}));
  std::vector<rocksdb::Slice> slices(key_bytes.begin(), key_bytes.end());
  std::vector<rocksdb::PinnableSlice> texts(ids.size());
  std::vector<rocksdb::Status> statuses(ids.size());
  db_->MultiGet({}, family(Family::kTermText), ids.size(), slices.data(), texts.data(),
                statuses.data(), true);
  for (size_t i = 0; i < ids.size(); ++i) {
    if (statuses[i].IsNotFound()) fail(fmt::format("term {} missing from term_text", ids[i]));
    check(statuses[i]);
    remember(ids[i], texts[i].ToStringView());
  }
}

void RocksStore::remember(TermId id, std::string_view text) const {
  std::unique_lock lock(terms_mutex_);
  if (texts_.size() >= kCachedTerms) texts_.clear(), ids_.clear();
  texts_.emplace(id, text);
  ids_.emplace(text, id);
}

TripleRecord RocksStore::triple(Family f, std::string_view key, std::string_view value) const {
  auto k = keys::parse_triple_key(f, key);
  if (!k) fail(fmt::format("malformed key in {}", keys::family_name(f)));
  std::optional<std::string> provenance;  // pos and osp keys point at the spo row
  if (f != Family::kSpo && !(provenance = get(Family::kSpo, keys::triple_key(Family::kSpo, *k))))
    fail(fmt::format("a key in {} without its spo row", keys::family_name(f)));
  auto v = decode(Family::kSpo, provenance ? *provenance : value, values::decode_triple_value);
  return {.subject = term_text(k->subject), .predicate = term_text(k->predicate),
          .object = term_text(k->object), .literal = v.literal,
          .doc = term_text(k->doc), .span = v.span, .rule = term_text(v.rule),
          .confidence = v.confidence};
}

rocksdb::ReadOptions RocksStore::seek_options(Family f, std::string_view begin,
                                              const rocksdb::Slice* end) {
  rocksdb::ReadOptions options;
  options.iterate_upper_bound = end;
  options.total_order_seek = begin.size() < keys::prefix_length(f);
  return options;
}

void RocksStore::scan(Family f, std::string_view prefix, const Visit& visit) const {
  if (!family(f)) return;
  std::string end = keys::prefix_end(prefix);
  rocksdb::Slice bound = rocksdb::Slice(end);
  auto options = seek_options(f, prefix, end.empty() ? nullptr : &bound);
  // A whole family read once (for_each_*) would push the blocks point reads use out of the
  // block cache.
  options.fill_cache = !prefix.empty();
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(options, family(f)));
  for (it->Seek(prefix); it->Valid(); it->Next())
    visit(it->key().ToStringView(), it->value().ToStringView());
  check(it->status());
}

void RocksStore::scan_triples(Family f, std::initializer_list<std::string_view> prefix_terms,
                              const std::function<void(const TripleRecord&)>& fn) const {
  std::string prefix;
  for (auto text : prefix_terms) {
    auto id = term_id(text);
    if (!id) return;  // a term never stored starts no triple
    prefix += keys::ids({*id});
  }
  scan(f, prefix, [&](std::string_view k, std::string_view v) { fn(triple(f, k, v)); });
}

void RocksStore::check_layout(bool read_only) {
  auto version = read(Family::kMeta, "layout", values::decode_count);
  if (!version && !read_only)
    check(db_->Put({}, family(Family::kMeta), "layout", values::encode_count(kLayoutVersion)));
  else if (version && *version != kLayoutVersion)
    fail(fmt::format("store layout {}, this newsgraph reads layout {}", *version, kLayoutVersion));
}

std::optional<std::pair<std::string, std::string>> RocksStore::first(
    Family f, std::string_view prefix) const {
  if (!family(f)) return std::nullopt;
  std::string end = keys::prefix_end(prefix);
  rocksdb::Slice bound(end);
  std::unique_ptr<rocksdb::Iterator> it(
      db_->NewIterator(seek_options(f, prefix, end.empty() ? nullptr : &bound), family(f)));
  it->Seek(prefix);
  check(it->status());
  if (!it->Valid()) return std::nullopt;
  return std::pair(it->key().ToString(), it->value().ToString());
}

bool RocksStore::any_key(Family f, std::string_view begin, std::string_view end) const {
  if (!family(f)) return false;
  rocksdb::Slice bound(end);
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(seek_options(f, begin, &bound), family(f)));
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

std::shared_ptr<const Resolution> RocksStore::resolution() const {
  std::lock_guard lock(resolution_mutex_);
  if (!resolution_)
    resolution_ = std::make_shared<const Resolution>(stored_entity_ids(), corrections());
  return resolution_;
}

std::shared_ptr<const Resolution> RocksStore::resolution_for(
    const std::vector<EntityId>& ids) const {
  {
    std::lock_guard lock(resolution_mutex_);
    if (resolution_) return resolution_;
  }
  // The join families of the ids, and of every id a correction links to one of them.
  auto fixes = cached_corrections();
  std::set<EntityId> seen, families, stored;
  std::vector<EntityId> pending(ids);
  while (!pending.empty()) {
    EntityId id = std::move(pending.back());
    pending.pop_back();
    if (!seen.insert(id).second) continue;
    for (const auto& c : fixes)
      if (c.a == id || c.b == id) pending.push_back(c.a == id ? c.b : c.a);
    std::string key = join_key(id);
    if (key.empty() || !families.insert(key).second) continue;
    for (auto& member : join_family(key)) {
      stored.insert(member);
      pending.push_back(std::move(member));
    }
  }
  return std::make_shared<const Resolution>(std::vector(stored.begin(), stored.end()), fixes);
}

std::vector<EntityId> RocksStore::join_family(const std::string& key) const {
  std::set<TermId> ids;  // a family member has a row per document
  std::string prefix = keys::prefix({key});
  scan(Family::kResolution, prefix, [&](std::string_view k, std::string_view) {
    ids.insert(keys::id_at(k.substr(prefix.size())));
  });
  std::vector<EntityId> out;
  for (TermId id : ids) out.push_back(term_text(id));
  return out;
}

template <class Record>
void RocksStore::resolve_records(std::vector<Record>& records) const {
  std::vector<EntityId> ids;
  for (const auto& r : records) add_entity_ids(r, ids);
  auto resolution = resolution_for(ids);
  for (auto& r : records) resolution->apply(r);
}

void RocksStore::forget_resolution() {
  std::lock_guard lock(resolution_mutex_);
  resolution_.reset();
  members_.clear();
  corrections_.reset();
  predicates_.reset();
}

std::vector<EntityId> RocksStore::stored_entity_ids() const {
  std::vector<EntityId> out;
  if (!family(Family::kEntities)) return out;
  std::unique_ptr<rocksdb::Iterator> it(
      db_->NewIterator(seek_options(Family::kEntities, "", nullptr), family(Family::kEntities)));
  // One seek per entity: past the rows of each entity to the first row of the next.
  for (it->SeekToFirst(); it->Valid();) {
    TermId id = keys::id_at(it->key().ToStringView());
    out.push_back(term_text(id));
    if (id == keys::kMaxTermId) break;
    it->Seek(keys::ids({id + 1}));
  }
  check(it->status());
  return out;
}

std::vector<EntityId> RocksStore::members(const EntityId& id) const {
  {
    std::lock_guard lock(resolution_mutex_);
    if (auto it = members_.find(id); it != members_.end()) return it->second;
  }
  auto found = resolution_for({id})->members(id);
  std::lock_guard lock(resolution_mutex_);
  if (members_.size() >= kCachedMembers) members_.clear();
  members_.emplace(id, found);
  return found;
}

std::vector<Correction> RocksStore::cached_corrections() const {
  {
    std::lock_guard lock(resolution_mutex_);
    if (corrections_) return *corrections_;
  }
  auto found = corrections();
  std::lock_guard lock(resolution_mutex_);
  corrections_ = found;
  return found;
}

std::vector<EntityId> RocksStore::resolve(std::string_view name) const {
  std::string key = fold_key(name);
  if (key.empty()) return {};
  std::vector<EntityId> stored;
  for (TermId id : alias_ids(key)) stored.push_back(term_text(id));
  auto r = resolution_for(stored);
  std::set<EntityId> found;
  for (const auto& id : stored) found.insert(r->canonical(id));
  // Several candidates are ranked by mentions (a read of every entities row of each); one is
  // not, since a hub's rows are tens of thousands.
  if (found.size() == 1) return {*found.begin()};
  std::vector<std::pair<uint64_t, EntityId>> ranked;
  for (const auto& id : found)
    if (auto mentions = mentions_of(r->members(id))) ranked.emplace_back(*mentions, id);
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return std::tie(b.first, a.second) < std::tie(a.first, b.second);
  });
  std::vector<EntityId> out;
  for (auto& [mentions, id] : ranked) out.push_back(std::move(id));
  return out;
}

std::vector<TermId> RocksStore::alias_ids(const std::string& key) const {
  std::vector<TermId> out;
  if (!family(Family::kAliases)) return out;
  std::string prefix = keys::prefix({key}), end = keys::prefix_end(prefix);
  rocksdb::Slice bound(end);
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(
      seek_options(Family::kAliases, prefix, &bound), family(Family::kAliases)));
  // `key \0 E D`, a row per document: one seek per entity, past its rows to the next one's.
  for (it->Seek(prefix); it->Valid();) {
    std::string_view k = it->key().ToStringView();
    if (k.size() < prefix.size() + keys::kIdBytes) fail("malformed key in aliases");
    out.push_back(keys::id_at(k.substr(prefix.size())));
    if (out.back() == keys::kMaxTermId) break;
    it->Seek(prefix + keys::ids({out.back() + 1}));
  }
  check(it->status());
  return out;
}

std::vector<EntityId> RocksStore::people_with_surname(std::string_view word) const {
  std::string key = fold_key(word);
  if (key.empty() || key.find(' ') != std::string::npos) return {};
  std::vector<EntityId> people;
  for (auto& id : join_family(join_key(entity_id(EntityType::kPerson, key))))
    if (id.find(' ') != std::string::npos) people.push_back(std::move(id));
  auto r = resolution_for(people);
  std::set<EntityId> found;
  for (const auto& id : people) found.insert(r->canonical(id));
  return {found.begin(), found.end()};
}

std::optional<uint64_t> RocksStore::mentions_of(const std::vector<EntityId>& members) const {
  std::optional<uint64_t> total;
  for (const auto& member : members)
    if (auto term = term_id(member))
      scan(Family::kEntities, keys::ids({*term}), [&](auto, std::string_view v) {
        total = total.value_or(0) +
                decode(Family::kEntities, v, values::decode_contribution_mentions);
      });
  return total;
}

void RocksStore::add_parts(const EntityId& id, Parts& parts) const {
  auto term = term_id(id);
  if (!term) return;
  scan(Family::kEntities, keys::ids({*term}), [&](std::string_view k, std::string_view v) {
    parts.emplace_back(term_text(keys::id_at(k.substr(keys::kIdBytes))),
                       decode(Family::kEntities, v, values::decode_contribution));
  });
}

std::optional<uint64_t> RocksStore::mentions(const EntityId& id) const {
  return mentions_of(members(id));
}

std::optional<EntityRecord> RocksStore::entity(const EntityId& id) const {
  auto members = this->members(id);
  Parts parts;
  for (const auto& member : members) add_parts(member, parts);
  if (parts.empty()) return std::nullopt;
  return aggregate(members.front(), parts);
}

std::optional<DocumentRecord> RocksStore::document(std::string_view doc) const {
  return read(Family::kDocs, keys::join({doc}), values::decode_document);
}

void RocksStore::for_each_entity(const std::function<void(const EntityRecord&)>& fn) const {
  auto r = resolution();
  // Entities joined to others are visited last, once their rows are all gathered.
  std::map<EntityId, Parts> joined;
  EntityId id;
  Parts parts;
  auto flush = [&] {
    if (parts.empty()) return;
    if (r->members(id).size() == 1) fn(aggregate(id, parts));
    else std::move(parts.begin(), parts.end(), std::back_inserter(joined[r->canonical(id)]));
    parts.clear();
  };
  scan(Family::kEntities, "", [&](std::string_view k, std::string_view v) {
    std::string text = term_text(keys::id_at(k));
    if (text != id) flush();
    id = text;
    parts.emplace_back(term_text(keys::id_at(k.substr(keys::kIdBytes))),
                       decode(Family::kEntities, v, values::decode_contribution));
  });
  flush();
  for (const auto& [canonical, all] : joined) fn(aggregate(canonical, all));
}

void RocksStore::for_each_document(const std::function<void(const DocumentRecord&)>& fn) const {
  scan(Family::kDocs, "",
       [&](auto, std::string_view v) { fn(decode(Family::kDocs, v, values::decode_document)); });
}

void RocksStore::for_each_quote(const std::function<void(const QuoteRecord&)>& fn) const {
  auto r = resolution();
  scan(Family::kQuotes, "", [&](auto, std::string_view v) {
    auto q = decode(Family::kQuotes, v, values::decode_quote);
    r->apply(q);
    fn(q);
  });
}

void RocksStore::for_each_role(const std::function<void(const RoleRecord&)>& fn) const {
  auto r = resolution();
  scan(Family::kRoles, "", [&](auto, std::string_view v) {
    auto role = decode(Family::kRoles, v, values::decode_role);
    r->apply(role);
    fn(role);
  });
}

void RocksStore::for_each_triple(const std::function<void(const TripleRecord&)>& fn) const {
  auto r = resolution();
  scan_triples(Family::kSpo, {}, [&](TripleRecord t) {
    r->apply(t);
    fn(t);
  });
}

std::vector<QuoteRecord> RocksStore::quotes(const std::set<std::string>& quote_ids) const {
  std::map<std::pair<std::string, uint32_t>, std::string> found;  // (doc, index) -> key
  for (const auto& id : quote_ids)
    if (auto q = keys::parse_quote_id(id))
      if (auto doc = term_id(q->first))
        found.emplace(*q, keys::with_index(keys::ids({*doc}), q->second));
  std::vector<QuoteRecord> out;
  for (const auto& [position, key] : found)
    if (auto q = read(Family::kQuotes, key, values::decode_quote)) out.push_back(std::move(*q));
  resolve_records(out);
  return out;
}

std::vector<QuoteRecord> RocksStore::quotes_by(const EntityId& id) const {
  std::set<std::string> quote_ids;
  for (const auto& member : members(id))
    scan_triples(Family::kSpo, {member, "said"},
                 [&](const TripleRecord& t) { quote_ids.insert(t.object); });
  return quotes(quote_ids);
}

std::vector<QuoteRecord> RocksStore::quotes_about(const EntityId& id) const {
  std::set<std::string> quote_ids;
  auto about = term_id("about");
  for (const auto& member : members(id)) {
    auto object = term_id(member);
    if (!about || !object) continue;
    // The subjects are all it needs: the keys, not the provenance in spo.
    scan(Family::kPos, keys::ids({*about, *object}), [&](std::string_view k, auto) {
      auto t = keys::parse_triple_key(Family::kPos, k);
      if (!t) fail("malformed key in pos");
      quote_ids.insert(term_text(t->subject));
    });
  }
  return quotes(quote_ids);
}

std::vector<RoleRecord> RocksStore::roles_of(const EntityId& id) const {
  std::vector<RoleRecord> out;
  for (const auto& member : members(id)) {
    auto term = term_id(member);
    if (!term) continue;
    scan(Family::kRoles, keys::ids({*term}), [&](auto, std::string_view v) {
      out.push_back(decode(Family::kRoles, v, values::decode_role));
    });
  }
  resolve_records(out);
  return out;
}

void RocksStore::for_each_quote_of(const EntityId& id, QuoteLink link,
                                   const std::function<bool(const QuoteEntry&)>& fn) const {
  if (!family(Family::kQuoteLinks)) return;
  // One iterator per stored id of the entity, merged in key order past the (id, link) head.
  struct Cursor {
    std::string end;
    rocksdb::Slice bound;
    std::unique_ptr<rocksdb::Iterator> it;
  };
  constexpr size_t head = keys::kIdBytes + 1;
  std::vector<std::unique_ptr<Cursor>> cursors;
  for (const auto& member : members(id)) {
    auto term = term_id(member);
    if (!term) continue;
    std::string prefix = keys::ids({*term}) + char(link == QuoteLink::kBy ? keys::QuoteLink::kBy
                                                                          : keys::QuoteLink::kAbout);
    auto c = std::make_unique<Cursor>();
    c->end = keys::prefix_end(prefix);
    c->bound = rocksdb::Slice(c->end);
    c->it.reset(db_->NewIterator(seek_options(Family::kQuoteLinks, prefix, &c->bound),
                                 family(Family::kQuoteLinks)));
    c->it->Seek(prefix);
    check(c->it->status());
    cursors.push_back(std::move(c));
  }
  std::string last;  // a quote about two members of the entity comes once
  while (true) {
    Cursor* next = nullptr;
    for (auto& c : cursors)
      if (c->it->Valid() && (!next || c->it->key().ToStringView().substr(head) <
                                          next->it->key().ToStringView().substr(head)))
        next = c.get();
    if (!next) return;
    std::string_view key = next->it->key().ToStringView(), value = next->it->value().ToStringView();
    auto k = keys::parse_quote_link_key(key);
    if (!k || value.size() != keys::kIdBytes + 1) fail("malformed row in quote_links");
    if (key.substr(head) != last) {
      last.assign(key.substr(head));
      if (!fn({.doc = k->doc, .index = k->index, .published = std::move(k->published),
               .kind = value[keys::kIdBytes]}))
        return;
    }
    next->it->Next();
    check(next->it->status());
  }
}

std::vector<QuoteRecord> RocksStore::quotes_at(
    const std::vector<std::pair<std::string, uint32_t>>& entries) const {
  std::vector<QuoteRecord> out;
  for (const auto& [doc_text, index] : entries)
    if (auto doc = term_id(doc_text))
      if (auto q = read(Family::kQuotes, keys::with_index(keys::ids({*doc}), index),
                        values::decode_quote))
        out.push_back(std::move(*q));
  resolve_records(out);
  return out;
}

std::optional<RoleRecord> RocksStore::role_in(const EntityId& id, std::string_view doc) const {
  auto members = this->members(id);
  auto doc_term = term_id(doc);
  // A role stated in the document: the first current one of the first member, else the first.
  std::optional<RoleRecord> best;
  for (const auto& member : members) {
    auto term = term_id(member);
    if (!term || !doc_term) continue;
    scan(Family::kRoles, keys::ids({*term, *doc_term}), [&](auto, std::string_view v) {
      auto r = decode(Family::kRoles, v, values::decode_role);
      if (!best || (best->former && !r.former)) best = std::move(r);
    });
  }
  // Else the newest (undated last) current, else former, role: each member's first role_dates
  // row of that kind; an earlier member wins a tie, as min_element over roles_of() does.
  for (bool former : {false, true}) {
    if (best) break;
    std::string best_key;
    for (const auto& member : members) {
      auto term = term_id(member);
      if (!term) continue;
      auto row = first(Family::kRoleDates, keys::ids({*term}) + char(former));
      if (!row) continue;
      std::string date = row->first.substr(keys::kIdBytes + 1, keys::kDateBytes);
      if (!best_key.empty() && date >= best_key) continue;
      auto key = keys::role_key_of_date_key(row->first);
      if (!key) fail("malformed key in role_dates");
      auto r = read(Family::kRoles, *key, values::decode_role);
      if (!r) fail("a role_dates key without its roles row");
      best = std::move(r);
      best_key = date;
    }
  }
  if (best) {
    std::vector<RoleRecord> one{std::move(*best)};
    resolve_records(one);
    best = std::move(one.front());
  }
  return best;
}

std::optional<std::string> RocksStore::display_name(const EntityId& id) const {
  auto members = this->members(id);
  // The canonical id's own earliest name, else the earliest of the others' (as aggregate()).
  std::optional<std::pair<std::string, std::string>> best;  // (key past the id, name)
  for (size_t i = 0; i < members.size(); ++i) {
    auto term = term_id(members[i]);
    if (!term) continue;
    auto row = first(Family::kNames, keys::ids({*term}));
    if (!row) continue;
    std::string when = row->first.substr(keys::kIdBytes);
    if (i == 0) return row->second;
    if (!best || when < best->first) best = std::pair(std::move(when), std::move(row->second));
  }
  if (!best) return std::nullopt;
  return best->second;
}

std::vector<TripleRecord> RocksStore::triples_of(const EntityId& id) const {
  auto members = this->members(id);
  std::vector<TripleRecord> as_subject, as_object;
  for (const auto& member : members) {
    scan_triples(Family::kSpo, {member}, [&](const TripleRecord& t) { as_subject.push_back(t); });
    scan_triples(Family::kOsp, {member}, [&](const TripleRecord& t) {
      // A triple between two members came from spo already.
      if (std::find(members.begin(), members.end(), t.subject) == members.end())
        as_object.push_back(t);
    });
  }
  std::vector<TripleRecord> out = in_triples_of_order(std::move(as_subject), std::move(as_object));
  resolve_records(out);
  return out;
}

std::vector<TripleRecord> RocksStore::triples_with_subject(const EntityId& id) const {
  std::vector<std::pair<keys::TripleKey, values::TripleValue>> rows;
  std::vector<TermId> terms;  // every term the rows name besides the subject
  if (auto subject = term_id(id))
    scan(Family::kSpo, keys::ids({*subject}), [&](std::string_view k, std::string_view v) {
      auto key = keys::parse_triple_key(Family::kSpo, k);
      if (!key) fail("malformed key in spo");
      auto value = decode(Family::kSpo, v, values::decode_triple_value);
      terms.insert(terms.end(), {key->predicate, key->object, key->doc, value.rule});
      rows.emplace_back(*key, value);
    });
  cache_texts(std::move(terms));
  std::vector<TripleRecord> out;
  out.reserve(rows.size());
  for (const auto& [k, v] : rows)
    out.push_back({.subject = id, .predicate = term_text(k.predicate),
                   .object = term_text(k.object), .literal = v.literal,
                   .doc = term_text(k.doc), .span = v.span, .rule = term_text(v.rule),
                   .confidence = v.confidence});
  return out;
}

std::vector<TripleRecord> in_triples_of_order(std::vector<TripleRecord> as_subject,
                                              std::vector<TripleRecord> as_object) {
  // Stable: a document's triples of one (subject, predicate, object) stay in index order.
  std::stable_sort(as_subject.begin(), as_subject.end(), [](const auto& a, const auto& b) {
    return std::tie(a.predicate, a.object, a.doc) < std::tie(b.predicate, b.object, b.doc);
  });
  std::stable_sort(as_object.begin(), as_object.end(), [](const auto& a, const auto& b) {
    return std::tie(a.subject, a.predicate, a.doc) < std::tie(b.subject, b.predicate, b.doc);
  });
  as_subject.insert(as_subject.end(), std::make_move_iterator(as_object.begin()),
                    std::make_move_iterator(as_object.end()));
  return as_subject;
}

void RocksStore::correct(const Correction& c) {
  auto key = [](Correction::Kind kind, const EntityId& a, const EntityId& b) {
    return keys::join({kind == Correction::Kind::kMerge ? "merge" : "split", a, b});
  };
  rocksdb::WriteBatch batch;
  for (auto kind : {Correction::Kind::kMerge, Correction::Kind::kSplit}) {
    check(batch.Delete(family(Family::kCorrections), key(kind, c.a, c.b)));
    check(batch.Delete(family(Family::kCorrections), key(kind, c.b, c.a)));
  }
  check(batch.Put(family(Family::kCorrections), key(c.kind, c.a, c.b), ""));
  check(db_->Write(rocksdb::WriteOptions(), &batch));
  forget_resolution();
}

std::vector<Correction> RocksStore::corrections() const {
  std::vector<Correction> out;
  scan(Family::kCorrections, "", [&](std::string_view k, std::string_view) {
    auto p = keys::split(k, 2);
    if (p.size() != 3) fail("malformed key in corrections");
    out.push_back({p[0] == "merge" ? Correction::Kind::kMerge : Correction::Kind::kSplit,
                   std::string(p[1]), std::string(p[2])});
  });
  return out;
}

}  // namespace newsgraph
