#include "tools/synopsis.h"

#include <map>
#include <utility>

namespace newsgraph::cli {
namespace {

struct Synopsis {
  std::string need, usage;
};

// Commands are set up once, in main, before parsing: no lock is needed.
std::map<const CLI::App*, Synopsis>& synopses() {
  static std::map<const CLI::App*, Synopsis> all;
  return all;
}

bool required_missing(const CLI::App& cmd) {
  for (const CLI::Option* opt : cmd.get_options())
    if (opt->get_required() && opt->count() == 0) return true;
  return false;
}

// "newsgraph export svg": the command's name after those of its parents.
std::string command_path(const CLI::App& cmd) {
  const CLI::App* parent = cmd.get_parent();
  return parent ? command_path(*parent) + " " + cmd.get_name() : "newsgraph";
}

}  // namespace

void set_synopsis(const CLI::App& cmd, std::string need, std::string usage) {
  synopses()[&cmd] = {std::move(need), std::move(usage)};
}

std::optional<std::string> missing_words_error(const CLI::App& cmd) {
  auto it = synopses().find(&cmd);
  if (it == synopses().end() || !required_missing(cmd)) return std::nullopt;
  return command_path(cmd) + ": " + it->second.need + ": " + it->second.usage;
}

}  // namespace newsgraph::cli
