// SCAFFOLD: replaced by the stage's implementation.
#include "ingest/coreference.h"
namespace newsgraph {
void resolve_coreference(Document&) {}
}  // namespace newsgraph
