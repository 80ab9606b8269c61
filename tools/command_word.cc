#include "tools/command_word.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <utility>

#include "query/resolve.h"

namespace newsgraph::cli {
namespace {

constexpr size_t kMaxDistance = 2;

// The names of the commands `app` takes, in the order they were added.
std::vector<std::string> command_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    names.push_back(sub->get_name());
  return names;
}

// "no command given", "unknown command "frob"", with what could have been meant.
std::string message(const std::string& path, const std::string& word,
                    const std::vector<std::string>& names) {
  std::string prefix = path.empty() ? "" : path + " ";
  if (word.empty())
    return fmt::format("{}no command given (one of: {})", path.empty() ? "" : path + ": ",
                       fmt::join(names, ", "));
  std::vector<std::string> close = close_names(word, names);
  if (close.empty())
    return fmt::format("unknown command \"{}{}\" (one of: {})", prefix, word,
                       fmt::join(names, ", "));
  for (std::string& c : close) c = "\"" + prefix + c + "\"";
  return fmt::format("unknown command \"{}{}\"; did you mean {}?", prefix, word,
                     fmt::join(close, " or "));
}

}  // namespace

std::vector<std::string> close_names(std::string_view word, const std::vector<std::string>& names) {
  std::vector<std::pair<size_t, std::string>> found;  // distance, name
  for (const std::string& name : names) {
    size_t d = name.starts_with(word) ? 1 : edit_distance(word, name);
    if (d <= kMaxDistance) found.emplace_back(d, name);
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const auto& x, const auto& y) { return x.first < y.first; });
  std::vector<std::string> out;
  for (auto& [distance, name] : found) out.push_back(std::move(name));
  return out;
}

std::optional<std::string> command_word_error(const CLI::App& app,
                                              const std::vector<std::string>& args) {
  const CLI::App* at = &app;
  std::string path;  // the command words read so far: "", "export"
  for (const std::string& word : args) {
    if (at->get_require_subcommand_min() == 0 || word.starts_with('-')) return std::nullopt;
    std::vector<std::string> names = command_names(*at);
    if (std::find(names.begin(), names.end(), word) == names.end())
      return message(path, word, names);
    at = at->get_subcommand(word);
    path += (path.empty() ? "" : " ") + word;
  }
  if (at->get_require_subcommand_min() == 0) return std::nullopt;
  return message(path, "", command_names(*at));
}

std::optional<std::string> option_word_error(const CLI::App& cmd,
                                             const std::vector<std::string>& extras) {
  std::vector<std::string> names;  // long option names without "--"
  for (const CLI::Option* o : cmd.get_options())
    for (const std::string& name : o->get_lnames()) names.push_back(name);
  for (const std::string& extra : extras) {
    if (!extra.starts_with("--") || extra.size() == 2) continue;
    std::string word = extra.substr(2, extra.find('=') - 2);  // "--abuot=X" -> "abuot"
    std::vector<std::string> close = close_names(word, names);
    if (close.empty()) continue;
    for (std::string& c : close) c = "\"--" + c + "\"";
    return fmt::format("unknown option \"--{}\"; did you mean {}?", word, fmt::join(close, " or "));
  }
  return std::nullopt;
}

}  // namespace newsgraph::cli
