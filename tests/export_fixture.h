// A small KnowledgeGraph with hostile labels for the export tests, and a helper to run the
// external tools (rapper, python3) that judge the exports.
//
//   0 ORG "Say "Cheese" Inc"  -develops-> 2            1 PERSON "ends with\" -role(former CEO)-> 0
//   2 PRODUCT "<b>{x}</b>"    -price-> 5 "$20 a month" 3 PERSON "Zoë Ångström 🚀" -role(CTO)-> 0
//   3 -said(warned)-> 4 quote "d#q0" (newline, quotes, tab, backslash, &, <>, {}, U+0001)
//   4 -about-> 2, 4 -about-> 0
#pragma once

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <unistd.h>

#include "graph/export_rdf.h"
#include "graph/knowledge_graph.h"

namespace newsgraph::testing {

inline const std::string kHostileQuote =
    "Line one\nline \"two\"\t\\ & <tags> {braces}\x01";

inline KnowledgeGraph hostile_graph() {
  using T = EntityType;
  KnowledgeGraph kg;
  Vertex org = kg.add_vertex({NodeKind::kEntity, "ORG:say cheese inc", "Say \"Cheese\" Inc", T::kOrg, 4});
  Vertex slash = kg.add_vertex({NodeKind::kEntity, "PERSON:ends with", "ends with\\", T::kPerson, 1});
  Vertex tags = kg.add_vertex({NodeKind::kEntity, "PRODUCT:b x b", "<b>{x}</b>", T::kProduct, 2});
  Vertex zoe = kg.add_vertex({NodeKind::kEntity, "PERSON:zoe angstrom", "Zoë Ångström 🚀", T::kPerson, 3});
  Vertex quote = kg.add_vertex({NodeKind::kQuote, "d#q0", kHostileQuote});
  Vertex price = kg.add_vertex({NodeKind::kValue, "value:$20 a month", "$20 a month"});
  kg.add_edge(zoe, quote, {"said", "warned", "d", {10, 20}, "trailing-cue"});
  kg.add_edge(quote, tags, {"about", "", "d", {10, 20}, "trailing-cue"});
  kg.add_edge(quote, org, {"about", "", "d", {10, 20}, "trailing-cue"});
  kg.add_edge(slash, org, {"role", "former CEO", "d", {0, 5}, "title-of"});
  kg.add_edge(zoe, org, {"role", "CTO", "d", {30, 40}, "appositive"});
  kg.add_edge(org, tags, {"develops", "", "d", {50, 60}, "develops-verb"});
  kg.add_edge(tags, price, {"price", "", "d", {}, ""});
  return kg;
}

inline RdfSources hostile_sources() {
  RdfSources s;
  s.aliases["PERSON:zoe angstrom"] = {"Z. \"Ace\" Ångström", "Zoe"};
  DocumentRecord d;
  d.doc = "d";
  d.title = "A \"headline\" with \\ and\nnewline";
  d.published = "2025-03-01";
  d.url = "https://example.com/a b<c>";
  s.documents["d"] = d;
  return s;
}

/// A file in the temporary directory, unique to this process, removed at the end of the scope.
class TempPath {
 public:
  explicit TempPath(const std::string& name)
      : path_(std::filesystem::temp_directory_path() /
              ("newsgraph_" + std::to_string(::getpid()) + "_" + name)) {}
  ~TempPath() { std::filesystem::remove_all(path_); }
  const std::filesystem::path& path() const { return path_; }
  std::string str() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

/// Runs `command` with /bin/sh; its stdout if it exits 0, else std::nullopt.
inline std::optional<std::string> run_command(const std::string& command) {
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return std::nullopt;
  std::string out;
  char buffer[4096];
  while (size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
  if (::pclose(pipe) != 0) return std::nullopt;
  return out;
}

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace newsgraph::testing
