// SCAFFOLD: replaced by the stage's implementation.
#include "ingest/roles.h"
namespace newsgraph {
void find_roles(Document&) {}
}  // namespace newsgraph
