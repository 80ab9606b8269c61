// `newsgraph export FORMAT`: the whole graph or a neighbourhood of it as GraphViz DOT, RDF
// (N-Triples, Turtle, JSON-LD), GraphML or Neo4j import files. Every format takes the same
// options and writes the same KnowledgeGraph slice.
#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "graph/dot.h"
#include "graph/export_graphml.h"
#include "graph/export_jsonld.h"
#include "graph/export_neo4j.h"
#include "graph/export_rdf.h"
#include "graph/knowledge_graph.h"
#include "graph/local_graph.h"
#include "graph/render.h"
#include "graph/store.h"
#include "query/resolve.h"
#include "tools/cli.h"
#include "tools/query_cli.h"
#include "tools/synopsis.h"

namespace newsgraph::cli {
namespace {

constexpr size_t kDefaultMaxNodes = 150;

struct ExportOptions {
  StoreOption store;
  std::string around;
  unsigned depth = 2;
  size_t max_nodes = 0;  // 0: not given (150 with --around or for a diagram; else all)
  bool diagram = false;  // dot, svg, png: drawn, so capped at 150 vertices by default
  size_t max_facts = kDefaultMaxFacts;
  bool documents = false;
  std::string output = "-";
};

// What is exported: the whole graph, or the neighbourhood of --around and its centre.
struct Slice {
  KnowledgeGraph graph;
  std::optional<Vertex> centre;
};

// Writes the slice (the store is at hand for what the graph does not carry); returns the exit
// code. May throw StoreError.
using Sink = std::function<int(const Store&, const Slice&, const ExportOptions&)>;
using StreamWriter = std::function<void(std::ostream&, const Store&, const Slice&)>;

Slice slice_of(const Store& store, const ExportOptions& o) {
  // A drawing of more than a few hundred vertices is unreadable and takes GraphViz minutes.
  const size_t max_nodes = o.max_nodes ? o.max_nodes : kDefaultMaxNodes;
  if (o.around.empty()) {
    KnowledgeGraph all = KnowledgeGraph::from_store(store, {.documents = o.documents});
    const size_t cap = o.max_nodes || o.diagram ? max_nodes : 0;
    if (cap == 0 || all.vertex_count() <= cap) return {std::move(all), std::nullopt};
    Neighbourhood n = all.best_connected(cap);
    warn(fmt::format("{} of {} vertices left out (--max-nodes {}); the best connected are kept",
                     n.left_out, n.reached, cap));
    return {std::move(n.graph), std::nullopt};
  }
  PartialRead partial;
  std::optional<Neighbourhood> found =
      neighbourhood_of(store, resolve_entity(store, o.around), o.depth, max_nodes,
                       {.documents = o.documents}, o.max_facts, &partial);
  if (!found)  // resolved but not in the graph: cannot happen for a consistent store
    throw QueryError(fmt::format("entity \"{}\" is not in the graph", o.around));
  Neighbourhood& n = *found;
  if (n.left_out > 0)
    warn(fmt::format("{} of {}{} vertices within depth {} left out (--max-nodes {}); the "
                     "nearest and best connected are kept",
                     n.left_out, n.all_reached ? "" : "at least ", n.reached, o.depth,
                     max_nodes));
  warn_partial(partial, o.max_facts, "the edges left out of them are not exported");
  return {std::move(n.graph), n.centre};
}

int run_export(const ExportOptions& o, const Sink& sink) {
  return with_store(o.store, Store::Mode::kReadOnly,
                    [&](Store& store) { return sink(store, slice_of(store, o), o); });
}

// A sink writing to -o: a file, or stdout for "-".
Sink to_output(StreamWriter write) {
  return [write](const Store& store, const Slice& slice, const ExportOptions& o) {
    if (o.output == "-") {
      write(std::cout, store, slice);
      return int(kOk);
    }
    std::ofstream out(o.output, std::ios::binary);
    write(out, store, slice);
    out.close();
    if (!out) {
      error(o.output + ": cannot write (" + std::strerror(errno) + ")");
      return int(kInputFailed);
    }
    return int(kOk);
  };
}

std::vector<RdfTriple> triples_of(const Store& store, const Slice& slice) {
  return rdf_triples(slice.graph, rdf_sources(store, slice.graph));
}

int to_neo4j(const Store&, const Slice& slice, const ExportOptions& o) {
  try {
    write_neo4j(o.output, slice.graph);
    return kOk;
  } catch (const std::filesystem::filesystem_error& e) {  // "DIR: cannot write (REASON)"
    error(fmt::format("{}: cannot write ({})", o.output, e.code().message()));
    return kInputFailed;
  } catch (const std::runtime_error& e) {
    error(e.what());
    return kInputFailed;
  }
}

// A sink rendering the DOT diagram to an image with GraphViz (`dot -T<format>`).
Sink to_image(std::string format) {
  return [format](const Store&, const Slice& slice, const ExportOptions& o) {
    std::ostringstream dot;
    write_dot(dot, slice.graph, {.highlight = slice.centre});
    try {
      render_dot(dot.str(), format, o.output);
      return int(kOk);
    } catch (const RenderError& e) {
      error(e.what());
      return int(kInputFailed);
    }
  };
}

struct Format {
  const char* name;
  const char* description;
  Sink sink;
  bool to_directory = false;  // -o names a directory (required) rather than a file
  bool diagram = false;       // drawn by GraphViz: capped at kDefaultMaxNodes by default
};

std::vector<Format> formats() {
  return {
      {"dot", "A GraphViz DOT diagram (render with: dot -Tsvg)",
       to_output([](std::ostream& out, const Store&, const Slice& s) {
         write_dot(out, s.graph, {.highlight = s.centre});
       }),
       false, true},
      {"svg", "The DOT diagram rendered as SVG by GraphViz (tooltips hold full labels)",
       to_image("svg"), false, true},
      {"png", "The DOT diagram rendered as PNG by GraphViz", to_image("png"), false, true},
      {"nt", "RDF N-Triples in schema.org terms (entities, quotations, articles, roles)",
       to_output([](std::ostream& out, const Store& store, const Slice& s) {
         write_ntriples(out, triples_of(store, s));
       })},
      {"ttl", "RDF Turtle in schema.org terms (the same triples as nt)",
       to_output([](std::ostream& out, const Store& store, const Slice& s) {
         write_turtle(out, triples_of(store, s));
       })},
      {"jsonld", "JSON-LD with a schema.org @context (the same triples as nt)",
       to_output([](std::ostream& out, const Store& store, const Slice& s) {
         write_jsonld(out, triples_of(store, s));
       })},
      {"graphml", "GraphML for Gephi, yEd, Cytoscape, networkx",
       to_output([](std::ostream& out, const Store&, const Slice& s) { write_graphml(out, s.graph); })},
      {"neo4j", "Neo4j import CSV (nodes.csv, relationships.csv) and load.cypher in -o DIR",
       to_neo4j, true},
  };
}

void add_options(CLI::App& cmd, ExportOptions& o, bool to_directory) {
  o.store.add_to(cmd);
  cmd.add_option("--around", o.around, "Export only the neighbourhood of this entity");
  cmd.add_option("--depth", o.depth, "Hops from --around (edges followed either way)")
      ->check(whole_number(0))
      ->capture_default_str();
  cmd.add_option("--max-nodes", o.max_nodes,
                 "Cap on vertices exported (default 150 with --around and for dot, svg, png; "
                 "else none); the nearest and best connected are kept")
      ->check(whole_number(1));
  add_max_facts_option(cmd, o.max_facts);
  cmd.add_flag("--documents", o.documents, "Also export documents and mentioned_in edges");
  if (to_directory) {
    cmd.add_option("-o,--output", o.output, "Output directory (created if missing)")->required();
    set_synopsis(cmd, "give the directory to write",
                 "newsgraph export " + cmd.get_name() + " -o DIR");
  } else {
    cmd.add_option("-o,--output", o.output, "Output file, - for stdout")->capture_default_str();
  }
}

}  // namespace

Runner add_export(CLI::App& app) {
  auto* cmd = app.add_subcommand("export", "Export the graph");
  cmd->require_subcommand(1);
  cmd->footer(
      "Examples:\n"
      "  newsgraph export svg --around \"Halcyon AI\" --depth 2 -o halcyon.svg\n"
      "  newsgraph export ttl -o graph.ttl && rapper -i turtle -c graph.ttl\n"
      "  newsgraph export graphml -o graph.graphml   # for Gephi, yEd, networkx\n"
      "  newsgraph export neo4j -o neo4j/            # then: neo4j-admin database import");
  std::vector<std::pair<CLI::App*, Runner>> runners;
  for (Format& f : formats()) {
    auto* sub = cmd->add_subcommand(f.name, f.description);
    auto o = std::make_shared<ExportOptions>();
    o->diagram = f.diagram;
    add_options(*sub, *o, f.to_directory);
    runners.emplace_back(sub, [o, sink = std::move(f.sink)] { return run_export(*o, sink); });
  }
  return [runners] {
    for (const auto& [sub, run] : runners)
      if (sub->parsed()) return run();
    return int(kUsage);  // unreachable: require_subcommand(1)
  };
}

}  // namespace newsgraph::cli
