// Entity cards: everything the store knows about one entity, in one screen.
#pragma once

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/local_graph.h"
#include "graph/store.h"
#include "query/dates.h"
#include "query/format.h"

namespace newsgraph {

/// A role on a card, over time: held by the card's person, or held at the card's
/// organisation; one per (person, title, org, former), with the documents that state it.
struct CardRole {
  std::string person;  // display names
  std::string title;
  std::optional<std::string> org;
  bool former = false;
  std::optional<std::string> first, last;  // earliest and latest date it is stated
  std::vector<std::string> docs;           // documents stating it, sorted
};

/// An entity connected to the card's entity.
struct RelatedEntity {
  EntityId id;
  std::string name;
  EntityType type = EntityType::kOrg;
  size_t shared_docs = 0;  // documents mentioning both
  size_t links = 0;        // triples, roles and quotes (by one, about the other) joining them
};

struct EntityCard {
  EntityId id;
  std::string name;
  EntityType type = EntityType::kOrg;
  std::vector<std::string> aliases;
  std::vector<CardRole> roles;  // by first date stated (undated last), then title
  uint64_t mentions = 0;        // over all documents (not kept per date)
  size_t documents = 0;
  size_t quotes_by = 0, quotes_about = 0;
  std::vector<RelatedEntity> related;       // linked by facts: most links first, then by name
  std::vector<RelatedEntity> co_mentioned;  // most shared documents first, then by name
  size_t related_total = 0, co_mentioned_total = 0;  // before the cap (max_related)
  // Quotes by and about, role and relation rows, and documents the related and co-mentioned
  // lists were drawn from (the newest max_facts of each), and how many there are in range.
  uint64_t facts_read = 0, facts_total = 0;
  std::optional<std::string> first_seen, last_seen;  // earliest/latest published date
};

/// The card of the entity `name` names (resolve_entity), from the documents published
/// within `dates` (documents, roles, quotes, links, co-mentions, first/last seen). Roles are
/// the person's own, or for any other entity the roles held at it (behind its role triples
/// read). At most `max_related` related and co-mentioned entities each (how many there were:
/// related_total, co_mentioned_total). Counts (documents, quotes by and about, first and last
/// seen) are exact, read from index keys; the related and co-mentioned lists come from the
/// newest `max_facts` (0: all) quotes by and about it, role and relation rows
/// (Store::relations_of) and documents (each document's entities: Store::entities_in), so
/// facts_read < facts_total says they were drawn from part of a hub's facts. Reads no other
/// entity's record: names come from Store::display_name. Throws QueryError for an unknown
/// name, StoreError on read failure.
EntityCard entity_card(const Store& store, std::string_view name, const DateRange& dates = {},
                       size_t max_related = 10, size_t max_facts = kDefaultMaxFacts);

nlohmann::json to_json(const EntityCard& card);

/// json / jsonl: the card as one object (to_json); table, csv and tsv: rows of
/// (field, value), one row per role, per related and per co-mentioned entity. What was left
/// out ("co-mentioned: 10 of 57 shown (--limit)", "read in part: ...") ends a table as rows;
/// for the other formats, whose output is data only, it is returned for the caller to say on
/// stderr (json keeps the totals in fields too).
std::vector<std::string> write_card(std::ostream& out, const EntityCard& card, Format format,
                                    const TableOptions& options = {});

}  // namespace newsgraph
