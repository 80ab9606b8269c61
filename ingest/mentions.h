// Mention recognition: gazetteer + patterns -> PERSON / ORG / PRODUCT / PLACE mentions.
#pragma once

#include "ingest/document.h"

namespace newsgraph {

/// Fills doc.mentions (sorted, non-overlapping) from doc.text, doc.sentences and the lexicons.
void find_mentions(Document& doc);

}  // namespace newsgraph
