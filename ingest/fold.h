// Folding of names into match keys (ICU): the key under which aliases and entities meet.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph {

/// The match key of a name: transliterated to Latin, accents removed, case folded (ICU),
/// punctuation dropped except inside words, runs of spaces collapsed, a leading "the " dropped.
/// "Zoë Kraus" -> "zoe kraus", "U.S." -> "us", "The White House" -> "white house".
/// Input and output are UTF-8. Never throws for valid UTF-8 input.
std::string fold_key(std::string_view name);

}  // namespace newsgraph
