#include "query/card.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <tuple>

#include "graph/knowledge_graph.h"
#include "query/resolve.h"

namespace newsgraph {
namespace {

size_t count_shared(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t n = 0;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (*i < *j)
      ++i;
    else if (*j < *i)
      ++j;
    else
      ++n, ++i, ++j;
  }
  return n;
}

// The person's own roles; for any other entity the roles held at it, found through its
// "role" triples (each person's roles read once).
std::vector<RoleRecord> roles_on_card(const Store& store, const EntityRecord& e,
                                      const std::vector<TripleRecord>& triples,
                                      const DateRange& dates) {
  std::vector<RoleRecord> roles;
  std::set<EntityId> people;
  if (e.type == EntityType::kPerson) people.insert(e.id);
  else
    for (const TripleRecord& t : triples)
      if (t.predicate == "role" && !t.literal && t.object == e.id) people.insert(t.subject);
  for (const EntityId& person : people)
    for (RoleRecord& r : store.roles_of(person))
      if ((person == e.id || r.org == e.id) && dates.contains(r.published))
        roles.push_back(std::move(r));
  return roles;
}

// Links to other entities: quotes either way, roles, and relation triples.
std::map<EntityId, size_t> count_links(const std::vector<TripleRecord>& triples, const EntityId& id,
                                       const std::vector<QuoteRecord>& by,
                                       const std::vector<QuoteRecord>& about,
                                       const std::vector<RoleRecord>& roles) {
  std::map<EntityId, size_t> links;
  for (const QuoteRecord& q : by)
    for (const EntityId& other : q.about) ++links[other];
  for (const QuoteRecord& q : about)
    if (q.speaker) ++links[*q.speaker];
  for (const RoleRecord& r : roles)
    if (r.org) ++links[r.person == id ? *r.org : r.person];
  for (const TripleRecord& t : triples)
    if (!t.literal && !is_structural(t.predicate)) ++links[t.subject == id ? t.object : t.subject];
  links.erase(id);
  return links;
}

// Sorts by `count` (most first), then name; keeps at most `max`. Returns how many there were.
size_t rank_and_cap(std::vector<RelatedEntity>& entities, size_t RelatedEntity::*count,
                    size_t max) {
  auto rank = [&](const RelatedEntity& r) {
    return std::tuple<long long, const std::string&>(-static_cast<long long>(r.*count), r.name);
  };
  std::sort(entities.begin(), entities.end(),
            [&](const RelatedEntity& a, const RelatedEntity& b) { return rank(a) < rank(b); });
  const size_t total = entities.size();
  if (total > max) entities.resize(max);
  return total;
}

// The other end of a relation or role triple of `id` between two entities, if it is one.
std::optional<EntityId> partner(const TripleRecord& t, const EntityId& id) {
  if (t.literal || (is_structural(t.predicate) && t.predicate != "role")) return std::nullopt;
  return t.subject == id ? t.object : t.subject;
}

// The entities at most two facts from the card's entity: named in a quote with it (speaker
// or named), linked to it by a role or relation, or by a role or relation to one so linked
// (a colleague at the same employer). Co-mentions are looked for among them: finding every
// entity that shares a document would read every entity record.
std::set<EntityId> neighbours(const Store& store, const EntityId& self,
                              const std::vector<QuoteRecord>& by,
                              const std::vector<QuoteRecord>& about,
                              const std::vector<RoleRecord>& roles,
                              const std::vector<TripleRecord>& triples,
                              const std::function<bool(const std::string&)>& in_range) {
  std::set<EntityId> ids, partners;
  for (const auto* quotes : {&by, &about})
    for (const QuoteRecord& q : *quotes) {
      if (q.speaker) ids.insert(*q.speaker);
      ids.insert(q.about.begin(), q.about.end());
    }
  for (const RoleRecord& r : roles)
    if (r.org) partners.insert(r.person == self ? *r.org : r.person);
  for (const TripleRecord& t : triples)
    if (auto other = partner(t, self)) partners.insert(*other);
  partners.erase(self);
  for (const EntityId& p : partners)
    for (const TripleRecord& t : store.triples_of(p))
      if (auto other = partner(t, p); other && in_range(t.doc)) ids.insert(*other);
  ids.insert(partners.begin(), partners.end());
  ids.erase(self);
  return ids;
}

// Fills card.related (linked by facts) and card.co_mentioned (sharing documents in `docs`)
// from the entities `candidates`.
void add_related(const Store& store, const std::set<EntityId>& candidates,
                 const std::vector<std::string>& docs, const std::map<EntityId, size_t>& links,
                 size_t max, EntityCard& card) {
  for (const EntityId& id : candidates) {
    std::optional<EntityRecord> e = store.entity(id);
    if (!e) continue;
    auto link = links.find(e->id);
    RelatedEntity r{e->id, e->name, e->type, count_shared(docs, e->docs),
                    link == links.end() ? 0 : link->second};
    if (r.links > 0) card.related.push_back(r);
    if (r.shared_docs > 0) card.co_mentioned.push_back(std::move(r));
  }
  card.related_total = rank_and_cap(card.related, &RelatedEntity::links, max);
  card.co_mentioned_total = rank_and_cap(card.co_mentioned, &RelatedEntity::shared_docs, max);
}

// One CardRole per (person, title, org, former), first stated first.
std::vector<CardRole> roles_over_time(const Store& store, const std::vector<RoleRecord>& roles) {
  auto name_of = [&](const EntityId& other) {
    auto record = store.entity(other);
    return record ? record->name : other;
  };
  std::map<std::tuple<EntityId, std::string, std::optional<EntityId>, bool>, CardRole> grouped;
  for (const RoleRecord& r : roles) {
    auto [it, added] = grouped.try_emplace({r.person, r.title, r.org, r.former});
    CardRole& role = it->second;
    if (added)
      role = {name_of(r.person), r.title, r.org ? std::optional(name_of(*r.org)) : std::nullopt,
              r.former};
    if (r.published && (!role.first || *r.published < *role.first)) role.first = r.published;
    if (r.published && (!role.last || *r.published > *role.last)) role.last = r.published;
    role.docs.push_back(r.doc);
  }
  std::vector<CardRole> out;
  for (auto& [key, role] : grouped) {
    std::sort(role.docs.begin(), role.docs.end());
    role.docs.erase(std::unique(role.docs.begin(), role.docs.end()), role.docs.end());
    out.push_back(std::move(role));
  }
  auto order = [](const CardRole& r) {
    return std::tuple<bool, const std::string&, const std::string&>(
        !r.first, r.first ? *r.first : r.title, r.title);
  };
  std::stable_sort(out.begin(), out.end(),
                   [&](const CardRole& a, const CardRole& b) { return order(a) < order(b); });
  return out;
}

std::string role_text(const CardRole& r, bool with_person) {
  std::string text = with_person ? r.person + ", " : "";
  text += (r.former ? "former " : "") + r.title;
  if (r.org && !with_person) text += ", " + *r.org;
  std::string when = !r.first              ? "undated"
                     : *r.first == *r.last ? *r.first
                                           : *r.first + " to " + *r.last;
  size_t n = r.docs.size();
  return text + " (" + when + "; " + std::to_string(n) + (n == 1 ? " document)" : " documents)");
}

std::string related_text(const RelatedEntity& r) {
  return r.name + " (" + std::string(to_string(r.type)) + "): links " + std::to_string(r.links) +
         ", shared documents " + std::to_string(r.shared_docs);
}

// "10 of 57 shown (--limit)": the line a capped list ends with.
std::string shown(const std::vector<RelatedEntity>& entities, size_t total) {
  return std::to_string(entities.size()) + " of " + std::to_string(total) + " shown (--limit)";
}

ResultSet card_results(const EntityCard& card) {
  using nlohmann::json;
  ResultSet rs{{{"field"}, {"value", true, 1}}, {}};
  auto add = [&](std::string field, json value) {
    rs.rows.push_back({std::move(field), std::move(value)});
  };
  add("name", card.name);
  add("type", std::string(to_string(card.type)));
  add("id", card.id);
  add("aliases", card.aliases);
  for (const CardRole& r : card.roles) add("role", role_text(r, card.type != EntityType::kPerson));
  add("mentions", card.mentions);
  add("documents", card.documents);
  add("first seen", card.first_seen ? json(*card.first_seen) : json(nullptr));
  add("last seen", card.last_seen ? json(*card.last_seen) : json(nullptr));
  add("quotes by", card.quotes_by);
  add("quotes about", card.quotes_about);
  for (const RelatedEntity& r : card.related) add("related", related_text(r));
  if (card.related.size() < card.related_total) add("related", shown(card.related, card.related_total));
  for (const RelatedEntity& r : card.co_mentioned) add("co-mentioned", related_text(r));
  if (card.co_mentioned.size() < card.co_mentioned_total)
    add("co-mentioned", shown(card.co_mentioned, card.co_mentioned_total));
  return rs;
}

nlohmann::json to_json(const std::vector<RelatedEntity>& entities) {
  nlohmann::json out = nlohmann::json::array();
  for (const RelatedEntity& r : entities)
    out.push_back({{"id", r.id},
                   {"name", r.name},
                   {"type", to_string(r.type)},
                   {"shared_docs", r.shared_docs},
                   {"links", r.links}});
  return out;
}

}  // namespace

