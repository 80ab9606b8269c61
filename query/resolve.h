// Name resolution for queries: from a name as a user types it to one stored entity.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "graph/store.h"

namespace newsgraph {

/// A query that cannot be answered as asked: unknown entity, bad filter value. what() is one
/// line meant for the user.
class QueryError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A name that no entity can have: empty, blank, or punctuation only (its fold_key is empty).
/// what() is "a name is needed (got \"NAME\")"; the command line exits 2 for it, a usage error.
class NameNeeded : public QueryError {
 public:
  using QueryError::QueryError;
};

/// The entity `name` names: a typed id ("ORG:apple", as Store ids and `did you mean` spell
/// them) of a stored entity picks that one; else by name or alias, ignoring case, accents and
/// punctuation (Store::resolve); of several, the most mentioned; else, for one word no alias
/// equals, the one person whose stored full name ends with it (surname), else starts with it
/// (given name). Throws QueryError when two or more people share that word (`"Haugen" names 2
/// people; did you mean: Frances Haugen, Erik Haugen?`), or when nothing matches: `no entity
/// named "Altmann"; did you mean: Sam Altman?`, suggesting up to 3 close names. Throws
/// NameNeeded for a name no entity can have ("", "  ", "--").
EntityId resolve_entity(const Store& store, std::string_view name);

/// Up to `max` display names of entities whose name or alias is close to `name`: folded key
/// within edit distance max(2, length / 3), or containing the folded name as a word; nearest
/// first, then most mentioned. A display name that two suggested entities share (a company
/// and its product) is given as their typed ids instead ("ORG:apple", "PRODUCT:apple"), which
/// resolve_entity takes. Compares every distinct folded name and alias (Store::folded_names,
/// a skip scan of the aliases index), then reads the names and mentions of the close ones.
std::vector<std::string> similar_names(const Store& store, std::string_view name, size_t max = 3);

/// Levenshtein distance between `a` and `b` over bytes (folded keys are transliterated to
/// Latin, so bytes are letters there).
size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace newsgraph
