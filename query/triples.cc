#include "query/triples.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "query/resolve.h"

namespace newsgraph {
namespace {

// Display text of the parts of triples, each looked up once: entity ids -> display names,
// quote ids -> “text” and role evidence -> title (when given), documents -> date and title.
class Labels {
 public:
  explicit Labels(const Store& store) : store_(store) {}

  void add_quotes(const std::vector<QuoteRecord>& quotes) {
    for (const QuoteRecord& q : quotes) {
      labels_.emplace(q.id, "“" + q.text + "”");
      if (q.speaker) speakers_.emplace(q.id, of(*q.speaker));
      else if (q.speaker_description) speakers_.emplace(q.id, *q.speaker_description);
    }
  }

  // Who said the quotation that is the subject or object of `t`; nullopt for other triples.
  std::optional<std::string> speaker(const TripleRecord& t) const {
    for (const std::string* part : {&t.subject, &t.object})
      if (auto it = speakers_.find(*part); it != speakers_.end()) return it->second;
    return std::nullopt;
  }

  void add_roles(const std::vector<RoleRecord>& roles) {
    for (const RoleRecord& r : roles) {
      std::string title = r.former ? "former " + r.title : r.title;
      titles_.emplace(std::tuple(r.person, r.doc, r.span.begin), std::move(title));
    }
  }

  // "CEO, Acme" for a role triple whose role was given; else nullopt.
  std::optional<std::string> role(const TripleRecord& t) {
    if (t.predicate != "role") return std::nullopt;
    auto it = titles_.find(std::tuple(t.subject, t.doc, t.span.begin));
    if (it == titles_.end()) return std::nullopt;
    return it->second == t.object ? it->second : it->second + ", " + of(t.object);
  }

  const std::string& of(const std::string& part) {
    auto it = labels_.find(part);
    if (it == labels_.end()) {
      auto e = store_.entity(part);
      it = labels_.emplace(part, e ? e->name : part).first;
    }
    return it->second;
  }

  std::optional<std::string> published(const std::string& doc) {
    const auto& d = document(doc);
    return d ? d->published : std::nullopt;
  }

  const std::optional<DocumentRecord>& document(const std::string& doc) {
    auto it = docs_.find(doc);
    if (it == docs_.end()) it = docs_.emplace(doc, store_.document(doc)).first;
    return it->second;
  }

 private:
  const Store& store_;
  std::map<std::string, std::string> labels_;
  std::map<std::string, std::string> speakers_;  // quote id -> its speaker's label
  std::map<std::string, std::optional<DocumentRecord>> docs_;
  std::map<std::tuple<EntityId, std::string, uint32_t>, std::string> titles_;
};

TripleRow make_row(const TripleRecord& t, Labels& labels) {
  const auto& doc = labels.document(t.doc);
  std::string object = t.literal ? t.object : labels.role(t).value_or(labels.of(t.object));
  if (t.predicate == "mentioned_in" && doc && !doc->title.empty()) object = doc->title;
  return {labels.of(t.subject),
          t.predicate,
          std::move(object),
          labels.speaker(t),
          t.literal,
          t.doc,
          doc ? doc->published : std::nullopt,
          t.span,
          t.rule,
          t.confidence};
}

}  // namespace

std::vector<TripleRow> timeline(const Store& store, std::string_view name, const DateRange& dates) {
  EntityId id = resolve_entity(store, name);
  Labels labels(store);
  labels.add_quotes(store.quotes_by(id));
  labels.add_quotes(store.quotes_about(id));
  std::vector<RoleRecord> roles;
  store.for_each_role([&](const RoleRecord& r) {
    if (r.person == id || r.org == id) roles.push_back(r);
  });
  labels.add_roles(roles);
  std::vector<TripleRow> rows;
  for (const TripleRecord& t : store.triples_of(id))
    if (t.predicate != "mentioned_in" && dates.contains(labels.published(t.doc)))
      rows.push_back(make_row(t, labels));
  auto order = [](const TripleRow& r) {
    return std::tuple<bool, const std::string&, const std::string&, uint32_t>(
        !r.published, r.published ? *r.published : r.doc, r.doc, r.span.begin);
  };
  std::stable_sort(rows.begin(), rows.end(),
                   [&](const TripleRow& a, const TripleRow& b) { return order(a) < order(b); });
  return rows;
}

ResultSet triple_results(const std::vector<TripleRow>& rows) {
  using nlohmann::json;
  ResultSet rs;
  for (const char* name : {"published", "doc", "subject", "predicate"})
    rs.columns.push_back({name});
  rs.columns.push_back({"object", true, 2});
  rs.columns.push_back({"speaker"});
  for (const char* name : {"literal", "begin", "end", "rule", "confidence"})
    rs.columns.push_back({name, false});
  for (const TripleRow& r : rows)
    rs.rows.push_back({r.published ? json(*r.published) : json(nullptr), r.doc, r.subject,
                       r.predicate, r.object, r.speaker ? json(*r.speaker) : json(nullptr),
                       r.literal, r.span.begin, r.span.end, r.rule, r.confidence});
  return rs;
}

}  // namespace newsgraph
