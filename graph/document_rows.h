// DocumentRows: one Extraction as the rows the store writes for it (layout: schemas/store.md).
// A pure function of the Extraction and the term dictionary, so it is deterministic and
// testable without RocksDB. Internal to graph/.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/store_keys.h"
#include "ingest/extraction.h"

namespace newsgraph {

struct Row {
  keys::Family family;
  std::string key, value;
};

/// The term id of a text (entity id, predicate, document, quote id, literal, rule), allocating
/// one for a new text.
using TermOf = std::function<keys::TermId(std::string_view)>;

/// Every row document `x` writes except its by_doc index, the counters and the dictionary
/// entries `term` creates: the docs row; per entity id one contribution row, its names row and
/// its alias rows; quotes and their quote_links rows (one for the speaker, one per entity the
/// quote is about); roles and their role_dates rows; the three keys of every triple
/// (mentioned_in, said, about, role, relations).
///
/// Speaker, about, role and relation names are entity names of the document: each maps to
/// the id of the first entity of `x` with that name or alias (exactly, else by fold_key). A
/// fact whose name maps to no entity is skipped; a quote whose speaker maps to none is kept
/// unattributed, with the name as its speaker_description. Entities named by the same id are
/// merged (mentions added, surface forms united).
std::vector<Row> document_rows(const Extraction& x, const TermOf& term);

}  // namespace newsgraph
