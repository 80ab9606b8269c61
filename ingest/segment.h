// Segmentation (ICU BreakIterator): paragraphs and sentences.
#pragma once

#include "ingest/document.h"

namespace newsgraph {

/// Fills doc.paragraphs (text from doc.body_begin split at every line break, white space
/// trimmed, empty ones dropped) and doc.sentences (ICU "en@ss=standard" sentence boundaries
/// within each paragraph, trimmed), with two corrections of ICU's breaks:
///  - no break after an abbreviation of lexicons/sentence_abbreviations.txt ("Dr.", "Oct."),
///    nor after a company suffix ("Corp.") or initials ("U.S.", "J.") when a ticker, a number
///    or a capitalised word that is not in lexicons/sentence_starters.txt follows;
///  - no break between a quoted "?" or "!" and a lower-case word ('"Why?" she asked.').
/// Spans are UTF-8 byte offsets into doc.text. Thread-safe (one ICU iterator per thread).
void segment(Document& doc);

}  // namespace newsgraph