EntityCard entity_card(const Store& store, std::string_view name, const DateRange& dates,
                       size_t max_related) {
  EntityId id = resolve_entity(store, name);
  std::optional<EntityRecord> e = store.entity(id);
  if (!e) throw QueryError("entity " + id + " is indexed but not stored");
  EntityCard card{id, e->name, e->type, e->aliases};
  card.mentions = e->mentions;
  DocumentDates published(store);
  std::vector<std::string> docs;
  for (const std::string& doc : e->docs) {
    if (!published.in(doc, dates)) continue;
    docs.push_back(doc);
    const auto& date = published.of(doc);
    if (!date) continue;
    if (!card.first_seen || *date < *card.first_seen) card.first_seen = date;
    if (!card.last_seen || *date > *card.last_seen) card.last_seen = date;
  }
  card.documents = docs.size();
  auto outside = [&](const QuoteRecord& q) { return !dates.contains(q.published); };
  std::vector<QuoteRecord> by = store.quotes_by(id), about = store.quotes_about(id);
  std::erase_if(by, outside);
  std::erase_if(about, outside);
  card.quotes_by = by.size();
  card.quotes_about = about.size();
  std::vector<TripleRecord> triples = store.triples_of(id);
  std::erase_if(triples, [&](const TripleRecord& t) { return !published.in(t.doc, dates); });
  std::vector<RoleRecord> roles = roles_on_card(store, *e, triples, dates);
  card.roles = roles_over_time(store, roles);
  auto in_range = [&](const std::string& doc) { return published.in(doc, dates); };
  add_related(store, neighbours(store, id, by, about, roles, triples, in_range), docs,
              count_links(triples, id, by, about, roles), max_related, card);
  return card;
}

