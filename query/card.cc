#include "query/card.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <tuple>

#include "graph/knowledge_graph.h"
#include "graph/local_graph.h"
#include "query/resolve.h"

namespace newsgraph {
namespace {

// The person's own roles (every one: a card shows each over time); for any other entity the
// roles held at it, behind the "role" triples read (Store::roles_in of each triple's document).
std::vector<RoleRecord> roles_on_card(const Store& store, const EntityRecord& e,
                                      const std::vector<TripleRecord>& triples,
                                      const DateRange& dates) {
  std::vector<RoleRecord> roles;
  if (e.type == EntityType::kPerson) {
    for (RoleRecord& r : store.roles_of(e.id))
      if (dates.contains(r.published)) roles.push_back(std::move(r));
    return roles;
  }
  std::set<std::pair<EntityId, std::string>> read;  // (person, document)
  for (const TripleRecord& t : triples)
    if (t.predicate == "role" && !t.literal && t.object == e.id &&
        read.emplace(t.subject, t.doc).second)
      for (RoleRecord& r : store.roles_in(t.subject, t.doc))
        if (r.org == e.id && dates.contains(r.published)) roles.push_back(std::move(r));
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

// The newest `max` (0: all) quotes of one link of `id` published within `dates`, and how many
// there are: counted from the quote_links keys, only those kept read.
struct QuoteSample {
  std::vector<QuoteRecord> newest;
  size_t total = 0;
};
QuoteSample sample_quotes(const Store& store, const EntityId& id, Store::QuoteLink link,
                          const DateRange& dates, size_t max) {
  QuoteSample sample;
  std::vector<std::pair<std::string, uint32_t>> newest;
  store.for_each_quote_of(id, link, [&](const Store::QuoteEntry& e) {
    if (!dates.contains(e.published)) return true;
    ++sample.total;
    if (max == 0 || newest.size() < max) newest.emplace_back(e.doc, e.index);
    return true;
  });
  sample.newest = store.quotes_at(newest);
  return sample;
}

// Documents shared with each other entity, over `docs` (the card's, newest first): the
// entities each mentions (Store::entities_in), counted.
std::map<EntityId, size_t> co_mentions(const Store& store, const EntityId& self,
                                       const std::vector<std::string>& docs) {
  std::map<EntityId, size_t> shared;
  for (const std::string& doc : docs)
    for (EntityId& other : store.entities_in(doc))
      if (other != self) ++shared[std::move(other)];
  return shared;
}

// "PERSON:sam altman" -> kPerson: the type a canonical id names.
EntityType type_of(const EntityId& id) {
  size_t colon = id.find(':');
  return parse_entity_type(id.substr(0, colon)).value_or(EntityType::kOrg);
}

// Fills card.related (linked by facts) and card.co_mentioned (sharing documents), each
// entity named by its display name (one row a stored id).
void add_related(const Store& store, const std::map<EntityId, size_t>& links,
                 const std::map<EntityId, size_t>& shared, size_t max, EntityCard& card) {
  std::set<EntityId> ids;
  for (const auto* counts : {&links, &shared})
    for (const auto& [id, n] : *counts) ids.insert(id);
  for (const EntityId& id : ids) {
    std::optional<std::string> name = store.display_name(id);
    if (!name) continue;
    auto link = links.find(id);
    auto share = shared.find(id);
    RelatedEntity r{id, *name, type_of(id), share == shared.end() ? 0 : share->second,
                    link == links.end() ? 0 : link->second};
    if (r.links > 0) card.related.push_back(r);
    if (r.shared_docs > 0) card.co_mentioned.push_back(std::move(r));
  }
  card.related_total = rank_and_cap(card.related, &RelatedEntity::links, max);
  card.co_mentioned_total = rank_and_cap(card.co_mentioned, &RelatedEntity::shared_docs, max);
}

// One CardRole per (person, title, org, former), first stated first.
std::vector<CardRole> roles_over_time(const Store& store, const std::vector<RoleRecord>& roles) {
  auto name_of = [&](const EntityId& other) { return store.display_name(other).value_or(other); };
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

// What the card left out, as (field, text): capped lists and a hub's facts read in part.
std::vector<std::pair<std::string, std::string>> card_notes(const EntityCard& card) {
  std::vector<std::pair<std::string, std::string>> notes;
  if (card.related.size() < card.related_total)
    notes.emplace_back("related", shown(card.related, card.related_total));
  if (card.co_mentioned.size() < card.co_mentioned_total)
    notes.emplace_back("co-mentioned", shown(card.co_mentioned, card.co_mentioned_total));
  if (card.facts_read < card.facts_total)
    notes.emplace_back("read in part", std::to_string(card.facts_read) + " of " +
                                           std::to_string(card.facts_total) +
                                           " facts and documents: related and co-mentioned "
                                           "come from the newest (--max-facts)");
  return notes;
}

ResultSet card_results(const EntityCard& card, bool with_notes) {
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
  for (const RelatedEntity& r : card.co_mentioned) add("co-mentioned", related_text(r));
  if (with_notes)
    for (auto& [field, text] : card_notes(card)) add(field, text);
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
                       size_t max_related, size_t max_facts) {
  EntityId id = resolve_entity(store, name);
  std::optional<EntityRecord> e = store.entity(id);
  if (!e) throw QueryError("entity " + id + " is indexed but not stored");
  EntityCard card{id, e->name, e->type, e->aliases};
  card.mentions = e->mentions;
  std::vector<std::string> docs;  // within dates, newest first (undated last)
  std::vector<Store::DatedDocument> all = store.documents_of(id);
  auto dated_end = std::find_if(all.begin(), all.end(), [](const auto& d) { return !d.published; });
  std::reverse(all.begin(), dated_end);
  for (const Store::DatedDocument& d : all) {
    if (!dates.contains(d.published)) continue;
    docs.push_back(d.doc);
    if (!d.published) continue;
    if (!card.first_seen || *d.published < *card.first_seen) card.first_seen = d.published;
    if (!card.last_seen || *d.published > *card.last_seen) card.last_seen = d.published;
  }
  card.documents = docs.size();
  QuoteSample by = sample_quotes(store, id, Store::QuoteLink::kBy, dates, max_facts);
  QuoteSample about = sample_quotes(store, id, Store::QuoteLink::kAbout, dates, max_facts);
  card.quotes_by = by.total;
  card.quotes_about = about.total;
  DocumentDates published(store);
  std::function<bool(const std::string&)> in_range;
  if (dates.bounded()) in_range = [&](const std::string& doc) { return published.in(doc, dates); };
  Store::TriplePage relations = store.relations_of(id, max_facts, in_range);
  std::vector<RoleRecord> roles = roles_on_card(store, *e, relations.triples, dates);
  card.roles = roles_over_time(store, roles);
  if (max_facts > 0 && docs.size() > max_facts) docs.resize(max_facts);
  card.facts_read = by.newest.size() + about.newest.size() + relations.triples.size() + docs.size();
  card.facts_total = by.total + about.total + relations.total + card.documents;
  add_related(store, count_links(relations.triples, id, by.newest, about.newest, roles),
              co_mentions(store, id, docs), max_related, card);
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
          {"facts_read", card.facts_read},
          {"facts_total", card.facts_total},
          {"first_seen", optional(card.first_seen)},
          {"last_seen", optional(card.last_seen)}};
}

std::vector<std::string> write_card(std::ostream& out, const EntityCard& card, Format format,
                                    const TableOptions& options) {
  const bool table = format == Format::kTable;
  if (format == Format::kJson || format == Format::kJsonl) {
    int indent = format == Format::kJson ? 2 : -1;
    out << to_json(card).dump(indent, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } else {
    write_results(out, card_results(card, table), format, options);
  }
  std::vector<std::string> left_out;
  if (!table)
    for (auto& [field, text] : card_notes(card)) left_out.push_back(field + ": " + text);
  return left_out;
}

}  // namespace newsgraph
