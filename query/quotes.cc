#include "query/quotes.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "query/resolve.h"

namespace newsgraph {
namespace {

// Display names of entity ids, each looked up once.
class NameCache {
 public:
  explicit NameCache(const Store& store) : store_(store) {}
  const std::string& operator()(const EntityId& id) {
    auto it = names_.find(id);
    if (it == names_.end()) {
      auto record = store_.entity(id);
      it = names_.emplace(id, record ? record->name : id).first;
    }
    return it->second;
  }

 private:
  const Store& store_;
  std::map<EntityId, std::string> names_;
};

// Best role of a speaker for a quote in `doc`: same document, then current, then newest.
std::optional<RoleRecord> role_for(const std::vector<RoleRecord>& roles, const std::string& doc) {
  auto rank = [&](const RoleRecord& r) {
    return std::make_tuple(r.doc != doc, r.former, r.published.has_value() ? 0 : 1);
  };
  auto newer = [&](const RoleRecord& a, const RoleRecord& b) {
    if (rank(a) != rank(b)) return rank(a) < rank(b);
    return a.published.value_or("") > b.published.value_or("");
  };
  auto best = std::min_element(roles.begin(), roles.end(), newer);
  if (best == roles.end()) return std::nullopt;
  return *best;
}

std::vector<QuoteRecord> matching_records(const Store& store, const QuoteFilter& filter) {
  std::optional<EntityId> by, about;
  if (filter.by) by = resolve_entity(store, *filter.by);
  if (filter.about) about = resolve_entity(store, *filter.about);
  std::vector<QuoteRecord> records;
  if (by) {
    records = store.quotes_by(*by);
  } else if (about) {
    records = store.quotes_about(*about);
  } else {
    store.for_each_quote([&](const QuoteRecord& q) { records.push_back(q); });
  }
  std::erase_if(records, [&](const QuoteRecord& q) {
    bool off_topic = about && std::find(q.about.begin(), q.about.end(), *about) == q.about.end();
    return off_topic || (filter.kind && q.kind != *filter.kind);
  });
  return records;
}

QuoteRow make_row(const Store& store, const QuoteRecord& q, NameCache& names) {
  QuoteRow row{
      q.id, std::nullopt, q.speaker_description, std::nullopt, std::nullopt, q.text,  q.kind,
      {},   q.doc,        q.published,           q.span,       q.cue,        q.sieve, q.confidence};
  if (q.speaker) {
    row.speaker = names(*q.speaker);
    if (auto role = role_for(store.roles_of(*q.speaker), q.doc)) {
      row.title = role->former ? "former " + role->title : role->title;
      if (role->org) row.org = names(*role->org);
    }
  }
  for (const EntityId& id : q.about) row.about.push_back(names(id));
  return row;
}

}  // namespace

std::vector<QuoteRow> find_quotes(const Store& store, const QuoteFilter& filter) {
  if (filter.kind && *filter.kind != "direct" && *filter.kind != "indirect")
    throw QueryError("unknown quote kind \"" + *filter.kind + "\" (direct or indirect)");
  std::vector<QuoteRecord> records = matching_records(store, filter);
  auto order = [](const QuoteRecord& q) {
    // Newest first; an undated document sorts after every dated one.
    return std::tuple<bool, const std::string&, uint32_t>(!q.published, q.doc, q.span.begin);
  };
  std::stable_sort(records.begin(), records.end(), [&](const QuoteRecord& a, const QuoteRecord& b) {
    if (a.published && b.published && *a.published != *b.published)
      return *a.published > *b.published;
    return order(a) < order(b);
  });
  if (filter.limit != 0 && records.size() > filter.limit) records.resize(filter.limit);
  NameCache names(store);
  std::vector<QuoteRow> rows;
  for (const QuoteRecord& q : records) rows.push_back(make_row(store, q, names));
  return rows;
}

ResultSet quote_results(const std::vector<QuoteRow>& rows) {
  using nlohmann::json;
  auto optional = [](const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); };
  ResultSet rs;
  for (const char* name : {"published", "doc", "speaker", "title", "org"})
    rs.columns.push_back({name});
  rs.columns.push_back({"kind", false});
  rs.columns.push_back({"text", true, 3});  // the quote keeps most of a narrow terminal
  rs.columns.push_back({"about"});
  for (const char* name :
       {"speaker_description", "begin", "end", "cue", "sieve", "confidence", "id"})
    rs.columns.push_back({name, false});
  for (const QuoteRow& r : rows)
    rs.rows.push_back({optional(r.published), r.doc, optional(r.speaker), optional(r.title),
                       optional(r.org), r.kind, r.text, r.about, optional(r.speaker_description),
                       r.span.begin, r.span.end, r.cue, r.sieve, r.confidence, r.id});
  return rs;
}

}  // namespace newsgraph
