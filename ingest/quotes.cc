// SCAFFOLD: replaced by the stage's implementation.
#include "ingest/quotes.h"
namespace newsgraph {
void find_quotes(Document&) {}
}  // namespace newsgraph
