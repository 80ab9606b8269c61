#include "query/card.h"

#include <algorithm>
#include <map>
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

std::vector<RoleRecord> roles_on_card(const Store& store, const EntityRecord& e) {
  if (e.type == EntityType::kPerson) return store.roles_of(e.id);
  std::vector<RoleRecord> roles;
  store.for_each_role([&](const RoleRecord& r) {
    if (r.org == e.id) roles.push_back(r);
  });
  return roles;
}

// Links to other entities: quotes either way, roles, and relation triples.
std::map<EntityId, size_t> count_links(const Store& store, const EntityId& id,
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
  for (const TripleRecord& t : store.triples_of(id))
    if (!t.literal && !is_structural(t.predicate)) ++links[t.subject == id ? t.object : t.subject];
  links.erase(id);
  return links;
}

std::vector<RelatedEntity> related_entities(const Store& store, const EntityRecord& self,
                                            const std::map<EntityId, size_t>& links, size_t max) {
  std::vector<RelatedEntity> related;
  store.for_each_entity([&](const EntityRecord& e) {
    if (e.id == self.id) return;
    auto link = links.find(e.id);
    RelatedEntity r{e.id, e.name, e.type, count_shared(self.docs, e.docs),
                    link == links.end() ? 0 : link->second};
    if (r.shared_docs + r.links > 0) related.push_back(std::move(r));
  });
  auto rank = [](const RelatedEntity& r) {
    return std::tuple<long long, const std::string&>(
        -static_cast<long long>(r.links + r.shared_docs), r.name);
  };
  std::sort(related.begin(), related.end(),
            [&](const RelatedEntity& a, const RelatedEntity& b) { return rank(a) < rank(b); });
  if (related.size() > max) related.resize(max);
  return related;
}

std::string role_text(const CardRole& r, bool with_person) {
  std::string text = with_person ? r.person + ", " : "";
  text += (r.former ? "former " : "") + r.title;
  if (r.org && !with_person) text += ", " + *r.org;
  text += " (" + r.doc + (r.published ? ", " + *r.published : "") + ")";
  return text;
}

ResultSet card_results(const EntityCard& card) {
  using nlohmann::json;
  ResultSet rs{{{"field"}, {"value"}}, {}};
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
  for (const RelatedEntity& r : card.related)
    add("related", r.name + " (" + std::string(to_string(r.type)) + "): shared documents " +
                       std::to_string(r.shared_docs) + ", links " + std::to_string(r.links));
  return rs;
}

}  // namespace

EntityCard entity_card(const Store& store, std::string_view name, size_t max_related) {
  EntityId id = resolve_entity(store, name);
  std::optional<EntityRecord> e = store.entity(id);
  if (!e) throw QueryError("entity " + id + " is indexed but not stored");
  EntityCard card{id, e->name, e->type, e->aliases};
  card.mentions = e->mentions;
  card.documents = e->docs.size();
  for (const std::string& doc : e->docs) {
    auto d = store.document(doc);
    if (!d || !d->published) continue;
    if (!card.first_seen || *d->published < *card.first_seen) card.first_seen = d->published;
    if (!card.last_seen || *d->published > *card.last_seen) card.last_seen = d->published;
  }
  std::vector<QuoteRecord> by = store.quotes_by(id), about = store.quotes_about(id);
  card.quotes_by = by.size();
  card.quotes_about = about.size();
  std::vector<RoleRecord> roles = roles_on_card(store, *e);
  std::stable_sort(roles.begin(), roles.end(), [](const RoleRecord& a, const RoleRecord& b) {
    return a.published.value_or("") > b.published.value_or("");
  });
  auto name_of = [&](const EntityId& other) {
    auto record = store.entity(other);
    return record ? record->name : other;
  };
  for (const RoleRecord& r : roles)
    card.roles.push_back({name_of(r.person), r.title,
                          r.org ? std::optional(name_of(*r.org)) : std::nullopt, r.former, r.doc,
                          r.published});
  card.related = related_entities(store, *e, count_links(store, id, by, about, roles), max_related);
  return card;
}

nlohmann::json to_json(const EntityCard& card) {
  using nlohmann::json;
  auto optional = [](const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); };
  json roles = json::array(), related = json::array();
  for (const CardRole& r : card.roles)
    roles.push_back({{"person", r.person},
                     {"title", r.title},
                     {"org", optional(r.org)},
                     {"former", r.former},
                     {"doc", r.doc},
                     {"published", optional(r.published)}});
  for (const RelatedEntity& r : card.related)
    related.push_back({{"id", r.id},
                       {"name", r.name},
                       {"type", to_string(r.type)},
                       {"shared_docs", r.shared_docs},
                       {"links", r.links}});
  return {{"id", card.id},
          {"name", card.name},
          {"type", to_string(card.type)},
          {"aliases", card.aliases},
          {"roles", roles},
          {"mentions", card.mentions},
          {"documents", card.documents},
          {"quotes_by", card.quotes_by},
          {"quotes_about", card.quotes_about},
          {"related", related},
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
