#include "graph/export_graphml.h"

#include <fmt/format.h>

namespace newsgraph {
namespace {

struct Key {
  std::string_view id, domain, type;
};

constexpr Key kKeys[] = {
    {"kind", "node", "string"},      {"label", "node", "string"},  {"type", "node", "string"},
    {"mentions", "node", "long"},    {"predicate", "edge", "string"}, {"detail", "edge", "string"},
    {"doc", "edge", "string"},       {"begin", "edge", "int"},     {"end", "edge", "int"},
    {"rule", "edge", "string"},
};

void write_data(std::ostream& out, std::string_view key, std::string_view value) {
  out << "      <data key=\"" << key << "\">" << xml_escape(value) << "</data>\n";
}

void write_node(std::ostream& out, const VertexProps& v) {
  out << "    <node id=\"" << xml_escape(v.key) << "\">\n";
  write_data(out, "kind", to_string(v.kind));
  write_data(out, "label", v.label);
  if (v.type) {
    write_data(out, "type", to_string(*v.type));
    write_data(out, "mentions", std::to_string(v.mentions));
  }
  out << "    </node>\n";
}

void write_edge(std::ostream& out, size_t id, const VertexProps& from, const VertexProps& to,
                const EdgeProps& e) {
  out << "    <edge id=\"e" << id << "\" source=\"" << xml_escape(from.key) << "\" target=\""
      << xml_escape(to.key) << "\">\n";
  write_data(out, "predicate", e.predicate);
  if (!e.detail.empty()) write_data(out, "detail", e.detail);
  write_data(out, "doc", e.doc);
  if (e.span.size() > 0) {
    write_data(out, "begin", std::to_string(e.span.begin));
    write_data(out, "end", std::to_string(e.span.end));
  }
  if (!e.rule.empty()) write_data(out, "rule", e.rule);
  out << "    </edge>\n";
}

}  // namespace

std::string xml_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\t': out += "&#9;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20) out += c;  // UTF-8 bytes are >= 0x80
    }
  }
  return out;
}

void write_graphml(std::ostream& out, const KnowledgeGraph& graph) {
  const Graph& g = graph.graph();
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& k : kKeys)
    out << fmt::format("  <key id=\"{0}\" for=\"{1}\" attr.name=\"{0}\" attr.type=\"{2}\"/>\n",
                       k.id, k.domain, k.type);
  out << "  <graph id=\"newsgraph\" edgedefault=\"directed\">\n";
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) write_node(out, g[v]);
  size_t id = 0;
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    write_edge(out, id++, g[boost::source(e, g)], g[boost::target(e, g)], g[e]);
  out << "  </graph>\n</graphml>\n";
}

}  // namespace newsgraph
