// Coreference inside one document: groups mentions into entities.
#pragma once

#include "ingest/document.h"

namespace newsgraph {

/// Fills doc.entities and sets Mention::entity: a surname or short name joins the full
/// name introduced earlier; the fullest name becomes Entity::name, other forms aliases.
void resolve_coreference(Document& doc);

}  // namespace newsgraph
