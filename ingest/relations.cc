// SCAFFOLD: replaced by the stage's implementation.
#include "ingest/relations.h"
namespace newsgraph {
void find_relations(Document&) {}
}  // namespace newsgraph
