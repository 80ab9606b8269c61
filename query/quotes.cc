#include "query/quotes.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "query/resolve.h"

namespace newsgraph {
namespace {

// Display names and roles of entity ids, each looked up once: a speaker has many quotes.
class Lookups {
 public:
  explicit Lookups(const Store& store) : store_(store) {}
  const std::string& name(const EntityId& id) {
    auto it = names_.find(id);
    if (it == names_.end()) it = names_.emplace(id, store_.display_name(id).value_or(id)).first;
    return it->second;
  }
  // The speaker's role for a quote in `doc` (Store::role_in: same document, then current,
  // then newest): a hub speaker holds thousands of roles, of which this reads a few rows.
  const std::optional<RoleRecord>& role(const EntityId& id, const std::string& doc) {
    auto key = std::pair(id, doc);
    auto it = roles_.find(key);
    if (it == roles_.end()) it = roles_.emplace(key, store_.role_in(id, doc)).first;
    return it->second;
  }
  // Whether the entity is an organisation (read once per speaker without a role).
  bool is_org(const EntityId& id) {
    auto it = orgs_.find(id);
    if (it == orgs_.end()) {
      auto e = store_.entity(id);
      it = orgs_.emplace(id, e && e->type == EntityType::kOrg).first;
    }
    return it->second;
  }

 private:
  const Store& store_;
  std::map<EntityId, std::string> names_;
  std::map<EntityId, bool> orgs_;
  std::map<std::pair<EntityId, std::string>, std::optional<RoleRecord>> roles_;
};

// The entity `about` names and, with include_related, the products it develops.
std::vector<EntityId> topics(const Store& store, const QuoteFilter& filter) {
  std::vector<EntityId> ids{resolve_entity(store, *filter.about)};
  if (filter.include_related)
    for (const TripleRecord& t : store.triples_of(ids.front()))
      if (t.predicate == "develops" && t.subject == ids.front() && !t.literal &&
          std::find(ids.begin(), ids.end(), t.object) == ids.end())
        ids.push_back(t.object);
  return ids;
}

std::vector<QuoteRecord> matching_records(const Store& store, const QuoteFilter& filter) {
  std::optional<EntityId> by;
  std::vector<EntityId> about;
  if (filter.by) by = resolve_entity(store, *filter.by);
  if (filter.about) about = topics(store, filter);
  std::vector<QuoteRecord> records;
  if (by) {
    records = store.quotes_by(*by);
  } else if (!about.empty()) {
    std::set<std::string> seen;  // a quote about a company and its product comes once
    for (const EntityId& id : about)
      for (QuoteRecord& q : store.quotes_about(id))
        if (seen.insert(q.id).second) records.push_back(std::move(q));
  } else {
    store.for_each_quote([&](const QuoteRecord& q) { records.push_back(q); });
  }
  std::erase_if(records, [&](const QuoteRecord& q) {
    bool off_topic =
        !about.empty() && std::find_first_of(q.about.begin(), q.about.end(), about.begin(),
                                             about.end()) == q.about.end();
    return off_topic || (filter.kind && q.kind != *filter.kind) ||
           !filter.dates.contains(q.published);
  });
  return records;
}

QuoteRow make_row(const QuoteRecord& q, Lookups& lookups) {
  QuoteRow row{.id = q.id,
               .speaker_description = q.speaker_description,
               .text = q.text,
               .kind = q.kind,
               .doc = q.doc,
               .published = q.published,
               .span = q.span,
               .cue = q.cue,
               .sieve = q.sieve,
               .confidence = q.confidence};
  if (q.speaker) {
    row.speaker = lookups.name(*q.speaker);
    if (const auto& role = lookups.role(*q.speaker, q.doc)) {
      row.title = role->former ? "former " + role->title : role->title;
      if (role->org) row.org = lookups.name(*role->org);
    } else if (lookups.is_org(*q.speaker)) {
      row.org = row.speaker;  // the organisation speaks, itself or through a spokesperson
    }
  }
  // "OpenAI's spokesperson" for an organisation speaking, "one analyst" for an unnamed source
  if (!row.title) row.title = q.speaker_description;
  for (const EntityId& id : q.about) row.about.push_back(lookups.name(id));
  return row;
}

// The quotes of one speaker or about one entity, from the store's index in display order:
// only the first `limit` are read, the rest counted.
std::vector<QuoteRecord> indexed_records(const Store& store, const EntityId& id,
                                         Store::QuoteLink link, const QuoteFilter& filter,
                                         size_t limit, size_t& total) {
  std::vector<std::pair<std::string, uint32_t>> shown;
  const char kind = filter.kind ? quote_kind_byte(*filter.kind) : 0;
  store.for_each_quote_of(id, link, [&](const Store::QuoteEntry& e) {
    if (!filter.dates.contains(e.published)) {
      // Newest first, the undated last: once past --since (or at the undated) none can match.
      bool past = !e.published || (filter.dates.since && *e.published < *filter.dates.since);
      return !past;
    }
    if (filter.kind && e.kind != kind) return true;
    if (limit == 0 || shown.size() < limit) shown.emplace_back(e.doc, e.index);
    ++total;
    return true;
  });
  return store.quotes_at(shown);
}

}  // namespace

QuotePage find_quote_page(const Store& store, const QuoteFilter& filter, size_t limit) {
  if (filter.kind && *filter.kind != "direct" && *filter.kind != "indirect" && *filter.kind != "answer")
    throw QueryError("unknown quote kind \"" + *filter.kind + "\" (direct, indirect or answer)");
  QuotePage page;
  Lookups lookups(store);
  if (filter.about.has_value() != filter.by.has_value() && !filter.include_related) {
    bool by = filter.by.has_value();
    EntityId id = resolve_entity(store, by ? *filter.by : *filter.about);
    for (const QuoteRecord& q :
         indexed_records(store, id, by ? Store::QuoteLink::kBy : Store::QuoteLink::kAbout,
                         filter, limit, page.total))
      page.rows.push_back(make_row(q, lookups));
    return page;
  }
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
  page.total = records.size();
  if (limit != 0 && records.size() > limit) records.resize(limit);
  for (const QuoteRecord& q : records) page.rows.push_back(make_row(q, lookups));
  return page;
}

std::vector<QuoteRow> find_quotes(const Store& store, const QuoteFilter& filter) {
  return find_quote_page(store, filter, 0).rows;
}

ResultSet quote_results(const std::vector<QuoteRow>& rows) {
  using nlohmann::json;
  auto optional = [](const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); };
  ResultSet rs;
  for (const char* name : {"published", "doc", "speaker", "title", "org"})
    rs.columns.push_back({name});
  rs.columns.push_back({"kind"});  // a paraphrase must not read as the speaker's words
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
