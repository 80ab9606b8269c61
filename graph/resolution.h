// Resolution: cross-document entity resolution over the entity ids a store holds, decided when
// reading, so it never depends on the order documents were ingested in. Immutable once built,
// so one Resolution is safe to share between threads.
//
// Stored ids are joined into groups, each named by one canonical id:
// - an ORG whose name ends in legal forms (ingest/lexicons/legal_forms.txt) joins the stored
//   ORG named without them: "ORG:alphabet inc" -> "ORG:alphabet" (but "ORG:intel capital"
//   stays apart from "ORG:intel");
// - a PERSON known by one word joins the only stored PERSON of several words whose last word
//   it is: "PERSON:altman" -> "PERSON:sam altman"; with two such people it joins neither;
// - an ORG, PRODUCT or PLACE named by a gazetteer entry's alias (ingest/lexicons/gazetteer.tsv)
//   joins the stored id of the entry's name, else the first stored id of its other forms:
//   "PLACE:us" -> "PLACE:united states", "ORG:sec" -> "ORG:securities and exchange commission";
// - corrections: merge(a, b) joins b into a; split(a, b) undoes a merge and keeps an automatic
//   join of b into a (or a into b) from being made.
// Names that fold alike ("Zoë", "Zoe") already share one id (fold_key). A split only removes
// the direct join of its two ids: ids also joined through a third stay together.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "graph/store.h"

namespace newsgraph {

/// The key of the join family of `id`: the stored ids an automatic rule could join it to (or
/// that could join it) all share it. "ORG:" + its name without trailing legal forms
/// ("ORG:alphabet holdings inc" -> "ORG:alphabet"), "PERSON:" + its last word
/// ("PERSON:sam altman" -> "PERSON:altman"); for a name or alias of a gazetteer entry (after
/// legal forms for an ORG) the entry's name's id ("PLACE:us" -> "PLACE:united states"); empty
/// for other PRODUCT and PLACE ids (joined only by corrections).
/// A Resolution built over the union of some join families (with every correction) decides
/// the ids of those families as one built over the whole store does.
std::string join_key(const EntityId& id);

class Resolution {
 public:
  /// `ids`: every entity id with a row in the store (any order), or the ids of some whole join
  /// families (join_key) closed under the corrections; `corrections` as stored.
  Resolution(std::vector<EntityId> ids, const std::vector<Correction>& corrections);

  /// The canonical id of the group of `id`; `id` itself when it is joined to nothing or
  /// unknown.
  const EntityId& canonical(const EntityId& id) const;
  /// The stored ids of the group of canonical(id), canonical first, then sorted; {id} alone
  /// when it is joined to nothing or unknown.
  std::vector<EntityId> members(const EntityId& id) const;
  /// Every canonical id, sorted.
  std::vector<EntityId> canonical_ids() const;

  /// The record with its entity ids replaced by their canonical ids (duplicates in `about`
  /// dropped). Other ids (documents, quotes) and literals stay as they are.
  void apply(QuoteRecord& q) const;
  void apply(RoleRecord& r) const;
  void apply(TripleRecord& t) const;

 private:
  std::unordered_map<EntityId, EntityId> canonical_;           // joined id -> canonical id
  std::unordered_map<EntityId, std::vector<EntityId>> groups_;  // canonical id -> the others
  std::vector<EntityId> ids_;
};

}  // namespace newsgraph
