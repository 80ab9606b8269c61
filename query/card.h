// Entity cards: everything the store knows about one entity, in one screen.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "graph/store.h"
#include "query/format.h"

namespace newsgraph {

/// A role on a card: held by the card's person, or held at the card's organisation.
struct CardRole {
  std::string person;  // display names
  std::string title;
  std::optional<std::string> org;
  bool former = false;
  std::string doc;
  std::optional<std::string> published;
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
  std::vector<CardRole> roles;  // newest first
  uint64_t mentions = 0;
  size_t documents = 0;
  size_t quotes_by = 0, quotes_about = 0;
  std::vector<RelatedEntity> related;  // most links + shared documents first, then by name
  std::optional<std::string> first_seen, last_seen;  // earliest/latest published date
};

/// The card of the entity `name` names (resolve_entity). Roles are the person's own, or for
/// any other entity the roles held at it. At most `max_related` related entities. Reads every
/// entity and role once. Throws QueryError for an unknown name, StoreError on read failure.
EntityCard entity_card(const Store& store, std::string_view name, size_t max_related = 10);

nlohmann::json to_json(const EntityCard& card);

/// json / jsonl: the card as one object (to_json); table, csv and tsv: rows of
/// (field, value), one row per role and per related entity.
void write_card(std::ostream& out, const EntityCard& card, Format format,
                const TableOptions& options = {});

}  // namespace newsgraph
