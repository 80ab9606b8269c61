// SCAFFOLD: replaced by the stage's implementation.
#include "ingest/segment.h"
namespace newsgraph {
void segment(Document&) {}
}  // namespace newsgraph
