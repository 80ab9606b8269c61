// DocumentRows: one Extraction as the rows the store writes for it (layout: schemas/store.md).
// A pure function of the Extraction and the term dictionary, so it is deterministic and
// testable without RocksDB. Internal to graph/.
#pragma once

#include <array>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/store.h"
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

// The rest of a document's rows, shared by the two writers (RocksStore::put, BulkLoader), so
// that a layout change reaches both.

/// Sorts `rows` by (family, key), the order both writers write them in, and returns the
/// document's by_doc row: every key of `rows` but pos and osp (the spo key stands for them).
Row by_doc_row(std::vector<Row>& rows, keys::TermId doc);

/// Adds `delta` (+1 or -1) to the counter that rows of family `f` feed, if any (documents,
/// quotes, roles, triples). Entities are counted apart, as several documents share one.
void count_row(StoreStats& counts, keys::Family f, int delta);

/// The dictionary rows of a new term: terms (text -> id) and term_text (id -> text).
std::array<Row, 2> term_rows(std::string_view text, keys::TermId id);

/// The key of the resolution row of stored entity `id`, term `term`: its join family
/// (join_key), then the term id. Empty if the entity has no join family (no row).
std::string resolution_key(const EntityId& id, keys::TermId term);

}  // namespace newsgraph
