// Segmentation (ICU BreakIterator): paragraphs and sentences.
#pragma once

#include "ingest/document.h"

namespace newsgraph {

/// Fills doc.paragraphs (text between line breaks; blank lines separate paragraphs, a single
/// line break also ends one) and doc.sentences (ICU sentence boundaries within each paragraph,
/// trailing whitespace trimmed, with no break after abbreviations like "Corp." or "U.S." when the
/// next word is capitalised as a name). Spans are UTF-8 byte offsets into doc.text.
void segment(Document& doc);

}  // namespace newsgraph
