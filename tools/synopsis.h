// The words a command takes after its name (entity names, files, a pattern) and the message
// when they are missing: CLI11 would say "to is required"; newsgraph says what to give and how
// ("newsgraph path: give two entity names: newsgraph path FROM TO").
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>

namespace newsgraph::cli {

/// Records for `cmd` what its required arguments are (`need`, e.g. "give two
/// entity names") and its synopsis (`usage`, e.g. "newsgraph path FROM TO"). Call once a
/// command, at set-up; the record lives as long as the process.
void set_synopsis(const CLI::App& cmd, std::string need, std::string usage);

/// "newsgraph CMD: NEED: USAGE" when one of `cmd`'s required arguments (or a required option,
/// as `export neo4j -o DIR`) was not given and set_synopsis described them; std::nullopt
/// otherwise (CLI11's message stands).
std::optional<std::string> missing_words_error(const CLI::App& cmd);

}  // namespace newsgraph::cli
