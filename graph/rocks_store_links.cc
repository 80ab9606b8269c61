// RocksStore reads of what links an entity to others past its quotes, bounded for hubs:
// relations_of (role and relation triples, chosen breadth first under a cap) and roles_in.
#include <algorithm>
#include <set>
#include <tuple>

#include "graph/rocks_store.h"

namespace newsgraph {
namespace {

using keys::Family;
using keys::TermId;

// A triple row relations_of found: its family (spo or pos), key and spo value (empty for
// pos: the provenance is read when the row is chosen), and how many kept rows of the same
// (subject, predicate, object) came before it in key order.
struct LinkRow {
  Family family;
  std::string key, value;
  size_t rank = 0;
};

// The three term ids of the triple a key of spo or pos starts with (its order's first 12 bytes).
constexpr size_t kTripleBytes = 3 * keys::kIdBytes;

}  // namespace

std::vector<TermId> RocksStore::predicates() const {
  {
    std::lock_guard lock(resolution_mutex_);
    if (predicates_) return *predicates_;
  }
  std::vector<TermId> found;
  if (family(Family::kPos)) {
    std::unique_ptr<rocksdb::Iterator> it(
        db_->NewIterator(seek_options(Family::kPos, "", nullptr), family(Family::kPos)));
    // One seek per predicate: past its rows to the first row of the next.
    for (it->SeekToFirst(); it->Valid();) {
      TermId p = keys::id_at(it->key().ToStringView());
      found.push_back(p);
      if (p == keys::kMaxTermId) break;
      it->Seek(keys::ids({p + 1}));
    }
    check(it->status());
  }
  std::lock_guard lock(resolution_mutex_);
  predicates_ = found;
  return found;
}

Store::TriplePage RocksStore::relations_of(
    const EntityId& id, size_t max, const std::function<bool(const std::string&)>& keep) const {
  std::set<TermId> members, structural;
  for (const auto& member : this->members(id))
    if (auto term = term_id(member)) members.insert(*term);
  for (const char* p : {"said", "about", "mentioned_in"})
    if (auto term = term_id(p)) structural.insert(*term);
  TriplePage page;
  std::vector<LinkRow> rows;
  std::string last_triple;  // of the last kept row, in the order being read
  size_t rank = 0;
  // Counts a row; keeps it unless its rank alone puts it past the cap.
  auto consider = [&](Family f, std::string_view key, std::string_view value) {
    auto k = keys::parse_triple_key(f, key);
    if (!k) fail(fmt::format("malformed key in {}", keys::family_name(f)));
    if (keep && !keep(term_text(k->doc))) return;
    std::string_view triple = key.substr(0, kTripleBytes);
    rank = triple == last_triple ? rank + 1 : 0;
    last_triple.assign(triple);
    ++page.total;
    if (max == 0 || rank < max) rows.push_back({f, std::string(key), std::string(value), rank});
  };
  for (TermId s : members) {
    std::string prefix = keys::ids({s}), end = keys::prefix_end(prefix);
    rocksdb::Slice bound(end);
    std::unique_ptr<rocksdb::Iterator> it(
        db_->NewIterator(seek_options(Family::kSpo, prefix, &bound), family(Family::kSpo)));
    last_triple.clear();
    for (it->Seek(prefix); it->Valid();) {
      std::string_view key = it->key().ToStringView();
      TermId p = keys::id_at(key.substr(keys::kIdBytes));
      if (structural.count(p)) {  // past every row of this predicate at once
        if (p == keys::kMaxTermId) break;
        it->Seek(keys::ids({s, p + 1}));
        continue;
      }
      consider(Family::kSpo, key, it->value().ToStringView());
      it->Next();
    }
    check(it->status());
  }
  const size_t as_subject = rows.size();
  for (TermId p : predicates()) {
    if (structural.count(p)) continue;
    for (TermId o : members) {
      last_triple.clear();
      scan(Family::kPos, keys::ids({p, o}), [&](std::string_view key, std::string_view) {
        // A triple between two members came from spo already.
        if (!members.count(keys::id_at(key.substr(2 * keys::kIdBytes))))
          consider(Family::kPos, key, "");
      });
    }
  }
  std::vector<size_t> chosen(rows.size());
  for (size_t i = 0; i < rows.size(); ++i) chosen[i] = i;
  if (max > 0 && rows.size() > max) {
    std::stable_sort(chosen.begin(), chosen.end(),
                     [&](size_t a, size_t b) { return rows[a].rank < rows[b].rank; });
    chosen.resize(max);
  }
  std::vector<TripleRecord> subject_side, object_side;
  for (size_t i : chosen) {
    const LinkRow& r = rows[i];
    (i < as_subject ? subject_side : object_side).push_back(triple(r.family, r.key, r.value));
  }
  page.triples = in_triples_of_order(std::move(subject_side), std::move(object_side));
  resolve_records(page.triples);
  return page;
}

std::vector<RoleRecord> RocksStore::roles_in(const EntityId& id, std::string_view doc) const {
  std::vector<RoleRecord> out;
  auto doc_term = term_id(doc);
  if (!doc_term) return out;
  for (const auto& member : members(id))
    if (auto term = term_id(member))
      scan(Family::kRoles, keys::ids({*term, *doc_term}), [&](auto, std::string_view v) {
        out.push_back(decode(Family::kRoles, v, values::decode_role));
      });
  resolve_records(out);
  return out;
}

std::vector<Store::DatedDocument> RocksStore::documents_of(const EntityId& id) const {
  // names: `E date_asc doc \0`, one row per stored id and document (joined ids share some).
  std::set<std::tuple<std::string, std::string>> seen;  // (date key bytes, doc)
  for (const auto& member : members(id))
    if (auto term = term_id(member)) {
      std::string prefix = keys::ids({*term});
      scan(Family::kNames, prefix, [&](std::string_view k, auto) {
        std::string_view rest = k.substr(prefix.size());
        if (rest.size() < keys::kDateBytes + 1) fail("malformed key in names");
        seen.emplace(rest.substr(0, keys::kDateBytes),
                     rest.substr(keys::kDateBytes, rest.size() - keys::kDateBytes - 1));
      });
    }
  std::vector<DatedDocument> out;
  out.reserve(seen.size());
  for (const auto& [date, doc] : seen) out.push_back({doc, keys::parse_date_ascending(date)});
  return out;
}

std::vector<std::string> RocksStore::folded_names() const {
  std::vector<std::string> out;
  if (!family(Family::kAliases)) return out;
  std::unique_ptr<rocksdb::Iterator> it(
      db_->NewIterator(seek_options(Family::kAliases, "", nullptr), family(Family::kAliases)));
  // aliases: `fold_key(form) \0 E D`; past every row of a key by seeking to `key \1`.
  for (it->SeekToFirst(); it->Valid();) {
    std::string_view k = it->key().ToStringView();
    size_t end = k.find('\0');
    if (end == std::string_view::npos) fail("malformed key in aliases");
    out.emplace_back(k.substr(0, end));
    it->Seek(out.back() + '\1');
  }
  check(it->status());
  return out;
}

std::vector<EntityId> RocksStore::entities_in(std::string_view doc) const {
  std::set<EntityId> out;
  auto mentioned = term_id("mentioned_in"), d = term_id(doc);
  if (!mentioned || !d) return {};
  std::string prefix = keys::ids({*mentioned, *d});
  scan(Family::kPos, prefix, [&](std::string_view k, auto) {
    if (k.size() < prefix.size() + keys::kIdBytes) fail("malformed key in pos");
    out.insert(members(term_text(keys::id_at(k.substr(prefix.size())))).front());
  });
  return {out.begin(), out.end()};
}

}  // namespace newsgraph
