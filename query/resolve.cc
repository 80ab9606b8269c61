#include "query/resolve.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "ingest/fold.h"

namespace newsgraph {

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t substitute = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      diagonal = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, substitute});
    }
  }
  return row[b.size()];
}

namespace {

bool contains_word(std::string_view haystack, std::string_view word) {
  for (size_t at = haystack.find(word); at != std::string_view::npos;
       at = haystack.find(word, at + 1)) {
    bool starts = at == 0 || haystack[at - 1] == ' ';
    bool ends = at + word.size() == haystack.size() || haystack[at + word.size()] == ' ';
    if (starts && ends) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> similar_names(const Store& store, std::string_view name, size_t max) {
  const std::string key = fold_key(name);
  const size_t tolerance = std::max<size_t>(2, key.size() / 3);
  std::map<EntityId, size_t> nearest;  // entity -> distance of its closest name or alias
  for (const std::string& other : store.folded_names()) {
    size_t d = !key.empty() && contains_word(other, key) ? 1 : edit_distance(key, other);
    if (d > tolerance) continue;
    for (const EntityId& id : store.resolve(other)) {
      auto [it, added] = nearest.emplace(id, d);
      if (!added) it->second = std::min(it->second, d);
    }
  }
  // distance, -mentions, display name, id
  std::vector<std::tuple<size_t, long long, std::string, EntityId>> found;
  for (const auto& [id, d] : nearest)
    if (auto display = store.display_name(id))
      found.emplace_back(d, -static_cast<long long>(store.mentions(id).value_or(0)), *display, id);
  std::sort(found.begin(), found.end());
  if (found.size() > max) found.resize(max);
  auto shared = [&](const std::string& display) {
    return std::count_if(found.begin(), found.end(),
                         [&](const auto& f) { return std::get<2>(f) == display; }) > 1;
  };
  std::vector<std::string> names;
  for (const auto& [distance, mentions, display, id] : found) {
    const std::string& shown = shared(display) ? id : display;
    if (std::find(names.begin(), names.end(), shown) == names.end()) names.push_back(shown);
  }
  return names;
}

namespace {

// The stored entity a typed id ("ORG:Apple Inc.", folded like any name) names, if any.
std::optional<EntityId> typed_id(const Store& store, std::string_view text) {
  size_t colon = text.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  std::optional<EntityType> type = parse_entity_type(text.substr(0, colon));
  if (!type) return std::nullopt;
  EntityId id = entity_id(*type, text.substr(colon + 1));
  if (id.empty()) return std::nullopt;
  std::optional<EntityRecord> record = store.entity(id);
  return record ? std::optional(record->id) : std::nullopt;
}

// The people whose name of several words ends (surname) or, when none does, starts (given
// name) with the one word `name`, canonical ids sorted. The surname is an index seek; the given
// name the folded names that start with it (Store::folded_names), only when a name is unknown.
std::vector<EntityId> people_by_one_name(const Store& store, std::string_view name) {
  const std::string key = fold_key(name);
  if (key.empty() || key.find(' ') != std::string::npos) return {};
  std::vector<EntityId> people = store.people_with_surname(name);
  if (!people.empty()) return people;
  const std::string given = key + " ";
  std::set<EntityId> found;
  for (const std::string& other : store.folded_names()) {
    if (other.compare(0, given.size(), given) != 0) continue;
    for (const EntityId& id : store.resolve(other)) {
      std::optional<std::string> display = store.display_name(id);
      if (id.rfind("PERSON:", 0) != 0 || !display) continue;
      std::string folded = fold_key(*display);  // the display name itself starts with it
      if (folded.compare(0, given.size(), given) == 0) found.insert(id);
    }
  }
  return {found.begin(), found.end()};
}

}  // namespace

EntityId resolve_entity(const Store& store, std::string_view name) {
  if (fold_key(name).empty())
    throw NameNeeded(fmt::format("a name is needed (got \"{}\")", name));
  if (std::optional<EntityId> id = typed_id(store, name)) return *id;
  std::vector<EntityId> ids = store.resolve(name);
  if (!ids.empty()) return ids.front();
  std::vector<EntityId> people = people_by_one_name(store, name);
  if (people.size() == 1) return people.front();
  if (people.size() > 1) {
    std::string message = "\"" + std::string(name) + "\" names " +
                          std::to_string(people.size()) + " people; did you mean: ";
    for (size_t i = 0; i < people.size(); ++i)
      message += (i == 0 ? "" : ", ") + store.display_name(people[i]).value_or(people[i]);
    throw QueryError(message + "?");
  }
  std::string message = "no entity named \"" + std::string(name) + "\"";
  std::vector<std::string> close = similar_names(store, name);
  for (size_t i = 0; i < close.size(); ++i)
    message += (i == 0 ? "; did you mean: " : ", ") + close[i];
  if (!close.empty()) message += "?";
  throw QueryError(message);
}

}  // namespace newsgraph
