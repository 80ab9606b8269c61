// Helpers for reader tests: a scratch folder of files written by the test, and what
// read_articles delivers for some paths (articles, errors, notes).
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "ingest/read.h"

namespace newsgraph::test {

/// The reader test inputs written for the tests (tests/data/inputs/).
inline const std::string kInputs = std::string(NEWSGRAPH_TEST_DATA) + "/inputs/";

/// The bytes of the file at `path` ("" if unreadable).
inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

/// A fresh folder under the system temp folder, removed (with its contents) at scope end.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& tag)
      : path_(std::filesystem::temp_directory_path() /
              ("newsgraph_" + tag + "_" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add, ignored);
    std::filesystem::remove_all(path_, ignored);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  /// Writes `bytes` to `name` (folders created as needed); returns its path as a string.
  std::string write(const std::string& name, const std::string& bytes) const {
    std::filesystem::path p = path_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }

 private:
  std::filesystem::path path_;
};

/// Everything read_articles handed out for some paths.
struct ReadResult {
  std::vector<Article> articles;
  std::vector<std::string> errors;
  std::vector<std::string> notes;
  std::vector<std::string> ids() const {
    std::vector<std::string> out;
    for (const Article& a : articles) out.push_back(a.doc_id);
    return out;
  }
  std::vector<std::string> sources() const {
    std::vector<std::string> out;
    for (const Article& a : articles) out.push_back(a.source);
    return out;
  }
};

inline ReadResult read_paths(const std::vector<std::string>& paths) {
  ReadResult r;
  read_articles(paths, [&](Article&& a) { r.articles.push_back(std::move(a)); },
                [&](const ReadError& e) { r.errors.push_back(e.what()); },
                [&](const std::string& note) { r.notes.push_back(note); });
  return r;
}

}  // namespace newsgraph::test
