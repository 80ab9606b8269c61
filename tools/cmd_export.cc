// `newsgraph export dot`: a GraphViz diagram of the whole graph or of a neighbourhood.
#include <fmt/format.h>

#include <fstream>
#include <iostream>

#include "graph/dot.h"
#include "graph/knowledge_graph.h"
#include "graph/store.h"
#include "query/resolve.h"
#include "tools/cli.h"

namespace newsgraph::cli {
namespace {

struct ExportOptions {
  StoreOption store;
  std::string around;
  unsigned depth = 2;
  size_t max_nodes = 150;
  bool documents = false;
  std::string output = "-";
};

int write_to(const std::string& path, const KnowledgeGraph& g, const DotOptions& dot) {
  if (path == "-") {
    write_dot(std::cout, g, dot);
    return kOk;
  }
  std::ofstream out(path, std::ios::binary);
  write_dot(out, g, dot);
  out.close();
  if (!out) {
    error(path + ": cannot write");
    return kInputFailed;
  }
  return kOk;
}

int run_export(const ExportOptions& o) {
  try {
    auto store = Store::open(o.store.path(), Store::Mode::kReadOnly);
    KnowledgeGraph whole = KnowledgeGraph::from_store(*store, {.documents = o.documents});
    if (o.around.empty()) return write_to(o.output, whole, {});
    std::optional<Vertex> centre = whole.find(resolve_entity(*store, o.around));
    if (!centre) {  // resolved but not drawn: cannot happen for a consistent store
      error(fmt::format("entity \"{}\" is not in the graph", o.around));
      return kNotFound;
    }
    Neighbourhood n = whole.around(*centre, o.depth, o.max_nodes);
    if (n.left_out > 0)
      warn(fmt::format("{} of {} vertices within depth {} left out (--max-nodes {}); the "
                       "nearest and best connected are drawn",
                       n.left_out, n.reached, o.depth, o.max_nodes));
    return write_to(o.output, n.graph, {.highlight = n.centre});
  } catch (const QueryError& e) {
    error(e.what());
    return kNotFound;
  } catch (const StoreError& e) {
    error(e.what());
    return kStoreFailed;
  }
}

}  // namespace

Runner add_export(CLI::App& app) {
  auto* cmd = app.add_subcommand("export", "Export the graph");
  cmd->require_subcommand(1);
  auto* dot = cmd->add_subcommand("dot", "A GraphViz DOT diagram (render with: dot -Tsvg)");
  dot->footer("Example: newsgraph export dot --around \"Halcyon AI\" --depth 2 -o halcyon.dot");
  auto o = std::make_shared<ExportOptions>();
  o->store.add_to(*dot);
  dot->add_option("--around", o->around, "Draw only the neighbourhood of this entity");
  dot->add_option("--depth", o->depth, "Hops from --around (edges followed either way)")
      ->capture_default_str();
  dot->add_option("--max-nodes", o->max_nodes,
                  "Cap on vertices drawn; the nearest and best connected are kept")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  dot->add_flag("--documents", o->documents, "Also draw documents and mentioned_in edges");
  dot->add_option("-o,--output", o->output, "Output file, - for stdout")->capture_default_str();
  return [o] { return run_export(*o); };
}

}  // namespace newsgraph::cli
