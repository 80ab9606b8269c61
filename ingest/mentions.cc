// SCAFFOLD: replaced by the stage's implementation.
#include "ingest/mentions.h"
namespace newsgraph {
void find_mentions(Document&) {}
}  // namespace newsgraph
