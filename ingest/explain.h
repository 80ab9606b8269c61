// Explanations: a short human-readable account of each quotation of an Extraction (what
// `newsgraph extract --explain` prints): its text, kind, speaker, the sieve that decided,
// the confidence, the evidence offsets and the speaker's role.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "ingest/extraction.h"

namespace newsgraph {

/// `text` cut to at most `width` code points (whitespace runs folded to one space), ending in
/// "…" when cut. `text` must be valid UTF-8; width 0 leaves it whole.
std::string cut_to_width(std::string_view text, size_t width);

/// One block per quotation of `x`, in reading order, after a line naming the document:
///
///   [2] direct  “We ship in May, and not a day later.”
///       speaker: Ada Quill (chief executive, Pellan Works)
///       sieve:   quote-cue-speaker, cue "said", confidence 0.90
///       bytes:   quote 120-156, speaker 159-168
///
/// An unnamed source reads "speaker: unnamed: one analyst"; no speaker at all reads
/// "speaker: none". The role is the first of x.roles whose person is the speaker (", former"
/// when it is). Quote text is cut to `width` code points (cut_to_width). Offsets are UTF-8
/// byte offsets into the article text, half-open.
std::string explain_quotes(const Extraction& x, size_t width);

}  // namespace newsgraph
