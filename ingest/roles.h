// Roles: (person, title, organisation, former) from appositions and possessives.
#pragma once

#include "ingest/document.h"

namespace newsgraph {

/// Fills doc.roles from patterns over doc.mentions and the title lexicon.
void find_roles(Document& doc);

}  // namespace newsgraph
