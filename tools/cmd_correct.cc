// `newsgraph merge A B` and `newsgraph split A B`: a user's corrections of cross-document entity
// resolution, kept in the store apart from the documents' facts (graph/resolution.h).
#include <algorithm>
#include <iostream>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "graph/store.h"
#include "ingest/fold.h"
#include "query/resolve.h"
#include "tools/cli.h"
#include "tools/synopsis.h"

namespace newsgraph::cli {
namespace {

struct CorrectOptions {
  StoreOption store;
  std::string a, b;
  bool force = false;  // merge: also entities of different types
};

// The stored id among `members` whose name folds like `name` ("Alphabet Inc." in a group named
// Alphabet), else the group's canonical id (members.front()).
EntityId stored_id(const std::vector<EntityId>& members, std::string_view name) {
  std::string key = fold_key(name);
  for (const auto& id : members)
    if (std::string_view(id).substr(id.find(':') + 1) == key) return id;
  return members.front();
}

// Whether merging entity b into a of another type (a PERSON into an ORG) may go ahead: with
// --force it does, with a warning; without, it is refused with a usage error.
bool types_allow_merge(const Store& store, const EntityId& a, const EntityId& b, bool force) {
  EntityType ta = store.entity(a)->type, tb = store.entity(b)->type;
  if (ta == tb) return true;
  std::string what = fmt::format("{} and {} have different types ({}, {})", b, a, to_string(tb),
                                 to_string(ta));
  if (force) {
    warn(what + "; merged anyway (--force), as " + std::string(to_string(ta)));
    return true;
  }
  error(what + ": merging makes every fact of the one read as the other's; add --force if "
        "that is meant");
  return false;
}

int run_merge(const CorrectOptions& o) {
  return with_store(o.store, Store::Mode::kReadWrite, [&](Store& store) {
    EntityId a = resolve_entity(store, o.a), b = resolve_entity(store, o.b);
    if (a == b) {
      std::cout << fmt::format("\"{}\" and \"{}\" are already one entity ({})\n", o.a, o.b, a);
      return int(kOk);
    }
    if (!types_allow_merge(store, a, b, o.force)) return int(kUsage);
    store.correct({Correction::Kind::kMerge, a, b});
    std::cout << fmt::format("merged {} into {}\n", b, a);
    return int(kOk);
  });
}

int run_split(const CorrectOptions& o) {
  return with_store(o.store, Store::Mode::kReadWrite, [&](Store& store) {
    EntityId a = stored_id(store.members(resolve_entity(store, o.a)), o.a);
    EntityId b = stored_id(store.members(resolve_entity(store, o.b)), o.b);
    if (a == b) {
      error(fmt::format("\"{}\" and \"{}\" name the same stored entity ({}): nothing to split",
                        o.a, o.b, a));
      return int(kUsage);
    }
    store.correct({Correction::Kind::kSplit, a, b});
    auto members = store.members(a);
    if (std::find(members.begin(), members.end(), b) != members.end()) {
      warn(fmt::format("{} is still joined to {} through another of: {}", b, a,
                       fmt::join(members, ", ")));
      return int(kOk);
    }
    std::cout << fmt::format("kept {} apart from {}\n", b, a);
    return int(kOk);
  });
}

// The sub-app of merge or split, with its arguments and --db.
CLI::App* add_correction(CLI::App& app, std::shared_ptr<CorrectOptions> o, const char* name,
                         const char* description) {
  auto* cmd = app.add_subcommand(name, description);
  cmd->add_option("A", o->a, "Name or alias of the entity that stays")->required();
  cmd->add_option("B", o->b, "Name or alias of the other entity")->required();
  set_synopsis(*cmd, "give two entity names", std::string("newsgraph ") + name + " A B");
  o->store.add_to(*cmd);
  return cmd;
}

}  // namespace

Runner add_merge(CLI::App& app) {
  auto o = std::make_shared<CorrectOptions>();
  auto* cmd = add_correction(app, o, "merge",
                             "Make entity B part of entity A (a correction kept in the store)");
  cmd->add_flag("--force", o->force,
                "Merge even if A and B have different types (B then takes A's type)");
  cmd->footer(
      "Every fact of B then reads as A's; the correction survives re-ingest and remove.\n"
      "Entities of different types (a PERSON and an ORG) merge only with --force.\n"
      "Exit 3 if either name is unknown, 2 if the types differ and --force is not given.\n"
      "Examples: newsgraph merge \"Halcyon AI\" Halcyon   # says they are one entity already\n"
      "          newsgraph merge Microsoft Azure --force   # a product into its maker");
  return [o] { return run_merge(*o); };
}

Runner add_split(CLI::App& app) {
  auto o = std::make_shared<CorrectOptions>();
  add_correction(app, o, "split",
                 "Keep entity B apart from A: undo a merge, or an automatic join")
      ->footer(
          "A and B name stored entities (as `entity` lists names and aliases); automatic joins\n"
          "are an organisation and its name with a legal suffix, a surname and the one person\n"
          "who has it. The correction survives re-ingest and remove. Exit 3 if either name is\n"
          "unknown, 2 if both name the same stored entity.\n"
          "Example: newsgraph split Microsoft Azure   # undoes `merge Microsoft Azure`");
  return [o] { return run_split(*o); };
}

}  // namespace newsgraph::cli
