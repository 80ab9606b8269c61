// Relations: tech-industry events between entities (and money literals).
#pragma once

#include "ingest/document.h"

namespace newsgraph {

/// Fills doc.relations from verb lexicons and patterns over doc.mentions.
void find_relations(Document& doc);

}  // namespace newsgraph
