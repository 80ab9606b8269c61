// Folding of names into match keys (ICU): the key under which aliases and entities meet.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph {

/// The match key of a name: transliterated to ASCII Latin (ICU "Any-Latin; Latin-ASCII"),
/// case folded, hyphens, slashes, dashes and runs of white space turned into one space, other
/// punctuation and symbols dropped, a leading "the " dropped.
/// "Zoë Kraus" -> "zoe kraus", "Nguyễn Thu Hà" -> "nguyen thu ha", "U.S." -> "us",
/// "AT&T" -> "att", "Coca-Cola" -> "coca cola", "The White House" -> "white house".
/// Input and output are UTF-8. Never throws for valid UTF-8 input. Thread-safe; ASCII names
/// take a fast path without ICU (~75 ns), others use a per-thread transliterator and cache.
std::string fold_key(std::string_view name);

}  // namespace newsgraph
