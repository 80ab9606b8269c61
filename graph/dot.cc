#include "graph/dot.h"

#include "graph/display_width.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <vector>

namespace newsgraph {
namespace {

struct NodeStyle {
  std::string_view shape, fill;
};

NodeStyle style_of(const VertexProps& v) {
  switch (v.kind) {
    case NodeKind::kQuote: return {"note", "#fff7c2"};
    case NodeKind::kValue: return {"plaintext", "#ffffff"};
    case NodeKind::kDocument: return {"folder", "#e8e8e8"};
    case NodeKind::kEntity: break;
  }
  switch (v.type.value_or(EntityType::kOrg)) {
    case EntityType::kPerson: return {"ellipse", "#cfe2ff"};
    case EntityType::kOrg: return {"box", "#ffe0b3"};
    case EntityType::kProduct: return {"component", "#d4edda"};
    case EntityType::kPlace: return {"house", "#e6dcf5"};
  }
  return {"box", "#ffffff"};
}

// Runs of ASCII whitespace (newlines included) as one space: a quote's label is one line.
std::string one_line(std::string_view text) {
  std::string out;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (!space)
      out += c;
    else if (!out.empty() && out.back() != ' ')
      out += ' ';
  }
  return out;
}

std::string node_label(const VertexProps& v, const DotOptions& options) {
  if (v.kind != NodeKind::kQuote) return truncate_to_width(one_line(v.label), options.label_width);
  return "“" + truncate_to_width(one_line(v.label), options.quote_label_width) + "”";
}

std::string node_tooltip(const VertexProps& v) {
  if (v.kind == NodeKind::kQuote || v.kind == NodeKind::kValue) return v.label;
  if (v.kind == NodeKind::kEntity && v.type)
    return std::string(to_string(*v.type)) + " " + v.label + " (" + std::to_string(v.mentions) +
           " mentions)";
  return v.key;
}

// The cluster an entity of `type` is drawn in, and its caption.
struct Cluster {
  EntityType type;
  std::string_view caption;
};
constexpr Cluster kClusters[] = {{EntityType::kPerson, "People"},
                                 {EntityType::kOrg, "Organisations"},
                                 {EntityType::kProduct, "Products"},
                                 {EntityType::kPlace, "Places"}};

void write_node(std::ostream& out, const Graph& g, Vertex v, const DotOptions& options,
                std::string_view indent) {
  NodeStyle s = style_of(g[v]);
  out << indent << "n" << v << " [label=" << dot_quote(node_label(g[v], options))
      << ", shape=" << dot_quote(s.shape) << ", fillcolor=" << dot_quote(s.fill)
      << ", tooltip=" << dot_quote(node_tooltip(g[v]));
  if (options.highlight == v) out << ", penwidth=\"3\"";
  out << "];\n";
}

std::string edge_label(const EdgeProps& e) {
  bool plain = e.detail.empty() || e.detail == e.predicate;  // not "said: said"
  return plain ? e.predicate : e.predicate + ": " + e.detail;
}

std::string edge_tooltip(const EdgeProps& e) {
  std::string where = e.doc;
  if (e.span.size() > 0)
    where += " [" + std::to_string(e.span.begin) + "," + std::to_string(e.span.end) + ")";
  return e.rule.empty() ? where : where + " " + e.rule;
}

// More arrows than this and the layout effort is bounded (write_dot).
constexpr size_t kBoundedLayoutArrows = 300;

// One drawn arrow: the first of `count` edges with the same ends and label (one a document
// that states the fact), in the graph's edge order.
struct DrawnEdge {
  Graph::edge_descriptor first;
  size_t count = 1;
};

// A fact stated by many documents is one arrow labelled with their number: a hub's diagram
// otherwise draws hundreds of parallel arrows ("develops" once a document), which GraphViz
// takes minutes to lay out and nobody can read.
std::vector<DrawnEdge> drawn_edges(const Graph& g) {
  std::vector<DrawnEdge> out;
  std::map<std::tuple<Vertex, Vertex, std::string>, size_t> index;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    auto [it, added] = index.try_emplace({boost::source(e, g), boost::target(e, g), edge_label(g[e])}, out.size());
    if (added) out.push_back({e});
    else ++out[it->second].count;
  }
  return out;
}

}  // namespace

std::string dot_quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '\\' || c == '"') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += ' ';
    } else if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) {  // UTF-8 bytes are >= 0x80
      out += c;
    }
  }
  return out + "\"";
}

void write_dot(std::ostream& out, const KnowledgeGraph& graph, const DotOptions& options) {
  const Graph& g = graph.graph();
  const std::vector<DrawnEdge> arrows = drawn_edges(g);
  out << "digraph " << dot_quote(options.name) << " {\n"
      << "  graph [rankdir=\"LR\", overlap=\"false\", fontname=\"Helvetica\"";
  // dot's crossing minimisation and network simplex grow fast with the arrows: the 150
  // busiest vertices of 5,000 Reuters articles (1,245 arrows) took 4 minutes, 21 s with these
  // bounds (measured with dot 2.43, BENCHMARKS.md); a smaller diagram keeps the full effort.
  if (arrows.size() > kBoundedLayoutArrows) out << ", mclimit=\"0.1\", nslimit=\"2\"";
  out << "];\n"
      << "  node [style=\"filled\", fontname=\"Helvetica\"];\n"
      << "  edge [fontname=\"Helvetica\", fontsize=\"10\"];\n";
  auto vertices = boost::make_iterator_range(boost::vertices(g));
  auto is_entity_of = [&](Vertex v, EntityType t) {
    return g[v].kind == NodeKind::kEntity && g[v].type.value_or(EntityType::kOrg) == t;
  };
  for (const Cluster& c : kClusters) {
    if (std::none_of(vertices.begin(), vertices.end(), [&](Vertex v) { return is_entity_of(v, c.type); }))
      continue;
    out << "  subgraph " << dot_quote(std::string("cluster_") + std::string(to_string(c.type)))
        << " {\n    label=" << dot_quote(c.caption) << "; style=\"rounded\"; color=\"#bbbbbb\";\n";
    for (Vertex v : vertices)
      if (is_entity_of(v, c.type)) write_node(out, g, v, options, "    ");
    out << "  }\n";
  }
  for (Vertex v : vertices)
    if (g[v].kind != NodeKind::kEntity) write_node(out, g, v, options, "  ");
  for (const DrawnEdge& d : arrows) {
    std::string label = edge_label(g[d.first]), tooltip = edge_tooltip(g[d.first]);
    out << "  n" << boost::source(d.first, g) << " -> n" << boost::target(d.first, g);
    if (d.count > 1) {
      label += " (" + std::to_string(d.count) + ")";
      tooltip += " and " + std::to_string(d.count - 1) + " more";
      out << " [penwidth=" << dot_quote(std::to_string(std::min<size_t>(1 + d.count / 4, 6)));
      out << ", label=";
    } else {
      out << " [label=";
    }
    out << dot_quote(label) << ", tooltip=" << dot_quote(tooltip) << "];\n";
  }
  out << "}\n";
}

}  // namespace newsgraph