nlohmann::json to_json(const EntityCard& card) {
  using nlohmann::json;
  auto optional = [](const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); };
  json roles = json::array();
  for (const CardRole& r : card.roles)
    roles.push_back({{"person", r.person},
                     {"title", r.title},
                     {"org", optional(r.org)},
                     {"former", r.former},
                     {"first", optional(r.first)},
                     {"last", optional(r.last)},
                     {"docs", r.docs}});
  return {{"id", card.id},
          {"name", card.name},
          {"type", to_string(card.type)},
          {"aliases", card.aliases},
          {"roles", roles},
          {"mentions", card.mentions},
          {"documents", card.documents},
          {"quotes_by", card.quotes_by},
          {"quotes_about", card.quotes_about},
          {"related", to_json(card.related)},
          {"related_total", card.related_total},
          {"co_mentioned", to_json(card.co_mentioned)},
          {"co_mentioned_total", card.co_mentioned_total},
          {"first_seen", optional(card.first_seen)},
          {"last_seen", optional(card.last_seen)}};
}

void write_card(std::ostream& out, const EntityCard& card, Format format,
                const TableOptions& options) {
  if (format == Format::kJson || format == Format::kJsonl) {
    int indent = format == Format::kJson ? 2 : -1;
    out << to_json(card).dump(indent, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return;
  }
  write_results(out, card_results(card), format, options);
}

}  // namespace newsgraph
