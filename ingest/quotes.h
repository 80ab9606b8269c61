// Quotations: find quote spans and attribute each to a speaker through ordered sieves.
#pragma once

#include "ingest/document.h"

namespace newsgraph {

/// Fills doc.quotes (direct and indirect) using doc.mentions/doc.entities for speakers
/// and `about`. Each quote names the sieve that attributed it.
void find_quotes(Document& doc);

}  // namespace newsgraph
