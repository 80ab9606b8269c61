#include "tools/stored_ids.h"

#include <fmt/format.h>

#include <filesystem>

#include "ingest/read.h"
#include "tools/cli.h"

namespace newsgraph::cli {
namespace {

std::string canonical(const std::string& path) {
  std::error_code ec;
  auto c = std::filesystem::weakly_canonical(path, ec);
  return ec ? path : c.string();
}

}  // namespace

bool same_source(const std::string& a, const std::string& b) {
  return canonical(source_file(a)) == canonical(source_file(b));
}

bool StoredIds::free_for(const std::string& id, const Extraction& x) const {
  if (auto it = claimed_.find(id); it != claimed_.end())  // as if stored: a later batch's
    return same_source(it->second.source, x.source) || it->second.content_hash == x.content_hash;
  auto stored = store_.document(id);
  return !stored || same_source(stored->source, x.source) ||
         stored->content_hash == x.content_hash;
}

bool StoredIds::claim(Extraction& x) {
  if (!free_for(x.doc, x)) {
    std::string taken_by = claimed_.count(x.doc) ? claimed_[x.doc].source
                                                 : store_.document(x.doc)->source + " (stored)";
    std::string folder = std::filesystem::path(source_file(x.source)).parent_path().filename();
    std::string id = folder.empty() ? x.doc : folder + "/" + x.doc;
    if (id == x.doc || !free_for(id, x)) {
      error(fmt::format("{}: document id \"{}\" is taken by {}, and so is \"{}\"; "
                        "skipped", x.source, x.doc, taken_by, id));
      return false;
    }
    renamed_.warn(fmt::format("{}: document id \"{}\" is taken by {}; stored as \"{}\"",
                              x.source, x.doc, taken_by, id));
    x.doc = id;
  }
  claimed_[x.doc] = {x.source, x.content_hash};
  return true;
}

}  // namespace newsgraph::cli
