// The words of a command line that name commands (`newsgraph WORD`, `newsgraph export WORD`)
// or options (`--about`): a missing or unknown command is reported with the commands there are
// and the closest names, where CLI11 would say only "A subcommand is required"; a misspelt
// option with the closest option names.
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::cli {

/// The message for the first command word of `args` (argv without the program name) that
/// `app` lacks or does not know, e.g. `unknown command "qoutes"; did you mean "quotes"?`;
/// std::nullopt when the words are known or an option (--help, --version) comes first, which
/// CLI11 then judges.
std::optional<std::string> command_word_error(const CLI::App& app,
                                              const std::vector<std::string>& args);

/// The message for the first word of `extras` (what CLI11 did not expect) that looks like an
/// option of `cmd` misspelt, e.g. `unknown option "--abuot"; did you mean "--about"?` (close
/// to a long option name by close_names); std::nullopt when no extra is close to one.
std::optional<std::string> option_word_error(const CLI::App& cmd,
                                             const std::vector<std::string>& extras);

/// The names among `names` close to `word`: within edit distance 2 (a transposition is 2) or
/// starting with it; nearest first, ties in the order given.
std::vector<std::string> close_names(std::string_view word, const std::vector<std::string>& names);

}  // namespace newsgraph::cli
